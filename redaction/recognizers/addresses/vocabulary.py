"""Word lists and scores the address finders share: keywords, name breaks, directions."""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words

ADDRESS = "ADDRESS"

STREET_SCORE = 0.95  # a street, estate or hamlet with a number, RT/RW, block or district
RT_RW_SCORE = 0.9
RT_ONLY_SCORE = 0.6
ENGLISH_SCORE = 0.9
STREET_NAME_ONLY_SCORE = 0.6  # "Jl. Sudirman": a street without a house

PLACES = words("places.txt")
# Indonesian words: a capitalised word after a comma that is one of these is not a
# village or district name ("..., Kawasan ibu kota").
LEXICON = words("indonesian_words.txt") | words("indonesian_vocabulary.txt")
STREET_WORDS = words("street_words.txt")
# A given name after a house is the recipient, not an area ("Jl. Melati No 5 Budi ...").
GIVEN_NAMES = words("given_names.txt")
KEYWORDS = frozenset(
    {
        "no",
        "nomor",
        "nmr",
        "nr",
        "rt",
        "rw",
        "blok",
        "blk",
        "bl",
        "kav",
        "kavling",
        "lantai",
        "lt",
        "unit",
        "tower",
        "apt",
        "suite",
        "km",
        "kel",
        "kelurahan",
        "desa",
        "ds",
        "kec",
        "kecamatan",
        "kab",
        "kabupaten",
        "kota",
        "kodya",
        "kotamadya",
        "prov",
        "lot",
        "lingk",  # "jl. 17 agustus lingk. 3": the quarter after the street
        "lk",
        "sektor",  # "Bintaro Jaya Sektor 9"
        "sector",
        "provinsi",
        "propinsi",
    }
)
# A street name never continues into one of these (chat words, pronouns, verbs).
BREAK_WORDS = (
    (
        (frozenset(INDONESIAN_STOP_WORDS) | words("chat_words.txt") | words("name_stopwords.txt"))
        - STREET_WORDS
    )
    | KEYWORDS
    | {"an"}  # "an Budi": atas nama, after the address
    # Javanese and Sundanese particles and landmark words, and thanks: "... magelang yo",
    # "... karanganyar cedak sumur", "... jatinangor makasii"
    | {"yo", "yoh", "nggih", "ngih", "euy", "atuh", "lur", "elah", "cedak", "mburi", "ngarep"}
    | {"makasii", "makasih", "mksh", "nuhun", "suwun", "hoyong", "bade", "abdi", "punten"}
)
# ... except that a capitalised name goes on into a capitalised chat word that is not
# one of these ("Kel. Pasar Minggu", "Jl. Raya Lama").
ALWAYS_BREAK = (
    ((frozenset(INDONESIAN_STOP_WORDS) | words("name_stopwords.txt")) - STREET_WORDS)
    | KEYWORDS
    | {"an"}
)
# First words of places named with more than one word ("pasar" of "Pasar Minggu"), not
# keywords or function words ("Blok M", "DI Yogyakarta").
PLACE_FIRST_WORDS = frozenset(
    place.split()[0] for place in PLACES if " " in place and place.split()[0] not in ALWAYS_BREAK
)
# Abbreviations inside street names that keep their dot ("Jl. Jend. Sudirman",
# "Jl. K.H. Wahid Hasyim", "Jl. Dr. Sutomo", "Jl. Pd. Bambu").
NAME_ABBREVIATIONS = frozenset(
    {
        "jend",
        "jen",
        "dr",
        "ir",
        "prof",
        "h",
        "hj",
        "kh",
        "k",
        "r",
        "st",
        "letjen",
        "mayjen",
        "brigjen",
        "kol",
        "kapt",
        "ki",
        "nyi",
        "pd",
        "gn",
        "tmn",
        "utr",
        "sel",
        "tim",
        "brt",
        "mt",
        "mh",
        "kp",  # "Jl. Kp. Melayu Kecil": a street named after a kampung
        "tgk",  # "Jl. Tgk. Chik Ditiro": Acehnese "Teungku"
        "t",  # "Jl. T. Nyak Arief": Acehnese "Teuku"
        "cut",
        "lkr",  # "Lkr. Selatan": Lingkar
        "kb",  # "Kb. Sirih": Kebon
        "tj",  # "Tj. Priok": Tanjung
        "tg",
        "krg",  # "Krg. Anyar": Karang
        "ps",  # "Ps. Minggu": Pasar
    }
)
# A gang or lorong inside a street's name starts a part of its own: "Jl. Bunggasi Lrg. Mekar".
INNER_GANG_WORDS = frozenset({"gg", "gang", "lr", "lrg", "lorong"})
# Village words in lower case that start the next part of a lower-case address.
INNER_VILLAGE_WORDS = frozenset({"nagari", "jorong", "banjar", "dusun", "dsn", "gampong"})
# ... with the Javanese ones that end village names ("Krajan Kidul", "Pogung Lor").
DIRECTIONS = frozenset(
    {"barat", "timur", "utara", "selatan", "pusat", "tengah", "lor", "kidul", "wetan", "kulon"}
    | {"kaja", "kelod", "kangin", "kauh"}  # Balinese: "Sumerta Kelod", "Peguyangan Kangin"
)

LABEL_SCORE = 0.85

HONORIFICS = words("honorifics.txt")

"""Recognizers: street-level addresses (Indonesian and English) as one span.

An address starts at an anchor (``Jl.``/``Jalan``/``Gg.``/``Komp.``/``Perum``/
``Apartemen``, ``RT 03 RW 05``, ``Blok C3`` with a number, or an English house
number and street type) and takes every address part that follows it, so that
``Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat
11530`` is one ADDRESS and no fragment is left in clear. It ends at a sentence
end or at the first word that is not an address part (". No HP", ", tolong
kirim"). A city or province alone ("tinggal di Bandung") is not an address.

It also takes what is written before the anchor as part of the address: units, towers
and estates ("Unit 5B, Tower A, ...", also on the line before), a house number ("nomor 5
gang kelinci") and landmark clauses that locate the house ("rumah kuning depan masjid,
samping tambal ban, Desa ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.context import Span, SpanRecognizer

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
_STREET_WORDS = words("street_words.txt")
# A given name after a house is the recipient, not an area ("Jl. Melati No 5 Budi ...").
_GIVEN_NAMES = words("given_names.txt")
_KEYWORDS = frozenset(
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
_BREAK_WORDS = (
    (
        (frozenset(INDONESIAN_STOP_WORDS) | words("chat_words.txt") | words("name_stopwords.txt"))
        - _STREET_WORDS
    )
    | _KEYWORDS
    | {"an"}  # "an Budi": atas nama, after the address
    # Javanese and Sundanese particles and landmark words, and thanks: "... magelang yo",
    # "... karanganyar cedak sumur", "... jatinangor makasii"
    | {"yo", "yoh", "nggih", "ngih", "euy", "atuh", "lur", "elah", "cedak", "mburi", "ngarep"}
    | {"makasii", "makasih", "mksh", "nuhun", "suwun", "hoyong", "bade", "abdi", "punten"}
)
# ... except that a capitalised name goes on into a capitalised chat word that is not
# one of these ("Kel. Pasar Minggu", "Jl. Raya Lama").
_ALWAYS_BREAK = (
    ((frozenset(INDONESIAN_STOP_WORDS) | words("name_stopwords.txt")) - _STREET_WORDS)
    | _KEYWORDS
    | {"an"}
)
# First words of places named with more than one word ("pasar" of "Pasar Minggu"), not
# keywords or function words ("Blok M", "DI Yogyakarta").
_PLACE_FIRST_WORDS = frozenset(
    place.split()[0] for place in PLACES if " " in place and place.split()[0] not in _ALWAYS_BREAK
)
# Abbreviations inside street names that keep their dot ("Jl. Jend. Sudirman",
# "Jl. K.H. Wahid Hasyim", "Jl. Dr. Sutomo", "Jl. Pd. Bambu").
_NAME_ABBREVIATIONS = frozenset(
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
_INNER_GANG_WORDS = frozenset({"gg", "gang", "lr", "lrg", "lorong"})
# Village words in lower case that start the next part of a lower-case address.
_INNER_VILLAGE_WORDS = frozenset({"nagari", "jorong", "banjar", "dusun", "dsn", "gampong"})
# ... with the Javanese ones that end village names ("Krajan Kidul", "Pogung Lor").
_DIRECTIONS = frozenset(
    {"barat", "timur", "utara", "selatan", "pusat", "tengah", "lor", "kidul", "wetan", "kulon"}
    | {"kaja", "kelod", "kangin", "kauh"}  # Balinese: "Sumerta Kelod", "Peguyangan Kangin"
)

_I = re.IGNORECASE
# Street, estate and hamlet words that start an address. Group "kw" is the word.
_STREET_ANCHOR = re.compile(
    r"\b(?P<kw>jl|jln|jalan|gg|gang|lr|lrg|lorong|komp|kompl|komplek|kompleks|perum"
    r"|perumahan|perumnas|btn|apartemen|apartment|apt|ruko|rukan|cluster|klaster|dusun|dsn|kp|kampung"
    r"|gedung|gd|menara|wisma|graha|griya|puri|villa|vila"
    # villages without a street: Bali's banjar, Aceh's gampong, West Sumatra's nagari/jorong
    r"|br|banjar|gampong|gp|nagari|jorong|desa|dk|dukuh|pedukuhan"
    # ... Toraja's lembang and Lampung's pekon
    r"|lembang|pekon"
    # an urban village, like "Desa ...": an address with its district after it
    r"|kel|kelurahan|lingk|lingkungan"
    # boarding houses, dormitories, flats and townhouses, with a room, block or floor after
    r"|kost?|kosan|asrama|rusun|rusunawa|rusunami|townhouse)"
    r"\b\.?[ \t]*",
    _I,
)
# A gang numbered instead of named, inside a street address: "Jl. Soekarno Hatta Gg. 7".
_NUMBERED_GANG = re.compile(
    r"(?:gg|gang|lr|lrg|lorong|dsn|dusun)\b\.?[ \t]*\d{1,3}[a-z]?\b(?![ \t]*(?:m|meter|km)\b)",
    _I,
)
# A street named after a date, number first: "Jl. 17 Agustus", "Jalan 10 November Raya".
_DATE_STREET = re.compile(
    r"(?:[1-9]|[12]\d|3[01])[ \t]+(?i:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli"
    r"|Agustus|September|Oktober|November|Nopember|Desember)\b"
)  # also in lower case after a street word: "jl. 17 agustus"
_DATE_STREET_ANCHORS = frozenset({"jl", "jln", "jalan"})
# Anchors written short, which take a dot ("Jl.", "Perum."); after a full word a dot ends
# the sentence: "susah jalan. alamatnya ...".
# Village words that are also ordinary words ("pulang kampung") when written in lower case.
_HOME_VILLAGE_WORDS = frozenset({"kampung", "desa", "dusun"})
_SHORT_ANCHORS = frozenset(
    {"jl", "jln", "gg", "lr", "lrg", "komp", "kompl", "perum", "btn", "apt", "dsn", "kp", "gd"}
    | {"br", "gp", "dk", "kel", "lingk"}
)
# Anchors that make an address with a name alone ("Jl. Sudirman"); the others need a
# number, RT/RW, block or district after the name ("Dusun Garon" is a village).
_NAME_ONLY_ANCHORS = frozenset({"jl", "jln", "jalan", "gg", "gang", "lr", "lrg", "lorong"})
_NAME_ONLY_ABBREVIATIONS = frozenset({"komp", "kompl", "perum", "apt"})
# Village anchors that are also words or name parts ("Rosmawati br. Simanjuntak" is a
# Batak name, "desa" a word): only capitalised ("Br. Tegal", "Desa Sukamaju").
_CAPITALISED_ANCHORS = frozenset(
    {"br", "gp", "desa", "banjar", "nagari", "jorong", "dk", "btn", "perumnas", "kel", "kelurahan"}
    | {"lingk", "lingkungan", "villa", "vila", "lembang", "pekon"}
)
# ... which are villages in lower case too when two address parts follow ("nagari sungai pua
# jorong limo kampuang kec sungai pua"): as a word ("desa kami") none follow.
_LOWER_VILLAGE_ANCHORS = frozenset(
    {"desa", "banjar", "br", "nagari", "jorong", "kel", "kelurahan", "lingk", "lingkungan"}
)
# A shop, brand or company right before a street: its address, not a person's
# ("Indomaret Jl. Raya Bogor", "kantor PT Maju di Jl. ..."). Looked for in the few words
# before the anchor, in the same clause.
_BUSINESS_WORDS = frozenset(
    {
        "pt", "cv", "ud", "tbk", "persero", "toko", "warung", "kedai", "resto", "restoran",
        "restaurant", "kafe", "cafe", "apotek", "apotik", "klinik", "bank", "minimarket",
        "supermarket", "swalayan", "mall", "mal", "plaza", "hotel", "bengkel", "salon",
        "laundry", "optik", "butik", "bakery", "depot", "rs", "rsu", "rsud", "rsia",
        "puskesmas", "hospital", "resort", "kcp", "kcu",
        # English shop words and public institutions (an embassy, school, mosque, church)
        "clinic", "store", "shop", "studio", "gallery", "workshop", "hall", "aula", "kedutaan",
        "embassy", "konsulat", "consulate", "kbri", "imigrasi", "ponpes", "pesantren", "sekolah",
        "kampus", "universitas", "masjid", "gereja", "church", "mosque", "igd", "notaris",
        # police and licensing offices
        "polres", "polresta", "polrestabes", "polsek", "polda", "satpas", "samsat",
    }
)  # fmt: skip
_BRANDS = frozenset(
    {
        "indomaret", "alfamart", "alfamidi", "lawson", "familymart", "starbucks", "mcd",
        "mcdonald's", "mcdonalds", "kfc", "janji", "pertamina", "spbu", "shell", "gramedia",
        "hypermart", "transmart", "carrefour", "superindo", "ikea", "ace", "informa",
        "headquarters", "hq", "cabang", "outlet", "showroom", "gudang", "pabrik", "factory",
        "warehouse", "branch", "company", "perusahaan", "atm",
    }
)  # fmt: skip
# Full words that are also ordinary words ("di jalan", "jalan kaki"): with a name
# alone, an address only when capitalised ("Jalan Sudirman").
_ORDINARY_ANCHORS = frozenset({"jalan", "gang", "lorong"})
# Buildings: an address only when capitalised and followed by a floor, unit, number or street
# ("Gedung Graha Pena Lt. 5", "Menara X, Jl. ..."), not a building and its city ("Gedung DPR,
# Jakarta") or an ordinary word ("gedung apartemen 13 lantai").
_BUILDING_ANCHORS = frozenset({"gedung", "gd", "menara", "wisma", "graha", "griya", "puri"})
# "RT 03 RW 05", "RT.003/RW.005", "RT-03 RW-05", "rt 3/5", and the labels "RT/RW", "RT.RW".
_RT_RW = re.compile(
    r"\brt[ \t]*[/.-]?[ \t]*rw[ \t]*[.:]?[ \t]*(?P<nums>\d{1,3}[ \t]*/[ \t]*\d{1,3})\b"
    r"|\brt[ \t]*[.:-]?[ \t]*\d{1,3}(?:[ \t]*[/,.]?[ \t]*rw[ \t]*[.:-]?[ \t]*\d{1,3}"
    r"|[ \t]*/[ \t]*\d{1,3})?\b"
    r"|\brw[ \t]*[.:-]?[ \t]*\d{1,3}\b",
    _I,
)
_NUMBER = re.compile(
    r"(?:no|nomor|nmr|nr|number|#)(?:\b|(?=\d))\.?[ \t]*[.:]?[ \t]*\d{1,5}(?!\d)(?:[ \t]?[a-z]\b)?"
    r"(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
_MONTH = (
    r"(?:jan|feb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?(?![a-z])"
)
# ... also by its block letter: "Perum Sinduadi Permai C-10", or a flat: "Tower Akasia 12-C"
_HOUSE_AFTER_NAME = re.compile(
    r"[ \t]+(?:\d{1,5}[A-Za-z]?(?:-[A-Za-z0-9]{1,3}\b)?"
    r"|[A-Z]{1,2}-?\d{1,4}[A-Za-z]?(?:/\d{1,4})?)\b"
)
# Counted goods and people after a number: "Jl. Pemuda 2 bungkus", "Gg. Mawar 3 orang".
_QUANTITY = (
    r"[ \t]*(?:bungkus|bks|porsi|pcs|box|boks|buah|biji|kg|kilo|gram|gr|liter|ltr|botol|pack"
    r"|lusin|kodi|dus|karton|ekor|lembar|potong|cup|gelas|paket|orang|org)\b"
)
# not a price or quantity: "Kost putra 800rb", "50k", "2jt", "2 bungkus"; not a phone number
# ("kos Teh Euis 0852 2044 7191")
_HOUSE = re.compile(
    r"(?!\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}[ \t]+" + _MONTH + r")"  # not a date: "17/11/2026"
    r"(?!\d{1,5}" + _QUANTITY + r"|0[1-9]\d{2}[ \t-]?\d{3})"
    r"\d{1,5}(?:[ \t]?[a-z]\b)?(?![a-z0-9])(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
# "Blok C3", "Blok F 123 A", "Blok AJ", "Blok IB 3", "Blok X-7", "Blok 5", "Blok AK 12/No 8".
_BLOCK = re.compile(
    r"\b(?:blok|blk|bl|block)\b\.?[ \t]*"
    r"(?:[a-z]{1,3}(?:[ \t]?-?\d{1,4}[a-z]?)?|\d{1,4}[a-z]?)\b"
    r"(?:[ \t]?[-/][ \t]?(?:(?:no|nomor)\.?[ \t]*(?=\d))?[a-z0-9]{1,4}\b)*"
    r"(?:[ \t]+(?:timur|barat|utara|selatan)\b)?",  # "Blok O Timur"
    _I,
)
# A house number inside a block: "blok F1/7", "Blok C-12/3".
_BLOCK_HOUSE = re.compile(r"/[ \t]?\d")
# A tower, cluster or guest house with a name: "Tower Jasmine", "Cluster Ifolia", "homestay
# Kadek Sari".
_NAMED_UNIT = re.compile(
    r"(?:tower|twr|cluster|klaster|homestay|guesthouse|guest[ \t]+house|hostel|losmen|penginapan)"
    r"\b\.?[ \t]+(?=[A-Z])",
    _I,
)
_UNIT = re.compile(
    r"(?:(?:kav|kavling|lantai|lt|unit|tower|twr|apt|flat|suite|ste|room|kamar|km|ph|sektor|sector|pintu|lot"
    r"|section|seksyen|lane|alley"
    r"|zona|zone)\b\.?[ \t]*"
    # "unit 12BF", "Kav. UA 32", "Lot 5.1"
    r"(?:[a-z]?\d{1,4}[a-z]{0,2}|[a-z]{1,2}(?:[ \t]?-?\d{1,4})?)\b(?:[.,]\d{1,2})?"
    r"(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*"
    # a unit written "#08-145" (Singapore, Malaysia)
    r"|\#[ \t]?\d{1,3}-\d{1,5}\b"
    # a floor written number first: "17th floor", "3rd fl"
    r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:floor|fl)\b\.?)"
    # not an area: "LT 120 m2", "LT 96 LB 70" (luas tanah, luas bangunan) in a property advert
    r"(?![ \t]*(?:m2|m²|meter|sqm|lb)\b)",
    _I,
)
_ADMIN = re.compile(
    r"(?:kel/desa|kelurahan/desa|kel|kelurahan|desa|ds|kec|kecamatan|kab|kabupaten|kota"
    r"|kodya|kotamadya|prov|provinsi|propinsi|dusun|dsn|kp|kampung|lingkungan|lingk|lk(?=\.))"
    r"\b\.?[ \t]*:?[ \t]*",
    _I,
)
_UNIT_BEFORE_RT = re.compile(
    r"\b(?:desa|ds|dusun|dsn|kp|kampung|kel|kelurahan|lingkungan|lingk|blok)\b\.?[ \t]*"
    r"(?P<name>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3})[ \t]*,?[ \t]*$",
    _I,
)
# Administrative parts that may start a new line of a multi-line address (not "kp", "dusun").
_STRICT_ADMIN = re.compile(
    r"(?:kel/desa|kelurahan/desa|kel|kelurahan|desa|ds|kec|kecamatan|kab|kabupaten|kota"
    r"|kodya|kotamadya|prov|provinsi|propinsi)\b\.?[ \t]*:?[ \t]*(?=[A-Z])",
    _I,
)
# A house number after a Roman-numeral street part: "Gg. Melati XII/41".
_SLASH_HOUSE = re.compile(r"/[ \t]?\d{1,4}[a-z]?\b", _I)
# A house in an estate by its block letter and number: "Griya Permata Hijau C-12".
_HOUSE_CODE = re.compile(r"[A-Z]{1,2}[ -]?\d{1,4}[A-Za-z]?\b(?:[/-]\d{1,4}\b)?")
_BUILDING_PARTS = (_NUMBER, _UNIT, _BLOCK, _STREET_ANCHOR, _HOUSE_CODE)
# a postcode, also with its label: "kode pos 50134", "Kodepos: 50134", "zip 40123"
_POSTCODE_LABEL = (
    r"(?i:kode[ \t]*pos|kd\.?[ \t]*pos|postcode|postal[ \t]+code|zip)[ \t]*[:.]?[ \t]*"
)
_POSTCODE = re.compile(r"(?:" + _POSTCODE_LABEL + r")?\d{5,6}\b")
_LABELLED_POSTCODE = re.compile(_POSTCODE_LABEL + r"\d{5,6}\b")
# "NY 10001", "VIC 3000", British postcodes ("NW1 6XE") and Canadian ones ("QC H2J 2L4")
_STATE_ZIP = re.compile(
    r"[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?\b|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b"
    r"|(?:[A-Z]{2}[ \t]+)?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
)
_ENGLISH = re.compile(
    # "221B Baker Street", "Blk 412 Bedok North Ave 2" (a Singapore block and its street)
    # a flat or floor before it, with its comma: "Apt 5C, 350 Fifth Avenue", "3/F, 88 ..."
    r"(?:(?:\b(?i:apt|apartment|unit|flat|suite|room|rm|tower|block)\.?[ \t]*#?\d[0-9A-Z-]{0,5}"
    r"|\b\d{1,2}/F),?[ \t]*){0,3}"
    # a street name may hold a possessive ("88 Queen's Road"), a compass point or an ordinal
    # ("350 W 57th St")
    # ... and a unit written before the number with a slash: "5/12 Collins Street" (not a
    # fraction: "1/2 Kilo Street Food")
    r"(?<![/\d])\b(?:(?:Blk|Block|Apt|Unit)\.?[ \t]*)?"
    r"(?:\d{1,4}[A-Z]?/(?![2348][ \t]))?\d{1,6}[A-Z]?[ \t]+"
    r"(?:(?:[A-Z][a-z]+(?:['’]s)?|[NSEW]|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Jalan|Lorong|Crescent|Close)\b\.?"
    r"(?:[ \t]+\d{1,3}\b)?"
)
# An English street with its number after it, the Indonesian way: "Poppies Lane II No. 15".
_ENGLISH_NUMBER_AFTER = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr)\b\.?"
    r"(?:[ \t]+[IVX]{1,4}\b)?,?[ \t]*(?i:no|nomor)\.?[ \t]*\d{1,4}[A-Za-z]?\b"
)
# A Singapore block and its street, before its flat or the country: "Blk 88 Bedok North 3,
# #04-12", "Block 7 Jurong West Street 4, Singapore 640007".
_SINGAPORE_BLOCK = re.compile(
    r"\b(?:Blk|Block)\.?[ \t]*\d{1,4}[A-Z]?(?:[ \t]+[A-Z][a-z]+){1,4}(?:[ \t]+\d{1,3})?\b"
    r"(?=,?[ \t]*(?:\#[ \t]?\d{1,3}-\d{1,5}|Singapore\b))"
)
# Latin letters with their accents: "Montréal", "Alcalá", "Düsseldorf".
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
_WORD = re.compile(rf"(?:[A-Za-z]\.){{2,3}}|[{_LETTERS}][{_LETTERS}'’-]*")
# Between address parts: a comma, or a dash or slash used like one ("No 5 - Bandung").
_SEPARATOR = re.compile(r"[ \t]*(?:[,;][ \t]*|(?<=[ \t])[-–—|][ \t]+|/[ \t]+)?")
_COMMA_LIKE = re.compile(r"[,;/|–—-]")
# A line break inside a multi-line address ("...Unit 23C\nJl. HR Rasuna Said\nJakarta").
_LINE_BREAK = re.compile(r"[ \t]*,?[ \t]*\r?\n[ \t]*")
_CITY_LINE_END = re.compile(r"[ \t]*(?:,?[ \t]*\d{5}\b|[.,]?[ \t]*(?:\r?\n|\Z))")
_WORD_GAP = re.compile(r"[ \t]+|-")
_ABBREVIATION_GAP = re.compile(r"\.[ \t]*")
_NO_GAP = re.compile(r"[ \t]*")
_PLACE_GAP = re.compile(r"[ \t]+")
_MAX_NAME_WORDS = 5
_ACRONYM_IN_NAME = re.compile(r"[A-Z]{2,4}[ \t]+[A-Z][a-z]")
_LOWER_WORD = re.compile(r"[a-z][a-z'-]*(?![\w])")
_MAX_LOWER_LOCALITY_WORDS = 3
# A house or unit number right before: "no. 9 ", "blok c7 ".
_HOUSE_BEFORE = re.compile(r"\d[a-z]?[ \t]+\Z", re.IGNORECASE)
_POSTCODE_BEFORE = re.compile(r"\b\d{5}[ \t]+\Z")

LABEL_SCORE = 0.85
# A form's address field: "Alamat: ...", "Alamat lengkap:\n...", "Address: ...". The value
# is an address when it has a number or two words and is not a city alone.
_ADDRESS_LABEL = re.compile(
    r"(?<![\w/])(?:alamat|almt|address|addr)(?:nya)?"
    r"(?:[ \t]+(?:lengkap|saya|sy|aku|rumah|rmh|kirim|pengiriman|penerima|tujuan|domisili|baru"
    r"|sekarang|skrg|ktp|home|delivery|shipping|billing|mailing|tinggal))*"
    r"[ \t]*[:=][ \t]*(?:\r?\n[ \t]*)?",
    _I,
)
_CARD_ADDRESS = re.compile(
    r"^[ \t]*(?:Alamat|ALAMAT)[ \t]*:?[ \t]+(?P<value>[A-Z0-9][^a-z\n]*[A-Z0-9])[ \t]*$",
    re.MULTILINE,
)
# What ends a form's address value on its line: another field ("No HP", "a/n", "email").
_FIELD_AFTER = re.compile(
    r"[ \t]*[,;.]?[ \t]*(?:(?:no\.?|nomor|nmr)[ \t]*)?(?:hp|telp|tlp|telepon|wa|whatsapp|phone"
    r"|email|e-mail|nama|name|penerima|a/n|a\.n\.?|an\.|atas[ \t]+nama|patokan)\b",
    _I,
)
_LABEL_SEGMENT = re.compile(r"[^,;\n]+")
# Landmarks that locate a house: "dekat SPBU Cibinong", "belakang kampus unpad", "masuk gang
# depan Masjid Al-Ikhlas", "rumah pagar hitam no 5", "(rumah cat hijau samping warung Bu Tin)".
_LANDMARK_START = re.compile(
    r"(?:dekat|deket|dkt|depan|dpn|belakang|blkg|blakang|samping|sebelah|sblh|seberang|sebrang"
    r"|pojok|ujung|masuk|patokan(?:nya)?|near|opposite|behind|beside|next[ \t]+to"
    r"|across[ \t]+from|(?:rumah|rmh)(?=[ \t]+(?:cat|pagar|warna|pojok|paling|tingkat|lantai"
    r"|no|nomor|yg|yang|ke|pak|bu|bapak|ibu|mbah|haji)\b))\b(?:[ \t]*:)?",
    _I,
)
_LANDMARK_IN_BRACKETS = re.compile(
    r"\((?=[^()\n]{0,60}\b(?:dekat|deket|dkt|depan|dpn|belakang|samping|sebelah|sblh|seberang"
    r"|pojok|ujung|masuk|patokan|rumah|rmh|cat|pagar|warna|near|opposite|behind|next[ \t]+to)\b)"
    r"[^()\n]{1,60}\)",
    _I,
)
# A house described before its landmark: "rumah kuning depan ...", "yg pagar ijo sebelah ...".
_DESCRIBED_HOUSE_START = re.compile(r"(?:rumah|rmh|pagar|pager|cat|warna)\b", _I)
_DESCRIBED_HOUSE = re.compile(
    r"(?:(?:yg|yang)[ \t]+)?" + _DESCRIBED_HOUSE_START.pattern + r"(?:[ \t]+[\w-]+){0,5}?[ \t]+"
    r"(?=" + _LANDMARK_START.pattern + ")",
    _I,
)
# Honorifics inside a landmark, before the owner's name: "warung bu tini", "rumah pak RT".
_LANDMARK_HONORIFICS = frozenset({"pak", "bu", "mas", "mbak", "mba", "bang"})
# A clause before an address, from the last punctuation to its comma.
_CLAUSE_BEFORE = re.compile(
    r"(?:^|(?<=[,:;.!?()\n]))[ \t]*(?P<clause>[^,:;.!?()\n]{3,80}?)[ \t]*,[ \t]*\Z", re.MULTILINE
)
_MAX_LEADING_LANDMARKS = 3
_LANDMARK_WORD = re.compile(r"[ \t]+(\w[\w'’-]*)")
_MAX_LANDMARK_WORDS = 6
# Verbs end a landmark: "sebelah timur berbatasan dengan ...", "menempati gedung ...".
_VERB_SHAPE = re.compile(r"(?:ber|ter|me[mny]?|meng|di)\w{3,}|\w{3,}(?:kan|nya)")
# Words that end a landmark: chat words and function words ("dekat masjid ya kak").
_LANDMARK_STOP = (
    frozenset(INDONESIAN_STOP_WORDS)
    | frozenset(ENGLISH_STOP_WORDS)
    | {
        "ya",
        "yah",
        "yaa",
        "kak",
        "ka",
        "kk",
        "min",
        "gan",
        "sis",
        "bang",
        "mas",
        "mbak",
        "mba",
        "pak",
        "bu",
        "tolong",
        "tlg",
        "pls",
        "please",
        "makasih",
        "makasi",
        "thx",
        "thanks",
        "ok",
        "oke",
        "jam",
        "besok",
        "bsk",
        "nanti",
        "nnt",
        "skrg",
        "bisa",
        "bs",
        "mau",
        "aja",
        "aj",
        "dong",
        "deh",
        "nih",
        "sih",
        "kok",
        "yg",
        "sy",
        "gk",
        "ga",
        "gak",
        "nggak",
        "udah",
        "udh",
        "sdh",
        "blm",
        "belum",
        "trus",
        "terus",
        "sampai",
        "sampe",
        "kirim",
        "antar",
        "anter",
        "jd",
    }
) - {"dekat", "depan", "belakang", "samping", "sebelah", "seberang", "ujung", "no", "nomor"}
# Parts written before a street that belong to the address: "Unit 5B, Tower A, Taman Anggrek
# Residence, Jl. ...", "The Pakubuwono Spring, Tower Magnolia, Jl. ...".
_LEADING_PART = re.compile(
    # a unit, floor or tower number, also without a comma: "Tower 2 Floor 23 Unit 2305, Jl. ...",
    # or a house number: "nomor 5 gang kelinci"
    r"(?i:\b(?:unit|lantai|lt|tower|twr|suite|kamar|kmr|room|rm|floor|fl|flat|apt|no|nomor|nmr"
    r"|sektor|sector|house|rumah|rmh|lot|pintu)\b)"
    r"\.?[ \t]*(?:[A-Za-z]?\d{1,4}[A-Za-z]{0,2}(?:[.-]\d{1,4})?|[A-Z]{1,2})[ \t]*,?[ \t]*"
    r"(?:\r?\n[ \t]*)?\Z"
    # a floor written number first: "5th floor, Jl. ..."
    r"|\b\d{1,3}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)\b\.?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?\Z"
    # a building named by a number, before its floor: "Wisma 46 lt. 22, Jl. ..."
    r"|\b(?:Wisma|Menara|Graha|Gedung|Gd\.?)[ \t]+\d{1,3}[A-Za-z]?[ \t]*,?[ \t]*\Z"
    # a guest's lodging, too: "Homestay Bunga Amed, Banjar ...", "Guest House Melati, Gg. ..."
    r"|(?:\b(?:Tower|Cluster|Menara|Wisma|Blok|Homestay|Guest[ \t]?[Hh]ouse|Hostel|Losmen"
    r"|Penginapan|Villa)[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?"
    # ... with the flat in it: "Tower Jasmine 11-09, Apartemen ..."
    r"(?:[ \t]+\d{1,3}[A-Za-z]?(?:-\d{1,3})?)?"
    r"|(?:\bThe[ \t]+)?\b(?:[A-Z][\w'-]*[ \t]+){0,4}(?:Residence|Residences|Apartment"
    r"|Apartments|Park|Spring|Springs|Garden|Gardens|Regency|Village|Hills|City|Mansion|Mansions"
    r"|Court|Townhouse|Estate|Suites|Heights|Terrace|Condominium|Condo|Residensial|Residen"
    r"|Townhome|Pavilion|Lagoon|Bay|Tower|Building|Center|Centre|View|Indah|Permai|Asri"
    r"|Homestay|Guesthouse|Bungalow|Bungalows|Cottage|Cottages|Villas|Inn|Hostel|Lodge)"
    # a building named with its area: "Residence 8 @ Senopati", "Residence 8 Senopati",
    # "Alila Villas Uluwatu"
    r"(?:[ \t]+\d{1,4})?(?:[ \t]*@?[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    # a building named with "The": "The Mansion Kemayoran, Tower ..."
    r"|\bThe[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
    # ... on the line before, too: "Casa Grande Residence, Tower Bella\nJl. ..."; an office
    # tower also without a comma: "Sequis Tower Lt. 12"
    r"[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*"
    r"|(?:(?<=Tower)|(?<=Building)|(?<=Center)|(?<=Centre))[ \t]+)\Z"
)
# A street named without a street word, with its house number, before RT/RW: "Cendana 14,
# RT 3 RW 5".
_STREET_BEFORE_RT = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+\d{1,4}[A-Za-z]?"
    r"[ \t]*,?[ \t]*\Z"
)
# A house number right before RT/RW, without a street: "rumah no 23 rt 4 rw 6".
_NUMBER_BEFORE_RT = re.compile(
    r"(?:\b(?:rumah|rmh|house)[ \t]+)?\b(?:no|nomor|nmr)\b\.?[ \t]*\d{1,4}[a-z]?[ \t]*,?[ \t]*\Z",
    _I,
)
# A hamlet or village named right before its RT/RW, without a keyword: "Ngemplak Kidul RT 04
# RW 12".
_NAME_BEFORE_RT = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*,?[ \t]*\Z")
_HONORIFICS = words("honorifics.txt")


def _hamlet_before(text: str, start: int) -> int:
    """``start`` moved back over a hamlet's name before its RT/RW: proper names, not a person
    ("Pak Slamet RT 04/02") or ordinary words ("Rapat RT 04 RW 02")."""
    name = _NAME_BEFORE_RT.search(text, max(0, start - 40), start)
    if name is None or _NEIGHBOURHOOD_BEFORE.search(text, max(0, start - 24), start):
        return start
    found = [w.lower() for w in _WORD.findall(name.group())]
    if any(w in _HONORIFICS or w in _GIVEN_NAMES or w in _ALWAYS_BREAK for w in found):
        return start
    if all(w in LEXICON or w in _DIRECTIONS for w in found):
        return start
    return name.start()


# ... its office, hall or field, or all who live in it, whatever follows: "Ketua RT 05 RW 02
# Kelurahan ...", "warga yang tinggal di RW 06 Kel. ...".
_NEIGHBOURHOOD_OFFICE_BEFORE = re.compile(
    r"\b(?:ketua|pengurus|sekretaris|bendahara|balai|lapangan|aula|lomba|welcome[ \t]+to"
    r"|(?:warga|penduduk)[ \t]+(?:yang|yg)[ \t]+(?:tinggal|berdomisili)[ \t]+di)[ \t]*\Z",
    _I,
)
_HOUSE_IN = re.compile(r"\b(?:no|nomor|nmr|blok|blk|gg|gang|jl|jln|jalan)\b", _I)
# Words before "RT 04" that make it a neighbourhood, not a house: "warga RT 04", "Ketua RT 05".
_NEIGHBOURHOOD_BEFORE = re.compile(
    r"\b(?:warga|ketua|pengurus|pak|bu|bapak|ibu|grup|group|grub|info|rapat|iuran|arisan|kas"
    r"|posyandu|satpam|pos|se|antar|ronda|lingkungan|wilayah|tingkat|sekretaris|bendahara|balai"
    r"|lapangan|aula|bansos|lomba|welcome[ \t]+to)"
    r"[ \t]*\Z",
    _I,
)
# An identity card's printed field labels at line starts: on such a card every line is a
# field of its own, and an address does not run on into the next field.
_CARD_FIELD = re.compile(
    r"^[ \t]*(?:Tempat/Tgl[ \t]+Lahir|Jenis[ \t]+kelamin|Gol\.[ \t]+Darah|Kel/Desa|Kecamatan"
    r"|Agama|Status[ \t]+Perkawinan|Pekerjaan|Kewarganegaraan|Berlaku[ \t]+Hingga|RT/RW)\b",
    _I | re.MULTILINE,
)
_CARD_MIN_FIELDS = 3
# A birthplace is a city, not an address: "Tempat/Tgl Lahir KAMPUNG RAKYAT, 17-04-1968".
_BIRTHPLACE_BEFORE = re.compile(
    r"(?:tempat(?:[ \t]*/[ \t]*(?:tgl|tanggal))?[ \t]+lahir|ttl|lahir[ \t]+di)[ \t]*[:=]?[ \t]*\Z",
    _I,
)


# A boarding house, hostel or flat named before its room: "Kost Melati Kamar 4", "Asrama
# Putri Kenanga kamar 12", "Rusunawa Marunda unit 5".
_ROOM = re.compile(r"(?:kamar|kmr|room|unit|no|nomor|pintu)\b", _I)
_LODGING_BEFORE = re.compile(
    r"(?i)\b(?:kost?|kos-kosan|kosan|asrama|rusun|rusunawa|rusunami|kontrakan|pondokan|mess)"
    r"[ \t]+(?P<name>(?:[a-z][\w'-]*\.?[ \t]+){0,2}[a-z][\w'-]*\.?)"
    r",?(?:[ \t]+|[ \t]*\r?\n[ \t]*)\Z"  # also on the line before: "Kos Bu Yati\nJl. ..."
)


# A room in a named boarding house, as an address of its own: "kos bu harjo kamar 4".
_LODGING_ROOM = re.compile(
    r"(?i)\b(?:kost?|kos-kosan|kosan|asrama|rusun|rusunawa|rusunami|kontrakan|pondokan|mess)"
    r"[ \t]+(?P<name>(?:[a-z][\w'-]*\.?[ \t]+){1,3})(?:kamar|kmr|room)\b\.?[ \t]*\d{1,4}[a-z]?\b"
)
# The writer's own home before its description: "rumah sy yg ...", "rumah saya di ...".
_OWN_HOME = re.compile(
    r"\b(?:rumah|rmh)[ \t]+(?:sy|saya|aku|ku|kami|gue|gw)[ \t]+(?=(?:yg|yang|di)\b)", _I
)
# A house told by its number and its fence or paint: "rumah pagar hijau no 14", "rmh no 5 cat
# putih"; not house paint ("beli cat rumah warna putih no 5"). Group "look" is the look.
_HOUSE_LOOK = r"(?:pagar|pager|cat|warna)[ \t]+[a-z]+"
_HOUSE_NUMBER = r"(?:no|nomor|nmr)\.?[ \t]*\d{1,4}[a-z]?\b"
_DESCRIBED_HOUSE_NUMBER = re.compile(
    rf"(?<!cat )\b(?:rumah|rmh)[ \t]+"
    rf"(?:(?P<look>{_HOUSE_LOOK}(?:[ \t]+[a-z]+)?[ \t]+){_HOUSE_NUMBER}"
    rf"|{_HOUSE_NUMBER}(?P<after>[ \t]+{_HOUSE_LOOK}\b)?)",
    _I,
)
# ... a few words, then a landmark: "yg cat ijo depan", "yang pas di km 12 sebelah".
_HOME_DESCRIPTION = re.compile(
    r"(?:yg|yang|di)(?:[ \t]+[\w-]+){0,4}?[ \t]+(?=" + _LANDMARK_START.pattern + ")", _I
)
# A European street, its type first: "14 Rue de la République", "5 Via Roma", "Calle Mayor".
_EUROPEAN = re.compile(
    r"\b\d{1,4}[a-z]?,?[ \t]+(?:[Rr]ue|Avenue|Boulevard|Bd|Via|Viale|Calle|Avenida|Rua|Chemin"
    r"|All[ée]e|Quai|Piazza|Plaza)[ \t]+(?:(?:de|du|des|la|le|les|del|della|di|da|do|dos"
    r"|l['’])[ \t]*)*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
    # its postcode and city: ", 69002 Lyon"
    r"(?:,?[ \t]+\d{4,5}[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)?"
)
# A Spanish, Portuguese or Italian street, its type first and its number after it, with the
# floor and door ("3º B") and the postcode and city: "Calle de Alcalá 152, 3º B, 28009 Madrid".
_PROPER = rf"[A-ZÀ-Ö][{_LETTERS}'-]*"  # a capitalised word, accents included
_TYPE_FIRST = re.compile(
    r"\b(?:Calle|C/|Avenida|Avda\.|Paseo|Carrer|Rua|Travessa|Corso|Viale)[ \t]*"
    r"(?:(?:de|del|la|las|los|el|da|das|do|dos|di|della|dei)[ \t]+)*"
    rf"{_PROPER}(?:[ \t]+{_PROPER}){{0,2}},?[ \t]+\d{{1,4}}[A-Za-z]?\b"
    # ... "º" is folded to "o" before; the door: "B", "Esq", "Dcha."
    r"(?:,?[ \t]*\d{1,2}[ºª°oa](?:[ \t]?[A-Z][a-z]{0,3}\b\.?)?)?"
    rf"(?:,?[ \t]+\d{{4,5}}(?:-\d{{3}})?[ \t]+{_PROPER}(?:[ \t]+{_PROPER})?)?"
)
# A foreign address that starts with numbered parts ("Villa 23, Way 4412, ...", "No. 56, Lane
# 123, ...", "No. 27, Jalan 3/2, ...") or with a flat in a named building ("Apartment 1704,
# Marina Heights Tower, ...").
_NUMBERED_PARTS = re.compile(
    r"\b(?:No\.?|Villa|Flat|Apartment|House|Building|Bldg\.?)[ \t]*\d{1,5}[A-Z]?,[ \t]*"
    r"(?:Lane|Alley|Street|St\.?|Way|Road|Jalan|Section|Block|Seksyen)[ \t]+\d{1,5}(?:/\d{1,3})?\b"
    r"|\b(?:Apartment|Apt\.?|Flat|Unit|Suite|Room)[ \t]*[A-Z0-9-]{1,6},[ \t]*(?:\d{1,2}/F,[ \t]*)?"
    r"(?:[A-Z][\w'-]*[ \t]+){1,3}(?:Tower|Building|Mansion|Court|Residence|Residences|Heights"
    r"|Plaza|Centre|Center|House)\b"
)
# A German or Dutch street, its number after it: "Lindenstraße 12, 10115 Berlin", "Kerkstraat
# 45, 1017 GC Amsterdam".
_GERMANIC = re.compile(
    r"\b[A-Z][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|straat|laan"
    r"|gracht|plein|kade|steeg)[ \t]+\d{1,4}[a-z]?\b"
    r"(?:,?[ \t]+\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+[A-Z][\w'-]+)?"
)
# A Japanese address in Latin letters, its parts between commas: "2-14-7 Shibuya, Shibuya-ku,
# Tokyo 150-0002", "〒150-0001 Tokyo-to, Shibuya-ku, Jingumae 4-12-8, Harajuku Heights 302".
_JP_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|\d{1,4}(?:-\d{1,4}){0,2}[A-Za-z]?)"
_JP_SEGMENT = rf"(?:〒[ \t]?)?{_JP_TOKEN}(?:[ \t]+{_JP_TOKEN}){{0,3}}"
_JAPANESE = re.compile(rf"(?<![\w-]){_JP_SEGMENT}(?:,[ \t]*{_JP_SEGMENT}){{2,7}}")
# A ward, city or prefecture ("Shibuya-ku", "Osaka-shi", "Tokyo-to"); a block ("4-12-8").
_JP_WARD = re.compile(r"\b[A-Z][a-z]+-(?:ku|shi|cho|machi|mura|gun|ken|to|fu)\b")
_JP_EVIDENCE = re.compile(_JP_WARD.pattern + r"|\d-\d|〒")
_JP_BLOCK = re.compile(r"\b\d{1,4}-\d{1,4}\b")
_JP_PART = re.compile(r"[^,\s][^,]*")
_JP_ROOM = re.compile(r"[A-Z][a-z]+[ \t]+\d{1,4}\Z")
# A named tower followed by its flat: "Tower B, 17th floor, unit 1708", "Tower C, BF-19-07".
_TOWER = re.compile(
    r"\b(?i:tower|twr)\.?[ \t]+(?:[A-Z][a-z]+|[A-Za-z]\d?|\d{1,2})\b(?=[ \t]*,?[ \t]*"
    # its floor, if written ("Tower Jasmine lantai 12" alone is a listing) ...
    r"(?:(?:\d{1,3}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)|(?i:lantai|lt|floor|fl)\.?[ \t]*\d{1,3})"
    r"\b[ \t]*,?[ \t]*)?"
    # ... and the flat: "unit 1708", "no. 5", "BF-19-07"
    r"(?:(?i:unit|no|nomor)\b\.?[ \t]*#?[A-Za-z]?\d|[A-Z]{1,2}-?\d))"
)
# An estate, shophouse or warehouse before its block or house number: "ruko grand galaxy ",
# "BTN Antara ", "griya asri 2 C7/15 ", "Gudang ".
_ESTATE_ANCHOR_BEFORE = re.compile(
    r"(?i:\b(?:perum|perumahan|perumnas|btn|komp|kompl|komplek|kompleks|ruko|rukan|griya"
    r"|cluster|klaster|villa|vila|townhouse|gudang|blok|kav|kavling|kapling)\b)\.?"
    r"(?P<name>(?:[ \t]+[\w'-]+){0,3}?)"
    r"(?:[ \t]+[A-Z]{1,2}-?\d{1,4}[A-Za-z]?(?:/\d{1,4})?)?[ \t]*,?[ \t]+\Z"
)
# A shophouse, kiosk or rented room named by its street alone: "sewa ruko Jl. Kenari No. 4".
# ... or the house by its corner: "rmh pojok gg. mawar 3".
_BUILDING_TYPE_BEFORE = re.compile(
    r"\b(?:ruko|rukan|kios|kontrakan|(?:rumah|rmh)[ \t]+(?:pojok|ujung|paling[ \t]+ujung))[ \t]+\Z",
    _I,
)
_HOUSE_WORD_BEFORE = re.compile(r"\b(?:rumah|rmh|house)[ \t]+\Z", _I)


# Words that end a boarding house's name ("di kos dekat jl. ..."), but not an owner's
# honorific ("Kost Pak Darmo").
_LODGING_NAME_STOP = (frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS)) - words(
    "honorifics.txt"
)


# Words that end the name of a housing estate: "Cendana Residence", "Sawangan Permai".
_ESTATE_WORDS = (
    r"(?:Residence|Residences|Residen|Residensial|Regency|Garden|Gardens|Park|Village|Hills"
    r"|Permai|Asri|Estate|Townhouse|Mansion|Green|Town)"
)
# An estate's name and a house in it: "Cendana Residence B5", "Bukit Hijau Regency No. 7".
_ESTATE = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}" + _ESTATE_WORDS + r"\b"
    r"(?=[ \t]*,?[ \t]*(?:(?i:no|nomor)\b\.?[ \t]*\d|[A-Z]{1,2}[ -]?\d{1,4}[A-Za-z]?\b"
    # or its tower, floor, unit or block: "Kemang Village Residence, Tower Ritz, unit 12A"
    r"|(?i:tower|twr|unit|lantai|lt|floor|blok|block)\b\.?[ \t]*\w))"
)
# An estate's name right before its block: "Sawangan Permai blok A2/15".
_ESTATE_BEFORE = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,3}" + _ESTATE_WORDS + r"(?:[ \t]+\d{1,2})?[ \t]+\Z"
)  # ... numbered: "Citra Garden 6 Blok J3"


def find_addresses(text: str) -> Iterator[Span]:
    """Street-level addresses in ``text``, each as one span."""
    candidates = sorted(
        [(m.start(), "street", m) for m in _STREET_ANCHOR.finditer(text)]
        + [(m.start(), "rt", m) for m in _RT_RW.finditer(text)]
        + [(m.start(), "block", m) for m in _BLOCK.finditer(text)]
        + [(m.start(), "english", m) for m in _ENGLISH.finditer(text)]
        + [(m.start(), "english", m) for m in _ENGLISH_NUMBER_AFTER.finditer(text)]
        + [(m.start(), "english", m) for m in _SINGAPORE_BLOCK.finditer(text)]
        + [(m.start(), "estate", m) for m in _ESTATE.finditer(text)]
        + [(m.start(), "tower", m) for m in _TOWER.finditer(text)]
        + [(m.start(), "lodging", m) for m in _LODGING_ROOM.finditer(text)]
        + [(m.start(), "home", m) for m in _OWN_HOME.finditer(text)]
        + [(m.start(), "house", m) for m in _DESCRIBED_HOUSE_NUMBER.finditer(text)]
        + [(m.start(), "flat", m) for m in _FLAT_START.finditer(text)]
        + [(m.start(), "european", m) for m in _EUROPEAN.finditer(text)]
        + [(m.start(), "european", m) for m in _GERMANIC.finditer(text)]
        + [(m.start(), "european", m) for m in _NUMBERED_PARTS.finditer(text)]
        + [(m.start(), "european", m) for m in _TYPE_FIRST.finditer(text)],
        key=lambda c: c[0],
    )
    card = len(_CARD_FIELD.findall(text)) >= _CARD_MIN_FIELDS
    spans: list[Span] = []
    covered = 0
    for start, kind, match in candidates:
        if start < covered:
            continue
        span = _address_at(text, kind, match)
        if span is None and kind == "street" and _business_before(text, start):
            # a business's street: its house number, block or RT are the business's too
            name_end = _name_words(text, match.end())
            if name_end is not None:
                covered = max(covered, _tail(text, name_end, after_name=True)[0])
            continue
        if span is not None:
            if card:
                span = _one_line(text, span)
            covered = span.end
            spans.append(span)
    spans += _labelled_addresses(text, spans)
    spans += [_japanese(text, m) for m in _JAPANESE.finditer(text) if _japanese_value(m.group())]
    if card and spans:
        spans += [
            Span(m.start("value"), m.end("value"), LABEL_SCORE)
            for m in _CARD_AREA_FIELD.finditer(text)
        ]
    return iter(_disjoint(text, spans))


# The village and district fields under an identity card's address, each on its own line
# ("Kel/Desa : TEBET BARAT"): the rest of the address, masked with it.
_CARD_AREA_FIELD = re.compile(
    r"^[ \t]*(?:Kel/Desa|Kecamatan)[ \t]*:?[ \t]*(?P<value>[A-Z][^\n]*?)[ \t]*$", re.MULTILINE
)


# One word between a street and its house number: "jl. kayu manis 2 lama no 5a".
_ONE_WORD_GAP = re.compile(r"[ \t]+[A-Za-z]{2,12}[ \t]+")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")


def _disjoint(text: str, spans: list[Span]) -> list[Span]:
    """Overlapping spans as their union, with the best score; a street and the house number
    one word after it, or two parts with only a comma between them, are one span too."""
    result: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and (span.start < result[-1].end or _one_word_apart(text, result[-1], span)):
            last = result.pop()
            span = Span(last.start, max(last.end, span.end), max(last.score, span.score))
        result.append(span)
    return result


def _one_word_apart(text: str, first: Span, second: Span) -> bool:
    if _COMMA_GAP.fullmatch(text, first.end, second.start):
        return True  # "Flat 12A, Block 3, Taikoo Shing, 18 Taikoo Shing Road": one address
    return (
        _ONE_WORD_GAP.fullmatch(text, first.end, second.start) is not None
        and _NUMBER.match(text, second.start) is not None
    )


def _one_line(text: str, span: Span) -> Span:
    """``span`` cut at its first line end (each line of an identity card is one field)."""
    line_end = text.find("\n", span.start, span.end)
    if line_end < 0:
        return span
    return Span(
        span.start, len(text[span.start : line_end].rstrip(" \t,")) + span.start, span.score
    )


def _labelled_addresses(text: str, found: list[Span]) -> list[Span]:
    """Values of address fields ("Alamat: Cendana 14 Sleman") that no anchor found.

    An identity card's field ("Alamat JL BEKASI RAYA KM 25 GED SRIKANDI", in capitals) is its
    whole line, whatever an anchor found in it.
    """
    spans = [
        Span(m.start("value"), m.end("value"), LABEL_SCORE) for m in _CARD_ADDRESS.finditer(text)
    ]
    for label in _ADDRESS_LABEL.finditer(text):
        start = label.end()
        if start >= len(text) or not text[start].isalnum():
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if any(start < s.end and not text[line_end : s.start].strip() for s in found):
            # an anchor found the address on this line, or on the next one after the
            # recipient's name ("Alamat:\nBudi (0812...)\nPerum ...")
            continue
        if _business_before(text, start):
            continue  # a shop's own notice: "Apotek Sehat buka 24 jam, alamat: Jl. ..."
        end = _label_value_end(text, start, line_end)
        value = text[start:end]
        if end - start < 6 or value.lower() in PLACES:
            continue
        if not any(ch.isdigit() for ch in value) and len(_WORD.findall(value)) < 2:
            continue
        end, _ = _tail(text, end, after_name=False)
        spans.append(Span(start, end, LABEL_SCORE))
    return spans


def _label_value_end(text: str, start: int, line_end: int) -> int:
    """End of a field's value: its line, up to another field or a clause of chat words."""
    end = start
    for segment in _LABEL_SEGMENT.finditer(text, start, line_end):
        field = _FIELD_AFTER.search(text, segment.start(), segment.end())
        first = _WORD.search(text, segment.start(), segment.end())
        if segment.start() > start and (first is None or first.group().lower() in _LANDMARK_STOP):
            break
        if field is not None:
            cut = text[segment.start() : field.start()].rstrip(" \t,;.")
            return max(end, segment.start() + len(cut))
        end = segment.start() + len(text[segment.start() : segment.end()].rstrip(" \t.!?"))
    return end


def _address_at(text: str, kind: str, match: re.Match[str]) -> Span | None:
    start = match.start()
    if kind == "street":
        keyword = match.group("kw")
        if (
            keyword.lower() in _CAPITALISED_ANCHORS
            and not keyword[0].isupper()
            and not _village_with_districts(text, match)
        ):
            return None
        if keyword.lower() in _QUARTER_ANCHORS and not _quarter(text, match):
            return None  # "Dinas Lingkungan Hidup Kota Bandung": an office, not a quarter
        if keyword == "GP":
            return None  # "GP Brazil 2008" is a Grand Prix; a gampong is written "Gp."
        if text[max(0, start - 1) : start] == "/":
            return None  # the label "Kel/Desa" of a form
        if keyword.lower() not in _SHORT_ANCHORS and text.startswith(".", match.end("kw")):
            return None
        if keyword in _HOME_VILLAGE_WORDS and _STREET_ANCHOR.match(text, match.end()):
            return None  # "di kampung Jorong Koto Tuo": the word, before the village's anchor
        if _JUNCTION_BEFORE.search(text, max(0, start - 16), start):
            return None  # "pos ronda di pertigaan Jl. Melati - Jl. Mawar": a crossing
        if keyword == "kel" and _family_name_after(text, match.end()):
            return None  # "dari kel. Gideon Lumban Tobing": a family (keluarga)
        if _birthplace(text, start) or _business_before(text, start):
            return None
        name_end = _name_words(text, match.end())
        common = name_end is None and _word_name(text, match.end()) is not None
        if common:
            name_end = _word_name(text, match.end())
        dated = _DATE_STREET.match(text, match.end())
        if dated is not None and keyword.lower() in _DATE_STREET_ANCHORS:
            # "Jl. 17 Agustus No. 5", and a word after the date: "Jl. 10 November Raya"
            gap = _WORD_GAP.match(text, dated.end())
            rest = _name_words(text, gap.end()) if gap is not None else None
            name_end = rest if rest is not None and _WORD.match(text, gap.end()) else dated.end()
        if name_end is None:
            numbered = _NUMBERED_GANG.match(text, start)
            if numbered is None:
                return None
            # "lorong 3 jalan veteran no 5", "dsn 2 kec. ...": a numbered gang or hamlet
            end, parts = _tail(text, numbered.end(), after_name=False)
            return Span(start, end, STREET_SCORE) if parts else None
        if match.group("kw").lower() in _BUILDING_ANCHORS and not _building(text, match, name_end):
            return None
        end, parts = _tail(text, name_end, after_name=True)
        if parts and _business_street(text, start, end):
            return None
        if parts:
            return Span(_leading_parts(text, start), end, STREET_SCORE)
        keyword = match.group("kw")
        lower = keyword.lower()
        if lower in _INNER_GANG_WORDS and end > name_end and keyword[0].isupper():
            # a gang located by its landmark: "Gg. Buntu sebelah mushola Al-Huda"
            return Span(_landmarks_before(text, start), end, LABEL_SCORE)
        if common:
            return None  # "Jalan Sehat": a name that is a word needs a house or district after it
        if lower in _ORDINARY_ANCHORS and not keyword[0].isupper():
            return None
        if lower in _NAME_ONLY_ANCHORS or lower in _NAME_ONLY_ABBREVIATIONS:
            house = _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 16), start)
            if house is not None:
                return Span(house.start(), name_end, STREET_SCORE)  # "no 5 gg mawar"
            if _NEAR_BEFORE.search(text, max(0, start - 12), start):
                return None  # "lokasi strategis dekat Jl. Teuku Umar": a landmark street
            return Span(_leading_parts(text, start), name_end, STREET_NAME_ONLY_SCORE)
        return None
    if kind == "rt":
        # "RT/RW 017/007" (a form label): the value is the address, the label is not.
        if match.group("nums"):
            start = match.start("nums")
        else:
            # The village or hamlet before it is part of it: "desa sukamaju rt 2 rw 3".
            unit = _UNIT_BEFORE_RT.search(text, max(0, start - 50), start)
            street = _STREET_BEFORE_RT.search(text, max(0, start - 40), start)
            number = _NUMBER_BEFORE_RT.search(text, max(0, start - 30), start)
            if unit is not None and _name_words(text, unit.start("name")) == unit.end("name"):
                start = unit.start()
            elif street is not None and _name_words(text, street.start()) == street.end("name"):
                start = street.start()
            elif number is not None:
                start = number.start()  # "rumah no 23 rt 4 rw 6"
            elif "/" in match.group() or "rw" in match.group().lower():
                start = _hamlet_before(text, start)
            start = _estate_before(text, start)
        if start and text[start - 1] in "-_":
            return None  # "donasi-rw09.id": a web address
        end, parts = _tail(text, match.end(), after_name=False)
        before = text[max(0, start - 32) : start]
        if (not parts and _NEIGHBOURHOOD_BEFORE.search(before)) or (
            _NEIGHBOURHOOD_OFFICE_BEFORE.search(before) and not _HOUSE_IN.search(text, start, end)
        ):
            # "warga RT 04", "Ketua RT 05 RW 02 Kelurahan ...", "Balai RW 07": the
            # neighbourhood, not a house in it
            return None
        if not parts and text.startswith(":", end):
            return None  # "Daftar penerima RT 07 RW 03:"
        # "RT 03 RW 05", "RT 03/05", or RT with more parts; "rt 5" alone is weaker.
        complete = parts or "/" in match.group() or "rw" in match.group().lower()
        if not complete:
            return Span(start, end, RT_ONLY_SCORE)
        return Span(_landmarks_before(text, start), end, RT_RW_SCORE)
    if kind == "block":
        end, parts = _tail(text, match.end(), after_name=False)
        if parts:
            return Span(_leading_parts(text, start), end, STREET_SCORE)
        if _BLOCK_HOUSE.search(match.group()):
            return Span(_leading_parts(text, start), end, STREET_NAME_ONLY_SCORE)  # "blok F1/7"
        return None
    if kind == "tower":
        end, parts = _tail(text, match.end(), after_name=True)
        return Span(_leading_parts(text, start), end, STREET_SCORE) if parts else None
    if kind == "lodging":
        if not _lodging_name(match.group("name")):
            return None
        end, _ = _tail(text, match.end(), after_name=False)
        return Span(start, end, STREET_SCORE)
    if kind == "home":
        return _own_home(text, start, match.end())
    if kind == "house":
        return _described_house(text, match)
    if kind == "flat":
        return _flat(text, start)
    if kind == "european":
        end, _ = _tail(text, match.end(), after_name=False, english=True)
        return Span(_leading_parts(text, start), end, ENGLISH_SCORE)
    if kind == "estate":
        if _business_before(text, match.end()):
            return None  # "Hotel Santika Premiere Park No. 5": a business in the name
        end, parts = _tail(text, match.end(), after_name=True)
        return Span(start, end, STREET_SCORE) if parts else None
    end, _ = _tail(text, match.end(), after_name=False, english=True)
    return Span(start, end, ENGLISH_SCORE)


_JUNCTION_BEFORE = re.compile(
    r"\b(?:pertigaan|perempatan|simpang|persimpangan|pojokan|junction)[ \t]+\Z", _I
)
_SURNAMES = words("surnames.txt")


def _family_name_after(text: str, at: int) -> bool:
    """Whether a family follows "kel." (keluarga): a family name among the capitalised words
    after it ("kel. Gideon Lumban Tobing"), or a given name alone ("kel. Budi, ...")."""
    name = _FAMILY.match(text, at)
    if name is None:
        return False
    found = [w.lower() for w in name.group("words").split()]
    if any(w in _SURNAMES and w not in PLACES for w in found):
        return True
    return len(found) == 1 and found[0] in _GIVEN_NAMES and name.group("comma") is not None


_FAMILY = re.compile(r"(?P<words>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?P<comma>,)?")


_LOWER_VILLAGE_MIN_PARTS = 2
_QUARTER_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\b")
_VILLAGE_PART = re.compile(r"[ \t]*,?[ \t]*(?:desa|ds|kel|kelurahan|kec|kecamatan)\b", _I)
# A town quarter ("Lingkungan Kauman RT 3", "Lingk. Bangunsari, Kel. ...") is followed by
# its RT/RW or village; "lingkungan" is also a word ("Lingkungan Hidup Kota Bandung").
_QUARTER_ANCHORS = frozenset({"lingk", "lingkungan"})
_QUARTER_NEXT = re.compile(
    r"[ \t]*,?[ \t]*(?:rt\b|rw\b|(?:kel|kelurahan|desa|ds)\b\.?[ \t]*[A-Za-z])", _I
)


def _quarter(text: str, match: re.Match[str]) -> bool:
    name_end = _name_words(text, match.end())
    return name_end is not None and _QUARTER_NEXT.match(text, name_end) is not None


_MAX_LEADING_PARTS = 6


def _village_with_districts(text: str, match: re.Match[str]) -> bool:
    """A lower-case "desa <name>" followed by two address parts or more ("desa sukamulya
    dsn 3 kec. cikupa kab. tangerang"), or by one that ends with a city: "desa" as a word
    has no district after it."""
    if match.group("kw").lower() not in _LOWER_VILLAGE_ANCHORS:
        return False
    name_end = _name_words(text, match.end())
    if name_end is None:
        return False
    end, parts = _tail(text, name_end, after_name=True)
    # ... or one that ends with a city: "banjar tengah desa batubulan kangin gianyar"
    if parts >= _LOWER_VILLAGE_MIN_PARTS:
        return True
    if parts and _HOUSE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True  # after a house number: "blok sukajadi no 15 desa cimanggu kec. ngamprah"
    village = _VILLAGE_PART.match(text, name_end)
    return parts == 1 and village is not None and _ends_with_city(text, name_end, end)


def _birthplace(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _BIRTHPLACE_BEFORE.search(text, max(line_start, start - 40), start) is not None


# A street named as a landmark, without a house: "dekat Jl. Sudirman", "near Jl. Hanoman".
_NEAR_BEFORE = re.compile(r"\b(?:dekat|deket|dkt|near|close[ \t]+to)[ \t]+\Z", _I)
# A house number before its street: "rumah no 5 gg mawar".
_HOUSE_NUMBER_BEFORE = re.compile(r"\b(?i:no|nomor|nmr)\b\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]+\Z")
# A house number before a capitalised street word, the Malaysian and Singaporean way.
_BARE_HOUSE_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,4}[A-Za-z]?,?[ \t]+\Z")
_MALAY_STREET = re.compile(r"(?:Jalan|Jln|Lorong)\b")


def _leading_parts(text: str, start: int) -> int:
    """``start`` moved back over units and estate names before it ("Unit 5B, Tower A, ..."),
    and over a boarding house's name before a room ("Kost Bu Haji kamar 12, ...")."""
    for _ in range(_MAX_LEADING_PARTS):
        part = _LEADING_PART.search(text, max(0, start - 60), start)
        if part is None:
            break
        start = part.start()
    house = _BARE_HOUSE_BEFORE.search(text, max(0, start - 8), start)
    if house is not None and _MALAY_STREET.match(text, start):
        start = house.start()  # "15 Jalan Sultan": the house number first
    start = _landmarks_before(text, start)
    if _BLOCK.match(text, start):
        estate = _ESTATE_BEFORE.search(text, max(0, start - 50), start)
        if estate is not None and not _business_before(text, start):
            start = estate.start()  # "Sawangan Permai blok A2/15"
    if _ROOM.match(text, start) or _STREET_ANCHOR.match(text, start) or _BLOCK.match(text, start):
        lodging = _LODGING_BEFORE.search(text, max(0, start - 40), start)
        if lodging is not None and _lodging_name(lodging.group("name")):
            start = lodging.start()
    if _STREET_ANCHOR.match(text, start):
        building = _BUILDING_TYPE_BEFORE.search(text, max(0, start - 20), start)
        start = building.start() if building is not None else start
    return _estate_before(text, start)


def _own_home(text: str, start: int, at: int) -> Span | None:
    """The writer's home told by its landmarks: "rumah sy yg cat ijo depan SD 12, samping
    warung bu Ijah", "rumah saya yang pas di km 12 sebelah kios pupuk"."""
    described = _HOME_DESCRIPTION.match(text, at)
    if described is None:
        return None
    end = _plain_landmark(text, described.end())
    if end is None:
        return None
    end, _ = _tail(text, end, after_name=False)
    return Span(start, end, LABEL_SCORE)


def _japanese_value(value: str) -> bool:
    return bool(_JP_WARD.search(value) and _JP_BLOCK.search(value))


def _japanese(text: str, match: re.Match[str]) -> Span:
    """A Japanese address, from its first part with a number, ward or postcode to its last
    one, or to a place or a building's room after it ("..., Harajuku Heights 302, Japan");
    not a name before it ("Akira Tanaka, 2-14-7 Shibuya, ...")."""
    segments = list(_JP_PART.finditer(match.group()))
    evidence = [n for n, seg in enumerate(segments) if _JP_EVIDENCE.search(seg.group())]
    last = evidence[-1]
    while last + 1 < len(segments) and (
        segments[last + 1].group().lower() in PLACES or _JP_ROOM.search(segments[last + 1].group())
    ):
        last += 1
    start = match.start() + segments[evidence[0]].start()
    return Span(_leading_parts(text, start), match.start() + segments[last].end(), ENGLISH_SCORE)


# A flat told by its unit, floor and tower without a building: "unit 1208 lt 12 tower C".
_FLAT_START = re.compile(r"\b(?:unit|apt|tower|twr|lantai|lt|floor)\b", _I)
_FLAT_UNIT = re.compile(r"(?:unit|apt)\b\.?[ \t]*#?[a-z]?(?:\d{3,4}|\d{1,2}[a-z])\b", _I)
_TOWER_WORD = re.compile(r"(?:tower|twr)\b", _I)
_MAX_FLAT_PARTS = 4


def _flat(text: str, start: int) -> Span | None:
    """A flat named by two parts or more, one a tower or a flat's unit number ("unit 12A",
    "unit 2305"): not "lantai 2 unit 1" (an air conditioner on a floor)."""
    parts: list[str] = []
    end = at = start
    while len(parts) < _MAX_FLAT_PARTS and (part := _UNIT.match(text, at)) is not None:
        if not (_TOWER_WORD.match(part.group()) or any(ch.isdigit() for ch in part.group())):
            break  # not a number: "the 2BR unit at Tower B"
        parts.append(part.group())
        end = part.end()
        at = _SEPARATOR.match(text, end).end()
    if len(parts) < 2 or not any(_TOWER_WORD.match(p) or _FLAT_UNIT.fullmatch(p) for p in parts):
        return None
    end, _ = _tail(text, end, after_name=False)
    return Span(_leading_parts(text, start), end, STREET_SCORE)


# The words of a house's description that are not colours: "rumah no 5 cat apa ya".
_HOUSE_WORDS = frozenset({"rumah", "rmh", "pagar", "pager", "cat", "warna", "no", "nomor", "nmr"})
_DESCRIPTION_WORD = re.compile(r"(?<![\w])[a-z]{2,}")  # not the letter of "9A"


def _described_house(text: str, match: re.Match[str]) -> Span | None:
    """A house told by its number and look or by its number after landmarks, with those
    landmarks and the address parts after it: "gang sebelah alfamart, rumah pagar ijo no 9A,
    Pucang, Demak", "masuk gang depan masjid, rumah no 12"."""
    described = _DESCRIPTION_WORD.findall(match.group().lower())
    if any(w in _LANDMARK_STOP and w not in _HOUSE_WORDS for w in described):
        return None
    start = _landmarks_before(text, match.start())
    if not (match.group("look") or match.group("after")) and start == match.start():
        return None  # "rumah no 5" alone
    end, _ = _tail(text, match.end(), after_name=False)
    return Span(start, end, LABEL_SCORE)


_CHAT_PARTICLES = frozenset(
    {"ya", "yah", "yaa", "deh", "dong", "nih", "sih", "kok", "aja", "kak", "nya"}
)


def _lodging_name(name: str) -> bool:
    """Whether ``name`` names a boarding house ("Melati", "Pak Darmo"), not chat ("dekat")."""
    return not any(
        w.lower() in _LODGING_NAME_STOP
        or w.lower() in _CHAT_PARTICLES  # "di asrama ya. kamar ..."
        or _LANDMARK_START.fullmatch(w)
        for w in _WORD.findall(name)
    )


def _estate_before(text: str, start: int) -> int:
    """``start`` moved back over an estate, shophouse or warehouse named before a house number,
    block or RT ("ruko grand galaxy blok A no 5", "griya asri 2 C7/15 rt 4"), and over "rumah"
    before a house number ("rumah no. 17 Gg. Kenari")."""
    if not (_NUMBER.match(text, start) or _BLOCK.match(text, start) or _RT_RW.match(text, start)):
        return start
    estate = _ESTATE_ANCHOR_BEFORE.search(text, max(0, start - 60), start)
    if estate is not None and not any(
        w[0].islower() and w in _LANDMARK_STOP for w in _WORD.findall(estate.group("name"))
    ):
        return estate.start()
    house = _HOUSE_WORD_BEFORE.search(text, max(0, start - 8), start)
    return house.start() if house is not None and _NUMBER.match(text, start) else start


# A home named between a business and the street: the street is the home's.
_HOME_WORDS = frozenset({"rumah", "rmh", "kos", "kost", "kosan", "kontrakan", "tinggal"})
_OFFICE_NOT_NAMED = frozenset(INDONESIAN_STOP_WORDS) | {"sy", "aku", "ku", "gue", "gw", "my"}
# Premises a business calls "ours" ("kitchen kami", "gerai baru kami", "kantor pusat kami").
_OUR_PREMISES = frozenset(
    {"kitchen", "dapur", "studio", "gerai", "workshop", "lokasi", "kantor", "gedung", "aula"}
    | {"gallery", "galeri", "kos", "kost", "igd"}
    | {"catering", "katering", "lab", "laboratorium", "toko", "outlet", "usaha", "cabang"}
)
# A form's field for a business's address: "Alamat usaha: ...", "Alamat kantor: ...".
_BUSINESS_ADDRESS_LABEL = re.compile(
    r"\b(?i:alamat|almt|lokasi)[ \t]+(?i:usaha|toko|kantor|bisnis|outlet|cabang|gudang|pabrik"
    r"|kios|warung|tempat[ \t]+usaha)[ \t]*[:=]?[ \t]*\Z"
)
# A business's own premises in English ("our studio is at"), and its invitation ("see you
# at"); not a home ("our house is at").
_HOME_NOUNS = (
    r"(?:home|house|place|flat|apartment|apt|villa|room|condo|unit|family|rumah|rmh|kontrakan"
    r"|alamat|tempat|keluarga|anak|apartemen|kamar|kampung|desa)"
)
_OUR_PREMISES_BEFORE = re.compile(
    r"(?i:\bour[ \t]+(?!" + _HOME_NOUNS + r"\b)[a-z]+[ \t]+(?:is|are)(?:[ \t]+located)?"
    r"[ \t]+(?:at|in|on)[ \t]+\Z"
    r"|\bour[ \t]+(?:outlet|store|shop|office|branch|clinic|studio|showroom|warehouse|kitchen"
    r"|restaurant|cafe|booth|gallery)(?:s|es)?[ \t]+(?:at|in|on)[ \t]+\Z"  # "our outlets at"
    r"|\b(?:come|visit|welcome)(?:[ \t]+to)?[ \t]+our[ \t]+[a-z]+[ \t]+(?:at|in|on)[ \t]+\Z"
    r"|\b(?:see[ \t]+you|visit[ \t]+us|find[ \t]+us)[ \t]+(?:at|in|on)[ \t]+\Z)"
)
# A business introducing itself before its street: "kami Aqiqah Barokah cab. Tegal di Jl. ...".
_WE_ARE_NAMED = re.compile(r"\bkami[ \t]+[A-Z][\w'&-]*(?:[ \t]+[\w.'&-]+){0,5}?[ \t]+di[ \t]+\Z")
# "Lokasi" before a street in a business's notice: "Klinik Sehat buka promo ... . Lokasi Jl. ...".
_LOCATION_WORD_BEFORE = re.compile(r"\b(?i:lokasi|lokasinya)[ \t]*:?[ \t]*\Z")
_MAX_NOTICE_CHARS = 200
# "alamat" right before the street, without a pronoun ("alamat saya" is the writer's), or
# an institution's "beralamat di" ("Kantor Imigrasi ... beralamat di Jl. ...").
_ADDRESS_WORD_BEFORE = re.compile(
    r"\b(?i:alamat|alamatnya|almt|lokasi|lokasinya"
    r"|(?:beralamat|berlokasi|terletak|bertempat)(?:[ \t]+di)?)[ \t]*:?[ \t]*\Z"
)
_SENTENCE_START = re.compile(r"(?:[.!?](?=[ \t\n])|\n)")
_MAX_SENTENCE_CHARS = 120


def _business_in(words: list[str]) -> bool:
    """Whether a business word is among ``words`` with no home word after it ("puskesmas dekat
    rumah baru di ..." is the home's street); an office is a business unless it is someone's
    ("kantor sy") or unnamed ("kantor di ...")."""
    business = False
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _BRANDS or lower in _BUSINESS_WORDS:
            business = True
        elif lower == "kantor" and n + 1 < len(words):
            business = words[n + 1].lower() not in _OFFICE_NOT_NAMED or words[n + 1] == "kami"
        elif lower == "kami" and any(w.lower() in _OUR_PREMISES for w in words[max(0, n - 2) : n]):
            business = True  # "di kitchen kami Ruko ...": a business's own premises
        elif lower in _HOME_WORDS:
            business = False
    return business


def _sentence_words(text: str, start: int) -> list[str]:
    """The words of the sentence before ``start``."""
    sentence_start = max(0, start - _MAX_SENTENCE_CHARS)
    for end in _SENTENCE_START.finditer(text, sentence_start, start):
        sentence_start = end.end()
    return re.findall(r"[A-Za-z][A-Za-z'&]*", text[sentence_start:start])


def _business_before(text: str, start: int) -> bool:
    """Whether a shop, brand or company word is among the few words before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 48) : start]
    clauses = re.split(r"[.,;:!?]", window)
    if _business_in(re.findall(r"[A-Za-z][A-Za-z'&]*", clauses[-1])[-6:]):
        return True
    if _ADDRESS_WORD_BEFORE.search(window) and _business_in(_sentence_words(text, start)):
        return True  # "Laundry Bu Endang buka jam 7-21, alamat Jl. ...": the shop's address
    if _OUR_PREMISES_BEFORE.search(window) and not _DELIVERY_BEFORE.search(window):
        return True  # "Our kitchen is at Jl. ...", "see you at Jl. ...": the business's own
    if _WE_ARE_NAMED.search(text, max(line_start, start - 100), start):
        return True  # "kami Aqiqah Barokah cab. Tegal di Jl. ...": a business introducing itself
    if _LOCATION_WORD_BEFORE.search(window) and _named_business(
        text[max(0, start - _MAX_NOTICE_CHARS) : start]
    ):
        return True
    # a business named right before its street: "Alaya Resort, Jl. Hanoman", "Cabang kami:
    # Jl. ...", or a business word opening that name: "Gudang Sinar Abadi, Jl. ...", "PT Maju
    # Jaya, Jl. ..."
    if len(clauses) > 1 and not clauses[-1].strip() and window.rstrip().endswith((",", ":")):
        last = re.findall(r"[A-Za-z][A-Za-z'&]*", clauses[-2])[-5:]
        if any(w.lower() in _HOME_WORDS or _LANDMARK_START.fullmatch(w) for w in last):
            return False  # the home's landmark: "rumah sy sebelah Apotek Sehat, Jl. ..."
        if last and last[-1].lower() in _BUSINESS_WORDS:
            return True
        if last and last[-1] == "kami" and _business_in(last):
            return True  # "Gerai baru kami: Jl. ..."
        return any(
            (word[0].isupper() and (word.lower() in _BUSINESS_WORDS or word.lower() in _BRANDS))
            or (word.lower() == "kantor" and nxt[0].isupper())  # "kantor GoCorp Medan, Jl. ..."
            for word, nxt in zip(last, last[1:], strict=False)
        )
    return False


def _business_street(text: str, start: int, end: int) -> bool:
    """Whether a business's address field names its street and area without a house
    ("Alamat usaha: Jl. Ahmad Yani, Kendari"): with a number it may be the owner's home."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _BUSINESS_ADDRESS_LABEL.search(text, max(line_start, start - 30), start)
    return label is not None and not any(ch.isdigit() for ch in text[start:end])


def _named_business(text: str) -> bool:
    """Whether ``text`` names a business with a capitalised business word ("Klinik Sehat")."""
    return any(
        word[0].isupper() and (word.lower() in _BUSINESS_WORDS or word.lower() in _BRANDS)
        for word in re.findall(r"[A-Za-z][A-Za-z'&]*", text)
    )


def _building(text: str, match: re.Match[str], name_end: int) -> bool:
    """Whether a building's name is followed by a floor, unit, number or street."""
    if not match.group("kw")[0].isupper():
        return False
    at = _SEPARATOR.match(text, name_end).end()
    return any(part.match(text, at) for part in _BUILDING_PARTS) or bool(_HOUSE.match(text, at))


def _name_words(text: str, pos: int) -> int | None:
    """End of the street/estate/district name starting at ``pos`` (None: no name there)."""
    end = None
    capitalised = None
    for _ in range(_MAX_NAME_WORDS):
        word = _WORD.match(text, pos)
        if word is None:
            break
        multi_word_place = end is not None and word.group().lower() in _PLACE_FIRST_WORDS
        place_end = _place(text, word.start()) if multi_word_place else None
        if place_end is not None and place_end > word.end():
            return place_end  # a district named with a word: "kelurahan pejaten pasar minggu"
        # an acronym opening a name is part of it: "Kompleks BTN Hamzy", "Jl. RS Fatmawati"
        acronym = end is None and _ACRONYM_IN_NAME.match(text, word.start()) is not None
        if (
            not acronym
            and _breaks_name(word.group(), continues_capitalised=bool(capitalised))
            and not (capitalised and _named_before_house(text, word))
        ):
            if capitalised and _CITY_DISTRICT_END.match(text, word.start()):
                end = word.end()  # "Kec. Medan Kota": a district, not "Kota Medan"
            break
        if end is not None and len(word.group()) <= 2 and _HOUSE_CODE.match(text, word.start()):
            break  # the house after the estate's name: "Griya Permata Hijau C-12"
        if end is not None and word.group().lower() in _INNER_GANG_WORDS:
            break
        if end is not None and word.group() in _INNER_VILLAGE_WORDS:
            break  # "jorong koto tuo nagari balai gurah": the next village starts
        # A capitalised name ends at the first lower-case word ("Jalan Sultan Agung
        # terkenal ..."); a lower-case one ("jln mawar") may go on in lower case.
        if capitalised is None:
            capitalised = word.group()[0].isupper()
        elif capitalised and not word.group()[0].isupper() and word.group() not in _DIRECTIONS:
            break  # but "Krajan kidul" goes on
        end = word.end()
        lower = word.group().lower()
        if word.group().endswith("."):  # "K.H. Wahid Hasyim"
            gap = _NO_GAP.match(text, end)
        elif text.startswith(".", end) and (lower in _NAME_ABBREVIATIONS or len(lower) == 1):
            gap = _ABBREVIATION_GAP.match(text, end)  # "Jend. Sudirman", "H. Agus Salim"
        else:
            gap = _WORD_GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    return end


# A house number after a word: "Jl. Sei Batang Hari No. 44".
_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z]{2,})\b")
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+(?i:no|nomor|nmr)\b\.?[ \t]*\d")


def _named_before_house(text: str, word: re.Match[str]) -> bool:
    """Whether a capitalised ordinary word is inside a name: right before its house number
    ("Jl. Sei Batang Hari No. 44") or between capitalised name words ("Padang Bulan
    Selayang")."""
    lower = word.group().lower()
    if not word.group()[0].isupper() or lower in _KEYWORDS or lower in _HONORIFICS:
        return False  # not "Kost Putra Pak Harjo": an owner's name
    if _HOUSE_NUMBER_AFTER.match(text, word.end()) is not None:
        return True
    nxt = _NEXT_NAME_WORD.match(text, word.end())
    return nxt is not None and nxt.group(1).lower() not in _ALWAYS_BREAK


def _word_name(text: str, pos: int) -> int | None:
    """End of a name after an anchor that starts with a word or number, not a name."""
    return _common_word_name(text, pos) or _prefixed_name(text, pos)


def _prefixed_name(text: str, pos: int) -> int | None:
    """End of a district named after its city ("Kec. Kota Kediri") or numbered ("Kel. 20
    Ilir", "Kel. 3-4 Ulu" in Palembang)."""
    prefix = _NAME_PREFIX.match(text, pos)
    return _name_words(text, prefix.end()) if prefix is not None else None


_NAME_PREFIX = re.compile(
    r"(?:Kota|\d{1,2}(?:-\d{1,2})?)[ \t]+(?=[A-Z])|kota[ \t]+(?=[a-z])"  # "kel. kota baru"
)


def _common_word_name(text: str, pos: int) -> int | None:
    """End of a street or estate named with a capitalised word that is also a word ("Gg.
    Sekolah", "Komplek Pertamina", "Asrama Polisi"), with the name words after it."""
    word = _WORD.match(text, pos)
    if word is None or not _COMMON_NAME_WORD.fullmatch(word.group()):
        return None  # not "Rp 15"
    lower = word.group().lower()
    if lower in _NOT_A_NAME or _STREET_ANCHOR.fullmatch(word.group()):
        return None
    gap = _WORD_GAP.match(text, word.end())
    rest = _name_words(text, gap.end()) if gap is not None else None
    return rest if rest is not None and text[gap.end()].isupper() else word.end()


# A word naming a street or building: "Sekolah", or an institution's acronym: "Menara BCA".
_COMMON_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}|[A-Z]{2,5}")
# Words that never name a street: function words and address keywords ("Jl. Ke Rumah").
_NOT_A_NAME = frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS) | _KEYWORDS


# "Kota" closing a district's name at the end of a line or clause ("Kec. Medan Kota").
_CITY_DISTRICT_END = re.compile(r"Kota(?=[ \t]*(?:[,.;]|\r?\n|\Z))")


def _breaks_name(word: str, *, continues_capitalised: bool = False) -> bool:
    lower = word.lower().rstrip(".")
    if lower in _NAME_ABBREVIATIONS:
        return False
    if continues_capitalised and word[0].isupper():
        return lower in _ALWAYS_BREAK
    return lower in _BREAK_WORDS


def _tail(text: str, pos: int, *, after_name: bool, english: bool = False) -> tuple[int, int]:
    """Extend an address over the parts after ``pos``; returns (end, number of parts).

    Landmarks ("dekat SPBU Cibinong") extend it but are not counted as parts; in brackets
    after its city or postcode ("... Sleman 55581 (sebelah lapangan)") they are a note for
    the courier once the address is complete.
    """
    end = pos
    parts = 0
    first = True
    closed = False  # the last part ended with a city or postcode
    while True:
        sep = _SEPARATOR.match(text, end)
        at = sep.end()
        comma = _COMMA_LIKE.search(sep.group()) is not None
        if at == end and end < len(text) and text[end].isalnum():
            break  # no separator: "No12abc"
        if comma and "," not in sep.group() and _signature(text, at):
            break  # "..., Jaksel — Andreas": the sender's name after a dash
        part_end = _part(text, at, house=after_name and first, comma=comma, english=english)
        if part_end is None:
            # Only a clear address part continues an address on the next line.
            line_break = _LINE_BREAK.match(text, end)
            if line_break is not None:
                part_end = _part(
                    text, line_break.end(), house=False, comma=False, english=english, strict=True
                )
        if part_end is None:
            break
        if english:
            state_zip = _ZIP_AFTER_STATE.match(text, part_end)
            part_end = state_zip.end() if state_zip is not None else part_end
        landmark = part_end == _landmark(text, at)
        if landmark and closed and text.startswith("(", at):
            break
        if not landmark:  # a landmark alone does not make an address
            parts += 1
            closed = _ends_with_city(text, at, part_end)
        end = part_end
        first = False
    return end, parts


# A line of a foreign address with its city, state and postcode; not a contact field ("No HP
# 0812", "Telp WA 08123").
_CITY_STATE_LINE = re.compile(
    r"(?!(?i:no|nomor|nmr|telp|tlp|tel|phone|hp|wa)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?"
    r"[ \t]+(?!(?:HP|WA)\b)(?:" + _STATE_ZIP.pattern + r")(?=[ \t]*,?[ \t]*(?:\r?\n|\Z))"
)
# A state's postcode after the suburb and state: "Carlton VIC 3053", "Brooklyn NY 11201".
_ZIP_AFTER_STATE = re.compile(
    r"(?<=\b[A-Z]{2})[ \t]+\d{4,5}(?:-\d{4})?\b|(?<=\b[A-Z]{3})[ \t]+\d{4}\b"
    # ... or after the city, ending the part: "Muscat 133, Oman", "Taipei City 104"
    r"|(?<=[a-z])[ \t]+\d{3,6}(?=[ \t]*(?:[,.;)]|\r?\n|\Z))"
)


def _ends_with_city(text: str, start: int, end: int) -> bool:
    """Whether the part ``text[start:end]`` ends with a postcode or a city ("Kec. Ambulu
    Jember")."""
    if _POSTCODE_END.search(text, start, end):
        return True
    return any(_place(text, word.start()) == end for word in _WORD.finditer(text, start, end))


_POSTCODE_END = re.compile(r"\b\d{5}\Z")


def _signature(text: str, at: int) -> bool:
    """Whether a given name that is no place ends the clause at ``at`` ("— Andreas")."""
    word = _WORD.match(text, at)
    if word is None:
        return False
    lower = word.group().lower()
    if lower not in _GIVEN_NAMES or lower in PLACES:
        return False
    return _CLAUSE_END.match(text, word.end()) is not None


def _part(
    text: str, at: int, *, house: bool, comma: bool, english: bool, strict: bool = False
) -> int | None:
    """End of the address part at ``at``, or None if there is none.

    ``strict``: a part on a new line, which must be a street, number, block or unit, RT/RW
    (not a form's "RT/RW" label), or a city alone on its line or with its postcode.
    """
    rt_rw = _RT_RW.match(text, at)
    if rt_rw:
        return None if strict and rt_rw.group("nums") else rt_rw.end()
    for pattern in (_NUMBERED_GANG, _NUMBER, _BLOCK, _UNIT):
        match = pattern.match(text, at)
        if match:
            return match.end()
    # Another street, estate or building: "Perum Citra Indah, Jl. Anggrek 3 Blok AJ No. 8".
    street = _STREET_ANCHOR.match(text, at)
    name_end = street and (_name_words(text, street.end()) or _word_name(text, street.end()))
    if name_end:
        # its house: "Jl. X, Perum Y C-10", "Jl. X Gg. II/15"
        house = _HOUSE_AFTER_NAME.match(text, name_end) or _SLASH_HOUSE.match(text, name_end)
        return house.end() if house else name_end
    if not strict:
        landmark = _landmark(text, at)
        if landmark is not None:
            return landmark
    if strict:
        place_end = _place(text, at)
        if place_end is not None and _CITY_LINE_END.match(text, place_end):
            return place_end
        # a district line ("Kel. Sukaluyu, Kec. Coblong") or a city line ("Kota Bandung 40123")
        admin = _STRICT_ADMIN.match(text, at)
        if admin:
            return _name_words(text, admin.end()) or None
        postcode = _LABELLED_POSTCODE.match(text, at)  # "Kode Pos: 20112"
        if postcode:
            return postcode.end()
        city = _CITY_STATE_LINE.match(text, at)  # "Melbourne VIC 3000", "Austin, TX 78704"
        if city:
            return city.end()
        return _area_line(text, at)
    admin = _ADMIN.match(text, at)
    if admin:
        numbered = _QUARTER_NUMBER.match(text, admin.end())
        if numbered is not None and admin.group().lower().startswith("l"):
            return numbered.end()  # a town quarter by its number: "lingk. 3", "Lk. IV"
        return _name_words(text, admin.end()) or _prefixed_name(text, admin.end())
    unit = _NAMED_UNIT.match(text, at)
    if unit:
        name_end = _name_words(text, unit.end())
        flat = name_end and _HOUSE_AFTER_NAME.match(text, name_end)
        return flat.end() if flat else name_end  # with its flat: "Tower Jasmine 15-F"
    postcode = _POSTCODE.match(text, at)
    if postcode:
        if comma:  # the postcode before its city: "..., 47300 Petaling Jaya"
            gap = _PLACE_GAP.match(text, postcode.end())
            city_end = gap and (_place(text, gap.end()) or _locality(text, gap.end()))
            return city_end or postcode.end()
        return postcode.end()
    if house:
        match = (
            _HOUSE.match(text, at) or _SLASH_HOUSE.match(text, at) or _HOUSE_CODE.match(text, at)
        )
        if match:
            return match.end()
    if english:
        match = _STATE_ZIP.match(text, at)
        if match:
            return match.end()
    place_end = _place(text, at)
    if place_end is not None and text[at:place_end].islower():
        place_end = _district_after_city(text, place_end)
    if not comma:
        locality_end = _unpunctuated_locality(text, at)
        if locality_end is not None and (place_end is None or locality_end > place_end):
            return locality_end
    if comma:
        # a district named after a city: "Medan Sunggal", "Mampang Prapatan"
        locality_end = max(_locality(text, at) or 0, _chained_locality(text, at) or 0) or None
        if _NUMBERED_VILLAGE.match(text, at):
            locality_end = _prefixed_name(text, at)  # "..., 20 Ilir D IV, ..."
        if locality_end is not None and (place_end is None or locality_end > place_end):
            return locality_end
    if place_end is None and _lower_case_before(text, at, comma=comma):
        # in lower case: "..., jatiwaringin", "no. 9 gandaria selatan cilandak ya"
        return _lower_locality(text, at)
    return place_end


def _district_after_city(text: str, end: int) -> int:
    """``end`` moved over a lower-case district named after its city, at the end of the
    clause ("medan selayang", "bandung kidul"): one word that is no Indonesian or chat word."""
    word = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    if word is None or not (_CLAUSE_END.match(text, word.end()) or _chat_after(text, word.end())):
        return end
    lower = word.group()
    if len(lower) < 4 or lower in LEXICON or lower in _BREAK_WORDS or lower in _LANDMARK_STOP:
        return end
    return word.end()


def _chat_after(text: str, end: int) -> bool:
    """Whether a chat word follows ``end``: "medan amplas ya kak"."""
    word = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    return word is not None and word.group() in _LANDMARK_STOP


# Palembang's urban villages named by number, after a comma: "..., 3-4 Ulu, Seberang Ulu I".
_NUMBERED_VILLAGE = re.compile(r"\d{1,2}(?:-\d{1,2})?[ \t]+(?:Ilir|Ulu)\b")


def _lower_case_before(text: str, at: int, *, comma: bool) -> bool:
    """Whether the address before ``at`` is written in lower case: the stretch before a
    comma, or the house number or RT/RW right before ("blok C rt 3/4 pondok aren")."""
    if comma:
        before = text[max(0, at - 30) : at]
        before = before[max(before.rfind(",", 0, len(before.rstrip(" \t,;/|–—-"))) + 1, 0) :]
    elif _HOUSE_BEFORE.search(text, max(0, at - 12), at) and not _POSTCODE_BEFORE.search(
        text, max(0, at - 8), at
    ):  # after a postcode the address is over: "... 12960 ends on"
        before = text[max(0, at - 8) : at]
    else:
        return False
    before = _CODE_IN_CAPITALS.sub("", before)  # codes: "griya asri C7/15, pabuaran", "blok B"
    return before.lower() == before


_CODE_IN_CAPITALS = re.compile(r"\b[A-Z]{1,3}(?:-?\d|\b)")


def _area_line(text: str, at: int) -> int | None:
    """End of a line of area names in a multi-line address ("Cibubur, Ciracas"), if it ends
    with a city ("Kuningan, Jakarta Selatan") or the next line goes on with the address
    ("Sukamulya, Cikupa\nTangerang"); not a person's name on the line after the address."""
    pos = at
    for _ in range(_MAX_AREA_LINE_NAMES):
        place_end = _place(text, pos)
        end = _locality(text, pos) or place_end
        if end is None:
            return None
        sep = _SEPARATOR.match(text, end)
        if "," not in sep.group() or _LINE_BREAK.match(text, end):
            break
        pos = sep.end()
    if _LINE_END.match(text, end) is None:
        return None  # more on the line: not a line of areas
    if place_end == end:
        return end
    next_line = _LINE_BREAK.match(text, end)
    if next_line is None:
        return None
    after = next_line.end()
    following = _part(text, after, house=False, comma=False, english=False, strict=True)
    return end if following is not None else None


_MAX_AREA_LINE_NAMES = 4
# ... with its postcode, too: "Canggu, Badung 80351"
_LINE_END = re.compile(r"[ \t]*,?[ \t]*(?:\d{5}\b[ \t]*)?(?:\r?\n|\Z)")


def _unpunctuated_locality(text: str, at: int) -> int | None:
    """End of capitalised area names without a comma before them: before a city or postcode
    ("Jl. Melati XII/41 Cipedes, Tasikmalaya 46132"), up to a city ("Blok V3 No 8 Bojong Kulur
    Gunung Putri Bogor"), or after a house to the end of the clause ("RT 05/RW 02 Ngaliyan",
    "No. 7 Medan Helvetia"); not a person's name ("No 5 Budi ...")."""
    end = _locality(text, at)
    if end is None:
        return None
    nxt = _SEPARATOR.match(text, end)
    if "," in nxt.group() and (
        _place(text, nxt.end()) is not None or _POSTCODE.match(text, nxt.end())
    ):
        return end
    words_in = list(_WORD.finditer(text, at, end))
    first = words_in[0].group().lower()
    if first in _GIVEN_NAMES and first not in PLACES:
        return None
    if any(_place(text, w.start()) == end for w in words_in[1:]):
        return end  # "... Gunung Putri Bogor"
    house = _HOUSE_BEFORE.search(text, max(0, at - 12), at)
    if house is None or _POSTCODE_BEFORE.search(text, max(0, at - 8), at):
        return None  # after a postcode the address is over: "Bekasi 17215 SHM"
    return end if _clause_ends(text, end) else None


def _lower_locality(text: str, at: int) -> int | None:
    """End of one to three lower-case words that are no Indonesian or chat word (area names:
    "gandaria selatan cilandak"); None if there are none. Words that are also Indonesian
    words ("pondok bambu", "tanah abang") are an area only when they end the clause."""
    city_end = _lower_words_to_city(text, at)
    if city_end is not None:
        return city_end
    unknown_end = None  # end of the leading words that are no Indonesian word
    end = None
    pos = at
    for n in range(_MAX_LOWER_LOCALITY_WORDS + _MAX_WORDS_BEFORE_CITY):
        word = _LOWER_WORD.match(text, pos)
        if word is None:
            break
        lower = word.group()
        city_end = _place(text, word.start()) if n else None
        if city_end is not None:
            return city_end  # up to a city: "cipadung kidul panyileukan bandung", "... jaktim"
        if n >= _MAX_LOWER_LOCALITY_WORDS:
            pos = _PLACE_GAP.match(text, word.end())
            if pos is None:
                break
            pos = pos.end()
            continue  # more area names only when a city follows
        stop = (
            lower in _LANDMARK_STOP
            or lower in _BREAK_WORDS
            or len(lower) < 4
            or _VERB_SHAPE.fullmatch(lower) is not None  # "rumahnya", "dikirim"
        )
        if (stop and not (n and lower in _STREET_WORDS)) or _starts_landmark(text, word.start()):
            break  # "tanah baru" goes on, "... pagar hitam sebelah warung" does not start
        known = lower in LEXICON and not (n and lower in _DIRECTIONS)
        if not known and unknown_end == end:
            unknown_end = word.end()
        end = word.end()
        gap = _PLACE_GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    if end is not None and _clause_ends(text, end):
        return end
    return unknown_end


def _clause_ends(text: str, end: int) -> bool:
    """Whether the clause ends at ``end``, also after closing particles ("... ya kak.")."""
    return bool(_CLAUSE_END.match(text, end) or _PARTICLES_TO_END.match(text, end))


# Particles that close a clause ("... pondok gede ya.", "... tanah baru ya kak"): the words
# before them end the clause too.
_PARTICLE = r"(?:ya+h?|yo|kak|ka|bang|mas|mbak|mba|pak|bu|min|gan|sis)"
_PARTICLES_TO_END = re.compile(
    rf"(?:[ \t]+{_PARTICLE}){{1,2}}(?=[ \t]*(?:[,.;!?)]|\r?\n|\Z))", re.IGNORECASE
)


_MAX_WORDS_BEFORE_CITY = 2


def _lower_words_to_city(text: str, at: int) -> int | None:
    """End of a city reached over lower-case estate and area names, whatever they look
    like ("grand wisata bekasi", "kompleks btn malanu kota sorong"); None if a function or
    chat word comes first ("... no 8 ya, ke bekasi")."""
    pos = at
    for n in range(_MAX_LOWER_LOCALITY_WORDS + _MAX_WORDS_BEFORE_CITY):
        word = _LOWER_WORD.match(text, pos)
        if word is None:
            return None
        if n and _place(text, word.start()) is not None:
            return _place(text, word.start())
        lower = word.group()
        if len(lower) < 3 or lower in _LANDMARK_STOP:
            return None
        gap = _PLACE_GAP.match(text, word.end())
        if gap is None:
            return None
        pos = gap.end()
    return None


# The end of a clause: a comma, a sentence end, a line end or the end of the text.
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;!?)]|\r?\n|\Z)")


def _landmark(text: str, at: int) -> int | None:
    """End of a landmark that locates the house ("dekat SPBU Cibinong"), or None.

    A house described before its landmark ("yg pagar ijo sebelah warung bu tini") is one
    only between two address parts: after the last part it is chat about the house.
    """
    end = _plain_landmark(text, at)
    if end is not None:
        return end
    end = _described_landmark(text, at)
    if end is None:
        return None
    sep = _SEPARATOR.match(text, end)
    if "," not in sep.group():
        return None
    after = sep.end()
    following = _part(text, after, house=False, comma=True, english=False)
    return end if following is not None and following != _landmark(text, after) else None


def _starts_landmark(text: str, at: int) -> bool:
    """Whether a landmark or a described house starts at ``at`` ("pagar hitam ...")."""
    return bool(_LANDMARK_START.match(text, at) or _DESCRIBED_HOUSE_START.match(text, at))


def _described_landmark(text: str, at: int) -> int | None:
    """End of a house and its landmark: "rumah kuning depan masjid Al-Ikhlas"."""
    described = _DESCRIBED_HOUSE.match(text, at)
    return _plain_landmark(text, described.end()) if described is not None else None


def _plain_landmark(text: str, at: int) -> int | None:
    brackets = _LANDMARK_IN_BRACKETS.match(text, at)
    if brackets is not None:
        return brackets.end()
    start = _LANDMARK_START.match(text, at)
    if start is None:
        return None
    end = pos = start.end()
    for _ in range(_MAX_LANDMARK_WORDS):
        word = _LANDMARK_WORD.match(text, pos)
        if word is None:
            break
        lower = word.group(1).lower()
        if _VERB_SHAPE.fullmatch(lower):
            break
        if lower in _LANDMARK_STOP and not _owner_follows(text, word):
            break
        end = pos = word.end()
    return end if end > start.end() else None


def _owner_follows(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is an honorific before its owner's name ("warung bu tini"), not one
    that addresses the reader ("depan masjid pak, ...", "dekat masjid mas tolong ...")."""
    if word.group(1).lower() not in _LANDMARK_HONORIFICS:
        return False
    name = _LANDMARK_WORD.match(text, word.end())
    return name is not None and name.group(1).lower() not in _LANDMARK_STOP


def _landmarks_before(text: str, start: int) -> int:
    """``start`` moved back over landmark clauses before an address ("rumah kuning depan
    masjid Al-Ikhlas, samping tambal ban, Desa ...")."""
    for _ in range(_MAX_LEADING_LANDMARKS):
        clause = _CLAUSE_BEFORE.search(text, max(0, start - 90), start)
        if clause is None:
            break
        at = _landmark_in(text, clause.start("clause"), clause.end("clause"))
        if at is None or _named_owners_house(text, at):
            break
        start = at
        if at > clause.start("clause"):
            # a gang before its landmark: "gang mawar sebelah warung, kp. ..."; else chat
            # before the landmark: "kirim ke belakang pasar, rt 3 ..."
            return _gang_before(text, clause.start("clause"), at)
    return start


# A house named by its owner, before its address: "di rumah bu Kadek Wulandari, Jl. ...".
_OWNERS_HOUSE = re.compile(
    r"(?:rumah|rmh)[ \t]+(?:pak|bu|bapak|ibu|mbah|mas|mbak|om|tante)\.?[ \t]+(?P<name>[A-Z][a-z]+)",
    _I,
)


def _named_owners_house(text: str, at: int) -> bool:
    """Whether the landmark at ``at`` is a person's house named by their name: the house the
    address is, told by whose it is (the name is a person's, not part of the address)."""
    owner = _OWNERS_HOUSE.match(text, at)
    return owner is not None and owner.group("name").lower() in _GIVEN_NAMES


# A gang told by its landmark alone: "gang sebelah indomaret".
_UNNAMED_GANG_BEFORE = re.compile(r"\b(?:gg|gang|lr|lrg|lorong)\.?[ \t]+\Z", _I)


def _gang_before(text: str, clause_start: int, at: int) -> int:
    """``at`` moved back to a gang right before it ("gang sebelah ..."), or to one named at
    the start of its clause ("gang mawar sebelah ...")."""
    unnamed = _UNNAMED_GANG_BEFORE.search(text, max(clause_start, at - 8), at)
    if unnamed is not None:
        return unnamed.start()
    gang = _STREET_ANCHOR.match(text, clause_start)
    if gang is None or gang.group("kw").lower() not in _INNER_GANG_WORDS:
        return at
    name_end = _name_words(text, gang.end()) or _word_name(text, gang.end())
    if name_end is None or text[name_end:at].strip():
        return at
    return clause_start


def _landmark_in(text: str, start: int, end: int) -> int | None:
    """Start of the first landmark in ``text[start:end]`` that runs to ``end``, or None."""
    for word in _WORD_START.finditer(text, start, end):
        at = word.start()
        if end in (_plain_landmark(text, at), _described_landmark(text, at)):
            return at
    return None


_WORD_START = re.compile(r"(?<![\w'-])\w")


def _place(text: str, at: int) -> int | None:
    """End of a known city/province (with a direction: "Jakarta Barat") at ``at``."""
    found = []
    pos = at
    for _ in range(3):
        word = _WORD.match(text, pos)
        if word is None:
            break
        found.append(word)
        gap = _PLACE_GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    for n in range(len(found), 0, -1):
        name = " ".join(w.group().lower() for w in found[:n])
        if name in PLACES:
            end = found[n - 1].end()
            if n < len(found) and found[n].group().lower() in _DIRECTIONS:
                end = found[n].end()
            return end
    return None


# A district may share its name with a chat word ("..., Abang, Karangasem"), not with a
# function word or a greeting ("..., Kak, Bandung").
_NOT_CHAINED = _ALWAYS_BREAK | _LANDMARK_STOP


def _chained_locality(text: str, at: int) -> int | None:
    """One to three capitalised words that are also words, between commas and followed by
    another locality or a city ("..., Keputih, Sukolilo, Surabaya", "..., Padang Bulan, Medan
    Tuntungan, Medan")."""
    word = _WORD.match(text, at)
    if word is None or word.group().lower() in _NOT_CHAINED:
        return None
    for _ in range(_MAX_CHAINED_WORDS):
        if not word.group()[0].isupper() or word.group().lower() in _KEYWORDS:
            return None
        nxt = _SEPARATOR.match(text, word.end())
        if "," in nxt.group():
            break
        if nxt.group() != " ":
            return None
        word = _WORD.match(text, nxt.end())
        if word is None:
            return None
    else:
        return None
    if _place(text, nxt.end()) is not None or _locality(text, nxt.end()) is not None:
        return word.end()
    return None


_MAX_CHAINED_WORDS = 3


def _locality(text: str, at: int) -> int | None:
    """A capitalised village/district name after a comma ("..., Sukamaju, Bogor")."""
    word = _WORD.match(text, at)
    if word is None or not word.group()[0].isupper():
        return None
    end = _name_words(text, at)
    if end is None:
        return None
    # A locality is a proper name: not an ordinary word ("..., Kawasan ibu kota"), unless
    # more capitalised words follow it ("Pondok Gede", "Pasar Minggu").
    if word.group().lower() in LEXICON and end == word.end():
        return None
    return end


class AddressRecognizer(SpanRecognizer):
    """ADDRESS: Indonesian and English street-level addresses."""

    ENTITY = ADDRESS

    def spans(self, text: str) -> list[Span]:
        return [
            _trimmed(text, _with_building_word(text, span))
            for span in find_addresses(text)
            if not _no_home_in(text, span)
        ]


# A word and a preposition before an address: "the apartment at Taman ...".
_LEADING_PREPOSITION = re.compile(r"[a-z]+[ \t]+(?:at|in|on|di|ke)[ \t]+(?=[A-Z0-9])")
# A lower-case "jalan" and a word after an address: "..., jalan ditutup" (the road closed).
_TRAILING_ROAD = re.compile(r"[,;]?[ \t]*jalan[ \t]+(?P<word>[a-z]+)\Z")


# The kind of a boarding house, in lower case, before its address or its name: "kos putra
# jl. ...", "Kos putri Kost Melati ..." (not a name: "Kos Putri Melati").
_LODGING_KIND = re.compile(
    r"(?:kost?|kosan|kos-kosan|asrama)[ \t]+(?-i:putra|putri|campur|pasutri|karyawan|karyawati"
    r"|mahasiswa|mahasiswi)[ \t]*,?[ \t]+(?=(?:kost?|kosan|asrama)\b|"
    + _STREET_ANCHOR.pattern
    + ")",
    _I,
)


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    leading = _LEADING_PREPOSITION.match(text, start, end) or _LODGING_KIND.match(text, start, end)
    if leading is not None:
        start = leading.end()
    trailing = _TRAILING_ROAD.search(text, start, end)
    if trailing is not None and (
        trailing["word"] in LEXICON or _VERB_SHAPE.fullmatch(trailing["word"]) is not None
    ):
        end = trailing.start()
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.score)


# A street, estate or building named without a house in it: "Jl. Sudirman" (a street a
# shop, a map pin or a listing is on), "Cluster Alamanda, BSD" (an estate and its area),
# "Gedung Onkologi lt 3" (a floor of a hospital), "ruko Sentra Niaga blok AB2" (a
# shophouse's block): a place, not where someone lives, unless the writer says they live
# there ("rumah saya di Jl. Kenanga").
_BARE_STREET = re.compile(
    r"(?i:jl|jln|jalan|gg|gang|lr|lrg|lorong)\b\.?[ \t]*(?:[A-Za-z][\w'.-]*[ \t]*){1,5}"
)
_ESTATE_NAME = re.compile(
    r"(?i:cluster|klaster|perum|perumahan|komplek|kompleks|komp|kompl|ruko|rukan|gedung|gd"
    r"|wisma|menara|graha)\b[^\d\n]*"
)
_FLOOR_ONLY = re.compile(
    r"(?:Gedung|Gd|Wisma|Menara|Graha)\b\.?(?:[ \t]+[A-Z][\w'-]*){1,3}[ \t]*,?[ \t]*"
    r"(?i:lantai|lt|floor)\.?[ \t]*\d{1,2}"
)
_SHOPHOUSE_BLOCK = re.compile(
    r"(?i:ruko|rukan)\b(?:[ \t]+[\w'-]+){1,4}[ \t]+(?i:blok|block|blk)\.?[ \t]*[A-Z]{1,3}\d{0,3}"
)
_LIVES_BEFORE = re.compile(
    r"(?i:\b(?:tinggal|tgl|rumah|rmh|domisili|alamat|alamatnya|kos|kost|kontrakan|live|stay"
    r"|staying|home)\b(?:[ \t]+(?:saya|sy|aku|ku|kami|gue|gw|kita|skrg|sekarang|my|at|in))?"
    r"[ \t]+(?:di|ke|at|in|on|:)?[ \t]*\Z)"
)


def _no_home_in(text: str, span: Span) -> bool:
    """Whether ``span`` names a street, estate or building without a house in it."""
    value = text[span.start : span.end]
    bare = (
        (span.score <= STREET_NAME_ONLY_SCORE and _BARE_STREET.fullmatch(value) is not None)
        or _ESTATE_NAME.fullmatch(value) is not None
        or _FLOOR_ONLY.fullmatch(value) is not None
        or _SHOPHOUSE_BLOCK.fullmatch(value) is not None
    )
    if not bare:
        return False
    if _DELIVERY_BEFORE.search(text, max(0, span.start - 60), span.start):
        return False  # "leave it with the security at Cluster Emerald": where to deliver
    return _LIVES_BEFORE.search(text, max(0, span.start - 40), span.start) is None


# A delivery or drop-off to the place: "tolong antar ke ...", "pls leave it at ...".
_DELIVERY_BEFORE = re.compile(
    r"(?i:\b(?:antar|anter|antarkan|kirim|kirimkan|kirimin|titip|taruh|taro|leave|deliver"
    r"|drop|ship|send)\b)"
)


# A building word before a building's own name: "Gedung Graha Mandiri Lt. 14, Jl. ...".
_BUILDING_WORD_BEFORE = re.compile(r"\b(?:Gedung|Gd\.?)[ \t]+\Z")


def _with_building_word(text: str, span: Span) -> Span:
    before = _BUILDING_WORD_BEFORE.search(text, max(0, span.start - 8), span.start)
    if before is None or not text[span.start].isupper():
        return span
    return Span(before.start(), span.end, span.score)


def recognizers() -> list[EntityRecognizer]:
    return [AddressRecognizer()]

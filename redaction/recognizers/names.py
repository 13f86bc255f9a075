"""Recognizers: PERSON names in Indonesian (and mixed) chat text.

The English spaCy model finds English names but misses lower-case Indonesian
names ("aku rina mau tanya") and tags Indonesian words as persons ("Jl", "Kec",
"Barat", "Halo", "kasih Pak Wahyu"). This module adds a recognizer that finds
names where a cue announces one (honorifics, "nama saya", "atas nama", "saya",
"ini", ...), with a gazetteer of Indonesian names as supporting evidence, and
capitalised gazetteer names without a cue; and a clean-up of the other
recognizers' PERSON results (trimming honorifics and Indonesian words, dropping
spans with no name left in them).

A cue gives the position, the gazetteer the evidence: "indah" in "pemandangan
indah" is no name, "Kak Indah" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.entities import Entity
from redaction.recognizers.context import Keywords

PERSON = "PERSON"

# Word lists, lower-case. A gazetteer name that is also an ordinary word or a
# place ("indah", "putri", "jaya", "bima") is "ambiguous": evidence only with a cue.
NAMES = words("given_names.txt") | words("surnames.txt")
_STOP_WORDS = frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS)
COMMON = words("common_words.txt") | words("chat_words.txt") | _STOP_WORDS
# A larger dictionary of Indonesian words: it blocks unknown words only, never a name.
LEXICON = words("indonesian_words.txt") | words("indonesian_vocabulary.txt")
STOPWORDS = words("name_stopwords.txt")
PLACES = words("places.txt")
ORG_WORDS = words("org_words.txt")
HONORIFICS = words("honorifics.txt")
# Names from other countries: evidence for capitalised words only ("Sophie Dubois").
FOREIGN_NAMES = words("foreign_names.txt")
# Common English words: a capitalised one alone is no name without a cue ("Master", "Upgrade").
ENGLISH_WORDS = words("english_words.txt")
# Medicines are no names: "ada Panadol Extra?"
MEDICINES = words("medications.txt")
_FAMILY_NAMES = words("surnames.txt") - words("given_names.txt")

MAX_NAME_TOKENS = 5
MAX_FORM_VALUE_TOKENS = 6

# An English possessive "'s" is no part of the word: "Olivia's inhaler".
_TOKEN = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
# Between two words of one name: spaces or a hyphen, or the dot of an initial or
# abbreviation ("M. Rizky", "Moh. Hatta"). Newlines and other punctuation end a name.
_PLAIN_GAP = re.compile(r"[ \t]{1,3}|-")
_DOT_GAP = re.compile(r"\.[ \t]{0,2}")
_NAME_ABBREVIATIONS = frozenset({"moh", "muh", "mochd", "abd", "st"})
_POSSESSIVE = re.compile(r"['’]s\b")
_SENTENCE_GAP = re.compile(r"[.!?\n:;\"“”()]")
_LINE_END = re.compile(r"[ \t]*(?:[\n\r,;(]|$)")
_NON_NAME_SUFFIX = re.compile(r"(?:nya|kan|lah|kah|in)$")
_ENCLITIC = re.compile(r"(\w{2,}?)(?:ku|mu|nya)")
# Indonesian affixed words ("Pembangunan", "Dibesarkan", "Terbaik", "Berdasarkan"):
# unknown words of these shapes are ordinary words, not names.
_AFFIXED_WORD = re.compile(
    r"\w{3,}(?:kan|nya|kah)|\w{3,}[^l]lah|(?:per|pe[mn]g?|pe|ke)\w{3,}an"
    r"|ber(?!n)\w{4,}|ter\w{4,}|me(?:m|n|ng|ny)\w{4,}|di\w{3,}(?:i|kan)"
)
# Typical endings of Javanese, Sundanese and Arabic-Indonesian names, and the old
# spelling ("Hartanto", "Indrawati", "Hasanuddin", "Soeharto", "Djamaluddin"): an
# unknown capitalised word of this shape counts as gazetteer evidence.
_NAME_SHAPED = re.compile(
    r"\w{2,}(?:wati|yati|ningsih|ningrum|ningtyas|yanti|yanto|anto|arto|ono|ojo|oyo|udin"
    # Javanese village names: "Poniyem", "Tukinem", "Dalijo", "Wagimin", "Sukinah"
    r"|iyem|inem|ijem|ijo|imin|inah|arsih"
    r"|uddin|ullah|illah|syah)|(?:\w*oe|dj|tj)\w{3,}"
)
# Words right before a name-like run that make it an organisation or a place
# ("Toko Sinar Jaya", "Masjid Agung", "Kel. Sukamaju", "Tempat/Tgl Lahir BATANG CENAKU").
_ORG_BEFORE = Keywords(*(re.escape(w) for w in ORG_WORDS))
_PLACE_LABEL_BEFORE = Keywords(
    r"tempat(?:\s*/\s*(?:tgl|tanggal))?\s+lahir",
    "ttl",
    "lahir di",
    "tinggal di",
    "domisili",
    "berasal dari",
    "asal",
)


# A pet's name is no person's: "kucing sy Mochi", "2 anjing: Bruno (golden) & Cici".
_ANIMAL_BEFORE = re.compile(
    r"\b(?:kucing|kucingku|anjing|anjingku|kitten|puppy|cat|dog|kelinci|hamster|burung|anabul"
    r"|peliharaan|pet)\b(?:[^.!?\n]{0,20}?[ \t:,&(]|[ \t]+"
    # further on, with what names it: "dog, brown mixed breed named Coco"
    r"|[^.!?\n]{0,40}?\b(?:named|called|bernama|namanya)[ \t]+)\Z",
    re.IGNORECASE,
)


def _after_animal(text: str, start: int) -> bool:
    return _ANIMAL_BEFORE.search(text, max(0, start - 70), start) is not None


class Cue(Enum):
    """How strongly the words before a position announce a name there."""

    FORM = "form"  # a form label: "Nama: ...", "Nama ELIZABETH ..." at a line start
    STRONG = "strong"  # "nama saya", "atas nama", "a.n.", "dengan ... di sini"
    HONORIFIC = "honorific"  # "Pak", "Bu", "Kak", "Mas", "dr.", "Hj." (not part of the name)
    LABEL = "label"  # "nama", "nama ibu kandung" without a colon: a gazetteer or capitalised name
    RELATION = "relation"  # "anak sy", "suami saya", "my son": a third party's name follows
    SELF = "self"  # "saya", "aku", "ini", "halo", "makasih", "kata", "dari ... ya"
    ROLE = "role"  # "Presiden", "tersangka", "istri": a gazetteer or capitalised name
    WEAK = "weak"  # "dari", "untuk", "menurut": only a gazetteer name counts


_CUE_RANK = {
    Cue.FORM: 7,
    Cue.STRONG: 6,
    Cue.HONORIFIC: 5,
    Cue.LABEL: 4,
    Cue.RELATION: 4,
    Cue.SELF: 3,
    Cue.ROLE: 2,
    Cue.WEAK: 1,
}
_STRONG_CUES = (Cue.FORM, Cue.STRONG)
# Score of a name after a cue, by its first word: (sure name, ambiguous capitalised,
# ambiguous lower-case, unknown capitalised, unknown lower-case); None: not a name.
_SCORES: dict[Cue, tuple[float | None, ...]] = {
    Cue.FORM: (0.9, 0.85, 0.8, 0.85, 0.7),
    Cue.STRONG: (0.9, 0.85, 0.8, 0.85, 0.7),
    Cue.HONORIFIC: (0.85, 0.85, 0.7, 0.75, 0.45),
    Cue.LABEL: (0.85, 0.8, 0.6, 0.75, None),
    Cue.RELATION: (0.85, 0.8, 0.6, 0.75, None),
    Cue.SELF: (0.75, 0.6, None, 0.5, None),
    Cue.ROLE: (0.7, 0.55, None, 0.5, None),
    Cue.WEAK: (0.7, 0.55, None, None, None),
}
# Scores of capitalised names found without a cue.
_MULTI_WORD_SCORE = 0.65
_MID_SENTENCE_SCORE = 0.55
_SENTENCE_START_SCORE = 0.45

_HONORIFIC_PATTERN = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# Honorifics written abbreviated with a dot ("dr. Andi", "Sdr. Irfan"); after any other, a dot
# ends a sentence ("terima kasih Bapak Ibu. Sabar ya"), and what follows is no name.
_DOTTED_HONORIFICS = frozenset(
    {"dr", "drg", "prof", "ir", "drs", "dra", "hj", "sdr", "sdri", "bpk", "tn", "ny", "nn", "kh"}
    | {"pdt", "pnt", "ust", "ns", "mr", "mrs", "ms", "st"}
)
_DOTTED_PATTERN = "|".join(sorted(HONORIFICS & _DOTTED_HONORIFICS, key=len, reverse=True))
# "nama <whose>": "nama penerima", "nama ibu kandung", "nama lengkap".
_NAME_LABEL = (
    r"nama(?:[ \t]+(?:saya|aku|lengkap(?:[ \t]+(?:saya|aku))?|panggilan|pemesan|penerima"
    r"|pengirim|pasien|customer|pelanggan|anak|ibu(?:[ \t]+kandung)?|ayah|suami|istri|wali"
    r"|siswa|murid))?"
)
# Form labels of a person in English and Indonesian forms ("Recipient: ...", "Guest 1: ...").
_PERSON_LABEL = (
    r"(?:penerima|pengirim|pemesan|penyewa|pemilik|tertanggung|pasien|recipient|sender"
    r"|beneficiary|passenger|guest(?:[ \t]*\d{1,2})?|driver|tenant|attn|(?:account[ \t]+)?holder"
    r"|(?:full[ \t]+|first[ \t]+|last[ \t]+|given[ \t]+|nick)?name|surname|contact[ \t]+person"
    r"|pic|wali|orang[ \t]+tua|ortu|ayah|ibu|suami|istri|pengendara|tertanggung|ahli[ \t]+waris"
    r"|(?:emergency[ \t]+)?contact|kontak[ \t]+darurat|to|from"
    # who received, made or served (a person, not a courier): "diterima oleh: Suparmi"
    r"|(?:diterima|dibuat|disetujui|diperiksa|ditangani|dilayani)[ \t]+oleh|petugas|teknisi"
    r"|penanggung[ \t]+jawab|kepala[ \t]+keluarga)"
)
# "an" without a dot is "atas nama" only in Indonesian text about an account, a parcel or an
# address: a digit or such a word before it on its line ("rek BRI 3356 ... an Nengsih").
_BARE_AN = re.compile(r"(?<![\w.])(?:[aA]n|AN)[ \t]+")
_BARE_AN_CONTEXT = re.compile(
    r"\d|\b(?:rek|rekening|norek|transfer|tf|trf|kirim|paket|pesanan|booking|tiket|bca|bri|bni"
    r"|mandiri|bsi|btn|dana|ovo|gopay|kec|kab|kel|desa|jl|jln|gg)\b",
    re.IGNORECASE,
)
# Roles and teams that open a signature before the writer's name.
_SIGNATURE_ROLE = (
    r"perawat|bidan|dokter|apoteker|admin|cs|staf|staff|kasir|petugas|kurir|driver|sopir"
    r"|teknisi|hrd?|it|finance|marketing|sales|shift|tim[ \t]+\w+|team[ \t]+\w+"
)
_ENGLISH_MARKERS = frozenset(
    {
        "the", "is", "was", "are", "were", "has", "have", "had", "for", "of", "with", "and",
        "i", "my", "it", "this", "that", "there", "contains", "after", "in", "on", "at",
        "bought", "buy", "got", "get", "be", "as", "by", "into", "from", "you", "we",
    }
)  # fmt: skip
_CUE_PATTERNS: tuple[tuple[Cue, re.Pattern[str]], ...] = (
    (
        Cue.FORM,
        re.compile(
            rf"\b(?:{_NAME_LABEL}|{_PERSON_LABEL})[ \t]*[:=][ \t]*"
            # An aligned form's label of a few words, then its value after a wide gap
            # ("NAMA PEMILIK   SUPARMAN"), or a label at the start of a line ("Nama
            # ELIZABETH ...", "Nama penerima Ni ...").
            r"|^[ \t]*nama(?:[ \t][^\W\d_]+){0,3}(?:[ \t]{2,}|\t)[ \t]*"
            rf"|^[ \t]*{_NAME_LABEL}[ \t]+",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (Cue.LABEL, re.compile(rf"\b{_NAME_LABEL}[ \t]+", re.IGNORECASE)),
    # the name printed on a card: "Name on card EMMA K LINDQVIST", "cardholder Olivia Tan"
    (
        Cue.LABEL,
        re.compile(
            r"\b(?:name[ \t]+on[ \t]+(?:the[ \t]+)?card|card[ \t]?holder(?:[ \t]+name)?"
            r"|nama[ \t]+(?:di|pada)[ \t]+kartu)[ \t]*:?[ \t]*",
            re.I,
        ),
    ),
    # a bank's security question without "nama": "ibu kandung Suprihatin", "mother's maiden"
    (
        Cue.LABEL,
        re.compile(
            r"\b(?:ibu[ \t]+kandung|mother'?s[ \t]+maiden(?:[ \t]+name)?)[ \t]*:?[ \t]*", re.I
        ),
    ),
    (
        Cue.RELATION,
        re.compile(
            r"\b(?:anak|anakku|putra|putri|istri|suami|adik|adek|kakak|kaka|abang|ayah|bapak|ibu"
            r"|mama|papa|mamah|papah|ortu|mertua|keponakan|ponakan|cucu|bayi|nenek|kakek|teman"
            r"|temen|pacar|tunangan|sepupu|om|tante)"
            r"(?:[ \t]+(?:sy|saya|aku|ku|gue|gw|kami|kita|pertama|kedua|ketiga|bungsu|sulung"
            r"|perempuan|laki-laki|cowok|cewek))+[ \t]+(?:(?:yang|yg|bernama|namanya)[ \t]+){0,2}"
            # with a possessive enclitic: "temenku yusuf", "adiknya Rina"
            r"|\b(?:anak|istri|suami|adik|adek|kakak|abang|ayah|ibu|bapak|bunda|mama|papa|ortu|mertua"
            r"|keponakan"
            r"|ponakan|cucu|nenek|kakek|teman|temen|pacar|tunangan|sepupu|tante)(?:ku|mu|[ \t]?nya)"
            r"[ \t]+(?:(?:yang|yg|bernama|namanya)[ \t]+){0,2}"
            r"|\bmy[ \t]+(?:son|daughter|wife|husband|mother|mom|mum|father|dad|brother|sister"
            r"|child|kid|baby|friend|colleague|partner|fianc[eé]e?|boyfriend|girlfriend|grandson"
            r"|granddaughter|nephew|niece|cousin|grandma|grandpa|grandmother|grandfather)"
            r"(?:[ \t]*,)?[ \t]+|\b(?:kids|children|anak-anak)[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.STRONG,
        re.compile(
            r"\b(?:nama[ \t]+(?:saya|aku|gue|gw|lengkap[ \t]+(?:saya|aku))"
            r"(?:[ \t]+(?:adalah|ialah|yaitu))?"
            r"|namaku|namanya|nama[ \t]+lengkapnya|nama[ \t]+panggilan(?:[ \t]+saya)?"
            r"|atas[ \t]+nama|a\.[ \t]?n\.?|a/n|an\."
            # the name a bank or an app shows: "nama yg muncul ...", "nama yang tertera ..."
            r"|nama[ \t]+(?:yg|yang)[ \t]+(?:muncul|tertera|tercantum|terdaftar|tertulis|keluar)"
            r"|perkenalkan(?:[ \t]*,?[ \t]*(?:saya|aku|nama[ \t]+saya))?"
            r"|kenalin(?:[ \t]*,?[ \t]*(?:saya|aku|gue))?"
            r"|panggil[ \t]+(?:saja|aja)|biasa[ \t]+dipanggil|dipanggil"
            # "my name is", "my wife's name is", "her name is"
            r"|name[ \t]+is)[ \t]*",
            re.IGNORECASE,
        ),
    ),
    # "an Budi" (atas nama, without its dot), after an account number or an address
    (Cue.STRONG, _BARE_AN),
    (
        Cue.HONORIFIC,
        re.compile(
            rf"\b(?:(?:{_DOTTED_PATTERN})\b\.?|(?:{_HONORIFIC_PATTERN})\b)[ \t]+", re.IGNORECASE
        ),
    ),
    # "H." (haji) is an honorific only with its capital and dot, and not after another
    # initial ("Jl. M.H. Thamrin").
    (Cue.HONORIFIC, re.compile(r"(?<![\w.])H\.[ \t]*")),
    # an honorific and a neighbourhood office: "pak rw sukirno", "Bu RT Sumiati", "pak lurah Tono"
    (
        Cue.HONORIFIC,
        re.compile(
            r"\b(?:pak|bpk|bapak|bu|ibu)[ \t]+(?:rt|rw|lurah|kades|kadus|camat)\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.SELF,
        re.compile(
            r"\b(?:saya|aku|gue|gw|gua|sy|aq|abdi|ini|niki|halo|hallo|hai|hi|hello|hey|makasih|makasi"
            r"|terima[ \t]+kasih|thanks|thank[ \t]+you|thx|trims|kata|katanya|ujar|ucap|tutur|sapa"
            # "si Ujang": the article of a person's name
            r"|si"
            r"|i'm|this[ \t]+is)"
            r"(?:[ \t]+(?:adalah|ialah))?[ \t]+"
            # A signature with the writer's role or team first: "- Bidan Yuliani", "- IT, Wahyu".
            rf"|(?:^|[ \t])[-–—~]+[ \t]*(?:{_SIGNATURE_ROLE})\.?[ \t]*,?[ \t]+"
            r"(?-i:(?=[A-Z][a-z]+[ \t]*$))"
            # A signature: "- Rachel", "– Tasya, Customer Care" on a line of its own.
            r"|(?:^|[ \t])[ \t]*[-–—~]+[ \t]*"
            r"(?-i:(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*(?:,|$)))",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    # Staff who serve a customer, a contact person, a family: "Night staff Dewa", "cp Darno",
    # "keluarga Chan Ka Wai" (no sentence end between: "bank staff. Valid for 5 minutes").
    (
        Cue.ROLE,
        re.compile(
            r"\b(?:staff|staf|satpam|resepsionis|receptionist|concierge|teknisi|technician|dokter"
            r"|doctor|bidan|perawat|nurse|kasir|cashier|cp|keluarga)[ \t]+",
            re.IGNORECASE,
        ),
    ),
    # A signature with the writer's role or company after: "🙏 Ayu Lestari - finance",
    # "Regards, Ayu – Front Office", "– Hendra PT Sinar Karya Abadi".
    (
        Cue.WEAK,
        re.compile(
            r"(?:^|(?<=[\s,]))(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
            rf"(?:[ \t]*[-–—,][ \t]*(?i:{_SIGNATURE_ROLE}|front[ \t]+office|owner|manager"
            r"|gudang|resepsionis|receptionist|accounting|keuangan)\b|[ \t]+(?:PT|CV)[ \t])"
            r"[^\n]*$)",
            re.MULTILINE,
        ),
    ),
    (
        Cue.WEAK,
        re.compile(
            r"\b(?:dengan|dari|sama|kepada|kpd|untuk|utk|buat|oleh|bersama|menurut|bilang|ajak"
            r"|jemput|hubungi|hub|kontak|contact)\b\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
    (
        Cue.ROLE,
        re.compile(
            r"\b(?:presiden|wapres|menteri|gubernur|bupati|walikota|wali[ \t]+kota"
            r"|ketua|direktur|kepala|camat|lurah|kapolri|kapolda|kapolres|jenderal|pelatih"
            r"|tersangka|terdakwa|korban|saksi|pelaku|mantan|almarhum|almarhumah|alm|almh"
            r"|mendiang|istri|suami|anak|ayah|ayahanda|ibunda|adik|kakak|cucu"
            # a child's parents: "kabari orang tua Bima", "ortu Keisha"
            r"|orang[ \t]+tua|ortu|wali[ \t]+murid"
            # English roles and labels without a colon ("beneficiary Klaus Bergmann").
            r"|recipient|beneficiary|passenger|guest|driver|(?:account[ \t]+)?holder"
            r"|housekeeper|nanny|maid|babysitter|gardener|caretaker|cleaner|tutor"
            r"|ask[ \t]+for|(?:booked|booking|reservation)[ \t]+under"
            # who stands in for or handles something: "backupnya Gusti", "pic nya Melati"
            r"|(?:backup|pic)[ \t]*nya|penggantinya|diganti[ \t]+(?:sama|sm|oleh))\b\.?[ \t]+",
            re.IGNORECASE,
        ),
    ),
)
# Chat's "dr" without its dot after a word of origin or distance is "dari", not a doctor:
# "pindahan dr Ternate", "asal dr Ambon", "500m dr Masjid".
_FROM_BEFORE = re.compile(
    r"(?:\b(?:pindahan|pindah|asal|berasal|datang|dateng|berangkat|pulang|balik|jauh|dekat"
    r"|deket|kiriman|oleh-oleh|mudik|jalan)|\d[ \t]*(?:m|km|menit|mnt|jam))[ \t]+dr[ \t]+\Z"
)
# A closing word after the name makes a weak cue stronger: "dengan Budi di sini"
# (the agent introducing themself), "dari Rina ya".
_CLOSING = re.compile(r"[ \t]*,?[ \t]*(?:di[ \t]*sini|disini|ya|yah|yaa|nih|kak|here)\b", re.I)
_CLOSED_CUES = {"dengan": Cue.STRONG, "dari": Cue.SELF}
# Lower-case words inside a name: Batak "br"/"boru", Arabic "bin"/"binti", Dutch "van"/"de".
_PARTICLES = frozenset({"br", "boru", "bin", "binti", "van", "von", "de", "der", "den"})
# Capitalised words before a name that are part of it: Balinese "Ni", Sasak "Lalu", "Baiq".
# Capitalised between two names, also with a dot: Batak "Br.", Bugis-Makassar "Daeng".
_CAPITALISED_PARTICLES = frozenset({"br", "boru", "bin", "binti", "daeng"})
_NAME_PREFIXES = frozenset({"Ni", "Lalu", "Baiq"})
_BUTONESE_PREFIXES = frozenset({"La", "Wa"})
_PREFIXED_NAME_SCORE = 0.9
_BALINESE_ORDER = frozenset(
    {"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "gusti", "nengah"}
)
# A user name made of two names: "andre.kurniawan", "@rina_putri".
_HANDLE = re.compile(r"(?<![\w.@/])@?([a-z]+)[._]([a-z]+)\d{0,4}(?![\w@]|\.\w)", re.IGNORECASE)
# A passenger on a ticket: "SARAGIH/RONALDO MR" (SURNAME/GIVEN NAMES and a title).
_TICKET_NAME = re.compile(
    r"\b[A-Z]{2,}(?:[ \t][A-Z]{2,})*/[A-Z]{2,}(?:[ \t][A-Z]{2,})*?"
    r"(?=[ \t]+(?:MR|MRS|MS|MSTR|MISS)\b)"
)
_TICKET_NAME_SCORE = 0.85
_MENTION_SCORE = 0.6
# The score from which a name found after a cue is sure enough to look for its other mentions.
_CUED_SCORE = 0.8
# A second name joined to a found one: "Ethan & Lily", "Waters dan Gilmour".
_JOINED_NAME = re.compile(r"[ \t]*(?:&|dan|and|serta|atau|or|sama|ama|sm|dgn)[ \t]+")
# A word joined before a found name: "Aryo & Maharani", "tono sama rudi".
_JOINED_BEFORE = re.compile(
    r"(?<![\w.])(?P<name>[A-Za-z][a-z]{2,})[ \t]*(?:&|dan|and|sama|ama|sm)[ \t]+\Z"
)
# A form's field label after a word: "Passport:", "Card no:".
_FIELD_LABEL_AFTER = re.compile(r"[ \t]*(?:no\.?|number|nomor|#)?[ \t]*:")
_CAPS_NAME_SCORE = 0.6
# Legal forms that open a company's name: every capitalised word after them is the company's.
_LEGAL_FORMS = frozenset({"pt", "cv", "ud", "ksp", "kspps", "koperasi", "yayasan", "firma"})
# Public institutions often named after a person: schools, campuses, airports, stations,
# ports, stadiums, museums and places of worship (not shops, whose owner may be meant).
_EPONYM_INSTITUTIONS = frozenset(
    {"sd", "sdn", "sdit", "smp", "smpn", "smpit", "sma", "sman", "smait", "smk", "smkn", "mts"}
    | {"mtsn", "madrasah", "pesantren", "ponpes", "universitas", "univ", "institut", "stikes"}
    | {"politeknik", "akademi", "sekolah", "bandara", "terminal", "stasiun", "pelabuhan"}
    | {"airport", "stadion", "gelora", "museum", "monumen", "masjid", "musala", "musholla"}
    | {"university", "college", "mosque"}
)
_LOWER_NAMES_SCORE = 0.5
_SIGN_OFF_SCORE = 0.5
_LISTED_NAME_SCORE = 0.5
# Particles and Malay name parts in names written in capitals ("MOHD HAFIZ BIN RAZAK").
_CAPS_PARTICLES = frozenset({"bin", "binti", "bt", "bte", "br", "boru", "van", "de"})
_CAPS_NAME_PARTS = frozenset({"mohd", "muhd", "mohamad", "mohammad", "nur", "siti", "abdul"})
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
# What may stand before a signature name at the end of a message: a sentence end, a line
# break, a dash, an emoji ("... alergi kali ya? 😣 dewi").
_SIGN_OFF_BEFORE = re.compile(r"(?:[.!?\n\-–—~]|[^\w\s\x00-\x7f])[ \t]*\Z")
# Before a signature that is no gazetteer name: a line break or an emoji only ("🙏 Anyi").
_SIGN_OFF_APART = re.compile(r"(?:\n|[^\w\s\x00-\x7f])[ \t]*\Z")
# What may follow a signature: a company's acronym, a role in brackets, a tenant's room
# ("SURYADI J&T", "Rina (CS)", "rosmini kmr 7"), then punctuation and emoji only.
_SIGN_OFF_AFTER = re.compile(
    r"(?:[ \t]*[,/\-–][ \t]*[A-Z][A-Z&]{1,3}|[ \t]+[A-Z][A-Z&]{1,3}|[ \t]*\([A-Za-z \t]{2,20}\)"
    r"|[ \t]*,?[ \t]*(?i:kmr|kamar|room|unit|blok|no)\.?[ \t]*[A-Za-z]?\d{1,4}[A-Za-z]?)?"
    r"(?:[\s.!]|[^\w\s\x00-\x7f])*"
)
_HANDLE_SCORE = 0.6
# A hyphen and a lower-case word after a capitalised word make a compound, not a name
# (but "Rina-nya", "Budi-ku" are names with an enclitic).
_COMPOUND_AFTER = re.compile(r"-(?!(?:nya|ku|mu|lah|kah)\b)[a-z]{2,}")
# A code's label right before a word in capitals: "kode HEMATJUNI", "voucher: GRATISONGKIR".
_CODE_BEFORE = re.compile(
    r"\b(?i:kode|code|voucher|vocer|kupon|coupon|promo)(?:[ \t]+(?i:promo|voucher|diskon))?"
    r"[ \t]*:?[ \t]*\Z"
)
# A mention of one name: "cc @budi", "@Fajar tolong cek".
_MENTION = re.compile(r"(?<![\w.@/])@([A-Za-z]{3,20})(?![\w@]|\.\w)")
_HANDLE_LABEL = re.compile(
    r"(?i:\b(?:ig|instagram|tiktok|twitter|x|fb|facebook|username|user(?:[ \t]*id)?|akun|id"
    r"|telegram|tele|line))[ \t]*:?[ \t]*\Z"
)
# A user name after its label: "User ID rizkyananda", "username: dewiputri88".
_LABELLED_HANDLE = re.compile(
    r"(?i:\b(?:ig|instagram|tiktok|twitter|username|user(?:[ \t]*id)?|akun|telegram))"
    r"[ \t]*:?[ \t]*@?(?P<handle>[a-z][a-z0-9]{2,23}(?:[._][a-z0-9]{1,12}){0,2})(?![\w.@])"
)
_HANDLE_PARTS = re.compile(r"[._\d]+")
_AT_HANDLE = re.compile(r"(?<![\w.@/])@(?P<handle>[A-Za-z][A-Za-z0-9._]{2,29}(?<!\.))(?![\w@])")
# A computer or phone named after its user: "LAPTOP-FAHRIZAL", "PC-Rina" (not "PC-KASIR").
_DEVICE_NAME = re.compile(
    r"\b(?i:laptop|desktop|pc|notebook|macbook|iphone|ipad)[-_](?P<name>[A-Z][A-Za-z]{2,19})\b(?![-.]\w)"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def initial(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    score: float


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words (letters only) of ``text[start:end]``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def is_sure_name(word: str) -> bool:
    """A gazetteer name that is not also an ordinary word or a place."""
    lower = word.lower()
    return lower in NAMES and not _ambiguous(lower) and lower not in STOPWORDS


def _ambiguous(lower: str) -> bool:
    return lower in COMMON or lower in PLACES


def _name_evidence(token: Token) -> bool:
    """A sure gazetteer name, a capitalised foreign name, or an unknown capitalised word
    shaped like a name."""
    if is_sure_name(token.text):
        return True
    if token.capitalised and _joined_name_parts(token.lower):
        return True
    return _foreign_name(token) or _name_shaped(token)


# Name parts written together with another name: "Nurfadilah", "Sriwahyuni", "Triyanto".
_JOINED_NAME_PARTS = ("nur", "sri", "siti", "dwi", "tri")


def _joined_name_parts(lower: str) -> bool:
    """A word made of a name part and a gazetteer name, and no dictionary word."""
    return (
        lower not in LEXICON
        and lower not in COMMON
        and any(
            lower.startswith(part) and len(lower) - len(part) >= 4 and lower[len(part) :] in NAMES
            for part in _JOINED_NAME_PARTS
        )
    )


def _name_shaped(token: Token) -> bool:
    return (
        token.capitalised
        and token.lower not in NAMES
        and not _blocked(token)
        and _NAME_SHAPED.fullmatch(token.lower) is not None
    )


def _foreign_name(token: Token) -> bool:
    """A capitalised (not all-caps) name of the foreign gazetteer."""
    return (
        token.capitalised
        and not token.all_caps
        and token.lower in FOREIGN_NAMES
        and not _blocked(token, shapes=False)
    )


# Capitals inside a word: a brand's or a venue's ("JIExpo", "KirimCepat"), no name's (but
# "McDonald", "DeLuca", "MacArthur").
_MIXED_CASE = re.compile(r"[A-Z]{2,}[a-z]|[a-z]{3,}[A-Z]")


def _blocked(token: Token, *, shapes: bool = True) -> bool:
    """A word that is never part of a name: an ordinary, organisation or place word.

    With ``shapes``, also an unknown word shaped like an affixed Indonesian word.
    """
    lower = token.lower
    if _MIXED_CASE.search(token.text):
        return True  # a brand or a venue: "JIExpo", "KirimCepat", "TowerAspen"
    if lower in NAMES and lower not in STOPWORDS and lower not in HONORIFICS:
        return False
    if _joined_name_parts(lower) and lower not in STOPWORDS:
        return False
    return (
        lower in COMMON
        or lower in LEXICON
        or lower in STOPWORDS
        or lower in HONORIFICS
        or lower in ORG_WORDS
        or lower in PLACES
        or lower in MEDICINES
        or (shapes and _AFFIXED_WORD.fullmatch(lower) is not None)
        or _with_enclitic(lower)
        or _derived_noun(lower)
    )


def _derived_noun(lower: str) -> bool:
    """A noun made of an Indonesian word and "-an": "tulisan", "jualan", "makanan"."""
    return len(lower) > 5 and lower.endswith("an") and lower[:-2] in LEXICON


def _with_enclitic(lower: str) -> bool:
    """An ordinary word with a possessive enclitic: "bosku", "tokomu", "barangnya"."""
    match = _ENCLITIC.fullmatch(lower)
    return match is not None and (match[1] in COMMON or match[1] in LEXICON)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two adjacent words can belong to one name."""
    gap = text[left.end : right.start]
    if _PLAIN_GAP.fullmatch(gap):
        return True
    abbreviation = left.initial or left.lower in _NAME_ABBREVIATIONS
    return abbreviation and _DOT_GAP.fullmatch(gap) is not None


def _glued_to_digit(text: str, token: Token) -> bool:
    """A word written against a digit is part of a code ("3B", "NL91"), not a name."""
    return (token.start > 0 and text[token.start - 1].isdigit()) or (
        token.end < len(text) and text[token.end].isdigit()
    )


def _particle_at(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a particle joining two capitalised names ("Debora br Tarigan")."""
    if not 0 < k < len(toks) - 1:
        return False
    particle = toks[k]
    if _syllable_between_names(text, toks, k):
        return True
    if particle.capitalised:
        # "Tiurma Br. Simanjuntak", "Baso Daeng Tojeng"
        fits = particle.lower in _CAPITALISED_PARTICLES and not particle.all_caps
        gap = text[particle.end : toks[k + 1].start]
        after = _PLAIN_GAP.fullmatch(gap) or _DOT_GAP.fullmatch(gap)
    else:
        fits = particle.lower in _PARTICLES
        after = _joined(text, particle, toks[k + 1])
    left, right = toks[k - 1], toks[k + 1]
    # in lower case, a Batak "br" before a sure surname: "tiurma br simanjuntak"
    lower_batak = (
        particle.text in ("br", "boru")
        and not left.capitalised
        and not right.capitalised
        and is_sure_name(right.text)
    )
    return (
        fits
        and after is not None
        and ((left.capitalised and right.capitalised) or lower_batak)
        and not _blocked(right)
        and _joined(text, left, particle)
    )


_CONJUNCTIONS = frozenset({"dan", "and", "atau", "or", "sama", "ama", "sm", "dgn", "vs"})
# Chinese-Indonesian family names, which open a name of one or two one-syllable given names.
_CHINESE_FAMILY_NAMES = frozenset(
    {"tan", "lim", "liem", "ong", "oei", "oey", "lie", "goh", "go", "tjoa", "gouw", "liong"}
    | {"tjhin", "thio", "tio", "njoo", "khoe", "kho", "tjan", "kwik", "kwee", "lauw", "siauw"}
    | {"phoa", "tjong", "tjia", "oen", "tjioe", "tjiong", "liauw", "ang", "yap", "wong"}
    | {"chan", "cheung", "leung", "lau", "chen", "wang", "zhang", "liu", "huang", "kwee"}
)
_NOT_SYLLABLES = _CONJUNCTIONS | {"ya", "yg", "yang", "di", "ke", "the", "in", "on", "at", "to"}
# One romanised Hokkien syllable: "Bun", "Kiat", "Liong", "Tjoen", "Hua".
_HOKKIEN_SYLLABLE = re.compile(r"[bcdfghjklmnprstwyz]{0,3}[aeiou]{1,3}(?:ng|[nkthmp])?")


def _syllable_between_names(text: str, toks: list[Token], k: int) -> bool:
    """A short capitalised word after a gazetteer name and before a name or an unknown word,
    even one that is also a word, is part of the name: Chinese given names ("Lim Kok Hua",
    "Tan Ai Ling")."""
    left, middle, right = toks[k - 1], toks[k], toks[k + 1]
    return (
        middle.capitalised
        and not middle.all_caps
        and len(middle.text) <= 3
        and left.capitalised
        and left.lower in NAMES
        and right.capitalised
        and not right.all_caps
        and (right.lower in NAMES or not (_blocked(right) or _english_word(right)))
        and middle.lower not in ORG_WORDS
        and middle.lower not in PLACES
        and middle.lower not in HONORIFICS
        and middle.lower not in _CONJUNCTIONS  # "Budi Dan Rina" are two
        and _joined(text, left, middle)
        and _joined(text, middle, right)
    )


def _chinese_given_names(text: str, toks: list[Token], i: int) -> int:
    """The index after the given names that follow a Chinese family name at ``toks[i]``:
    one-syllable capitalised words, even ordinary ones ("Tan Bun Kiat", "Lim Sen Hok")."""
    end = i + 1
    if not toks[i].capitalised or toks[i].lower not in _CHINESE_FAMILY_NAMES:
        return end
    while end < len(toks) and end - i <= 2:
        token = toks[end]
        if not (
            token.capitalised
            and not token.all_caps
            and _HOKKIEN_SYLLABLE.fullmatch(token.lower)
            and _PLAIN_GAP.fullmatch(text[toks[end - 1].end : token.start])
            and token.lower not in PLACES
            and token.lower not in _NOT_SYLLABLES
            and not _glued_to_digit(text, token)
        ):
            break
        end += 1
    return end


# Organisation words that start an address after a person's name rather than end a business.
_ADDRESS_STARTS = frozenset(
    {"jl", "jln", "jalan", "gg", "gang", "komplek", "kompleks", "komp", "perum", "perumahan"}
    | {"desa", "dusun", "kampung", "kelurahan", "kecamatan", "kabupaten"}
)


def _org_word_after(text: str, start: int, end: int) -> bool:
    """Whether an organisation word follows the name-like words at ``start:end``: a business
    named after its owner ("Maya Collection", "Lily's Bakery"; but "Sophia's school fee")."""
    possessive = _POSSESSIVE.match(text, end) is not None
    after = end + 2 if possessive else end
    following = tokens(text, after, min(len(text), after + 20))[:1]
    return bool(
        following
        and following[0].lower in ORG_WORDS
        # an address or a company after a person: "bu Marni Jl. Belimbing 2", "Hendra PT ..."
        and following[0].lower not in _ADDRESS_STARTS
        and following[0].lower not in _LEGAL_FORMS
        and (following[0].capitalised or not possessive)
        # a lower-case Indonesian word may just follow a name ("Budi toko ..."), and any
        # lower-case word a lower-case name ("namanya kevin smp 5")
        and (
            following[0].capitalised
            or (
                text[start].isupper()
                and following[0].lower not in LEXICON
                and following[0].lower not in COMMON
            )
        )
        and _PLAIN_GAP.fullmatch(text[after : following[0].start])
    )


def _in_organisation(text: str, start: int, end: int) -> bool:
    """Whether the name-like words at ``start:end`` are part of an organisation's name.

    An organisation word follows them ("Ray Properti") or, for words without name evidence,
    opens the capitalised words before them ("Klinik Pratama Sehat Sentosa", "kereta Argo
    Bromo Anggrek"; but "Partai Demokrat Anas Urbaningrum" is a person after a party).
    """
    if (
        _org_word_after(text, start, end)
        or _FIRM_AFTER.match(text, end)
        or _LEGAL_FORM_AFTER.match(text, end)
    ):
        return True
    if _after_legal_form(text, start):
        return True  # "PT Sinar Mas Abadi", "CV Budi Jaya": a company, whatever its words
    if _after_business_honorific(text, start, end):
        return True  # "Toko Pak Harjono", "Warung Makan Bu Tini": a business named after its owner
    if _named_after_saint_or_day(text, start):
        return True  # "paroki St. Yoseph", "dalam rangka Hari Kartini"
    if _NAMED_ROOM_BEFORE.search(text, max(0, start - 20), start) and _NUMBER_AFTER.match(
        text, end
    ):
        return True  # "kamar Khadijah 3", "Ruang Diponegoro 2": a room named after a person
    if _in_street_name(text, start):
        return True  # "Jl. Ahmad Yani", "Gg. Haji Umar": streets named after people
    if _named_after_person(text, start):
        return True
    words_in = tokens(text, start, end)
    if (
        len(words_in) > 1
        and words_in[0].lower in ORG_WORDS
        and not any(_name_evidence(t) for t in words_in[1:])
    ):
        return True  # a place's word that is also a name: "Tanjung Priok"
    if any(is_sure_name(t.text) or _name_shaped(t) for t in words_in):
        return False
    right = start
    before = tokens(text, max(0, start - 60), start)[-4:]
    # the rest of a place's name: "Labuan Bajo", or after a city: "Padang Bai"
    if (
        before
        and before[-1].capitalised
        and _PLAIN_GAP.fullmatch(text[before[-1].end : start])
        and (
            before[-1].lower in PLACES or f"{before[-1].lower} {text[start:end].lower()}" in PLACES
        )
    ):
        return True
    for token in reversed(before):
        if not _PLAIN_GAP.fullmatch(text[token.end : right]):
            return False
        if token.lower in ORG_WORDS:
            return True
        if not token.capitalised or token.lower in HONORIFICS:
            return False  # "rumah Tante Lany" is a person's home
        right = token.start
    return False


_TITLES_IN_NAMES = frozenset({"dr", "prof", "h", "hj", "kh", "ir", "st"})
# Health facilities, offices and halls, often named after a person ("RSUP Dr. Kariadi",
# "Klinik Gigi Sehat Ayu", "Kantor Notaris Sutanto", "Gedung Serbaguna Kartika").
_FACILITIES = frozenset(
    {"rs", "rsu", "rsud", "rsia", "rsup", "rspad", "rsal", "rsau", "rsj", "rsab", "rsk", "rsgm"}
    | {"rsb", "rumah", "klinik", "apotek", "apotik", "puskesmas", "optik", "lab", "laboratorium"}
    | {"kantor", "gedung", "aula", "balai", "wisma", "graha"}
)


def _named_after_person(text: str, start: int) -> bool:
    """Whether a name at ``start`` ends an institution named after a person: an organisation
    word, then a title or capitalised ordinary words ("RSUD Dr. Soetomo", "Rumah Sakit Mata
    Aini", "Klinik Gigi Sehat Ayu"). A name right after the organisation word ("rumah Budi",
    "Toko Budi") may be its owner and is not taken here."""
    right = start
    town = False  # a dish's town of origin: "Martabak Bangka Acong", "Soto Lamongan Cak Har"
    for between, token in enumerate(reversed(tokens(text, max(0, start - 60), start)[-5:])):
        gap = text[token.end : right]
        titled = token.lower in _TITLES_IN_NAMES and _DOT_GAP.fullmatch(gap) is not None
        if not titled and not _PLAIN_GAP.fullmatch(gap):
            return False
        if not token.capitalised:
            return False
        if between and ((token.lower in _FACILITIES and not town) or token.lower in _FOOD_STALLS):
            return True
        if token.lower in ORG_WORDS:
            return False  # "Partai Persatuan Pembangunan Hajrul Azwar": a person after a party
        town = town or (token.lower in PLACES and not titled)
        if not titled and not town and (token.lower in HONORIFICS or not _blocked(token)):
            return False  # "Bank Indonesia Mutiara Sibarani": a person after an institution
        right = token.start
    return False


# Dishes and stalls that open a food business's name, often with a town and the cook's name
# ("Martabak Bangka Acong", "Bakso Solo Pak Min", "Sate Madura Cak Ri").
_FOOD_STALLS = frozenset(
    {"martabak", "bakso", "sate", "soto", "nasi", "ayam", "mie", "bakmi", "gudeg", "pecel"}
    | {"rawon", "warung", "warteg", "kedai", "depot", "rm", "bebek", "kopi", "roti", "kue"}
)


def _after_legal_form(text: str, start: int) -> bool:
    """Whether capitalised words right before ``start`` begin with a company's legal form,
    or with a public institution's word, before a name that is then the institution's own
    ("SDIT Al Fikri", "Terminal Internasional I Gusti Ngurah Rai", "Stadion Gelora Bung Tomo");
    not a CV before an honorific, a person's curriculum vitae ("CV Kang Asep Saepudin")."""
    for token in _capitalised_before(text, start, 6):
        if token.lower in _LEGAL_FORMS or token.lower in _EPONYM_INSTITUTIONS:
            return not _curriculum_vitae(text, token)
    return False


def _curriculum_vitae(text: str, token: Token) -> bool:
    """Whether ``token`` is "CV" before an honorific: a person's curriculum vitae."""
    following = tokens(text, token.end, min(len(text), token.end + 12))[:1]
    return token.lower == "cv" and bool(following) and following[0].lower in HONORIFICS


# A company's legal form a few capitalised words after: "Feldmann Design GmbH",
# "Saigon Fresh Import JSC".
_LEGAL_FORM_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][A-Za-z&]*){0,3}[ \t]+(?:GmbH|Ltd|LLC|Inc|PLC|Pte|BV|NV|JSC|Corp|Tbk|AG"
    r"|Limited|Company|Holdings)\b"
)
# A law firm or a company named after its partners: "Lubis & Rekan", "Tan & Partners".
_FIRM_AFTER = re.compile(r"[ \t]*(?:&|dan|and)[ \t]+(?:Rekan|Partners?|Associates|Sons|Co)\b")
# A saint's name ("Santo Yakobus", "Sta. Maria"), and "St." after a parish's, a church's or a
# school's word ("paroki St. Yoseph"; but "– St. Bernard Manurung" is a church elder).
_SAINT_BEFORE = re.compile(
    r"\b(?:Santo|Santa|Sto\.|Sta\.|(?P<church>(?i:paroki|gereja|kapel|stasi|lingkungan|wilayah"
    r"|biara|kolese|asrama|sekolah|sd|smp|sma|smk|rs|yayasan)))[ \t]+(?P<st>St\.[ \t]*)?\Z"
)
# A day named after a hero: "dalam rangka Hari Kartini", "Selamat Hari Kartini".
_HOLIDAY_BEFORE = re.compile(
    r"\b(?i:rangka|peringatan|memperingati|selamat|merayakan|menyambut|perayaan|lomba)[ \t]+"
    r"(?P<day>Hari[ \t]+)?\Z"
)


def _named_after_saint_or_day(text: str, start: int) -> bool:
    """Whether a name at ``start`` (or "St."/"Hari" there, before one) is a saint's in a
    parish's name or a hero's in a holiday's."""
    saint = _SAINT_BEFORE.search(text, max(0, start - 40), start)
    if saint is not None and (not saint["church"] or saint["st"] or text.startswith("St.", start)):
        return True
    day = _HOLIDAY_BEFORE.search(text, max(0, start - 40), start)
    return day is not None and (day["day"] is not None or text.startswith("Hari ", start))


# A room or a hall named after a person, with its number: "kamar Khadijah 3", "Aula Hatta 2".
_NAMED_ROOM_BEFORE = re.compile(
    r"\b(?i:kamar|ruang|ruangan|aula|asrama|bangsal|paviliun|room|ward|hall)[ \t]+\Z"
)
_NUMBER_AFTER = re.compile(r"[ \t]+[A-Za-z]?\d{1,3}\b(?![.,:/-]?\d)")
# Words of a home, not a business: "Rumah Bu Yuyun" (but "Rumah Makan Bu Tini" is one).
_HOME_WORDS = frozenset({"rumah", "omah"})


def _after_business_honorific(text: str, start: int, end: int) -> bool:
    """Whether honorifics right before ``start`` follow a business's capitalised words: a
    business named after its owner ("Toko Pak Harjono", "Toko Emas Pak Haji Mahmud", "Klinik
    dr. Hendra"; but "ke rumah Bu Lestari", "tokonya Pak Harjono" name a person)."""
    right = start
    for token in reversed(tokens(text, max(0, start - 40), start)[-3:]):
        gap = text[token.end : right]
        if token.lower not in HONORIFICS and token.text != "H":
            break
        if not (_PLAIN_GAP.fullmatch(gap) or _DOT_GAP.fullmatch(gap)):
            break
        right = token.start
    if right == start:
        return False
    lodging = _LODGING_BEFORE.search(text, max(0, right - 12), right)
    if lodging is not None and (text[lodging.start()].isupper() or _ROOM_AFTER.match(text, end)):
        return True
    return _in_business_name(text, right)


# A boarding house named after its keeper: "Kost Bu Harjo", "kos bu harjo kamar 4" (but
# "penjaga kost mas Parjo", "bapak kos Doni" are the keepers themselves).
_LODGING_BEFORE = re.compile(r"\b(?i:kost?|indekos)[ \t]+\Z")
_ROOM_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:kamar|kmr|room)\b")


def _capitalised_before(text: str, start: int, count: int) -> list[Token]:
    """The capitalised words (at most ``count``) that run up to ``start``, nearest first."""
    run: list[Token] = []
    right = start
    for token in reversed(tokens(text, max(0, start - 12 * count), start)[-count:]):
        if not _PLAIN_GAP.fullmatch(text[token.end : right]) or not token.capitalised:
            break
        run.append(token)
        right = token.start
    return run


_STREET_WORDS = frozenset({"jl", "jln", "jalan", "gg", "gang"})


def _in_street_name(text: str, start: int) -> bool:
    """Whether capitalised words (or initials) right before ``start`` open with a street word
    ("Jl. Ahmad Yani", "Jl. H.R. Rasuna Said")."""
    right = start
    for token in reversed(tokens(text, max(0, start - 50), start)[-5:]):
        gap = text[token.end : right]
        dotted = _DOT_GAP.fullmatch(gap) is not None or gap == "."
        if token.lower in _STREET_WORDS:
            return _PLAIN_GAP.fullmatch(gap) is not None or dotted
        abbreviated = dotted and (token.initial or token.lower in _TITLES_IN_NAMES)
        if not token.capitalised or not (_PLAIN_GAP.fullmatch(gap) or abbreviated):
            return False
        right = token.start
    return False


def _sentence_start(text: str, toks: list[Token], i: int) -> bool:
    return i == 0 or _SENTENCE_GAP.search(text, toks[i - 1].end, toks[i].start) is not None


def _possible_unknown_name(token: Token) -> bool:
    """An unknown lower-case word that could still be a name.

    Not an affixed word ("barangnya", "kirimin"), and with two vowels at least: chat
    abbreviations ("bsk", "sdh", "udh", "brg") are not names.
    """
    lower = token.lower
    return (
        len(lower) >= 3
        and sum(ch in "aeiou" for ch in lower) >= 2
        # "-in" of a colloquial verb ("kirimin"), but not of a name ("zainuddin")
        and (not _NON_NAME_SUFFIX.search(lower) or _NAME_SHAPED.fullmatch(lower) is not None)
        and not _colloquial_verb(lower)
        and not _prefixed_word(lower)  # "dijemput", "pendaftar"
    )


# Jakarta chat's nasal prefix on a verb, and the first letter it replaces: "ngasih" (kasih),
# "ngambil" (ambil), "nyuruh" (suruh), "nitip" (titip), "makai" (pakai).
_NASAL_PREFIXES = (("ng", ("", "k")), ("ny", ("s", "c")), ("n", ("t",)), ("m", ("p",)))


def _colloquial_verb(lower: str) -> bool:
    """An unknown word made of a nasal prefix and an Indonesian verb."""
    for prefix, replaced in _NASAL_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 4 and rest[0] in "aeiou":
            return any(letter + rest in LEXICON for letter in replaced)
    return False


def _first_score(token: Token, cue: Cue | None) -> float | None:
    """Score of a name starting with ``token`` after ``cue`` (None: not a name)."""
    if cue is None or token.initial or _blocked(token) or token.lower in STOPWORDS:
        return None
    if not token.capitalised and (token.lower in _PARTICLES or token.lower in _SELF_PRONOUNS):
        return None  # "Opung boru ...", "Akang abdi" (my brother)
    sure, ambiguous_cap, ambiguous_lower, unknown_cap, unknown_lower = _SCORES[cue]
    lower = token.lower
    if lower in NAMES:
        if not _ambiguous(lower):
            return sure
        return ambiguous_cap if token.capitalised else ambiguous_lower
    if token.capitalised:
        if cue is Cue.SELF and _english_word(token):
            return None  # "I'm Happy", "- IT Support"
        # A short all-caps word after a weak cue is an acronym ("dari JNE").
        if token.all_caps and len(token.text) <= 4 and cue not in _STRONG_CUES:
            return None
        return unknown_cap
    return unknown_lower if _possible_unknown_name(token) else None


def _fits_after(first: Token, token: Token, cue: Cue) -> bool:
    """Whether ``token`` continues a name (found after ``cue``) that began with ``first``."""
    if token.initial:
        return first.capitalised
    if token.all_caps and len(token.text) <= 5 and not first.all_caps:
        return False  # an acronym after a name: "Naufal ADHD", "Budi BCA"
    if token.capitalised and token.lower in _CHINESE_FAMILY_NAMES and _known_first_name(first):
        return True  # "Rachel Wong" ("wong" is also a Javanese word)
    # After a known first name, a capitalised surname may look affixed ("Klaus Bergmann").
    if _blocked(token, shapes=not (_known_first_name(first) and token.capitalised)):
        return False
    lower = token.lower
    if token.capitalised:
        return first.capitalised or lower in NAMES or cue in _STRONG_CUES
    if first.capitalised:
        return False
    # A lower-case name ("rina", "siti nur aisyah"): more gazetteer names, or any
    # word that could be a name after a strong cue ("nama saya yuyun sulastri").
    if lower in NAMES:
        return is_sure_name(lower) or cue in (*_STRONG_CUES, Cue.HONORIFIC)
    return cue in _STRONG_CUES and _possible_unknown_name(token)


def _known_first_name(token: Token) -> bool:
    """A sure name or a capitalised foreign name: a surname after it may look like an
    affixed Indonesian word ("Annika Bergmann", "Yohanes Berchmans")."""
    return is_sure_name(token.text) or _foreign_name(token)


def _name_after_cue(text: str, toks: list[Token], i: int, cue: Cue) -> NameSpan | None:
    """The name that starts at ``toks[i]`` right after ``cue``, if there is one."""
    if cue is Cue.FORM:
        span = _form_value(text, toks, i)
        if span is not None:
            return span
    score = _first_score(toks[i], cue)
    if score is None and cue is Cue.SELF and _introduced(text, toks, i):
        score = _INTRODUCED_SCORE
    if score is None and cue is Cue.HONORIFIC and _rare_word_name(text, toks, i):
        score = _RARE_WORD_NAME_SCORE
    if score is None and cue is Cue.LABEL and _introduced(text, toks, i, label=True):
        score = _INTRODUCED_SCORE  # "... plat DD 5612 XM nama ical"
    if score is None and cue is Cue.SELF and _lower_full_name(text, toks, i):
        return NameSpan(toks[i].start, toks[i + 1].end, _INTRODUCED_SCORE)
    if score is None or (toks[i].text == "hari" and _DAY_AFTER.match(text, toks[i].end)):
        return None  # (a day: "dijemput Bapak/Ibu hari ini")
    end = i + 1
    while end < len(toks) and end - i < MAX_NAME_TOKENS:
        if _particle_at(text, toks, end):
            end += 2
        elif _joined(text, toks[end - 1], toks[end]) and _fits_after(toks[i], toks[end], cue):
            end += 1
        else:
            break
    end = max(end, _chinese_given_names(text, toks, i))
    if cue is Cue.FORM and toks[i].capitalised:
        end = _rest_of_form_line(text, toks, end)
        if any(t.capitalised and t.lower in ORG_WORDS for t in toks[i + 1 : end]):
            return None  # a place or a business: "for the driver: Alaya Resort, Jl. ..."
    elif _in_organisation(text, toks[i].start, toks[end - 1].end):
        return None  # "a.n. Helvetia Trading AG"
    # a speaker in a chat log after an honorific without a dot: "~ Bu Erlin: selamat ..."
    speaker = cue is Cue.HONORIFIC and toks[i].capitalised and toks[i - 1].end == toks[i].start - 1
    if (
        end == i + 1
        and not is_sure_name(toks[i].text)
        and _FIELD_LABEL_AFTER.match(text, toks[i].end)
        and not speaker
    ):
        return None  # a field label: "Pak. Ringkasan: ..."
    return NameSpan(toks[i].start, toks[end - 1].end, score)


_DAY_AFTER = re.compile(r"[ \t]+(?:ini|itu|ke|h|libur|kerja|raya|\d)", re.IGNORECASE)
# What a speaker says after their own name: "ini nofri mau tanya", "aku jeje yg kemarin".
_INTRO_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:mau|mo|ingin|pengen|pgn)[ \t]+(?:tanya|nanya|tny|order|pesan|pesen"
    r"|beli|konfirmasi|izin|ijin|daftar|komplain|cancel|batal|bayar|ambil)"
    r"|(?:yg|yang)[ \t]+(?:kemarin|kemaren|kmrn|td|tadi|pesan|pesen|order|beli|tinggal|dr|dari"
    r"|di)\b"
    # a verb or a relation right after the name: "sy anyelir pesen kue", "sy rahayu istrinya"
    r"|(?:pesan|pesen|order|beli|booking|daftar|titip)\b"
    r"|(?:istri|suami|ibu|mama|mamah|bunda|anak|adik|adek|kakak|ortu)(?:nya)?[ \t]+"
    r"|(?:kmr|kamar|blok|unit)[ \t]*[A-Za-z]?\d)",
    re.IGNORECASE,
)
_INTRODUCED_SCORE = 0.5
# Nothing but punctuation or emoji to the end of the message: "... yo, aku sekar 😁".
_MESSAGE_END = re.compile(r"(?:[^\w\s]|\s)*\Z")


def _introduced(text: str, toks: list[Token], i: int, *, label: bool = False) -> bool:
    """An unknown lower-case word after "saya"/"ini" (or, with ``label``, after "nama") that
    introduces the speaker, or a name that is also a word after "saya" ("sy ayu yg kmrn beli";
    but "ini bunga yg kemarin")."""
    token = toks[i]
    word_name = (
        token.lower in NAMES
        and token.lower not in _FUNCTION_WORDS
        and i > 0
        and (label or toks[i - 1].lower in _SELF_PRONOUNS)
    )
    return (
        not token.capitalised
        and (token.lower not in NAMES or word_name)
        and not _blocked(token)
        and not _english_word(token)
        and not _prefixed_word(token.lower)
        and _possible_unknown_name(token)
        and (
            _INTRO_AFTER.match(text, token.end) is not None
            or ((label or token.lower in NAMES) and _MESSAGE_END.match(text, token.end))
        )
    )


_RARE_WORD_NAME_SCORE = 0.5


def _rare_word_name(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word only the large dictionary knows, after a capitalised honorific:
    a short name that is also a rare word ("Kang Jaja", "Mbok Jum")."""
    token, lower = toks[i], toks[i].lower
    return (
        i > 0
        and toks[i - 1].capitalised
        and toks[i - 1].lower in HONORIFICS
        # a business's nickname for its owner: "Bengkel Jaya Motor Pak Kumis", "Sate Pak Kumis"
        and not _in_business_name(text, toks[i - 1].start)
        and token.capitalised
        and not token.all_caps
        and len(lower) >= 3
        and lower in LEXICON
        and not _english_word(token)
        and not any(lower in s for s in (COMMON, STOPWORDS, ORG_WORDS, PLACES, MEDICINES))
        and lower not in HONORIFICS
        and _AFFIXED_WORD.fullmatch(lower) is None
        and not _with_enclitic(lower)
        and not _derived_noun(lower)
        and not _prefixed_word(lower)
    )


def _in_business_name(text: str, start: int) -> bool:
    """Whether capitalised words right before ``start`` name a business: an organisation
    word among them, or a home's word opening two of them ("Rumah Makan", "Rumah Duka")."""
    run = _capitalised_before(text, start, 4)
    if run and run[-1].lower in _HOME_WORDS and len(run) > 1:
        return True
    return any(
        token.lower in ORG_WORDS and token.lower not in _HOME_WORDS
        for token in run
        if not _curriculum_vitae(text, token)
    )


_SELF_PRONOUNS = frozenset({"saya", "sy", "aku", "aq", "gue", "gw", "gua", "abdi"})


def _lower_full_name(text: str, toks: list[Token], i: int) -> bool:
    """Two lower-case gazetteer names after "saya", both also words: "sy indah lestari"."""
    pair = toks[i : i + 2]
    return (
        len(pair) == 2
        and i > 0
        and toks[i - 1].lower in _SELF_PRONOUNS
        and _joined(text, *pair)
        and all(
            not t.capitalised
            and t.lower in NAMES
            and t.lower not in STOPWORDS
            and t.lower not in HONORIFICS
            and t.lower not in _FUNCTION_WORDS
            for t in pair
        )
    )


_PREFIXES = (
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
    "ber",
    "ter",
    "meng",
    "mem",
    "men",
    "me",
    "di",
)


def _prefixed_word(lower: str) -> bool:
    """An Indonesian word made of a prefix and a known word: "pendatang", "perantau"."""
    return any(
        lower.startswith(prefix) and lower[len(prefix) :] in LEXICON
        for prefix in _PREFIXES
        if len(lower) - len(prefix) >= 4
    )


def _rest_of_form_line(text: str, toks: list[Token], end: int) -> int:
    """A form's name value runs to its line end if only capitalised words follow it there
    ("Nama: Andi Baso Tenri Angka": "Angka" is also a word)."""
    rest = end
    while (
        rest < len(toks)
        and rest < end + 3
        and toks[rest].capitalised
        and _joined(text, toks[rest - 1], toks[rest])
    ):
        rest += 1
    if rest > end and _LINE_END.match(text, toks[rest - 1].end):
        return rest
    return end


def _form_value(text: str, toks: list[Token], i: int) -> NameSpan | None:
    """An all-caps form value after a name label, up to the end of its line.

    Forms such as ID cards print names in capitals, and such a name may contain
    words that are ordinary words elsewhere ("DAN BROWN", "SUBUH HARI CAHYANTO").
    """
    while i < len(toks) and toks[i].lower in HONORIFICS:
        i += 1  # "Nama: DR. HASYIM" -> "HASYIM"
    end = i
    while end < len(toks) and toks[end].text.isupper() and end - i < MAX_FORM_VALUE_TOKENS:
        if end > i and not _joined(text, toks[end - 1], toks[end]):
            break
        end += 1
    if end == i or not toks[i].all_caps or not _LINE_END.match(text, toks[end - 1].end):
        return None
    return NameSpan(toks[i].start, toks[end - 1].end, _SCORES[Cue.FORM][0])


def cue_positions(text: str) -> dict[int, Cue]:
    """Offsets where a cue says a name may start, with the strongest cue there."""
    found: dict[int, Cue] = {}
    for cue, pattern in _CUE_PATTERNS:
        for match in pattern.finditer(text):
            at = match.end()
            if at >= len(text) or not text[at].isalpha():
                continue
            if pattern is _BARE_AN and not _bare_an_context(text, match.start()):
                continue
            here = cue
            if cue is Cue.HONORIFIC and _FROM_BEFORE.search(text, max(0, at - 30), at):
                here = Cue.WEAK
            closed = _CLOSED_CUES.get(match.group().strip().lower())
            if closed is not None and _closes_name(text, at):
                here = closed
            # a Batak clan's "boru" after the cue: "atas nama boru tobing" -> "tobing"
            clan = _CLAN_DAUGHTER.match(text, at)
            for place in (at, clan.end()) if clan else (at,):
                if found.get(place) is None or _CUE_RANK[here] > _CUE_RANK[found[place]]:
                    found[place] = here
    return found


_CLAN_DAUGHTER = re.compile(r"(?:boru|br)[ \t]+(?=[a-z])")


def _bare_an_context(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    start = max(line_start, at - 80)
    if _BARE_AN_CONTEXT.search(text, start, at) is None:
        return False
    # English text: "Order 123 contains an Apple Watch", "Room 12 has an Ocean view"
    if any(t.lower in _ENGLISH_MARKERS for t in tokens(text, start, at)):
        return False
    following = tokens(text, at, min(len(text), at + 40))[1:2]
    return bool(following) and not _english_word(following[0])


def _closes_name(text: str, at: int) -> bool:
    """Whether one to three words from ``at`` are followed by a closing word."""
    following = tokens(text, at, min(len(text), at + 60))[:3]
    for k, token in enumerate(following):
        if k and not _joined(text, following[k - 1], token):
            return False
        if _CLOSING.match(text, token.end):
            return True
    return False


def _capitalised_name(text: str, toks: list[Token], i: int) -> NameSpan | None:
    """A run of capitalised words from ``toks[i]`` with name evidence in it (no cue)."""
    first = toks[i]
    balinese = _balinese_name_start(text, toks, i)
    if (
        not first.capitalised
        or first.all_caps
        or first.initial
        or (_blocked(first) and not balinese)
    ):
        return None
    if _ORG_BEFORE.right_before(text, first.start):
        return None  # "Toko Sinar Jaya", "Masjid Agung", "Gunung Salak"
    previous = toks[i - 1] if i > 0 else None
    if (
        previous is not None
        and previous.capitalised
        and _joined(text, previous, first)
        and (_name_evidence(previous) or previous.lower in NAMES)
        and (
            _ORG_BEFORE.right_before(text, previous.start)
            or _in_organisation(text, previous.start, first.end)
        )
    ):
        return None  # "Alfamart Ahmad Yani", "RSUP Dr. Hasan Sadikin": the rest of its name
    end = i + 1
    while end < len(toks) and end - i < MAX_NAME_TOKENS:
        token = toks[end]
        if _particle_at(text, toks, end):
            end += 2
        elif (
            _joined(text, toks[end - 1], token)
            and (
                token.initial
                or (
                    token.capitalised
                    and not _blocked(token, shapes=not _known_first_name(toks[end - 1]))
                )
            )
            and not token.all_caps
            and not _glued_to_digit(text, token)
        ):
            end += 1
        else:
            break
    end = max(end, _chinese_given_names(text, toks, i))
    if toks[end - 1].initial:
        end -= 1
    run = toks[i:end]
    if len(run) > 1 and _english_word(first):
        return None  # a label or word before a name: "Employee Nicholas Hartono"
    if _COMPOUND_AFTER.match(text, run[-1].end):
        return None  # "Drop-off point"
    evidence = balinese or any(_name_evidence(t) for t in run) or _contact_line(text, run)
    if not evidence or " ".join(t.lower for t in run) in PLACES:
        return None
    if (
        len(run) == 1
        and _sentence_start(text, toks, i)
        and not is_sure_name(first.text)
        and _foreign_name(first)
    ):
        return None  # a foreign name alone at a sentence start may be a word ("Lander")
    if _in_organisation(text, first.start, run[-1].end) or _place_after_preposition(text, run):
        return None
    if len(run) > 1:
        score = _MULTI_WORD_SCORE
    elif _sentence_start(text, toks, i):
        score = _SENTENCE_START_SCORE
    else:
        score = _MID_SENTENCE_SCORE
    return NameSpan(first.start, run[-1].end, score)


# Where a place's name follows: "di gudang Maros", "kiriman dari Enrekang", "via Sembalun".
_PLACE_PREPOSITION = re.compile(
    r"\b(?i:di|ke|dari|via|menuju|arah|sampai|sampe|daerah|kawasan|wilayah|area|asal|gudang"
    r"|cabang|kec|kab|kel|kecamatan|kabupaten|kelurahan|kota|desa|dusun)\.?[ \t]+\Z"
)


def _place_after_preposition(text: str, run: list[Token]) -> bool:
    """One word that no Indonesian name list knows, after a word of place or direction: a
    town's name (the foreign gazetteer holds many: "Maros")."""
    return (
        len(run) == 1
        and not run[0].all_caps
        and run[0].lower not in NAMES
        and not _name_shaped(run[0])
        and _PLACE_PREPOSITION.search(text, max(0, run[0].start - 12), run[0].start) is not None
    )


# A mobile number, an identity number or an address right after a name and a separator:
# "Ardana, 0878 ...", "Yakobus Ndun – 0813 ...", "Sumirah, NIK 3471...", "Paiman - Gg. ...".
_CONTACT_AFTER = re.compile(
    r"[ \t]*[,\-–—|][ \t]*(?:(?:\+?62[ \t-]?|0)8\d"
    r"|(?i:nik|no\.?[ \t]*hp|hp|wa|telp|blok|jl|jln|jalan|gg|gang|rt|perum|komplek)\b)"
)
# A line's start, or an item's start in a numbered or bulleted list ("3. ", "- ").
_ITEM_START = re.compile(r"(?:\A|\n)[ \t]*(?:(?:\d{1,2}[.)]|[-•*])[ \t]*)?\Z")


def _contact_line(text: str, run: list[Token]) -> bool:
    """Capitalised words alone at a line's (or list item's) start, then a mobile or identity
    number: a contact ("Ardana, 0878 1234 5678", "2. Sumirah, NIK 3471...")."""
    return (
        _CONTACT_AFTER.match(text, run[-1].end) is not None
        and _ITEM_START.search(text, max(0, run[0].start - 40), run[0].start) is not None
        and not any(t.all_caps or t.lower in ENGLISH_WORDS for t in run)
    )


def _balinese_name_start(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised Balinese birth-order name before a capitalised unknown word: "Gede
    Ardana", "Made Arsawan" ("Gede" alone is also the word "big")."""
    first = toks[i]
    if i + 1 >= len(toks) or first.lower not in _BALINESE_ORDER:
        return False
    after = toks[i + 1]
    return (
        first.capitalised
        and not first.all_caps
        and _joined(text, first, after)
        and after.capitalised
        and not after.all_caps
        and not after.initial
        and not _blocked(after)
        and after.lower not in ENGLISH_WORDS  # "Made Sure"
    )


@lru_cache(maxsize=256)
def find_names(text: str) -> tuple[NameSpan, ...]:
    """Person names in ``text``: after cues, and capitalised names with gazetteer evidence."""
    toks = tokens(text)
    cues = cue_positions(text)
    found: list[NameSpan] = []
    i = 0
    while i < len(toks):
        if _glued_to_digit(text, toks[i]):
            i += 1
            continue
        cue = cues.get(toks[i].start)
        span = _name_after_cue(text, toks, i, cue) if cue is not None else None
        if span is None:
            span = _capitalised_name(text, toks, i)
        if span is None:
            i += 1
            continue
        # Initials before the name belong to it ("M. Rizky Ramadhan"), unless the name
        # follows an honorific ("H. Abdul Somad": "H." is haji).
        first = i
        while (
            # (nor after "A.N", whose letters are the cue)
            cues.get(toks[first].start) not in (Cue.HONORIFIC, Cue.STRONG)
            and first > 0
            and not _glued_to_digit(text, toks[first - 1])  # "kelas 3B. Raka"
            and (
                toks[first - 1].initial
                or toks[first - 1].text in _NAME_PREFIXES
                # Balinese "I Made Sudarsana": "I" only before a birth-order name
                or (toks[first - 1].text == "I" and toks[first].lower in _BALINESE_ORDER)
                # Butonese "La Ode Rusdin", "Wa Ode Sitti": "La", "Wa" only before "Ode"
                or (toks[first - 1].text in _BUTONESE_PREFIXES and toks[first].text == "Ode")
            )
            and _joined(text, toks[first - 1], toks[first])
            and (not found or toks[first - 1].start >= found[-1].end)
        ):
            first -= 1
        score = span.score
        if first < i and toks[first].text in _NAME_PREFIXES | _BUTONESE_PREFIXES | {"I"}:
            # "Ni Luh Putu Ayu", "I Wayan Sudarsana": the prefix confirms the name, and the
            # span must outrank spaCy's PERSON without the prefix, which it contains
            score = max(score, _PREFIXED_NAME_SCORE)
        found.append(NameSpan(toks[first].start, span.end, score))
        while i < len(toks) and toks[i].start < span.end:
            i += 1
    found.extend(_written_names(text))
    found.extend(_capital_letter_names(text, toks, found))
    found.extend(_lower_case_names(text, toks, found))
    found.extend(_sign_off(text, toks, found))
    found.extend(_listed_names(text, toks, found))
    found.extend(_addressed_names(text, toks, found))
    return tuple(sorted(found, key=lambda s: s.start))


# A greeting that addresses someone, then a comma or "!": "Hi Dan, ...", "Halo Melati!".
_GREETING_BEFORE = re.compile(
    r"(?i:\b(?:hi|hai|halo|hallo|hello|hey|dear|pagi|siang|sore|malam))[ \t]+\Z"
)
_ADDRESS_END = re.compile(r"[ \t]*[,!]")
# What only a person does, right after a name that is also a word: "Melati cuti ...",
# "Jaya udah izin", "Bunga bilang ...".
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:lagi|lg|sedang|sdg|udah|udh|sudah|sdh|mau|akan|baru|belum|blm|ga|gak"
    r"|nggak|tidak|td|tadi|kemarin|kmrn|barusan|juga|jg)[ \t]+)?"
    r"(?:cuti|izin|ijin|resign|bilang|blg|nanya|minta|melahirkan|lahiran|nikah|menikah"
    r"|opname|dirawat|telat|absen|wfh|sakit|pulang|datang|dateng|berangkat|bayar|transfer"
    r"|nelpon|telpon|ngomong|cerita|ngabarin|nanyain|meninggal"
    # a person's health: "Sekar alergi kepiting", "Intan demam dari semalam"
    r"|alergi|demam|pilek|batuk|muntah|mual|pingsan|kejang|hamil)\b",
    re.IGNORECASE,
)
# A person's role or department after a capitalised word: "Yohan bagian gudang",
# "Sisca (CS)", "Ferry dari divisi IT".
_ROLE_AFTER = re.compile(
    r"[ \t]*\((?:cs|admin|finance|hrd?|kasir|kurir|sales|marketing|gudang|owner|manager|spv"
    r"|supervisor|driver|sopir|teknisi|akunting|accounting|keuangan|satpam|security)\)"
    r"|[ \t]+(?:(?:dari|di)[ \t]+)?(?:bagian|divisi|departemen|dept)\b"
    # a relative of theirs in English: "Danu's dad", "Arka's teacher"
    r"|['’]s[ \t]+(?:mom|mum|mother|dad|father|parents?|son|daughter|wife|husband|brother"
    r"|sister|kid|child|baby|teacher|nanny|friend|boss)\b",
    re.IGNORECASE,
)
_ADDRESSED_SCORE = 0.6
# A request right after a name that opens a message: "yanti, ...", "rudi tolong ...".
_CALLED_AFTER = re.compile(r"[ \t]*,|[ \t]+(?:tolong|tlg|coba|mohon|jangan|jgn)\b", re.I)


def _addressed_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Names known by what surrounds them: a greeting ("Hi Dan,"), a person's doing ("Melati
    cuti melahirkan"), a person's role ("Yohan bagian gudang")."""
    return [
        NameSpan(t.start, t.end, _ADDRESSED_SCORE)
        for t in toks
        if (_role_follows(text, t) or _greeted_or_acting(text, t)) and _free(found, t.start, t.end)
    ]


def _greeted_or_acting(text: str, token: Token) -> bool:
    """A capitalised gazetteer name that is also a word, after a greeting or before a
    person's doing; or a sure name in lower case before a person's doing ("bayu td nelpon")."""
    lower = token.lower
    if not token.capitalised:
        # or called at the start of a message: "yanti tolong bilangin ke ucok ..."
        called = token.start < 20 and not text[: token.start].strip()
        called = called and _CALLED_AFTER.match(text, token.end)
        return (
            is_sure_name(lower)
            and lower not in _FUNCTION_WORDS
            and lower not in _BALINESE_ORDER
            and (_PERSON_VERB_AFTER.match(text, token.end) is not None or bool(called))
        )
    if (
        token.all_caps
        or len(lower) < 3
        or (lower not in NAMES and lower not in FOREIGN_NAMES)
        or lower in STOPWORDS
        or lower in HONORIFICS
        or lower in PLACES
        or lower in ENGLISH_WORDS
    ):
        return False
    if _GREETING_BEFORE.search(text, max(0, token.start - 12), token.start) and (
        _ADDRESS_END.match(text, token.end)
    ):
        return True
    # "Dan bilang ...": an English name that is an Indonesian word needs a greeting, and a
    # Balinese birth-order name alone is also a word ("td Gede bilang")
    return (
        lower in NAMES
        and lower not in _BALINESE_ORDER
        and _PERSON_VERB_AFTER.match(text, token.end) is not None
    )


# A speaker naming themself in English: "Oskar here.", "Hi, Dita here!"
_HERE_AFTER = re.compile(r"[ \t]+here[ \t]*[.!,]", re.IGNORECASE)
# A name called at the end of a wish or request: "lekas pulih ya Odelia!", "makasih ya Odi."
_VOCATIVE_BEFORE = re.compile(r"\b(?i:ya|yah|yaa|yuk|dong|deh)[ \t]+\Z")
_VOCATIVE_AFTER = re.compile(r"[ \t]*(?:[!?.,]|\Z)")


def _role_follows(text: str, token: Token) -> bool:
    """An unknown capitalised word (or a name) before a person's role ("Yohan bagian
    gudang"), before "here" ("Oskar here."), or called after "ya" ("pulih ya Odelia!")."""
    called = _VOCATIVE_BEFORE.search(
        text, max(0, token.start - 8), token.start
    ) and _VOCATIVE_AFTER.match(text, token.end)
    return (
        token.capitalised
        and not token.all_caps
        and len(token.text) >= 3
        and (token.lower in NAMES or not _blocked(token))
        and not _english_word(token)
        and token.lower not in PLACES
        and token.lower not in STOPWORDS
        and token.lower not in HONORIFICS
        and (
            _ROLE_AFTER.match(text, token.end) is not None
            or _HERE_AFTER.match(text, token.end) is not None
            or bool(called)
        )
    )


def _free(found: list[NameSpan], start: int, end: int) -> bool:
    return not any(s.start < end and start < s.end for s in found)


def _capital_letter_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Names written in capitals: "NUR AISYAH BINTI AHMAD", "MOHD HAFIZ BIN RAZAK", or a line
    holding nothing but a name ("SUMARNI")."""
    spans = []
    i = 0
    while i < len(toks):
        end = i
        while (
            end < len(toks)
            and toks[end].all_caps
            and end - i < MAX_FORM_VALUE_TOKENS
            and (end == i or _joined(text, toks[end - 1], toks[end]))
        ):
            end += 1
        run = toks[i:end]
        names = [t for t in run if _caps_name(t)]
        alone = (
            run
            and _LINE_START.search(text, max(0, run[0].start - 40), run[0].start) is not None
            and _LINE_END.match(text, run[-1].end) is not None
            and len(names) == len(run)
            and any(is_sure_name(t.text) for t in run)
        )
        # one word may be unknown if two are names: "MOHD HAFIZ BIN RAZAK"
        unknown = [t for t in run if not _caps_name(t) and t.lower not in _CAPS_PARTICLES]
        listed = len(names) >= 2 and len(unknown) <= 1 and not any(_blocked(t) for t in unknown)
        # a sure given name and an unknown surname: "WAYAN SUDIARTA", "RATIH PRAMESWARI"
        paired = (
            len(run) == 2
            and is_sure_name(run[0].text)
            and unknown == [run[1]]
            and len(run[1].text) >= 4
            and not _blocked(run[1])
            and not _english_word(run[1])
            and run[1].lower not in FOREIGN_NAMES | ENGLISH_WORDS
        )
        listed = listed or paired or _caps_name_in_lower_text(text, toks, i, end)
        if run and (alone or listed) and _free(found, run[0].start, run[-1].end):
            spans.append(NameSpan(run[0].start, run[-1].end, _CAPS_NAME_SCORE))
        i = max(end, i + 1)
    return spans


def _caps_name_in_lower_text(text: str, toks: list[Token], i: int, end: int) -> bool:
    """A sure name alone in capitals among lower-case words: "yg ambil nanti WULANDARI ya"."""
    neighbours = toks[max(0, i - 1) : i] + toks[end : end + 1]
    return (
        end == i + 1
        and len(toks[i].text) >= 4
        and is_sure_name(toks[i].text)
        and not _glued_to_digit(text, toks[i])  # a code: "kode SANTI10"
        and not _CODE_BEFORE.search(text, max(0, toks[i].start - 30), toks[i].start)
        and bool(neighbours)
        and all(t.text.islower() for t in neighbours)
    )


def _caps_name(token: Token) -> bool:
    lower = token.lower
    return (lower in NAMES or lower in FOREIGN_NAMES or lower in _CAPS_NAME_PARTS) and not (
        lower in STOPWORDS
        or lower in PLACES
        or lower in ORG_WORDS
        or lower in HONORIFICS
        or (lower not in NAMES and (lower in COMMON or lower in LEXICON))
    )


def _lower_case_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """Two or three gazetteer names in lower case, one of them sure: "dewi anggraini"; and
    a Batak name in lower case: "butet br siahaan"."""
    spans = _lower_case_batak_names(text, toks, found)
    i = 0
    while i < len(toks):
        end = i
        while (
            end < len(toks)
            and not toks[end].capitalised
            and toks[end].lower in NAMES
            and toks[end].lower not in STOPWORDS
            and toks[end].lower not in COMMON
            and end - i < 3
            and (end == i or _joined(text, toks[end - 1], toks[end]))
        ):
            end += 1
        run = toks[i:end]
        if (
            len(run) >= 2
            and sum(is_sure_name(t.text) for t in run) >= 1
            and all(is_sure_name(t.text) or t.lower not in LEXICON for t in run)
            and _free(found, run[0].start, run[-1].end)
        ):
            spans.append(NameSpan(run[0].start, run[-1].end, _LOWER_NAMES_SCORE))
        i = max(end, i + 1)
    return spans


def _lower_case_batak_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """A given name, "br"/"boru" and a gazetteer surname in lower case: "butet br siahaan"."""
    spans = []
    for k in range(1, len(toks) - 1):
        given, particle, surname = toks[k - 1], toks[k], toks[k + 1]
        if (
            particle.text in ("br", "boru")
            and not given.capitalised
            and not surname.capitalised
            and is_sure_name(surname.text)
            and (given.lower in NAMES or not _blocked(given))
            and given.lower not in _FUNCTION_WORDS
            and _PLAIN_GAP.fullmatch(text, given.end, particle.start)
            and _PLAIN_GAP.fullmatch(text, particle.end, surname.start)
            and _free(found, given.start, surname.end)
        ):
            spans.append(NameSpan(given.start, surname.end, _LOWER_NAMES_SCORE))
    return spans


# Between the items of a list of names: "Andi, Bunga, Citra dan Dodi".
_LIST_GAP = re.compile(
    r"(?:[ \t]*(?:,|&|/)[ \t]*(?:(?:dan|and|&|sama)[ \t]+)?|[ \t]+(?:dan|and|&|sama)[ \t]+)"
    # an honorific before an item: "Dimas, Sekar sama om Benny"
    rf"(?i:(?:{_HONORIFIC_PATTERN})[ \t]+)?"
)
# Between the lines of a list: the rest of a line after a dash or comma, a line break, a list
# marker, a label ("Senin: Darto, Eko\nSelasa: Slamet", "1. Paijo - Gg. Melati\n2. Lasmini");
# an item after it must end its line or be followed by another item or a dash.
_LIST_LINE_GAP = re.compile(
    r"(?:[ \t]*[-–—,(+][^\n]*|[ \t]+\d[^\n]*)?[ \t]*\n[ \t]*(?:(?:\d{1,2}[.)]|[-•*])[ \t]*)?"
    r"(?:[^\W\d_]+[ \t]*:[ \t]*)?"
)
# (or an amount: "- dewi 4,2jt\n- anton 3,8jt")
_ITEM_END = re.compile(r"[ \t]*(?:[,&/\n\-–—(:+]|(?:dan|and)\b|\Z)|[ \t]+\d")
_MIN_LIST_ITEMS = 3


def _listed_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """The other items of a list of names in which most are names: "piket: Andi, Bunga,
    Citra, Dodi" ("Bunga", "Citra" are also words), "Ojak, Nurdin, Lim Swie Hok, Yudhistira",
    "1. Nayla Salsabila\n2. Rafka Arrayan", "BAYU, DIMAS, RANGGA, UCOK"."""
    spans: list[NameSpan] = []
    i = 0
    while i < len(toks):
        if not (toks[i].capitalised or toks[i].lower in NAMES) or (
            toks[i].lower not in NAMES and (_blocked(toks[i]) or toks[i].lower in PLACES)
        ):
            i += 1  # no list of names starts here: "isi ya:\n1. Andika", "YOGYAKARTA 55581"
            continue
        items = [_list_item(text, toks, i, found)]
        while (item := _next_item(text, toks, items[-1], found)) is not None and (
            toks[item[0]].capitalised or toks[item[0]].lower in NAMES
        ):
            items.append(item)
        i = items[-1][1] + 1
        firsts = [toks[a] for a, _ in items]
        if len(items) < _MIN_LIST_ITEMS or not all(
            t.capitalised or t.lower in NAMES for t in firsts
        ):
            continue
        named = [
            (a, b)
            for a, b in items
            if not _free(found, toks[a].start, toks[b].end) or is_sure_name(toks[a].text)
        ]
        if 2 * len(named) < len(items):
            continue
        in_capitals = all(t.all_caps for t in firsts)
        for a, b in items:
            t = toks[a]
            if (
                (in_capitals or not t.all_caps)
                and len(t.text) >= 3
                and not _english_word(t)
                # a name that is also a town's among names: "Bima, Clarissa, Ahmad"
                and (t.lower not in PLACES or t.lower in NAMES)
                and t.lower not in ORG_WORDS
                and t.lower not in _FUNCTION_WORDS
                and not _blocked(t)
                and _free(found, t.start, toks[b].end)
            ):
                spans.append(NameSpan(t.start, toks[b].end, _LISTED_NAME_SCORE))
    return spans


def _list_item(text: str, toks: list[Token], k: int, found: list[NameSpan]) -> tuple[int, int]:
    """The first and last word of the list item at ``toks[k]``: a found name, or a word and
    the capitalised words after it ("Rafka Arrayan")."""
    last = k
    for span in found:
        if span.start <= toks[k].start < span.end:
            while last + 1 < len(toks) and toks[last + 1].end <= span.end:
                last += 1
            return k, last
    while (
        last + 1 < len(toks)
        and last - k < 2
        and toks[k].capitalised
        and len(toks[last + 1].text) > 1
        and toks[last + 1].capitalised
        and toks[last + 1].all_caps == toks[k].all_caps
        and _PLAIN_GAP.fullmatch(text[toks[last].end : toks[last + 1].start])
        and not _blocked(toks[last + 1])
        and not _english_word(toks[last + 1])
    ):
        last += 1
    return k, last


def _next_item(
    text: str, toks: list[Token], item: tuple[int, int], found: list[NameSpan]
) -> tuple[int, int] | None:
    """The list item after ``item``, if there is one."""
    end = toks[item[1]].end
    j = item[1] + 1
    gap = _LIST_GAP.match(text, end)
    if gap is not None and (k := _token_at(toks, j, gap.end())) is not None:
        return _list_item(text, toks, k, found)  # after a conjunction: "Sekar sama om Benny"
    gap = _LIST_LINE_GAP.match(text, end)
    if gap is None or (k := _token_at(toks, j, gap.end())) is None:
        return None  # (the label of the next line is skipped)
    following = _list_item(text, toks, k, found)
    return following if _ITEM_END.match(text, toks[following[1]].end) else None


def _token_at(toks: list[Token], j: int, at: int) -> int | None:
    """The index (``j`` or later) of the word starting at offset ``at``, if there is one."""
    while j < len(toks) and toks[j].start < at:
        j += 1
    return j if j < len(toks) and toks[j].start == at else None


def _sign_off(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """A name alone at the end of a message: "... lebih cepat? nadia", "🙏 Anyi",
    "... TURUN YA. SURYADI J&T"."""
    for signer in toks[-3:]:
        # the writer's role first: "~ admin yusuf", "💕 admin Ayu"
        role = _SIGN_OFF_ROLE.search(text, max(0, signer.start - 20), signer.start)
        before = role.start() if role else signer.start
        apart = (
            role is not None
            or _SIGN_OFF_APART.search(text, max(0, before - 40), before) is not None
        )
        if (
            _sign_off_end(text, signer.end)
            and _SIGN_OFF_BEFORE.search(text, max(0, before - 40), before) is not None
            and _signer(signer, apart=apart)
            and _free(found, signer.start, signer.end)
        ):
            return [NameSpan(signer.start, signer.end, _SIGN_OFF_SCORE)]
    return []


_SIGN_OFF_ROLE = re.compile(rf"(?<![\w])(?i:{_SIGNATURE_ROLE})[ \t]+\Z")
# The writer's town after a signature: "nining - bekasi", "Rina, Depok".
_TOWN_AFTER = re.compile(r"[ \t]*[-–—,/][ \t]*(?P<town>[^\W\d_]+)")


def _sign_off_end(text: str, end: int) -> bool:
    """Whether only what may follow a signature comes after ``end``: a company's acronym, a
    role, a room, a town, then punctuation and emoji."""
    town = _TOWN_AFTER.match(text, end)
    if town is not None and town["town"].lower() in PLACES:
        end = town.end()
    return _SIGN_OFF_AFTER.fullmatch(text, end) is not None


_FUNCTION_WORDS = words("chat_words.txt") | _STOP_WORDS


def _signer(token: Token, *, apart: bool) -> bool:
    """Whether a word signing a message off is a name. Set ``apart`` by a line break or an
    emoji, it may also be a name that is a word ("dewi") or an unknown word ("ucup")."""
    if is_sure_name(token.text) or _sign_off_name(token, lexicon=apart):
        return True
    return (
        apart
        and not token.all_caps
        and token.lower not in NAMES
        and not _blocked(token)
        and not _english_word(token)
        and _possible_unknown_name(token)
    )


def _sign_off_name(token: Token, *, lexicon: bool = False) -> bool:
    """A gazetteer name that is also a word, but no function word ("tiara"), nor (unless
    ``lexicon``) an Indonesian word ("dewi"): a name when it signs a message off."""
    lower = token.lower
    return (
        lower in NAMES
        and len(lower) >= 4
        and (lexicon or lower not in LEXICON)
        and lower not in STOPWORDS
        and lower not in HONORIFICS
        and lower not in PLACES
        and lower not in _FUNCTION_WORDS
        and lower not in ENGLISH_WORDS
    )


# Syllables of romanised Korean given names, written with a hyphen: "Ji-hoon", "Seo-yeon".
_KOREAN_SYLLABLES = (
    "ah|bin|bo|bum|chae|chan|cheol|chul|dae|do|dong|eun|geun|gi|gyu|ha|hae|han|hee|ho|hoon|hun"
    "|hwa|hwan|hye|hyo|hyuk|hyun|in|jae|je|ji|jin|jong|joo|ju|jun|jung|kwang|kyu|kyung|mi|min"
    "|myung|na|nam|ra|ri|rin|sang|se|seo|seok|seon|seong|seul|seung|so|sol|soo|sook|su|suk|sun"
    "|sung|tae|won|woo|wook|woong|yeol|yeon|yeong|yong|young|yu|yul|yun"
)
# A Korean given name, after its family name when there is one: "Park Ji-hoon", "Hye-jin".
_KOREAN_NAME = re.compile(
    r"(?<![\w-])(?:(?:Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon"
    r"|Hwang|Ahn|Song|Yoo|Hong|Moon|Baek|Ryu|Nam|Bae)[ \t]+)?"
    rf"(?P<first>(?i:{_KOREAN_SYLLABLES}))-(?P<second>{_KOREAN_SYLLABLES})(?![\w-])"
)
_KOREAN_NAME_SCORE = 0.75


def _written_names(text: str) -> list[NameSpan]:
    """Names in fixed notations: tickets ("SARAGIH/RONALDO MR"), Korean given names with
    their hyphen ("Ji-hoon") and user names of two names."""
    found = [NameSpan(*m.span(), _TICKET_NAME_SCORE) for m in _TICKET_NAME.finditer(text)]
    for match in _KOREAN_NAME.finditer(text):
        # "Min-jun", not "so-so" nor a lower-case compound
        if match["first"][0].isupper() and match["first"].lower() != match["second"]:
            found.append(NameSpan(*match.span(), _KOREAN_NAME_SCORE))
    for match in _HANDLE.finditer(text):
        first, last = match.group(1).lower(), match.group(2).lower()
        known = first in NAMES and last in NAMES
        # "@yuliana.piliang", "IG: rina_putri": a user name after "@" or a user-name label
        marked = match.group().startswith("@") or _HANDLE_LABEL.search(
            text, max(0, match.start() - 16), match.start()
        )
        sure = is_sure_name(first) or is_sure_name(last)
        # a sure first name, an underscore and any word: "rendi_keren", "sinta_cantik99"
        named = is_sure_name(first) and "_" in match.group() and len(last) >= 3
        # after "@" a gazetteer name that is also a word is a user's name: "@ayu_lestari"
        if (sure and (known or marked)) or named or (match.group().startswith("@") and known):
            start = match.start() + match.group().startswith("@")
            found.append(NameSpan(start, match.end(), _HANDLE_SCORE))
    for match in _AT_HANDLE.finditer(text):
        # "@nabilaputri", "@dewi.ayu.arisan": a user name holding a name after "@"
        if _named_handle(match["handle"].lower()) and _free(found, *match.span("handle")):
            found.append(NameSpan(*match.span("handle"), _HANDLE_SCORE))
    for match in _MENTION.finditer(text):
        word = match.group(1).lower()
        if (word in NAMES or word in FOREIGN_NAMES) and not (
            word in STOPWORDS or word in ORG_WORDS or word in HONORIFICS
        ):
            found.append(NameSpan(*match.span(1), _HANDLE_SCORE))
    for match in _DEVICE_NAME.finditer(text):
        owner = Token(*match.span("name"), match["name"])
        if owner.lower in NAMES or not (_blocked(owner) or _english_word(owner)):
            found.append(NameSpan(owner.start, owner.end, _HANDLE_SCORE))
    for match in _HAN_NAME.finditer(text):
        before = match["before"]
        if before[0].isupper() and (before.lower() in NAMES or before.lower() in FOREIGN_NAMES):
            found.append(NameSpan(*match.span("name"), _HANDLE_SCORE))
    for match in _LABELLED_HANDLE.finditer(text):
        if _named_handle(match.group("handle").lower()) and _free(found, *match.span("handle")):
            found.append(NameSpan(*match.span("handle"), _HANDLE_SCORE))
    return found


# A name in Chinese characters in brackets after its romanised form: "Zhang Wei (张伟)".
_HAN_NAME = re.compile(r"(?P<before>[A-Za-z]+)[ \t]*\((?P<name>[\u4e00-\u9fff]{2,4})\)")


def _named_handle(handle: str) -> bool:
    """A user name holding a name: "rizkyananda", "dewiputri88", "nadiaputri_sp", "budi.s"."""
    if "." not in handle and "_" not in handle and len(handle.rstrip("0123456789")) < 6:
        return False
    return any(
        is_sure_name(part) or _two_names(part)
        for part in _HANDLE_PARTS.split(handle)
        if len(part) >= 3
    )


def _two_names(word: str) -> bool:
    """A user name made of two names written together: "rizkyananda", "dewiputri88"."""
    word = word.rstrip("0123456789")
    for cut in range(3, len(word) - 2):
        first, last = word[:cut], word[cut:]
        if first in NAMES and last in NAMES and (is_sure_name(first) or is_sure_name(last)):
            return True
    return False


class IndonesianNameRecognizer(LocalRecognizer):
    """PERSON names from Indonesian cues and the name gazetteer."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="IndonesianNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult(PERSON, s.start, s.end, s.score, recognition_metadata=dict(metadata))
            for s in find_names(text)
        ]


def clean_person_entities(text: str, entities: list[Entity]) -> list[Entity]:
    """Trim and drop PERSON results that are not names (mostly spaCy's on Indonesian words).

    This module's own names are kept as found. Any other PERSON span is cut into
    runs of words that can be part of a name (no honorific, Indonesian word,
    stopword, place or organisation word; no punctuation between them); a run is
    kept if it has name evidence, or is capitalised and not only ambiguous names
    and places, or follows a cue. PERSON spans overlapping an ADDRESS or MEDICAL, and runs
    after an organisation word ("Toko Sinar Jaya") or a birthplace label are dropped.
    """
    # a PERSON over an address or a medication ("Sertraline 50 mg") is not a name
    addresses = [e for e in entities if e.type in ("ADDRESS", "MEDICAL")]
    entities = [e for e in entities if e.type != PERSON or not _after_animal(text, e.start)]
    own_spans = find_names(text)
    own = {(s.start, s.end) for s in own_spans}
    cues: dict[int, Cue] | None = None
    result: list[Entity] = []
    for entity in entities:
        if entity.type != PERSON:
            result.append(entity)
            continue
        if any(entity.overlaps(a) for a in addresses):
            continue
        if (entity.start, entity.end) in own:
            result.append(entity)
            continue
        for run in _name_runs(text, entity.start, entity.end):
            start = run[0].start
            if any(s.start <= start and run[-1].end <= s.end for s in own_spans):
                continue  # part of this module's longer name: "Kwee Liang Hwa"
            if (
                _ORG_BEFORE.right_before(text, start)
                or _PLACE_LABEL_BEFORE.right_before(text, start)
                or _in_organisation(text, start, run[-1].end)
            ):
                continue
            if (
                len(run) == 1
                and _FIELD_LABEL_AFTER.match(text, run[0].end)
                and not is_sure_name(run[0].text)
            ):
                continue  # a form's field label: "Passport:", "Ringkasan:", "Card no:"
            if len(run) <= 2 and all(_english_word(t) for t in run):
                continue  # "Master", "Upgrade", "Building Management"
            if _english_word(run[0]) and not any(_name_evidence(t) for t in run[1:]):
                continue  # a word before names that are words too: "Batch Juli", "Yamaha Putra"
            if _place_after_preposition(text, run):
                continue  # "kiriman dari Enrekang"
            if _COMPOUND_AFTER.match(text, run[-1].end):
                continue  # the first half of a compound word: "Drop-off", "Check-in"
            if run[0].all_caps and _CODE_BEFORE.search(text, max(0, start - 30), start):
                continue  # a promo or voucher code: "pakai kode HEMATJUNI"
            if not _has_evidence(run):
                if cues is None:
                    cues = cue_positions(text)
                if start not in cues or _first_score(run[0], cues[start]) is None:
                    continue
            result.append(Entity(PERSON, start, run[-1].end, entity.score))
    result += _swallowed_names(text, result, addresses)
    return result + _more_mentions(text, result)


def _swallowed_names(text: str, kept: list[Entity], others: list[Entity]) -> list[Entity]:
    """This module's names that a longer spaCy PERSON swallowed (Presidio drops a span inside
    a same-type span of a higher score) when that span was then dropped or trimmed away:
    "dari Tono warga Gg. ..." over an address, "Acil kejang" over a symptom."""
    added: list[Entity] = []
    for span in find_names(text):
        if any(e.start < span.end and span.start < e.end for e in kept if e.type == PERSON):
            continue
        if any(o.start < span.end and span.start < o.end for o in others):
            continue
        if _after_animal(text, span.start):
            continue
        added.append(Entity(PERSON, span.start, span.end, span.score))
    return added


def _more_mentions(text: str, entities: list[Entity]) -> list[Entity]:
    """Names joined to a found name ("Ethan & Lily", "Budi dan Rina"), and the other mentions
    of a found name's words in the same text ("Koshi Inaba ... Inaba yang ...")."""
    persons = [e for e in entities if e.type == PERSON]
    if not persons:
        return []
    taken = sorted((e.start, e.end) for e in entities)
    added: list[Entity] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            a.start < end and start < a.end for a in added
        )

    known = set()
    for person in persons:
        words_in = tokens(text, person.start, person.end)
        for token in words_in:
            # a word of a two-word name, a name with evidence, or a name that is also a word
            # after a sure cue ("anak sy Melati ... ulang tahun Melati") is the same person
            if _mention_word(token) and (
                len(words_in) >= 2
                or _name_evidence(token)
                or token.lower not in NAMES  # an unknown word is no ordinary word
                or person.score >= _CUED_SCORE
            ):
                known.add(token.text)
        before = _JOINED_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is not None and free(before.start("name"), before.end("name")):
            token = tokens(text, before.start("name"), before.end("name"))[0]
            if not token.capitalised:
                # a lower-case name before a lower-case one: "tono sama rudi"
                if is_sure_name(token.text) and not text[person.start].isupper():
                    added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
            elif (
                len(token.text) >= 3
                and not token.all_caps
                and not _blocked(token, shapes=False)
                and not _english_word(token)
                and (
                    token.lower in NAMES
                    or token.lower in FOREIGN_NAMES
                    or _name_shaped(token)
                    or _SENTENCE_GAP.search(text[max(0, token.start - 3) : token.start]) is None
                    and token.start > 0
                )
            ):
                added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
        joined = _JOINED_NAME.match(text, person.end)
        if joined is not None:
            toks = tokens(text, joined.end(), min(len(text), joined.end() + 40))
            run = []
            for token in toks:
                if run and not _joined(text, run[-1], token):
                    break
                lower_name = (
                    not token.capitalised
                    and not text[person.start].isupper()
                    and is_sure_name(token.text)
                )  # "atas nama thomas aquino & bernadeta"
                if not lower_name and (
                    not token.capitalised or token.all_caps or _blocked(token, shapes=False)
                ):
                    break
                run.append(token)
            if (
                run
                and run[0].start == joined.end()
                and len(run[0].text) >= 3
                and free(run[0].start, run[-1].end)
            ):
                added.append(Entity(PERSON, run[0].start, run[-1].end, _MENTION_SCORE))
    if known:
        lower_known = {w.lower() for w in known if _plain_lower_mention(w.lower())}
        toks = tokens(text)
        for k, token in enumerate(toks):
            if (
                (token.text in known or token.text in lower_known)
                and free(token.start, token.end)
                # the owner's name again in the business's: "Wisma Melati ... bu Melati",
                # "a.n Maya Angelina ... akun toko a.n Maya Collection", "Toko Bu Endang"
                and not _ORG_BEFORE.right_before(text, token.start)
                and not _org_word_after(text, token.start, token.end)
                and not _after_business_honorific(text, token.start, token.end)
                # a name that is also a month's, opening a sentence: "Bu Mei ... Mei nanti"
                and not (token.lower in _MONTHS and _sentence_start(text, toks, k))
            ):
                added.append(Entity(PERSON, token.start, token.end, _MENTION_SCORE))
    return added


_MONTHS = frozenset(
    {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september"}
    | {"oktober", "november", "desember", "march", "may", "june", "july", "august"}
)


def _plain_lower_mention(lower: str) -> bool:
    """Whether a found name may come back in lower case ("Pak Joko ... joko bawa kunci"):
    only when that lower-case word is no ordinary word ("Bu Indah ... indah sekali")."""
    return (
        len(lower) >= 4
        and lower not in COMMON
        and lower not in LEXICON
        and lower not in STOPWORDS
        and lower not in ENGLISH_WORDS
        and lower not in _FAMILY_NAMES  # a clan or family named in lower case: "marga lubis"
    )


def _english_word(token: Token) -> bool:
    lower = token.lower
    # also a plural: "Tickets", "Orders"
    english = lower in ENGLISH_WORDS or (lower.endswith("s") and lower[:-1] in ENGLISH_WORDS)
    return english and lower not in NAMES and lower not in FOREIGN_NAMES


def _mention_word(token: Token) -> bool:
    return (
        len(token.text) >= 3
        and token.capitalised
        and not token.all_caps
        and token.lower not in HONORIFICS
        and not _blocked(token)
        and not _english_word(token)
    )


# Formal words for a child or a sibling before their name, names only when capitalised:
# "khitanan ananda Rafa", "adinda Salsa".
_LOWER_CASE_TITLES = frozenset({"ananda", "adinda", "kakanda"})


def _name_runs(text: str, start: int, end: int) -> list[list[Token]]:
    """Runs of joined, unblocked words in ``text[start:end]``. A lower-case function word
    that is also a name ends a run: "Keisha hari ini" ("Hari" is a name)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in tokens(text, start, end):
        if (
            _blocked(token)
            or (token.initial and not run)
            or (len(token.text) == 1 and not token.capitalised)  # "a.n Theo": "n"
            or (not token.capitalised and token.lower in _LOWER_CASE_TITLES)
            or _glued_to_digit(text, token)
            or (not token.capitalised and token.lower in _FUNCTION_WORDS)
        ):
            run = []
            continue
        if run and not _joined(text, run[-1], token):
            run = []
        if run and run[-1].capitalised and not token.capitalised and token.lower not in _PARTICLES:
            run = []  # a lower-case word after a name: "Warsini tkw", "Johan nebeng"
        if run and not run[-1].all_caps and token.all_caps and len(token.text) <= 4:
            run = []  # an acronym or a degree after a name: "Linda Halim SH"
        if not run:
            runs.append(run)
        run.append(token)
    return runs


def _has_evidence(run: list[Token]) -> bool:
    """Whether a run of words is a name without a cue before it."""
    if any(_name_evidence(t) for t in run):
        return True
    if not all(t.capitalised for t in run):
        return False
    if " ".join(t.lower for t in run) in PLACES:
        return False
    if all(t.initial or (t.all_caps and len(t.text) <= 5) for t in run):
        return False  # acronyms and codes: "NIK", "JNE", "PTKP K", "KTR-MTR"
    # Only ambiguous names and places ("Sari", "Indah Jaya", "Bandung"): needs a cue.
    return not all(t.lower in NAMES or t.lower in PLACES for t in run)


def recognizers() -> list[EntityRecognizer]:
    return [IndonesianNameRecognizer()]

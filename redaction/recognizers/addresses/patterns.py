"""Regular expressions for address parts: anchors, numbers, RT/RW, blocks, units, postcodes."""

from __future__ import annotations

import re

from redaction.recognizers.months import MONTH_STEM

_I = re.IGNORECASE

# Street, estate and hamlet words that start an address. Group "kw" is the word.
STREET_ANCHOR = re.compile(
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
NUMBERED_GANG = re.compile(
    r"(?:gg|gang|lr|lrg|lorong|dsn|dusun)\b\.?[ \t]*\d{1,3}[a-z]?\b(?![ \t]*(?:m|meter|km)\b)",
    _I,
)

# "RT 03 RW 05", "RT.003/RW.005", "RT-03 RW-05", "rt 3/5", and the labels "RT/RW", "RT.RW".
RT_RW = re.compile(
    r"\brt[ \t]*[/.-]?[ \t]*rw[ \t]*[.:]?[ \t]*(?P<nums>\d{1,3}[ \t]*/[ \t]*\d{1,3})\b"
    r"|\brt[ \t]*[.:-]?[ \t]*\d{1,3}(?:[ \t]*[/,.]?[ \t]*rw[ \t]*[.:-]?[ \t]*\d{1,3}"
    r"|[ \t]*/[ \t]*\d{1,3})?\b"
    r"|\brw[ \t]*[.:-]?[ \t]*\d{1,3}\b",
    _I,
)
NUMBER = re.compile(
    r"(?:no|nomor|nmr|nr|number|#)(?:\b|(?=\d))\.?[ \t]*[.:]?[ \t]*\d{1,5}(?!\d)(?:[ \t]?[a-z]\b)?"
    r"(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
_MONTH = MONTH_STEM + r"[a-z]*\.?(?![a-z])"
# ... also by its block letter: "Perum Sinduadi Permai C-10", or a flat: "Tower Akasia 12-C"
HOUSE_AFTER_NAME = re.compile(
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
HOUSE = re.compile(
    r"(?!\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}[ \t]+" + _MONTH + r")"  # not a date: "17/11/2026"
    r"(?!\d{1,5}" + _QUANTITY + r"|0[1-9]\d{2}[ \t-]?\d{3})"
    r"\d{1,5}(?:[ \t]?[a-z]\b)?(?![a-z0-9])(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
# "Blok C3", "Blok F 123 A", "Blok AJ", "Blok IB 3", "Blok X-7", "Blok 5", "Blok AK 12/No 8".
BLOCK = re.compile(
    r"\b(?:blok|blk|bl|block)\b\.?[ \t]*"
    r"(?:[a-z]{1,3}(?:[ \t]?-?\d{1,4}[a-z]?)?|\d{1,4}[a-z]?)\b"
    r"(?:[ \t]?[-/][ \t]?(?:(?:no|nomor)\.?[ \t]*(?=\d))?[a-z0-9]{1,4}\b)*"
    r"(?:[ \t]+(?:timur|barat|utara|selatan)\b)?",  # "Blok O Timur"
    _I,
)

# A tower, cluster or guest house with a name: "Tower Jasmine", "Cluster Ifolia", "homestay
# Kadek Sari".
NAMED_UNIT = re.compile(
    r"(?:tower|twr|cluster|klaster|homestay|guesthouse|guest[ \t]+house|hostel|losmen|penginapan)"
    r"\b\.?[ \t]+(?=[A-Z])",
    _I,
)
UNIT = re.compile(
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
ADMIN = re.compile(
    r"(?:kel/desa|kelurahan/desa|kel|kelurahan|desa|ds|kec|kecamatan|kab|kabupaten|kota"
    r"|kodya|kotamadya|prov|provinsi|propinsi|dusun|dsn|kp|kampung|lingkungan|lingk|lk(?=\.))"
    r"\b\.?[ \t]*:?[ \t]*",
    _I,
)

# Administrative parts that may start a new line of a multi-line address (not "kp", "dusun").
STRICT_ADMIN = re.compile(
    r"(?:kel/desa|kelurahan/desa|kel|kelurahan|desa|ds|kec|kecamatan|kab|kabupaten|kota"
    r"|kodya|kotamadya|prov|provinsi|propinsi)\b\.?[ \t]*:?[ \t]*(?=[A-Z])",
    _I,
)
# A house number after a Roman-numeral street part: "Gg. Melati XII/41".
SLASH_HOUSE = re.compile(r"/[ \t]?\d{1,4}[a-z]?\b", _I)
# A house in an estate by its block letter and number: "Griya Permata Hijau C-12".
HOUSE_CODE = re.compile(r"[A-Z]{1,2}[ -]?\d{1,4}[A-Za-z]?\b(?:[/-]\d{1,4}\b)?")

# a postcode, also with its label: "kode pos 50134", "Kodepos: 50134", "zip 40123"
_POSTCODE_LABEL = (
    r"(?i:kode[ \t]*pos|kd\.?[ \t]*pos|postcode|postal[ \t]+code|zip)[ \t]*[:.]?[ \t]*"
)
POSTCODE = re.compile(r"(?:" + _POSTCODE_LABEL + r")?\d{5,6}\b")
LABELLED_POSTCODE = re.compile(_POSTCODE_LABEL + r"\d{5,6}\b")
# "NY 10001", "VIC 3000", British postcodes ("NW1 6XE") and Canadian ones ("QC H2J 2L4")
STATE_ZIP = re.compile(
    r"[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?\b|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b"
    r"|(?:[A-Z]{2}[ \t]+)?[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
)

# Latin letters with their accents: "Montréal", "Alcalá", "Düsseldorf".
LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
WORD = re.compile(rf"(?:[A-Za-z]\.){{2,3}}|[{LETTERS}][{LETTERS}'’-]*")
# Between address parts: a comma, or a dash or slash used like one ("No 5 - Bandung").
SEPARATOR = re.compile(r"[ \t]*(?:[,;][ \t]*|(?<=[ \t])[-–—|][ \t]+|/[ \t]+)?")

WORD_GAP = re.compile(r"[ \t]+|-")

PLACE_GAP = re.compile(r"[ \t]+")

# A house or unit number right before: "no. 9 ", "blok c7 ".
HOUSE_BEFORE = re.compile(r"\d[a-z]?[ \t]+\Z", re.IGNORECASE)
POSTCODE_BEFORE = re.compile(r"\b\d{5}[ \t]+\Z")

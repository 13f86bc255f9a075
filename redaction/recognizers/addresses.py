"""Recognizers: street-level addresses (Indonesian and English) as one span.

An address starts at an anchor (``Jl.``/``Jalan``/``Gg.``/``Komp.``/``Perum``/
``Apartemen``, ``RT 03 RW 05``, ``Blok C3`` with a number, or an English house
number and street type) and takes every address part that follows it, so that
``Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Kec. Kebon Jeruk, Jakarta Barat
11530`` is one ADDRESS and no fragment is left in clear. It ends at a sentence
end or at the first word that is not an address part (". No HP", ", tolong
kirim"). A city or province alone ("tinggal di Bandung") is not an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.context import Span

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
        "provinsi",
        "propinsi",
    }
)
# A street name never continues into one of these (chat words, pronouns, verbs).
_BREAK_WORDS = (
    (frozenset(INDONESIAN_STOP_WORDS) | words("chat_words.txt") | words("name_stopwords.txt"))
    - _STREET_WORDS
) | _KEYWORDS
# ... except that a capitalised name goes on into a capitalised chat word that is not
# one of these ("Kel. Pasar Minggu", "Jl. Raya Lama").
_ALWAYS_BREAK = (
    (frozenset(INDONESIAN_STOP_WORDS) | words("name_stopwords.txt")) - _STREET_WORDS
) | _KEYWORDS
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
    }
)
_DIRECTIONS = frozenset({"barat", "timur", "utara", "selatan", "pusat", "tengah"})

_I = re.IGNORECASE
# Street, estate and hamlet words that start an address. Group "kw" is the word.
_STREET_ANCHOR = re.compile(
    r"\b(?P<kw>jl|jln|jalan|gg|gang|lr|lrg|lorong|komp|kompl|komplek|kompleks|perum"
    r"|perumahan|apartemen|apartment|apt|ruko|rukan|cluster|klaster|dusun|dsn|kp|kampung"
    r"|gedung|gd|menara|wisma|graha|griya|puri|villa|vila"
    # villages without a street: Bali's banjar, Aceh's gampong, West Sumatra's nagari/jorong
    r"|br|banjar|gampong|gp|nagari|jorong|desa)"
    r"\b\.?[ \t]*",
    _I,
)
# A gang numbered instead of named, inside a street address: "Jl. Soekarno Hatta Gg. 7".
_NUMBERED_GANG = re.compile(r"(?:gg|gang)\b\.?[ \t]*\d{1,3}[a-z]?\b", _I)
# Anchors that make an address with a name alone ("Jl. Sudirman"); the others need a
# number, RT/RW, block or district after the name ("Dusun Garon" is a village).
_NAME_ONLY_ANCHORS = frozenset({"jl", "jln", "jalan", "gg", "gang", "lr", "lrg", "lorong"})
_NAME_ONLY_ABBREVIATIONS = frozenset({"komp", "kompl", "perum", "apt"})
# Village anchors that are also words or name parts ("Rosmawati br. Simanjuntak" is a
# Batak name, "desa" a word): only capitalised ("Br. Tegal", "Desa Sukamaju").
_CAPITALISED_ANCHORS = frozenset({"br", "gp", "desa", "banjar", "nagari", "jorong"})
# A shop, brand or company right before a street: its address, not a person's
# ("Indomaret Jl. Raya Bogor", "kantor PT Maju di Jl. ..."). Looked for in the few words
# before the anchor, in the same clause.
_BUSINESS_WORDS = frozenset(
    {
        "pt", "cv", "ud", "tbk", "persero", "toko", "warung", "kedai", "resto", "restoran",
        "restaurant", "kafe", "cafe", "apotek", "apotik", "klinik", "bank", "minimarket",
        "supermarket", "swalayan", "mall", "mal", "plaza", "hotel", "bengkel", "salon",
        "laundry", "optik", "butik", "bakery", "depot",
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
_RT_RW = re.compile(
    r"\brt[ \t]*/[ \t]*rw[ \t]*[.:]?[ \t]*(?P<nums>\d{1,3}[ \t]*/[ \t]*\d{1,3})\b"
    r"|\brt[ \t]*[.:]?[ \t]*\d{1,3}(?:[ \t]*[/,.]?[ \t]*rw[ \t]*[.:]?[ \t]*\d{1,3}"
    r"|[ \t]*/[ \t]*\d{1,3})?\b"
    r"|\brw[ \t]*[.:]?[ \t]*\d{1,3}\b",
    _I,
)
_NUMBER = re.compile(
    r"(?:no|nomor|nmr|nr|number|#)\b\.?[ \t]*[.:]?[ \t]*\d{1,5}(?:[ \t]?[a-z]\b)?"
    r"(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
_HOUSE_AFTER_NAME = re.compile(r"[ \t]+\d{1,5}[a-z]?\b", _I)
_HOUSE = re.compile(r"\d{1,5}(?:[ \t]?[a-z]\b)?(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*", _I)
# "Blok C3", "Blok F 123 A", "Blok AJ", "Blok IB 3", "Blok X-7", "Blok 5".
_BLOCK = re.compile(
    r"\b(?:blok|blk|bl|block)\b\.?[ \t]*"
    r"(?:[a-z]{1,3}(?:[ \t]?-?\d{1,4}[a-z]?)?|\d{1,4}[a-z]?)\b"
    r"(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*",
    _I,
)
# A tower or cluster with a name: "Tower Jasmine", "Cluster Ifolia".
_NAMED_UNIT = re.compile(r"(?:tower|twr|cluster|klaster)\b\.?[ \t]+(?=[A-Z])", _I)
_UNIT = re.compile(
    r"(?:kav|kavling|lantai|lt|unit|tower|twr|apt|suite|ste|room|kamar|km|ph)\b\.?[ \t]*"
    r"(?:[a-z]?\d{1,4}[a-z]?|[a-z]{1,2})\b(?:[.,]\d)?(?:[ \t]?[-/][ \t]?[a-z0-9]{1,4}\b)*"
    # not an area: "LT 120 m2" (luas tanah) in a property advert
    r"(?![ \t]*(?:m2|m²|meter|sqm)\b)",
    _I,
)
_ADMIN = re.compile(
    r"(?:kel/desa|kelurahan/desa|kel|kelurahan|desa|ds|kec|kecamatan|kab|kabupaten|kota"
    r"|kodya|kotamadya|prov|provinsi|propinsi|dusun|dsn|kp|kampung|lingkungan|lingk)"
    r"\b\.?[ \t]*:?[ \t]*",
    _I,
)
_UNIT_BEFORE_RT = re.compile(
    r"\b(?:desa|ds|dusun|dsn|kp|kampung|kel|kelurahan|lingkungan|lingk)\b\.?[ \t]*"
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
_BUILDING_PARTS = (_NUMBER, _UNIT, _BLOCK, _STREET_ANCHOR)
_POSTCODE = re.compile(r"\d{5}\b")
_STATE_ZIP = re.compile(r"[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b")
_ENGLISH = re.compile(
    r"\b\d{1,6}[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard"
    r"|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|Highway"
    r"|Hwy|Circle|Cir)\b\.?"
)
_WORD = re.compile(r"(?:[A-Za-z]\.){2,3}|[A-Za-z][A-Za-z'’-]*")
_SEPARATOR = re.compile(r"[ \t]*(?:[,;][ \t]*)?")
# A line break inside a multi-line address ("...Unit 23C\nJl. HR Rasuna Said\nJakarta").
_LINE_BREAK = re.compile(r"[ \t]*,?[ \t]*\r?\n[ \t]*")
_CITY_LINE_END = re.compile(r"[ \t]*(?:,?[ \t]*\d{5}\b|[.,]?[ \t]*(?:\r?\n|\Z))")
_WORD_GAP = re.compile(r"[ \t]+|-")
_ABBREVIATION_GAP = re.compile(r"\.[ \t]*")
_NO_GAP = re.compile(r"[ \t]*")
_PLACE_GAP = re.compile(r"[ \t]+")
_MAX_NAME_WORDS = 5


def find_addresses(text: str) -> Iterator[Span]:
    """Street-level addresses in ``text``, each as one span."""
    candidates = sorted(
        [(m.start(), "street", m) for m in _STREET_ANCHOR.finditer(text)]
        + [(m.start(), "rt", m) for m in _RT_RW.finditer(text)]
        + [(m.start(), "block", m) for m in _BLOCK.finditer(text)]
        + [(m.start(), "english", m) for m in _ENGLISH.finditer(text)],
        key=lambda c: c[0],
    )
    covered = 0
    for start, kind, match in candidates:
        if start < covered:
            continue
        span = _address_at(text, kind, match)
        if span is not None:
            covered = span.end
            yield span


def _address_at(text: str, kind: str, match: re.Match[str]) -> Span | None:
    start = match.start()
    if kind == "street":
        keyword = match.group("kw")
        if keyword.lower() in _CAPITALISED_ANCHORS and not keyword[0].isupper():
            return None
        if _business_before(text, start):
            return None
        name_end = _name_words(text, match.end())
        if name_end is None:
            return None
        if match.group("kw").lower() in _BUILDING_ANCHORS and not _building(text, match, name_end):
            return None
        end, parts = _tail(text, name_end, after_name=True)
        if parts:
            return Span(start, end, STREET_SCORE)
        keyword = match.group("kw")
        lower = keyword.lower()
        if lower in _ORDINARY_ANCHORS and not keyword[0].isupper():
            return None
        if lower in _NAME_ONLY_ANCHORS or lower in _NAME_ONLY_ABBREVIATIONS:
            return Span(start, name_end, STREET_NAME_ONLY_SCORE)
        return None
    if kind == "rt":
        # "RT/RW 017/007" (a form label): the value is the address, the label is not.
        if match.group("nums"):
            start = match.start("nums")
        else:
            # The village or hamlet before it is part of it: "desa sukamaju rt 2 rw 3".
            unit = _UNIT_BEFORE_RT.search(text, max(0, start - 50), start)
            if unit is not None and _name_words(text, unit.start("name")) == unit.end("name"):
                start = unit.start()
        end, parts = _tail(text, match.end(), after_name=False)
        # "RT 03 RW 05", "RT 03/05", or RT with more parts; "rt 5" alone is weaker.
        complete = parts or "/" in match.group() or "rw" in match.group().lower()
        return Span(start, end, RT_RW_SCORE if complete else RT_ONLY_SCORE)
    if kind == "block":
        end, parts = _tail(text, match.end(), after_name=False)
        return Span(start, end, STREET_SCORE) if parts else None
    end, _ = _tail(text, match.end(), after_name=False, english=True)
    return Span(start, end, ENGLISH_SCORE)


def _business_before(text: str, start: int) -> bool:
    """Whether a shop, brand or company word is among the few words before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 48) : start]
    clause = re.split(r"[.,;:!?]", window)[-1]
    for word in re.findall(r"[A-Za-z][A-Za-z'&]*", clause)[-5:]:
        lower = word.lower()
        if lower in _BRANDS or lower in _BUSINESS_WORDS:
            return True
    return False


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
        if word is None or _breaks_name(word.group(), continues_capitalised=bool(capitalised)):
            break
        # A capitalised name ends at the first lower-case word ("Jalan Sultan Agung
        # terkenal ..."); a lower-case one ("jln mawar") may go on in lower case.
        if capitalised is None:
            capitalised = word.group()[0].isupper()
        elif capitalised and not word.group()[0].isupper():
            break
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


def _breaks_name(word: str, *, continues_capitalised: bool = False) -> bool:
    lower = word.lower().rstrip(".")
    if lower in _NAME_ABBREVIATIONS:
        return False
    if continues_capitalised and word[0].isupper():
        return lower in _ALWAYS_BREAK
    return lower in _BREAK_WORDS


def _tail(text: str, pos: int, *, after_name: bool, english: bool = False) -> tuple[int, int]:
    """Extend an address over the parts after ``pos``; returns (end, number of parts)."""
    end = pos
    parts = 0
    first = True
    while True:
        sep = _SEPARATOR.match(text, end)
        at = sep.end()
        comma = "," in sep.group() or ";" in sep.group()
        if at == end and end < len(text) and text[end].isalnum():
            break  # no separator: "No12abc"
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
        end = part_end
        parts += 1
        first = False
    return end, parts


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
    if street:
        name_end = _name_words(text, street.end())
        house = name_end and _HOUSE_AFTER_NAME.match(text, name_end)
        return house.end() if house else name_end
    if strict:
        place_end = _place(text, at)
        if place_end is not None and _CITY_LINE_END.match(text, place_end):
            return place_end
        # a district line ("Kel. Sukaluyu, Kec. Coblong") or a city line ("Kota Bandung 40123")
        admin = _STRICT_ADMIN.match(text, at)
        if admin:
            return _name_words(text, admin.end()) or None
        return None
    for pattern in (_ADMIN, _NAMED_UNIT):
        match = pattern.match(text, at)
        if match:
            return _name_words(text, match.end()) or None
    postcode = _POSTCODE.match(text, at)
    if postcode:
        return postcode.end()
    if house:
        match = _HOUSE.match(text, at) or _SLASH_HOUSE.match(text, at)
        if match:
            return match.end()
    if english:
        match = _STATE_ZIP.match(text, at)
        if match:
            return match.end()
    place_end = _place(text, at)
    if not comma and place_end is None:
        # an area name without a comma before it, if a city or postcode follows it
        # ("Jl. Melati XII/41 Cipedes, Tasikmalaya 46132")
        locality_end = _locality(text, at)
        if locality_end is not None:
            nxt = _SEPARATOR.match(text, locality_end)
            if "," in nxt.group() and (
                _place(text, nxt.end()) is not None or _POSTCODE.match(text, nxt.end())
            ):
                return locality_end
    if comma:
        # a district named after a city: "Medan Sunggal", "Mampang Prapatan"
        locality_end = _locality(text, at)
        if locality_end is not None and (place_end is None or locality_end > place_end):
            return locality_end
    return place_end


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


class AddressRecognizer(LocalRecognizer):
    """ADDRESS: Indonesian and English street-level addresses."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ADDRESS], name="AddressRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ADDRESS not in entities:
            return []
        return [
            RecognizerResult(
                ADDRESS,
                span.start,
                span.end,
                span.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for span in find_addresses(text)
        ]


def recognizers() -> list[EntityRecognizer]:
    return [AddressRecognizer()]

"""An address from each kind of anchor: a street, RT/RW, block, tower, lodging or house."""

from __future__ import annotations

import re

from redaction.data import words
from redaction.recognizers.addresses.businesses import business_before, business_street
from redaction.recognizers.addresses.forms import birthplace
from redaction.recognizers.addresses.houses import described_house, flat, own_home
from redaction.recognizers.addresses.landmarks import landmarks_before
from redaction.recognizers.addresses.leading import estate_before, leading_parts, lodging_name
from redaction.recognizers.addresses.localities import ends_with_city
from redaction.recognizers.addresses.parts import tail
from redaction.recognizers.addresses.patterns import (
    BLOCK,
    HOUSE,
    HOUSE_BEFORE,
    HOUSE_CODE,
    NUMBER,
    NUMBERED_GANG,
    RT_RW,
    SEPARATOR,
    STREET_ANCHOR,
    UNIT,
    WORD,
    WORD_GAP,
)
from redaction.recognizers.addresses.place_names import name_words, word_name
from redaction.recognizers.addresses.vocabulary import (
    ALWAYS_BREAK,
    DIRECTIONS,
    ENGLISH_SCORE,
    GIVEN_NAMES,
    HONORIFICS,
    INNER_GANG_WORDS,
    LABEL_SCORE,
    LEXICON,
    PLACES,
    RT_ONLY_SCORE,
    RT_RW_SCORE,
    STREET_NAME_ONLY_SCORE,
    STREET_SCORE,
)
from redaction.recognizers.context import Span
from redaction.recognizers.months import FULL_MONTHS

_I = re.IGNORECASE


# A street named after a date, number first: "Jl. 17 Agustus", "Jalan 10 November Raya".
_DATE_STREET = re.compile(
    r"(?:[1-9]|[12]\d|3[01])[ \t]+(?i:" + "|".join(sorted(FULL_MONTHS)) + r")\b"
)  # also in lower case after a street word: "jl. 17 agustus"
_DATE_STREET_ANCHORS = frozenset({"jl", "jln", "jalan"})
# Village words that are also ordinary words ("pulang kampung") when written in lower case.
_HOME_VILLAGE_WORDS = frozenset({"kampung", "desa", "dusun"})
# Anchors written short, which take a dot ("Jl.", "Perum."); after a full word a dot ends
# the sentence: "susah jalan. alamatnya ...".
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

# Full words that are also ordinary words ("di jalan", "jalan kaki"): with a name
# alone, an address only when capitalised ("Jalan Sudirman").
_ORDINARY_ANCHORS = frozenset({"jalan", "gang", "lorong"})
# Buildings: an address only when capitalised and followed by a floor, unit, number or street
# ("Gedung Graha Pena Lt. 5", "Menara X, Jl. ..."), not a building and its city ("Gedung DPR,
# Jakarta") or an ordinary word ("gedung apartemen 13 lantai").
_BUILDING_ANCHORS = frozenset({"gedung", "gd", "menara", "wisma", "graha", "griya", "puri"})

# A house number inside a block: "blok F1/7", "Blok C-12/3".
_BLOCK_HOUSE = re.compile(r"/[ \t]?\d")

_UNIT_BEFORE_RT = re.compile(
    r"\b(?:desa|ds|dusun|dsn|kp|kampung|kel|kelurahan|lingkungan|lingk|blok)\b\.?[ \t]*"
    r"(?P<name>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3})[ \t]*,?[ \t]*$",
    _I,
)

_BUILDING_PARTS = (NUMBER, UNIT, BLOCK, STREET_ANCHOR, HOUSE_CODE)

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


def _hamlet_before(text: str, start: int) -> int:
    """``start`` moved back over a hamlet's name before its RT/RW: proper names, not a person
    ("Pak Slamet RT 04/02") or ordinary words ("Rapat RT 04 RW 02")."""
    name = _NAME_BEFORE_RT.search(text, max(0, start - 40), start)
    if name is None or _NEIGHBOURHOOD_BEFORE.search(text, max(0, start - 24), start):
        return start
    found = [w.lower() for w in WORD.findall(name.group())]
    if any(w in HONORIFICS or w in GIVEN_NAMES or w in ALWAYS_BREAK for w in found):
        return start
    if all(w in LEXICON or w in DIRECTIONS for w in found):
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


def _household(text: str, start: int, end: int) -> bool:
    """Whether an RT with its RW is among the parts: "RT 06/RW 12", "RT 04/02"."""
    return any(len(_DIGITS.findall(m.group())) > 1 for m in RT_RW.finditer(text, start, end))


_DIGITS = re.compile(r"\d+")


def address_at(text: str, kind: str, match: re.Match[str]) -> Span | None:
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
        if keyword in _HOME_VILLAGE_WORDS and STREET_ANCHOR.match(text, match.end()):
            return None  # "di kampung Jorong Koto Tuo": the word, before the village's anchor
        if _JUNCTION_BEFORE.search(text, max(0, start - 16), start):
            return None  # "pos ronda di pertigaan Jl. Melati - Jl. Mawar": a crossing
        if keyword == "kel" and _family_name_after(text, match.end()):
            return None  # "dari kel. Gideon Lumban Tobing": a family (keluarga)
        if birthplace(text, start):
            return None
        business = business_before(text, start)
        name_end = name_words(text, match.end())
        common = name_end is None and word_name(text, match.end()) is not None
        if common:
            name_end = word_name(text, match.end())
        dated = _DATE_STREET.match(text, match.end())
        if dated is not None and keyword.lower() in _DATE_STREET_ANCHORS:
            # "Jl. 17 Agustus No. 5", and a word after the date: "Jl. 10 November Raya"
            gap = WORD_GAP.match(text, dated.end())
            rest = name_words(text, gap.end()) if gap is not None else None
            name_end = rest if rest is not None and WORD.match(text, gap.end()) else dated.end()
        if name_end is None:
            numbered = NUMBERED_GANG.match(text, start)
            if numbered is None or business:
                return None
            # "lorong 3 jalan veteran no 5", "dsn 2 kec. ...": a numbered gang or hamlet
            end, parts = tail(text, numbered.end(), after_name=False)
            return Span(start, end, STREET_SCORE) if parts else None
        if match.group("kw").lower() in _BUILDING_ANCHORS and not _building(text, match, name_end):
            return None
        end, parts = tail(text, name_end, after_name=True)
        if parts and business_street(text, start, end):
            return None
        if business and not (parts and _household(text, start, end)):
            # a business's street, unless its RT and RW place it among homes ("usaha warung di
            # Kp. Rawa Bebek RT 06/RW 12, ...": a home business)
            return None
        if parts:
            return Span(leading_parts(text, start), end, STREET_SCORE)
        keyword = match.group("kw")
        lower = keyword.lower()
        if lower in INNER_GANG_WORDS and end > name_end and keyword[0].isupper():
            # a gang located by its landmark: "Gg. Buntu sebelah mushola Al-Huda"
            return Span(landmarks_before(text, start), end, LABEL_SCORE)
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
            return Span(leading_parts(text, start), name_end, STREET_NAME_ONLY_SCORE)
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
            if unit is not None and name_words(text, unit.start("name")) == unit.end("name"):
                start = unit.start()
            elif street is not None and name_words(text, street.start()) == street.end("name"):
                start = street.start()
            elif number is not None:
                start = number.start()  # "rumah no 23 rt 4 rw 6"
            elif "/" in match.group() or "rw" in match.group().lower():
                start = _hamlet_before(text, start)
            start = estate_before(text, start)
        if start and text[start - 1] in "-_":
            return None  # "donasi-rw09.id": a web address
        end, parts = tail(text, match.end(), after_name=False)
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
        return Span(landmarks_before(text, start), end, RT_RW_SCORE)
    if kind == "block":
        end, parts = tail(text, match.end(), after_name=False)
        if parts:
            return Span(leading_parts(text, start), end, STREET_SCORE)
        if _BLOCK_HOUSE.search(match.group()):
            return Span(leading_parts(text, start), end, STREET_NAME_ONLY_SCORE)  # "blok F1/7"
        return None
    if kind == "tower":
        end, parts = tail(text, match.end(), after_name=True)
        return Span(leading_parts(text, start), end, STREET_SCORE) if parts else None
    if kind == "unit tower":
        return Span(match.start("value"), match.end("value"), STREET_SCORE)
    if kind == "lodging":
        if not lodging_name(match.group("name")):
            return None
        end, _ = tail(text, match.end(), after_name=False)
        return Span(start, end, STREET_SCORE)
    if kind == "home":
        return own_home(text, start, match.end())
    if kind == "house":
        return described_house(text, match)
    if kind == "flat":
        return flat(text, start)
    if kind == "european":
        end, _ = tail(text, match.end(), after_name=False, english=True)
        return Span(leading_parts(text, start), end, ENGLISH_SCORE)
    if kind == "estate":
        if business_before(text, match.end()):
            return None  # "Hotel Santika Premiere Park No. 5": a business in the name
        end, parts = tail(text, match.end(), after_name=True)
        return Span(start, end, STREET_SCORE) if parts else None
    end, _ = tail(text, match.end(), after_name=False, english=True)
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
    return len(found) == 1 and found[0] in GIVEN_NAMES and name.group("comma") is not None


_FAMILY = re.compile(r"(?P<words>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?P<comma>,)?")


_LOWER_VILLAGE_MIN_PARTS = 2

_VILLAGE_PART = re.compile(r"[ \t]*,?[ \t]*(?:desa|ds|kel|kelurahan|kec|kecamatan)\b", _I)
# A town quarter ("Lingkungan Kauman RT 3", "Lingk. Bangunsari, Kel. ...") is followed by
# its RT/RW or village; "lingkungan" is also a word ("Lingkungan Hidup Kota Bandung").
_QUARTER_ANCHORS = frozenset({"lingk", "lingkungan"})
_QUARTER_NEXT = re.compile(
    r"[ \t]*,?[ \t]*(?:rt\b|rw\b|(?:kel|kelurahan|desa|ds)\b\.?[ \t]*[A-Za-z])", _I
)


def _quarter(text: str, match: re.Match[str]) -> bool:
    name_end = name_words(text, match.end())
    return name_end is not None and _QUARTER_NEXT.match(text, name_end) is not None


def _village_with_districts(text: str, match: re.Match[str]) -> bool:
    """A lower-case "desa <name>" followed by two address parts or more ("desa sukamulya
    dsn 3 kec. cikupa kab. tangerang"), or by one that ends with a city: "desa" as a word
    has no district after it."""
    if match.group("kw").lower() not in _LOWER_VILLAGE_ANCHORS:
        return False
    name_end = name_words(text, match.end())
    if name_end is None:
        return False
    end, parts = tail(text, name_end, after_name=True)
    # ... or one that ends with a city: "banjar tengah desa batubulan kangin gianyar"
    if parts >= _LOWER_VILLAGE_MIN_PARTS:
        return True
    if parts and HOUSE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True  # after a house number: "blok sukajadi no 15 desa cimanggu kec. ngamprah"
    village = _VILLAGE_PART.match(text, name_end)
    return parts == 1 and village is not None and ends_with_city(text, name_end, end)


# A street named as a landmark, without a house: "dekat Jl. Sudirman", "near Jl. Hanoman".
_NEAR_BEFORE = re.compile(r"\b(?:dekat|deket|dkt|near|close[ \t]+to)[ \t]+\Z", _I)
# A house number before its street: "rumah no 5 gg mawar".
_HOUSE_NUMBER_BEFORE = re.compile(r"\b(?i:no|nomor|nmr)\b\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]+\Z")


def _building(text: str, match: re.Match[str], name_end: int) -> bool:
    """Whether a building's name is followed by a floor, unit, number or street."""
    if not match.group("kw")[0].isupper():
        return False
    at = SEPARATOR.match(text, name_end).end()
    return any(part.match(text, at) for part in _BUILDING_PARTS) or bool(HOUSE.match(text, at))

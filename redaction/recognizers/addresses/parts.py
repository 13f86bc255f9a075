"""The parts that follow an anchor, and an address's tail made of them."""

from __future__ import annotations

import re

from redaction.recognizers.addresses.landmarks import described_landmark, plain_landmark
from redaction.recognizers.addresses.localities import (
    CLAUSE_END,
    chained_locality,
    district_after_city,
    ends_with_city,
    locality,
    lower_case_before,
    lower_locality,
    unpunctuated_locality,
)
from redaction.recognizers.addresses.patterns import (
    ADMIN,
    BLOCK,
    HOUSE,
    HOUSE_AFTER_NAME,
    HOUSE_CODE,
    LABELLED_POSTCODE,
    NAMED_UNIT,
    NUMBER,
    NUMBERED_GANG,
    PLACE_GAP,
    POSTCODE,
    RT_RW,
    SEPARATOR,
    SLASH_HOUSE,
    STATE_ZIP,
    STREET_ANCHOR,
    STRICT_ADMIN,
    UNIT,
    WORD,
)
from redaction.recognizers.addresses.place_names import name_words, place, prefixed_name, word_name
from redaction.recognizers.addresses.vocabulary import GIVEN_NAMES, PLACES

_COMMA_LIKE = re.compile(r"[,;/|–—-]")
# A line break inside a multi-line address ("...Unit 23C\nJl. HR Rasuna Said\nJakarta").
_LINE_BREAK = re.compile(r"[ \t]*,?[ \t]*\r?\n[ \t]*")
_CITY_LINE_END = re.compile(r"[ \t]*(?:,?[ \t]*\d{5}\b|[.,]?[ \t]*(?:\r?\n|\Z))")

_QUARTER_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\b")


def tail(text: str, pos: int, *, after_name: bool, english: bool = False) -> tuple[int, int]:
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
        sep = SEPARATOR.match(text, end)
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
            closed = ends_with_city(text, at, part_end)
        end = part_end
        first = False
    return end, parts


# A line of a foreign address with its city, state and postcode; not a contact field ("No HP
# 0812", "Telp WA 08123").
_CITY_STATE_LINE = re.compile(
    r"(?!(?i:no|nomor|nmr|telp|tlp|tel|phone|hp|wa)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?"
    r"[ \t]+(?!(?:HP|WA)\b)(?:" + STATE_ZIP.pattern + r")(?=[ \t]*,?[ \t]*(?:\r?\n|\Z))"
)
# A state's postcode after the suburb and state: "Carlton VIC 3053", "Brooklyn NY 11201".
_ZIP_AFTER_STATE = re.compile(
    r"(?<=\b[A-Z]{2})[ \t]+\d{4,5}(?:-\d{4})?\b|(?<=\b[A-Z]{3})[ \t]+\d{4}\b"
    # ... or after the city, ending the part: "Muscat 133, Oman", "Taipei City 104"
    r"|(?<=[a-z])[ \t]+\d{3,6}(?=[ \t]*(?:[,.;)]|\r?\n|\Z))"
)


def _signature(text: str, at: int) -> bool:
    """Whether a given name that is no place ends the clause at ``at`` ("— Andreas")."""
    word = WORD.match(text, at)
    if word is None:
        return False
    lower = word.group().lower()
    if lower not in GIVEN_NAMES or lower in PLACES:
        return False
    return CLAUSE_END.match(text, word.end()) is not None


def _part(
    text: str, at: int, *, house: bool, comma: bool, english: bool, strict: bool = False
) -> int | None:
    """End of the address part at ``at``, or None if there is none.

    ``strict``: a part on a new line, which must be a street, number, block or unit, RT/RW
    (not a form's "RT/RW" label), or a city alone on its line or with its postcode.
    """
    rt_rw = RT_RW.match(text, at)
    if rt_rw:
        return None if strict and rt_rw.group("nums") else rt_rw.end()
    for pattern in (NUMBERED_GANG, NUMBER, BLOCK, UNIT):
        match = pattern.match(text, at)
        if match:
            return match.end()
    # Another street, estate or building: "Perum Citra Indah, Jl. Anggrek 3 Blok AJ No. 8".
    street = STREET_ANCHOR.match(text, at)
    name_end = street and (name_words(text, street.end()) or word_name(text, street.end()))
    if name_end:
        # its house: "Jl. X, Perum Y C-10", "Jl. X Gg. II/15"
        house = HOUSE_AFTER_NAME.match(text, name_end) or SLASH_HOUSE.match(text, name_end)
        return house.end() if house else name_end
    if not strict:
        landmark = _landmark(text, at)
        if landmark is not None:
            return landmark
    if strict:
        place_end = place(text, at)
        if place_end is not None and _CITY_LINE_END.match(text, place_end):
            return place_end
        # a district line ("Kel. Sukaluyu, Kec. Coblong") or a city line ("Kota Bandung 40123")
        admin = STRICT_ADMIN.match(text, at)
        if admin:
            return name_words(text, admin.end()) or None
        postcode = LABELLED_POSTCODE.match(text, at)  # "Kode Pos: 20112"
        if postcode:
            return postcode.end()
        city = _CITY_STATE_LINE.match(text, at)  # "Melbourne VIC 3000", "Austin, TX 78704"
        if city:
            return city.end()
        return _area_line(text, at)
    admin = ADMIN.match(text, at)
    if admin:
        numbered = _QUARTER_NUMBER.match(text, admin.end())
        if numbered is not None and admin.group().lower().startswith("l"):
            return numbered.end()  # a town quarter by its number: "lingk. 3", "Lk. IV"
        return name_words(text, admin.end()) or prefixed_name(text, admin.end())
    unit = NAMED_UNIT.match(text, at)
    if unit:
        name_end = name_words(text, unit.end())
        flat = name_end and HOUSE_AFTER_NAME.match(text, name_end)
        return flat.end() if flat else name_end  # with its flat: "Tower Jasmine 15-F"
    postcode = POSTCODE.match(text, at)
    if postcode:
        if comma:  # the postcode before its city: "..., 47300 Petaling Jaya"
            gap = PLACE_GAP.match(text, postcode.end())
            city_end = gap and (place(text, gap.end()) or locality(text, gap.end()))
            return city_end or postcode.end()
        return postcode.end()
    if house:
        match = HOUSE.match(text, at) or SLASH_HOUSE.match(text, at) or HOUSE_CODE.match(text, at)
        if match:
            return match.end()
    if english:
        match = STATE_ZIP.match(text, at)
        if match:
            return match.end()
    place_end = place(text, at)
    if place_end is not None and text[at:place_end].islower():
        place_end = district_after_city(text, place_end)
    if not comma:
        locality_end = unpunctuated_locality(text, at)
        if locality_end is not None and (place_end is None or locality_end > place_end):
            return locality_end
    if comma:
        # a district named after a city: "Medan Sunggal", "Mampang Prapatan"
        locality_end = max(locality(text, at) or 0, chained_locality(text, at) or 0) or None
        if _NUMBERED_VILLAGE.match(text, at):
            locality_end = prefixed_name(text, at)  # "..., 20 Ilir D IV, ..."
        if locality_end is not None and (place_end is None or locality_end > place_end):
            return locality_end
    if place_end is None and lower_case_before(text, at, comma=comma):
        # in lower case: "..., jatiwaringin", "no. 9 gandaria selatan cilandak ya"
        return lower_locality(text, at)
    return place_end


# Palembang's urban villages named by number, after a comma: "..., 3-4 Ulu, Seberang Ulu I".
_NUMBERED_VILLAGE = re.compile(r"\d{1,2}(?:-\d{1,2})?[ \t]+(?:Ilir|Ulu)\b")


def _area_line(text: str, at: int) -> int | None:
    """End of a line of area names in a multi-line address ("Cibubur, Ciracas"), if it ends
    with a city ("Kuningan, Jakarta Selatan") or the next line goes on with the address
    ("Sukamulya, Cikupa\nTangerang"); not a person's name on the line after the address."""
    pos = at
    for _ in range(_MAX_AREA_LINE_NAMES):
        place_end = place(text, pos)
        end = locality(text, pos) or place_end
        if end is None:
            return None
        sep = SEPARATOR.match(text, end)
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


def _landmark(text: str, at: int) -> int | None:
    """End of a landmark that locates the house ("dekat SPBU Cibinong"), or None.

    A house described before its landmark ("yg pagar ijo sebelah warung bu tini") is one
    only between two address parts: after the last part it is chat about the house.
    """
    end = plain_landmark(text, at)
    if end is not None:
        return end
    end = described_landmark(text, at)
    if end is None:
        return None
    sep = SEPARATOR.match(text, end)
    if "," not in sep.group():
        return None
    after = sep.end()
    following = _part(text, after, house=False, comma=True, english=False)
    return end if following is not None and following != _landmark(text, after) else None

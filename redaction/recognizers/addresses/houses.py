"""Homes, flats and rooms told without a street: described houses, towers, lodging rooms."""

from __future__ import annotations

import re

from redaction.recognizers.addresses.landmarks import (
    LANDMARK_START,
    LANDMARK_STOP,
    landmarks_before,
    plain_landmark,
)
from redaction.recognizers.addresses.leading import leading_parts
from redaction.recognizers.addresses.parts import tail
from redaction.recognizers.addresses.patterns import SEPARATOR, UNIT
from redaction.recognizers.addresses.vocabulary import LABEL_SCORE, STREET_SCORE
from redaction.recognizers.context import Span

_I = re.IGNORECASE


# A room in a named boarding house, as an address of its own: "kos bu harjo kamar 4".
LODGING_ROOM = re.compile(
    r"(?i)\b(?:kost?|kos-kosan|kosan|asrama|rusun|rusunawa|rusunami|kontrakan|pondokan|mess)"
    r"[ \t]+(?P<name>(?:[a-z][\w'-]*\.?[ \t]+){1,3})(?:kamar|kmr|room)\b\.?[ \t]*\d{1,4}[a-z]?\b"
)
# The writer's own home before its description: "rumah sy yg ...", "rumah saya di ...".
OWN_HOME = re.compile(
    r"\b(?:rumah|rmh)[ \t]+(?:sy|saya|aku|ku|kami|gue|gw)[ \t]+(?=(?:yg|yang|di)\b)", _I
)
# A house told by its number and its fence or paint: "rumah pagar hijau no 14", "rmh no 5 cat
# putih"; not house paint ("beli cat rumah warna putih no 5"). Group "look" is the look.
_HOUSE_LOOK = r"(?:pagar|pager|cat|warna)[ \t]+[a-z]+"
_HOUSE_NUMBER = r"(?:no|nomor|nmr)\.?[ \t]*\d{1,4}[a-z]?\b"
DESCRIBED_HOUSE_NUMBER = re.compile(
    rf"(?<!cat )\b(?:rumah|rmh)[ \t]+"
    rf"(?:(?P<look>{_HOUSE_LOOK}(?:[ \t]+[a-z]+)?[ \t]+){_HOUSE_NUMBER}"
    rf"|{_HOUSE_NUMBER}(?P<after>[ \t]+{_HOUSE_LOOK}\b)?)",
    _I,
)
# ... a few words, then a landmark: "yg cat ijo depan", "yang pas di km 12 sebelah".
_HOME_DESCRIPTION = re.compile(
    r"(?:yg|yang|di)(?:[ \t]+[\w-]+){0,4}?[ \t]+(?=" + LANDMARK_START.pattern + ")", _I
)

# A named tower followed by its flat: "Tower B, 17th floor, unit 1708", "Tower C, BF-19-07".
TOWER = re.compile(
    r"\b(?i:tower|twr)\.?[ \t]+(?:[A-Z][a-z]+|[A-Za-z]\d?|\d{1,2})\b(?=[ \t]*,?[ \t]*"
    # its floor, if written ("Tower Jasmine lantai 12" alone is a listing) ...
    r"(?:(?:\d{1,3}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl)|(?i:lantai|lt|floor|fl)\.?[ \t]*\d{1,3})"
    r"\b[ \t]*,?[ \t]*)?"
    # ... and the flat: "unit 1708", "no. 5", "BF-19-07"
    r"(?:(?i:unit|no|nomor)\b\.?[ \t]*#?[A-Za-z]?\d|[A-Z]{1,2}-?\d))"
)

# ... or a flat's tower and number after "unit", as residents write them, with the estate's
# name after it: "unit Tower Flamboyan 09-12 Kalibata City", "Unit Tower Sapphire 31-F, The
# Mansion Kemayoran", "unit Tower C 11/07 Green Bay Pluit" (without it, "unit Tower B 12-07"
# is a unit on sale or for rent, an estate's listing).
_ESTATE_WORDS = (
    r"City|Residences?|Mansion|Park|Gardens?|Bay|Square|Regency|Suites|Heights|Village|Hills"
    r"|Apartments?|Apartemen|Condominium|Kondominium|Towers"
)
UNIT_TOWER = re.compile(
    r"\b(?i:unit)[ \t]+(?P<value>(?i:tower|twr)\.?[ \t]+(?:[A-Z][a-z]+|[A-Za-z]\d?|\d{1,2})"
    r"[ \t]*,?[ \t]*(?:\d{1,2}[-/]\d{1,2}[A-Z]?|\d{1,2}-[A-Z]{1,2}|\d{3,4}[A-Z]?)\b"
    r",?[ \t]*(?:The[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
    rf"|(?:[A-Z][\w'-]*[ \t]+){{0,2}}(?:{_ESTATE_WORDS})\b(?:[ \t]+[A-Z][\w'-]*)?))"
)


def own_home(text: str, start: int, at: int) -> Span | None:
    """The writer's home told by its landmarks: "rumah sy yg cat ijo depan SD 12, samping
    warung bu Ijah", "rumah saya yang pas di km 12 sebelah kios pupuk"."""
    described = _HOME_DESCRIPTION.match(text, at)
    if described is None:
        return None
    end = plain_landmark(text, described.end())
    if end is None:
        return None
    end, _ = tail(text, end, after_name=False)
    return Span(start, end, LABEL_SCORE)


# A flat told by its unit, floor and tower without a building: "unit 1208 lt 12 tower C".
FLAT_START = re.compile(r"\b(?:unit|apt|tower|twr|lantai|lt|floor)\b", _I)
_FLAT_UNIT = re.compile(r"(?:unit|apt)\b\.?[ \t]*#?[a-z]?(?:\d{3,4}|\d{1,2}[a-z])\b", _I)
_TOWER_WORD = re.compile(r"(?:tower|twr)\b", _I)
_MAX_FLAT_PARTS = 4


def flat(text: str, start: int) -> Span | None:
    """A flat named by two parts or more, one a tower or a flat's unit number ("unit 12A",
    "unit 2305"): not "lantai 2 unit 1" (an air conditioner on a floor)."""
    parts: list[str] = []
    end = at = start
    while len(parts) < _MAX_FLAT_PARTS and (part := UNIT.match(text, at)) is not None:
        if not (_TOWER_WORD.match(part.group()) or any(ch.isdigit() for ch in part.group())):
            break  # not a number: "the 2BR unit at Tower B"
        parts.append(part.group())
        end = part.end()
        at = SEPARATOR.match(text, end).end()
    if len(parts) < 2 or not any(_TOWER_WORD.match(p) or _FLAT_UNIT.fullmatch(p) for p in parts):
        return None
    end, _ = tail(text, end, after_name=False)
    return Span(leading_parts(text, start), end, STREET_SCORE)


# The words of a house's description that are not colours: "rumah no 5 cat apa ya".
_HOUSE_WORDS = frozenset({"rumah", "rmh", "pagar", "pager", "cat", "warna", "no", "nomor", "nmr"})
_DESCRIPTION_WORD = re.compile(r"(?<![\w])[a-z]{2,}")  # not the letter of "9A"


def described_house(text: str, match: re.Match[str]) -> Span | None:
    """A house told by its number and look or by its number after landmarks, with those
    landmarks and the address parts after it: "gang sebelah alfamart, rumah pagar ijo no 9A,
    Pucang, Demak", "masuk gang depan masjid, rumah no 12"."""
    described = _DESCRIPTION_WORD.findall(match.group().lower())
    if any(w in LANDMARK_STOP and w not in _HOUSE_WORDS for w in described):
        return None
    start = landmarks_before(text, match.start())
    if not (match.group("look") or match.group("after")) and start == match.start():
        return None  # "rumah no 5" alone
    end, _ = tail(text, match.end(), after_name=False)
    return Span(start, end, LABEL_SCORE)

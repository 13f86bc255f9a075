"""Recognizer: the machine-readable zone (MRZ) of a passport pasted as text.

Travel and umrah agents paste a passport's data page read from a photo; its two bottom
lines hold the holder's name, the passport's number and the date of birth in a fixed
layout (ICAO 9303, TD3):

    P<IDNWIDJAJA<<FELICIA<ANGELINE<<<<<<<<<<<<<<
    B9038217<6IDN7906063F3201128<<<<<<<<<<<<<<02

The second line alone, whole, is read too (a kiosk's error shows it). An airline booking's
passport line (the "SSR DOCS" of a reservation) holds the same data between slashes:

    SSR DOCS QZ HK1/P/IDN/E4718203/IDN/12MAR88/M/08FEB33/SANTOSO/ANDREAS
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer

from redaction.recognizers.context import Span, TypedSpanRecognizer

# The first line: document type, issuing state, then SURNAME<<GIVEN<NAMES padded with "<".
_NAME_LINE = regex.compile(r"(?m)^[ \t]*P[A-Z<][A-Z<]{3}(?P<name>[A-Z]+(?:<{1,2}[A-Z]+)*)<*[ \t]*$")
# The second line: number and check digit, nationality, birth date (YYMMDD) and check digit,
# sex, expiry date.
_NUMBER_LINE = regex.compile(
    r"(?m)^[ \t]*(?P<number>[A-Z0-9]{6,9})<*\d[A-Z<]{3}(?P<birth>\d{6})\d[MFX<]\d{6}\d"
)
# ... alone: all its 44 characters, the optional data and the check digits too.
_LONE_NUMBER_LINE = regex.compile(
    r"(?m)^[ \t]*(?P<number>[A-Z0-9]{6,9})<*\d[A-Z<]{3}(?P<birth>\d{6})\d[MFX<]\d{6}\d"
    r"[A-Z0-9<]{14}\d{2}[ \t]*$"
)
_AIRLINE_DOCS = regex.compile(
    r"/P/[A-Z]{3}/(?P<number>[A-Z0-9]{6,9})/[A-Z]{3}/(?P<birth>\d{2}[A-Z]{3}\d{2})/[MF]I?/"
)
_SCORE = 0.85


def zones(text: str) -> list[tuple[regex.Match[str], regex.Match[str]]]:
    """The (name line, number line) pairs of the passports' zones in ``text``."""
    if "<<" not in text:
        return []
    found = []
    for name in _NAME_LINE.finditer(text):
        number = _NUMBER_LINE.match(text, name.end() + 1)
        if number is not None:  # a line of capitals and "<" alone is no passport's
            found.append((name, number))
    return found


def zone_names(text: str) -> list[Span]:
    """The holders' names: "WIDJAJA<<FELICIA<ANGELINE" (read by the names package)."""
    return [Span(*name.span("name"), _SCORE) for name, _ in zones(text)]


class MachineReadableZoneRecognizer(TypedSpanRecognizer):
    """The passport's number and the birth date in a passport's MRZ or a booking's DOCS."""

    ENTITIES = ("ID_PASSPORT", "DATE_OF_BIRTH")

    def typed_spans(self, text: str) -> list[tuple[str, Span]]:
        lines = [number for _, number in zones(text)]
        paired = {line.span() for line in lines}
        lines += [line for line in _LONE_NUMBER_LINE.finditer(text) if line.span() not in paired]
        lines += _AIRLINE_DOCS.finditer(text)
        found = []
        for line in lines:
            found.append(("ID_PASSPORT", Span(*line.span("number"), _SCORE)))
            found.append(("DATE_OF_BIRTH", Span(*line.span("birth"), _SCORE)))
        return found


def recognizers() -> list[EntityRecognizer]:
    return [MachineReadableZoneRecognizer()]

"""Folding disguised text into the plain form recognizers expect, keeping offsets.

People (and attackers) write values the pattern recognizers would miss:
full-width or non-Latin digits (``０８１２``), invisible characters inside a
value (zero-width joiners, soft hyphens), look-alike letters from other scripts
in e-mails (Cyrillic ``а`` for Latin ``a``) and digits spaced one by one
(``0 8 1 2 3 4 5 6 7 8 9 0``). The analyzer runs on the folded text and maps
each entity back to the original characters, so the original is what gets
replaced.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff")
# Letters from other scripts that look like Latin ones (the common confusables).
# Dashes of every width, and the minus sign, as the hyphen that joins digit groups
# ("0856–4712–0983", "3307—1966").
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁɡһӏԛԝАВЕКМНОРСТХІЈЅοαρνυιεκτхΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
    "aeopcyxijsdghlqwABEKMHOPCTXIJSoapvuiektxABEZHIKMNOPTYX-------",
)
# Ten or more digits each separated from the next by one space, dot or dash, or by a
# spaced dash between groups ("0 8 1 3 - 5 5 2 1 - 0 0 9 8").
_SPACED_DIGITS = re.compile(r"(?<![0-9])[0-9](?:(?:[ .\-]| - )[0-9]){9,}(?![0-9])")


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, for each of its characters, the index it came from.

    ``None`` as the index list means the text needed no folding.
    """
    if text.isascii():
        if not _SPACED_DIGITS.search(text):
            return text, None
        chars, origin = list(text), list(range(len(text)))
    else:
        chars, origin = [], []
        for index, char in enumerate(text):
            if char in INVISIBLE:
                continue
            for folded in _fold_char(char):
                chars.append(folded)
                origin.append(index)
    return _join_spaced_digits("".join(chars), origin)


def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    return unicodedata.normalize("NFKC", char).translate(CONFUSABLES) or char


def _join_spaced_digits(text: str, origin: list[int]) -> tuple[str, list[int] | None]:
    if not _SPACED_DIGITS.search(text):
        return text, origin
    keep = [True] * len(text)
    for match in _SPACED_DIGITS.finditer(text):
        for i in range(match.start(), match.end()):
            keep[i] = text[i].isdigit()
    return (
        "".join(c for c, k in zip(text, keep, strict=True) if k),
        [o for o, k in zip(origin, keep, strict=True) if k],
    )


def original_span(origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that folded span [start, end) came from."""
    if origin is None:
        return start, end
    return origin[start], origin[end - 1] + 1

"""Folding disguised text into the plain form recognizers expect, keeping offsets.

People (and attackers) write values the pattern recognizers would miss:
full-width or non-Latin digits (``０８１２``), invisible characters inside a
value (zero-width joiners, soft hyphens), look-alike letters from other scripts
in e-mails (Cyrillic ``а`` for Latin ``a``), digits spaced one by one
(``0 8 1 2 3 4 5 6 7 8 9 0``), bullets between digit groups (``0857•3210•4498``)
and the slips of typing and of text read from a photo (OCR): a letter among digits
(``08l3 1190 6625``, ``27-O2-1995``), a digit or a lower-case l inside a word in
capitals (``NUGR0HO``, ``W1CAKSONO``, ``HALlM``). The analyzer runs on the folded text
and maps each entity back to the original characters, so the original is what gets
replaced.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff")
# Letters from other scripts that look like Latin ones (the common confusables).
# Dashes of every width, and the minus sign, as the hyphen that joins digit groups
# ("0856–4712–0983", "3307—1966").
# Bullets and middle dots between digit groups as hyphens too ("0857•3210•4498").
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁɡһӏԛԝАВЕКМНОРСТХІЈЅοαρνυιεκτхΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
    "\u2022\u2219\u00b7",
    "aeopcyxijsdghlqwABEKMHOPCTXIJSoapvuiektxABEZHIKMNOPTYX----------",
)
# Ten or more digits each separated from the next by one space, dot or dash, or by a
# spaced dash between groups ("0 8 1 3 - 5 5 2 1 - 0 0 9 8").
_SPACED_DIGITS = re.compile(r"(?<![0-9])[0-9](?:(?:[ .\-]| - )[0-9]){9,}(?![0-9])")


# A word of digits with letters that look like digits among them: l and I for 1, O and o
# for 0 ("08l3", "O6O 5l2 3847", "27-O2-1995", "NO. 1O").
_DIGITS_WITH_LOOKALIKES = re.compile(
    r"(?<![A-Za-z0-9])(?=[0-9lIOo]*[0-9])(?=[0-9lIOo]*[lIOo])[0-9lIOo]{2,}(?![A-Za-z0-9])"
)
# ... and a group of look-alikes alone among three or more joined groups of digits, as an
# account's groups are printed ("0l23-Ol-O45678-5O-9").
_GROUPS_WITH_LOOKALIKES = re.compile(
    r"(?<![A-Za-z0-9])(?=[0-9lIOo]*[0-9])[0-9lIOo]+(?:[-.][0-9lIOo]+){2,}(?![A-Za-z0-9])"
)
_AS_DIGITS = str.maketrans("lIOo", "1100")
# A word in capitals with a 0 or 1 inside it or a lower-case l, read from a photo:
# "NUGR0HO", "W1CAKSONO", "HALlM", "PUTRl" (not a code ending in digits: "ABC100").
_CAPITALS_WITH_SLIPS = re.compile(
    r"(?<![A-Za-z0-9])(?=(?:[01l]*[A-Z]){3})[A-Z]+(?:[01][A-Z]+|l[A-Z]*)+(?![A-Za-z0-9])"
)
_AS_LETTERS = str.maketrans("01l", "OII")


def _ocr_slips(text: str) -> str:
    """``text`` with look-alike letters among digits and digits inside capitals read as
    what they stand for (the same length, so offsets stay)."""
    chars = None
    for pattern, table in (
        (_DIGITS_WITH_LOOKALIKES, _AS_DIGITS),
        (_GROUPS_WITH_LOOKALIKES, _AS_DIGITS),
        (_CAPITALS_WITH_SLIPS, _AS_LETTERS),
    ):
        for match in pattern.finditer(text):
            chars = chars or list(text)
            chars[match.start() : match.end()] = match.group().translate(table)
    return text if chars is None else "".join(chars)


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, for each of its characters, the index it came from.

    ``None`` as the index list means the text needed no folding.
    """
    slips = _ocr_slips(text)
    if slips is not text:
        text = slips
        if text.isascii():
            return _join_spaced_digits(text, list(range(len(text))))
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

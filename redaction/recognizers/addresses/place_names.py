"""Names of streets, estates and districts after an anchor, and known cities and provinces."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.recognizers.addresses.patterns import (
    HOUSE_CODE,
    PLACE_GAP,
    STREET_ANCHOR,
    WORD,
    WORD_GAP,
)
from redaction.recognizers.addresses.vocabulary import (
    ALWAYS_BREAK,
    BREAK_WORDS,
    DIRECTIONS,
    HONORIFICS,
    INNER_GANG_WORDS,
    INNER_VILLAGE_WORDS,
    KEYWORDS,
    NAME_ABBREVIATIONS,
    PLACE_FIRST_WORDS,
    PLACES,
)

_ABBREVIATION_GAP = re.compile(r"\.[ \t]*")
_NO_GAP = re.compile(r"[ \t]*")

_MAX_NAME_WORDS = 5
_ACRONYM_IN_NAME = re.compile(r"[A-Z]{2,4}[ \t]+[A-Z][a-z]")


def name_words(text: str, pos: int) -> int | None:
    """End of the street/estate/district name starting at ``pos`` (None: no name there)."""
    end = None
    capitalised = None
    for _ in range(_MAX_NAME_WORDS):
        word = WORD.match(text, pos)
        if word is None:
            break
        multi_word_place = end is not None and word.group().lower() in PLACE_FIRST_WORDS
        place_end = place(text, word.start()) if multi_word_place else None
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
        if end is not None and len(word.group()) <= 2 and HOUSE_CODE.match(text, word.start()):
            break  # the house after the estate's name: "Griya Permata Hijau C-12"
        if end is not None and word.group().lower() in INNER_GANG_WORDS:
            break
        if end is not None and word.group() in INNER_VILLAGE_WORDS:
            break  # "jorong koto tuo nagari balai gurah": the next village starts
        # A capitalised name ends at the first lower-case word ("Jalan Sultan Agung
        # terkenal ..."); a lower-case one ("jln mawar") may go on in lower case.
        if capitalised is None:
            capitalised = word.group()[0].isupper()
        elif capitalised and not word.group()[0].isupper() and word.group() not in DIRECTIONS:
            break  # but "Krajan kidul" goes on
        end = word.end()
        lower = word.group().lower()
        if word.group().endswith("."):  # "K.H. Wahid Hasyim"
            gap = _NO_GAP.match(text, end)
        elif text.startswith(".", end) and (lower in NAME_ABBREVIATIONS or len(lower) == 1):
            gap = _ABBREVIATION_GAP.match(text, end)  # "Jend. Sudirman", "H. Agus Salim"
        else:
            gap = WORD_GAP.match(text, end)
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
    if not word.group()[0].isupper() or lower in KEYWORDS or lower in HONORIFICS:
        return False  # not "Kost Putra Pak Harjo": an owner's name
    if _HOUSE_NUMBER_AFTER.match(text, word.end()) is not None:
        return True
    nxt = _NEXT_NAME_WORD.match(text, word.end())
    return nxt is not None and nxt.group(1).lower() not in ALWAYS_BREAK


def word_name(text: str, pos: int) -> int | None:
    """End of a name after an anchor that starts with a word or number, not a name."""
    return _common_word_name(text, pos) or prefixed_name(text, pos)


def prefixed_name(text: str, pos: int) -> int | None:
    """End of a district named after its city ("Kec. Kota Kediri") or numbered ("Kel. 20
    Ilir", "Kel. 3-4 Ulu" in Palembang)."""
    prefix = _NAME_PREFIX.match(text, pos)
    return name_words(text, prefix.end()) if prefix is not None else None


_NAME_PREFIX = re.compile(
    r"(?:Kota|\d{1,2}(?:-\d{1,2})?)[ \t]+(?=[A-Z])|kota[ \t]+(?=[a-z])"  # "kel. kota baru"
)


def _common_word_name(text: str, pos: int) -> int | None:
    """End of a street or estate named with a capitalised word that is also a word ("Gg.
    Sekolah", "Komplek Pertamina", "Asrama Polisi"), with the name words after it."""
    word = WORD.match(text, pos)
    if word is None or not _COMMON_NAME_WORD.fullmatch(word.group()):
        return None  # not "Rp 15"
    lower = word.group().lower()
    if lower in _NOT_A_NAME or STREET_ANCHOR.fullmatch(word.group()):
        return None
    gap = WORD_GAP.match(text, word.end())
    rest = name_words(text, gap.end()) if gap is not None else None
    return rest if rest is not None and text[gap.end()].isupper() else word.end()


# A word naming a street or building: "Sekolah", or an institution's acronym: "Menara BCA".
_COMMON_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}|[A-Z]{2,5}")
# Words that never name a street: function words and address keywords ("Jl. Ke Rumah").
_NOT_A_NAME = frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS) | KEYWORDS


# "Kota" closing a district's name at the end of a line or clause ("Kec. Medan Kota").
_CITY_DISTRICT_END = re.compile(r"Kota(?=[ \t]*(?:[,.;]|\r?\n|\Z))")


def _breaks_name(word: str, *, continues_capitalised: bool = False) -> bool:
    lower = word.lower().rstrip(".")
    if lower in NAME_ABBREVIATIONS:
        return False
    if continues_capitalised and word[0].isupper():
        return lower in ALWAYS_BREAK
    return lower in BREAK_WORDS


def place(text: str, at: int) -> int | None:
    """End of a known city/province (with a direction: "Jakarta Barat") at ``at``."""
    found = []
    pos = at
    for _ in range(3):
        word = WORD.match(text, pos)
        if word is None:
            break
        found.append(word)
        gap = PLACE_GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    for n in range(len(found), 0, -1):
        name = " ".join(w.group().lower() for w in found[:n])
        if name in PLACES:
            end = found[n - 1].end()
            if n < len(found) and found[n].group().lower() in DIRECTIONS:
                end = found[n].end()
            return end
    return None

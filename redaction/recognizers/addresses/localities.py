"""Villages, districts and areas after a street: capitalised, chained or in lower case."""

from __future__ import annotations

import re

from redaction.recognizers.addresses.landmarks import LANDMARK_STOP, VERB_SHAPE, starts_landmark
from redaction.recognizers.addresses.patterns import (
    HOUSE_BEFORE,
    PLACE_GAP,
    POSTCODE,
    POSTCODE_BEFORE,
    SEPARATOR,
    WORD,
)
from redaction.recognizers.addresses.place_names import name_words, place
from redaction.recognizers.addresses.vocabulary import (
    ALWAYS_BREAK,
    BREAK_WORDS,
    DIRECTIONS,
    GIVEN_NAMES,
    KEYWORDS,
    LEXICON,
    PLACES,
    STREET_WORDS,
)

_LOWER_WORD = re.compile(r"[a-z][a-z'-]*(?![\w])")
_MAX_LOWER_LOCALITY_WORDS = 3


def ends_with_city(text: str, start: int, end: int) -> bool:
    """Whether the part ``text[start:end]`` ends with a postcode or a city ("Kec. Ambulu
    Jember")."""
    if _POSTCODE_END.search(text, start, end):
        return True
    return any(place(text, word.start()) == end for word in WORD.finditer(text, start, end))


_POSTCODE_END = re.compile(r"\b\d{5}\Z")


def district_after_city(text: str, end: int) -> int:
    """``end`` moved over a lower-case district named after its city, at the end of the
    clause ("medan selayang", "bandung kidul"): one word that is no Indonesian or chat word."""
    word = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    if word is None or not (CLAUSE_END.match(text, word.end()) or _chat_after(text, word.end())):
        return end
    lower = word.group()
    if len(lower) < 4 or lower in LEXICON or lower in BREAK_WORDS or lower in LANDMARK_STOP:
        return end
    return word.end()


def _chat_after(text: str, end: int) -> bool:
    """Whether a chat word follows ``end``: "medan amplas ya kak"."""
    word = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    return word is not None and word.group() in LANDMARK_STOP


def lower_case_before(text: str, at: int, *, comma: bool) -> bool:
    """Whether the address before ``at`` is written in lower case: the stretch before a
    comma, or the house number or RT/RW right before ("blok C rt 3/4 pondok aren")."""
    if comma:
        before = text[max(0, at - 30) : at]
        before = before[max(before.rfind(",", 0, len(before.rstrip(" \t,;/|–—-"))) + 1, 0) :]
    elif HOUSE_BEFORE.search(text, max(0, at - 12), at) and not POSTCODE_BEFORE.search(
        text, max(0, at - 8), at
    ):  # after a postcode the address is over: "... 12960 ends on"
        before = text[max(0, at - 8) : at]
    else:
        return False
    before = _CODE_IN_CAPITALS.sub("", before)  # codes: "griya asri C7/15, pabuaran", "blok B"
    return before.lower() == before


_CODE_IN_CAPITALS = re.compile(r"\b[A-Z]{1,3}(?:-?\d|\b)")


def unpunctuated_locality(text: str, at: int) -> int | None:
    """End of capitalised area names without a comma before them: before a city or postcode
    ("Jl. Melati XII/41 Cipedes, Tasikmalaya 46132"), up to a city ("Blok V3 No 8 Bojong Kulur
    Gunung Putri Bogor"), or after a house to the end of the clause ("RT 05/RW 02 Ngaliyan",
    "No. 7 Medan Helvetia"); not a person's name ("No 5 Budi ...")."""
    end = locality(text, at)
    if end is None:
        return None
    nxt = SEPARATOR.match(text, end)
    if "," in nxt.group() and (
        place(text, nxt.end()) is not None or POSTCODE.match(text, nxt.end())
    ):
        return end
    words_in = list(WORD.finditer(text, at, end))
    first = words_in[0].group().lower()
    if first in GIVEN_NAMES and first not in PLACES:
        return None
    if any(place(text, w.start()) == end for w in words_in[1:]):
        return end  # "... Gunung Putri Bogor"
    house = HOUSE_BEFORE.search(text, max(0, at - 12), at)
    if house is None or POSTCODE_BEFORE.search(text, max(0, at - 8), at):
        return None  # after a postcode the address is over: "Bekasi 17215 SHM"
    return end if _clause_ends(text, end) else None


def lower_locality(text: str, at: int) -> int | None:
    """End of one to three lower-case words that are no Indonesian or chat word (area names:
    "gandaria selatan cilandak"); None if there are none. Words that are also Indonesian
    words ("pondok bambu", "tanah abang") are an area only when they end the clause."""
    city_end = _lower_words_to_city(text, at)
    if city_end is not None:
        return city_end
    unknown_end = None  # end of the leading words that are no Indonesian word
    end = None
    pos = at
    for n in range(_MAX_LOWER_LOCALITY_WORDS + _MAX_WORDS_BEFORE_CITY):
        word = _LOWER_WORD.match(text, pos)
        if word is None:
            break
        lower = word.group()
        city_end = place(text, word.start()) if n else None
        if city_end is not None:
            return city_end  # up to a city: "cipadung kidul panyileukan bandung", "... jaktim"
        if n >= _MAX_LOWER_LOCALITY_WORDS:
            pos = PLACE_GAP.match(text, word.end())
            if pos is None:
                break
            pos = pos.end()
            continue  # more area names only when a city follows
        stop = (
            lower in LANDMARK_STOP
            or lower in BREAK_WORDS
            or len(lower) < 4
            or VERB_SHAPE.fullmatch(lower) is not None  # "rumahnya", "dikirim"
        )
        if (stop and not (n and lower in STREET_WORDS)) or starts_landmark(text, word.start()):
            break  # "tanah baru" goes on, "... pagar hitam sebelah warung" does not start
        known = lower in LEXICON and not (n and lower in DIRECTIONS)
        if not known and unknown_end == end:
            unknown_end = word.end()
        end = word.end()
        gap = PLACE_GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    if end is not None and _clause_ends(text, end):
        return end
    return unknown_end


def _clause_ends(text: str, end: int) -> bool:
    """Whether the clause ends at ``end``, also after closing particles ("... ya kak.")."""
    return bool(CLAUSE_END.match(text, end) or _PARTICLES_TO_END.match(text, end))


# Particles that close a clause ("... pondok gede ya.", "... tanah baru ya kak"): the words
# before them end the clause too.
_PARTICLE = r"(?:ya+h?|yo|kak|ka|bang|mas|mbak|mba|pak|bu|min|gan|sis)"
_PARTICLES_TO_END = re.compile(
    rf"(?:[ \t]+{_PARTICLE}){{1,2}}(?=[ \t]*(?:[,.;!?)]|\r?\n|\Z))", re.IGNORECASE
)


_MAX_WORDS_BEFORE_CITY = 2


def _lower_words_to_city(text: str, at: int) -> int | None:
    """End of a city reached over lower-case estate and area names, whatever they look
    like ("grand wisata bekasi", "kompleks btn malanu kota sorong"); None if a function or
    chat word comes first ("... no 8 ya, ke bekasi")."""
    pos = at
    for n in range(_MAX_LOWER_LOCALITY_WORDS + _MAX_WORDS_BEFORE_CITY):
        word = _LOWER_WORD.match(text, pos)
        if word is None:
            return None
        if n and place(text, word.start()) is not None:
            return place(text, word.start())
        lower = word.group()
        if len(lower) < 3 or lower in LANDMARK_STOP:
            return None
        gap = PLACE_GAP.match(text, word.end())
        if gap is None:
            return None
        pos = gap.end()
    return None


# The end of a clause: a comma, a sentence end, a line end or the end of the text.
CLAUSE_END = re.compile(r"[ \t]*(?:[,.;!?)]|\r?\n|\Z)")


# A district may share its name with a chat word ("..., Abang, Karangasem"), not with a
# function word or a greeting ("..., Kak, Bandung").
_NOT_CHAINED = ALWAYS_BREAK | LANDMARK_STOP


def chained_locality(text: str, at: int) -> int | None:
    """One to three capitalised words that are also words, between commas and followed by
    another locality or a city ("..., Keputih, Sukolilo, Surabaya", "..., Padang Bulan, Medan
    Tuntungan, Medan")."""
    word = WORD.match(text, at)
    if word is None or word.group().lower() in _NOT_CHAINED:
        return None
    for _ in range(_MAX_CHAINED_WORDS):
        if not word.group()[0].isupper() or word.group().lower() in KEYWORDS:
            return None
        nxt = SEPARATOR.match(text, word.end())
        if "," in nxt.group():
            break
        if nxt.group() != " ":
            return None
        word = WORD.match(text, nxt.end())
        if word is None:
            return None
    else:
        return None
    if place(text, nxt.end()) is not None or locality(text, nxt.end()) is not None:
        return word.end()
    return None


_MAX_CHAINED_WORDS = 3


def locality(text: str, at: int) -> int | None:
    """A capitalised village/district name after a comma ("..., Sukamaju, Bogor")."""
    word = WORD.match(text, at)
    if word is None or not word.group()[0].isupper():
        return None
    end = name_words(text, at)
    if end is None:
        return None
    # A locality is a proper name: not an ordinary word ("..., Kawasan ibu kota"), unless
    # more capitalised words follow it ("Pondok Gede", "Pasar Minggu").
    if word.group().lower() in LEXICON and end == word.end():
        return None
    return end

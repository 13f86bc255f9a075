"""Lists of names: the other items of a list in which most are names."""

from __future__ import annotations

import re

from redaction.recognizers.names.cues import HONORIFIC_PATTERN
from redaction.recognizers.names.tokens import PLAIN_GAP, NameSpan, Token, free
from redaction.recognizers.names.vocabulary import (
    FUNCTION_WORDS,
    NAMES,
    ORG_WORDS,
    PLACES,
    blocked,
    english_word,
    is_sure_name,
)

_LISTED_NAME_SCORE = 0.5
# Between the items of a list of names: "Andi, Bunga, Citra dan Dodi".
_LIST_GAP = re.compile(
    r"(?:[ \t]*(?:,|&|/)[ \t]*(?:(?:dan|and|&|sama)[ \t]+)?|[ \t]+(?:dan|and|&|sama)[ \t]+)"
    # an honorific before an item: "Dimas, Sekar sama om Benny"
    rf"(?i:(?:{HONORIFIC_PATTERN})[ \t]+)?"
)
# Between the lines of a list: the rest of a line after a dash or comma, a line break, a list
# marker, a label ("Senin: Darto, Eko\nSelasa: Slamet", "1. Paijo - Gg. Melati\n2. Lasmini");
# an item after it must end its line or be followed by another item or a dash.
_LIST_LINE_GAP = re.compile(
    r"(?:[ \t]*[-–—,(+][^\n]*|[ \t]+(?:Rp\.?[ \t]?)?\d[^\n]*)?[ \t]*\n[ \t]*"
    r"(?:(?:\d{1,2}[.)]|[-•*✅❌✔✓✗☑]\ufe0f?)[ \t]*)?"
    r"(?:[^\W\d_]+[ \t]*:[ \t]*)?"
)
# (or an amount: "- dewi 4,2jt\n- anton 3,8jt", "✅ Bella Rp 89.000")
_ITEM_END = re.compile(r"[ \t]*(?:[,&/\n\-–—(:+]|(?:dan|and)\b|\Z)|[ \t]+(?:Rp\.?[ \t]?)?\d")
_MIN_LIST_ITEMS = 3


def listed_names(text: str, toks: list[Token], found: list[NameSpan]) -> list[NameSpan]:
    """The other items of a list of names in which most are names: "piket: Andi, Bunga,
    Citra, Dodi" ("Bunga", "Citra" are also words), "Ojak, Nurdin, Lim Swie Hok, Yudhistira",
    "1. Nayla Salsabila\n2. Rafka Arrayan", "BAYU, DIMAS, RANGGA, UCOK"."""
    spans: list[NameSpan] = []
    i = 0
    while i < len(toks):
        if not (toks[i].capitalised or toks[i].lower in NAMES) or (
            toks[i].lower not in NAMES and (blocked(toks[i]) or toks[i].lower in PLACES)
        ):
            i += 1  # no list of names starts here: "isi ya:\n1. Andika", "YOGYAKARTA 55581"
            continue
        items = [_list_item(text, toks, i, found)]
        while (item := _next_item(text, toks, items[-1], found)) is not None and (
            toks[item[0]].capitalised or toks[item[0]].lower in NAMES
        ):
            items.append(item)
        i = items[-1][1] + 1
        firsts = [toks[a] for a, _ in items]
        if len(items) < _MIN_LIST_ITEMS or not all(
            t.capitalised or t.lower in NAMES for t in firsts
        ):
            continue
        named = [
            (a, b)
            for a, b in items
            if not free(found, toks[a].start, toks[b].end) or is_sure_name(toks[a].text)
        ]
        if 2 * len(named) < len(items):
            continue
        in_capitals = all(t.all_caps for t in firsts)
        for a, b in items:
            t = toks[a]
            if (
                (in_capitals or not t.all_caps)
                and len(t.text) >= 3
                and not english_word(t)
                # a name that is also a town's among names: "Bima, Clarissa, Ahmad"
                and (t.lower not in PLACES or t.lower in NAMES)
                and t.lower not in ORG_WORDS
                and t.lower not in FUNCTION_WORDS
                and not blocked(t)
                and free(found, t.start, toks[b].end)
            ):
                spans.append(NameSpan(t.start, toks[b].end, _LISTED_NAME_SCORE))
    return spans


def _list_item(text: str, toks: list[Token], k: int, found: list[NameSpan]) -> tuple[int, int]:
    """The first and last word of the list item at ``toks[k]``: a found name, or a word and
    the capitalised words after it ("Rafka Arrayan")."""
    last = k
    for span in found:
        if span.start <= toks[k].start < span.end:
            while last + 1 < len(toks) and toks[last + 1].end <= span.end:
                last += 1
            return k, last
    while (
        last + 1 < len(toks)
        and last - k < 2
        and toks[k].capitalised
        and len(toks[last + 1].text) > 1
        and toks[last + 1].capitalised
        and toks[last + 1].all_caps == toks[k].all_caps
        and PLAIN_GAP.fullmatch(text[toks[last].end : toks[last + 1].start])
        and not blocked(toks[last + 1])
        and not english_word(toks[last + 1])
    ):
        last += 1
    return k, last


def _next_item(
    text: str, toks: list[Token], item: tuple[int, int], found: list[NameSpan]
) -> tuple[int, int] | None:
    """The list item after ``item``, if there is one."""
    end = toks[item[1]].end
    j = item[1] + 1
    gap = _LIST_GAP.match(text, end)
    if gap is not None and (k := _token_at(toks, j, gap.end())) is not None:
        return _list_item(text, toks, k, found)  # after a conjunction: "Sekar sama om Benny"
    gap = _LIST_LINE_GAP.match(text, end)
    if gap is None or (k := _token_at(toks, j, gap.end())) is None:
        return None  # (the label of the next line is skipped)
    following = _list_item(text, toks, k, found)
    return following if _ITEM_END.match(text, toks[following[1]].end) else None


def _token_at(toks: list[Token], j: int, at: int) -> int | None:
    """The index (``j`` or later) of the word starting at offset ``at``, if there is one."""
    while j < len(toks) and toks[j].start < at:
        j += 1
    return j if j < len(toks) and toks[j].start == at else None

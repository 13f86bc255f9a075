"""Words and spans: the tokens of a text and the gaps that join words into one name."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_NAME_TOKENS = 5
MAX_FORM_VALUE_TOKENS = 6
# An English possessive "'s" is no part of the word: "Olivia's inhaler".
_TOKEN = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
# Between two words of one name: spaces or a hyphen, or the dot of an initial or
# abbreviation ("M. Rizky", "Moh. Hatta"). Newlines and other punctuation end a name.
PLAIN_GAP = re.compile(r" {1,3}|-")  # (a tab parts a table's columns)
DOT_GAP = re.compile(r"\.[ \t]{0,2}")
_NAME_ABBREVIATIONS = frozenset({"moh", "muh", "mochd", "abd", "st"})
POSSESSIVE = re.compile(r"['’]s\b")
SENTENCE_GAP = re.compile(r"[.!?\n:;\"“”()]")
LINE_END = re.compile(r"[ \t]*(?:[\n\r,;(]|$)")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def initial(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    score: float


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words (letters only) of ``text[start:end]``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether two adjacent words can belong to one name."""
    gap = text[left.end : right.start]
    if PLAIN_GAP.fullmatch(gap):
        return True
    abbreviation = left.initial or left.lower in _NAME_ABBREVIATIONS
    return abbreviation and DOT_GAP.fullmatch(gap) is not None


def glued_to_digit(text: str, token: Token) -> bool:
    """A word written against a digit is part of a code ("3B", "NL91"), not a name."""
    return (token.start > 0 and text[token.start - 1].isdigit()) or (
        token.end < len(text) and text[token.end].isdigit()
    )


def sentence_start(text: str, toks: list[Token], i: int) -> bool:
    return i == 0 or SENTENCE_GAP.search(text, toks[i - 1].end, toks[i].start) is not None


def free(found: list[NameSpan], start: int, end: int) -> bool:
    return not any(s.start < end and start < s.end for s in found)

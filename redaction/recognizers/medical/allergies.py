"""What someone is allergic to, or may not take."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.data import words
from redaction.recognizers.medical.cues import _asked_as_a_question
from redaction.recognizers.medical.qualifiers import _with_prefix
from redaction.recognizers.medical.vocabulary import MEDICAL_TRIGGERED_SCORE, _Piece

# What someone is allergic to: "alergi kacang", "allergy to latex" (the allergy), "allergic to
# eggs" (the allergen), "peanut allergy".
_ALLERGY = re.compile(
    r"\b(?:(?P<noun>(?:alergi|intoleransi)(?:[ \t]+(?:terhadap|sama))?|allerg(?:y|ies)[ \t]+to)"
    r"|allergic[ \t]+to|intoleran(?:t|ce)[ \t]+to)"
    r"(?=[ \t]+\w)",
    re.IGNORECASE,
)
_ALLERGY_AFTER = re.compile(
    r"(?<![\w-])(\w+)[ \t]+(?:allergy|allergies|intolerant|intolerance|intoleran)\b",
    re.IGNORECASE,
)
_ALLERGEN_WORD = re.compile(r"[ \t]+(?:\w+-)?\w+")
# A food or a medicine someone may not take, in a message that names an allergy or an
# intolerance: "She can't have eggs, severe allergy", "ga boleh makan udang, alergi".
_CANNOT_TAKE = re.compile(
    r"\b(?:can[’']?t|cannot|can[ \t]+not|must[ \t]+not|(?:is|are)n[’']?t[ \t]+allowed[ \t]+to"
    r"|(?:ga|gak|nggak|ngga|tidak|tdk|g)[ \t]+(?:bisa|boleh)|pantang)[ \t]+"
    r"(?:have|eat|drink|take|makan|minum|konsumsi)(?=[ \t]+\w)",
    re.IGNORECASE,
)
_ALLERGY_WORD = re.compile(r"\b(?:alergi|allerg\w*|intoleran\w*|intolerant)", re.IGNORECASE)
_CANNOT_TAKE_WINDOW = 60
_MAX_ALLERGEN_WORDS = 4
# More allergens listed, each a word or two closing the clause or the list: "alergi udang dan
# kepiting", "allergic to eggs, milk and soy" (not "allergic to shellfish and uses an EpiPen").
_LIST_WORD = r"(?:[ \t]*[,&/]|[ \t]+(?:dan|and|sama|atau|or|serta)\b)"
_MORE_ALLERGENS = re.compile(
    rf"{_LIST_WORD}(?P<words>(?:[ \t]+(?:\w+-)?\w+){{1,2}}?)"
    rf"(?=[ \t]*(?:[.;!?\n)]|$)|{_LIST_WORD})",
    re.IGNORECASE,
)
# Words that end an allergen ("alergi kacang, mohon", "allergic to eggs but ...").
_NOT_ALLERGEN = (
    frozenset(INDONESIAN_STOP_WORDS) | frozenset(ENGLISH_STOP_WORDS) | words("chat_words.txt")
)


def _allergen_word(text: str, pos: int) -> re.Match[str] | None:
    word = _ALLERGEN_WORD.match(text, pos)
    return None if word is None or word.group().strip().lower() in _NOT_ALLERGEN else word


def _more_allergens(text: str, pos: int) -> int:
    """``pos`` moved over more allergens listed: "alergi udang| dan kepiting"."""
    while (more := _MORE_ALLERGENS.match(text, pos)) is not None and not any(
        word.lower() in _NOT_ALLERGEN for word in more.group("words").split()
    ):
        pos = more.end()
    return pos


def _allergens_after(text: str, pos: int) -> tuple[list[re.Match[str]], int]:
    """The allergen words from ``pos`` on, and where they (and more listed) end."""
    words_found = []
    for _ in range(_MAX_ALLERGEN_WORDS):
        word = _allergen_word(text, pos)
        if word is None:
            break
        words_found.append(word)
        pos = word.end()
    if words_found:
        pos = _more_allergens(text, pos)
    return words_found, pos


def _allergies(text: str) -> list[_Piece]:
    """What a person is allergic to, with the allergy word: "alergi seafood", "peanut allergy"."""
    found = []
    for match in _ALLERGY.finditer(text):
        words_found, pos = _allergens_after(text, match.end())
        if words_found and not _asked_as_a_question(text, match.start(), pos):
            first = words_found[0]
            start = (
                match.start() if match.group("noun") else first.end() - len(first.group().lstrip())
            )
            found.append(_Piece(start, pos, MEDICAL_TRIGGERED_SCORE))
    for match in _ALLERGY_AFTER.finditer(text):
        if match.group(1).lower() not in _NOT_ALLERGEN and not _asked_as_a_question(
            text, match.start(), match.end()
        ):
            found.append(
                _Piece(_with_prefix(text, match.start()), match.end(), MEDICAL_TRIGGERED_SCORE)
            )
    for match in _CANNOT_TAKE.finditer(text):
        words_found, pos = _allergens_after(text, match.end())
        window = text[max(0, match.start() - _CANNOT_TAKE_WINDOW) : pos + _CANNOT_TAKE_WINDOW]
        if words_found and _ALLERGY_WORD.search(window):
            found.append(_Piece(match.start(), pos, MEDICAL_TRIGGERED_SCORE))
    return found

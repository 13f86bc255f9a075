"""The MEDICAL entity, its scores, its word lists, and pattern fragments shared by the modules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.data import words

MEDICAL = "MEDICAL"

MEDICAL_SPECIFIC_SCORE = 0.75
MEDICAL_TRIGGERED_SCORE = 0.7
# A medication with its dose ("Sertraline 50 mg") is MEDICAL even where spaCy sees a PERSON.
MEDICAL_DOSE_SCORE = 0.9
# Complaints that are health data only together ("mual, pusing dan lemas").
MEDICAL_LIST_SCORE = 0.6

SPECIFIC_TERMS = words("medical_specific.txt")
TRIGGERED_TERMS = words("medical_terms.txt")
SYMPTOMS = words("medical_symptoms.txt")
MEDICATIONS = words("medications.txt")
BODY_PARTS = words("body_parts.txt")


def _alternation(terms: frozenset[str] | set[str]) -> str:
    return "|".join(
        re.escape(term).replace(r"\ ", r"[ \t]+").replace(r"\-", "[ -]?")
        for term in sorted(terms, key=len, reverse=True)
    )


def _first_letters(terms: frozenset[str]) -> str:
    """A look-ahead for the letters ``terms`` start with: a long alternation is then tried
    only where one of them starts (most word starts have none)."""
    letters = sorted({term[0] for term in terms} | {term[0].upper() for term in terms})
    return "(?=[" + "".join(re.escape(letter) for letter in letters) + "])"


_BODY = r"(?:" + _alternation(BODY_PARTS) + r")(?:nya|ku|mu)?"
_SYMPTOM = r"(?:" + _alternation(SYMPTOMS) + r")(?:2|-\w+)?"
_SIDE = (
    r"(?:kiri|kanan|atas|bawah|depan|belakang|dalam|luar|left|right|front|lower|upper|dextra"
    r"|sinistra)"
)

# What a test found: "positif", "NEGATIF", "non-reaktif".
_VERDICT = (
    r"(?:positif|negatif|positive|negative|(?:non[ -]?)?(?:reaktif|reactive)|(?:tidak|not)[ \t]+"
    r"(?:reaktif|reactive|detected|terdeteksi)|terdeteksi|detected)"
)
_ORGANS = _alternation(
    BODY_PARTS
    | {"hati", "darah", "serviks", "ovarium", "nasofaring", "tiroid", "pankreas", "otak", "acl"}
    | {"mulut rahim", "usus besar", "usus halus", "getah bening"}
)


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    score: float | None  # None: health data only inside a list with another piece
    # a medicine asked for in a shop: someone's only in a message that says whose health
    shop: bool = False
    # a complaint that is often figurative alone ("pusing", "sakit"): only ever in a list
    weak: bool = False
    # where the term itself ends, before its qualifiers
    term_end: int | None = None

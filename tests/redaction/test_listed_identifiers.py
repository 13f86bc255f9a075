"""Identifiers listed or corrected after one that was found: the next ones, written the same
way and starting with the same characters, are of its type."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.mark.parametrize(
    ("text", "entity_type", "values"),
    [
        (
            "Data paspor:\n1. H. Ahmad Suhendi — X 1029384 — lahir 17-11-1956\n"
            "2. Hj. Komariah — X 1029391 — lahir 02-03-1960",
            "ID_PASSPORT",
            ["X 1029384", "X 1029391"],
        ),
        (
            "Names as per passport: Emma Clarke (533918207) and Daniel Clarke (533918215).",
            "ID_PASSPORT",
            ["533918207", "533918215"],
        ),
    ],
)
def test_the_next_identifiers_of_a_list(
    analyzer: Analyzer, text: str, entity_type: str, values: list[str]
) -> None:
    assert found(analyzer, text, entity_type) == values


@pytest.mark.parametrize(
    "text",
    [
        "rek BCA 1234567890, order 1234999999 ya",  # a reference, not a second account
        "paspor C 4407391, kode booking C 4409912",
        "rek BCA 1234567890, resi 9876543210",  # another layout's start
    ],
)
def test_other_numbers_after_an_identifier_keep_their_kind(analyzer: Analyzer, text: str) -> None:
    values = [text[e.start : e.end] for e in analyzer.analyze(text)]
    assert len(values) == 1

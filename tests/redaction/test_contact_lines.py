"""PERSON: capitalised words alone at a line's start, then a comma and a mobile number, are a
contact's name even when no list knows them ("Ardana, 0878 1234 5678")."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.names_support import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ardana, 087812345678", "Ardana"),
        ("penerima:\nArdana, +62 812 3456 7890", "Ardana"),
        ("Kirana Ardiyanti, 0812 3456 7890", "Kirana Ardiyanti"),
    ],
)
def test_contact_lines(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in persons(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 081234567890",
        "Admin, 0812345678",
        "Halo, 08123456789 ini siapa?",
        "Indomaret, 081234567890",
    ],
)
def test_no_contact_name(analyzer: Analyzer, text: str) -> None:
    assert persons(analyzer, text) == []

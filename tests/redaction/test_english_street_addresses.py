"""ADDRESS: English street addresses with a possessive in the street's name ("88 Queen's
Road") and the flat or floor written before the house number ("Apt 5C, 350 Fifth Avenue")."""

from __future__ import annotations

import pytest

from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("office: 3/F, 88 Queen's Road Central, Hong Kong", "3/F, 88 Queen's Road Central"),
        ("ship to Apt 5C, 350 Fifth Avenue, New York", "Apt 5C, 350 Fifth Avenue"),
        ("my flat 4, 10 Downing St", "flat 4, 10 Downing St"),
        ("please send it to 14 St Mary's Road", "14 St Mary's Road"),
    ],
)
def test_english_addresses(text: str, value: str) -> None:
    assert any(value in found for found in addresses(text)), addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Queen's Road is closed today",
        "Apt 5C sudah dibersihkan",
        "order 3 pcs, 88 ribu total",
    ],
)
def test_no_english_address(text: str) -> None:
    assert addresses(text) == []

"""Foreign cities people write from are places, not names; "Ma'am", "Madam" and "Sir" are
forms of address (a name may follow them), and a helpdesk signs no name."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def names(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm Priya Raghunathan, currently in Bangalore, open to move", ["Priya Raghunathan"]),
        ("Hello, we're a family of 4 from Melbourne doing a Java road trip.", []),
        ("Hi Ma'am, please don't send card details in chat", []),
        ("Thank you Madam Tan Siew Ling", ["Tan Siew Ling"]),
        ("Password sementara sudah dikirim. – Arief, Helpdesk", ["Arief"]),
    ],
)
def test_places_and_forms_of_address(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected

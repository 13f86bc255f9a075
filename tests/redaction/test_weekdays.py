"""An English weekday is no name, whatever finds it."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Beach clean-up volunteers Sat 5 Oct, Pantai Kuta:\n1. Rina\n2. Joko",
        "Hi, Sat 5 Oct is fine",
        "see you Friday, Budi",
    ],
)
def test_a_weekday_is_no_name(analyzer: Analyzer, text: str) -> None:
    names = [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PERSON"]
    assert not {"Sat", "Friday"} & set(names)

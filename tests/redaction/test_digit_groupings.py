"""Landline numbers and bank accounts in the groupings people type: a subscriber number in
pairs or with a short last group, an account with a long middle group."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found_typed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("telp (0361) 4712 88", ("PHONE_NUMBER", "(0361) 4712 88")),
        ("telp rumah 021 555 12 34", ("PHONE_NUMBER", "021 555 12 34")),
        ("rek mandiri 137 00 1234567 8", ("BANK_ACCOUNT", "137 00 1234567 8")),
    ],
)
def test_groupings(analyzer: Analyzer, text: str, value: tuple[str, str]) -> None:
    assert found_typed(analyzer, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "telp 021 555 12 34 56 78",  # too many digits for a landline
        "stok 0274 pcs, 12 box",
    ],
)
def test_longer_runs_are_no_landline(analyzer: Analyzer, text: str) -> None:
    assert [v for v in found_typed(analyzer, text) if v[0] == "PHONE_NUMBER"] == []

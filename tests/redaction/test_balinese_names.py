"""PERSON: a Balinese birth-order name that is also a word ("Gede" is "big") before a
capitalised unknown word is a full name without a cue ("Gede Ardana, 0878...")."""

from __future__ import annotations

import pytest

from tests.redaction.names_support import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gede Ardana, 087812345678", "Gede Ardana"),
        ("Gede Ardana mau pesan 2 box", "Gede Ardana"),
        ("tadi Gede Suparta yg ambil paketnya", "Gede Suparta"),
    ],
)
def test_balinese_full_names(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "td Gede bilang besok",
        "Made Sure you check the size",
        "pendakian Gunung Gede Pangrango ditutup",
        "Hotel Gede Pangrango penuh",
    ],
)
def test_no_balinese_name(text: str) -> None:
    assert not any("Gede" in n or "Made" in n for n in found(text))

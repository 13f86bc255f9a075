"""PERSON: the value of a form label naming who received, served or is in charge
("diterima oleh: ...", "petugas: ...", "teknisi: ..."), also when the name is a word too."""

from __future__ import annotations

import pytest

from tests.redaction.names_support import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("diterima oleh: Suparmi", "Suparmi"),
        ("Dilayani oleh: Melati", "Melati"),
        ("petugas: Wulan Sari", "Wulan Sari"),
        ("teknisi: Asep, datang jam 2", "Asep"),
    ],
)
def test_labelled_persons(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "diterima oleh: satpam",
        "petugas: 2 orang",
        "dibuat oleh: Admin",
        "teknisi: JNE Express",
    ],
)
def test_no_labelled_person(text: str) -> None:
    assert found(text) == []

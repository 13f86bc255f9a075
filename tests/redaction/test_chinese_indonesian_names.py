"""PERSON: Chinese-Indonesian full names in the old (Hokkien) spelling, found through the
family name that opens them ("Liong Kwet Hoa", "Kwik Siu Lan")."""

from __future__ import annotations

import pytest

from tests.redaction.names_support import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dari: Liong Kwet Hoa", "Liong Kwet Hoa"),
        ("titip ke Kwik Siu Lan ya", "Kwik Siu Lan"),
        ("pesanan Njoo Hong Tjoen sudah dikirim", "Njoo Hong Tjoen"),
        ("Tjhin Mei Ling, 0812 3456 7890", "Tjhin Mei Ling"),
    ],
)
def test_chinese_indonesian_names(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ["naga liong di pawai imlek", "cari kue bulan di Glodok"])
def test_no_name(text: str) -> None:
    assert found(text) == []

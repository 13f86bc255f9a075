"""One-time codes in groups of three digits, a transaction token, a code being used, and an
OTP whose SMS names the transaction at length before the code."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from tests.redaction.support import found


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(cache_size=0)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DompetKu: 539 201 is your verification code. Valid for 5 minutes", "539 201"),
        ("Halo Yosua, token transaksi Anda: 55 71 20. Berlaku 3 menit.", "55 71 20"),
        ("Kode pengambilan tunai: 884 219 307. Mohon tidak dibagikan", "884 219 307"),
        ("the push isn't coming so I'm using the code: 038 221. pls help", "038 221"),
        (
            "Your OTP for transaction TRX-44810293 amounting to IDR 2,150,000 at AGODA is "
            "592 813. Never share this code.",
            "592 813",
        ),
    ],
)
def test_codes(analyzer: Analyzer, text: str, code: str) -> None:
    assert found(analyzer, text, "SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "pake kode promo HEMAT10 ya kak, kode pos 40115",
        "the price is 250 000 per night, 3 nights",
        "nomor antrian 120 045 ya pak",
    ],
)
def test_numbers_that_are_no_codes(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "SECRET") == []

"""SECRET: webhook secrets and Meta access tokens by their prefixes, codes someone set, a bank
token's response; and no password in a password's state ("password salah"), no code in a set
count or an order's amount, and no secret in a prepaid electricity token (a voucher's code
that names no one)."""

from __future__ import annotations

import pytest

from tests.redaction.test_secrets import values


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("webhook secret yg lama whsec_9Qm2XpL7vTa4 tolong dirotasi", "whsec_9Qm2XpL7vTa4"),
        ("new token: EAAJ4mZq9RbX2kPw7TnYc5LsVd8Hf3Gq", "EAAJ4mZq9RbX2kPw7TnYc5LsVd8Hf3Gq"),
        ("I set the code to 5820 but the safe won't open", "5820"),
        ("kode brankas udah sy ganti jadi 190377", "190377"),
        ("token response dari KeyBCA: 55019283", "55019283"),
        ("mau ganti password wifi, tetangga pada tau. yg skrg rohmah1965", "rohmah1965"),
        ("ganti password router, new one: kucing2024", "kucing2024"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert secret in values(text)


@pytest.mark.parametrize(
    "text",
    [
        'selalu muncul "password salah". padahal udah bener',
        "password expired, gimana resetnya?",
        "EAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "set the table to 4 people please",
        "ganti kode promo jadi HEMAT10 ya",
        "token listrik 100 ribu Rp 102.500 ya kak",
        "beli token 20 digit dimana ya?",
        "password lama udah ga bisa, yang baru nanti sy kirim lewat SMS 2x24 jam",
        "password sudah direset, masa berlaku baru 90 hari",
        "tadi sy beli token listrik, tokennya 1234 5678 9012 3456 7890",
        "PLN: Pembelian token berhasil. Token: 4718 2290 6631 0057 8842. 66,7 kWh",
    ],
)
def test_not_found(text: str) -> None:
    assert values(text) == []

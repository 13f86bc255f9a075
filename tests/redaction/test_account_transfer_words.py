"""BANK_ACCOUNT: the transfer verb's other forms, the bank named after the number,
and identity documents whose numbers look like accounts."""

from __future__ import annotations

import pytest

from tests.redaction.test_receipts_and_cards import accounts


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("DP nya ditransfer ke 4409 2281 37 ya kak", "4409 2281 37"),
        ("uangnya transferin aja ke 0031 5528 9901", "0031 5528 9901"),
        ("bayar ke 6623 0187 45 (Mandiri) ya", "6623 0187 45"),
        ("sisanya ke 1187 2290 334 BNI a.n. toko", "1187 2290 334"),
        ("no 8810 2245 67 - BRI", "8810 2245 67"),
    ],
)
def test_accounts(text: str, account: str) -> None:
    assert account in accounts(text), accounts(text)


@pytest.mark.parametrize(
    "text",
    [
        # an identity document's number, after a holder's name or a transfer
        "a.n. Budi Santoso, SIM C 7712-0334-551290",
        "udah transfer ya. KTP saya 3276 0512 8890 1234",
        "atas nama Rina, paspor 5521 8834 10",
        # no bank after the number
        "total 4409 2281 37 poin (member) ya",
        "kode booking 6623 0187 45 (Mandiri Expo)",
    ],
)
def test_no_account(text: str) -> None:
    assert accounts(text) == []

"""BANK_ACCOUNT: accounts named by a transfer receipt's labels; card numbers in
the groupings Presidio does not read."""

from __future__ import annotations

import pytest

from redaction.recognizers.finance import recognizers


def accounts(text: str) -> list[str]:
    found = []
    for recognizer in recognizers():
        found += [
            text[r.start : r.end]
            for r in recognizer.analyze(text, ["BANK_ACCOUNT"])
            if r.score >= 0.5
        ]
    return sorted(set(found))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Transfer Sukses\nWaktu: 03/07/2024 09:15\nDari: 731 204 5589\nJumlah: Rp 500.000",
         "731 204 5589"),
        ("Bukti transfer\nSumber dana: 0921 7735 104\nKe: 6620 1187 43", "0921 7735 104"),
        ("mutasi masuk\nRek. pengirim: 4410098812\nNominal 1.250.000", "4410098812"),
    ],
)  # fmt: skip
def test_receipt_accounts(text: str, account: str) -> None:
    assert account in accounts(text), accounts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a label without a transfer, or a reference after the transfer
        "Pengiriman paket\nDari: 731 204 5589\nKe: Bandung",
        "Transfer berhasil\nNo. Ref: 2024070312345678",
        "Transfer berhasil\nKe: Rp 1.250.000.000",
    ],
)
def test_not_receipt_accounts(text: str) -> None:
    assert accounts(text) == []


@pytest.mark.parametrize(
    "number",
    [
        "4532.0151.1283.0366",
        "4532  0151  1283  0366",
        "4532 - 0151 - 1283 - 0366",
        "4532/0151/1283/0366",
        "3782.822463.10005",
        "2223 0031 2200 3222",  # a Mastercard in the 2221-2720 range
        "2223003122003222",
        "6212 3456 7890 1234 569",  # 19 digits
        "5350-123456-789010",
    ],
)
def test_card_numbers_grouped_by_dots_spaced_dashes_or_slashes(analyzer, number: str) -> None:
    text = f"no kartu kredit {number} exp 09/27"
    assert [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text)] == [
        ("CREDIT_CARD", number)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "kartu 4532.0151.1283.0367",  # fails the Luhn check
        "resi 1234.5678.9012.3456",
        "NIK 3174.0555.0790.0001",
        "kartu 2000 0000 0000 0006",  # Luhn-valid, but in no issuer's range
        "no resi 621234567890123457",  # unbroken and long, without card words
    ],
)
def test_grouped_numbers_that_are_no_card(analyzer, text: str) -> None:
    assert "CREDIT_CARD" not in [e.type for e in analyzer.analyze(text)]


def test_an_order_number_that_passes_luhn_is_no_card(analyzer) -> None:
    assert [e.type for e in analyzer.analyze("No. Pesanan: 3517240618213344")] == []
    text = "no. order 123, kartu kredit 4532015112830366"
    assert [e.type for e in analyzer.analyze(text)] == ["CREDIT_CARD"]

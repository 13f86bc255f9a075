"""SECRET token shapes and cues, passports in digit groups, dates of birth, links, service
lines and cargo receipts."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def of_type(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Token yg dipakai Xk29fLmQp0RtYw8ZaB!, tolong cek", ["Xk29fLmQp0RtYw8ZaB!"]),
        ("pakai key ini ya: Qw3rTy9UiOp2AsDf5GhJ", ["Qw3rTy9UiOp2AsDf5GhJ"]),
        ("DB_PASSWORD=Kopi!Susu#2025", ["Kopi!Susu#2025"]),
        ("SMTP_PASS: rahasiaKantor88", ["rahasiaKantor88"]),
        ("STRIPE_SECRET_KEY='abc123def456ghi789'", ["abc123def456ghi789"]),
        ("backup code: 4821-7730, 9912-0453", ["4821-7730", "9912-0453"]),
        ("PIN lama 551203 atau 551230 ya", ["551203", "551230"]),
        ("dia minta kode OTP, trus aku kasih 604918 😭", ["604918"]),
    ],
)
def test_secrets(analyzer: Analyzer, text: str, values: list[str]) -> None:
    assert of_type(analyzer, text, "SECRET") == values


@pytest.mark.parametrize(
    "text",
    [
        "daily pass Rp1.250.000, weekend pass Rp2.000.000",
        "jangan kasih OTP/PIN ke siapapun. Call center resmi kami 14045",
        "kode OTP berlaku 5 menit ya",
        "PIN salah 3 kali, saldo Rp 150.000",
        "token listrik 20 digit sudah masuk",
        "the key is on the table",
        "DB_HOST=localhost",
    ],
)
def test_not_secrets(analyzer: Analyzer, text: str) -> None:
    assert of_type(analyzer, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passport: 72 1183045", "72 1183045"),
        ("no paspor: 45 07 123456", "45 07 123456"),
        ("my passport is 532417896", "532417896"),
        ("paspor Malaysia A51778203", "A51778203"),
    ],
)
def test_passports(analyzer: Analyzer, text: str, value: str) -> None:
    assert of_type(analyzer, text, "ID_PASSPORT") == [value]


def test_digit_groups_need_a_passport_word(analyzer: Analyzer) -> None:
    assert of_type(analyzer, "transfer 72 1183045 ya", "ID_PASSPORT") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("daftar di pmb.univ-nusantara.ac.id ya", False),
        ("bayar lewat pay.tokoku.id/INV88120", False),
        ("cek ig aku instagram.com/rina.putri", True),
        ("file nya di drive.google.com/file/d/1AbC", True),
    ],
)
def test_only_links_to_a_person_are_kept(analyzer: Analyzer, text: str, kept: bool) -> None:
    assert bool(of_type(analyzer, text, "URL")) is kept


def test_a_business_line_is_not_a_persons_phone(analyzer: Analyzer) -> None:
    assert of_type(analyzer, "Info lbh lanjut call (0274) 555 120 ya", "PHONE_NUMBER") == []
    assert of_type(analyzer, "rumah saya (0274) 555 120", "PHONE_NUMBER") == ["(0274) 555 120"]


def test_cargo_receipt_is_not_a_phone(analyzer: Analyzer) -> None:
    assert (
        of_type(analyzer, "kiriman cargo sy STT 0812345678901 udah sampai?", "PHONE_NUMBER") == []
    )

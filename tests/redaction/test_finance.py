"""Bank accounts and virtual accounts; cards and IBANs stay with Presidio's recognizers."""

from __future__ import annotations

import pytest

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.recognizers import finance
from redaction.recognizers.finance import BankAccountRecognizer, VirtualAccountRecognizer


def values(text: str) -> list[str]:
    """What the finance recognizers find in ``text`` above the analyzer threshold."""
    found = []
    for recognizer in finance.recognizers():
        results = recognizer.analyze(text, recognizer.supported_entities)
        found += [r for r in results if r.score >= DEFAULT_THRESHOLD]
    return sorted({text[r.start : r.end] for r in found})


@pytest.mark.parametrize(
    "text, account",
    [
        ("tf ke rek BCA 1234567890 a.n. Budi", "1234567890"),
        ("no rek: 123-456-7890", "123-456-7890"),
        ("norek mandiri 1230001234567", "1230001234567"),
        ("no.rek BRI 0123-01-012345-50-1", "0123-01-012345-50-1"),
        ("rekening BNI aku 0987654321", "0987654321"),
        ("transfer aja ke 123 456 7890 ya", "123 456 7890"),
        ("Bank Jago 1000 2345 6789", "1000 2345 6789"),
        ("SeaBank 901234567890", "901234567890"),
        ("1234567890 a.n. Siti Aminah", "1234567890"),
        ("7012345678 an Budi", "7012345678"),
        ("rekeningnya 1234567890", "1234567890"),
    ],
)
def test_account_with_bank_context(text: str, account: str) -> None:
    assert values(text) == [account]


def test_scores() -> None:
    recognizer = BankAccountRecognizer()
    assert [r.score for r in recognizer.analyze("ini 1234567890", [])] == [0.3]
    assert [r.score for r in recognizer.analyze("rek 1234567890", [])] == [pytest.approx(0.65)]


@pytest.mark.parametrize(
    "text",
    [
        "nomor 1234567890",  # no bank context
        "rek BCA 123456789",  # too short
        "rek BCA 12345678901234567",  # too long for an account
        "rek 0000000000",
        "tf Rp 1.250.000.000",
        "udah tf 1.250.000.000 ya",
        "tf IDR 5000000000",
        "udah tf ya kak, resi JNE 0123456789012",
        "tf sudah, order #1234567890",
        "transfer INV-1234567890",
        "tf tgl 12-05-2024 jam 14.30",
        "transfer 500000 200000 300000",
    ],
)
def test_not_accounts(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("bayar ke VA BCA 3901 0812 3456 7890", "3901 0812 3456 7890"),
        ("virtual account: 8277081234567890", "8277081234567890"),
        ("kode bayar 88810081234567890", "88810081234567890"),
        ("no BRIVA 262150081234567", "262150081234567"),
    ],
)
def test_virtual_account(text: str, number: str) -> None:
    assert values(text) == [number]


def test_virtual_account_needs_context() -> None:
    assert [r.score for r in VirtualAccountRecognizer().analyze("8277081234567890", [])] == [0.3]


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    money = {"BANK_ACCOUNT", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "ID_NIK"}
    return [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text) if e.type in money]


def test_end_to_end_chat_messages(analyzer: Analyzer) -> None:
    assert found(analyzer, "tf ke rek BCA 1234567890 a.n. Budi") == [("BANK_ACCOUNT", "1234567890")]
    assert found(analyzer, "kak, no rek mandiri aku 0812345678901 ya") == [
        ("BANK_ACCOUNT", "0812345678901")
    ]
    assert found(analyzer, "bisa tf ke BCA 1234567890 atau wa aku 081234567890") == [
        ("BANK_ACCOUNT", "1234567890"),
        ("PHONE_NUMBER", "081234567890"),
    ]
    assert found(analyzer, "kartu kredit 4111 1111 1111 1111 exp 12/27") == [
        ("CREDIT_CARD", "4111 1111 1111 1111")
    ]
    assert found(analyzer, "IBAN DE89 3704 0044 0532 0130 00") == [
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "udah tf Rp 1.250.000 ya kak, resi JNE 0123456789012",
        "transfer 2,5jt ke rekening yg kemarin, INV/2024/03/0012",
        "tf 150rb dulu, sisanya IDR 500000",
    ],
)
def test_end_to_end_hard_negatives(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Transfer ke BCA 2281 0990 12 ya?", "2281 0990 12"),
        ("DP ke BRI 0331 01 012345 53 1 a.n. Sri", "0331 01 012345 53 1"),
        ("rek Mandiri 1270 0098 7766 5 a.n. Farhan", "1270 0098 7766 5"),
        ("jadi VA nya 89508 085712349988 ya", "89508 085712349988"),
    ],
)
def test_accounts_grouped_as_banks_print_them(text: str, account: str) -> None:
    assert values(text) == [account]


def test_virtual_account_of_a_code_and_a_phone_number_needs_no_context() -> None:
    assert values("Biasanya 8740 0857 1100 2234? no HP aku") == ["8740 0857 1100 2234"]
    assert values("Biasanya 8740 1234 5678 9012?") == []  # no phone number inside
    assert values("total Rp 8740 0857 1100 2234") == []

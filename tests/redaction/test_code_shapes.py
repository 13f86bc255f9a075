"""SECRET and ID_BPJS: codes typed digit by digit, "kodenya", labels with digits, backup codes
separated by spaces, grouped recovery codes; BPJS numbers in other groupings."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def values(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("OTP nya 3 8 1 7 0 2 ya kak, barusan masuk", ["3 8 1 7 0 2"]),
        ("mas kodenya 550931, baru aja dikirim lewat sms", ["550931"]),
        ("password wifi lantai 2: mangga1998 ya", ["mangga1998"]),
        ("recovery codes: 2281-0937 6614-3378 9902-1145", ["2281-0937", "6614-3378", "9902-1145"]),
        ("ini backup code saya: AB12-CD34-EF56-GH78", ["AB12-CD34-EF56-GH78"]),
    ],
)
def test_secrets(analyzer: Analyzer, text: str, secrets: list[str]) -> None:
    assert values(analyzer, text, "SECRET") == secrets


@pytest.mark.parametrize(
    "text",
    [
        "kode pos nya 40123 ya",
        "kode promonya HEMAT50 berlaku s/d besok",
        "pesanan 2 3 4 5 sudah dikirim semua",
        "no resi JNE 0002 1190 4473 8 belum update",
    ],
)
def test_no_secret(analyzer: Analyzer, text: str) -> None:
    assert values(analyzer, text, "SECRET") == []


def test_password_word_is_no_name(analyzer: Analyzer) -> None:
    assert values(analyzer, "kata sandi akun toko: Melon#7731", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("no kartu BPJS ibu 0001 8823 4410 7 ya", "0001 8823 4410 7"),
        ("KIS bapak 0003-2291-8870-4 gak kebaca di faskes", "0003-2291-8870-4"),
    ],
)
def test_bpjs_groupings(analyzer: Analyzer, text: str, number: str) -> None:
    assert values(analyzer, text, "ID_BPJS") == [number]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("OTP kamu: 73 40 18, jangan disebar", ["73 40 18"]),
        ("kombinasi gembok koper: 5093", ["5093"]),
        (
            "token HF nya hf_QwErTyUiOpAsDfGhJkLzXcVbNm98765432",
            ["hf_QwErTyUiOpAsDfGhJkLzXcVbNm98765432"],
        ),
        ("pakai glpat-Zx81Qw73Er65Ty49Ui20 utk CI", ["glpat-Zx81Qw73Er65Ty49Ui20"]),
        (
            "key grok: xai-9fK2mL7qP4rT8vW1yZ3bN6cX0dS5gH2jA",
            ["xai-9fK2mL7qP4rT8vW1yZ3bN6cX0dS5gH2jA"],
        ),
    ],
)
def test_more_code_and_key_shapes(analyzer: Analyzer, text: str, secrets: list[str]) -> None:
    assert values(analyzer, text, "SECRET") == secrets


def test_prices_in_pairs_are_no_code(analyzer: Analyzer) -> None:
    assert values(analyzer, "harga paket 20 30 40 ribu, ongkir 12 ribu", "SECRET") == []

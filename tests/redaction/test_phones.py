"""Phone numbers: Indonesian mobile and landline forms, +country-code numbers, look-alikes."""

from __future__ import annotations

import time

import pytest
from presidio_analyzer import EntityRecognizer

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.recognizers import REMOVED_PRESIDIO_RECOGNIZERS, phones
from redaction.recognizers.phones import (
    MOBILE_PREFIXES,
    InternationalPhoneRecognizer,
    LandlinePhoneRecognizer,
    MobilePhoneRecognizer,
)


def values(text: str) -> list[str]:
    """What the phone recognizers find in ``text`` above the analyzer threshold."""
    found = []
    for recognizer in phones.recognizers():
        results = recognizer.analyze(text, recognizer.supported_entities)
        found += [r for r in results if r.score >= DEFAULT_THRESHOLD]
    return sorted({text[r.start : r.end] for r in found})


def scores(recognizer: EntityRecognizer, text: str) -> list[float]:
    return [r.score for r in recognizer.analyze(text, recognizer.supported_entities)]


@pytest.mark.parametrize(
    "number",
    [
        "0812-3456-7890",
        "0812 3456 7890",
        "081234567890",
        "0812.3456.7890",
        "0812-345-678",
        "08123456789",
        "0812345678901",
        "+62 812 3456 7890",
        "+62-812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "62 812-3456-7890",
        "+62 8123 4567 890",
        "(+62) 812 3456 7890",
        "(021) 555-1234",
        "021-5551234",
        "021 5551 2345",
        "(0274) 512345",
        "0361-234567",
        "+65 9123 4567",
        "+1 415 555 0100",
        "+44 20 7946 0958",
        "+62 21 5551234",
        # mobile numbers in the groupings people type
        "081-234-567-890",
        "0812 345 678 90",
        "0813 - 2468 - 1357",
        "0813 . 2468 . 1357",
        "0812  3456  7890",
        "0812 34 56 78 90",
        "(0813) 2468-1357",
        "(0813)2468 1357",
    ],
)
def test_written_forms(number: str) -> None:
    assert values(f"hubungi {number} ya") == [number]
    assert values(f"{number}") == [number]


def test_every_operator_prefix() -> None:
    for prefix in MOBILE_PREFIXES:
        number = f"0{prefix}12345678"
        assert values(f"ini {number}") == [number], number


@pytest.mark.parametrize(
    "number",
    [
        "0810-1234-5678",  # no operator
        "0820-1234-5678",
        "0840 1234 5678",
        "081234567",  # 9 digits
        "08123456789012",  # 14 digits
        "0800-1-500-888",  # toll free
        "0804 1 500 500",
        "1500-888",  # hotlines
        "14045",
        "021-500-123",  # too short for Jakarta
        "(021) 1500-888",
        "+1 234",
    ],
)
def test_not_phones(number: str) -> None:
    assert values(f"telp {number}") == []


@pytest.mark.parametrize(
    "text",
    [
        "INV-0812345678",
        "order #0812345678",
        "ORD/2024/0812345678",
        "no resi 081234567890",
        "resi JNE 0123456789012",
        "SPX ID 1234567890",
        "ID pesanan: 081234567890",
        "no. order 0812-3456-7890",
        "Rp 1.250.000",
        "Rp1.250.000,00",
        "150rb",
        "2,5jt",
        "IDR 500000",
        "Rp 081234567890",
        "12-05-2024 jam 14.30",
        "kode pos 12950, tahun 2024",
        "0812-3456-7890-1234",
    ],
)
def test_order_numbers_prices_dates_are_not_phones(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("wa 0812 3456 7890 15 menit lagi sampai", "0812 3456 7890"),
        ("hp 0813-2468-1357 2 orang", "0813-2468-1357"),
        ("wa 081 234 567 890 12 pcs", "081 234 567 890"),
    ],
)
def test_numbers_after_a_phone_are_not_part_of_it(text: str, number: str) -> None:
    assert values(text) == [number]


def test_order_words_further_away_do_not_hide_a_phone() -> None:
    assert values("kirim pesanan ke Budi 081234567890") == ["081234567890"]
    assert values("order atas nama Rina, wa 0857 1234 5678") == ["0857 1234 5678"]


def test_links() -> None:
    assert values("chat aku di wa.me/6281234567890") == ["6281234567890"]
    assert values("https://wa.me/6281234567890?text=halo") == ["6281234567890"]
    assert values("api.whatsapp.com/send?phone=6281234567890") == ["6281234567890"]


def test_two_numbers_joined_by_a_slash() -> None:
    assert values("hp 0812-3456-7890/0813-1111-2222") == ["0812-3456-7890", "0813-1111-2222"]


def test_scores_alone_and_with_context() -> None:
    mobile, landline = MobilePhoneRecognizer(), LandlinePhoneRecognizer()
    assert scores(mobile, "0812-3456-7890") == [0.7]
    assert scores(mobile, "nomor wa aku 0812-3456-7890") == [pytest.approx(1.0)]
    assert scores(landline, "021-5551234") == [0.5]
    assert scores(landline, "telp kantor 021-5551234") == [pytest.approx(0.85)]
    assert scores(InternationalPhoneRecognizer(), "+65 9123 4567") == [0.6]


def test_digits_only_landline_needs_context() -> None:
    assert values("kode 0215551234") == []
    assert values("telp 0215551234") == ["0215551234"]


def test_international_number_stops_at_the_next_number() -> None:
    assert values("+65 9123 4567 15 menit lagi") == ["+65 9123 4567"]
    assert values("+44 20 7946 0958, 2 orang") == ["+44 20 7946 0958"]


def test_account_words_take_a_phone_shaped_number() -> None:
    assert values("no rek BCA 0812345678") == []
    assert values("rekening mandiri 0812345678901") == []
    # a phone word nearer than the bank words wins back
    assert values("rek BCA 1234567890, wa 081234567890") == ["081234567890"]
    # paying to an e-wallet number
    assert values("tf ke dana 081234567890") == ["081234567890"]


def test_presidio_phone_recognizer_is_replaced(analyzer: Analyzer) -> None:
    assert "PhoneRecognizer" in REMOVED_PRESIDIO_RECOGNIZERS
    names = {r.name for r in analyzer._engine.registry.recognizers}
    assert "PhoneRecognizer" not in names
    assert {"MobilePhoneRecognizer", "LandlinePhoneRecognizer"} <= names


def phones_in(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PHONE_NUMBER"]


def test_end_to_end_chat_messages(analyzer: Analyzer) -> None:
    assert phones_in(analyzer, "nomor wa aku 0812-3456-7890 kak") == ["0812-3456-7890"]
    assert phones_in(analyzer, "kalau ada apa2 telp ke (021) 555-1234 atau +62 857 1234 5678") == [
        "(021) 555-1234",
        "+62 857 1234 5678",
    ]
    assert phones_in(analyzer, "ongkir Rp 15.000, resi JNE 0123456789012") == []
    assert phones_in(analyzer, "pesanan INV-0812345678 sudah dikirim, hubungi CS di 14045") == []
    entities = analyzer.analyze("no rek mandiri 0812345678901 ya")
    assert [e.type for e in entities if e.type in {"PHONE_NUMBER", "BANK_ACCOUNT"}] == [
        "BANK_ACCOUNT"
    ]


def test_no_catastrophic_backtracking() -> None:
    texts = ["0812 " * 5000, "+6" + "2 " * 5000, "(021) " * 3000, "0" * 20000, "+1-" * 5000]
    for text in texts:
        start = time.perf_counter()
        values(text)
        assert time.perf_counter() - start < 1.0


def test_possible_international_number_after_a_phone_word() -> None:
    # 07700 900xxx is reserved for fiction: not "valid", but possible after "contact"
    assert values("Emergency contact: George Ellis +44 7700 900123") == ["+44 7700 900123"]
    assert values("ref +44 7700 900123") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rumah sakit kami, IGD (0274) 512345 buka 24 jam",
        "BIMC Hospital emergency line: (0361) 761263",
        "for emergencies call the clinic (021) 555-1234",
    ],
)
def test_a_hospitals_or_clinics_line_is_not_a_persons_phone(text: str) -> None:
    assert values(text) == []


def test_a_persons_landline_still_counts() -> None:
    assert values("telp rumah ibu saya (0274) 512345") == ["(0274) 512345"]

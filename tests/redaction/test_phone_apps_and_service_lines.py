"""Phone numbers: a +country-code number with its app named after it, and a
business's service channel labelled before a mobile number."""

from __future__ import annotations

import pytest

from tests.redaction.test_phones import values


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("I'm Tom, +44 7700 918 233 on WhatsApp", "+44 7700 918 233"),
        ("reach me +44 7700 918 233 (WA) anytime", "+44 7700 918 233"),
        ("ini nomorku +44 7700 918 233 wa ya", "+44 7700 918 233"),
    ],
)
def test_phone_with_app_after(text: str, phone: str) -> None:
    assert phone in values(text), values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Servis AC Sejuk Jaya. Antrian online: 0812-777-3030",
        "Hotline pemesanan: 0813 9000 1122",
        "Call center kami 0811-500-808",
        "Layanan pelanggan: 0857 1400 2200",
        # a +country-code number of an impossible length stays clear
        "skor akhir +44 77 on WhatsApp",
    ],
)
def test_no_phone(text: str) -> None:
    assert values(text) == []


def test_person_number_after_business_words() -> None:
    # a person's number, even in an ad
    text = "Rumah dijual, hub Pak Darto 0812-3344-5566"
    assert values(text) == ["0812-3344-5566"]

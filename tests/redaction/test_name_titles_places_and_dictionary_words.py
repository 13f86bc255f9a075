"""Surnames after English titles, user names after their labels, places and venues named
after people, and ordinary dictionary words that the English model calls persons."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def names(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Ms. Wong, Ethan's class trip is on Friday", "Wong"),
        ("Hi Mr. Koh, sure. The unit is on the 22nd floor", "Koh"),
    ],
)
def test_a_surname_after_an_english_title(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in names(analyzer, text)


def test_an_english_word_after_a_title_is_no_surname(analyzer: Analyzer) -> None:
    assert names(analyzer, "waiting for Mr. Right to show up lol") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("User ID aku rizkyamalia93, tolong buka blokirnya", "rizkyamalia93"),
        ("username e-learning anak saya alya.syahputri, passwordnya lupa", "alya.syahputri"),
        ("udah bayar kak, username sy melati_ps", "melati_ps"),
        ("User: rsiregar, VPN timeout dari rumah", "rsiregar"),
        ("terlanjur isi user id sitinurhaliza88 di link itu", "sitinurhaliza88"),
    ],
)
def test_a_user_name_after_its_label_and_a_pronoun(
    analyzer: Analyzer, text: str, handle: str
) -> None:
    assert handle in names(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "user id aku udah diblokir kak",
        "follow IG @kopisenja.official ya kak",
    ],
)
def test_words_after_a_user_name_label_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Keberangkatan 14 Oktober dari Soekarno-Hatta ya pak",
        "paket udah sampe di gudang Soekarno-Hatta, ambilnya bawa apa?",
        "I land at Ngurah Rai around 22:15, flight QZ 511",
        "Aku kerja di Puri Indah, butuh kos yg deket",
        "Hotel: The Kirana Canggu, check-in jam 2",
        "my scooter got a flat near Echo Beach, can you send someone?",
        "arisan keluarga besar Bani Abdullah minggu depan",
        "The venue (Balai Kartini) has a ramp at the east entrance",
        "charged twice at Ace Hardware Kuta on 14 May",
    ],
)
def test_places_and_venues_named_after_people(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == []


def test_a_person_named_like_an_airport_is_still_a_person(analyzer: Analyzer) -> None:
    assert names(analyzer, "Pak Ngurah Rai Wijaya sudah datang") == ["Ngurah Rai Wijaya"]


@pytest.mark.parametrize(
    "text",
    [
        "Driver menuju lokasi penjemputan, ETA 8 menit. Jarak 2,4 km.",
        "biaya antar ke stasiun free. Deposit Rp 1.000.000 refundable",
        "Check-in from 14:00. Breakfast served at the lobby resto.",
        "Zalora order #ID2503 shipped via Ninja Xpress today",
        "Lazada Flash Sale starts at 12.12! Xiaomi Redmi Note 13 Pro",
    ],
)
def test_dictionary_words_and_brands_are_no_names(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == []

"""ADDRESS: boarding houses before a room, numbered alleys and hamlets, lower-case villages
with their districts, BTN estates, districts ending in "Kota", chained localities, floors."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.recognizers.addresses import find_addresses


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a boarding house's name before its room
        (
            "paketnya ke Kost Pak Darmo kamar 7, Jl. Gejayan No. 21, Sleman ya",
            "Kost Pak Darmo kamar 7, Jl. Gejayan No. 21, Sleman",
        ),
        (
            "alamat asrama: Asrama Putri Kenanga Kamar 12, Jl. Colombo No. 5, Yogyakarta",
            "Asrama Putri Kenanga Kamar 12, Jl. Colombo No. 5, Yogyakarta",
        ),
        # a numbered alley before the street
        (
            "antar ke lorong 4 jalan kakatua no 17 palembang ya",
            "lorong 4 jalan kakatua no 17 palembang",
        ),
        # a lower-case village with a hamlet and its districts; "an" ends the address
        (
            "desa sidomulyo dsn 3 kec. ambarawa kab. semarang an suparno",
            "desa sidomulyo dsn 3 kec. ambarawa kab. semarang",
        ),
        # a BTN housing estate
        (
            "rumah kami di BTN Griya Lestari Blok F No. 9, Mandonga, Kendari",
            "BTN Griya Lestari Blok F No. 9, Mandonga, Kendari",
        ),
        # a district whose name ends in "Kota"
        (
            "Jl. Cempaka No. 2 RT 01 RW 04 Kec. Binjai Kota\nHP 0812",
            "Jl. Cempaka No. 2 RT 01 RW 04 Kec. Binjai Kota",
        ),
        # a locality that is also a word, followed by more localities
        (
            "Jl. Kenari No. 8, Kebonsari, Jambangan, Surabaya, makasih",
            "Jl. Kenari No. 8, Kebonsari, Jambangan, Surabaya",
        ),
        # a tower and floor before the unit, without commas
        (
            "Tower 3 Floor 15 Unit 1507, Jl. Casablanca No. 88, Jakarta Selatan",
            "Tower 3 Floor 15 Unit 1507, Jl. Casablanca No. 88, Jakarta Selatan",
        ),
    ],
)
def test_addresses(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "di desa kami panen raya bulan depan",
        "masuk gang 2 meter lagi belok kiri",
        "dusun 3 sudah dapat bantuan",
        "nasabah BTN Syariah bisa ajukan KPR",
        "Bank BTN cabang Sudirman buka jam 8",
    ],
)
def test_no_address(text: str) -> None:
    assert addresses(text) == []


def test_name_after_a_capitals_address() -> None:
    text = "KP. CIGADOG RT 02/03 DS. SUKARESMI KEC. CIKALONG KAB. TASIKMALAYA AN DADANG HERMAWAN"
    persons = [text[e.start : e.end] for e in Analyzer().analyze(text) if e.type == "PERSON"]
    assert persons == ["DADANG HERMAWAN"]


def test_lower_case_boarding_house_before_a_street() -> None:
    text = "jemput di kos biru gg. kenari 4 no 9 ya"
    assert addresses(text) == ["kos biru gg. kenari 4 no 9"]


def test_boarding_house_words_that_are_function_words() -> None:
    assert addresses("aku di kos dekat jl. melati no 3") == ["jl. melati no 3"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("alamat baru: Griya Asri Lestari D-7, Depok", "Griya Asri Lestari D-7, Depok"),
        ("rumah no 15 rt 3 rw 8 kel. cibabat ya", "rumah no 15 rt 3 rw 8 kel. cibabat"),
    ],
)
def test_house_without_a_street(text: str, value: str) -> None:
    assert value in addresses(text)


def test_queue_number_before_rt_is_no_house() -> None:
    assert "nomor antrian 12" not in " ".join(addresses("nomor antrian 12 rt 5 dipanggil"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("antar ke Melati Residence C7, Cimahi ya", "Melati Residence C7, Cimahi"),
        ("rumah di Taman Sari Regency No. 14, Cikarang", "Taman Sari Regency No. 14, Cikarang"),
        ("Bojong Permai blok D3/9 Depok", "Bojong Permai blok D3/9 Depok"),
    ],
)
def test_estates_without_a_street_word(text: str, value: str) -> None:
    assert value in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hotel Aston Imperial Park No. 3 promo",
        "nonton di Central Park 2 jam",
        "diskon Grand Park 2025",
    ],
)
def test_business_and_event_names_are_no_estates(text: str) -> None:
    assert addresses(text) == []

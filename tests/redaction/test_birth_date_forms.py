"""More ways to give a date of birth: a month and a year, "lhr", the birthplace before a year,
a two-digit year, an age asked first, a corrected date; and dates and numbers near birth
words that are not one."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("umur 4 tahun, lahir bulan Juni 2020", ["Juni 2020"]),
        ("anak sy lahir Agustus 2019, skrg batuk", ["Agustus 2019"]),
        ("lhr 21-07-1987 di Solo", ["21-07-1987"]),
        ("aku kelahiran Padang 1994 kak", ["1994"]),
        ("dia kelahiran thn 87", ["87"]),
        ("sy kelahiran 98 kak", ["98"]),
        ("usia/tgl lahir: 41 / 03-09-1983", ["03-09-1983"]),
        ("tgl lahir yg benar 14-02-1991 bukan 41-02-1991", ["14-02-1991", "41-02-1991"]),
    ],
)
def test_a_date_of_birth_is_found(analyzer: Analyzer, text: str, dates: list) -> None:
    assert births(analyzer, text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "jumlah kelahiran meningkat 2019 di desa kami",
        "angka kelahiran 45% turun tahun ini",
        "kelahiran 50 bayi di puskesmas bulan lalu",
        "lahir 30 menit yang lalu, berat 3 kg",
        "anak kedua lahir bulan depan, HPL 12 Oktober",
        "kelahiran Maret ini ada 3 bayi",
        "pasien usia 34 th / 62 kg, jadwal kontrol 12-06-2025",
        "lahir di Medan, besar di Jakarta",
        "no pesanan 12-05-1990-22 ya kak",
    ],
)
def test_other_numbers_near_birth_words_are_not_dates_of_birth(
    analyzer: Analyzer, text: str
) -> None:
    assert births(analyzer, text) == []

"""DATE_OF_BIRTH and MEDICAL: specific personal data, reported only in context."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer
from redaction.recognizers.medical import MedicalRecognizer, find_medical
from redaction.recognizers.sensitive import DateOfBirthRecognizer, find_dates_of_birth


def dates_of_birth(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_dates_of_birth(text)]


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tgl lahir 12-05-1990", "12-05-1990"),
        ("tanggal lahir: 12 Mei 1990", "12 Mei 1990"),
        ("Tgl. Lahir : 01/02/1985", "01/02/1985"),
        ("TTL Jakarta, 12-05-1990", "12-05-1990"),
        ("TTL: 12-05-1990", "12-05-1990"),
        ("Tempat/Tgl Lahir BATANG CENAKU, 17-03-1974", "17-03-1974"),
        ("saya lahir tanggal 3 maret 1985 di Bandung", "3 maret 1985"),
        ("tgl lahir anak saya 5 Juni 2019", "5 Juni 2019"),
        ("I was born on 5 March 1990.", "5 March 1990"),
        ("DOB 1990-05-12", "1990-05-12"),
        ("Date of birth: March 5, 1990", "March 5, 1990"),
        ("saya lahir tahun 1990", "1990"),
    ],
)
def test_date_of_birth_with_a_birth_cue(text: str, value: str) -> None:
    assert dates_of_birth(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "jadwal kontrol tanggal 12-05-2024 jam 10",
        "kirim tanggal 12 Mei 2024 ya",
        "acara tanggal 20 Mei 2025 di Masjid Al Ikhlas",
        "invoice dated 1990-05-12",
    ],
)
def test_other_dates_are_not_dates_of_birth(text: str) -> None:
    assert dates_of_birth(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("saya punya diabetes", ["diabetes"]),
        ("anak saya kena DBD", ["kena DBD"]),
        ("lagi hamil 5 bulan kak", ["hamil 5 bulan"]),
        ("istri saya hamil", ["hamil"]),
        ("didiagnosa kanker payudara stadium 2", ["kanker payudara stadium 2"]),
        ("minum obat metformin tiap pagi", ["metformin tiap pagi"]),
        ("positif HIV sejak 2019", ["positif HIV"]),
        ("riwayat hipertensi dan asma", ["riwayat hipertensi dan asma"]),
        ("saya depresi berat", ["depresi berat"]),
        ("ayah saya TBC", ["TBC"]),
        ("suami saya kena flu", ["kena flu"]),
        ("minum paracetamol 3x sehari", ["paracetamol 3x sehari"]),
        ("diabetes tipe 2", ["diabetes tipe 2"]),
    ],
)
def test_health_data_about_a_person(text: str, values: list[str]) -> None:
    assert medical(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "pusing mikirin ongkir",
        "saya pusing banget kak",
        "obat nyamuk habis",
        "mau ke rumah sakit jenguk teman",
        "depresi ekonomi 1930",
        "flu burung merebak di Asia",
        "sakit hati banget sama kurirnya",
        "tips untuk ibu yang baru pulang kerja",
    ],
)
def test_generic_words_without_a_trigger_are_not_medical(text: str) -> None:
    assert medical(text) == []


def test_recognizers_report_presidio_results() -> None:
    text = "tgl lahir 12-05-1990, saya punya asma"
    dob = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    med = MedicalRecognizer().analyze(text, ["MEDICAL"])
    assert [(text[r.start : r.end], r.entity_type) for r in dob] == [
        ("12-05-1990", "DATE_OF_BIRTH")
    ]
    assert [(text[r.start : r.end], r.entity_type) for r in med] == [("asma", "MEDICAL")]
    assert DateOfBirthRecognizer().analyze(text, ["PERSON"]) == []


def test_through_the_analyzer(analyzer: Analyzer) -> None:
    text = "Halo kak, TTL Bandung, 12-05-1990. Saya punya diabetes, kontrol tanggal 3 Juni 2024"
    entities = [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text)]
    assert ("DATE_OF_BIRTH", "12-05-1990") in entities
    assert ("MEDICAL", "diabetes") in entities
    assert not any(kind == "DATE_OF_BIRTH" and "2024" in value for kind, value in entities)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("rutin minum amlodipine 10 mg", ["amlodipine 10 mg"]),
        ("Beliau post-stroke jadi perlu kursi roda", ["stroke"]),
        ("diagnosa katarak mata kiri", ["katarak mata kiri"]),
        ("Sy ada maag kronis juga", ["maag kronis"]),
        ("ada riwayat jantung. Bisa dijemput?", ["riwayat jantung"]),
        ("gula darah puasa 180 mg/dL", ["gula darah puasa 180 mg/dL"]),
        ("- HbA1c 8,9%", ["HbA1c 8,9%"]),
        ("Keluhan: sesak napas sejak 3 hari", ["sesak napas"]),
        ("Procedure: right knee replacement\n", ["right knee replacement"]),
        ("She's allergic to eggs but fine", ["eggs"]),
        ("ada alergi seafood", ["alergi seafood"]),
        ("izin tidak masuk karena radang tenggorokan", ["radang tenggorokan"]),
    ],
)
def test_doses_organs_results_fields_and_allergies(text: str, values: list[str]) -> None:
    assert values[0] in medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "kolesterol 2 box sama asam urat 3 botol ya kak",  # quantities, no lab unit
        "alergi? nggak kok",
        "Keluhan: -",
    ],
)
def test_no_result_or_allergen(text: str) -> None:
    assert medical(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17-08-1969. Kirim hasilnya ke email aja", "17-08-1969"),
        ("3 Maret 1985, nama ibu kandung Sumiati", "3 Maret 1985"),
        ("Hannah Weber, 23.06.1990, policy attached", "23.06.1990"),
    ],
)
def test_a_whole_date_of_a_birth_year_without_a_cue(text: str, value: str) -> None:
    (span,) = find_dates_of_birth(text)
    assert text[span.start : span.end] == value
    assert span.score < 0.9  # weaker than a date after a birth cue


@pytest.mark.parametrize(
    "text",
    [
        "toko kami berdiri sejak 12 Mei 1998",
        "peringatan Proklamasi 17 Agustus 1945",
        "menikah 5 Juni 2001 di Bandung",
        "jadwal kontrol 12-05-2025",
        "SK nomor 12/05/1990",
    ],
)
def test_event_and_recent_dates_are_not_dates_of_birth(text: str) -> None:
    assert dates_of_birth(text) == []

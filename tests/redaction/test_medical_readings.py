"""MEDICAL: sizes, frequencies, germs and extents after a condition, English prefixes,
procedures, readings with their subject, relapses, referrals."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hasil USG adik sy: batu ginjal 6 mm, harus operasi?", "batu ginjal 6 mm"),
        ("bapak hemodialisa 3x seminggu di RS daerah", "hemodialisa 3x seminggu"),
        ("my mum takes amlodipine 5 mg once daily", "amlodipine 5 mg once daily"),
        ("hasil lab suami positif malaria vivax", "malaria vivax"),
        ("nenek lumpuh separuh tangan kanan sejak jatuh", "lumpuh separuh tangan kanan"),
        ("she was diagnosed with type 1 diabetes last year", "type 1 diabetes"),
        ("my son has recurrent tonsillitis", "recurrent tonsillitis"),
        ("post-op after his tonsillectomy he can't eat", "tonsillectomy"),
        ("my sister has generalized anxiety disorder", "generalized anxiety disorder"),
        ("dokter kasih insulin aspart 8 unit sebelum makan", "insulin aspart 8 unit"),
        ("bumil wajib minum tablet tambah darah tiap malam", "tablet tambah darah tiap malam"),
        ("gula darah bapak 289 mg/dL tadi pagi", "gula darah bapak 289 mg/dL"),
        ("TB paru, obatnya kategori 2", "TB paru"),
    ],
)
def test_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("izin ga masuk, migrain saya kambuh dari semalam", "migrain"),
        ("maag kumat lagi abis makan pedes", "maag kumat"),
        ("minta surat rujukan ke RSUD utk katarak", "katarak"),
    ],
)
def test_ambiguous_terms_after_a_relapse_or_referral(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "migrain itu apa sih artinya?",
        "jadwal operasi pasar minggu depan",
        "ukuran meja 120 cm x 60 cm",
    ],
)
def test_no_health_data(text: str) -> None:
    assert medical(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("adik sy demam tinggi dari semalam", "demam tinggi"),
        ("si kecil demam 38,5 derajat, boleh dikasih apa?", "demam 38,5 derajat"),
        ("om saya habis pasang ring jantung", "ring jantung"),
        ("my wife had hip surgery last month", "hip surgery"),
        ("istri sy keguguran minggu lalu", "keguguran"),
        ("tensi bapak naik lagi semalam", "tensi bapak naik"),
        ("asam urat saya 9,1 katanya", "asam urat saya 9,1"),
        ("mata kiri minus 2,5, kanan minus 3", "mata kiri minus 2,5"),
        ("trombositnya tinggal 60rb dok", "trombositnya tinggal 60rb"),
        ("kami lagi ikut program hamil di klinik", "program hamil"),
    ],
)
def test_casual_health_statements(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "harga gula naik terus bulan ini",
        "suhu di Bandung pagi ini 18 derajat",
        "tinggi badan minimal 160 cm",
        "kacamata minus 2 ready kak",
        "operasi pasar murah di kelurahan",
    ],
)
def test_no_casual_health_data(text: str) -> None:
    assert medical(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # triggers and subjects of two words
        ("Mr. Hartono suffers from insomnia since the accident", "insomnia"),
        ("si kecil demam 38,5 derajat, boleh dikasih apa?", "demam 38,5 derajat"),
    ],
)
def test_phrases_as_triggers_and_subjects(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)

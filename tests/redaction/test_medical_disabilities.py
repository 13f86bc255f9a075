"""MEDICAL: disabilities written in two words, conditions around birth and development, a
blood test's bare reading said of someone ("gula darahnya 250"), and the condition a medicine
someone takes is for ("minum obat darah tinggi"; a shop's "obat darah tinggi" is none)."""

from __future__ import annotations

import pytest

from redaction.recognizers.medical import find_medical


def medical(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_medical(text) if s.score is not None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("anak saya tuna rungu, bisa daftar?", "tuna rungu"),
        ("bapak saya tuna netra sejak 2019", "tuna netra"),
        ("adik sy berkebutuhan khusus, ada kelas?", "berkebutuhan khusus"),
        ("anak saya speech delay umur 3 th", "speech delay"),
        ("kakak saya thalasemia, rutin transfusi", "thalasemia"),
        ("istri kena baby blues setelah lahiran", "baby blues"),
        ("saya buta warna parsial", "buta warna"),
        ("gula darahnya 250 tadi pagi", "gula darahnya 250"),
        ("asam uratnya 9,2 kak, boleh makan emping?", "asam uratnya 9,2"),
        ("ibu saya pikun, sering lupa", "pikun"),
        ("lagi nifas, bisa pijat?", "nifas"),
        ("saya habis cabut gigi geraham", "cabut gigi"),
        ("adik saya pakai alat bantu dengar", "alat bantu dengar"),
        ("anak saya lahir prematur", "prematur"),
        ("anak sy flek paru, obatnya 6 bulan", "flek paru"),
        ("ibu rutin minum obat darah tinggi", "darah tinggi"),
        ("papa konsumsi obat untuk asam urat tiap hari", "asam urat"),
    ],
)
def test_conditions_and_readings(text: str, value: str) -> None:
    assert any(value in found for found in medical(text)), medical(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby Blues Cafe buka jam 9",
        "kandungan kolesterolnya 20 mg per sajian",
        "syarat pelamar: tidak buta warna",
        "jual alat bantu dengar merk baru",
        "promo cabut gigi 150rb minggu ini",
        "jual obat darah tinggi herbal",
        "ready obat untuk asam urat kak",
    ],
)
def test_no_condition(text: str) -> None:
    assert medical(text) == []

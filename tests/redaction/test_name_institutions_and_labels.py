"""PERSON: regional chat words, places, brands, institutions named after people."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer

_ANALYZER = Analyzer(cache_size=0)


def persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in _ANALYZER.analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # regional chat words capitalised at a line start
        ("Nggih pak, sampun kula kirim berkasipun", "Nggih"),
        ("Torang so tiba di bandara, tunggu di pintu 2", "Torang"),
        ("Horas! Arisan bulan depan di tempat siapa?", "Horas"),
        # everyday nouns of notices and shops
        ("Kantin tutup selama ujian. Bensin naik mulai besok", "Kantin"),
        ("Estimasi pengiriman 2-3 hari kerja ya kak", "Estimasi"),
        # areas and tourist places alone
        ("Kak cari kos di daerah Jatinangor yg murah", "Jatinangor"),
        ("Besok sore kita ke Tanah Lot liat sunset", "Tanah Lot"),
        # brands and products
        ("Halo kak dari Indihome, gangguan sedang diperbaiki", "Indihome"),
        # an institution named after a person
        ("Biaya cek darah di RSUP Dr. Kariadi berapa min?", "Kariadi"),
        ("Klinik Gigi Senyum Sari buka 24 jam", "Sari"),
        ("Rumah Sakit Mata Ayu Lestari membuka operasi gratis", "Lestari"),
        # a business named after its owner, even with an honorific
        ("Toko Pak Harjono buka jam 7", "Harjono"),
        # a cemetery, a school by its English name, a stored-value card
        ("Dimakamkan di Makam Purwoloyo ba'da dzuhur", "Purwoloyo"),
        ("anak saya sekolah di Harapan Academy", "Harapan"),
        ("dompet isinya SIM dan kartu Flazz, tolong kabari", "Flazz"),
        # a street named after a person, its abbreviation with a dot
        ("macet parah di Jl. Agus Salim tadi pagi", "Agus Salim"),
    ],
)
def test_not_a_name(text: str, word: str) -> None:
    assert not any(word in found for found in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Employee Yohanes Pratama, dept finance", "Yohanes Pratama"),
        ("tadi sore aku ke rumah Bu Lestari", "Lestari"),
        ("beli di tokonya Pak Harjono aja", "Harjono"),
        ("kata Bank Indonesia Ratna Hutapea, suku bunga tetap", "Ratna Hutapea"),
        ("Woi Sihombing, motormu di depan rumah mamak", "Sihombing"),
        # "jalan" ending a sentence does not make the next name a street's
        ("kaki sakit bgt klo jalan. Saya Rudi Hermawan, 52 thn", "Rudi Hermawan"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert name in persons(text)

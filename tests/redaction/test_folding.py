"""Disguised values and typing or OCR slips are still found, and their original characters
are what is replaced."""

from __future__ import annotations

import pytest

from redaction.folding import fold, original_span


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("plain ascii 0812", "plain ascii 0812"),
        ("hp ０８１２-３４５６-７８９０", "hp 0812-3456-7890"),
        ("nik 3174\u200b0555\u200d0790\u00ad0001", "nik 3174055507900001"),
        ("mail sіtі@exаmple.com", "mail siti@example.com"),  # Cyrillic і and а
        ("wa 0 8 1 2 3 4 5 6 7 8 9 0 ya", "wa 081234567890 ya"),
        ("nik 3.1.7.4.0.5.5.5.0.7.9.0.0.0.0.1", "nik 3174055507900001"),
        ("rek ١٢٣٤٥٦٧٨٩٠", "rek 1234567890"),  # Arabic-Indic digits
        ("jam 1 2 3", "jam 1 2 3"),  # a few spaced digits are ordinary text
        ("telp 08l3 1190 6625", "telp 0813 1190 6625"),  # typing and OCR slips
        ("lahir 27-O2-1995", "lahir 27-02-1995"),
        ("Nama: FAJAR NUGR0HO / AGUS W1CAKSONO", "Nama: FAJAR NUGROHO / AGUS WICAKSONO"),
        ("ke 0857•3210•4498", "ke 0857-3210-4498"),
        ("Hello Oslo COVID19 MP3 H2O 100 lOl", "Hello Oslo COVID19 MP3 H2O 100 lOl"),
        ("| 4290771632 | Rp 1.000.000", "| 4290771632 | Rp 1.000.000"),  # a table's bars
        ("acc no: O6O 5l2 3847", "acc no: 060 512 3847"),
        ("RT/RW : 0O6 / 0O4, NO. 1O", "RT/RW : 006 / 004, NO. 10"),
        ("Nama ALBERT HALlM / PUTRl AYU", "Nama ALBERT HALIM / PUTRI AYU"),
        ("Io lo Il, I am ABC100 A10 SpO2", "Io lo Il, I am ABC100 A10 SpO2"),
    ],
)
def test_fold(text, folded):
    assert fold(text)[0] == folded


def test_folded_spans_map_back_to_the_original_characters():
    text = "hp ０８１２\u200b３４５６ ok"
    folded, origin = fold(text)
    start = folded.index("0812")
    begin, end = original_span(origin, start, start + len("08123456"))
    assert text[begin:end] == "０８１２\u200b３４５６"


@pytest.fixture(scope="module")
def analyzer():
    from redaction import Analyzer

    return Analyzer()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nomor saya ０８１２-３４５６-７８９０ ya kak", "０８１２-３４５６-７８９０"),
        ("nik aku 3174\u200b0555\u200b0790\u200b0001", "3174\u200b0555\u200b0790\u200b0001"),
        ("kirim ke sіtі.rаhmа@gmаil.com ya", "sіtі.rаhmа@gmаil.com"),
        ("wa 0 8 1 2 3 4 5 6 7 8 9 0 ya", "0 8 1 2 3 4 5 6 7 8 9 0"),
        ("klo gk diangkat telp suami 08l3 1190 6625", "08l3 1190 6625"),
        ("Tempat/Tgl Lahir: SURABAYA, 27-O2-1995", "27-O2-1995"),
        ("NIK: 3578222702950004\nNama: FAJAR NUGR0HO", "FAJAR NUGR0HO"),
        ("Kirim Uang Berhasil ke Fajar Nugroho\n0857•3210•4498", "0857•3210•4498"),
    ],
)
def test_disguised_values_are_detected_whole(analyzer, text, value):
    start = text.index(value)
    covered = [
        e for e in analyzer.analyze(text) if e.start <= start and e.end >= start + len(value)
    ]
    assert covered, f"{value!r} not covered by {analyzer.analyze(text)}"

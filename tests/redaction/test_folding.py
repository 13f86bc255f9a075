"""Disguised values are still found, and their original characters are what is replaced."""

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
    ],
)
def test_disguised_values_are_detected_whole(analyzer, text, value):
    start = text.index(value)
    covered = [
        e for e in analyzer.analyze(text) if e.start <= start and e.end >= start + len(value)
    ]
    assert covered, f"{value!r} not covered by {analyzer.analyze(text)}"

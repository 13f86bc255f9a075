"""Long texts are analyzed in overlapping windows with the same result as in one piece."""

from __future__ import annotations

import pytest

from redaction.chunks import windows


@pytest.mark.parametrize("length", [0, 10, 3999, 4000, 4001, 12_345, 100_000])
def test_windows_cover_the_text_and_overlap(length):
    text = ("kata " * (length // 5 + 1))[:length]
    spans = windows(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end - start >= 300  # consecutive windows share a margin
    assert all(end - start <= 4000 for start, end in spans)


def test_windows_end_at_line_ends_when_there_are_some():
    text = "\n".join(f"baris ke {i} dengan sedikit isi" for i in range(400))
    for _, end in windows(text)[:-1]:
        assert text[end - 1] == "\n"


@pytest.fixture(scope="module")
def analyzer():
    from redaction import Analyzer

    return Analyzer(cache_size=0)


def test_values_near_window_edges_are_found_whole(analyzer):
    filler = "Terima kasih atas pesanannya, barang sudah kami kirim hari ini. "
    line = "Tolong hubungi saya di 0812-3456-7890 atau email budi.santoso@example.com ya. "
    text = (filler * 8 + line) * 60  # ~40 KB, values at every position relative to the cuts
    found = analyzer.analyze(text)
    phones = [e for e in found if text[e.start : e.end] == "0812-3456-7890"]
    emails = [e for e in found if text[e.start : e.end] == "budi.santoso@example.com"]
    assert len(phones) == 60 and len(emails) == 60

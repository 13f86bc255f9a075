"""Several texts analysed together: the same entities as one by one, cached, read lazily."""

from __future__ import annotations

import pytest

from redaction.analyzer import BATCH_CHARS, Analyzer

TEXTS = [
    "Halo kak, saya Siti Rahmawati, NIK 3174055507900001, hp 0812-3456-7890",
    "",
    "Hi, this is Kevin Tan, please call +62 813 1122 9087 or kevin.tan@example.com",
    "alamat: Jl. Kebon Jeruk Raya No 12 RT 003/RW 005, Jakarta Barat 11530",
    "Halo kak, saya Siti Rahmawati, NIK 3174055507900001, hp 0812-3456-7890",
    "ok kak makasih",
    "Ｎｏ ＨＰ ０８１２３４５６７８９０ ya",  # folded (full-width) before analysis
]


@pytest.fixture(scope="module")
def uncached(analyzer) -> Analyzer:
    return Analyzer(analyzer._engine, cache_size=0)


def test_a_batch_finds_what_each_text_alone_finds(uncached):
    one_by_one = [uncached.analyze(text) for text in TEXTS]
    assert uncached.analyze_many(TEXTS) == one_by_one
    assert one_by_one[1] == () and one_by_one[0] == one_by_one[4]
    assert {e.type for e in one_by_one[0]} >= {"PERSON", "ID_NIK", "PHONE_NUMBER"}
    assert [e.type for e in one_by_one[6]] == ["PHONE_NUMBER"]


def test_batches_are_cut_by_size_and_the_iterator_read_between_them(analyzer):
    fresh = Analyzer(analyzer._engine)
    big = "x" * (BATCH_CHARS // 2) + " Siti Rahmawati 0812-3456-7890"
    analysed: list[int] = []
    real = fresh._find

    def counted(texts):
        analysed.append(len(texts))
        return real(texts)

    fresh._find = counted

    def texts():
        yield from (big + "1", big + "2")
        raise TimeoutError("deadline")  # what the proxy's deadline iterator does

    with pytest.raises(TimeoutError):
        fresh.analyze_many(texts())
    assert analysed == [2]  # the first full batch ran before the iterator stopped
    assert fresh.analyze_many([big + "1", big + "2"]) and analysed == [2]  # now cached

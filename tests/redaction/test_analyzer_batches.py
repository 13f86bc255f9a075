"""Several texts analysed together: the same entities as one by one, cached, read lazily;
long ones shared with helper processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redaction import helpers
from redaction.analyzer import BATCH_CHARS, SHARE_CHARS, Analyzer
from redaction.engine import analyze_pieces

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


@pytest.fixture(scope="module")
def shared(analyzer):
    helped = Analyzer(analyzer._engine, cache_size=0, helpers=1)
    assert helped._helpers.ready(timeout=120)
    yield helped
    helped.close()


def _long_text() -> str:
    lines = [
        f"{i}. Pak Budi Santoso minta dikirim ke Jl. Melati No. {i} RT 00{i % 9 + 1}/RW 002, "
        f"hp 0812-3456-{7000 + i}, email budi{i}@example.com, NIK 31740555079{i % 10}0001"
        for i in range(120)
    ]
    return "\n".join(lines)


def test_helper_processes_take_a_share_of_a_long_text_with_the_same_result(
    shared, uncached, monkeypatch
):
    monkeypatch.setattr(helpers, "_idle_core", lambda: True)
    text = _long_text()
    assert len(text) > 3 * SHARE_CHARS
    before = shared.shared_pieces
    assert shared.analyze(text) == uncached.analyze(text)
    assert shared.shared_pieces > before
    for short in TEXTS:  # a helper finds spaCy's entities, this process the rest
        before = shared.shared_pieces
        assert shared.analyze(short) == uncached.analyze(short)
        assert shared.shared_pieces == before + (1 if short else 0)


def test_short_texts_stay_here_when_no_core_is_idle(shared, uncached, monkeypatch):
    monkeypatch.setattr(helpers, "_idle_core", lambda: False)
    before = shared.shared_pieces
    assert shared.analyze(TEXTS[2]) == uncached.analyze(TEXTS[2])
    assert shared.shared_pieces == before


def test_a_job_that_fails_in_a_helper_gives_none_and_the_helper_goes_on(shared, uncached):
    pool = shared._helpers
    failing = pool.submit([None])  # not a piece: the helper's analysis raises
    assert failing is not None and pool.result(failing) is None
    pieces = [(0, 0, TEXTS[2])]
    job = pool.submit(pieces)
    assert job is not None
    assert pool.result(job) == analyze_pieces(uncached._engine, uncached._threshold, pieces)


def test_a_killed_helper_is_replaced_and_its_share_done_here(shared, uncached):
    text = _long_text() + "\nterakhir: Siti Rahmawati 0813-1122-9087"
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)
        child.join(5)
    before = shared.shared_pieces
    assert shared.analyze(text) == uncached.analyze(text)  # its share done here
    assert shared.shared_pieces == before
    assert shared._helpers.ready(timeout=120)  # a new helper started
    assert shared.analyze(text + " lagi") == uncached.analyze(text + " lagi")
    assert shared.shared_pieces > before


_PARENT = """
import multiprocessing, sys, time
from redaction.analyzer import Analyzer
analyzer = Analyzer(helpers=1)
assert analyzer._helpers.ready(timeout=120)
print(*[child.pid for child in multiprocessing.active_children()], flush=True)
time.sleep(600)
"""


def test_helpers_end_when_their_process_is_killed_without_closing_them():
    root = Path(__file__).resolve().parents[2]
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        helpers = [int(pid) for pid in parent.stdout.readline().split()]
        assert helpers
    finally:
        parent.kill()  # no chance to shut its pool down
        parent.wait(10)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in helpers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # an exited child not yet reaped is gone too
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"

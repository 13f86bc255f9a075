"""Helper processes that take a share of a long analysis.

spaCy holds the GIL, so threads cannot spread one analysis over cores. A 100 KB
message or a long chat history seen for the first time is cut into pieces anyway
(``chunks.windows``, one piece per message); helper processes, each with its own
engine, analyse some of those pieces while the calling process does the rest.
Processes are spawned (not forked: the caller runs threads) when the pool starts
and build their engine then, so a request never waits for a model to load.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from redaction.engine import Found, Piece, analyze_pieces, build_engine, spacy_entities
from redaction.entities import Entity

PARENT_CHECK_S = 1.0
_engine = None  # the engine of a helper process
_threshold = 0.0


def _start(threshold: float, parent: int) -> None:
    global _engine, _threshold
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _engine, _threshold = build_engine(), threshold


def _exit_with(parent: int) -> None:
    """Ends this helper once its parent is gone (killed without closing its pool): the
    pool's queues keep a helper waiting forever otherwise."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _analyze(pieces: list[Piece]) -> list[list[Entity]]:
    assert _engine is not None
    return analyze_pieces(_engine, _threshold, pieces)


def _spacy_entities(texts: list[str]) -> list[list[Found]]:
    assert _engine is not None
    return spacy_entities(_engine, texts)


def _idle_core() -> bool:
    """Whether fewer threads are running this instant (Linux's count of the whole machine
    in /proc/loadavg, this one's included) than this process has cores to run on; False
    where it cannot tell."""
    try:
        with open("/proc/loadavg", "rb") as loadavg:
            running = int(loadavg.read().split()[3].split(b"/")[0])
    except (OSError, ValueError, IndexError):
        return False
    return running < _CORES


# The cores this process may run on (a container's cpuset, not the host's count).
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class Job:
    generation: int  # of the pool it went to
    future: Future[Any]


class Helpers:
    """``count`` helper processes; ``submit`` hands a group of pieces to one of them."""

    def __init__(self, count: int, threshold: float) -> None:
        self.count = count
        self._threshold = threshold
        self._pool, self._started = self._new_pool()
        self._generation = 0  # pools started so far, less one

    def _new_pool(self) -> tuple[ProcessPoolExecutor, list[Future[int]]]:
        pool = ProcessPoolExecutor(
            self.count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(self._threshold, os.getpid()),
        )
        # Start them all now, not on the first long text; each answers once its engine
        # is built.
        return pool, [pool.submit(os.getpid) for _ in range(self.count)]

    def ready(self, timeout: float | None = 0) -> bool:
        """Whether every helper has its engine (waiting up to ``timeout`` seconds)."""
        if not self._started:
            return True  # seen ready before (until a restart starts new ones)
        done, _ = wait(self._started, timeout)
        if len(done) < self.count or any(f.exception() is not None for f in done):
            return False
        self._started = []
        return True

    def submit(self, pieces: list[Piece]) -> Job | None:
        """The helpers' analysis of ``pieces`` to come, or None if they cannot take it
        now (still starting, or restarting after one of them died)."""
        return self._submit(_analyze, pieces)

    def submit_spacy(self, texts: list[str]) -> Job | None:
        """spaCy's entities in ``texts`` (``engine.spacy_entities``) to come, or None;
        also None when no core is idle right now: the caller would only wait for it."""
        if not _idle_core():
            return None
        return self._submit(_spacy_entities, texts)

    def _submit(self, task: Callable[[Any], Any], work: Any) -> Job | None:
        if not self.ready():
            return None
        try:
            return Job(self._generation, self._pool.submit(task, work))
        except BrokenProcessPool:
            self._restart(self._generation)
            return None

    def result(self, job: Job) -> Any:
        """What ``submit`` or ``submit_spacy`` promised, or None if a helper died (the
        caller then does it)."""
        try:
            return job.future.result()
        except BrokenProcessPool:
            self._restart(job.generation)
            return None

    def _restart(self, generation: int) -> None:
        """A new pool after a helper died (killed, out of memory): the old one is unusable."""
        if generation != self._generation:
            return  # already replaced
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool, self._started = self._new_pool()
        self._generation += 1

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

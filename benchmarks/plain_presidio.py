"""Plain Presidio as shipped, the baseline both benchmarks compare against: default
recognizers on the same spaCy model the project uses, offline."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from redaction.engine import LANGUAGE, SPACY_MODEL
from redaction.offline import use_bundled_suffix_list


def plain_engine() -> AnalyzerEngine:
    use_bundled_suffix_list()
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=[LANGUAGE])

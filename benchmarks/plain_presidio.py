"""Plain Presidio as shipped, the baseline both benchmarks compare against: default
recognizers on the same spaCy model the project uses, offline."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine

from redaction.engine import LANGUAGE, spacy_nlp_engine


def plain_engine() -> AnalyzerEngine:
    return AnalyzerEngine(nlp_engine=spacy_nlp_engine(), supported_languages=[LANGUAGE])

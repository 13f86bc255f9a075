"""What the name tests look at: the PERSON values found in a text."""

from __future__ import annotations

from redaction.analyzer import DEFAULT_THRESHOLD, Analyzer
from redaction.recognizers.names import find_names


def persons(analyzer: Analyzer, text: str) -> list[str]:
    """The PERSON values the full analyzer finds in ``text``."""
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "PERSON"]


def found(text: str) -> list[str]:
    """The names the name recognizer alone reports (score at or above the threshold)."""
    return [text[s.start : s.end] for s in find_names(text) if s.score >= DEFAULT_THRESHOLD]

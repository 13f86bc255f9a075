"""What the recognizer tests look at: the values the full analyzer finds in a text."""

from __future__ import annotations

from redaction.analyzer import Analyzer


def found(analyzer: Analyzer, text: str, entity_type: str) -> list[str]:
    """The values of one type, in text order."""
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == entity_type]


def found_typed(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    """Every value with its type, in text order."""
    return [(e.type, text[e.start : e.end]) for e in analyzer.analyze(text)]

"""Labelled texts: the span and document types, and the loader for the shared JSONL datasets."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

# The shared labelled sets live in shared/, beside the repository.
DATASETS_DIR = Path(__file__).resolve().parents[2] / "shared" / "datasets"


@dataclass(frozen=True, slots=True)
class Span:
    """A gold or predicted span ``text[start:end]`` with its type (score: predictions only)."""

    start: int
    end: int
    type: str
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Document:
    """One labelled text; ``lang`` is ``id``, ``en`` or ``mix``."""

    id: str
    lang: str
    text: str
    spans: tuple[Span, ...]
    domain: str = ""


def load_jsonl(path: Path, limit: int | None = None) -> list[Document]:
    """Read a dataset in the shared JSONL format (see /work/shared/datasets/README.md)."""
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(documents) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            spans = tuple(Span(s["start"], s["end"], s["type"]) for s in record["spans"])
            document = Document(record["id"], record["lang"], record["text"], spans)
            documents.append(relabel_birth_dates(document))
    return documents


BIRTH_DATE_LINE = "Tempat/Tgl Lahir"


def relabel_birth_dates(document: Document) -> Document:
    """Turn a DATE_TIME on an ID card's "Tempat/Tgl Lahir" line into a DATE_OF_BIRTH.

    The KTP dataset labels the birth date as a plain DATE_TIME, which this benchmark
    treats as neutral; on that line it is a date of birth, which is personal data.
    """
    spans = []
    for span in document.spans:
        line = document.text[: span.start].rsplit("\n", 1)[-1]
        if span.type == "DATE_TIME" and line.startswith(BIRTH_DATE_LINE):
            span = replace(span, type="DATE_OF_BIRTH")
        spans.append(span)
    return replace(document, spans=tuple(spans))

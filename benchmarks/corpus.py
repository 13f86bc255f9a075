"""The hand-labelled WhatsApp corpus: inline markup turned into documents with offsets.

Format (see benchmarks/README.md)::

    // a comment line
    @@ id shop
    halo kak, sy [[PERSON|Budi]] mau tanya ongkir ke [[NEG|Surabaya]]
    second line of the same message

A line ``@@ <lang> <domain>`` starts a message (lang: id, en or mix); the lines up to the
next header are its text (trailing blank lines dropped). ``[[TYPE|value]]`` marks a span:
the brackets, type and bar are removed and ``value`` stays in the text. A value may span
lines but not contain ``[[`` or ``]]``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from benchmarks.documents import Document, Span
from benchmarks.scoring import HARD_NEGATIVE, NEUTRAL_TYPES, TARGET_TYPES

CORPUS_PATH = Path(__file__).parent / "corpus" / "whatsapp.txt"
LANGUAGES = frozenset({"id", "en", "mix"})
SPAN_TYPES = TARGET_TYPES | NEUTRAL_TYPES | {HARD_NEGATIVE}
HEADER = "@@"
COMMENT = "//"
OPEN, CLOSE = "[[", "]]"
SINGLE_BRACKET = re.compile(r"(?<!\[)\[[A-Z_]+\|")


class CorpusError(ValueError):
    """Malformed markup; the message names the line."""


def load_corpus(path: Path = CORPUS_PATH, limit: int | None = None) -> list[Document]:
    documents = parse_corpus(path.read_text(encoding="utf-8").splitlines(), name=path.stem)
    return documents if limit is None else documents[:limit]


def parse_corpus(lines: Iterable[str], name: str = "whatsapp") -> list[Document]:
    """Documents from corpus lines; raises CorpusError on malformed markup."""
    documents: list[Document] = []
    header: tuple[int, str, str] | None = None
    body: list[str] = []

    def finish() -> None:
        if header is None:
            return
        line_number, lang, domain = header
        while body and not body[-1].strip():
            body.pop()
        if not body:
            raise CorpusError(f"line {line_number}: message has no text")
        text, spans = parse_markup("\n".join(body), first_line=line_number + 1)
        document_id = f"{name}-{len(documents) + 1:04d}"
        documents.append(Document(document_id, lang, text, spans, domain))

    for line_number, line in enumerate(lines, start=1):
        if line.startswith(COMMENT):
            continue
        if line.startswith(HEADER):
            finish()
            fields = line[len(HEADER) :].split()
            if not fields or fields[0] not in LANGUAGES:
                raise CorpusError(f"line {line_number}: header needs a language in {LANGUAGES}")
            domain = fields[1] if len(fields) > 1 else ""
            header, body = (line_number, fields[0], domain), []
        elif header is None:
            if line.strip():
                raise CorpusError(f"line {line_number}: text before the first '{HEADER}' header")
        else:
            body.append(line)
    finish()
    return documents


def parse_markup(marked: str, first_line: int = 1) -> tuple[str, tuple[Span, ...]]:
    """Plain text and spans from ``[[TYPE|value]]`` markup."""
    pieces: list[str] = []
    spans: list[Span] = []
    length = 0
    position = 0

    def fail(at: int, problem: str) -> CorpusError:
        line_number = first_line + marked.count("\n", 0, at)
        return CorpusError(f"line {line_number}: {problem}")

    stray = SINGLE_BRACKET.search(marked)
    if stray:
        raise fail(stray.start(), f"single '[' before {stray.group()!r}; use '[['")
    while True:
        opening = marked.find(OPEN, position)
        closing = marked.find(CLOSE, position)
        if closing != -1 and (opening == -1 or closing < opening):
            raise fail(closing, f"'{CLOSE}' without '{OPEN}'")
        if opening == -1:
            pieces.append(marked[position:])
            break
        end = marked.find(CLOSE, opening + len(OPEN))
        if end == -1:
            raise fail(opening, f"'{OPEN}' is never closed")
        inner = marked[opening + len(OPEN) : end]
        if OPEN in inner:
            raise fail(opening, "nested or unclosed markup")
        entity_type, bar, value = inner.partition("|")
        if not bar:
            raise fail(opening, f"missing '|' in {inner!r}")
        if entity_type not in SPAN_TYPES:
            raise fail(opening, f"unknown type {entity_type!r}")
        if not value or value != value.strip():
            raise fail(opening, f"empty value or value with outer whitespace in {inner!r}")
        before = marked[position:opening]
        pieces.append(before)
        length += len(before)
        spans.append(Span(length, length + len(value), entity_type))
        pieces.append(value)
        length += len(value)
        position = end + len(CLOSE)
    return "".join(pieces), tuple(spans)


def describe(documents: list[Document]) -> str:
    """Counts per language, domain and span type, and messages without personal data."""
    languages = Counter(d.lang for d in documents)
    domains = Counter(d.domain for d in documents)
    types = Counter(s.type for d in documents for s in d.spans)
    without = sum(all(s.type == HARD_NEGATIVE for s in d.spans) for d in documents)
    multi_line = sum("\n" in d.text for d in documents)
    lines = [
        f"messages: {len(documents)} ({without} without personal data, {multi_line} multi-line)",
        "languages: " + ", ".join(f"{k} {v}" for k, v in languages.most_common()),
        "domains: " + ", ".join(f"{k} {v}" for k, v in domains.most_common()),
        "spans: " + ", ".join(f"{k} {v}" for k, v in types.most_common()),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(describe(load_corpus()))

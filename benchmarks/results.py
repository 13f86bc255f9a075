"""benchmarks/RESULTS.md: each benchmark owns one ``## `` section and replaces only that."""

from __future__ import annotations

from pathlib import Path

RESULTS_PATH = Path(__file__).parent / "RESULTS.md"
TITLE = "# Benchmark results\n"


def replace_section(document: str, heading: str, body: str) -> str:
    """``document`` with the section ``## heading`` set to ``body`` (appended if absent).

    A section runs from its heading line to the next ``## `` heading or the end.
    ``body`` must not contain ``## `` headings of its own (use ``###``).
    """
    section = f"## {heading}\n\n{body.strip()}\n"
    lines = document.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == f"## {heading}"), None)
    if start is None:
        prefix = document.rstrip("\n")
        return f"{prefix}\n\n{section}" if prefix else section
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
        len(lines),
    )
    after = "".join(lines[end:])
    return "".join(lines[:start]) + section + ("\n" + after if after else "")


def write_section(heading: str, body: str, path: Path = RESULTS_PATH) -> None:
    document = path.read_text(encoding="utf-8") if path.exists() else TITLE
    path.write_text(replace_section(document, heading, body), encoding="utf-8")

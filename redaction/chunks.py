"""Splitting long texts into overlapping windows for analysis.

Presidio's context step scans the whole token list for every result, so its cost
grows with the square of the length, and spaCy's memory with the length: a
100 KB message took seconds and hundreds of megabytes in one piece. Windows of a
few kilobytes, cut at line, sentence or word ends and overlapping so that a value
cut by one window is whole in the next, keep both linear.
"""

from __future__ import annotations

WINDOW_CHARS = 4000
OVERLAP_CHARS = 400  # longer than any single value the recognizers find


def windows(
    text: str, size: int = WINDOW_CHARS, overlap: int = OVERLAP_CHARS
) -> list[tuple[int, int]]:
    """``[start, end)`` windows covering ``text``; consecutive ones share >= ``overlap``."""
    if len(text) <= size:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(len(text), start + size)
        if end < len(text):
            end = _boundary_before(text, start + size // 2, end)
        spans.append((start, end))
        if end >= len(text):
            return spans
        next_start = end - overlap
        space = text.find(" ", next_start, end)
        start = space + 1 if space >= 0 else next_start


def _boundary_before(text: str, low: int, high: int) -> int:
    """The last line end, else sentence end, else space in ``[low, high)``; else ``high``."""
    for mark in ("\n", ". ", " "):
        at = text.rfind(mark, low, high)
        if at >= 0:
            return at + len(mark)
    return high

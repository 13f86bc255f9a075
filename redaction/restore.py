"""Restoring original values in answers, whole or streamed.

A pseudonym is recognised with or without its brackets and in any letter case,
since models quote them loosely. Text that only looks like a pseudonym but is
not in this request's mapping (another tenant's or conversation's) is left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import cached_property

Escape = Callable[[str], str]


def json_string_escape(value: str) -> str:
    """``value`` as it must appear inside a JSON string (for tool-call arguments)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


# Every pseudonym ``Pseudonymizer`` makes: a type, "_" and 8 or 16 hex digits. One pattern
# for all requests: compiling one per request's mapping cost a quarter of a millisecond.
_SHAPE = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_[0-9A-Fa-f]{8}(?:[0-9A-Fa-f]{8})?"
_PSEUDONYM = re.compile(rf"\[?(?<![0-9A-Za-z_])({_SHAPE})(?![0-9A-Za-z])\]?")


class Restorer:
    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._mapping = {k.lower(): v for k, v in mapping.items()}
        self._pattern: re.Pattern[str] | None = None
        if self._mapping and all(re.fullmatch(_SHAPE, key) for key in self._mapping):
            self._pattern = _PSEUDONYM
        elif self._mapping:  # keys of another shape: a pattern of their own
            names = "|".join(re.escape(k) for k in sorted(self._mapping, key=len, reverse=True))
            self._pattern = re.compile(
                rf"\[?(?<![0-9A-Za-z_])({names})(?![0-9A-Za-z])\]?", re.IGNORECASE
            )
        self._longest = max((len(k) + 2 for k in self._mapping), default=0)

    @cached_property
    def _prefixes(self) -> set[str]:
        """Every prefix of every written form: a stream held back on one of these might be
        in the middle of a pseudonym."""
        return {
            form[:i]
            for key in self._mapping
            for form in (f"[{key}]", f"{key}]")
            for i in range(1, len(form))
        }

    def restore(self, text: str, escape: Escape | None = None) -> str:
        if self._pattern is None or not text:
            return text
        mapping = self._mapping

        def original(match: re.Match[str]) -> str:
            value = mapping.get(match.group(1).lower())
            if value is None:  # looks like one, but not this request's
                return match.group(0)
            return escape(value) if escape else value

        return self._pattern.sub(original, text)

    def held_back(self, text: str) -> int:
        """How many characters at the end of ``text`` could begin a pseudonym."""
        for size in range(min(self._longest, len(text)), 0, -1):
            if text[-size:].lower() in self._prefixes:
                return size
        return 0

    def stream(self, escape: Escape | None = None) -> StreamRestorer:
        return StreamRestorer(self, escape)


class StreamRestorer:
    """Restores a text that arrives in pieces, holding back only a possible partial pseudonym."""

    def __init__(self, restorer: Restorer, escape: Escape | None = None) -> None:
        self._restorer = restorer
        self._escape = escape
        self._pending = ""

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        keep = self._restorer.held_back(text)
        ready, self._pending = text[: len(text) - keep], text[len(text) - keep :]
        return self._restorer.restore(ready, self._escape)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._restorer.restore(text, self._escape)

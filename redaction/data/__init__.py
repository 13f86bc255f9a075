"""Word lists bundled with the recognizers (plain text, one entry per line).

Lines starting with ``#`` are comments. Entries are lower-cased on loading; each
file is read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(filename: str) -> frozenset[str]:
    """The lower-cased entries of the bundled list ``filename``."""
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )

"""A crypto wallet's recovery phrase: 12 to 24 lower-case words after its cue."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import Pattern
from spacy.lang.id.stop_words import STOP_WORDS as INDONESIAN_STOP_WORDS

from redaction.recognizers.context import ContextPatternRecognizer
from redaction.recognizers.secrets.patterns import ENCLITIC

# A run of lower-case words of 3-8 letters, as a wallet's word list is written.
_PHRASE_RUN = regex.compile(r"(?<![\p{L}\d])\p{Ll}{3,8}(?:[ \t]{1,2}\p{Ll}{3,8})+(?!\p{L})")
_PHRASE_WORD = regex.compile(r"\p{Ll}+")
# Indonesian function words end a run: a sentence, not a word list ("seed phrase saya
# hilang gimana cara ..."); English sentences are broken up by their short words ("to", "is").
_NOT_PHRASE_WORDS = frozenset(INDONESIAN_STOP_WORDS)
_PHRASE_LENGTHS = range(24, 11, -3)  # 24, 21, 18, 15 or 12 words
_PHRASE_WINDOW = 200


def _recovery_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first 12 to 24 words of a word list between ``start`` and ``end``."""
    for run in _PHRASE_RUN.finditer(text, start, end):
        words_in_run: list[regex.Match[str]] = []
        for word in [*_PHRASE_WORD.finditer(text, *run.span()), None]:
            if word is not None and word.group() not in _NOT_PHRASE_WORDS:
                words_in_run.append(word)
                continue
            count = next((n for n in _PHRASE_LENGTHS if n <= len(words_in_run)), 0)
            if count:
                return words_in_run[0].start(), words_in_run[count - 1].end()
            words_in_run = []
    return None


class RecoveryPhraseRecognizer(ContextPatternRecognizer):
    """A wallet's recovery phrase after its cue: 12 to 24 lower-case words, on the cue's line
    or the next ("seed phrase saya: apple ...", "frasa pemulihan:\n...", "recovery phrase
    wallet sy ada di draft 😭 ocean cabin ...")."""

    ENTITY = "SECRET"
    PATTERNS = (
        Pattern(
            "Recovery phrase",
            r"(?i:\b(?:(?:secret[ \t]+)?(?:recovery|seed|backup)[ \t]+(?:phrase|words)|seed"
            r"|mnemonic|frasa[ \t]+(?:pemulihan|rahasia|seed)|kata[ \t]+(?:kunci[ \t]+)?pemulihan"
            r"|(?:12|24)[ \t]+(?:kata|words)))" + ENCLITIC + r"(?P<rest>[^\n]*\n?[^\n]*)",
            0.8,
        ),
    )

    def spans(self, match: regex.Match[str]) -> Iterator[tuple[int, int]]:
        start = match.start("rest")
        end = min(match.end("rest"), start + _PHRASE_WINDOW)
        if (phrase := _recovery_phrase(match.string, start, end)) is not None:
            yield phrase

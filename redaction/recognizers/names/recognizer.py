"""find_names, which gathers every kind of name, and its Presidio recognizer."""

from __future__ import annotations

from functools import lru_cache

from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.names.cued import name_after_cue
from redaction.recognizers.names.cues import Cue, cue_positions
from redaction.recognizers.names.lists import listed_names
from redaction.recognizers.names.notations import written_names
from redaction.recognizers.names.organisations import named_place
from redaction.recognizers.names.parts import (
    BALINESE_ORDER,
    BUTONESE_PREFIXES,
    NAME_PREFIXES,
    PREFIXED_NAME_SCORE,
)
from redaction.recognizers.names.surroundings import addressed_names, chat_speakers, sign_off
from redaction.recognizers.names.tokens import NameSpan, glued_to_digit, joined, tokens
from redaction.recognizers.names.uncued import (
    capital_letter_names,
    capitalised_name,
    lower_case_names,
)

PERSON = "PERSON"


@lru_cache(maxsize=256)
def find_names(text: str) -> tuple[NameSpan, ...]:
    """Person names in ``text``: after cues, and capitalised names with gazetteer evidence."""
    toks = tokens(text)
    cues = cue_positions(text)
    found: list[NameSpan] = []
    i = 0
    while i < len(toks):
        if glued_to_digit(text, toks[i]):
            i += 1
            continue
        cue = cues.get(toks[i].start)
        span = name_after_cue(text, toks, i, cue) if cue is not None else None
        if span is None:
            span = capitalised_name(text, toks, i)
        if span is None:
            i += 1
            continue
        # Initials before the name belong to it ("M. Rizky Ramadhan"), unless the name
        # follows an honorific ("H. Abdul Somad": "H." is haji).
        first = i
        while (
            # (nor after "A.N", whose letters are the cue)
            cues.get(toks[first].start) not in (Cue.HONORIFIC, Cue.STRONG)
            and first > 0
            and not glued_to_digit(text, toks[first - 1])  # "kelas 3B. Raka"
            and (
                toks[first - 1].initial
                or toks[first - 1].text in NAME_PREFIXES
                # Balinese "I Made Sudarsana": "I" only before a birth-order name
                or (toks[first - 1].text == "I" and toks[first].lower in BALINESE_ORDER)
                # Butonese "La Ode Rusdin", "Wa Ode Sitti": "La", "Wa" only before "Ode"
                or (toks[first - 1].text in BUTONESE_PREFIXES and toks[first].text == "Ode")
            )
            and joined(text, toks[first - 1], toks[first])
            and (not found or toks[first - 1].start >= found[-1].end)
        ):
            first -= 1
        score = span.score
        if first < i and toks[first].text in NAME_PREFIXES | BUTONESE_PREFIXES | {"I"}:
            # "Ni Luh Putu Ayu", "I Wayan Sudarsana": the prefix confirms the name, and the
            # span must outrank spaCy's PERSON without the prefix, which it contains
            score = max(score, PREFIXED_NAME_SCORE)
        found.append(NameSpan(toks[first].start, span.end, score))
        while i < len(toks) and toks[i].start < span.end:
            i += 1
    found.extend(written_names(text))
    found.extend(capital_letter_names(text, toks, found))
    found.extend(lower_case_names(text, toks, found))
    found.extend(sign_off(text, toks, found))
    found.extend(listed_names(text, toks, found))
    found.extend(addressed_names(text, toks, found))
    found.extend(chat_speakers(text, toks, found))
    # (not a place's or a venue's name: "Soekarno-Hatta", "The Kirana")
    kept = (s for s in found if not named_place(text, s.start, s.end))
    return tuple(sorted(kept, key=lambda s: s.start))


class IndonesianNameRecognizer(LocalRecognizer):
    """PERSON names from Indonesian cues and the name gazetteer."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="IndonesianNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult(PERSON, s.start, s.end, s.score, recognition_metadata=dict(metadata))
            for s in find_names(text)
        ]


def recognizers() -> list[EntityRecognizer]:
    return [IndonesianNameRecognizer()]

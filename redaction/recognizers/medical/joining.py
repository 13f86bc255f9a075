"""Pieces joined into spans, and the lists and suppositions that decide them."""

from __future__ import annotations

import re

from redaction.recognizers.context import Keywords, Span
from redaction.recognizers.medical.cues import (
    _PRODUCT_BEFORE,
    _SUBJECTS,
    _TRIGGER_WINDOW,
    _clause_start,
    _product_before,
)
from redaction.recognizers.medical.results import _TEST_BEFORE
from redaction.recognizers.medical.vocabulary import (
    MEDICAL_DOSE_SCORE,
    MEDICAL_LIST_SCORE,
    MEDICAL_SPECIFIC_SCORE,
    MEDICAL_TRIGGERED_SCORE,
    _Piece,
)

_LIST_PRODUCT_WINDOW = 24

# What may join two health statements into one: "dan", "and", ",", "kayak", "pernah", ...
_JOIN = re.compile(
    r"[ \t]*(?:[,;/+&(][ \t]*)?"
    r"(?:(?:dan|and|serta|atau|or|plus|juga|sama|with|dengan|disertai|kayak|kyk|seperti|like"
    r"|pernah|sering|dicurigai|diduga|suspek|suspected|setelah|after|akibat|karena|krn|terus"
    r"|trus|lalu|then|also|positif|positive|tambah|ditambah|yg|yang|a|an"
    # chat spellings: "muntah2 sm mencret", "batuk n pilek"
    r"|sm|ama|dn|n|dgn|dg)[ \t]*(?:[,;][ \t]*)?){0,2}",
    re.IGNORECASE,
)


def _join(text: str, pieces: list[_Piece]) -> list[Span]:
    """Overlapping pieces, and pieces joined by list words, as one span each.

    A group is reported if any of its pieces is health data alone; its score is the best.
    In a message that has health data and says whose ("istri sy keguguran minggu lalu, skrg
    pendarahan lagi"), the other complaints and medicines in it are that person's too.
    """
    groups: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if groups:
            end = max(p.end for p in groups[-1])
            if piece.start <= end or _JOIN.fullmatch(text, end, piece.start):
                groups[-1].append(piece)
                continue
        groups.append([piece])
    spans = [_span(text, group) for group in groups]
    found = [s for s in spans if s is not None]
    if found and _SUBJECTS.before(text, len(text), len(text)):
        diagnosed = any(span.score >= MEDICAL_SPECIFIC_SCORE for span in found)
        # only the complaints themselves, not their temperature or duration ("demam 39
        # derajat udah 2 hari"), but a medicine with its dose
        found += [
            Span(
                min(p.start for p in group),
                max(p.end if p.shop or p.term_end is None else p.term_end for p in group),
                MEDICAL_LIST_SCORE,
            )
            for group, span in zip(groups, spans, strict=True)
            if span is None and _promoted(text, group, diagnosed)
        ]
        found.sort(key=lambda s: s.start)
    return found


# A medicine someone asks whether they may use: "apa bisa pake salep hydrocortisone?" (the
# word may have been taken into the medicine's span as its prefix).
_USE_BEFORE = Keywords(
    "pake", "pakai", "pakek", "memakai", "minum", "meminum", "oles", "dioles", "use", "take",
)  # fmt: skip
_USE_WINDOW = 12


def _promoted(text: str, group: list[_Piece], diagnosed: bool) -> bool:
    """Whether an unscored group is health data in a message about someone's health
    (``diagnosed``: the message names a condition, not only complaints)."""
    start, end = min(p.start for p in group), max(p.end for p in group)
    if any(p.score is not None or p.weak for p in group):
        return False
    if all(p.shop for p in group):
        # the medicine someone takes, in a message about their health: with its dose ("ada
        # metformin 500 mg? bapak sy diabetes"), for a condition named ("do you have
        # salbutamol inhaler? My son has asthma"), or to use ("boleh pake salep X?"); not
        # one asked for a passing complaint ("ada cetirizine? anak sy lagi pilek")
        return (
            diagnosed
            or _USE_BEFORE.before(text, end, end - start + _USE_WINDOW)
            or any(ch.isdigit() for ch in text[start:end])
        )
    return (
        not _product_before(text, start, end)
        and not _PRODUCT_BEFORE.before(text, start, _LIST_PRODUCT_WINDOW)
        and not _TEST_BEFORE.before(text, start, start - _clause_start(text, start, 40))
        and not _hypothetical(text, start)
    )


# A condition said in a supposition is nobody's: "kalau ada buta warna", "if you feel chest
# pain", "kalau nyeri dada lagi langsung ke IGD" (unless someone is named: "kalau anak saya").
_CONDITIONAL = Keywords(
    "kalau", "kalo", "klo", "jika", "jikalau", "bila", "apabila", "seandainya", "andaikan",
    "misalnya", "semisal", "if", "in case",
)  # fmt: skip
_PHRASE_END = re.compile(r"[.!?\n;,]")
_THEIRS = re.compile(r"[^\W\d_]+nya\b", re.IGNORECASE)


def _hypothetical(text: str, start: int) -> bool:
    if _THEIRS.match(text, start):
        return False  # "kalau gulanya drop": the supposition is about someone's own
    phrase_start = max(0, start - _TRIGGER_WINDOW)
    for phrase_end in _PHRASE_END.finditer(text, phrase_start, start):
        phrase_start = phrase_end.end()
    return _CONDITIONAL.before(text, start, start - phrase_start) and not _SUBJECTS.before(
        text, start, start - phrase_start
    )


def _span(text: str, group: list[_Piece]) -> Span | None:
    start, end = min(p.start for p in group), max(p.end for p in group)
    scores = [p.score for p in group if p.score is not None]
    if scores and max(scores) <= MEDICAL_TRIGGERED_SCORE and _product_before(text, start, end):
        return None  # what a product treats: "obat untuk batuk, pilek dan demam"
    if (
        scores
        and _hypothetical(text, start)
        and (
            max(scores) <= MEDICAL_TRIGGERED_SCORE
            # a specific condition, unless the message names someone after all ("kalo
            # meninggalnya krn kanker paru? ayah sy ...")
            or (
                max(scores) < MEDICAL_DOSE_SCORE
                and not _SUBJECTS.before(text, len(text), len(text))
            )
        )
    ):
        return None
    if text.count("(", start, end) > text.count(")", start, end) and text.startswith(")", end):
        end += 1  # the brand in brackets: "insulin pen (NovoRapid)"
    if scores:
        return Span(start, end, max(scores))
    # several complaints listed together ("mual, pusing dan lemas") are about someone, unless
    # a product's description lists what it treats ("obat untuk batuk, pilek dan demam")
    if (
        sum(not p.shop for p in group) >= 2
        and not _PRODUCT_BEFORE.before(text, start, _LIST_PRODUCT_WINDOW)
        and not _TEST_BEFORE.right_before(text, start)
    ):
        return Span(start, end, MEDICAL_LIST_SCORE)
    return None

"""Scoring detections against gold spans: span matching, leak recall, character precision.

Gold spans fall in three groups:

- targets: personal data the proxy must hide (``TARGET_TYPES``), scored per type;
- neutral: labelled, but not personal data for this product (``NEUTRAL_TYPES``: cities,
  organisations, dates, ...); predictions on them are neither right nor wrong;
- hard negatives (``NEG``): look like personal data but are not (prices, order numbers,
  hotlines); a prediction on one is a false positive and breaks the text for the model.

Every type, gold or predicted, is first mapped to a canonical type (``canonical_type``) so
that Presidio's names for the same thing meet the project's (``US_BANK_NUMBER`` stands for
a ``BANK_ACCOUNT``, ``LOCATION`` for an ``ADDRESS``, ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from benchmarks.documents import Document, Span

HARD_NEGATIVE = "NEG"

TARGET_TYPES = frozenset(
    {
        "ID_NIK",
        "ID_KK",
        "ID_NPWP",
        "ID_BPJS",
        "ID_PASSPORT",
        "ID_SIM",
        "ID_PLATE",
        "BANK_ACCOUNT",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "PERSON",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "MEDICAL",
        "SECRET",
        "US_SSN",
    }
)

NEUTRAL_TYPES = frozenset(
    {"LOCATION", "ORGANIZATION", "DATE_TIME", "NRP", "TITLE", "AGE", "ZIP_CODE", "URL"}
)

# Other names for a target type. Applied to predicted types; for gold types only after the
# neutral check (a gold LOCATION stays neutral, a predicted LOCATION counts as an ADDRESS).
TYPE_ALIASES = {
    "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
    "EMAIL": "EMAIL_ADDRESS",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "US_PASSPORT": "ID_PASSPORT",
    "US_DRIVER_LICENSE": "ID_SIM",
}

MIN_IOU = 0.5
BETA = 2.0


def canonical_type(entity_type: str) -> str:
    return TYPE_ALIASES.get(entity_type, entity_type)


def iou(a: Span, b: Span) -> float:
    """Intersection over union of two character ranges."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union


def is_redundant(index: int, predicted: Sequence[Span], matched: set[int]) -> bool:
    """Whether prediction ``index`` lies inside another prediction and so adds nothing.

    Of predictions with identical spans, a matched one (else the first) is not redundant.
    """
    span = predicted[index]
    for other_index, other in enumerate(predicted):
        if other_index == index or not (other.start <= span.start and span.end <= other.end):
            continue
        identical = (other.start, other.end) == (span.start, span.end)
        if not identical or other_index in matched or other_index < index:
            return True
    return False


def match(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of the same canonical type, IoU >= 0.5.

    Pairs are taken greedily, highest IoU first.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            if canonical_type(gold_span.type) != canonical_type(predicted_span.type):
                continue
            overlap = iou(gold_span, predicted_span)
            if overlap >= MIN_IOU:
                candidates.append((overlap, g, p))
    pairs = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return sorted(pairs)


def covered_positions(spans: Iterable[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def fully_covered(text: str, span: Span, covered: set[int]) -> bool:
    """Every non-whitespace character of ``span`` is inside some predicted span."""
    return all(i in covered for i in range(span.start, span.end) if not text[i].isspace())


def touches(span: Span, positions: set[int]) -> bool:
    return any(i in positions for i in range(span.start, span.end))


@dataclass
class Tally:
    """Counts from one or more scored documents; add tallies with ``+=``."""

    gold: Counter[str] = field(default_factory=Counter)
    true_positives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    leak_covered: Counter[str] = field(default_factory=Counter)
    neutral: Counter[str] = field(default_factory=Counter)
    neutral_touched: Counter[str] = field(default_factory=Counter)
    predicted_chars: int = 0
    predicted_chars_in_targets: int = 0
    hard_negatives: int = 0
    hard_negatives_intact: int = 0
    documents: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        for name in (
            "gold",
            "true_positives",
            "false_positives",
            "leak_covered",
            "neutral",
            "neutral_touched",
        ):
            getattr(self, name).update(getattr(other, name))
        self.predicted_chars += other.predicted_chars
        self.predicted_chars_in_targets += other.predicted_chars_in_targets
        self.hard_negatives += other.hard_negatives
        self.hard_negatives_intact += other.hard_negatives_intact
        self.documents += other.documents
        return self

    def types(self) -> list[str]:
        """Canonical types with gold spans or predictions, sorted."""
        return sorted(set(self.gold) | set(self.true_positives) | set(self.false_positives))

    def precision(self, entity_type: str | None = None) -> float | None:
        tp = self._count(self.true_positives, entity_type)
        fp = self._count(self.false_positives, entity_type)
        return ratio(tp, tp + fp)

    def recall(self, entity_type: str | None = None) -> float | None:
        tp = self._count(self.true_positives, entity_type)
        return ratio(tp, self._count(self.gold, entity_type))

    def f2(self, entity_type: str | None = None) -> float | None:
        return f_beta(self.precision(entity_type), self.recall(entity_type), BETA)

    def leak_recall(self, entity_type: str | None = None) -> float | None:
        covered = self._count(self.leak_covered, entity_type)
        return ratio(covered, self._count(self.gold, entity_type))

    def char_precision(self) -> float | None:
        return ratio(self.predicted_chars_in_targets, self.predicted_chars)

    def hard_negatives_intact_rate(self) -> float | None:
        return ratio(self.hard_negatives_intact, self.hard_negatives)

    def neutral_touched_rate(self) -> float | None:
        return ratio(sum(self.neutral_touched.values()), sum(self.neutral.values()))

    @staticmethod
    def _count(counter: Counter[str], entity_type: str | None) -> int:
        return sum(counter.values()) if entity_type is None else counter[entity_type]


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def f_beta(precision: float | None, recall: float | None, beta: float) -> float | None:
    if precision is None or recall is None:
        return None
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def split_gold(spans: Iterable[Span]) -> tuple[list[Span], list[Span], list[Span]]:
    """(targets, neutral, hard negatives); raises ValueError on a type of no group."""
    targets, neutral, negatives = [], [], []
    for span in spans:
        if span.type == HARD_NEGATIVE:
            negatives.append(span)
        elif span.type in NEUTRAL_TYPES:
            neutral.append(span)
        elif canonical_type(span.type) in TARGET_TYPES:
            targets.append(span)
        else:
            raise ValueError(f"gold type {span.type!r} is neither a target nor neutral")
    return targets, neutral, negatives


def score_document(document: Document, predicted: Iterable[Span]) -> Tally:
    """Score one document's predictions (of any types; overlaps allowed) against its gold.

    - span level: a prediction matches a gold target of the same canonical type with
      IoU >= 0.5, one to one (``match``). A matched pair is a true positive; an unmatched
      gold target a false negative; an unmatched prediction a false positive of its
      canonical type, unless it lies inside another prediction (``is_redundant``), or it
      touches no hard negative and at least half of its characters are in neutral gold
      spans (then it is ignored).
    - leak: a gold target is covered when all its non-whitespace characters are inside
      the union of predictions of any type.
    - characters: of the predicted characters outside neutral spans, those inside targets.
    - a hard negative is intact when no predicted character falls inside it.
    """
    text = document.text
    targets, neutral, negatives = split_gold(document.spans)
    predicted = list(predicted)
    tally = Tally(documents=1)

    pairs = match(targets, predicted)
    matched_predictions = {p for _, p in pairs}
    for g, _ in pairs:
        tally.true_positives[canonical_type(targets[g].type)] += 1

    neutral_positions = covered_positions(neutral)
    negative_positions = covered_positions(negatives)
    for p, span in enumerate(predicted):
        if p in matched_predictions or is_redundant(p, predicted, matched_predictions):
            continue
        in_neutral = sum(1 for i in range(span.start, span.end) if i in neutral_positions)
        if touches(span, negative_positions) or 2 * in_neutral < span.end - span.start:
            tally.false_positives[canonical_type(span.type)] += 1

    covered = covered_positions(predicted)
    for span in targets:
        entity_type = canonical_type(span.type)
        tally.gold[entity_type] += 1
        tally.leak_covered[entity_type] += int(fully_covered(text, span, covered))

    for span in neutral:
        tally.neutral[span.type] += 1
        tally.neutral_touched[span.type] += int(touches(span, covered))

    counted = covered - neutral_positions
    tally.predicted_chars = len(counted)
    tally.predicted_chars_in_targets = len(counted & covered_positions(targets))

    tally.hard_negatives = len(negatives)
    tally.hard_negatives_intact = sum(not touches(span, covered) for span in negatives)
    return tally

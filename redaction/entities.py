"""The entity: one detected personal value, and how overlapping detections merge."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entity:
    """A detected value's type and span (``text[start:end]``) with its score."""

    type: str
    start: int
    end: int
    score: float

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end


def merge_overlapping(entities: list[Entity]) -> list[Entity]:
    """Merge overlapping detections into disjoint spans, sorted by start.

    Overlapping spans become their union so no fragment of a detected value is
    left in clear; the union takes the type of its strongest member (ties: the
    longest), e.g. a PERSON inside an ADDRESS stays part of the ADDRESS.
    """
    merged: list[list[Entity]] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and entity.start < max(e.end for e in merged[-1]):
            merged[-1].append(entity)
        else:
            merged.append([entity])
    result = []
    for group in merged:
        best = max(group, key=lambda e: (e.score, e.end - e.start))
        start = min(e.start for e in group)
        end = max(e.end for e in group)
        result.append(Entity(best.type, start, end, best.score))
    return result

"""Entity policy: what happens to each detected entity type before text leaves."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    PSEUDONYMIZE = "pseudonymize"  # replaced by a pseudonym, restored in the answer
    REDACT = "redact"  # replaced by its type only; never restored
    BLOCK = "block"  # the whole request is refused
    ALLOW = "allow"  # sent as it is


@dataclass(frozen=True)
class EntityPolicy:
    actions: Mapping[str, Action] = field(default_factory=dict)
    default: Action = Action.PSEUDONYMIZE

    def action(self, entity_type: str) -> Action:
        return self.actions.get(entity_type, self.default)

    @classmethod
    def from_mapping(cls, actions: Mapping[str, str], default: str = "pseudonymize"):
        return cls({k: Action(v) for k, v in actions.items()}, Action(default))

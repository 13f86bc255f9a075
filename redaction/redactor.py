"""Applying a policy to the entities of one request's texts."""

from __future__ import annotations

from collections import Counter

from redaction.entities import Entity
from redaction.normalize import normalize
from redaction.policy import Action, EntityPolicy
from redaction.pseudonyms import Pseudonymizer, bracketed


class Redactor:
    """Rewrites the texts of one request and remembers how to restore them.

    ``mapping`` holds pseudonym (lower case) -> original value for every value
    pseudonymized so far; ``counts`` the entities per type; ``blocked`` the types
    whose policy is ``block`` (the caller refuses the request if it is not empty);
    ``identities`` each distinct (type, normal form) seen, whatever its action, so
    that a caller can keep keyed hashes of them (never the values themselves).
    """

    def __init__(self, pseudonymizer: Pseudonymizer, policy: EntityPolicy | None = None) -> None:
        self._pseudonymizer = pseudonymizer
        self._policy = policy or EntityPolicy()
        self._assigned: dict[tuple[str, str], str] = {}
        self._owners: dict[str, tuple[str, str]] = {}
        self.mapping: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.blocked: set[str] = set()
        self.identities: set[tuple[str, str]] = set()

    def redact(self, text: str, entities: tuple[Entity, ...] | list[Entity]) -> str:
        """``text`` with each entity replaced according to the policy (entities disjoint)."""
        if not entities:
            return text
        parts: list[str] = []
        cursor = 0
        for entity in entities:
            self.counts[entity.type] += 1
            value = text[entity.start : entity.end]
            self.identities.add((entity.type, normalize(entity.type, value)))
            action = self._policy.action(entity.type)
            if action is Action.ALLOW:
                continue
            if action is Action.BLOCK:
                self.blocked.add(entity.type)
            replacement = (
                self._pseudonym(entity.type, value)
                if action is Action.PSEUDONYMIZE
                else f"[{entity.type}]"
            )
            parts.append(text[cursor : entity.start])
            parts.append(replacement)
            cursor = entity.end
        parts.append(text[cursor:])
        return "".join(parts)

    def _pseudonym(self, entity_type: str, value: str) -> str:
        identity = (entity_type, normalize(entity_type, value))
        pseudonym = self._assigned.get(identity)
        if pseudonym is None:
            pseudonym = self._pseudonymizer.pseudonym(entity_type, value)
            if self._owners.get(pseudonym.lower(), identity) != identity:
                pseudonym = self._pseudonymizer.pseudonym(entity_type, value, long=True)
            self._assigned[identity] = pseudonym
            self._owners[pseudonym.lower()] = identity
            self.mapping[pseudonym.lower()] = value
        return bracketed(pseudonym)

"""Pseudonyms derived from a keyed hash, so they stay consistent without shared state.

A pseudonym is ``[TYPE_xxxxxxxx]``: the entity type (so the model knows what it
stands for) and the first hex digits of HMAC-SHA256(key, scope, type, normal
form). The same value in the same conversation scope gets the same pseudonym on
every turn and every proxy instance; another key (tenant) or scope gets another.
"""

from __future__ import annotations

import hashlib
import hmac

from redaction.normalize import normalize

DIGEST_CHARS = 8
# Used when two values of one request would share a pseudonym (p ~ 1e-6 at 100
# values of one type); the longer digest keeps them apart.
LONG_DIGEST_CHARS = 16


class Pseudonymizer:
    def __init__(self, key: bytes, scope: str) -> None:
        self._key = key
        self._scope = scope

    def digest(self, entity_type: str, value: str) -> str:
        message = "\x1f".join((self._scope, entity_type, normalize(entity_type, value)))
        return hmac.new(
            self._key, message.encode("utf-8", "surrogatepass"), hashlib.sha256
        ).hexdigest()

    def pseudonym(self, entity_type: str, value: str, *, long: bool = False) -> str:
        digest = self.digest(entity_type, value)
        return f"{entity_type}_{digest[: LONG_DIGEST_CHARS if long else DIGEST_CHARS]}"


def bracketed(pseudonym: str) -> str:
    """The form that is written into the outgoing text."""
    return f"[{pseudonym}]"

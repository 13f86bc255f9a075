"""Data-subject tokens: a trail of whose data went where, without storing any value.

Each record keeps, per detected value, ``TYPE:hmac`` where the HMAC is keyed per
tenant (derived from the instance secret) over the value's normal form. To answer
an access request (UU PDP Art. 32), compliance enters the value; it is normalised
the way every entity type would normalise it and the resulting HMACs are looked up.
The type is outside the HMAC so one lookup finds the value whatever it was
detected as; the match tells which type that was.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from proxy.keys import tenant_key
from redaction.normalize import CODE_TYPES, DIGIT_TYPES, normalize

HASH_CHARS = 32  # 128 bits of HMAC-SHA256
# Types covering every way ``normalize`` treats values (phones, digits, codes, text).
_NORMALISING_TYPES = ("PHONE_NUMBER", *sorted(DIGIT_TYPES | CODE_TYPES), "PERSON", "EMAIL_ADDRESS")


def subject_key(master: bytes, tenant_id: str) -> bytes:
    """Separate from the pseudonym key, so a token says nothing about a pseudonym."""
    return hmac.new(tenant_key(master, tenant_id), b"ledger-subjects", hashlib.sha256).digest()


def _mac(key: bytes, normal: str) -> str:
    return hmac.new(key, normal.encode("utf-8"), hashlib.sha256).hexdigest()[:HASH_CHARS]


def tokens(key: bytes, identities: Iterable[tuple[str, str]]) -> str:
    """The stored form: sorted ``TYPE:hmac`` tokens of (type, normal form) pairs."""
    return " ".join(sorted({f"{kind}:{_mac(key, normal)}" for kind, normal in identities}))


def lookup_hashes(key: bytes, value: str) -> set[str]:
    """The HMACs ``value`` would have been stored under, whatever type it was detected as."""
    return {_mac(key, normalize(kind, value)) for kind in _NORMALISING_TYPES}


def matched_types(stored: str | None, hashes: set[str]) -> list[str]:
    """Which entity types of a stored token list carry one of ``hashes``."""
    found = set()
    for token in (stored or "").split():
        kind, _, mac = token.rpartition(":")
        if mac in hashes:
            found.add(kind)
    return sorted(found)


def trail(rows: Iterable[dict], hashes_of: dict[str, set[str]]) -> dict:
    """A data subject's processing trail from matching transfer views (each with its
    ``subjects`` tokens): every match, and per destination when and how often data
    about the subject went there (blocked attempts sent nothing and are not counted)."""
    matches, destinations = [], {}
    for row in rows:
        stored = row.pop("subjects")
        row["matched_types"] = matched_types(stored, hashes_of[row["tenant_id"]])
        matches.append(row)
        if row["outcome"] == "blocked":
            continue
        key = (row["tenant_id"], row["subprocessor_id"], row["country"])
        place = destinations.setdefault(
            key,
            {
                "tenant_id": row["tenant_id"],
                "subprocessor_id": row["subprocessor_id"],
                "subprocessor_name": row["subprocessor_name"],
                "country": row["country"],
                "cross_border": row["cross_border"],
                "transfers": 0,
                "first": row["recorded_at"],
                "last": row["recorded_at"],
                "entity_types": set(),
            },
        )
        place["transfers"] += 1
        place["first"] = min(place["first"], row["recorded_at"])
        place["last"] = max(place["last"], row["recorded_at"])
        place["entity_types"].update(row["matched_types"])
    for place in destinations.values():
        place["entity_types"] = sorted(place["entity_types"])
    return {"matches": matches, "destinations": list(destinations.values())}

"""The ledger's record: its fields, canonical serialisation and hash.

Records are append-only and chained per tenant: each holds the previous one's
hash, and its own hash covers every field (``seq`` and ``prev_hash`` included),
so altering, removing or reordering a stored row breaks the chain.

A transfer is written as a ``transfer`` record before anything is sent, and its
result as a separate ``outcome`` record that refers to it (a hashed row is never
updated); a transfer without an outcome record reads as outcome ``unknown``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of a tenant's first record
_VERSION = b"tekino-ledger/1\n"


class Kind(StrEnum):
    TRANSFER = "transfer"  # an attempt, written before sending (or a refusal)
    OUTCOME = "outcome"  # how an attempt ended, written after the answer
    TERMINATED = "terminated"  # the tenant's account ended; retention still applies


class Outcome(StrEnum):
    PENDING = "pending"  # stored on a transfer record; no outcome record yet reads "unknown"
    SENT = "sent"
    CLIENT_CLOSED = "client_closed"  # sent; the client left before the answer ended
    BLOCKED = "blocked"
    UPSTREAM_ERROR = "upstream_error"
    UNKNOWN = "unknown"  # never stored: a transfer whose outcome was never recorded


# What a transfer reads as once joined with its outcome record (if any).
RESULTS = (
    Outcome.SENT,
    Outcome.CLIENT_CLOSED,
    Outcome.UPSTREAM_ERROR,
    Outcome.UNKNOWN,
    Outcome.BLOCKED,
)


@dataclass(frozen=True)
class Record:
    tenant_id: str
    kind: str
    transfer_id: str
    outcome: str
    seq: int = 0
    recorded_at: str = ""
    request_id: str | None = None
    key_id: str | None = None
    scope_hash: str | None = None
    endpoint: str | None = None
    model: str | None = None
    deployment: str | None = None
    subprocessor_id: str | None = None
    subprocessor_name: str | None = None
    country: str | None = None
    region: str | None = None
    cross_border: bool | None = None
    safeguards: str | None = None  # comma-separated transfer bases (dpa, scc, adequacy, ...)
    dpa_ref: str | None = None
    entity_counts: str | None = None  # canonical JSON {"TYPE": count}
    specific_categories: str | None = None  # comma-separated UU PDP specific categories
    subjects: str | None = None  # space-separated "TYPE:hmac" data-subject tokens
    chars_sent: int | None = None
    streamed: bool | None = None
    reason: str | None = None
    http_status: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: int | None = None
    prev_hash: str = GENESIS
    hash: str = ""

    def digest(self) -> str:
        return row_digest(self.to_row())

    def chained(self, seq: int, prev_hash: str, recorded_at: str) -> Record:
        """This record as the next link after ``prev_hash``, sealed with its hash."""
        links = {"seq": seq, "prev_hash": prev_hash, "recorded_at": recorded_at}
        return replace(self, **links, hash=row_digest({**self.to_row(), **links}))

    def to_row(self) -> dict[str, Any]:
        """Column values: booleans as 0/1, enums as their plain strings."""
        return {name: _column_value(getattr(self, name)) for name in COLUMNS}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Record:
        """From a stored row (extra columns ignored; 0/1 back to booleans)."""
        values = {name: row[name] for name in COLUMNS}
        for name in _BOOLEANS:
            if values[name] is not None:
                values[name] = bool(values[name])
        return cls(**values)


def _column_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return str(value) if isinstance(value, StrEnum) else value


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Record))
_HASHED = tuple(name for name in COLUMNS if name != "hash")
_BOOLEANS = ("cross_border", "streamed")


def canonical(row: Mapping[str, Any]) -> bytes:
    """The bytes a record's hash covers: every column but ``hash``, as stored (so a
    row read back from either store hashes the same without conversion)."""
    body = {name: row[name] for name in _HASHED}
    return _VERSION + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def row_digest(row: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(row)).hexdigest()


def stamp(moment: datetime) -> str:
    """UTC time in a fixed-width form that sorts as text (both stores compare it as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now() -> str:
    return stamp(datetime.now(UTC))


def dump_counts(counts: dict[str, int]) -> str:
    return json.dumps(dict(sorted(counts.items())), separators=(",", ":"))


def load_counts(text: str | None) -> dict[str, int]:
    return json.loads(text) if text else {}


def split_list(text: str | None) -> list[str]:
    return [item for item in (text or "").split(",") if item]

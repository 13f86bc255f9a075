"""Reading the ledger: transfers joined with their outcomes, filtered, paged, exported.

A transfer's outcome is its own ``blocked`` or the outcome record that refers to
it, or ``unknown`` when there is none (the attempt was cut short, e.g. by a crash).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from proxy.db import Database, Row
from proxy.ledger.records import RESULTS, load_counts, split_list, stamp

_OUTCOME = (
    "CASE WHEN t.outcome = 'blocked' THEN 'blocked' "
    "WHEN o.outcome IS NULL THEN 'unknown' ELSE o.outcome END"
)
_FROM = (
    "FROM ledger_records t LEFT JOIN ledger_records o ON o.tenant_id = t.tenant_id"
    " AND o.transfer_id = t.transfer_id AND o.kind = 'outcome'"
)
_SELECT = (
    "SELECT t.id, t.tenant_id, t.seq, t.transfer_id, t.recorded_at, t.request_id, t.key_id,"
    " t.scope_hash, t.endpoint, t.model, t.deployment, t.subprocessor_id, t.subprocessor_name,"
    " t.country, t.region, t.cross_border, t.safeguards, t.dpa_ref, t.entity_counts,"
    " t.specific_categories, t.chars_sent, t.streamed, t.reason, t.subjects,"
    " COALESCE(o.http_status, t.http_status) AS http_status, o.recorded_at AS completed_at,"
    " o.prompt_tokens, o.completion_tokens, o.latency_ms, "
    f"{_OUTCOME} AS result {_FROM}"
)
ENTITY_TYPE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Filters:
    tenant_id: str | None = None  # None: every tenant
    since: str | None = None  # inclusive, a ``records.stamp`` time
    until: str | None = None  # exclusive
    country: str | None = None
    subprocessor_id: str | None = None
    outcome: str | None = None
    entity_type: str | None = None

    def __post_init__(self) -> None:
        if self.country is not None and not COUNTRY.match(self.country):
            raise ValueError("country must be an ISO 3166-1 alpha-2 code")
        if self.entity_type is not None and not ENTITY_TYPE.match(self.entity_type):
            raise ValueError("entity_type must look like PERSON or ID_NIK")
        if self.outcome is not None and self.outcome not in RESULTS:
            raise ValueError(f"outcome must be one of {', '.join(RESULTS)}")

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["t.kind = 'transfer'"], []
        for column, value in (
            ("t.tenant_id", self.tenant_id),
            ("t.country", self.country),
            ("t.subprocessor_id", self.subprocessor_id),
            (_OUTCOME, self.outcome),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.since is not None:
            clauses.append("t.recorded_at >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("t.recorded_at < ?")
            params.append(self.until)
        if self.entity_type is not None:
            # entity_counts is canonical JSON: '"TYPE":' matches exactly that key.
            clauses.append("t.entity_counts LIKE ? ESCAPE '!'")
            params.append('%"' + self.entity_type.replace("_", "!_") + '":%')
        return " AND ".join(clauses), params


def parse_time(value: str | None, *, end: bool = False) -> str | None:
    """A filter bound from ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO datetime (naive: UTC).

    As an end bound (exclusive), a month or a day means "through its end"."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}", value):
        first = date.fromisoformat(value + "-01")
        bound = (first + timedelta(days=32)).replace(day=1) if end else first
        return stamp(datetime(bound.year, bound.month, bound.day, tzinfo=UTC))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = date.fromisoformat(value) + timedelta(days=1 if end else 0)
        return stamp(datetime(day.year, day.month, day.day, tzinfo=UTC))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError("times must be YYYY-MM, YYYY-MM-DD or an ISO datetime") from None
    return stamp(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def view(row: Row) -> dict[str, Any]:
    """A transfer as the API, the exports and the page show it (no subject tokens)."""
    cross_border = row["cross_border"]
    streamed = row["streamed"]
    return {
        "id": int(row["id"]),
        "transfer_id": row["transfer_id"],
        "tenant_id": row["tenant_id"],
        "seq": int(row["seq"]),
        "recorded_at": row["recorded_at"],
        "completed_at": row["completed_at"],
        "request_id": row["request_id"],
        "key_id": row["key_id"],
        "scope_hash": row["scope_hash"],
        "endpoint": row["endpoint"],
        "model": row["model"],
        "deployment": row["deployment"],
        "subprocessor_id": row["subprocessor_id"],
        "subprocessor_name": row["subprocessor_name"],
        "country": row["country"],
        "region": row["region"],
        "cross_border": None if cross_border is None else bool(cross_border),
        "safeguards": split_list(row["safeguards"]),
        "dpa_ref": row["dpa_ref"],
        "entity_counts": load_counts(row["entity_counts"]),
        "specific_categories": split_list(row["specific_categories"]),
        "chars_sent": _int(row["chars_sent"]),
        "prompt_tokens": _int(row["prompt_tokens"]),
        "completion_tokens": _int(row["completion_tokens"]),
        "streamed": None if streamed is None else bool(streamed),
        "outcome": row["result"],
        "reason": row["reason"],
        "http_status": _int(row["http_status"]),
        "latency_ms": _int(row["latency_ms"]),
    }


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def page(
    db: Database, filters: Filters, limit: int = 100, before_id: int | None = None
) -> tuple[list[dict[str, Any]], int | None]:
    """Newest first; returns the rows and the cursor (an id) for the next page, if any."""
    where, params = filters.where()
    if before_id is not None:
        where += " AND t.id < ?"
        params.append(before_id)
    rows = db.fetchall(f"{_SELECT} WHERE {where} ORDER BY t.id DESC LIMIT ?", (*params, limit + 1))
    views = [view(row) for row in rows[:limit]]
    return views, (views[-1]["id"] if len(rows) > limit else None)


def iterate(db: Database, filters: Filters, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every matching transfer, oldest first, streamed (for exports of any size)."""
    where, params = filters.where()
    for row in db.iterate(f"{_SELECT} WHERE {where} ORDER BY t.id", params, batch):
        yield view(row)


def subject_rows(db: Database, tenant_id: str, hashes: set[str]) -> list[dict[str, Any]]:
    """The tenant's transfers whose subject tokens hold one of ``hashes`` (oldest first),
    each with its ``subjects`` tokens. A rare question: it scans the tenant's records."""
    if not hashes:
        return []
    likes = " OR ".join("t.subjects LIKE ?" for _ in hashes)
    params = [tenant_id, *(f"%:{h}%" for h in sorted(hashes))]
    rows = db.fetchall(
        f"{_SELECT} WHERE t.kind = 'transfer' AND t.tenant_id = ? AND ({likes}) ORDER BY t.id",
        params,
    )
    return [{**view(row), "subjects": row["subjects"]} for row in rows]


def grouped(db: Database, filters: Filters) -> list[Row]:
    """Transfers counted per tenant x month x destination x outcome x category mix; the
    database does the bulk of the counting, ``report`` merges the category mixes."""
    where, params = filters.where()
    return db.fetchall(
        "SELECT t.tenant_id, substr(t.recorded_at, 1, 7) AS month, t.country,"
        " t.subprocessor_id, t.subprocessor_name, t.safeguards, t.entity_counts,"
        f" t.specific_categories, {_OUTCOME} AS result, COUNT(*) AS transfers,"
        " SUM(t.chars_sent) AS chars_sent, SUM(o.prompt_tokens) AS prompt_tokens,"
        f" SUM(o.completion_tokens) AS completion_tokens {_FROM} WHERE {where}"
        " GROUP BY t.tenant_id, substr(t.recorded_at, 1, 7), t.country, t.subprocessor_id,"
        f" t.subprocessor_name, t.safeguards, t.entity_counts, t.specific_categories, {_OUTCOME}",
        params,
    )

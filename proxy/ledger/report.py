"""The record of cross-border transfers (UU PDP Art. 56): per tenant x month x
destination country x sub-processor, how many transfers, how they ended, and which
data categories they carried.

Category counts cover the transfers whose data left or may have left (sent,
upstream error, unknown); a blocked transfer sent nothing and counts only as blocked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from proxy.config import DOMESTIC_COUNTRY
from proxy.db import Database
from proxy.ledger.queries import Filters, grouped
from proxy.ledger.records import RESULTS, Outcome, load_counts, split_list


@dataclass
class ReportRow:
    tenant_id: str
    month: str  # YYYY-MM (UTC)
    country: str | None  # None: refused before a destination was chosen
    subprocessor_id: str | None
    subprocessor_name: str | None = None
    safeguards: set[str] = field(default_factory=set)
    outcomes: Counter[str] = field(default_factory=Counter)
    chars_sent: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # entity type -> transfers that carried it / values of it in those transfers
    category_transfers: Counter[str] = field(default_factory=Counter)
    category_values: Counter[str] = field(default_factory=Counter)
    specific: Counter[str] = field(default_factory=Counter)  # specific category -> transfers
    with_specific: int = 0  # transfers that carried any UU PDP specific data

    def to_json(self) -> dict[str, Any]:
        return {
            "tenant_id": self.tenant_id,
            "month": self.month,
            "country": self.country,
            "cross_border": None if self.country is None else self.country != DOMESTIC_COUNTRY,
            "subprocessor_id": self.subprocessor_id,
            "subprocessor_name": self.subprocessor_name,
            "safeguards": sorted(self.safeguards),
            "transfers": sum(self.outcomes.values()),
            **{outcome.value: self.outcomes[outcome] for outcome in RESULTS},
            "chars_sent": self.chars_sent,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "categories": {
                kind: {"transfers": self.category_transfers[kind], "values": count}
                for kind, count in sorted(self.category_values.items())
            },
            "specific_categories": dict(sorted(self.specific.items())),
            "with_specific_data": self.with_specific,
        }


def report(db: Database, filters: Filters) -> dict[str, Any]:
    rows: dict[tuple, ReportRow] = {}
    for group in grouped(db, filters):
        key = (group["tenant_id"], group["month"], group["country"], group["subprocessor_id"])
        row = rows.get(key)
        if row is None:
            row = rows[key] = ReportRow(*key)
        n = int(group["transfers"])
        row.subprocessor_name = group["subprocessor_name"] or row.subprocessor_name
        row.safeguards.update(split_list(group["safeguards"]))
        row.outcomes[group["result"]] += n
        row.chars_sent += int(group["chars_sent"] or 0)
        row.prompt_tokens += int(group["prompt_tokens"] or 0)
        row.completion_tokens += int(group["completion_tokens"] or 0)
        if group["result"] == Outcome.BLOCKED:
            continue
        for kind, count in load_counts(group["entity_counts"]).items():
            row.category_transfers[kind] += n
            row.category_values[kind] += count * n
        specific = split_list(group["specific_categories"])
        for category in specific:
            row.specific[category] += n
        row.with_specific += n if specific else 0
    table = [row.to_json() for _, row in sorted(rows.items(), key=lambda item: _order(item[0]))]
    return {"rows": table, "totals": totals(table)}


def _order(key: tuple) -> tuple:
    return tuple("" if part is None else part for part in key)


def totals(table: list[dict[str, Any]]) -> dict[str, Any]:
    left = [r for r in table if r["transfers"] > r["blocked"]]  # rows where data left
    return {
        "transfers": sum(r["transfers"] for r in table),
        **{o.value: sum(r[o.value] for r in table) for o in RESULTS},
        "cross_border": sum(r["transfers"] - r["blocked"] for r in left if r["cross_border"]),
        "countries": sorted({r["country"] for r in left if r["country"]}),
        "subprocessors": sorted({r["subprocessor_id"] for r in left if r["subprocessor_id"]}),
        "tenants": sorted({r["tenant_id"] for r in table}),
        "with_specific_data": sum(r["with_specific_data"] for r in table),
    }

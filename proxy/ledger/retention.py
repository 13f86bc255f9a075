"""Retention: each tenant's records are kept for its number of months, then removed.

Removal takes the oldest records off the front of the chain and moves the chain's
base past them, so what remains still verifies. After a tenant's account ends
(``Ledger.terminate``), its records stay until they expire like any others; once
the last one has gone, the tenant's chain itself is removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from proxy.ledger.records import stamp
from proxy.ledger.store import LedgerStore


@dataclass(frozen=True)
class Purged:
    tenant_id: str
    cutoff: str  # records before this time were removed
    removed: int


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` earlier (clamped to the month's last day)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:  # e.g. 31 March -> 28/29 February
            day -= 1


def purge(
    store: LedgerStore,
    default_months: int,
    tenant_months: dict[str, int] | None = None,
    now: datetime | None = None,
) -> list[Purged]:
    moment = now or datetime.now(UTC)
    results = []
    for tenant_id in store.tenants():
        months = (tenant_months or {}).get(tenant_id, default_months)
        cutoff = stamp(months_before(moment, months))
        results.append(Purged(tenant_id, cutoff, store.cut(tenant_id, cutoff)))
    return results

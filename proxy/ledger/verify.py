"""Verifying a tenant's chain: the first broken link, if any.

Walks the records in ``seq`` order from the chain's base (the last record removed
by retention, or the genesis) and checks, for each: that no ``seq`` is missing,
that it holds the previous record's hash, and that its own hash matches its
content; at the end, that the last record is the chain head. This proves the
stored rows are the ones written, in the order written, unless someone with write
access rewrote the whole chain *and* the head: compare ``head_hash`` with a value
noted earlier (e.g. in a monthly report) to rule that out too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from proxy.db import Row
from proxy.ledger.records import GENESIS, row_digest
from proxy.ledger.store import Chain, LedgerStore

ALTERED = "altered"  # the record's content does not match its hash
MISSING = "missing"  # a seq is absent: records were removed
BROKEN_LINK = "broken_link"  # the record does not follow the previous one: removed or reordered
TRUNCATED = "truncated"  # records after the last stored one are gone (the head says so)
NO_HEAD = "no_head"  # records without a chain head row
BEYOND_HEAD = "beyond_head"  # records after the chain head: added outside the ledger


@dataclass(frozen=True)
class Break:
    problem: str
    seq: int | None  # where the chain breaks (the seq expected or found there)
    record_id: int | None  # the stored row at that place, if any
    detail: str


@dataclass(frozen=True)
class ChainReport:
    tenant_id: str
    ok: bool
    records: int  # records checked
    head_seq: int | None
    head_hash: str | None
    first_break: Break | None = None

    def to_json(self) -> dict:
        return asdict(self)


def verify_tenant(store: LedgerStore, tenant_id: str) -> ChainReport:
    chains = store.chains(tenant_id)
    chain = chains[0] if chains else None
    expected_seq = (chain.base_seq if chain else 0) + 1
    previous = chain.base_hash if chain else GENESIS
    checked = 0
    db = store.reader()
    try:
        # Up to the head read above: records appended meanwhile are checked next time.
        for row in store.rows(db, tenant_id, chain.head_seq if chain else None):
            problem = _check(row, expected_seq, previous)
            if problem is not None:
                return _report(chain, tenant_id, checked, problem)
            checked += 1
            expected_seq = row["seq"] + 1
            previous = row["hash"]
    finally:
        db.close()
    if chain is None:
        if checked == 0:  # nothing at all for this tenant
            return ChainReport(tenant_id, True, 0, None, None)
        detail = "records exist but the tenant's chain head is missing"
        return _report(None, tenant_id, checked, Break(NO_HEAD, None, None, detail))
    if chain.head_seq != expected_seq - 1 or chain.head_hash != previous:
        detail = (
            f"the chain head is seq {chain.head_seq} but the last stored record is "
            f"seq {expected_seq - 1}: records at the end were removed or altered"
        )
        return _report(chain, tenant_id, checked, Break(TRUNCATED, expected_seq, None, detail))
    last = store.last_seq(tenant_id)  # read before the head: an append commits both at once
    head = store.chains(tenant_id)
    if last is not None and (not head or last > head[0].head_seq):
        detail = f"record seq {last} lies beyond the chain head: it was added outside the ledger"
        return _report(chain, tenant_id, checked, Break(BEYOND_HEAD, last, None, detail))
    return ChainReport(tenant_id, True, checked, chain.head_seq, chain.head_hash)


def _check(row: Row, expected_seq: int, previous: str) -> Break | None:
    seq, row_id = row["seq"], row["id"]
    if seq != expected_seq:
        detail = f"expected seq {expected_seq}, found seq {seq}: records were removed"
        return Break(MISSING, expected_seq, row_id, detail)
    if row["prev_hash"] != previous:
        detail = (
            f"record seq {seq} does not follow the previous record: "
            "a record was removed, inserted or reordered"
        )
        return Break(BROKEN_LINK, seq, row_id, detail)
    if row_digest(row) != row["hash"]:
        detail = f"record seq {seq} was altered: its content does not match its hash"
        return Break(ALTERED, seq, row_id, detail)
    return None


def _report(chain: Chain | None, tenant_id: str, checked: int, problem: Break) -> ChainReport:
    return ChainReport(
        tenant_id,
        False,
        checked,
        chain.head_seq if chain else None,
        chain.head_hash if chain else None,
        problem,
    )


def verify_all(store: LedgerStore, tenant_id: str | None = None) -> list[ChainReport]:
    tenants = [tenant_id] if tenant_id is not None else store.tenants()
    return [verify_tenant(store, tenant) for tenant in tenants]

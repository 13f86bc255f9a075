"""The ledger's tables, and appending to a tenant's chain.

``ledger_chains`` holds each tenant's chain head (the last record's seq and hash)
so an append reads one small row, never the chain; taking that row's lock
(PostgreSQL ``SELECT ... FOR UPDATE``; SQLite's ``BEGIN IMMEDIATE``) serialises
appends per tenant across threads, workers and instances. It also holds the base
(the last record removed by retention) from which verification starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from proxy.db import Database, Row
from proxy.ledger.records import COLUMNS, GENESIS, Record, now

_RECORD_COLUMNS = {
    "seq": "BIGINT NOT NULL",
    "chars_sent": "BIGINT",
    "cross_border": "INTEGER",
    "streamed": "INTEGER",
    "http_status": "INTEGER",
    "prompt_tokens": "BIGINT",
    "completion_tokens": "BIGINT",
    "latency_ms": "BIGINT",
}
_REQUIRED = {"tenant_id", "kind", "transfer_id", "outcome", "recorded_at", "prev_hash", "hash"}


def _column(name: str) -> str:
    default = "TEXT NOT NULL" if name in _REQUIRED else "TEXT"
    return f"{name} {_RECORD_COLUMNS.get(name, default)}"


SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS ledger_records (
        id {{id}}, {", ".join(_column(c) for c in COLUMNS)}, UNIQUE (tenant_id, seq))""",
    # At most one record of each kind per transfer (one outcome, never two).
    """CREATE UNIQUE INDEX IF NOT EXISTS ledger_records_event
        ON ledger_records (tenant_id, transfer_id, kind)""",
    # Listing and exports in write order; time-range filters.
    "CREATE INDEX IF NOT EXISTS ledger_records_order ON ledger_records (kind, id)",
    """CREATE INDEX IF NOT EXISTS ledger_records_tenant_order
        ON ledger_records (tenant_id, kind, id)""",
    "CREATE INDEX IF NOT EXISTS ledger_records_time ON ledger_records (kind, recorded_at)",
    """CREATE INDEX IF NOT EXISTS ledger_records_tenant_time
        ON ledger_records (tenant_id, kind, recorded_at)""",
    """CREATE TABLE IF NOT EXISTS ledger_chains (
        tenant_id TEXT PRIMARY KEY, head_seq BIGINT NOT NULL, head_hash TEXT NOT NULL,
        base_seq BIGINT NOT NULL, base_hash TEXT NOT NULL, terminated_at TEXT)""",
)
# Records are never changed in place (retention may delete the oldest ones).
NO_UPDATE = {
    "sqlite": (
        """CREATE TRIGGER IF NOT EXISTS ledger_records_no_update BEFORE UPDATE ON ledger_records
           BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END""",
    ),
    "postgresql": (
        """CREATE OR REPLACE FUNCTION ledger_records_append_only() RETURNS trigger
           LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'ledger records are append-only'; END $$""",
        "DROP TRIGGER IF EXISTS ledger_records_no_update ON ledger_records",
        """CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
           FOR EACH ROW EXECUTE FUNCTION ledger_records_append_only()""",
    ),
}
_INSERT = (
    f"INSERT INTO ledger_records ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)


@dataclass(frozen=True)
class Chain:
    tenant_id: str
    head_seq: int
    head_hash: str
    base_seq: int
    base_hash: str
    terminated_at: str | None

    @classmethod
    def from_row(cls, row: Row) -> Chain:
        return cls(
            row["tenant_id"],
            int(row["head_seq"]),
            row["head_hash"],
            int(row["base_seq"]),
            row["base_hash"],
            row["terminated_at"],
        )


class LedgerStore:
    def __init__(self, db: Database, clock: Callable[[], str] = now) -> None:
        self.db = db
        self.clock = clock  # a ``records.stamp`` time, read under the chain lock
        self._ready = False
        self._ready_lock = threading.Lock()

    def migrate(self) -> None:
        """Creates the tables once per process (retried on the next call if it failed)."""
        if self._ready:
            return
        with self._ready_lock:
            if not self._ready:
                self.db.create([*SCHEMA, *NO_UPDATE[self.db.dialect]])
                self._ready = True

    def reader(self) -> Database:
        """A connection of its own for a long read (an export, a verification) that may
        be resumed on any thread while the request path keeps using its own."""
        self.migrate()
        return Database(self.db.url)

    # -- writing --------------------------------------------------------------------

    def append(self, draft: Record, durable: bool = True) -> Record:
        """Adds ``draft`` as the next link of its tenant's chain; returns the stored record
        (``durable``: see ``Database.transaction``)."""
        self.migrate()
        with self.db.transaction(durable):
            head = self._lock(draft.tenant_id)
            record = draft.chained(head.head_seq + 1, head.head_hash, self.clock())
            row = record.to_row()
            self.db.execute(_INSERT, tuple(row[c] for c in COLUMNS))
            self.db.execute(
                "UPDATE ledger_chains SET head_seq = ?, head_hash = ? WHERE tenant_id = ?",
                (record.seq, record.hash, record.tenant_id),
            )
        return record

    def _lock(self, tenant_id: str) -> Chain:
        """The tenant's chain row, locked until the transaction ends (created if new)."""
        select = "SELECT * FROM ledger_chains WHERE tenant_id = ?"
        if self.db.dialect == "postgresql":
            select += " FOR UPDATE"
        row = self.db.fetchone(select, (tenant_id,))
        if row is None:
            self.db.execute(
                "INSERT INTO ledger_chains (tenant_id, head_seq, head_hash, base_seq, base_hash)"
                " VALUES (?, 0, ?, 0, ?) ON CONFLICT (tenant_id) DO NOTHING",
                (tenant_id, GENESIS, GENESIS),
            )
            row = self.db.fetchone(select, (tenant_id,))
        assert row is not None
        return Chain.from_row(row)

    def cut(self, tenant_id: str, before: str) -> int:
        """Removes the tenant's oldest records, up to the last one recorded before
        ``before``, and moves the chain's base past them; returns how many went."""
        self.migrate()
        with self.db.transaction():
            chain = self._lock(tenant_id)
            last = self.db.fetchone(
                "SELECT seq, hash FROM ledger_records WHERE tenant_id = ? AND seq = ("
                "SELECT MAX(seq) FROM ledger_records WHERE tenant_id = ? AND recorded_at < ?)",
                (tenant_id, tenant_id, before),
            )
            if last is None:
                return 0
            removed = self.db.execute(
                "DELETE FROM ledger_records WHERE tenant_id = ? AND seq <= ?",
                (tenant_id, last["seq"]),
            )
            self.db.execute(
                "UPDATE ledger_chains SET base_seq = ?, base_hash = ? WHERE tenant_id = ?",
                (last["seq"], last["hash"], tenant_id),
            )
            if chain.terminated_at is not None and last["seq"] == chain.head_seq:
                # A terminated tenant whose last record expired: nothing of it remains.
                self.db.execute("DELETE FROM ledger_chains WHERE tenant_id = ?", (tenant_id,))
            return removed

    def mark_terminated(self, tenant_id: str, at: str) -> None:
        with self.db.transaction():
            self._lock(tenant_id)
            self.db.execute(
                "UPDATE ledger_chains SET terminated_at = ? WHERE tenant_id = ?", (at, tenant_id)
            )

    # -- reading --------------------------------------------------------------------

    def chains(self, tenant_id: str | None = None) -> list[Chain]:
        self.migrate()
        if tenant_id is None:
            rows = self.db.fetchall("SELECT * FROM ledger_chains ORDER BY tenant_id")
        else:
            rows = self.db.fetchall("SELECT * FROM ledger_chains WHERE tenant_id = ?", (tenant_id,))
        return [Chain.from_row(row) for row in rows]

    def tenants(self) -> list[str]:
        """Every tenant with a chain or with records (a record without a chain row is
        itself a finding for verification)."""
        self.migrate()
        rows = self.db.fetchall(
            "SELECT tenant_id FROM ledger_chains UNION SELECT DISTINCT tenant_id"
            " FROM ledger_records ORDER BY tenant_id"
        )
        return [row["tenant_id"] for row in rows]

    def last_seq(self, tenant_id: str) -> int | None:
        row = self.db.fetchone(
            "SELECT MAX(seq) AS seq FROM ledger_records WHERE tenant_id = ?", (tenant_id,)
        )
        return None if row is None or row["seq"] is None else int(row["seq"])

    def rows(self, db: Database, tenant_id: str, up_to: int | None = None) -> Iterator[Row]:
        """The tenant's stored rows in chain order (up to seq ``up_to``), streamed from ``db``."""
        sql = "SELECT * FROM ledger_records WHERE tenant_id = ?"
        if up_to is None:
            return db.iterate(sql + " ORDER BY seq", (tenant_id,))
        return db.iterate(sql + " AND seq <= ? ORDER BY seq", (tenant_id, up_to))

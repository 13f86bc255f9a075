"""The ledger as the request path sees it: a ``TransferLog`` writing chained records.

One append before sending (the caller refuses the request if it raises) and one
after the answer; nothing on this path reads the chain beyond its head row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from proxy.config import Settings, Subprocessor
from proxy.db import Database
from proxy.ledger import exports, queries, subjects
from proxy.ledger.queries import Filters
from proxy.ledger.records import Kind, Outcome, Record, dump_counts
from proxy.ledger.report import report as build_report
from proxy.ledger.store import LedgerStore
from proxy.ledger.verify import ChainReport, verify_all
from proxy.transfers import Transfer
from redaction.categories import specific_categories


@dataclass(frozen=True)
class Handle:
    tenant_id: str
    transfer_id: str


class Ledger:
    def __init__(self, store: LedgerStore, master_key: bytes) -> None:
        self.store = store
        self._master = master_key
        self._keys: dict[str, bytes] = {}

    def subject_key(self, tenant_id: str) -> bytes:
        key = self._keys.get(tenant_id)
        if key is None:
            key = self._keys[tenant_id] = subjects.subject_key(self._master, tenant_id)
        return key

    # -- TransferLog ------------------------------------------------------------------

    def start(self, transfer: Transfer) -> Handle:
        record = self.store.append(self._transfer_record(transfer, Outcome.PENDING))
        return Handle(record.tenant_id, record.transfer_id)

    def ping(self) -> None:
        """Raises if the ledger cannot be written to (readiness)."""
        self.store.migrate()
        self.store.db.fetchone("SELECT 1 AS ok")

    def finish(
        self, handle: Any, outcome: str, status: int, usage: dict | None, latency_ms: float
    ) -> None:
        if not isinstance(handle, Handle):
            return  # the attempt was never recorded (nothing was sent)
        usage = usage if isinstance(usage, dict) else {}
        self.store.append(
            Record(
                tenant_id=handle.tenant_id,
                kind=Kind.OUTCOME,
                transfer_id=handle.transfer_id,
                outcome=Outcome(outcome),
                http_status=status,
                prompt_tokens=_int(usage.get("prompt_tokens")),
                completion_tokens=_int(usage.get("completion_tokens")),
                latency_ms=round(latency_ms),
            ),
            # The transfer record was on disk before anything was sent; an outcome lost
            # to a machine crash reads as "unknown", so it need not wait for the disk.
            durable=False,
        )

    def refuse(self, transfer: Transfer, reason: str, status: int) -> None:
        self.store.append(
            self._transfer_record(transfer, Outcome.BLOCKED, reason=reason, http_status=status)
        )

    def terminate(self, tenant_id: str) -> Record:
        """Notes the end of a tenant's account in its chain; retention then removes the
        rest as it expires (see ``retention``)."""
        draft = Record(tenant_id=tenant_id, kind=Kind.TERMINATED, transfer_id="", outcome="")
        with self.store.db.transaction():  # the record and the mark together, or neither
            record = self.store.append(draft)
            self.store.mark_terminated(tenant_id, record.recorded_at)
        return record

    # -- reading (compliance API, page and CLI) -----------------------------------------

    def transfers(
        self, filters: Filters, limit: int = 100, before_id: int | None = None
    ) -> tuple[list[dict[str, Any]], int | None]:
        self.store.migrate()
        return queries.page(self.store.db, filters, limit, before_id)

    def export(self, filters: Filters, fmt: str) -> Iterator[str]:
        """The export in pieces; a connection of its own is held until the last one."""
        if fmt not in exports.FORMATS:
            raise ValueError(f"format must be one of {', '.join(exports.FORMATS)}")
        db = self.store.reader()
        try:
            yield from exports.export(queries.iterate(db, filters), fmt)
        finally:
            db.close()

    def report(self, filters: Filters) -> dict[str, Any]:
        self.store.migrate()
        return build_report(self.store.db, filters)

    def verify(self, tenant_id: str | None = None) -> list[ChainReport]:
        return verify_all(self.store, tenant_id)

    def trail(self, value: str, tenant_id: str | None = None) -> dict[str, Any]:
        """Where data about ``value`` went (all tenants' ledgers if ``tenant_id`` is None)."""
        self.store.migrate()
        tenants = [tenant_id] if tenant_id is not None else self.store.tenants()
        hashes = {t: subjects.lookup_hashes(self.subject_key(t), value) for t in tenants}
        rows = [row for t in tenants for row in queries.subject_rows(self.store.db, t, hashes[t])]
        return subjects.trail(rows, hashes)

    def _transfer_record(self, transfer: Transfer, outcome: Outcome, **extra: Any) -> Record:
        sub: Subprocessor | None = transfer.subprocessor
        counts = {kind: int(n) for kind, n in transfer.entity_counts.items() if n}
        return Record(
            tenant_id=transfer.tenant_id,
            kind=Kind.TRANSFER,
            transfer_id=uuid.uuid4().hex,
            outcome=outcome,
            request_id=transfer.request_id,
            key_id=transfer.key_id,
            scope_hash=transfer.scope,
            endpoint=transfer.endpoint,
            model=transfer.model,
            deployment=transfer.deployment.litellm_model if transfer.deployment else None,
            subprocessor_id=sub.id if sub else None,
            subprocessor_name=sub.name if sub else None,
            country=sub.country if sub else None,
            region=getattr(sub, "region", None),
            cross_border=sub.cross_border if sub else None,
            safeguards=",".join(getattr(sub, "safeguards", ()) or ()) or None,
            dpa_ref=getattr(sub, "dpa_ref", None),
            entity_counts=dump_counts(counts),
            specific_categories=",".join(sorted(specific_categories(counts))) or None,
            subjects=subjects.tokens(self.subject_key(transfer.tenant_id), transfer.identities)
            or None,
            chars_sent=transfer.chars_sent,
            streamed=transfer.streamed,
            **extra,
        )


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) else None


def ledger_url(settings: Settings) -> str:
    return settings.ledger.url or f"sqlite:///{settings.data_dir / 'ledger.db'}"


def build_ledger(settings: Settings, master_key: bytes) -> Ledger:
    return Ledger(LedgerStore(Database(ledger_url(settings))), master_key)

"""Building ledgers, transfers and many records quickly, for the ledger tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi import FastAPI

from proxy.app import create_app
from proxy.config import Deployment, Subprocessor, parse_settings
from proxy.db import Database
from proxy.keys import key_sha256
from proxy.ledger import Ledger
from proxy.ledger.records import COLUMNS, GENESIS, Kind, Outcome, Record, row_digest, stamp
from proxy.ledger.store import LedgerStore
from proxy.transfers import Transfer
from redaction.normalize import normalize
from tests.servers import ServerThread

MASTER = b"ledger-test-master-key"
US = Subprocessor("fake-us", "Fake Provider Inc.", "US", safeguards=("dpa", "scc"), dpa_ref="D-1")
SG = Subprocessor("other-sg", "Other Pte. Ltd.", "SG", safeguards=("dpa",))
ID = Subprocessor("local-echo", "built-in echo", "ID")


class Clock:
    """A settable ledger clock: each reading is a microsecond after the last."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime.now(UTC)

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> str:
        self.moment += timedelta(microseconds=1)
        return stamp(self.moment)


def ledger_at(url: str, clock: Callable[[], str] | None = None) -> Ledger:
    store = LedgerStore(Database(url), clock) if clock else LedgerStore(Database(url))
    return Ledger(store, MASTER)


def transfer(
    tenant: str = "acme",
    sub: Subprocessor | None = US,
    values: dict[str, list[str]] | None = None,
    **extra: object,
) -> Transfer:
    """A transfer carrying ``values`` ({type: [raw values]}), as the request path builds it."""
    values = values or {}
    return Transfer(
        request_id=str(extra.pop("request_id", "req-1")),
        tenant_id=tenant,
        key_id="key_0123456789ab",
        scope="scope-hash",
        endpoint="chat.completions",
        model=str(extra.pop("model", "gpt-test")),
        streamed=bool(extra.pop("streamed", False)),
        deployment=Deployment("gpt-test", sub.id, "openai/fake") if sub else None,
        subprocessor=sub,
        entity_counts={kind: len(items) for kind, items in values.items()},
        identities={(kind, normalize(kind, v)) for kind, items in values.items() for v in items},
        chars_sent=int(extra.pop("chars_sent", 100)),
    )


def sent(ledger: Ledger, item: Transfer, status: int = 200) -> None:
    handle = ledger.start(item)
    outcome = "sent" if status < 400 else "upstream_error"
    ledger.finish(handle, outcome, status, {"prompt_tokens": 12, "completion_tokens": 3}, 25.0)


PERSON_PHONE = {"PERSON": ["Siti"], "PHONE_NUMBER": ["0812-3456-7890"]}


def seed(ledger: Ledger) -> None:
    """acme: Jan 2026 3 sent to US, 1 blocked; Feb 2 sent to ID, 1 failed at US, 1 to SG.
    globex: Jan 2 sent to US (one with a card), 1 with no outcome (unknown)."""
    clock = Clock()
    ledger.store.clock = clock
    clock.set(datetime(2026, 1, 5, tzinfo=UTC))
    for _ in range(3):
        sent(ledger, transfer("acme", US, PERSON_PHONE))
    ledger.refuse(transfer("acme", None, PERSON_PHONE), "subprocessor_not_allowed", 403)
    sent(ledger, transfer("globex", US, {"PERSON": ["Budi"]}))
    sent(ledger, transfer("globex", US, {"CREDIT_CARD": ["4111 1111 1111 1111"]}))
    ledger.start(transfer("globex", US, {"PERSON": ["Budi"]}))
    clock.set(datetime(2026, 2, 7, tzinfo=UTC))
    for _ in range(2):
        sent(ledger, transfer("acme", ID, {"PERSON": ["Siti", "Budi"]}))
    sent(ledger, transfer("acme", US, {"EMAIL_ADDRESS": ["a@b.co"]}), status=502)
    sent(ledger, transfer("acme", SG, {"PERSON": ["Ani"]}))


def bulk_sqlite(path: str, tenant: str, count: int, start: datetime | None = None) -> None:
    """``count`` chained, completed transfers for ``tenant`` written straight into a
    (migrated) SQLite ledger, much faster than one transaction per record."""
    moment = start or datetime(2026, 1, 1, tzinfo=UTC)
    conn = sqlite3.connect(path)
    head = conn.execute(
        "SELECT head_seq, head_hash FROM ledger_chains WHERE tenant_id = ?", (tenant,)
    ).fetchone()
    seq, previous = head if head else (0, GENESIS)
    outcome = Record(tenant, Kind.OUTCOME, "", Outcome.SENT, http_status=200).to_row()
    templates = [
        Record(
            tenant_id=tenant,
            kind=Kind.TRANSFER,
            transfer_id="",
            outcome=Outcome.PENDING,
            model="gpt-test",
            subprocessor_id=sub.id,
            subprocessor_name=sub.name,
            country=sub.country,
            cross_border=sub.cross_border,
            entity_counts='{"PERSON":1}',
            chars_sent=120,
            streamed=False,
        ).to_row()
        for sub in (US, SG, ID)
    ]

    def rows() -> Iterator[tuple]:
        nonlocal seq, previous
        for i in range(count):
            at = stamp(moment + timedelta(seconds=i))
            attempt = {**templates[i % 3], "request_id": f"req-{i}"}
            for row in (attempt, dict(outcome)):
                seq += 1
                row.update(transfer_id=f"bulk{i:010d}", seq=seq, prev_hash=previous, recorded_at=at)
                row["hash"] = previous = row_digest(row)
                yield tuple(row[c] for c in COLUMNS)

    placeholders = ", ".join("?" * len(COLUMNS))
    with conn:
        conn.executemany(
            f"INSERT INTO ledger_records ({', '.join(COLUMNS)}) VALUES ({placeholders})", rows()
        )
        conn.execute(
            "INSERT INTO ledger_chains (tenant_id, head_seq, head_hash, base_seq, base_hash)"
            " VALUES (?, ?, ?, 0, ?) ON CONFLICT (tenant_id) DO UPDATE"
            " SET head_seq = excluded.head_seq, head_hash = excluded.head_hash",
            (tenant, seq, previous, GENESIS),
        )
    conn.close()


AUDITOR_KEY = "tk-test-compliance-all"  # compliance, every tenant
ACME_AUDITOR_KEY = "tk-test-compliance-acme"  # compliance, tenant acme only
STRICT_KEY = "tk-test-strict-0123456789"  # tenant whose policy blocks e-mail addresses


def proxy_config(upstream: str, data_dir: Path, ledger_url: str | None = None) -> dict:
    """A proxy config: acme may use fake-us (US) and local-echo (ID); globex only fake-us;
    strict may use fake-us but blocks e-mail addresses."""
    from tests.conftest import ACME_KEY, GLOBEX_KEY

    def remote(model: str, sub: str) -> dict:
        return {
            "model": model,
            "subprocessor": sub,
            "litellm_model": "openai/fake-" + model,
            "api_base": upstream + "/v1",
            "api_key_env": "TEKINO_TEST_UPSTREAM_KEY",
        }

    return {
        "server": {"data_dir": str(data_dir)},
        "ledger": {"url": ledger_url} if ledger_url else {},
        "subprocessors": [
            {**US.to_json(), "added": "2025-01-01"},
            {**SG.to_json(), "added": "2025-01-01"},
            {**ID.to_json(), "added": "2025-01-01"},
        ],
        "deployments": [
            remote("gpt-test", "fake-us"),
            remote("embed-test", "fake-us"),
            remote("sg-only", "other-sg"),
            {"model": "echo", "subprocessor": "local-echo", "litellm_model": "tekino-echo/echo"},
        ],
        "tenants": [
            {
                "id": "acme",
                "api_keys_sha256": [key_sha256(ACME_KEY)],
                "allowed_subprocessors": ["fake-us", "local-echo"],
            },
            {
                "id": "globex",
                "api_keys_sha256": [key_sha256(GLOBEX_KEY)],
                "allowed_subprocessors": ["fake-us"],
            },
            {
                "id": "strict",
                "api_keys_sha256": [key_sha256(STRICT_KEY)],
                "allowed_subprocessors": ["fake-us"],
                "entity_actions": {"EMAIL_ADDRESS": "block"},
            },
        ],
        "access_keys": [
            {"sha256": key_sha256(AUDITOR_KEY), "role": "compliance"},
            {"sha256": key_sha256(ACME_AUDITOR_KEY), "role": "compliance", "tenant": "acme"},
        ],
    }


@contextmanager
def running_proxy(config: dict, analyzer) -> Iterator[tuple[str, FastAPI]]:
    """The proxy on loopback with ``config``: (base URL, app)."""
    app = create_app(parse_settings(config), analyzer)
    with ServerThread(app) as server:
        yield server.url, app
    ledger = app.state.services.transfers
    if isinstance(ledger, Ledger):
        ledger.store.db.close()


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}

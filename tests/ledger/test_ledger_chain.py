"""The hash chain on SQLite and PostgreSQL: appends, tampering found, retention."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from proxy.db import Database, DatabaseError
from proxy.ledger import Filters
from proxy.ledger.records import COLUMNS, Record
from proxy.ledger.retention import purge
from proxy.ledger.verify import ALTERED, BEYOND_HEAD, BROKEN_LINK, MISSING, TRUNCATED
from tests.ledger.ledger_support import SG, Clock, ledger_at, sent, transfer


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def ledger(url):
    ledger = ledger_at(url)
    yield ledger
    ledger.store.db.close()


def _tamper(url: str, *statements: str) -> None:
    """What someone with direct write access to the store could do."""
    db = Database(url)
    try:
        drop = "DROP TRIGGER ledger_records_no_update"
        db.execute(drop + (" ON ledger_records" if db.dialect == "postgresql" else ""))
        with db.transaction():
            for statement in statements:
                db.execute(statement)
    finally:
        db.close()


def _five(ledger) -> None:
    for i in range(5):
        ledger.refuse(transfer(request_id=f"r{i}"), "subprocessor_not_allowed", 403)


def _only(ledger):
    (report,) = ledger.verify("acme")
    return report


def test_records_chain_to_their_predecessors(ledger):
    sent(ledger, transfer())
    ledger.start(transfer(sub=SG))
    rows = ledger.store.db.fetchall("SELECT * FROM ledger_records ORDER BY seq")
    records = [Record.from_row(r) for r in rows]
    assert [r.seq for r in records] == [1, 2, 3]
    assert [r.kind for r in records] == ["transfer", "outcome", "transfer"]
    assert records[1].prev_hash == records[0].hash and records[2].prev_hash == records[1].hash
    report = _only(ledger)
    assert report.ok and report.records == 3 and report.head_hash == records[2].hash
    outcomes = [t["outcome"] for t in ledger.transfers(Filters())[0]]
    assert outcomes == ["unknown", "sent"]  # no outcome record: unknown


def _commit_mode(db: Database) -> str:
    if db.dialect == "sqlite":
        return {1: "normal", 2: "full"}[db.fetchone("PRAGMA synchronous")["synchronous"]]
    return db.fetchone("SHOW synchronous_commit")["synchronous_commit"]


def test_only_outcome_records_skip_waiting_for_the_disk(ledger, monkeypatch):
    db = ledger.store.db
    durable = "full" if db.dialect == "sqlite" else "on"
    relaxed = "normal" if db.dialect == "sqlite" else "off"
    modes = []
    real = db.transaction

    def watched(*args, **kwargs):
        tx = real(*args, **kwargs)

        class Watched:
            def __enter__(self):
                entered = tx.__enter__()
                modes.append(_commit_mode(db))
                return entered

            def __exit__(self, *exc):
                return tx.__exit__(*exc)

        return Watched()

    ledger.store.migrate()
    monkeypatch.setattr(db, "transaction", watched)
    sent(ledger, transfer())
    ledger.refuse(transfer(request_id="r2"), "subprocessor_not_allowed", 403)
    # transfer record, outcome record, refusal
    assert modes == [durable, relaxed, durable]
    assert _commit_mode(db) == durable  # the connection is back to durable commits


def test_the_store_refuses_to_change_a_record(ledger):
    _five(ledger)
    with pytest.raises(DatabaseError):
        ledger.store.db.execute("UPDATE ledger_records SET country = 'ID' WHERE seq = 2")


def test_an_edited_row_is_found(ledger, url):
    _five(ledger)
    _tamper(url, "UPDATE ledger_records SET country = 'ID' WHERE seq = 3")
    report = _only(ledger)
    assert not report.ok and report.records == 2
    assert (report.first_break.problem, report.first_break.seq) == (ALTERED, 3)
    assert report.first_break.record_id is not None


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(ledger, url):
    _five(ledger)
    row = ledger.store.db.fetchone("SELECT * FROM ledger_records WHERE seq = 3")
    forged = Record.from_row({**row, "country": "ID"})
    forged = forged.chained(forged.seq, forged.prev_hash, forged.recorded_at)
    _tamper(url, f"UPDATE ledger_records SET country = 'ID', hash = '{forged.hash}' WHERE seq = 3")
    break_ = _only(ledger).first_break
    assert (break_.problem, break_.seq) == (BROKEN_LINK, 4)


def test_a_deleted_row_is_found(ledger, url):
    _five(ledger)
    _tamper(url, "DELETE FROM ledger_records WHERE seq = 2")
    break_ = _only(ledger).first_break
    assert (break_.problem, break_.seq) == (MISSING, 2)


def test_reordered_rows_are_found(ledger, url):
    _five(ledger)
    _tamper(
        url,
        "UPDATE ledger_records SET seq = -1 WHERE seq = 2",
        "UPDATE ledger_records SET seq = 2 WHERE seq = 3",
        "UPDATE ledger_records SET seq = 3 WHERE seq = -1",
    )
    break_ = _only(ledger).first_break
    assert (break_.problem, break_.seq) == (BROKEN_LINK, 2)


def test_removing_the_newest_rows_is_found(ledger, url):
    _five(ledger)
    _tamper(url, "DELETE FROM ledger_records WHERE seq >= 4")
    report = _only(ledger)
    assert (report.first_break.problem, report.records) == (TRUNCATED, 3)


def test_a_row_added_after_the_head_is_found(ledger, url):
    _five(ledger)
    others = [c for c in COLUMNS if c not in ("seq", "transfer_id")]
    copied = ", ".join(others)
    _tamper(
        url,
        f"INSERT INTO ledger_records (seq, transfer_id, {copied})"
        f" SELECT 6, 'forged', {copied} FROM ledger_records WHERE seq = 5",
    )
    break_ = _only(ledger).first_break
    assert (break_.problem, break_.seq) == (BEYOND_HEAD, 6)


def test_retention_removes_old_records_and_the_rest_still_verifies(url):
    clock = Clock(datetime(2025, 1, 10, tzinfo=UTC))
    ledger = ledger_at(url, clock)
    try:
        for month in (1, 6, 11):
            clock.set(datetime(2025, month, 10, tzinfo=UTC))
            sent(ledger, transfer("acme"))
            sent(ledger, transfer("globex"))
        now = datetime(2025, 12, 1, tzinfo=UTC)
        done = {p.tenant_id: p.removed for p in purge(ledger.store, 8, {"globex": 3}, now=now)}
        assert done == {"acme": 2, "globex": 4}  # acme keeps Jun + Nov, globex only Nov
        months = {(t["tenant_id"], t["recorded_at"][:7]) for t in ledger.transfers(Filters())[0]}
        assert months == {("acme", "2025-06"), ("acme", "2025-11"), ("globex", "2025-11")}
        assert all(r.ok for r in ledger.verify())
        sent(ledger, transfer("acme"))  # the chain goes on from where it was
        assert all(r.ok for r in ledger.verify())
    finally:
        ledger.store.db.close()


def test_a_terminated_tenant_is_removed_once_its_records_expire(url):
    clock = Clock(datetime(2025, 1, 10, tzinfo=UTC))
    ledger = ledger_at(url, clock)
    try:
        sent(ledger, transfer("acme"))
        sent(ledger, transfer("globex"))
        ledger.terminate("acme")
        purge(ledger.store, 6, now=datetime(2025, 5, 1, tzinfo=UTC))  # within retention
        assert {r.tenant_id for r in ledger.verify()} == {"acme", "globex"}
        purge(ledger.store, 6, now=datetime(2025, 9, 1, tzinfo=UTC))
        assert ledger.store.tenants() == ["globex"]  # globex has a chain, no records
        assert ledger.transfers(Filters())[0] == []
    finally:
        ledger.store.db.close()

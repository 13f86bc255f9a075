"""Several writers, one ledger: the chains stay single and valid."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from proxy.db import Database
from proxy.ledger import Filters
from tests.ledger.ledger_support import ledger_at, sent, transfer

ROOT = Path(__file__).resolve().parents[2]
TENANTS = ("acme", "globex")


def _hammer(ledgers, threads: int, per_thread: int) -> None:
    def work(worker: int) -> None:
        ledger = ledgers[worker % len(ledgers)]
        for j in range(per_thread):
            sent(ledger, transfer(TENANTS[j % 2], request_id=f"w{worker}-{j}"))

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, range(threads)))


def _check(ledger, transfers: int) -> None:
    reports = ledger.verify()
    assert [r.tenant_id for r in reports] == list(TENANTS)
    assert all(r.ok for r in reports), [r.first_break for r in reports]
    assert sum(r.records for r in reports) == 2 * transfers  # a transfer and its outcome
    rows, _ = ledger.transfers(Filters(), limit=1000)
    assert len(rows) == transfers and {r["outcome"] for r in rows} == {"sent"}


def _two_writers(url: str) -> None:
    """Two connection sets (like two instances or workers) writing at once."""
    ledgers = [ledger_at(url), ledger_at(url)]
    try:
        _hammer(ledgers, threads=8, per_thread=25)
        _check(ledgers[0], 200)
    finally:
        for ledger in ledgers:
            ledger.store.db.close()


def test_two_instances_on_one_postgresql_ledger_keep_one_valid_chain(pg_url):
    _two_writers(pg_url)


def test_two_processes_on_one_postgresql_ledger_keep_one_valid_chain(pg_url):
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from concurrent.futures import ThreadPoolExecutor
        from tests.ledger.ledger_support import ledger_at, sent, transfer
        ledger = ledger_at(sys.argv[1])
        def work(w):
            for j in range(30):
                sent(ledger, transfer(("acme", "globex")[j % 2], request_id=f"p{{w}}-{{j}}"))
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(work, range(4)))
        """
    )
    ledger_at(pg_url).store.migrate()  # so the two start appending at once
    processes = [subprocess.Popen([sys.executable, "-c", script, pg_url]) for _ in range(2)]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]
    ledger = ledger_at(pg_url)
    try:
        _check(ledger, 2 * 4 * 30)
    finally:
        ledger.store.db.close()


def test_concurrent_writers_on_one_sqlite_ledger_keep_one_valid_chain(tmp_path):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledgers = [ledger_at(url), ledger_at(url)]
    try:
        _hammer(ledgers, threads=6, per_thread=20)
        _check(ledgers[0], 120)
    finally:
        for ledger in ledgers:
            ledger.store.db.close()


def test_sqlite_writers_take_turns_without_the_busy_handler(tmp_path, monkeypatch):
    # SQLite's busy handler polls with sleeps of up to 100 ms (seconds of tail latency
    # under load); with no busy wait at all, writers must never meet a held write lock.
    monkeypatch.setattr(Database, "BUSY_TIMEOUT_MS", 0)
    _two_writers(f"sqlite:///{tmp_path / 'ledger.db'}")


def test_verifying_while_instances_write_finds_no_false_break(pg_url):
    ledgers = [ledger_at(pg_url), ledger_at(pg_url)]
    try:
        writer = threading.Thread(target=_hammer, args=(ledgers, 4, 25))
        writer.start()
        checks = []
        while writer.is_alive():
            checks += ledgers[0].verify()
        writer.join()
        assert checks and all(r.ok for r in checks), [r.first_break for r in checks if not r.ok]
        _check(ledgers[0], 100)
    finally:
        for ledger in ledgers:
            ledger.store.db.close()

"""A large export streams: memory stays bounded whatever the number of rows."""

from __future__ import annotations

import gc
import re
import tracemalloc
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import httpx

from tests.ledger.ledger_support import AUDITOR_KEY, auth, bulk_sqlite, proxy_config, running_proxy

ROWS = 100_000
MB = 1024 * 1024
PROC = Path("/proc/self")


def _kib(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+)", (PROC / "status").read_text()).group(1)) * 1024


def peak_growth(run: Callable[[], None]) -> int:
    """How far memory rose above its starting level while ``run`` ran (server and client
    share this process): the peak resident size on Linux (cheap), else tracemalloc."""
    gc.collect()
    with suppress(OSError):
        (PROC / "clear_refs").write_text("5")  # resets the peak (VmHWM) to the current size
        before = _kib("VmRSS")
        run()
        return _kib("VmHWM") - before
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        run()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_100k_row_csv_export_streams_with_bounded_memory(fake_server, analyzer, tmp_path):
    _, upstream = fake_server
    received = {"lines": 0, "bytes": 0}
    with running_proxy(proxy_config(upstream, tmp_path), analyzer) as (url, app):
        app.state.services.transfers.store.migrate()
        bulk_sqlite(str(tmp_path / "ledger.db"), "acme", ROWS)

        def download(**params: str) -> None:
            with httpx.stream(
                "GET",
                url + "/compliance/api/transfers.csv",
                params=params,
                headers=auth(AUDITOR_KEY),
                timeout=300,
            ) as response:
                assert response.status_code == 200
                for chunk in response.iter_bytes():
                    received["bytes"] += len(chunk)
                    received["lines"] += chunk.count(b"\n")

        download(outcome="blocked")  # warm up: worker threads, first-use allocations
        received.update(lines=0, bytes=0)
        peak = peak_growth(download)
    assert received["lines"] == ROWS + 1  # the header and every transfer
    # 100k rows held at once would take well over 100 MB as dicts, and the CSV text alone
    # is over 15 MB; a stream holds a few batches.
    assert received["bytes"] > 15 * MB
    assert peak < 4 * MB, f"peak +{peak / MB:.1f} MB for a {received['bytes'] / MB:.1f} MB export"

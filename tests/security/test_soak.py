"""A short soak in CI: two proxy subprocesses sharing Redis and PostgreSQL under concurrent
streamed conversations (``python -m benchmarks.soak`` runs the long one)."""

from __future__ import annotations

import socket

import pytest

from benchmarks.soak import SoakConfig, WatchingUpstream, run_soak


def test_the_soak_provider_counts_raw_values_and_value_shapes():
    upstream = WatchingUpstream()
    upstream.watch({"Wulandari Kusumaningrum": "PERSON"})
    text = (
        "[PERSON_1a2b3c4d] Wulandari Kusumaningrum, 0813-2468-1357, +62 857 1122 3344, "
        "3174055507900001, wulan@gmail.com, INV/2024/05/000123, [PHONE_NUMBER_08132468]"
    )
    assert upstream.scan(text) == {
        "PERSON": 1,
        "PHONE_NUMBER": 2,
        "ID_NIK": 1,
        "EMAIL_ADDRESS": 1,
    }
    upstream.forget({"Wulandari Kusumaningrum": "PERSON"})
    assert upstream.scan("Wulandari Kusumaningrum") == {}


def reachable(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
def test_two_instances_under_concurrent_conversations_for_20_seconds():
    if not (reachable(5432) and reachable(6379)):
        pytest.skip("the soak needs PostgreSQL and Redis on loopback")
    result = run_soak(SoakConfig(seconds=20, conversations=10, turns=4, write_results=False))
    assert result.errors == 0, result.error_examples
    assert not result.leaks and not result.log_leaks
    assert result.requests >= 50 and result.conversations >= 10
    assert result.ledger_ok and result.ledger_sent == result.requests
    for instance in result.instances:
        assert instance.rss_ratio < 1.5, f"proxy-{instance.name} memory grew ×{instance.rss_ratio}"

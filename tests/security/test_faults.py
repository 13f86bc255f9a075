"""Faults fail closed and leave the proxy serving: a provider that refuses connections or
drops a stream, a ledger store that is down or goes away, a client that leaves mid-stream."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from tests.conftest import PG_TEST_URL
from tests.fake_upstream import FakeUpstream
from tests.proxy.helpers import EMAIL, TEXT, assert_not_leaked, chat
from tests.proxy.test_streaming import events
from tests.security.conftest import (
    PATHS,
    Proxy,
    running,
    security_settings,
    wait_for,
)
from tests.servers import free_port


@pytest.mark.parametrize("path", PATHS)
def test_provider_refusing_connections_is_502_and_recorded(sqlite_proxy, upstream, path):
    fake, _ = upstream
    _, dead = PATHS[path]
    with sqlite_proxy.client() as client:
        started = time.monotonic()
        plain = client.post("/v1/chat/completions", json=chat(TEXT, model=dead))
        streamed = client.post("/v1/chat/completions", json=chat(TEXT, model=dead, stream=True))
        elapsed = time.monotonic() - started
    for response in (plain, streamed):
        assert response.status_code == 502, response.text
        assert response.json()["error"]["code"] == "upstream_unreachable"
        assert EMAIL not in response.text
    assert elapsed < 10, "a refused connection must fail fast, not wait for timeouts"
    recorded = sqlite_proxy.transfers()[:2]
    assert [(t["outcome"], t["http_status"]) for t in recorded] == [("upstream_error", 502)] * 2
    assert [t["streamed"] for t in recorded] == [True, False]
    sqlite_proxy.assert_serving(fake)


@pytest.mark.parametrize("path", PATHS)
def test_stream_dropped_by_the_provider_ends_with_an_error_event(sqlite_proxy, upstream, path):
    fake, _ = upstream
    fake.cut_after = 5  # pieces of 7 characters: the first pseudonym has arrived whole
    body = chat(TEXT, model=PATHS[path][0], stream=True)
    with (
        sqlite_proxy.client() as client,
        client.stream("POST", "/v1/chat/completions", json=body) as response,
    ):
        assert response.status_code == 200  # the stream had started when the provider failed
        chunks = events(response)
    assert fake.stream_endings == ["cut"]
    assert "[DONE]" not in chunks, "a cut stream must not look complete"
    last = chunks[-1]
    assert isinstance(last, dict) and last["error"]["code"].startswith("upstream_")
    delivered = "".join(
        choice["delta"].get("content") or ""
        for chunk in chunks
        if isinstance(chunk, dict)
        for choice in chunk.get("choices", ())
    )
    assert delivered and TEXT.startswith(delivered)  # what arrived before the cut, restored
    (record,) = sqlite_proxy.transfers()
    assert record["outcome"] == "upstream_error" and record["http_status"] >= 500
    sqlite_proxy.assert_serving(fake)


def leave_mid_stream(proxy: Proxy, fake: FakeUpstream, model: str = "gpt-test") -> None:
    """Starts a slow streamed answer and goes away once its first words have arrived."""
    fake.piece_delay_s = 0.2
    fake.stream_split = lambda text: [text[i : i + 2] for i in range(0, len(text), 2)]  # ~8 s
    body = chat(TEXT, model=model, stream=True)
    with (
        proxy.client() as client,
        client.stream("POST", "/v1/chat/completions", json=body) as response,
    ):
        for line in response.iter_lines():
            if '"content": "' in line and '"content": ""' not in line:
                return


@pytest.mark.parametrize("path", PATHS)
def test_client_leaving_mid_stream_cancels_the_provider_call(sqlite_proxy, upstream, path):
    fake, _ = upstream
    leave_mid_stream(sqlite_proxy, fake, PATHS[path][0])
    assert wait_for(lambda: fake.stream_endings == ["closed_early"], timeout_s=3), (
        f"the provider's stream was not closed when the client left: {fake.stream_endings}"
    )
    sqlite_proxy.assert_serving(fake)


def test_client_leaving_mid_stream_is_recorded_with_its_outcome(sqlite_proxy, upstream):
    fake, _ = upstream
    leave_mid_stream(sqlite_proxy, fake)
    assert wait_for(lambda: fake.stream_endings == ["closed_early"], timeout_s=3)
    assert wait_for(lambda: sqlite_proxy.transfers()[0]["completed_at"] is not None, 2)
    (record,) = sqlite_proxy.transfers()
    assert record["outcome"] == "client_closed" and record["http_status"] == 499


@pytest.fixture
def ledger_down(upstream, analyzer, tmp_path) -> Iterator[Proxy]:
    """A proxy whose ledger is on a PostgreSQL port where nothing listens."""
    _, url = upstream
    dead_ledger = f"postgresql://postgres@127.0.0.1:{free_port()}/test"
    with running(security_settings(url, tmp_path, ledger_url=dead_ledger), analyzer) as proxy:
        yield proxy


def test_ledger_store_unreachable_refuses_with_503_and_sends_nothing(ledger_down, upstream):
    fake, _ = upstream
    with ledger_down.client() as client:
        plain = client.post("/v1/chat/completions", json=chat(TEXT))
        streamed = client.post("/v1/chat/completions", json=chat(TEXT, stream=True))
        embedded = client.post("/v1/embeddings", json={"model": "embed-test", "input": TEXT})
        legacy = client.post("/v1/completions", json={"model": "instruct-test", "prompt": TEXT})
    for response in (plain, streamed, embedded, legacy):
        assert response.status_code == 503, response.text
        assert response.json()["error"]["code"] == "ledger_unavailable"
        assert_not_leaked(response.content, EMAIL)
    assert fake.received == []


def test_ledger_store_unreachable_makes_the_instance_not_ready(ledger_down):
    with ledger_down.client(None) as anonymous:
        ready = anonymous.get("/readyz")
    assert ready.status_code == 503 and ready.json()["checks"]["ledger"].startswith("failing")


def test_ledger_connections_lost_mid_run_fail_closed_then_recover(upstream, analyzer, tmp_path):
    """PostgreSQL drops the proxy's connections (a restart, a failover): the requests that
    meet a dead connection are refused with nothing sent, and the proxy reconnects."""
    fake, url = upstream
    schema, app_name = "sec_" + uuid.uuid4().hex[:12], "tekino_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_TEST_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    ledger = f"{PG_TEST_URL}?options=-csearch_path%3D{schema}&application_name={app_name}"
    try:
        with running(security_settings(url, tmp_path, ledger_url=ledger), analyzer) as proxy:
            with proxy.client() as client:
                for _ in range(4):  # connections on several of the proxy's threads
                    assert client.post("/v1/chat/completions", json=chat(TEXT)).status_code == 200
                with psycopg.connect(PG_TEST_URL, autocommit=True) as admin:
                    killed = admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE application_name = %s",
                        (app_name,),
                    ).fetchall()
                assert killed, "the proxy held no ledger connection"
                fake.reset()
                statuses = [
                    client.post("/v1/chat/completions", json=chat(TEXT)).status_code
                    for _ in range(12)
                ]
            assert set(statuses) <= {200, 503}
            refused = statuses.count(503)
            assert len(fake.received) == len(statuses) - refused  # a refusal sent nothing
            assert statuses[-4:] == [200] * 4, f"the proxy did not reconnect: {statuses}"
            proxy.assert_serving(fake)
    finally:
        with psycopg.connect(PG_TEST_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_a_slow_provider_does_not_hold_up_other_requests(sqlite_proxy, upstream):
    """While one request waits on a provider that never answers in time, others are served."""
    fake, _ = upstream
    fake.delay_s = 3  # beyond the deployment's 2 s timeout
    with sqlite_proxy.client() as client, httpx.Client(timeout=30) as other:
        slow: list[int] = []
        waiting = threading.Thread(
            target=lambda: slow.append(
                client.post("/v1/chat/completions", json=chat(TEXT)).status_code
            )
        )
        waiting.start()
        time.sleep(0.3)
        started = time.monotonic()
        health = other.get(sqlite_proxy.url + "/healthz")
        models = client.get("/v1/models")
        quick = time.monotonic() - started
        waiting.join(10)
    assert health.status_code == 200 and models.status_code == 200
    assert quick < 1.0
    assert slow == [504]
    sqlite_proxy.assert_serving(fake)

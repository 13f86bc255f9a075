"""Operations: metrics, readiness, JSON logs and per-key rate limits (shared via Redis)."""

from __future__ import annotations

import dataclasses
import json
import logging
import time

import httpx
import pytest
import redis

from proxy import logs, ratelimit
from proxy.app import create_app
from tests.conftest import ACME_KEY, settings_for
from tests.proxy.helpers import EMAIL, NAME, TEXT, assert_not_leaked, chat
from tests.proxy.test_errors import BrokenAnalyzer
from tests.servers import ServerThread

AUTH = {"Authorization": f"Bearer {ACME_KEY}"}


def test_metrics_count_requests_and_entities_without_personal_data(client, fake):
    client.post("/v1/chat/completions", json=chat(TEXT))
    client.post("/v1/chat/completions", json=chat(TEXT, model="nope"))
    counted = 'tekino_requests_total{route="/v1/chat/completions",status="200"}'
    # A request is counted when it has ended, after its answer was sent.
    deadline = time.monotonic() + 5
    while counted not in (text := client.get("/metrics").text) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert counted in text
    assert 'tekino_requests_total{route="/v1/chat/completions",status="404"}' in text
    assert 'tekino_entities_total{type="EMAIL_ADDRESS"}' in text
    assert "tekino_analysis_seconds_count" in text
    assert_not_leaked(text, EMAIL, NAME)


def test_readiness_reports_each_dependency(client, fake_server, tmp_path):
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert set(ready.json()["checks"]) >= {"analyzer", "tenancy_store"}
    _, upstream = fake_server
    with ServerThread(create_app(settings_for(upstream, tmp_path), BrokenAnalyzer())) as server:
        broken = httpx.get(server.url + "/readyz")
    assert broken.status_code == 503
    assert broken.json()["checks"]["analyzer"].startswith("failing")


def test_json_log_lines_carry_the_request_id_and_no_message_text():
    token = logs.request_id.set("req-123")
    try:
        record = logging.LogRecord("tekino.x", logging.INFO, __file__, 1, "request", (), None)
        record.status = 200
        line = json.loads(logs.JsonFormatter().format(record))
    finally:
        logs.request_id.reset(token)
    assert line["request_id"] == "req-123" and line["status"] == 200 and line["msg"] == "request"


def test_request_log_has_ids_and_no_values(client, fake, caplog):
    def logged(request_id: str) -> list[logging.LogRecord]:
        return [
            r
            for r in caplog.records
            if r.name == "tekino.requests" and getattr(r, "route", None) == "/v1/chat/completions"
        ]

    with caplog.at_level(logging.DEBUG):
        response = client.post("/v1/chat/completions", json=chat(TEXT))
        # The line is written when the request has ended, after the answer was sent.
        deadline = time.monotonic() + 5
        while not logged(response.headers["x-request-id"]) and time.monotonic() < deadline:
            time.sleep(0.02)
    assert logged(response.headers["x-request-id"])
    assert_not_leaked(caplog.text, EMAIL, NAME)


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("req-42", True),
        ("3f2b8c1e-9d4a-4e7b-8a51-0c6d2e9f7b13", True),  # a UUID
        ("4bf92f3577b34da6a3ce929d0e0e4736", True),  # a W3C trace id
        ("orders.api:retry-2", True),
        ("0812-3456-7890", False),  # a phone number
        ("3174055507900001", False),  # a NIK (16 decimal digits)
        ("siti@example.com", False),
        ("budi wijaya", False),  # not a token
        ("x" * 65, False),
    ],
)
def test_a_client_request_id_is_kept_only_if_plain(client, sent, kept):
    response = client.get("/v1/models", headers={"X-Request-Id": sent})
    returned = response.headers["x-request-id"]
    assert (returned == sent) is kept
    if not kept:
        assert len(returned) == 32 and sent not in returned


def early_in_a_window(needed_s: float = 20.0) -> None:
    """Wait, if need be, for the rate limiter's next one-minute window, so that the requests
    of a test fall in one window (a fixed window restarts its count at each minute)."""
    left = ratelimit.WINDOW_S - time.time() % ratelimit.WINDOW_S
    if left < needed_s:
        time.sleep(left + 0.1)


def limited_app(upstream: str, tmp_path, redis_url: str | None, analyzer):
    settings = dataclasses.replace(
        settings_for(upstream, tmp_path), requests_per_minute=3, redis_url=redis_url
    )
    return create_app(settings, analyzer)


def test_rate_limit_is_429_with_retry_after(fake_server, tmp_path, analyzer):
    _, upstream = fake_server
    with ServerThread(limited_app(upstream, tmp_path, None, analyzer)) as server:
        early_in_a_window()
        statuses = [httpx.get(server.url + "/v1/models", headers=AUTH) for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 200, 200, 429]
    limited = statuses[-1]
    assert limited.json()["error"]["code"] == "rate_limit_exceeded"
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_rate_limit_is_shared_between_instances_through_redis(fake_server, tmp_path, analyzer):
    _, upstream = fake_server
    database = "redis://127.0.0.1:6379/9"
    redis.Redis.from_url(database).flushdb()
    with (
        ServerThread(limited_app(upstream, tmp_path / "a", database, analyzer)) as a,
        ServerThread(limited_app(upstream, tmp_path / "b", database, analyzer)) as b,
    ):
        early_in_a_window()
        statuses = [
            httpx.get(server.url + "/v1/models", headers=AUTH).status_code
            for server in (a, b, a, b)
        ]
    assert statuses == [200, 200, 200, 429]
    keys = [k.decode() for k in redis.Redis.from_url(database).keys("*")]
    assert keys and all(k.startswith("tekino:ratelimit:key_") for k in keys)
    assert not any(ACME_KEY in k for k in keys)
    redis.Redis.from_url(database).flushdb()


def test_unreachable_redis_falls_back_to_local_limits(fake_server, tmp_path, analyzer, fake):
    _, upstream = fake_server
    app = limited_app(upstream, tmp_path, "redis://127.0.0.1:1/0", analyzer)
    with ServerThread(app) as server:
        early_in_a_window()
        sent = httpx.post(server.url + "/v1/chat/completions", json=chat(TEXT), headers=AUTH)
        ready = httpx.get(server.url + "/readyz")
        later = [httpx.get(server.url + "/v1/models", headers=AUTH).status_code for _ in range(3)]
    assert sent.status_code == 200
    assert_not_leaked(fake.all_bytes, EMAIL, NAME)
    assert ready.status_code == 503 and ready.json()["checks"]["redis"].startswith("failing")
    assert later == [200, 200, 429]


@pytest.mark.parametrize("route", ["/healthz", "/metrics"])
def test_health_and_metrics_need_no_key(client, route):
    assert httpx.get(str(client.base_url) + route).status_code == 200

"""Through the running proxy: every attempt is recorded, correctly, and no value is kept."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from proxy.auth import key_id
from proxy.keys import key_sha256
from tests.conftest import ACME_KEY, GLOBEX_KEY
from tests.ledger.ledger_support import (
    AUDITOR_KEY,
    STRICT_KEY,
    auth,
    proxy_config,
    running_proxy,
)
from tests.proxy.helpers import assert_not_leaked, chat

TEXT = (
    "Halo, saya Siti Rahmawati, email siti.rahmawati@example.com, HP 0812-3456-7890, "
    "NIK 3174051203900002, kartu 4111 1111 1111 1111. Teman saya Budi Santoso, "
    "+62 813 9876 5432."
)
RAW_VALUES = (
    "Siti Rahmawati",
    "siti.rahmawati@example.com",
    "0812-3456-7890",
    "6281234567890",  # the phone's normal form
    "3174051203900002",
    "4111 1111 1111 1111",
    "Budi Santoso",
    "+62 813 9876 5432",
    "6281398765432",
)


@pytest.fixture(scope="module")
def proxy(fake_server, analyzer, tmp_path_factory) -> Iterator[str]:
    _, upstream = fake_server
    with running_proxy(proxy_config(upstream, tmp_path_factory.mktemp("data")), analyzer) as (
        url,
        _,
    ):
        yield url


def _send(url: str, key: str, body: dict, path: str = "/v1/chat/completions") -> str:
    """Sends a request with a fresh request id; returns the id."""
    request_id = uuid.uuid4().hex
    headers = {**auth(key), "X-Request-Id": request_id}
    with httpx.stream("POST", url + path, headers=headers, json=body, timeout=30) as response:
        response.read()
    return request_id


def _record(url: str, request_id: str) -> dict:
    """The ledger's view of one request, once its outcome is in (streams finish last)."""
    deadline = time.monotonic() + 5
    while True:
        response = httpx.get(
            url + "/compliance/api/transfers", headers=auth(AUDITOR_KEY), params={"limit": 1000}
        )
        rows = [r for r in response.json()["data"] if r["request_id"] == request_id]
        assert len(rows) == 1, rows
        if rows[0]["outcome"] != "unknown" or time.monotonic() > deadline:
            return rows[0]
        time.sleep(0.05)


def test_a_sent_request_is_recorded_with_its_destination_and_categories(proxy, fake):
    row = _record(proxy, _send(proxy, ACME_KEY, chat(TEXT)))
    assert row["outcome"] == "sent" and row["http_status"] == 200
    assert row["tenant_id"] == "acme"
    assert row["key_id"] == key_id(key_sha256(ACME_KEY))
    assert (row["subprocessor_id"], row["subprocessor_name"]) == ("fake-us", "Fake Provider Inc.")
    assert (row["country"], row["cross_border"]) == ("US", True)
    assert row["safeguards"] == ["dpa", "scc"] and row["dpa_ref"] == "D-1"
    assert row["model"] == "gpt-test" and row["deployment"] == "openai/fake-gpt-test"
    assert row["entity_counts"] == {
        "CREDIT_CARD": 1,
        "EMAIL_ADDRESS": 1,
        "ID_NIK": 1,
        "PERSON": 2,
        "PHONE_NUMBER": 2,
    }
    assert row["specific_categories"] == ["financial"]
    assert row["prompt_tokens"] == 10 and row["completion_tokens"] == 5
    assert row["chars_sent"] > 0 and row["latency_ms"] is not None
    assert row["streamed"] is False and row["completed_at"] >= row["recorded_at"]
    assert len(fake.received) == 1


def test_a_domestic_destination_is_not_cross_border(proxy):
    row = _record(proxy, _send(proxy, ACME_KEY, {**chat("Hi John Smith"), "model": "echo"}))
    assert (row["subprocessor_id"], row["country"], row["cross_border"]) == (
        "local-echo",
        "ID",
        False,
    )
    assert row["outcome"] == "sent"


def test_streamed_and_embedding_requests_are_recorded(proxy, fake):
    streamed = _record(proxy, _send(proxy, ACME_KEY, chat(TEXT, stream=True)))
    assert streamed["streamed"] is True and streamed["outcome"] == "sent"
    assert streamed["entity_counts"]["PHONE_NUMBER"] == 2
    body = {"model": "embed-test", "input": ["email siti.rahmawati@example.com"]}
    embedded = _record(proxy, _send(proxy, ACME_KEY, body, "/v1/embeddings"))
    assert embedded["endpoint"] == "embeddings" and embedded["outcome"] == "sent"
    assert embedded["entity_counts"] == {"EMAIL_ADDRESS": 1}


def test_an_upstream_failure_is_recorded(proxy, fake):
    fake.status = 500
    row = _record(proxy, _send(proxy, ACME_KEY, chat(TEXT)))
    assert row["outcome"] == "upstream_error" and row["http_status"] >= 500
    assert row["country"] == "US" and row["completed_at"] is not None


def test_refused_requests_are_recorded_as_blocked_and_nothing_is_sent(proxy, fake):
    not_allowed = _record(proxy, _send(proxy, GLOBEX_KEY, {**chat(TEXT), "model": "echo"}))
    assert not_allowed["outcome"] == "blocked" and not_allowed["http_status"] == 403
    assert not_allowed["reason"] == "subprocessor_not_allowed"
    assert not_allowed["tenant_id"] == "globex"
    # where the data would have gone: the model's first deployment, refused
    assert (not_allowed["subprocessor_id"], not_allowed["country"]) == ("local-echo", "ID")
    assert not_allowed["deployment"] == "tekino-echo/echo"
    by_policy = _record(proxy, _send(proxy, STRICT_KEY, chat(TEXT)))
    assert by_policy["outcome"] == "blocked" and by_policy["reason"] == "entity_blocked"
    assert (by_policy["subprocessor_id"], by_policy["country"]) == ("fake-us", "US")
    # what the refused request held, as counts (the values are in no record)
    assert by_policy["entity_counts"]["EMAIL_ADDRESS"] >= 1
    assert fake.received == []


def test_the_ledger_being_unavailable_refuses_the_request(fake_server, analyzer, tmp_path, fake):
    _, upstream = fake_server
    down = "postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=1"
    with running_proxy(proxy_config(upstream, tmp_path, down), analyzer) as (url, _):
        response = httpx.post(url + "/v1/chat/completions", headers=auth(ACME_KEY), json=chat(TEXT))
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "ledger_unavailable"
    assert fake.received == []


def test_a_data_subject_trail_finds_every_spelling_of_a_phone(proxy):
    request_id = _send(proxy, GLOBEX_KEY, chat("Tolong hubungi 0857-1111-2222 besok"))
    assert _record(proxy, request_id)["entity_counts"] == {"PHONE_NUMBER": 1}
    for spelling in ("0857-1111-2222", "+62 857 1111 2222", "6285711112222"):
        response = httpx.post(
            proxy + "/compliance/api/subjects", headers=auth(AUDITOR_KEY), json={"value": spelling}
        )
        trail = response.json()
        assert [
            (d["tenant_id"], d["subprocessor_id"], d["country"]) for d in trail["destinations"]
        ] == [("globex", "fake-us", "US")], spelling
        assert trail["destinations"][0]["entity_types"] == ["PHONE_NUMBER"]
        assert [m["request_id"] for m in trail["matches"]] == [request_id]
        assert_not_leaked(response.content, spelling)
    nobody = httpx.post(
        proxy + "/compliance/api/subjects",
        headers=auth(AUDITOR_KEY),
        json={"value": "0857-1111-2223"},
    )
    assert nobody.json() == {"destinations": [], "matches": []}


# -- no raw value anywhere in the ledger's storage -----------------------------------


def _send_known_values(url: str) -> None:
    for key, body in (
        (ACME_KEY, chat(TEXT)),
        (ACME_KEY, chat(TEXT, stream=True)),
        (ACME_KEY, {**chat(TEXT), "model": "echo"}),
        (GLOBEX_KEY, {**chat(TEXT), "model": "echo"}),  # refused: globex may not use echo
        (STRICT_KEY, chat(TEXT)),  # refused: e-mail blocked
    ):
        _send(url, key, body)
    time.sleep(0.3)  # the streamed request's outcome is written as the stream ends


def _assert_recorded_and_clean(url: str, stored: bytes) -> None:
    rows = httpx.get(url + "/compliance/api/transfers", headers=auth(AUDITOR_KEY)).json()["data"]
    assert len(rows) == 5 and sum(r["outcome"] == "sent" for r in rows) == 3
    assert b"PHONE_NUMBER:" in stored  # the subject tokens are there, as keyed hashes
    assert_not_leaked(stored, *RAW_VALUES)
    for export in ("transfers.csv", "transfers.jsonl"):
        response = httpx.get(f"{url}/compliance/api/{export}", headers=auth(AUDITOR_KEY))
        assert response.status_code == 200
        assert_not_leaked(response.content, *RAW_VALUES)


def test_no_raw_value_in_the_sqlite_ledger(fake_server, analyzer, tmp_path, fake):
    _, upstream = fake_server
    with running_proxy(proxy_config(upstream, tmp_path), analyzer) as (url, _):
        _send_known_values(url)
        files = sorted(tmp_path.glob("ledger.db*"))
        assert tmp_path / "ledger.db" in files
        stored = b"".join(path.read_bytes() for path in files)  # the database, its WAL, ...
        with sqlite3.connect(tmp_path / "ledger.db") as conn:
            dump = "\n".join(conn.iterdump()).encode()
        _assert_recorded_and_clean(url, stored + dump)


def test_no_raw_value_in_the_postgresql_ledger(fake_server, analyzer, tmp_path, fake, pg_url):
    _, upstream = fake_server
    with running_proxy(proxy_config(upstream, tmp_path, pg_url), analyzer) as (url, _):
        _send_known_values(url)
        with psycopg.connect(pg_url) as conn:
            tables = conn.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            ).fetchall()
            assert {"ledger_records", "ledger_chains"} <= {t for (t,) in tables}
            dump = "\n".join(
                repr(row)
                for (table,) in tables
                for row in conn.execute(f"SELECT * FROM {table}").fetchall()
            )
        _assert_recorded_and_clean(url, dump.encode())

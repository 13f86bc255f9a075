"""Canary: known unique personal values sent in every field that leaves, by every endpoint,
streamed and not, succeeding and failing; then every byte the proxy wrote is scanned.

Logs (the proxy's JSON lines and every record at DEBUG, litellm's included, and the
process's stdout/stderr), the stores (SQLite files with their WAL, or every row of every
table of the PostgreSQL schema), every Redis key and value, ``/metrics`` and every error
body and response header: none may hold a value, as written, lower-cased, digits-only
or in its normal form. The stores keep counts and keyed hashes only, so this holds even
for a value detection missed.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import redis

from proxy import logs
from redaction.normalize import normalize
from tests.proxy.helpers import forms
from tests.security.conftest import Proxy, dump_schema, running, security_settings

REDIS_URL = "redis://127.0.0.1:6379/12"  # this test's own database, flushed before and after

# Values the analyzer finds (checked in test_canary_values_are_detected), by entity type.
CANARY = {
    "PERSON": ("Wulandari Kusumaningrum", "Bambang Sutrisno Hadiwijoyo", "Margaretha Simatupang"),
    "ID_NIK": ("3174055507900001", "3273014609880003"),
    "PHONE_NUMBER": ("0813-2468-1357", "+62 857 1122 3344", "6282199887766", "081377665544"),
    "EMAIL_ADDRESS": ("wulan.kusuma77@gmail.com", "bambang_hadi@yahoo.co.id"),
    "CREDIT_CARD": ("5500 0055 5555 5559", "4539578763621486"),
    "BANK_ACCOUNT": ("8720451396", "0246813579"),
    "ADDRESS": ("Jl. Cempaka Putih No. 17, RT 004/RW 009, Tembalang, Semarang 50275",),
}
P1, P2, P3 = CANARY["PERSON"]
NIK1, NIK2 = CANARY["ID_NIK"]
PH1, PH2, PH3, PH4 = CANARY["PHONE_NUMBER"]
E1, E2 = CANARY["EMAIL_ADDRESS"]
CARD1, CARD2 = CANARY["CREDIT_CARD"]
BANK1, BANK2 = CANARY["BANK_ACCOUNT"]
(ADDRESS,) = CANARY["ADDRESS"]
# Each value in the sentence it is sent in (context words make bank accounts detectable).
SENTENCES = {
    P1: f"Halo kak, saya {P1} mau tanya pesanan.",
    P2: f"Nama saya {P2}, tolong dibantu.",
    P3: f"Hi, I'm {P3} and I need help.",
    NIK1: f"NIK saya {NIK1} ya kak",
    NIK2: f"nik: {NIK2}",
    PH1: f"HP saya {PH1}",
    PH2: f"WA {PH2} ya",
    PH3: f"telp {PH3} kak",
    PH4: f"nomor {PH4}",
    E1: f"email {E1}",
    E2: f"kirim ke {E2}",
    CARD1: f"kartu kredit {CARD1}",
    CARD2: f"card {CARD2}",
    BANK1: f"transfer ke rekening BCA {BANK1} a.n. saya",
    BANK2: f"no rek BNI {BANK2}",
    ADDRESS: f"Alamat: {ADDRESS}",
}


def says(*values: str) -> str:
    return " ".join(SENTENCES[v] for v in values)


def scanned_forms() -> dict[str, set[str]]:
    """Each value's forms to look for: as written, lower-cased, digits-only, normal form."""
    found = {}
    for kind, values in CANARY.items():
        for value in values:
            found[value] = forms(value) | {normalize(kind, value)}
    return found


def find_leaks(data: bytes | str) -> list[str]:
    text = (data.decode("utf-8", "replace") if isinstance(data, bytes) else data).casefold()
    return sorted(
        {
            form
            for value_forms in scanned_forms().values()
            for form in value_forms
            if form.casefold() in text
        }
    )


@dataclass
class Written:
    """Everything the proxy answered that is not a successful, restored answer."""

    errors: list[bytes] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    restored: list[bytes] = field(default_factory=list)

    def keep(self, response: httpx.Response) -> httpx.Response:
        self.headers.append(repr(response.headers.multi_items()))
        (self.restored if response.status_code == 200 else self.errors).append(response.content)
        return response


def full_chat() -> dict:
    """Every field a chat request can carry a value in."""
    arguments = json.dumps({"phone": PH2, "card": CARD1, "holder": P1})
    return {
        "model": "gpt-test",
        "user": E1,
        "metadata": {"customer": says(NIK2), "note": says(PH2)},  # an unknown field
        "messages": [
            {"role": "system", "content": f"Petugas hari ini: {P2}. " + says(E2)},
            {
                "role": "user",
                "name": P1.replace(" ", "_"),
                "content": [
                    {"type": "text", "text": says(P1, NIK1, PH1)},
                    {"type": "text", "text": says(E1, ADDRESS)},
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "charge", "arguments": arguments},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": says(CARD2, BANK1)},
            {"role": "user", "content": says(BANK2, P3, PH3, PH4), "x_customer": says(P2)},
        ],
    }


def exercise(proxy: Proxy, fake, written: Written) -> None:
    """Every endpoint, streamed and not, succeeding and failing, with the canary values."""
    conversation = {"X-Conversation-Id": f"wa-{PH1}"}
    with proxy.client(**conversation) as acme, proxy.client("globex") as globex:
        keep = written.keep
        keep(acme.post("/v1/chat/completions", json=full_chat()))
        with acme.stream(
            "POST",
            "/v1/chat/completions",
            json={**full_chat(), "stream": True, "stream_options": {"include_usage": True}},
        ) as streamed:
            streamed.read()
            keep(streamed)
        via_litellm = {**full_chat(), "model": "gpt-via-litellm"}  # litellm's logs included
        keep(acme.post("/v1/chat/completions", json=via_litellm))
        with acme.stream("POST", "/v1/chat/completions", json={**via_litellm, "stream": True}) as r:
            r.read()
            keep(r)
        keep(acme.post("/v1/embeddings", json={"model": "embed-test", "input": [says(P1, NIK1)]}))
        keep(acme.post("/v1/embeddings", json={"model": "embed-test", "input": says(E2, PH4)}))
        legacy = {"model": "instruct-test", "prompt": says(P3, ADDRESS), "suffix": says(PH3)}
        keep(acme.post("/v1/completions", json=legacy))

        fake.status = 500  # the provider fails, plain and streamed, on both paths
        keep(acme.post("/v1/chat/completions", json=full_chat()))
        keep(acme.post("/v1/chat/completions", json={**full_chat(), "stream": True}))
        keep(acme.post("/v1/chat/completions", json=via_litellm))
        fake.status = 200
        fake.cut_after = 3  # the provider drops a stream mid-way
        with acme.stream(
            "POST", "/v1/chat/completions", json={**full_chat(), "stream": True}
        ) as cut:
            written.errors.append(cut.read())
        fake.cut_after = None

        keep(acme.post("/v1/chat/completions", json={**full_chat(), "model": "sg-only"}))
        keep(acme.post("/v1/chat/completions", json={**full_chat(), "model": "no-such-model"}))
        invalid = {"model": "gpt-test", "messages": [{"role": P1, "content": says(NIK1)}]}
        keep(acme.post("/v1/chat/completions", json=invalid))
        keep(acme.post("/v1/chat/completions", json={**full_chat(), "n": PH1}))
        media = {"type": "image_url", "image_url": {"url": f"https://x.example/{NIK1}.png"}}
        with_media = full_chat()
        with_media["messages"][1]["content"].append(media)
        keep(acme.post("/v1/chat/completions", json=with_media))
        huge = full_chat()
        huge["messages"][0]["content"] += " " + says(PH2) * 10_000
        keep(acme.post("/v1/chat/completions", json=huge))
        keep(acme.post("/v1/embeddings", json={"model": "embed-test", "input": [[1, 2], says(E1)]}))

        with proxy.client("globex-admin") as admin:
            blocked = {"entity_actions": {"ID_NIK": "block"}}
            assert admin.patch("/admin/tenants/globex/policy", json=blocked).status_code == 200
        keep(globex.post("/v1/chat/completions", json=full_chat()))
    with proxy.client("compliance") as compliance:
        for value in (PH1, NIK1, E1):
            trail = keep(compliance.post("/compliance/api/subjects", json={"value": value}))
            assert trail.json()["matches"], f"no ledger trail for a value that was sent: {value}"
        keep(compliance.get("/compliance/api/transfers.csv"))
        keep(compliance.get("/compliance/api/report"))


def redis_dump(client: redis.Redis) -> bytes:
    """Every key and its value, whatever its type."""
    out = []
    for key in client.scan_iter(count=1000):
        kind = client.type(key).decode()
        value = {
            "string": lambda k: client.get(k),
            "hash": lambda k: client.hgetall(k),
            "list": lambda k: client.lrange(k, 0, -1),
            "set": lambda k: client.smembers(k),
            "zset": lambda k: client.zrange(k, 0, -1, withscores=True),
        }.get(kind, lambda k: client.dump(k))(key)
        out.append(f"{key!r} {kind} {value!r}")
    return "\n".join(out).encode()


@pytest.fixture
def shared_redis() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not reachable at 127.0.0.1:6379")
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def debug_logs(caplog) -> Iterator[io.StringIO]:
    """Every log record at DEBUG (litellm's too), also written as the proxy's JSON lines."""
    lines = io.StringIO()
    handler = logging.StreamHandler(lines)
    handler.setFormatter(logs.JsonFormatter())
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm", "httpx", "uvicorn"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield lines
    root.removeHandler(handler)


def test_canary_values_are_detected(analyzer):
    """The canary is meaningful: each value is found in the sentence it is sent in."""
    for value, sentence in SENTENCES.items():
        start = sentence.index(value)
        found = [e for e in analyzer.analyze(sentence) if e.start <= start < e.end]
        assert found, f"not detected: {value!r}"


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_no_raw_value_at_rest_or_in_telemetry(
    store, request, upstream, analyzer, tmp_path, shared_redis, debug_logs, caplog, capfd
):
    fake, url = upstream
    pg_url = request.getfixturevalue("pg_url") if store == "postgresql" else None
    settings = security_settings(
        url,
        tmp_path,
        storage_url=pg_url,
        ledger_url=pg_url,
        redis_url=REDIS_URL,
        requests_per_minute=10_000,  # counted in Redis
    )
    written = Written()
    with running(settings, analyzer) as proxy:
        exercise(proxy, fake, written)
        metrics = httpx.get(proxy.url + "/metrics").text
        transfers = proxy.transfers()
    out, err = capfd.readouterr()

    # The run did what it should (so that a clean scan means something).
    assert any(P3.encode() in body for body in written.restored), "answers were not restored"
    assert len(transfers) >= 10 and {"sent", "blocked", "upstream_error"} <= {
        t["outcome"] for t in transfers
    }
    assert shared_redis.dbsize() > 0 and debug_logs.getvalue() and caplog.records
    assert "tekino_requests_total" in metrics
    sent = fake.all_bytes
    assert sent, "nothing reached the provider"

    places: dict[str, bytes | str] = {
        "log (JSON lines)": debug_logs.getvalue(),
        "log records": caplog.text,
        "stdout/stderr": out + err,
        "redis": redis_dump(shared_redis),
        "/metrics": metrics,
        "error bodies": b"\n".join(written.errors),
        "response headers": "\n".join(written.headers),
        "sent to the provider": sent,
    }
    for path in sorted(Path(tmp_path).rglob("*")):
        if path.is_file():
            places[f"file {path.name}"] = path.read_bytes()
    if pg_url is not None:
        places["postgresql rows"] = dump_schema(pg_url)
    else:
        assert {"tekino.db", "ledger.db"} <= {p.name for p in Path(tmp_path).iterdir()}
    leaks = {place: found for place, data in places.items() if (found := find_leaks(data))}
    assert not leaks, f"raw values found: {leaks}"

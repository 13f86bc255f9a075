"""Soak: two proxy instances sharing Redis and PostgreSQL under many concurrent, streamed,
multi-turn WhatsApp-style conversations, for minutes::

    python -m benchmarks.soak [--minutes 5] [--conversations 50] [--turns 6]

It starts a fake provider (streaming; it keeps no bodies but checks each one for raw
values), two ``tekino-proxy serve`` subprocesses on one generated config (a dedicated
Redis database, one PostgreSQL schema for the tenancy store and the ledger), then runs
the conversations: each turn resends the whole history and goes to the other instance
than the turn before. Every answer must come back restored exactly, as a complete
stream; the provider must never receive a customer's name, phone, e-mail, NIK or
address (nor any phone-, NIK- or e-mail-shaped text), and neither may the instances'
logs. At the end: the ledger's hash chains are verified, its transfers counted, and
each instance's resident memory (VmRSS) compared with its value after warm-up. The
summary replaces the "## Soak" section of benchmarks/RESULTS.md.

A first name alone (the shop's replies say "Sure Lestari, ...") is not counted as a
leak: detecting single given names is statistical (see the detection benchmark).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import write_section  # noqa: E402
from benchmarks.speed_servers import Server, Servers, free_port  # noqa: E402
from benchmarks.speed_upstream import split_evenly  # noqa: E402
from benchmarks.workloads import SYSTEM_PROMPT, Conversation, MessageFactory, Person  # noqa: E402
from proxy.config import load_settings  # noqa: E402
from proxy.keys import key_sha256, load_master_key  # noqa: E402
from proxy.ledger import Filters, build_ledger  # noqa: E402
from redaction.recognizers.identifiers import is_nik  # noqa: E402
from tests.fake_upstream import FakeUpstream  # noqa: E402
from tests.servers import ServerThread  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379"
REDIS_DB = 14  # the soak's own database, flushed before and after
SERVICE_KEY = "tk-soak-service-0123456789"
TENANT = "soak"
MODEL = "soak-chat"
STREAM_PIECES = 24
REQUEST_TIMEOUT_S = 60.0
KEPT_ERRORS = 20
# Shapes no pseudonymized text may contain: Indonesian mobile numbers, 16-digit ids, e-mails.
SHAPES = {
    "PHONE_NUMBER": re.compile(
        r"(?<![0-9])(?:\+62 ?|62|0)8[0-9]{2}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])"
    ),
    "ID_NIK": re.compile(r"(?<![0-9])[0-9]{16}(?![0-9])"),
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
}
PROVINCES = ("11", "12", "31", "32", "33", "34", "35", "36", "51", "52", "61", "64", "71", "73")


@dataclass(frozen=True)
class SoakConfig:
    seconds: float = 300.0
    conversations: int = 50
    turns: int = 6
    seed: int = 20261128
    write_results: bool = True


@dataclass
class Instance:
    name: str
    server: Server
    url: str
    rss_start_kib: int = 0
    rss_end_kib: int = 0

    @property
    def rss_ratio(self) -> float:
        return self.rss_end_kib / self.rss_start_kib if self.rss_start_kib else float("nan")


@dataclass
class SoakResult:
    config: SoakConfig
    seconds: float = 0.0
    requests: int = 0
    conversations: int = 0
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    leaks: Counter[str] = field(default_factory=Counter)  # at the provider, per entity type
    log_leaks: Counter[str] = field(default_factory=Counter)
    latencies_s: list[float] = field(default_factory=list)
    first_bytes_s: list[float] = field(default_factory=list)
    upstream_requests: int = 0
    ledger_ok: bool = False
    ledger_records: int = 0
    ledger_sent: int = 0
    instances: list[Instance] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.errors == 0
            and not self.leaks
            and not self.log_leaks
            and self.ledger_ok
            and self.ledger_sent == self.requests
        )

    def error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_examples) < KEPT_ERRORS:
            self.error_examples.append(message)


class WatchingUpstream(FakeUpstream):
    """The echoing fake provider, keeping no bodies: it counts requests and checks each
    body for the raw values of the conversations in progress and for value shapes."""

    def __init__(self) -> None:
        super().__init__(stream_split=lambda text: split_evenly(text, STREAM_PIECES))
        self.values: dict[str, str] = {}  # raw value -> entity type
        self.leaks: Counter[str] = Counter()
        self.requests = 0
        self._lock = threading.Lock()

    def watch(self, values: dict[str, str]) -> None:
        with self._lock:
            self.values.update(values)

    def forget(self, values: dict[str, str]) -> None:
        with self._lock:
            for value in values:
                self.values.pop(value, None)

    def scan(self, text: str) -> Counter[str]:
        """Raw values (per entity type) in ``text``: watched values and value shapes."""
        with self._lock:
            watched = list(self.values.items())
        found = Counter(kind for value, kind in watched if value in text)
        for kind, shape in SHAPES.items():
            found[kind] += len(shape.findall(text))
        return +found

    async def _record(self, request) -> dict:
        body = json.loads(await request.body())
        found = self.scan(json.dumps(body, ensure_ascii=False))
        with self._lock:
            self.requests += 1
            self.leaks.update(found)
        return body


# -- the workload -------------------------------------------------------------------


def valid_nik(rng: random.Random) -> str:
    """A NIK whose province, regency, district and birth date are plausible (the NIK
    recognizer checks them; ``workloads`` draws any two digits for the province)."""
    while True:
        day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
        nik = (
            f"{rng.choice(PROVINCES)}{rng.randint(1, 20):02d}{rng.randint(1, 30):02d}"
            f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}{rng.randint(1, 9999):04d}"
        )
        if is_nik(nik):
            return nik


def new_conversation(factory: MessageFactory, rng: random.Random, turns: int):
    """A conversation with one customer, and that customer's values (value -> type)."""
    person: Person = dataclasses.replace(factory.person(), nik=valid_nik(rng))
    users = tuple(factory.short_message(person) for _ in range(turns))
    assistants = tuple(factory.reply(person) for _ in range(turns))
    values = {
        person.name: "PERSON",
        person.phone: "PHONE_NUMBER",
        person.email: "EMAIL_ADDRESS",
        person.nik: "ID_NIK",
        person.address: "ADDRESS",
    }
    return Conversation(SYSTEM_PROMPT, users, assistants), values


# -- running ------------------------------------------------------------------------


@contextmanager
def shared_stores(run_id: str) -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL schema and a flushed Redis database; both cleaned up after."""
    import psycopg
    import redis

    schema = f"soak_{run_id}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    redis_url = f"{REDIS_URL}/{REDIS_DB}"
    redis.Redis.from_url(redis_url).flushdb()
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}", redis_url
    finally:
        redis.Redis.from_url(redis_url).flushdb()
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def write_config(path: Path, data_dir: Path, upstream_url: str, pg_url: str, redis_url: str):
    config = {
        "server": {"data_dir": str(data_dir), "log_level": "info"},
        "storage": {"url": pg_url},
        "ledger": {"url": pg_url},
        "redis": {"url": redis_url},
        "limits": {"requests_per_minute": 1_000_000},  # counted in Redis, never reached
        "subprocessors": [{"id": "soak-provider", "name": "Soak Provider", "country": "SG"}],
        "deployments": [
            {
                "model": MODEL,
                "subprocessor": "soak-provider",
                "litellm_model": "openai/soak",
                "api_base": upstream_url + "/v1",
                "api_key_env": "SOAK_UPSTREAM_KEY",
                "timeout_s": REQUEST_TIMEOUT_S,
            }
        ],
        "tenants": [
            {
                "id": TENANT,
                "api_keys_sha256": [key_sha256(SERVICE_KEY)],
                "approved_subprocessors": ["soak-provider"],
            }
        ],
    }
    path.write_text(yaml.safe_dump(config), encoding="utf-8")


def vm_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


async def one_turn(
    client: httpx.AsyncClient, url: str, conversation: Conversation, turn: int, result: SoakResult
) -> None:
    body = {"model": MODEL, "messages": conversation.messages(turn), "stream": True}
    expected = conversation.users[turn - 1]
    started = time.perf_counter()
    first_byte: float | None = None
    pieces: list[str] = []
    done = False
    try:
        async with client.stream("POST", url + "/v1/chat/completions", json=body) as response:
            if response.status_code != 200:
                await response.aread()
                code = _error_code(response.content)
                result.error(f"turn {turn} at {url}: HTTP {response.status_code} {code}")
                return
            async for line in response.aiter_lines():
                if not line.startswith("data: "):
                    continue
                first_byte = first_byte or time.perf_counter() - started
                data = line[len("data: ") :]
                if data == "[DONE]":
                    done = True
                    continue
                chunk = json.loads(data)
                if "error" in chunk:
                    result.error(f"turn {turn} at {url}: error event {chunk['error'].get('code')}")
                    return
                for choice in chunk.get("choices") or ():
                    pieces.append((choice.get("delta") or {}).get("content") or "")
    except httpx.HTTPError as exc:
        result.error(f"turn {turn} at {url}: {type(exc).__name__}")
        return
    result.requests += 1
    result.latencies_s.append(time.perf_counter() - started)
    if first_byte is not None:
        result.first_bytes_s.append(first_byte)
    answer = "".join(pieces)
    if not done:
        result.error(f"turn {turn} at {url}: the stream ended without [DONE]")
    elif answer != expected:
        pairs = zip(answer, expected, strict=False)
        at = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(answer), len(expected)))
        result.error(
            f"turn {turn} at {url}: answer not restored exactly (first difference at "
            f"character {at}, lengths {len(answer)}/{len(expected)})"
        )


async def customer(
    index: int,
    urls: list[str],
    upstream: WatchingUpstream,
    config: SoakConfig,
    deadline: float,
    result: SoakResult,
    seen: dict[str, str],
) -> None:
    """One chat client: conversation after conversation until the deadline."""
    factory = MessageFactory(config.seed + index)
    rng = random.Random(config.seed * 7 + index)
    headers = {"Authorization": f"Bearer {SERVICE_KEY}"}
    async with httpx.AsyncClient(
        headers=headers, timeout=REQUEST_TIMEOUT_S, trust_env=False
    ) as client:
        while time.monotonic() < deadline:
            conversation, values = new_conversation(factory, rng, config.turns)
            seen.update(values)
            upstream.watch(values)
            result.conversations += 1
            for turn in range(1, conversation.turns + 1):
                if time.monotonic() >= deadline:
                    break
                url = urls[(index + turn) % len(urls)]  # each turn on the other instance
                await one_turn(client, url, conversation, turn, result)
            upstream.forget(values)


def run_soak(config: SoakConfig) -> SoakResult:
    result = SoakResult(config)
    run_id = uuid.uuid4().hex[:10]
    os.environ.setdefault("SOAK_UPSTREAM_KEY", "sk-soak")
    upstream = WatchingUpstream()
    with (
        tempfile.TemporaryDirectory(prefix="tekino-soak-") as tmp,
        ServerThread(upstream.app()) as provider,
        shared_stores(run_id) as (pg_url, redis_url),
        Servers() as servers,
    ):
        work = Path(tmp)
        config_path = work / "soak.yaml"
        write_config(config_path, work / "data", provider.url, pg_url, redis_url)
        env = {**os.environ, "TEKINO_SECRET_KEY": f"soak-secret-{run_id}"}
        for name in ("a", "b"):
            port = free_port()
            command = [str(ROOT / ".venv/bin/tekino-proxy"), "serve", "--config", str(config_path)]
            server = Server(
                name=f"proxy-{name}",
                command=[*command, "--port", str(port)],
                health_url=f"http://127.0.0.1:{port}/healthz",
                log_path=work / f"proxy-{name}.log",
                env=env,
                cwd=ROOT,
            )
            result.instances.append(Instance(name, server, f"http://127.0.0.1:{port}"))
        servers.start(*(instance.server for instance in result.instances))
        _warm_up(result.instances)
        for instance in result.instances:
            instance.rss_start_kib = vm_rss_kib(instance.server.pid)

        seen: dict[str, str] = {}
        started = time.monotonic()
        deadline = started + config.seconds
        urls = [instance.url for instance in result.instances]

        async def load() -> None:
            await asyncio.gather(
                *(
                    customer(i, urls, upstream, config, deadline, result, seen)
                    for i in range(config.conversations)
                )
            )

        asyncio.run(load())
        result.seconds = time.monotonic() - started
        for instance in result.instances:
            instance.rss_end_kib = vm_rss_kib(instance.server.pid)
        result.leaks = upstream.leaks
        result.upstream_requests = upstream.requests
        servers.stop_all()
        for instance in result.instances:
            log = instance.server.log_path.read_text(encoding="utf-8", errors="replace")
            result.log_leaks.update(kind for value, kind in seen.items() if value in log)
        _check_ledger(config_path, env, result)
    return result


def _warm_up(instances: list[Instance]) -> None:
    """One short conversation turn per instance, so start-up allocations are behind us."""
    headers = {"Authorization": f"Bearer {SERVICE_KEY}"}
    body = {"model": MODEL, "messages": [{"role": "user", "content": "halo kak"}]}
    for instance in instances:
        response = httpx.post(
            instance.url + "/v1/chat/completions", json=body, headers=headers, timeout=60
        )
        response.raise_for_status()


def _check_ledger(config_path: Path, env: dict[str, str], result: SoakResult) -> None:
    os.environ["TEKINO_SECRET_KEY"] = env["TEKINO_SECRET_KEY"]
    settings = load_settings(config_path)
    ledger = build_ledger(settings, load_master_key(settings.secret_key_env, settings.data_dir))
    try:
        chains = ledger.verify()
        result.ledger_ok = bool(chains) and all(chain.ok for chain in chains)
        result.ledger_records = sum(chain.records for chain in chains)
        totals = ledger.report(Filters(tenant_id=TENANT))["totals"]
        result.ledger_sent = int(totals["sent"]) - len(result.instances)  # minus the warm-ups
    finally:
        ledger.store.db.close()


def _error_code(content: bytes) -> str | None:
    try:
        return json.loads(content)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


# -- reporting ----------------------------------------------------------------------


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "–"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.0f}"


def _counted(found: Counter[str]) -> str:
    total = sum(found.values())
    return f"{total} ({', '.join(f'{k}: {n}' for k, n in sorted(found.items()))})" if total else "0"


def summary(result: SoakResult) -> str:
    config = result.config
    rate = result.requests / result.seconds if result.seconds else 0.0
    lines = [
        f"Generated by `python -m benchmarks.soak --minutes {config.seconds / 60:g} "
        f"--conversations {config.conversations} --turns {config.turns}` on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC ({os.cpu_count()} cores).",
        "",
        "Two `tekino-proxy serve` instances (one worker each) sharing Redis (rate limits) and "
        "one PostgreSQL schema (tenancy store and ledger); a fake streaming provider on "
        f"loopback ({STREAM_PIECES} chunks per answer; an OpenAI-compatible deployment, so "
        "the direct HTTP path). {config.conversations} concurrent "
        f"customers, each running {config.turns}-turn WhatsApp-style conversations (the "
        "history resent every turn, each turn on the other instance), streamed.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| duration | {result.seconds:.0f} s |",
        f"| conversations started | {result.conversations} |",
        f"| streamed requests completed | {result.requests} ({rate:.1f}/s) |",
        f"| latency p50 / p95 / max | {_ms(result.latencies_s, 0.5)} / "
        f"{_ms(result.latencies_s, 0.95)} / {_ms(result.latencies_s, 1.0)} ms |",
        f"| first byte p50 / p95 | {_ms(result.first_bytes_s, 0.5)} / "
        f"{_ms(result.first_bytes_s, 0.95)} ms |",
        f"| errors (status, error event, no [DONE], answer not restored exactly) | "
        f"{result.errors} |",
        f"| raw values at the provider ({result.upstream_requests} requests scanned) | "
        f"{_counted(result.leaks)} |",
        f"| raw values in the instances' logs | {_counted(result.log_leaks)} |",
        f"| ledger chains valid | {'yes' if result.ledger_ok else 'NO'} "
        f"({result.ledger_records} records; {result.ledger_sent} transfers sent) |",
    ]
    for instance in result.instances:
        lines.append(
            f"| RSS proxy-{instance.name} after warm-up → end | "
            f"{instance.rss_start_kib / 1024:.0f} → {instance.rss_end_kib / 1024:.0f} MiB "
            f"(× {instance.rss_ratio:.2f}) |"
        )
    if result.latencies_s:
        lines.append(f"| mean latency | {statistics.fmean(result.latencies_s) * 1000:.0f} ms |")
    if result.error_examples:
        lines += ["", "First errors:", "", *(f"- {e}" for e in result.error_examples)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--turns", type=int, default=6)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args(argv)
    config = SoakConfig(
        seconds=max(1.0, args.minutes * 60),
        conversations=args.conversations,
        turns=args.turns,
        write_results=not args.no_write,
    )
    result = run_soak(config)
    text = summary(result)
    print(text)
    if config.write_results:
        write_section("Soak", text)
    print("\nsoak:", "OK" if result.ok else "FAILED")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

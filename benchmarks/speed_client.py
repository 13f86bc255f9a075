"""The load generator: OpenAI chat requests over HTTP/1.1 keep-alive, timed per request.

Every loop here is bounded twice: by the number of requests it is given and by a time
limit after which it starts no new request. Traffic goes only to the loopback URLs the
harness passes in.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from benchmarks.workloads import Conversation

MODEL = "bench-model"
REQUEST_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Endpoint:
    """One target: an OpenAI-compatible base URL on loopback and the key it takes."""

    name: str
    base_url: str
    api_key: str

    @property
    def chat_url(self) -> str:
        return f"{self.base_url}/v1/chat/completions"


@dataclass(frozen=True)
class Outcome:
    ok: bool  # HTTP 200 and a complete answer
    latency_s: float  # request sent -> last byte of the answer
    ttfb_s: float  # request sent -> first byte of the body
    restored: bool  # the answer is exactly the text sent (the fake upstream echoes it)
    status: int


@dataclass
class Run:
    """What one target did in one workload of one round."""

    outcomes: list[Outcome] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def ok(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def errors(self) -> int:
        return sum(1 for o in self.outcomes if not o.ok)

    @property
    def not_restored(self) -> int:
        return sum(1 for o in self.outcomes if o.ok and not o.restored)


@dataclass(frozen=True)
class ChatRequest:
    messages: list[dict[str, str]]
    stream: bool = False

    @property
    def expected_answer(self) -> str:
        return self.messages[-1]["content"]


class Client:
    """An HTTP client for one endpoint; ``concurrency`` connections at most."""

    def __init__(self, endpoint: Endpoint, concurrency: int) -> None:
        self.endpoint = endpoint
        self._concurrency = concurrency
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Client:
        connector = aiohttp.TCPConnector(limit=self._concurrency, ttl_dns_cache=None)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S),
            headers={"Authorization": f"Bearer {self.endpoint.api_key}"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def chat(self, request: ChatRequest) -> Outcome:
        assert self._session is not None, "use Client as an async context manager"
        body: dict[str, Any] = {"model": MODEL, "messages": request.messages}
        if request.stream:
            body["stream"] = True
        started = time.perf_counter()
        ttfb = None
        chunks: list[bytes] = []
        try:
            async with self._session.post(self.endpoint.chat_url, json=body) as response:
                async for chunk in response.content.iter_any():
                    if ttfb is None:
                        ttfb = time.perf_counter() - started
                    chunks.append(chunk)
                status = response.status
        except (aiohttp.ClientError, TimeoutError):
            elapsed = time.perf_counter() - started
            return Outcome(False, elapsed, elapsed, False, 0)
        latency = time.perf_counter() - started
        raw = b"".join(chunks)
        answer = _stream_answer(raw) if request.stream else _answer(raw)
        ok = status == 200 and answer is not None
        restored = ok and answer == request.expected_answer
        return Outcome(ok, latency, ttfb if ttfb is not None else latency, restored, status)


async def run_requests(
    client: Client, requests: Sequence[ChatRequest], concurrency: int, time_limit_s: float
) -> Run:
    """``requests`` sent by ``concurrency`` closed-loop workers (each sends its next
    request when its previous answer is complete) until all are sent or time is up."""
    run = Run()
    pending = iter(requests)
    deadline = time.perf_counter() + time_limit_s

    async def worker() -> None:
        for request in pending:
            run.outcomes.append(await client.chat(request))
            if time.perf_counter() >= deadline:
                return

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.wall_s = time.perf_counter() - started
    return run


async def run_conversations(
    client: Client, conversations: Sequence[Conversation], time_limit_s: float
) -> Run:
    """Each conversation played turn by turn (as a chat client does: the request for
    turn k repeats turns 1..k-1), all conversations at once. Turn 1 is sent but not
    recorded: only requests whose earlier turns were already sent are."""
    run = Run()
    deadline = time.perf_counter() + time_limit_s

    async def play(conversation: Conversation) -> None:
        for turn in range(1, conversation.turns + 1):
            outcome = await client.chat(ChatRequest(conversation.messages(turn)))
            if turn > 1:
                run.outcomes.append(outcome)
            if time.perf_counter() >= deadline:
                return

    started = time.perf_counter()
    await asyncio.gather(*(play(c) for c in conversations))
    run.wall_s = time.perf_counter() - started
    return run


def _answer(raw: bytes) -> str | None:
    try:
        return json.loads(raw)["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _stream_answer(raw: bytes) -> str | None:
    """The content deltas of a chat stream joined; None unless it ends with [DONE]."""
    parts: list[str] = []
    done = False
    for line in raw.decode("utf-8", "replace").splitlines():
        if not line.startswith("data: "):
            continue
        data = line[len("data: ") :]
        if data == "[DONE]":
            done = True
            continue
        try:
            event = json.loads(data)
        except ValueError:
            return None
        if "error" in event:
            return None
        for choice in event.get("choices") or ():
            parts.append((choice.get("delta") or {}).get("content") or "")
    return "".join(parts) if done else None

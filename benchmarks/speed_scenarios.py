"""The speed benchmark's workloads, and how many requests each gets per mode.

A *scenario* is one workload at one concurrency. In each round it builds its requests
once (from a seed of its own and the round's number) and every target gets exactly
those, so the targets see the same texts; no text repeats across rounds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from benchmarks.speed_client import ChatRequest, Client, Run, run_conversations, run_requests
from benchmarks.workloads import HISTORY_TURNS, Conversation, MessageFactory

Work = list[ChatRequest] | list[Conversation]
STREAM_CHUNKS = 30  # the fake upstream streams every answer in this many chunks


@dataclass(frozen=True)
class Budget:
    """Per round and per target: how many requests (or conversations), and for how long."""

    count: int
    rounds: int
    time_limit_s: float


@dataclass(frozen=True)
class Scenario:
    key: str
    workload: str  # what --workloads selects
    title: str
    concurrency: int
    build: Callable[[MessageFactory, int], Work]
    conversations: bool = False  # work is conversations played turn by turn

    async def execute(self, client: Client, work: Work, time_limit_s: float) -> Run:
        if self.conversations:
            return await run_conversations(client, cast(list[Conversation], work), time_limit_s)
        requests = cast(list[ChatRequest], work)
        return await run_requests(client, requests, self.concurrency, time_limit_s)


def _user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def _short(factory: MessageFactory, count: int) -> Work:
    return [ChatRequest(_user(factory.short_message())) for _ in range(count)]


def _same_text(factory: MessageFactory, count: int) -> Work:
    text = factory.short_message()
    return [ChatRequest(_user(text)) for _ in range(count)]


def _conversations(factory: MessageFactory, count: int) -> Work:
    return [factory.conversation(HISTORY_TURNS) for _ in range(count)]


def _first_sight(factory: MessageFactory, count: int) -> Work:
    return [
        ChatRequest(factory.conversation(HISTORY_TURNS).messages(HISTORY_TURNS))
        for _ in range(count)
    ]


def _stream(factory: MessageFactory, count: int) -> Work:
    return [ChatRequest(_user(factory.short_message()), stream=True) for _ in range(count)]


def _long(factory: MessageFactory, count: int) -> Work:
    return [ChatRequest(_user(factory.long_message())) for _ in range(count)]


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("short.c1", "short", "short message, c1 (a new text each request)", 1, _short),
    Scenario("short.c8", "short", "short message, c8 (a new text each request)", 8, _short),
    Scenario(
        "short.c1.same", "short", "short message, c1, the SAME text every request", 1, _same_text
    ),
    Scenario(
        "history.seen.c1",
        "history",
        f"{HISTORY_TURNS}-turn chat, c1, turns 2..{HISTORY_TURNS} after earlier turns were sent",
        1,
        _conversations,
        conversations=True,
    ),
    Scenario(
        "history.first.c1",
        "history",
        f"{HISTORY_TURNS}-turn history seen for the first time, c1",
        1,
        _first_sight,
    ),
    Scenario(
        "history.seen.c4",
        "history",
        f"{HISTORY_TURNS}-turn chats, 4 at once, turns 2..{HISTORY_TURNS}",
        4,
        _conversations,
        conversations=True,
    ),
    Scenario("stream.c1", "stream", f"streamed answer ({STREAM_CHUNKS} chunks), c1", 1, _stream),
    Scenario("long.c1", "long", "one ~100 KB message, c1", 1, _long),
)
WORKLOADS = tuple(dict.fromkeys(s.workload for s in SCENARIOS))


@dataclass(frozen=True)
class Plan:
    name: str
    rounds: int
    warmup: int  # short requests per target before measuring
    max_minutes: float  # measuring stops here, whatever is left
    budgets: dict[str, Budget]

    def budget(self, scenario: Scenario) -> Budget:
        return self.budgets[scenario.key]


DEFAULT = Plan(
    name="default",
    rounds=5,
    warmup=8,
    max_minutes=15,
    budgets={
        "short.c1": Budget(30, 5, 40.0),
        "short.c8": Budget(96, 5, 40.0),
        "short.c1.same": Budget(15, 5, 20.0),
        "history.seen.c1": Budget(1, 5, 90.0),
        "history.first.c1": Budget(3, 5, 40.0),
        "history.seen.c4": Budget(4, 2, 150.0),
        "stream.c1": Budget(20, 5, 30.0),
        "long.c1": Budget(1, 5, 90.0),
    },
)
QUICK = Plan(
    name="quick",
    rounds=2,
    warmup=4,
    max_minutes=4,
    budgets={
        "short.c1": Budget(10, 2, 10.0),
        "short.c8": Budget(24, 2, 10.0),
        "short.c1.same": Budget(5, 2, 5.0),
        "history.seen.c1": Budget(1, 1, 30.0),
        "history.first.c1": Budget(1, 2, 15.0),
        "history.seen.c4": Budget(4, 1, 20.0),
        "stream.c1": Budget(8, 2, 10.0),
        "long.c1": Budget(1, 1, 45.0),
    },
)


def select(workloads: Sequence[str]) -> list[Scenario]:
    unknown = set(workloads) - set(WORKLOADS)
    if unknown:
        raise ValueError(f"unknown workloads {sorted(unknown)}; choose from {list(WORKLOADS)}")
    return [s for s in SCENARIOS if s.workload in workloads]


def scenario_seed(scenario: Scenario, round_index: int) -> int:
    """A seed per (scenario, round): same texts for every target, new texts every round."""
    return (SCENARIOS.index(scenario) + 1) * 1_000 + round_index

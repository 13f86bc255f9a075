"""The speed targets, each checked on this proxy's measurements (and the reference's,
for the ratios), with a PASS/FAIL verdict."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.speed_results import Measurements, Row
from benchmarks.speed_stats import ratio

REFERENCE = "reference"
MB = 1024 * 1024


@dataclass(frozen=True)
class Target:
    label: str
    limit: float
    unit: str  # how the measured value is shown: "ms", "s", "x", "MB"
    measure: Callable[[Measurements, str], float]
    at_least: bool = False  # the value must be >= limit (otherwise <= limit)
    scenario: str | None = None  # failed requests there fail the target

    @property
    def limit_text(self) -> str:
        return f"{'>=' if self.at_least else '<='} {_number(self.limit)} {self.unit}"

    def verdict(self, value: float) -> str:
        if math.isnan(value):
            return "n/a"
        passed = value >= self.limit if self.at_least else value <= self.limit
        return "PASS" if passed else "FAIL"

    def show(self, value: float) -> str:
        return "n/a" if math.isnan(value) else f"{_number(value)} {self.unit}"


def _number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _field(scenario: str, pick: Callable[[Row], float]) -> Callable[[Measurements, str], float]:
    def measure(m: Measurements, setup: str) -> float:
        row = m.get(scenario, setup)
        return pick(row) if row is not None else math.nan

    return measure


def _versus_reference(
    scenario: str, pick: Callable[[Row], float]
) -> Callable[[Measurements, str], float]:
    """This setup's value divided by the reference's, same scenario and run."""
    own = _field(scenario, pick)

    def measure(m: Measurements, setup: str) -> float:
        return ratio(max(own(m, setup), 0.0), own(m, REFERENCE))

    return measure


def _added_p50_ms(row: Row) -> float:
    return row.added.p50 * 1000


def _peak_rss_mb(m: Measurements, setup: str) -> float:
    peak = m.peak_rss_bytes.get(setup)
    return peak / MB if peak is not None else math.nan


def _ready_s(m: Measurements, setup: str) -> float:
    return m.ready_s.get(setup, math.nan)


TARGETS: tuple[Target, ...] = (
    Target("short c1: added p50", 10, "ms", _field("short.c1", _added_p50_ms), scenario="short.c1"),
    Target(
        "short c1: added p50 / reference's",
        0.1,
        "x",
        _versus_reference("short.c1", lambda r: r.added.p50),
        scenario="short.c1",
    ),
    Target(
        "short c8: requests/s / reference's",
        10,
        "x",
        _versus_reference("short.c8", lambda r: r.rps),
        at_least=True,
        scenario="short.c8",
    ),
    Target(
        "history, earlier turns seen: added p50", 25, "ms", _field("history.seen.c1", _added_p50_ms)
    ),
    Target(
        "history, earlier turns seen: added p50 / reference's",
        1 / 30,
        "x",
        _versus_reference("history.seen.c1", lambda r: r.added.p50),
        scenario="history.seen.c1",
    ),
    Target(
        "history, first sight: added p50 / reference's",
        1 / 5,
        "x",
        _versus_reference("history.first.c1", lambda r: r.added.p50),
        scenario="history.first.c1",
    ),
    Target(
        "stream: time to first byte, added p50",
        15,
        "ms",
        _field("stream.c1", lambda r: r.ttfb_added.p50 * 1000),
        scenario="stream.c1",
    ),
    Target(
        "long 100 KB: latency p50",
        1.5,
        "s",
        _field("long.c1", lambda r: r.latency.p50),
        scenario="long.c1",
    ),
    Target("peak RSS of the largest process (per worker)", 500, "MB", _peak_rss_mb),
    Target("start-up: spawn to first /healthz", 15, "s", _ready_s),
)


@dataclass(frozen=True)
class Verdict:
    target: Target
    value: float
    verdict: str  # PASS, FAIL or n/a (not measured in this run)
    shown: str


def evaluate(m: Measurements, setup: str) -> list[Verdict]:
    """Every target on ``setup``. A target whose scenario had failed requests fails:
    the latency of the requests that did get an answer would flatter it."""
    results = []
    for target in TARGETS:
        row = m.get(target.scenario, setup) if target.scenario else None
        if row is not None and row.errors:
            failed = f"{row.errors} of {row.requests} requests failed"
            results.append(Verdict(target, math.nan, "FAIL", failed))
            continue
        value = target.measure(m, setup)
        results.append(Verdict(target, value, target.verdict(value), target.show(value)))
    return results

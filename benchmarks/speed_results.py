"""Collected runs, reduced to one row per (scenario, setup): medians over rounds."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.speed_client import Run
from benchmarks.speed_stats import Summary, median, median_summary, per_second

BASELINE = "direct"
NAN_SUMMARY = Summary(0, math.nan, math.nan, math.nan)


@dataclass(frozen=True)
class Row:
    """One scenario on one setup, over all rounds (seconds; rps per second)."""

    scenario: str
    setup: str
    rounds: int
    requests: int
    errors: int
    error_statuses: dict[int, int]  # HTTP status (0: no answer) -> how many
    not_restored: int  # answered, but the answer is not the text that was sent
    latency: Summary
    added: Summary  # latency minus direct's, per round, median over rounds
    ttfb: Summary
    ttfb_added: Summary
    rps: float


@dataclass
class Collected:
    """Every run, by scenario, setup and round."""

    runs: dict[tuple[str, str], dict[int, Run]] = field(default_factory=dict)
    truncated: bool = False  # the run's overall time limit cut it short

    def add(self, scenario: str, setup: str, round_index: int, run: Run) -> None:
        self.runs.setdefault((scenario, setup), {})[round_index] = run

    def row(self, scenario: str, setup: str) -> Row | None:
        rounds = self.runs.get((scenario, setup))
        if not rounds:
            return None
        baseline = self.runs.get((scenario, BASELINE), {})
        latency, added, ttfb, ttfb_added, rps = [], [], [], [], []
        for index, run in sorted(rounds.items()):
            lat = Summary.of([o.latency_s for o in run.ok])
            first = Summary.of([o.ttfb_s for o in run.ok])
            latency.append(lat)
            ttfb.append(first)
            rps.append(per_second(len(run.ok), run.wall_s))
            base = baseline.get(index)
            if base is not None and base.ok:
                added.append(lat.minus(Summary.of([o.latency_s for o in base.ok])))
                ttfb_added.append(first.minus(Summary.of([o.ttfb_s for o in base.ok])))
        return Row(
            scenario=scenario,
            setup=setup,
            rounds=len(rounds),
            requests=sum(len(r.outcomes) for r in rounds.values()),
            errors=sum(r.errors for r in rounds.values()),
            error_statuses=dict(
                sorted(
                    Counter(
                        o.status for r in rounds.values() for o in r.outcomes if not o.ok
                    ).items()
                )
            ),
            not_restored=sum(r.not_restored for r in rounds.values()),
            latency=median_summary(latency),
            added=median_summary(added) if added else NAN_SUMMARY,
            ttfb=median_summary(ttfb),
            ttfb_added=median_summary(ttfb_added) if ttfb_added else NAN_SUMMARY,
            rps=median(rps),
        )


@dataclass
class Measurements:
    """Everything the report and the targets read."""

    rows: dict[tuple[str, str], Row]
    peak_rss_bytes: dict[str, int]  # per setup: its largest process
    ready_s: dict[str, float]

    def get(self, scenario: str, setup: str) -> Row | None:
        return self.rows.get((scenario, setup))

    @classmethod
    def build(
        cls,
        collected: Collected,
        scenarios: list[str],
        setups: list[str],
        peak_rss_bytes: dict[str, int],
        ready_s: dict[str, float],
    ) -> Measurements:
        rows = {}
        for scenario in scenarios:
            for setup in setups:
                row = collected.row(scenario, setup)
                if row is not None:
                    rows[(scenario, setup)] = row
        return cls(rows, peak_rss_bytes, ready_s)

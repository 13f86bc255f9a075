"""Statistics for the speed benchmark: percentiles, latency added over direct, ratios.

Each workload runs in several rounds; in every round each target (direct upstream,
this proxy, the reference) runs the same requests, one target after the other. A
round's *added* latency is the target's percentile minus direct's percentile of that
round, so drift between rounds affects both sides of the subtraction alike; the
reported value is the median over rounds.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

PERCENTILES = (50.0, 95.0, 99.0)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100), linearly interpolated between closest ranks
    (NumPy's default method). Empty input gives NaN."""
    if not 0.0 <= q <= 100.0:
        raise ValueError("q must be within 0..100")
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return ordered[low]
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    """Median of the finite values; NaN when there are none."""
    finite = [v for v in values if not math.isnan(v)]
    return statistics.median(finite) if finite else math.nan


def ratio(value: float, reference: float) -> float:
    """``value / reference``; NaN when either is missing or the reference is not a positive
    finite number."""
    if math.isnan(value) or not math.isfinite(reference) or reference <= 0.0:
        return math.nan
    return value / reference


@dataclass(frozen=True)
class Summary:
    """Percentiles (seconds) of one target's latencies in one round."""

    count: int
    p50: float
    p95: float
    p99: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        p50, p95, p99 = (percentile(values, q) for q in PERCENTILES)
        return cls(len(values), p50, p95, p99)

    def minus(self, base: Summary) -> Summary:
        """The latency this target adds over ``base`` (same round), per percentile."""
        return Summary(self.count, self.p50 - base.p50, self.p95 - base.p95, self.p99 - base.p99)


def median_summary(rounds: Sequence[Summary]) -> Summary:
    """Per-percentile median over rounds; ``count`` is the total over rounds."""
    return Summary(
        count=sum(s.count for s in rounds),
        p50=median([s.p50 for s in rounds]),
        p95=median([s.p95 for s in rounds]),
        p99=median([s.p99 for s in rounds]),
    )


def per_second(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else math.nan

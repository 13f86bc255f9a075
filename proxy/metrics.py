"""Prometheus metrics. Labels carry only route templates, entity types, reason codes
and sub-processor ids: never tenant content or personal data.

With several worker processes, ``PROMETHEUS_MULTIPROC_DIR`` (set by ``serve``)
makes ``/metrics`` report the sum over all workers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter("tekino_requests_total", "HTTP requests", ["route", "status"])
LATENCY = Histogram(
    "tekino_request_seconds",
    "HTTP request duration (to the last byte)",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
ANALYSIS = Histogram(
    "tekino_analysis_seconds",
    "Personal-data detection time per request",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
ENTITIES = Counter("tekino_entities_total", "Detected entities, per type", ["type"])
UPSTREAM_ERRORS = Counter(
    "tekino_upstream_errors_total", "Failed sub-processor calls", ["subprocessor", "status"]
)
BLOCKED = Counter("tekino_transfers_blocked_total", "Requests refused before sending", ["reason"])


def exposition() -> tuple[bytes, str]:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST

"""Exports as CSV and JSON Lines, produced piece by piece (any number of rows, bounded
memory): each yielded string holds one batch of rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

CSV_COLUMNS = (
    "recorded_at",
    "completed_at",
    "tenant_id",
    "transfer_id",
    "seq",
    "request_id",
    "key_id",
    "scope_hash",
    "endpoint",
    "model",
    "deployment",
    "subprocessor_id",
    "subprocessor_name",
    "country",
    "region",
    "cross_border",
    "safeguards",
    "dpa_ref",
    "entity_counts",
    "specific_categories",
    "chars_sent",
    "prompt_tokens",
    "completion_tokens",
    "streamed",
    "outcome",
    "reason",
    "http_status",
    "latency_ms",
)
FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ";".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return ";".join(value)
    text = str(value)
    # A client-chosen value (e.g. a request id) must not run as a spreadsheet formula.
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_lines(rows: Iterable[dict[str, Any]], batch: int = 500) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    pending = 0
    for row in rows:
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        pending += 1
        if pending >= batch:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    yield buffer.getvalue()


def jsonl_lines(rows: Iterable[dict[str, Any]], batch: int = 500) -> Iterator[str]:
    lines: list[str] = []
    for row in rows:
        lines.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        if len(lines) >= batch:
            yield "\n".join(lines) + "\n"
            lines = []
    if lines:
        yield "\n".join(lines) + "\n"


def export(rows: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    if fmt == "csv":
        return csv_lines(rows)
    if fmt == "jsonl":
        return jsonl_lines(rows)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")


REPORT_COLUMNS = (
    "tenant_id",
    "month",
    "country",
    "cross_border",
    "subprocessor_id",
    "subprocessor_name",
    "safeguards",
    "transfers",
    "sent",
    "client_closed",
    "upstream_error",
    "unknown",
    "blocked",
    "chars_sent",
    "prompt_tokens",
    "completion_tokens",
    "categories",
    "specific_categories",
    "with_specific_data",
)


def report_csv(table: list[dict[str, Any]]) -> str:
    """The report's rows as CSV; ``categories`` as TYPE=values (values sent of that type)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    for row in table:
        flat = {**row, "categories": {k: v["values"] for k, v in row["categories"].items()}}
        writer.writerow([_cell(flat[c]) for c in REPORT_COLUMNS])
    return buffer.getvalue()

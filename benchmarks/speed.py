"""Speed benchmark: this proxy against direct upstream calls and the LiteLLM + Presidio reference.

Run from the repository root (about 10 minutes; ``--quick`` about 3)::

    .venv/bin/python -m benchmarks.speed [--quick] [--workloads short,history,stream,long]
        [--proxy-workers 1,2] [--no-reference] [--no-write]

It starts on 127.0.0.1 a fake OpenAI-compatible upstream, ``tekino-proxy serve`` (once
per worker count), and the reference (the LiteLLM proxy with its Presidio guardrail,
from ``benchmarks/.venv-reference``, created on first use); checks that each masks the
personal data of one probe message; runs every workload in rounds, the targets
interleaved; prints the report and replaces the "Speed" section of benchmarks/RESULTS.md.
Every process it started is stopped at the end, also on Ctrl-C or an error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import signal
import sys
import tempfile
import time
import urllib.request
from collections.abc import Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.speed_client import ChatRequest, Client
from benchmarks.speed_report import PiiCheck, RunInfo, render, write
from benchmarks.speed_results import Collected, Measurements
from benchmarks.speed_scenarios import (
    DEFAULT,
    QUICK,
    WORKLOADS,
    Plan,
    Scenario,
    scenario_seed,
    select,
)
from benchmarks.speed_servers import ProcessMemory, Servers
from benchmarks.speed_setups import (
    Setup,
    direct_setup,
    ensure_reference_venv,
    proxy_setup,
    reference_litellm_version,
    reference_setup,
    upstream_server,
)
from benchmarks.workloads import MessageFactory

PROBE_VALUES = (
    "Siti Rahmawati",
    "siti.rahmawati@example.com",
    "0812-3456-7890",
    "3174051203900002",
    "John Smith",
    "john.smith@example.com",
)
PROBE = (
    "Halo, saya Siti Rahmawati, email siti.rahmawati@example.com, HP 0812-3456-7890, "
    "NIK 3174051203900002. My colleague John Smith (john.smith@example.com) will pick it up."
)
WARMUP_SEED = 999_999
T = TypeVar("T")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.speed", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="a reduced run (about 3 minutes)")
    parser.add_argument(
        "--workloads",
        default=",".join(WORKLOADS),
        help=f"comma-separated, from {','.join(WORKLOADS)} (default: all)",
    )
    parser.add_argument(
        "--proxy-workers", default="1,2", help="worker counts of this proxy to measure"
    )
    parser.add_argument("--no-reference", action="store_true", help="skip the LiteLLM reference")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(arguments)
    # Ctrl-C and `kill` end the run through KeyboardInterrupt, so that every server is
    # stopped on the way out (SIGINT may arrive ignored, e.g. in a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return run(args, arguments)
    except KeyboardInterrupt:
        print("speed: interrupted; every server this run started has been stopped", flush=True)
        return 130


def run(args: argparse.Namespace, arguments: Sequence[str]) -> int:
    plan = QUICK if args.quick else DEFAULT
    scenarios = select([w.strip() for w in args.workloads.split(",") if w.strip()])
    workers = [int(n) for n in args.proxy_workers.split(",") if n.strip()]
    reference_litellm = None
    if not args.no_reference:
        ensure_reference_venv()
        reference_litellm = reference_litellm_version()
    logs = Path(tempfile.mkdtemp(prefix="tekino-speed-"))
    started = time.perf_counter()
    started_utc = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    load_before = os.getloadavg()
    print(f"speed: {plan.name} run, server logs in {logs}", flush=True)
    with Servers() as servers:
        setups = start_setups(servers, logs, workers, with_reference=not args.no_reference)
        checks = [check_pii(setup, setups[0]) for setup in setups[1:]]
        for check in checks:
            if not check.masks:
                print(f"speed: WARNING: {check.setup} did not mask the probe's PII", flush=True)
        collected = _run_loop(measure(setups, scenarios, plan))
        memory = {setup.name: _memory(setup) for setup in setups}
    info = RunInfo(
        command=_command(arguments),
        mode=plan.name,
        started_utc=started_utc,
        duration_s=time.perf_counter() - started,
        load_before=load_before,
        load_after=os.getloadavg(),
        reference_litellm=reference_litellm,
        logs=logs,
        truncated=collected.truncated,
    )
    measurements = Measurements.build(
        collected,
        [s.key for s in scenarios],
        [setup.name for setup in setups],
        peak_rss_bytes={
            name: max(p.peak_rss_bytes for p in processes)
            for name, processes in memory.items()
            if processes
        },
        ready_s={setup.name: setup.ready_s for setup in setups},
    )
    described = [(setup.name, setup.description) for setup in setups]
    body = render(info, described, checks, scenarios, measurements, memory)
    print(body)
    if not args.no_write:
        write(body)
        print("speed: wrote the Speed section of benchmarks/RESULTS.md", flush=True)
    return 0


def start_setups(
    servers: Servers, logs: Path, workers: Sequence[int], with_reference: bool
) -> list[Setup]:
    """The fake upstream first; then the reference's three processes together; then each
    proxy alone, so that its start-up time is measured on an otherwise idle machine."""
    upstream = upstream_server(logs)
    servers.start(upstream)
    upstream_url = upstream.health_url.removesuffix("/_bench/health")
    setups = [direct_setup(upstream)]
    if with_reference:
        reference = reference_setup(upstream_url, logs)
        print("speed: starting the reference (LiteLLM proxy + Presidio services)", flush=True)
        servers.start(*reference.servers)
        setups.append(reference)
    for count in workers:
        proxy = proxy_setup(upstream_url, count, logs)
        print(f"speed: starting {proxy.name}", flush=True)
        servers.start(*proxy.servers)
        setups.append(proxy)
    for setup in setups[1:]:
        print(f"speed: {setup.name} ready after {setup.ready_s:.1f} s", flush=True)
    return setups


def check_pii(setup: Setup, direct: Setup) -> PiiCheck:
    """One probe through ``setup``; what did the upstream receive, and did the answer
    come back restored?"""

    async def probe() -> bool:
        async with Client(setup.endpoint, 1) as client:
            outcome = await client.chat(ChatRequest([{"role": "user", "content": PROBE}]))
        return outcome.restored

    restored = _run_loop(probe())
    received = _get(direct.endpoint.base_url + "/_bench/last")
    sent = json.loads(received)["messages"][-1]["content"]
    leaked = [value for value in PROBE_VALUES if value in sent]
    print(f"speed: {setup.name}: the upstream received {sent!r}", flush=True)
    return PiiCheck(setup.name, leaked, len(PROBE_VALUES), restored)


async def measure(setups: Sequence[Setup], scenarios: Sequence[Scenario], plan: Plan) -> Collected:
    """Every scenario in every round on every setup, in rotated order; what is left is
    skipped once the plan's overall time limit is reached."""
    await warm_up(setups, plan)
    collected = Collected()
    deadline = time.perf_counter() + plan.max_minutes * 60
    for round_index in range(plan.rounds):
        turn = round_index % len(setups)
        order = list(setups[turn:]) + list(setups[:turn])  # each setup leads some round
        for scenario in scenarios:
            budget = plan.budget(scenario)
            if round_index >= budget.rounds:
                continue
            seed = scenario_seed(scenario, round_index)
            work = scenario.build(MessageFactory(seed), budget.count)
            for setup in order:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    collected.truncated = True
                    print(f"speed: {plan.max_minutes} min limit reached; stopping", flush=True)
                    return collected
                async with Client(setup.endpoint, scenario.concurrency) as client:
                    limit = min(budget.time_limit_s, remaining)
                    run = await scenario.execute(client, work, limit)
                collected.add(scenario.key, setup.name, round_index, run)
                print(
                    f"speed: round {round_index + 1}/{plan.rounds} {scenario.key:<17} "
                    f"{setup.name:<10} {len(run.ok):>3} ok {run.errors} errors "
                    f"in {run.wall_s:.1f} s",
                    flush=True,
                )
    return collected


async def warm_up(setups: Sequence[Setup], plan: Plan) -> None:
    """First requests load lazily imported code and open connections: not measured."""
    factory = MessageFactory(WARMUP_SEED)
    conversation = factory.conversation()
    requests = [ChatRequest([{"role": "user", "content": factory.short_message()}])]
    requests += [ChatRequest(conversation.messages(turn)) for turn in (1, 2, 3)]
    requests += [
        ChatRequest([{"role": "user", "content": factory.short_message()}], stream=True)
        for _ in range(2)
    ]
    requests += [
        ChatRequest([{"role": "user", "content": factory.short_message()}])
        for _ in range(plan.warmup)
    ]
    for setup in setups:
        async with Client(setup.endpoint, 4) as client:
            for request in requests:
                await client.chat(request)


def _command(arguments: Sequence[str]) -> str:
    python = sys.executable
    if python.startswith(os.getcwd() + os.sep):
        python = os.path.relpath(python)
    return shlex.join([python, "-m", "benchmarks.speed", *arguments])


def _memory(setup: Setup) -> list[ProcessMemory]:
    return [process for server in setup.servers for process in server.memory()]


def _get(url: str) -> bytes:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        return response.read()


def _run_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


if __name__ == "__main__":
    raise SystemExit(main())

"""The speed benchmark's own logic, without servers: statistics, targets, the RESULTS.md
section, the workload generators and the small parsers."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import pytest

from benchmarks.speed_client import Outcome, Run, _stream_answer
from benchmarks.speed_report import with_speed_section, write
from benchmarks.speed_results import Collected, Measurements
from benchmarks.speed_scenarios import DEFAULT, QUICK, SCENARIOS, scenario_seed, select
from benchmarks.speed_servers import parse_vm_hwm, process_tree
from benchmarks.speed_stats import Summary, median, median_summary, percentile, ratio
from benchmarks.speed_targets import TARGETS, Target, evaluate
from benchmarks.speed_upstream import split_evenly
from benchmarks.workloads import (
    FIRST_NAMES,
    HISTORY_TURNS,
    LONG_MIN_CHARS,
    SHORT_MAX_CHARS,
    SHORT_MIN_CHARS,
    MessageFactory,
    text_size,
)

# --- statistics -------------------------------------------------------------------------


def test_percentile_interpolates_between_ranks_like_numpy() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 4.0
    assert percentile(values, 50) == 2.5
    assert percentile([float(v) for v in range(1, 101)], 95) == pytest.approx(95.05)
    assert percentile([7.0], 99) == 7.0


def test_percentile_of_nothing_is_nan_and_q_is_checked() -> None:
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_median_skips_nan_and_ratio_refuses_bad_references() -> None:
    assert median([3.0, math.nan, 1.0, 2.0]) == 2.0
    assert math.isnan(median([math.nan]))
    assert ratio(1.0, 4.0) == 0.25
    assert math.isnan(ratio(1.0, 0.0))
    assert math.isnan(ratio(math.nan, 1.0))
    assert math.isnan(ratio(1.0, math.nan))
    assert math.isnan(ratio(1.0, math.inf))


def test_summary_minus_and_median_over_rounds() -> None:
    base = Summary.of([0.001] * 10)
    slow = Summary.of([0.011] * 10)
    added = slow.minus(base)
    assert added.p50 == pytest.approx(0.010)
    assert added.p99 == pytest.approx(0.010)
    rounds = [Summary(10, 1.0, 2.0, 3.0), Summary(10, 3.0, 4.0, 9.0), Summary(5, 2.0, 3.0, 4.0)]
    assert median_summary(rounds) == Summary(25, 2.0, 3.0, 4.0)


def _run(latencies: list[float], wall_s: float, failed: int = 0, wrong: int = 0) -> Run:
    outcomes = [Outcome(True, s, s / 2, True, 200) for s in latencies]
    outcomes += [Outcome(False, 1.0, 1.0, False, 502) for _ in range(failed)]
    outcomes += [Outcome(True, 0.5, 0.5, False, 200) for _ in range(wrong)]
    return Run(outcomes, wall_s)


def test_added_latency_is_taken_per_round_against_direct_then_the_median() -> None:
    collected = Collected()
    for index, (direct, proxy) in enumerate([(0.001, 0.011), (0.002, 0.032), (0.001, 0.021)]):
        collected.add("short.c1", "direct", index, _run([direct] * 5, 1.0))
        collected.add("short.c1", "proxy-w1", index, _run([proxy] * 5, 2.0))
    row = collected.row("short.c1", "proxy-w1")
    assert row is not None
    assert row.rounds == 3
    assert row.requests == 15
    assert row.added.p50 == pytest.approx(0.020)  # per round: 10, 30, 20 ms
    assert row.latency.p50 == pytest.approx(0.021)
    assert row.ttfb_added.p50 == pytest.approx(0.010)
    assert row.rps == pytest.approx(2.5)
    assert collected.row("short.c1", "reference") is None


def test_errors_and_unrestored_answers_are_counted_not_timed() -> None:
    collected = Collected()
    collected.add("short.c1", "direct", 0, _run([0.001] * 4, 1.0))
    collected.add("short.c1", "proxy-w1", 0, _run([0.010] * 4, 1.0, failed=2, wrong=1))
    row = collected.row("short.c1", "proxy-w1")
    assert row is not None
    assert (row.requests, row.errors, row.not_restored) == (7, 2, 1)
    assert row.error_statuses == {502: 2}
    assert row.latency.count == 5  # the failed requests are left out of the percentiles


def test_a_setup_without_a_direct_baseline_has_no_added_latency() -> None:
    collected = Collected()
    collected.add("long.c1", "proxy-w1", 0, _run([1.0], 1.0))
    row = collected.row("long.c1", "proxy-w1")
    assert row is not None
    assert math.isnan(row.added.p50)


# --- targets ----------------------------------------------------------------------------


def test_target_verdicts() -> None:
    at_most = Target("x", 10, "ms", lambda m, s: 0.0)
    at_least = Target("y", 10, "x", lambda m, s: 0.0, at_least=True)
    assert at_most.verdict(10) == "PASS"
    assert at_most.verdict(10.5) == "FAIL"
    assert at_least.verdict(9.9) == "FAIL"
    assert at_least.verdict(12) == "PASS"
    assert at_most.verdict(math.nan) == "n/a"
    assert at_most.limit_text == "<= 10 ms"
    assert at_least.limit_text == ">= 10 x"


def test_targets_compare_the_proxy_with_the_reference_of_the_same_run() -> None:
    collected = Collected()
    timings = {"direct": 0.001, "proxy-w1": 0.006, "reference": 0.101}
    for setup, seconds in timings.items():
        collected.add("short.c1", setup, 0, _run([seconds] * 10, 10 * seconds))
    m = Measurements.build(
        collected,
        ["short.c1"],
        list(timings),
        peak_rss_bytes={"proxy-w1": 600 * 1024 * 1024},
        ready_s={"proxy-w1": 4.0},
    )
    verdicts = {v.target.label: (v.value, v.verdict) for v in evaluate(m, "proxy-w1")}
    assert verdicts["short c1: added p50"] == (pytest.approx(5.0), "PASS")
    assert verdicts["short c1: added p50 / reference's"] == (pytest.approx(0.05), "PASS")
    assert verdicts["peak RSS of the largest process (per worker)"] == (600.0, "FAIL")
    assert verdicts["start-up: spawn to first /healthz"] == (4.0, "PASS")
    assert verdicts["long 100 KB: latency p50"][1] == "n/a"  # not measured in this run
    assert len(verdicts) == len(TARGETS)


def test_a_target_fails_when_its_requests_failed() -> None:
    collected = Collected()
    collected.add("long.c1", "direct", 0, _run([0.003], 1.0))
    collected.add("long.c1", "proxy-w1", 0, _run([], 10.0, failed=1))
    m = Measurements.build(collected, ["long.c1"], ["direct", "proxy-w1"], {}, {})
    (long,) = [v for v in evaluate(m, "proxy-w1") if v.target.scenario == "long.c1"]
    assert long.verdict == "FAIL"
    assert long.shown == "1 of 1 requests failed"


# --- RESULTS.md -------------------------------------------------------------------------

DOCUMENT = (
    "# Benchmark results\n\n## Detection quality\n\ndetection table\n\n"
    "## Speed\n\nold speed numbers\n\n### old subsection\n\nmore old\n\n## Later\n\nkept\n"
)


def test_the_speed_section_is_replaced_and_the_others_are_kept() -> None:
    updated = with_speed_section(DOCUMENT, "### Targets\n\nnew numbers")
    assert "old speed numbers" not in updated and "more old" not in updated
    assert "## Speed\n\n### Targets\n\nnew numbers\n" in updated
    assert "## Detection quality\n\ndetection table\n" in updated
    assert updated.endswith("## Later\n\nkept\n")
    assert updated.count("## Speed") == 1


def test_the_speed_section_is_appended_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text("# Benchmark results\n\n## Detection quality\n\nfirst\n")
    write("speed body", path)
    write("speed body, second run", path)
    text = path.read_text()
    assert text.startswith("# Benchmark results\n\n## Detection quality\n\nfirst\n")
    assert text.count("## Speed") == 1
    assert text.endswith("## Speed\n\nspeed body, second run\n")


# --- workloads --------------------------------------------------------------------------

PHONE = r"(?:\+62 |62|0)8\d{2}[- ]?\d{4}[- ]?\d{4}"
PERSONAL = re.compile(rf"{PHONE}|@|\bJl\. |\b\d{{16}}\b|\b(?:{'|'.join(FIRST_NAMES)})\b")


def test_short_messages_are_varied_sized_and_carry_personal_data() -> None:
    factory = MessageFactory(seed=7)
    messages = [factory.short_message() for _ in range(300)]
    assert all(SHORT_MIN_CHARS <= len(m) <= SHORT_MAX_CHARS for m in messages)
    assert len(set(messages)) == len(messages)
    assert all(PERSONAL.search(m) for m in messages)
    assert any("@" in m for m in messages) and any("Jl. " in m for m in messages)
    assert any(re.search(r"\b08\d{2}-\d{4}-\d{4}\b", m) for m in messages)
    assert any(re.search(r"\b\d{16}\b", m) for m in messages)  # NIK or a 62... phone


def test_the_same_seed_gives_the_same_texts() -> None:
    first, second = MessageFactory(seed=3), MessageFactory(seed=3)
    assert [first.short_message() for _ in range(5)] == [second.short_message() for _ in range(5)]
    assert MessageFactory(seed=4).short_message() != MessageFactory(seed=3).short_message()


def test_each_history_request_repeats_the_earlier_turns_plus_one_message() -> None:
    conversation = MessageFactory(seed=11).conversation()
    assert conversation.turns == HISTORY_TURNS
    first = conversation.messages(1)
    assert [m["role"] for m in first] == ["system", "user"]
    for turn in range(1, HISTORY_TURNS):
        before, after = conversation.messages(turn), conversation.messages(turn + 1)
        assert after[: len(before)] == before
        assert after[len(before) :] == [
            {"role": "assistant", "content": conversation.assistants[turn - 1]},
            {"role": "user", "content": conversation.users[turn]},
        ]
    assert len(conversation.messages(HISTORY_TURNS)) == 2 * HISTORY_TURNS
    with pytest.raises(ValueError):
        conversation.messages(HISTORY_TURNS + 1)


def test_a_whole_history_is_5_to_10_kb() -> None:
    factory = MessageFactory(seed=5)
    for _ in range(20):
        size = text_size(factory.conversation().messages(HISTORY_TURNS))
        assert 5_000 <= size <= 10_000


def test_the_long_message_is_about_100_kb() -> None:
    text = MessageFactory(seed=2).long_message()
    assert LONG_MIN_CHARS <= len(text) <= LONG_MIN_CHARS + SHORT_MAX_CHARS + 1


def test_scenarios_have_budgets_and_distinct_seeds() -> None:
    for plan in (DEFAULT, QUICK):
        assert set(plan.budgets) == {s.key for s in SCENARIOS}
        assert all(b.rounds <= plan.rounds and b.count > 0 for b in plan.budgets.values())
    seeds = {scenario_seed(s, r) for s in SCENARIOS for r in range(DEFAULT.rounds)}
    assert len(seeds) == len(SCENARIOS) * DEFAULT.rounds
    assert {s.key for s in select(["stream", "long"])} == {"stream.c1", "long.c1"}
    with pytest.raises(ValueError):
        select(["nope"])


# --- small parsers ----------------------------------------------------------------------


def test_split_evenly_keeps_the_text_in_near_equal_pieces() -> None:
    text = "x" * 301
    pieces = split_evenly(text, 30)
    assert len(pieces) == 30 and "".join(pieces) == text
    assert max(map(len, pieces)) - min(map(len, pieces)) <= 1
    assert split_evenly("abc", 30) == ["a", "b", "c"]
    assert split_evenly("", 30) == [""]


def test_stream_answers_are_joined_and_need_done() -> None:
    events = [
        'data: {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}',
        'data: {"choices": [{"index": 0, "delta": {"content": "Halo "}}]}',
        'data: {"choices": [{"index": 0, "delta": {"content": "Siti"}}]}',
    ]
    complete = "\n\n".join([*events, "data: [DONE]"]).encode()
    assert _stream_answer(complete) == "Halo Siti"
    assert _stream_answer("\n\n".join(events).encode()) is None
    failed = "\n\n".join([events[0], 'data: {"error": {"message": "x"}}', "data: [DONE]"])
    assert _stream_answer(failed.encode()) is None


def test_peak_rss_is_read_from_vm_hwm() -> None:
    status = "Name:\tpython\nVmPeak:\t  900 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n"
    assert parse_vm_hwm(status) == 123456 * 1024
    assert parse_vm_hwm("Name:\tkthreadd\n") is None
    assert process_tree(os.getpid())[0] == os.getpid()

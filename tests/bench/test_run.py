"""The benchmark helpers measure, order and report correctly (no timing assertions)."""

from __future__ import annotations

import time

import pytest

from tests.bench.run import (
    Row,
    format_table,
    measure,
    measure_interleaved,
    measure_with_cpu,
    median,
    paired_ratio,
    ratio_row,
)


def test_measure_warms_up_once_then_times_each_run() -> None:
    calls: list[int] = []
    times = measure(lambda: calls.append(1), runs=5)
    assert len(calls) == 6
    assert len(times) == 5
    assert all(isinstance(t, float) and t >= 0 for t in times)


def test_measure_interleaved_alternates_the_functions() -> None:
    order: list[str] = []
    a, b = measure_interleaved([lambda: order.append("a"), lambda: order.append("b")], runs=4)
    assert len(a) == len(b) == 4
    assert order[:2] == ["a", "b"]  # warm-ups
    rounds = [order[i : i + 2] for i in range(2, len(order), 2)]
    assert len(rounds) == 4
    assert all(sorted(pair) == ["a", "b"] for pair in rounds)
    assert {tuple(pair) for pair in rounds} == {("a", "b"), ("b", "a")}


def test_median() -> None:
    assert median([3.0, 1.0, 100.0]) == 3.0  # not the mean
    assert median([4.0, 1.0, 100.0, 2.0]) == 3.0
    assert median([7.0]) == 7.0
    with pytest.raises(ValueError, match="no values"):
        median([])


def test_a_ratio_pairs_the_runs_of_one_round() -> None:
    """Rounds 1 and 2 take the value at 1.2× its baseline, the machine twice as slow in
    round 2; in round 3 it sped up between the baseline's run and the value's. The median
    of the rounds' own ratios says 1.2; the ratio of the medians (1.2 / 2.0) would say 0.6."""
    values = [1.2, 2.4, 1.0]
    baselines = [1.0, 2.0, 2.0]
    assert paired_ratio(values, baselines) == pytest.approx(1.2)
    row = ratio_row("drift", 1, [values, baselines], [values, baselines], limit=1.3)
    assert row.ratio == pytest.approx(1.2)
    assert row.cpu_ratio == pytest.approx(1.2)
    assert (row.value_ms, row.baseline_ms) == (pytest.approx(1200.0), pytest.approx(2000.0))
    assert row.passed
    with pytest.raises(ValueError, match="longer"):
        paired_ratio([1.0], [1.0, 2.0])  # rounds that do not pair up


def test_rows_and_table() -> None:
    fast = Row("a.pdf", 28, value_ms=30.0, baseline_ms=20.0, limit=2.0)
    slow = Row("10× a.pdf", 280, value_ms=90.0, baseline_ms=30.0, limit=2.0)
    edge = Row("b.pdf", 33, value_ms=40.0, baseline_ms=20.0, limit=2.0)
    assert fast.ratio == pytest.approx(1.5)
    assert slow.ratio == pytest.approx(3.0)
    assert (fast.passed, slow.passed, edge.passed) == (True, False, True)

    table = format_table("title", [fast, slow, edge], "parse", "base")
    lines = table.splitlines()
    assert lines[0] == "title"
    header = ["input", "pages", "parse", "ms", "base", "ms", "ratio", "target", "result"]
    assert lines[2].split() == header
    body = lines[4:7]
    assert [line.split()[-1] for line in body] == ["PASS", "FAIL", "PASS"]
    assert body[1].split()[2:5] == ["280", "90.0", "30.0"]
    assert "3.00" in body[1]
    assert "ratio ≤ 2.0" in body[1]
    assert len({len(line) for line in lines[1:]}) == 1  # columns line up


def test_cpu_seconds_are_measured_beside_the_wall_clock() -> None:
    """Sleeping takes time but no CPU; counting takes both: the CPU ratio of the two is
    far below their wall-clock ratio, and the table shows it in its own column."""

    def count() -> None:
        total = 0
        for n in range(200_000):
            total += n

    wall, cpu = measure_with_cpu([lambda: time.sleep(0.02), count], runs=5)
    assert len(wall[0]) == len(cpu[0]) == 5
    assert median(cpu[0]) < median(wall[0]) / 4  # asleep: hardly any CPU
    row = ratio_row("sleep", 1, wall, cpu, limit=1.0)
    assert row.cpu_ratio is not None
    assert row.cpu_ratio < row.ratio
    table = format_table("title", [row], "sleep", "count").splitlines()
    assert table[2].split()[-2:] == ["CPU", "ratio"]
    assert table[4].split()[-1] == f"{row.cpu_ratio:.2f}"

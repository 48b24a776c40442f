"""Benchmarks: each `bench/<name>.py` exposes `run(quick: bool = False) -> dict`; `make bench` runs them all.

A module's dict holds its raw numbers and, under `"rows"`, its rows of the speed table: each made by `row()`
in one common shape (name, measured, baseline, ratio, goal, met), so that `bench/__main__.py` can print one
table and write one results file whatever the module measured. `quick=True` asks for the smallest run that
still produces every row (fewer repeats, smaller inputs): the shape of the results, not their speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

# The rows of the issue's speed table (name → what the row compares). Modules use these names, so that the
# table says which rows nobody measured yet. Rows of other issues may use any other name.
ISSUE_ROWS: dict[str, str] = {
    "ach-reader": "`.ach` 10 MB environment, restore_environment vs sha256 + zstd + msgpack.unpackb",
    "ach-writer": "`.ach` writer vs packb + zstd + sha256",
    "ach-decode-overhead": "`.ach` FORMAT.decode (to the document model) vs the reader alone",
    "fzb-decode-overhead": "`.fzb` FORMAT.decode (to the document model) vs the reader alone",
    "fzb-kaitai": "`.fzb` 576 KB chunk, FORMAT.decode vs the Kaitai-generated parser",
    "plcbundle-verify": "plcbundle repository verify vs `zstd -d | sha256sum` (in-process)",
    "plcbundle-verify-process": "plcbundle repository verify vs `zstd -d | sha256sum` (whole process)",
    "fzb-vm-fib-upstream": "Fusabi VM fib(25) under upstream vs CPython's recursive fib(25)",
    "fzb-vm-fib-intended": "Fusabi VM fib(25) under intended vs CPython's recursive fib(25) (keep it)",
    "suite-serve-j1": "whole suite against the reference, serve mode, -j 1",
    "atheris-ach": "atheris exec/s, small inputs: ach",
    "atheris-fzb": "atheris exec/s, small inputs: fzb",
    "atheris-fzb-vm": "atheris exec/s, small inputs: fzb VM",
    "atheris-plcbundle": "atheris exec/s, small inputs: plcbundle",
}

OPS: dict[str, Callable[[float, float], bool]] = {"<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def best_of(repeat: int, action: Callable[[], Any]) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by whatever else the machine does."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat: int, *actions: Callable[[], Any]) -> list[float]:
    """The best of `repeat` rounds for each action, the actions alternating in every round, so that each sees
    the same machine load as the others (side by side, not one after the other)."""
    best = [float("inf")] * len(actions)
    for _ in range(repeat):
        for index, action in enumerate(actions):
            start = time.perf_counter()
            action()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def measure(what: str, value: float | None, unit: str = "s") -> dict[str, Any]:
    """One side of a row: what ran, the number, its unit ("s", "checks/s", "exec/s", ...)."""
    return {"what": what, "value": None if value is None else round(float(value), 6), "unit": unit}


def row(
    name: str,
    *,
    measured: dict[str, Any],
    baseline: dict[str, Any] | None,
    goal: str,
    ratio: float | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One row of the speed table.

    `goal` is "<op> <number>" or "ratio <op> <number>" (op `<=` or `>=`): either the ratio or the measured
    value itself (a rate such as checks/s) is held against the number. `ratio` defaults to measured / baseline
    (how many times the baseline's time: "N× slower"); pass it for an "as fast as" row (baseline / measured).
    `met` is None when the number the goal needs is missing (say, a tool the baseline needs is not installed).
    """
    words = goal.split()
    of = "ratio" if words[0] == "ratio" else "measured"
    op, target = words[-2], float(words[-1])
    if op not in OPS or len(words) not in (2, 3):
        raise ValueError(f"goal {goal!r}: expected '[ratio] <=|>= number'")
    if ratio is None and baseline is not None and baseline["value"] and measured["value"] is not None:
        ratio = measured["value"] / baseline["value"]
    checked = ratio if of == "ratio" else measured["value"]
    return {
        "name": name,
        "measured": measured,
        "baseline": baseline,
        "ratio": None if ratio is None else round(ratio, 3),
        "goal": {"of": of, "op": op, "value": target, "text": goal},
        "met": None if checked is None else OPS[op](checked, target),
        "note": note,
    }

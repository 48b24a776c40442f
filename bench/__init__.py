"""Benchmarks: each `bench/<name>.py` exposes `run() -> dict`; `make bench` runs them all (see __main__)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def best_of(repeat: int, action: Callable[[], Any]) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by whatever else the machine does."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)

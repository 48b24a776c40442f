"""Benchmark: the reference VM running `fib 25` (corpus/fzb-programs/fib.fzs) against CPython's own recursive
`fib(25)`, in the same process, alternating so that both see the same machine load.

    python bench/fzb_vm.py [--repeat R]

`run()` returns (seconds are the best of `repeat` runs):
- `cpython_s`: `def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)`; `fib(25)`;
- `intended_s`: `vm.execute` of the program under `intended`, decoding excluded, compiling to Python
  functions included (`engine` says which engine ran: "compiled" when the compiler took the program);
- `upstream_s`: the same under `upstream` (`compile_upstream`: the shared stack as a list, a virtual stack per block);
- `ratio_intended` = intended_s / cpython_s against the goal (≤ 20), and `ratio_upstream` likewise.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, row
from binfmt_conformance.reference_impl.fzb import api, asm, vm

PROGRAM = Path(__file__).resolve().parent.parent / "corpus" / "fzb-programs" / "fib.fzs"
GOAL = 20.0
INTENDED_GOAL = 12.0  # the issue: "intended is at 9×: keep it" (this much room for machine noise)


def cpython_fib(n: int) -> int:
    return n if n < 2 else cpython_fib(n - 1) + cpython_fib(n - 2)


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def run(repeat: int = 5, quick: bool = False) -> dict[str, Any]:
    if quick:
        repeat = 1
    chunk = api.deserialize_chunk(asm.assemble(PROGRAM.read_text(encoding="utf-8")))
    python_times, intended_times, upstream_times = [], [], []
    engine = upstream_engine = None
    for _ in range(repeat):  # interleaved: the three see the same machine load
        seconds, answer = timed(lambda: cpython_fib(25))
        assert answer == 75025
        python_times.append(seconds)
        seconds, outcome = timed(lambda: vm.execute(chunk, "intended"))
        assert outcome.result == 75025
        engine = outcome.engine
        intended_times.append(seconds)
        seconds, outcome = timed(lambda: vm.execute(chunk, "upstream"))
        assert outcome.result == 75025
        upstream_engine = outcome.engine
        upstream_times.append(seconds)
    cpython_s, intended_s, upstream_s = min(python_times), min(intended_times), min(upstream_times)
    cpython = measure("CPython recursive fib(25)", cpython_s)
    rows = [
        row(
            "fzb-vm-fib-upstream",
            measured=measure(f"vm.execute fib 25 under upstream ({upstream_engine})", upstream_s),
            baseline=cpython,
            goal=f"ratio <= {GOAL}",
        ),
        row(
            "fzb-vm-fib-intended",
            measured=measure(f"vm.execute fib 25 under intended ({engine})", intended_s),
            baseline=cpython,
            goal=f"ratio <= {INTENDED_GOAL}",
        ),
    ]
    return {
        "rows": rows,
        "program": "corpus/fzb-programs/fib.fzs (fib 25, 242785 calls)",
        "cpython_s": round(cpython_s, 4),
        "intended_s": round(intended_s, 4),
        "intended_engine": engine,
        "upstream_s": round(upstream_s, 4),
        "upstream_engine": upstream_engine,
        "ratio_intended": round(intended_s / cpython_s, 2),
        "ratio_upstream": round(upstream_s / cpython_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    print(json.dumps(run(parser.parse_args().repeat), indent=1))


if __name__ == "__main__":
    main()

"""Benchmark: the whole conformance suite against the reference testee, serve mode, one session (`-j 1`).

    python bench/suite.py [--quick]

`run()` runs `conformance run --impl reference --mode serve -j 1` as a subprocess (the command a user types)
and returns:
- `checks`, `wall_s` (the whole command, process start and planning included), `runner_s` (the run's own
  `seconds` in its JSON report) and `checks_per_s` = checks / wall_s against the goal (≥ 3,000);
- `seconds_by_format_kind`: the sum of the per-check seconds by format and kind (where the time goes).
`--quick` runs the first 5 checks of each format, kind and profile of one format (ach): the row's shape only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, row

GOAL = 3000


def run(quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as scratch:
        report = Path(scratch) / "run.json"
        command = [
            sys.executable,
            "-m",
            "binfmt_conformance.conformance.cli",
            "run",
            "--impl",
            "reference",
            "--mode",
            "serve",
        ]
        command += ["-j", "1", "-q", "--report", f"json:{report}"]
        if quick:
            command += ["--format", "ach", "--sample", "5"]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall_s = time.perf_counter() - start
        if not report.exists():
            raise RuntimeError(f"the suite wrote no report (exit {done.returncode}): {done.stderr[-2000:]}")
        data = json.loads(report.read_text(encoding="utf-8"))
    by_kind: dict[str, float] = defaultdict(float)
    for result in data["results"]:
        by_kind[f"{result['format']} {result['kind']}"] += result.get("seconds") or 0.0
    checks = len(data["results"])
    return {
        "rows": [
            row(
                "suite-serve-j1",
                measured=measure(
                    f"conformance run --impl reference --mode serve -j 1{' (quick sample)' if quick else ''}",
                    checks / wall_s,
                    "checks/s",
                ),
                baseline=None,
                goal=f">= {GOAL}",
                note=f"{checks} checks in {wall_s:.1f} s wall",
            )
        ],
        "checks": checks,
        "passed": data["summary"]["ok"],
        "wall_s": round(wall_s, 3),
        "runner_s": data["summary"]["seconds"],
        "checks_per_s": round(checks / wall_s, 1),
        "seconds_by_format_kind": {k: round(v, 3) for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])},
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick), indent=1))


if __name__ == "__main__":
    main()

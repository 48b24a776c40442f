"""Benchmark: atheris executions per second of the harnesses in fuzz/, on small inputs.

    python bench/atheris_rate.py [--quick] [--seconds S]

For each harness (ach, fzb, fzb_vm, plcbundle) `run()` starts `python fuzz/<harness>.py` as `make fuzz` does
(dictionary, seed corpus, budget), but with a fresh empty campaign folder and artifact folder in a temporary
directory (a bench run never grows fuzz/corpora/ or reports/fuzz/), `-max_len=512` (small inputs),
`-seed=1` and `-max_total_time=S`, and reads libFuzzer's final statistics: `exec_s` is
`stat::average_exec_per_sec` (executed units over the whole run, loading the seeds included, as the issue
measured it), `units` the inputs run. Goals: ≥ 5,000 exec/s (the VM ≥ 1,000).
`--quick` runs each harness for 1 second (the rows' shape only).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, row

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
HARNESSES = {"ach": 5000, "fzb": 5000, "fzb_vm": 1000, "plcbundle": 5000}
MAX_LEN = 512
STAT = re.compile(r"^stat::(\w+):\s+(\d+)", re.MULTILINE)


def one(harness: str, seconds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench-atheris-{harness}-") as scratch:
        campaign, artifacts = Path(scratch) / "corpus", Path(scratch) / "artifacts"
        campaign.mkdir()
        artifacts.mkdir()
        command = [sys.executable, str(FUZZ / f"{harness}.py"), f"-max_total_time={seconds}", f"-max_len={MAX_LEN}"]
        command += ["-seed=1", "-print_final_stats=1", f"-artifact_prefix={artifacts}/", str(campaign)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds * 10 + 300)
    stats = {name: int(value) for name, value in STAT.findall(done.stderr)}
    if done.returncode != 0 or "average_exec_per_sec" not in stats:
        raise RuntimeError(f"fuzz/{harness}.py exited {done.returncode}: {done.stderr[-1500:]}")
    return {"exec_s": stats["average_exec_per_sec"], "units": stats.get("number_of_executed_units"), **stats}


def run(quick: bool = False, seconds: int = 20) -> dict[str, Any]:
    seconds = 1 if quick else seconds
    result: dict[str, Any] = {"max_len": MAX_LEN, "seconds": seconds}
    rows = []
    for harness, goal in HARNESSES.items():
        numbers = one(harness, seconds)
        result[harness] = numbers
        name = "atheris-" + harness.replace("_", "-")
        what = f"fuzz/{harness}.py under atheris, -max_len={MAX_LEN}, {seconds} s"
        rows.append(row(name, measured=measure(what, numbers["exec_s"], "exec/s"), baseline=None, goal=f">= {goal}"))
    result["rows"] = rows
    return result


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.seconds), indent=1))


if __name__ == "__main__":
    main()

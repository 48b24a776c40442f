"""Run one decode in a child process fenced by `resource` limits, and report what it cost.

The child gets RLIMIT_CPU and RLIMIT_AS well above the budget a test asserts, so an attack that regresses makes
the test fail (killed, or over budget) instead of hanging the suite or swapping the machine. The child measures
its own CPU time and peak RSS around the call alone, so interpreter start-up and imports do not count; the
peak is the child's own high-water mark (VmHWM, reset before the call), never `ru_maxrss`, which Linux carries
across `exec` from the forked test process, so a grown test worker would be charged to the decode.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CPU_FENCE_SECONDS = 20
ADDRESS_SPACE_FENCE = 3 << 30

CHILD = r"""
import importlib, json, resource, sys, time
module, function = sys.argv[1].split(":")
call = getattr(importlib.import_module(module), function)
data = open(sys.argv[2], "rb").read()
args = json.loads(sys.argv[3])
from binfmt_conformance.formats.errors import FormatError
def peak_rss_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")  # resets VmHWM to the current RSS
except OSError:
    pass
start = time.process_time()
try:
    call(data, *args)
    outcome = {"outcome": "accept"}
except FormatError as exc:
    outcome = {"outcome": "reject", "error": exc.error_class.value, "message": exc.message[:300]}
outcome["cpu_seconds"] = time.process_time() - start
outcome["peak_rss_mib"] = peak_rss_mib()
print(json.dumps(outcome))
"""


@dataclass
class Cost:
    outcome: str
    error: str | None
    cpu_seconds: float
    peak_rss_mib: float
    message: str = ""


def fence() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_FENCE_SECONDS, CPU_FENCE_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_FENCE, ADDRESS_SPACE_FENCE))


def run_bounded(target: str, data: bytes, *args: object) -> Cost:
    """Call `module:function(data, *args)` in a fenced child; a child killed by a fence fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(data)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, target, str(path), json.dumps(args)],
            capture_output=True,
            text=True,
            cwd=REPO,
            preexec_fn=fence,
            timeout=CPU_FENCE_SECONDS * 3,
            check=False,
        )
    assert child.returncode == 0, f"decode died (exit {child.returncode}): {child.stderr[-2000:]}"
    answer = json.loads(child.stdout.strip().splitlines()[-1])
    return Cost(
        answer["outcome"], answer.get("error"), answer["cpu_seconds"], answer["peak_rss_mib"], answer.get("message", "")
    )


def assert_within(cost: Cost, cpu_seconds: float = 2.0, rss_mib: float = 512.0) -> None:
    assert cost.cpu_seconds < cpu_seconds, f"took {cost.cpu_seconds:.2f} s of CPU (budget {cpu_seconds} s)"
    assert cost.peak_rss_mib < rss_mib, f"peaked at {cost.peak_rss_mib:.0f} MiB (budget {rss_mib} MiB)"

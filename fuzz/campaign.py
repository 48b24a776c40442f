"""`make fuzz-campaign`: every harness, unattended, one after the other; the record goes to fuzz/CAMPAIGNS.md.

    .venv/bin/python -m binfmt_conformance.fuzz.campaign  # the recorded campaign (hours on one core)
    .venv/bin/python -m binfmt_conformance.fuzz.campaign --smoke 5  # 5 s per harness, recorded in reports/fuzz/
    .venv/bin/python -m binfmt_conformance.fuzz.campaign --only fzb_vm --runs 1000
    .venv/bin/python -m binfmt_conformance.fuzz.campaign --seconds 600  # the campaign's counts, but at most 600 s each

Reader harnesses run `READER_RUNS` inputs, interpreters (a harness that sets `INTERPRETER = True` or is
named `<format>_vm`) `INTERPRETER_RUNS`. Each run grows `fuzz/corpora/<harness>/` and writes crash inputs to
`reports/fuzz/<harness>/` (fuzz/harness.py); its record row says how many inputs ran, in how long, and which
crash inputs it left. A crash does not stop the campaign: the next harness runs, and the exit code is 1.

libFuzzer's `slow-unit-<sha1>` files are not crashes: libFuzzer writes one for any input whose call took
longer than `-report_slow_units` seconds of wall time, which on a loaded machine says little. Each is replayed
alone through its harness, whose crash rule measures CPU time against the cost model's budget
(`harness.check_one`): one over the budget is a budget finding and counts as a crash input; the others are
recorded separately, in the "slow units" column.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import fcntl
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from binfmt_conformance.fuzz import harness
from binfmt_conformance.reference_impl.files import atomic_write

READER_RUNS = 1_000_000
INTERPRETER_RUNS = 100_000
RECORD = harness.REPO_ROOT / "fuzz" / "CAMPAIGNS.md"
SMOKE_RECORD = harness.CRASH_ROOT / "campaign-smoke.md"
DONE = re.compile(r"^Done (\d+) (?:runs )?in (\d+) second", re.MULTILINE)
EXECUTED = re.compile(r"^#(\d+)\s", re.MULTILINE)
TABLE_HEAD = (
    "| date (UTC) | commit | harness | limit | inputs run | seconds | exec/s | crash inputs | slow units | exit |\n"
    "|---|---|---|---|---|---|---|---|---|---|\n"
)
SLOW_UNIT = "slow-unit-"  # libFuzzer's prefix for an input over -report_slow_units; every other artefact is a crash


@dataclass
class Run:
    harness: str
    limit: str
    executions: int
    seconds: float
    crashes: list[str]
    exit_code: int
    slow_units: list[str] = field(default_factory=list)  # slow-unit files within the budget

    def row(self, date: str, commit: str) -> str:
        rate = self.executions / self.seconds if self.seconds else 0.0
        crashes = ", ".join(self.crashes) or "0"
        return (
            f"| {date} | {commit} | {self.harness} | {self.limit} | {self.executions:,} | {self.seconds:.0f} | "
            f"{rate:.0f} | {crashes} | {len(self.slow_units)} | {self.exit_code} |\n"
        )


def is_interpreter(path: Path) -> bool:
    """An interpreter harness says `INTERPRETER = True`, or is named `<format>_vm`."""
    return path.stem.endswith("_vm") or "\nINTERPRETER = True" in path.read_text(encoding="utf-8")


def over_budget(path: Path, unit: Path) -> bool:
    """Whether replaying `unit` alone through the harness `path` breaks its crash rule (`OverBudget` past the
    cost model's CPU budget, or any other crash); artefacts of the replay go to a scratch folder."""
    with tempfile.TemporaryDirectory() as scratch:
        # -timeout=0: libFuzzer's wall-clock timeout would count the machine's load; check_one counts CPU
        replay = [sys.executable, str(path), "-timeout=0", f"-artifact_prefix={scratch}/", str(unit)]
        return subprocess.run(replay, cwd=harness.REPO_ROOT, capture_output=True).returncode != 0


def run_harness(path: Path, flags: list[str], timeout: float | None, crash_root: Path = harness.CRASH_ROOT) -> Run:
    name = path.stem
    crash_folder = crash_root / name
    before = set(crash_folder.iterdir()) if crash_folder.is_dir() else set()
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, str(path), *flags], cwd=harness.REPO_ROOT, capture_output=True, text=True, timeout=timeout
        )
        log, code = result.stderr, result.returncode
    except subprocess.TimeoutExpired as expired:
        log = (expired.stderr or b"").decode(errors="replace") if isinstance(expired.stderr, bytes) else ""
        code = -9
    seconds = time.monotonic() - started
    done = DONE.findall(log)
    executions = int(done[-1][0]) if done else max((int(n) for n in EXECUTED.findall(log)), default=0)
    after = set(crash_folder.iterdir()) if crash_folder.is_dir() else set()
    crashes, slow = [], []
    for artefact in sorted(after - before):
        if artefact.name.startswith(SLOW_UNIT) and not over_budget(path, artefact):
            slow.append(artefact)
        else:
            crashes.append(artefact)
    return Run(name, " ".join(flags), executions, seconds, [shown(p) for p in crashes], code, [shown(p) for p in slow])


def shown(path: Path) -> str:
    return path.relative_to(harness.REPO_ROOT).as_posix() if path.is_relative_to(harness.REPO_ROOT) else str(path)


def append_record(record: Path, runs: list[Run]) -> None:
    date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=harness.REPO_ROOT, capture_output=True, text=True
        ).stdout.strip()
        or "unknown"
    )
    record.parent.mkdir(parents=True, exist_ok=True)
    with record_lock(record):
        text = record.read_text(encoding="utf-8") if record.is_file() else "# Fuzzing campaigns (smoke runs)\n"
        if TABLE_HEAD not in text:
            text += "\n" + TABLE_HEAD
        text += "".join(run.row(date, commit) for run in runs)
        atomic_write(record, text.encode("utf-8"))  # a campaign killed while recording leaves the old record whole


@contextlib.contextmanager
def record_lock(record: Path) -> Iterator[None]:
    """Campaigns running side by side append one after the other: the lock is on the record's folder, whose
    inode the rename over the record does not replace (and which leaves no lock file behind)."""
    folder = os.open(record.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fuzz-campaign", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", type=int, metavar="SECONDS", help="each harness for this long (not recorded)")
    parser.add_argument("--runs", type=int, help="inputs per harness instead of the campaign's numbers")
    parser.add_argument(
        "--seconds", type=int, help="stop each harness after this long even short of its count (recorded as reached)"
    )
    parser.add_argument("--only", action="append", help="only this harness (repeatable)")
    parser.add_argument("--record", type=Path, help="append the record here instead")
    args = parser.parse_args(argv)
    record = args.record or (SMOKE_RECORD if args.smoke else RECORD)
    runs = []
    for path in harness.harness_files():
        if args.only and path.stem not in args.only:
            continue
        if args.smoke:
            flags, timeout = [f"-max_total_time={args.smoke}"], None
        else:
            count = args.runs or (INTERPRETER_RUNS if is_interpreter(path) else READER_RUNS)
            flags, timeout = [f"-atheris_runs={count}"], None
            if args.seconds:
                flags.append(f"-max_total_time={args.seconds}")
        print(f"fuzz-campaign: {path.stem} {' '.join(flags)}", flush=True)
        run = run_harness(path, flags, timeout)
        print(
            f"fuzz-campaign: {run.harness}: {run.executions:,} inputs in {run.seconds:.0f} s, "
            f"{len(run.crashes)} crash inputs, {len(run.slow_units)} slow units within the budget, "
            f"exit {run.exit_code}",
            flush=True,
        )
        runs.append(run)
        append_record(record, [run])  # row by row: a campaign stopped part way keeps what it ran
    print(f"fuzz-campaign: recorded in {record}")
    return 0 if all(r.exit_code == 0 and not r.crashes for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

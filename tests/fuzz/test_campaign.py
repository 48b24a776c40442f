"""`make fuzz-campaign` runs harnesses unattended and appends what they did to its record."""

from __future__ import annotations

import fcntl
import os
import re
import threading
from pathlib import Path

from binfmt_conformance.fuzz import campaign, harness


def test_campaign_runs_a_harness_and_appends_its_record(tmp_path: Path) -> None:
    record = tmp_path / "CAMPAIGNS.md"
    record.write_text("# Fuzzing campaigns\n\nwhat came before\n")
    assert campaign.main(["--only", "ach", "--runs", "300", "--record", str(record)]) == 0
    text = record.read_text()
    assert text.startswith("# Fuzzing campaigns\n\nwhat came before\n") and campaign.TABLE_HEAD in text
    rows = [line for line in text.splitlines() if line.startswith("| 20")]
    assert len(rows) == 1
    cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert cells[2:4] == ["ach", "-atheris_runs=300"]
    assert int(cells[4].replace(",", "")) >= 300 and cells[7:] == ["0", "0", "0"]
    assert re.fullmatch(r"[0-9a-f]{7,}|unknown", cells[1])


def test_campaigns_side_by_side_append_one_after_the_other(tmp_path: Path) -> None:
    """A campaign that finishes while another records waits for it: neither row overwrites the other."""
    record = tmp_path / "CAMPAIGNS.md"
    record.write_text("# Fuzzing campaigns\n")
    first = campaign.Run("first", "-atheris_runs=1", 1, 1.0, [], 0)
    second = campaign.Run("second", "-atheris_runs=1", 1, 1.0, [], 0)
    folder = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(folder, fcntl.LOCK_EX)  # as another campaign holds it while it records
    waiting = threading.Thread(target=campaign.append_record, args=(record, [second]), daemon=True)
    try:
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive() and "second" not in record.read_text()
        text = record.read_text() + campaign.TABLE_HEAD + first.row("2026-01-01 00:00", "abcdef0")
        record.write_text(text)  # the other campaign's row, written under the lock
    finally:
        os.close(folder)
    waiting.join(10)
    rows = [line.split("|")[3].strip() for line in record.read_text().splitlines() if line.startswith("| 20")]
    assert rows == ["first", "second"]


def test_interpreters_run_fewer_inputs_than_readers() -> None:
    kinds = {path.stem: campaign.is_interpreter(path) for path in harness.harness_files()}
    assert kinds["fzb_vm"] and not kinds["ach"] and not kinds["fzb"]
    assert campaign.INTERPRETER_RUNS == 100_000 and campaign.READER_RUNS == 1_000_000


FAKE_HARNESS = """
import sys
from pathlib import Path

CRASHES = Path({crashes!r})
if len(sys.argv) > 1 and Path(sys.argv[-1]).is_file():  # a replay: over the budget only for "over"
    sys.exit(1 if Path(sys.argv[-1]).read_bytes() == b"over" else 0)
CRASHES.mkdir(parents=True, exist_ok=True)
(CRASHES / "slow-unit-aaaa").write_bytes(b"near")  # slow on the wall clock, within the CPU budget
(CRASHES / "slow-unit-bbbb").write_bytes(b"over")  # over the budget when replayed alone
(CRASHES / "crash-cccc").write_bytes(b"boom")
print("Done 42 runs in 3 second(s)", file=sys.stderr)
"""


def test_slow_units_are_crashes_only_over_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "fake.py"
    path.write_text(FAKE_HARNESS.format(crashes=str(tmp_path / "reports" / "fake")))
    run = campaign.run_harness(path, ["-atheris_runs=42"], None, crash_root=tmp_path / "reports")
    names = {Path(p).name for p in run.crashes}
    assert names == {"slow-unit-bbbb", "crash-cccc"}
    assert [Path(p).name for p in run.slow_units] == ["slow-unit-aaaa"]
    assert run.executions == 42 and run.exit_code == 0
    cells = [cell.strip() for cell in run.row("2026-01-01 00:00", "abc1234").strip().strip("|").split("|")]
    assert cells[8] == "1"  # the slow unit within the budget, recorded apart from the crash inputs


def test_a_real_slow_unit_within_the_budget_replays_clean(tmp_path: Path) -> None:
    unit = tmp_path / "slow-unit-seed"
    unit.write_bytes(harness.seed_files("ach")[0].read_bytes())
    assert not campaign.over_budget(harness.REPO_ROOT / "fuzz" / "ach.py", unit)

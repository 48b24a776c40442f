"""`make fuzz-campaign` runs harnesses unattended and appends what they did to its record."""

from __future__ import annotations

import re
from pathlib import Path

from fuzz import campaign, harness


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
    assert int(cells[4].replace(",", "")) >= 300 and cells[7:] == ["0", "0"]
    assert re.fullmatch(r"[0-9a-f]{7,}|unknown", cells[1])


def test_interpreters_run_fewer_inputs_than_readers() -> None:
    kinds = {path.stem: campaign.is_interpreter(path) for path in harness.harness_files()}
    assert kinds["fzb_vm"] and not kinds["ach"] and not kinds["fzb"]
    assert campaign.INTERPRETER_RUNS == 100_000 and campaign.READER_RUNS == 1_000_000

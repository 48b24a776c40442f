"""Every inspector (`conformance <format> info`) reports a damaged file the same way: the summary when there is
one, then `error: <class>: <message>` on stderr and exit status 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from binfmt_conformance.conformance.cases import CORPUS_ROOT

DAMAGED = {
    "ach": (CORPUS_ROOT / "ach/real-world/test.ach", lambda data: data[:-1] + bytes([data[-1] ^ 1])),
    "fzb": (next(CORPUS_ROOT.glob("fzb/valid/chunk/*.fzb")), lambda data: data[:20]),
    "plcbundle": (next(CORPUS_ROOT.glob("plcbundle/valid/access/*.zst")), lambda data: data[:300]),
}
EXPECTED = {"ach": "checksum_mismatch", "fzb": "truncated", "plcbundle": "truncated"}


def info(path: Path, format_name: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "binfmt_conformance.conformance.cli", format_name, "info", str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


@pytest.mark.parametrize("format_name", sorted(DAMAGED))
def test_a_damaged_file_exits_1_with_its_error_class(format_name: str, tmp_path: Path) -> None:
    source, damage = DAMAGED[format_name]
    intact = info(source, format_name)
    assert intact.returncode == 0, intact.stderr
    damaged = tmp_path / source.name
    damaged.write_bytes(damage(source.read_bytes()))
    answer = info(damaged, format_name)
    assert answer.returncode == 1, answer.stdout
    assert answer.stderr.startswith(f"error: {EXPECTED[format_name]}: "), answer.stderr


def test_ach_info_still_shows_the_summary_of_a_file_whose_checksum_fails(tmp_path: Path) -> None:
    source, damage = DAMAGED["ach"]
    damaged = tmp_path / "damaged.ach"
    damaged.write_bytes(damage(source.read_bytes()))
    answer = info(damaged, "ach")
    assert "checksum:     MISMATCH" in answer.stdout and answer.returncode == 1

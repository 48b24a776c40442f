"""What the writers promise besides surviving kills: modes a user expects, no temporary left by a failed write,
no overwrite without being asked (issue 7)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from binfmt_conformance.formats.types import Variant
from binfmt_conformance.reference_impl import files
from binfmt_conformance.reference_impl.ach import api
from binfmt_conformance.reference_impl.fzb import cli as fzb_cli

SOURCE = ".fzb 1 current\n.constants\n  0: Int 42\n.code\n    LOAD_CONST 0\n    RETURN\n"


def test_a_new_file_gets_the_mode_of_a_plain_write_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        files.atomic_write(tmp_path / "new.bin", b"x")
        assert (tmp_path / "new.bin").stat().st_mode & 0o777 == 0o640
        (tmp_path / "old.bin").write_bytes(b"")
        os.chmod(tmp_path / "old.bin", 0o604)
        files.atomic_write(tmp_path / "old.bin", b"y")
        assert (tmp_path / "old.bin").stat().st_mode & 0o777 == 0o604
    finally:
        os.umask(previous)


def test_a_failed_save_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)  # fails after the temporary file is written
    with pytest.raises(OSError):
        api.save_environment({"x": Variant("Number", 1.0)}, tmp_path / "env.ach")
    assert list(tmp_path.iterdir()) == []


def test_temporaries_of_dead_writers_are_swept_and_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / f".env.ach.{2**22 + 12345}.abc{files.TEMP_SUFFIX}"
    live = tmp_path / f".env.ach.{os.getpid()}.abc{files.TEMP_SUFFIX}"
    dead.write_bytes(b"half")
    live.write_bytes(b"half")
    files.atomic_write(tmp_path / "env.ach", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["env.ach", live.name])


def test_fzb_asm_refuses_to_overwrite_without_force_and_never_overwrites_its_source(tmp_path: Path) -> None:
    source, out = tmp_path / "p.fzs", tmp_path / "p.fzb"
    source.write_text(SOURCE, encoding="utf-8")
    out.write_bytes(b"keep me")
    assert fzb_cli.main(["asm", str(source), "-o", str(out)]) == 2
    assert out.read_bytes() == b"keep me"
    assert fzb_cli.main(["asm", str(source), "-o", str(out), "--force"]) == 0
    assert out.read_bytes()[:4] == b"FZB\x01"
    assert fzb_cli.main(["asm", str(source), "-o", str(source), "--force"]) == 2
    assert source.read_text(encoding="utf-8") == SOURCE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.fzb", "p.fzs"]

"""The VM fuzzer's crash rule holds on a few hundred random chunks, and the harness entry point works."""

from __future__ import annotations

from fuzz import fzb_vm


def test_random_chunks_follow_the_crash_rule() -> None:
    assert fzb_vm.search(300, seed=2024) == 300


def test_atheris_entry_point() -> None:
    for data in (b"", b"\x00" * 8, bytes(range(64))):
        fzb_vm.test_one_input(data)

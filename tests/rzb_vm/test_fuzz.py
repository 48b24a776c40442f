"""The MIR fuzzer's crash rule holds on a few hundred random programs, and the atheris entry point works."""

from __future__ import annotations

from binfmt_conformance.fuzz import rzb_vm


def test_random_programs_follow_the_crash_rule() -> None:
    assert rzb_vm.search(400, seed=2026) == 400


def test_random_programs_reach_many_outcomes() -> None:
    import random

    seen = set()
    for run in range(300):
        seen.add(rzb_vm.outcome(rzb_vm.ProgramMaker(random.Random(f"reach/{run}")).bundle())[0])
    assert seen == {"ok", "error"}


def test_atheris_entry_point() -> None:
    for data in (b"", b"\x00" * 8, bytes(range(64))):
        rzb_vm.test_one_input(data)

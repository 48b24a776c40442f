"""Every corpus check against the reference implementation, in-process: the runner's own plan (every case
under every profile the reference declares, and the canonical encodes) judged by the runner's own judges."""

from __future__ import annotations

import pytest

from binfmt_conformance.conformance.execution import InProcessSession, run_check
from binfmt_conformance.conformance.plan import Check, Plan, build_plan
from binfmt_conformance.formats.protocol import PASS
from binfmt_conformance.reference_impl.testee import capabilities

CHECKS = build_plan(Plan(capabilities(), examples=0, mutations=0))


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_case(check: Check) -> None:
    result = run_check(InProcessSession(), check)
    assert result.status == PASS, f"expected {check.expected}, got {result.got}: {result.message}"


def test_every_case_runs_under_every_declared_profile() -> None:
    declared = capabilities()["formats"]
    profiles = {(c.case_id, c.profile) for c in CHECKS if c.kind != "encode"}
    fzb_valid = "fzb/valid/values/unit"
    assert {p for case, p in profiles if case == fzb_valid} == set(declared["fzb"]["profiles"]) - {"legacy-b248970"}
    ach_valid = "ach/valid/variants/null"
    assert {p for case, p in profiles if case == ach_valid} == set(declared["ach"]["profiles"])


def test_regen_check_is_clean() -> None:
    from binfmt_conformance.conformance import regen

    assert regen.regenerate(check=True) == []

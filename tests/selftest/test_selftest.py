"""`conformance selftest`: every seeded fault of the reference is caught by the checks it explains.

A survivor fails `make test`: a realistic implementer bug that no case catches is a missing corpus case.
The judge itself is checked on made-up results, so "caught" cannot mean "something failed".
"""

from __future__ import annotations

from collections import Counter

from binfmt_conformance.conformance import selftest
from binfmt_conformance.conformance.cases import CORPUS_ROOT
from binfmt_conformance.conformance.plan import Check
from binfmt_conformance.conformance.results import Result
from binfmt_conformance.conformance.testee import Request
from binfmt_conformance.reference_impl.faults import Fault, catalogue


def result(check_id: str, status: str, clauses: tuple[str, ...], kind: str = "decode") -> Result:
    check = Check(check_id, "ach", kind, None, Request("decode", "ach", None), lambda reply: ("", "", ""), clauses)
    return Result(check, status, "", "", None)


FAULT = Fault("f", "ach", "checksum never verified", ("ach.checksum.verify",), lambda: None)


def test_caught_only_when_the_failing_checks_are_explained() -> None:
    explained = result("ach/invalid/checksum/x", "fail", ("ach.checksum.verify",))
    passing = result("ach/valid/y", "pass", ("ach.header.magic",))
    assert selftest.judge(FAULT, [explained, passing]).caught
    assert not selftest.judge(FAULT, [passing]).caught  # nothing fails: it survives
    crash = result("ach/valid/z", "crash", ("ach.checksum.verify",))
    assert not selftest.judge(FAULT, [explained, crash]).caught  # a crash is no explanation
    other = result("ach/invalid/header/v", "fail", ("ach.header.version",))
    assert not selftest.judge(FAULT, [explained, other]).caught  # a failure the fault does not explain
    writer = Fault("w", "ach", "wide ints", ("ach.",), lambda: None, kinds=("encode",))
    assert not selftest.judge(writer, [result("ach/valid/a", "fail", ("ach.body",))]).caught
    assert selftest.judge(writer, [result("ach/valid/a#encode", "fail", ("ach.body",), "encode")]).caught


def test_a_failure_where_the_reference_rejects_by_an_explained_check_is_explained() -> None:
    valid = next(p for p in sorted((CORPUS_ROOT / "ach" / "valid").rglob("*.ach")))
    broken = bytearray(valid.read_bytes())
    broken[-1] ^= 1  # the last byte of the SHA-256: the reference rejects by ach.checksum.verify
    for data, caught in ((bytes(broken), True), (valid.read_bytes(), False)):
        request = Request("decode", "ach", None, data)
        check = Check("ach/x", "ach", "decode", None, request, lambda reply: ("", "", ""), ("ach.body",))
        assert selftest.judge(FAULT, [Result(check, "fail", "", "", None)]).caught is False  # no case cites it
        explained = result("ach/invalid/checksum/x", "fail", ("ach.checksum.verify",))
        assert selftest.judge(FAULT, [explained, Result(check, "fail", "", "", None)]).caught is caught


def test_every_format_has_at_least_eight_named_faults() -> None:
    faults = catalogue()
    assert len({f.name for f in faults}) == len(faults)
    counts = Counter(f.format for f in faults)
    assert all(counts[name] >= 8 for name in ("ach", "fzb", "plcbundle", "runmat-snapshot", "rzb")), counts


def test_every_seeded_fault_is_caught() -> None:
    verdicts = selftest.selftest(jobs=2)
    survivors = [v.line() for v in verdicts if not v.caught]
    assert not survivors, "\n".join(survivors)
    assert {v.fault.format for v in verdicts} >= {"ach", "fzb", "plcbundle", "runmat-snapshot", "rzb"}


def test_faults_of_a_non_default_profile_are_caught_under_that_profile() -> None:
    """A testee whose `strict` ach skips the checksum, whose `intended` fzb reads any version byte, or whose `go`
    plcbundle verifier skips the parent link passes every check of its default profile: only judging every
    declared profile catches it."""
    wanted = {
        "ach-strict-checksum-skipped": "strict",
        "fzb-intended-any-version": "intended",
        "plcbundle-go-parent-skipped": "go",
    }
    verdicts = selftest.selftest(names=list(wanted), jobs=2)
    assert {v.fault.name for v in verdicts} == set(wanted)
    for verdict in verdicts:
        assert verdict.caught, verdict.line()
        assert all(check_id.endswith("@" + wanted[verdict.fault.name]) for check_id in verdict.explained), verdict

"""`conformance fuzz`: differential fuzzing finds what a broken testee gets wrong and writes replayable cases.

The broken testee is tests/runner/testees/ignores-checksum (the reference with SHA-256 verification off). What
each finding must say is derived here from the bytes with hashlib, not from the engine: an `.ach` file whose
stored checksum does not match its body must be expected as `checksum_mismatch`.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from binfmt_conformance.conformance.cases import CORPUS_ROOT, load_cases
from binfmt_conformance.fuzz import differential
from binfmt_conformance.reference_impl.registry import get_format

REPO_ROOT = Path(__file__).resolve().parents[2]
BROKEN = str(REPO_ROOT / "tests" / "runner" / "testees" / "ignores-checksum")
HEADER, CHECKSUM = 64, 32  # spec/formats/ach.md


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus" / "ach", root / "ach")
    return root


def checksum_holds(data: bytes) -> bool:
    return len(data) >= HEADER + CHECKSUM and hashlib.sha256(data[HEADER:-CHECKSUM]).digest() == data[-CHECKSUM:]


def test_findings_against_a_testee_that_skips_the_checksum(corpus: Path) -> None:
    campaign = differential.fuzz(BROKEN, "ach", runs=250, seed=1, corpus_root=corpus)
    assert campaign.mode == "serve" and campaign.executions == 250
    accepted = [f for f in campaign.findings if f.signature.testee == "accept"]
    assert accepted, [differential.describe(f) for f in campaign.findings]
    for finding in campaign.findings:
        case = next(c for c in load_cases(corpus, ["ach"]) if c.id == finding.case_id)
        data = case.read_input()
        assert case.case_class == "fuzz-found" and data == finding.data
        # Every departure of this testee is a file with a broken checksum, expected as the reference rejects it.
        assert not checksum_holds(data)
        assert case.expectation_for("upstream").outcome == "reject"
        assert case.expectation_for("upstream").errors == ("checksum_mismatch",)
        assert "ach.checksum.verify" in case.clauses
        document = json.loads(case.expectation_path.read_text())
        assert set(document) <= {"description", "clauses", "expect", "profiles", "notes"}
    # Written findings are known to the next run: the same seed finds nothing new.
    again = differential.fuzz(BROKEN, "ach", runs=250, seed=1, corpus_root=corpus)
    assert not again.findings and again.duplicates >= len(campaign.findings)
    replays = differential.triage(BROKEN, ["ach"], corpus_root=corpus)
    assert {r.case.id for r in replays if not r.agrees} == {f.case_id for f in campaign.findings}
    assert all(r.agrees for r in differential.triage(None, ["ach"], corpus_root=corpus))


def test_a_finding_replays_through_the_runner(corpus: Path) -> None:
    campaign = differential.fuzz(BROKEN, "ach", runs=120, seed=2, corpus_root=corpus)
    finding = next(f for f in campaign.findings if f.signature.testee == "accept")
    from binfmt_conformance.conformance.execution import run_suite
    from binfmt_conformance.conformance.testee import Limits

    for impl, status in ((BROKEN, "fail"), ("reference", "pass")):
        outcome = run_suite(impl, limits=Limits(), case_id=finding.case_id, corpus_root=corpus, mode="per-case")
        statuses = {r.status for r in outcome.results}  # one check per profile the testee declares
        assert statuses == {status} and {r.check.case_id for r in outcome.results} == {finding.case_id}


def test_the_reference_agrees_with_itself(corpus: Path) -> None:
    campaign = differential.fuzz("reference", "ach", runs=150, seed=3, corpus_root=corpus, write=False)
    assert campaign.executions == 150 and not campaign.findings


def test_shrink_keeps_the_property_and_removes_the_rest() -> None:
    data = bytes(range(200))
    small = differential.shrink(data, lambda d: b"\x10\x11" in d)
    assert small == b"\x10\x11"


def test_signature_of_a_model_difference_is_its_first_path() -> None:
    want = differential.Verdict("accept", model={"a": [1, 2]})
    got = differential.Verdict("accept", model={"a": [1, 3]})
    signature = differential.disagreement("ach", "strict", want, got)
    assert signature == differential.Signature("ach.decode@strict:accepted", "accept", "model-differs", "$.a[1]")
    assert differential.disagreement("ach", "strict", want, want) is None
    reject = differential.Verdict("reject", "truncated", clause="ach.header.size")
    assert differential.disagreement("ach", "strict", reject, differential.Verdict("reject", "truncated")) is None
    crash = differential.disagreement("ach", "strict", reject, differential.Verdict("crash"))
    assert crash is not None and (crash.reference, crash.testee) == ("reject:truncated", "crash")


def test_past_the_references_limit_a_testee_may_answer_what_the_bytes_warrant() -> None:
    """conv.limits: a decoder with larger limits than the reference's goes on reading; whatever it then answers
    is no finding (a crash, a timeout or bad output still is). Below the reference's limit, a testee's
    limit_exceeded is one: the reference's limits are the spec's minimums."""
    limited = differential.Verdict("reject", "limit_exceeded", clause="fzb.limits.size")
    for answer in (
        differential.Verdict("reject", "truncated"),
        differential.Verdict("reject", "unknown_variant"),
        differential.Verdict("accept", model={"a": 1}),
    ):
        assert differential.disagreement("fzb", "upstream", limited, answer) is None
    for failure in ("crash", "timeout", "bad_output"):
        assert differential.disagreement("fzb", "upstream", limited, differential.Verdict(failure)) is not None
    accepted = differential.Verdict("accept", model={"a": 1})
    refused = differential.disagreement("fzb", "upstream", accepted, differential.Verdict("reject", "limit_exceeded"))
    assert refused is not None and refused.testee == "reject:limit_exceeded"


def test_a_count_past_the_end_may_meet_a_broken_item_first() -> None:
    """fzb/rzb/runmat-snapshot.wire.length and ach.body.encoding leave the order open: where the reference
    stops at a count the bytes left cannot hold (truncated), a testee reading the items one by one may answer
    the class the reference itself gives when it reads them so. Any other class, an acceptance and a crash
    still differ."""
    for case, profile, item_class in [
        ("fzb/real-world/hello-legacy.fzb", "upstream", "unknown_variant"),
        ("rzb/valid/structs/kitchen-sink-S2.rzb", "s0", "invalid_utf8"),
    ]:
        name = case.split("/")[0]
        want = differential.reference_verdict(get_format(name), (CORPUS_ROOT / case).read_bytes(), profile)
        assert (want.error, want.also) == ("truncated", (item_class,)), want
        for agreeing in ("truncated", item_class):
            assert differential.disagreement(name, profile, want, differential.Verdict("reject", agreeing)) is None
        for differing in (differential.Verdict("reject", "invalid_value"), differential.Verdict("crash")):
            assert differential.disagreement(name, profile, want, differing) is not None
        assert differential.disagreement(name, profile, want, differential.Verdict("accept", model={})) is not None
    for name, clause in differential.ORDER_OPEN.items():  # each names the clause that says so
        text = (REPO_ROOT / "spec" / "formats" / f"{name}.md").read_text(encoding="utf-8")
        definition = text[text.index(f"**[{clause}]**") :].split("\n\n")[0].split("- **[")[0]
        assert "order of the two checks is not fixed" in " ".join(definition.split()), clause

"""Both Kaitai testees meet every corpus expectation of their format under the `upstream` profile; the only
cases they may answer `unsupported` are the ones corpus/kaitai-skips.json lists, with a reason."""

from __future__ import annotations

import json
from typing import Any

from binfmt_conformance.conformance.cases import Case, load_cases
from binfmt_conformance.conformance.judge import outcome_verdict
from binfmt_conformance.conformance.testee import Reply, classify_exit
from binfmt_conformance.formats.protocol import CRASH, PASS, SKIP
from binfmt_conformance.reference_impl import kaitai_testee

from .conftest import REPO, js_decode_batch

SKIPS_FILE = REPO / "corpus" / "kaitai-skips.json"
PROFILE = "upstream"


def skips() -> dict[str, str]:
    return json.loads(SKIPS_FILE.read_text(encoding="utf-8"))


def decode_cases(format_name: str) -> list[Case]:
    """The corpus's decode cases of a format that say what `upstream` must do."""
    cases = [
        case
        for case in load_cases(formats=[format_name])
        if case.operation == "decode" and case.expectation_for(PROFILE) is not None
    ]
    assert cases, f"no {format_name} decode cases in the corpus"
    return cases


def verdict(case: Case, code: int, answer: Any) -> str | None:
    """Why the answer does not meet the case's expectation (None when it does), as the runner judges it."""
    expect = case.expectation_for(PROFILE)
    assert expect is not None
    judged = outcome_verdict(expect, classify_exit(Reply(CRASH), code, answer))
    if judged.status == SKIP:
        return None if case.id in skips() else f"unsupported but not on the skip list: {answer}"
    if case.id in skips():
        return "listed as skipped, but answered"
    return None if judged.status == PASS else f"{judged.got}: {judged.message[:200]}"


def test_skip_list_names_existing_cases_with_reasons() -> None:
    listed = skips()
    assert isinstance(listed, dict)
    known = {case.id for case in load_cases(formats=["ach", "fzb", "runmat-snapshot"])}
    for case_id, reason in listed.items():
        assert case_id in known, f"{case_id} is not a corpus case"
        assert isinstance(reason, str) and reason.strip(), f"{case_id} needs a reason"


def test_python_testee_meets_the_ach_corpus() -> None:
    failures = {}
    for case in decode_cases("ach"):
        code, answer = kaitai_testee.answer("decode", "ach", PROFILE, case.read_input())
        problem = verdict(case, code, answer)
        if problem:
            failures[case.id] = problem
    assert failures == {}


def test_js_testee_meets_the_fzb_corpus(node_ready: str) -> None:
    cases = decode_cases("fzb")
    answers = js_decode_batch(node_ready, [case.read_input() for case in cases])
    failures = {
        case.id: problem
        for case, (code, answer) in zip(cases, answers, strict=True)
        if (problem := verdict(case, code, answer))
    }
    assert failures == {}

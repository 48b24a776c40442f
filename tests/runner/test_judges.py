"""Judging replies, without processes: classes outside the vocabulary, float spellings, differential agreement."""

from __future__ import annotations

from conformance.cases import Expect
from conformance.judge import judge_agreement, judge_outcome
from conformance.testee import Reply
from formats.protocol import BAD_OUTPUT, FAIL, PASS, SKIP


def test_an_error_class_outside_the_vocabulary_is_bad_output() -> None:
    status, got, _ = judge_outcome(Expect("reject", errors=("bad_magic",)))(Reply("error", error="oops"))
    assert (status, got) == (BAD_OUTPUT, "reject:oops")
    status, _, _ = judge_agreement(Expect("reject", errors=("bad_magic",)))(Reply("error", error="not a class"))
    assert status == BAD_OUTPUT


def test_reject_with_another_class_fails_and_differential_accepts_any_class() -> None:
    expect = Expect("reject", errors=("bad_magic",))
    assert judge_outcome(expect)(Reply("error", error="truncated"))[0] == FAIL
    assert judge_agreement(expect)(Reply("error", error="truncated"))[0] == PASS
    assert judge_outcome(expect)(Reply("ok", model={}))[0] == FAIL


def test_floats_are_judged_by_bits() -> None:
    expect = Expect("accept", {"x": {"type": "f64", "value": "1e+16"}})
    assert judge_outcome(expect)(Reply("ok", model={"x": {"type": "f64", "value": "10000000000000000"}}))[0] == PASS
    assert judge_outcome(expect)(Reply("ok", model={"x": {"type": "f64", "value": "1e+15"}}))[0] == FAIL


def test_unsupported_is_a_skip_never_a_pass() -> None:
    assert judge_outcome(Expect("accept", {}))(Reply("unsupported", message="no"))[0] == SKIP

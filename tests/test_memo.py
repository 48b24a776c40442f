"""Remembered execute outcomes (reference_impl/memo.py) against fresh runs: on the corpus' execute cases under
every profile, in an order where later profiles hit what earlier ones stored, and on hypothesis-chosen
options and programs (errors included, such as a step limit the run passes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.conformance.cases import REPO_ROOT, load_cases
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.reference_impl import memo
from binfmt_conformance.reference_impl.registry import get_format


def outcome(action: Any) -> Any:
    try:
        return ("ok", action())
    except FormatError as error:
        return ("error", type(error), error.error_class, error.message, error.clause, error.offset)


def execute_cases(format_name: str, every: int, largest: int) -> list[Any]:
    cases = [
        c
        for c in load_cases(formats=[format_name])
        if c.operation == "execute" and not c.is_folder and c.input_path.stat().st_size <= largest
    ]
    return cases[::every]


@pytest.mark.parametrize(("format_name", "every", "largest"), [("fzb", 8, 4096), ("rzb", 16, 8192)])
def test_remembered_outcomes_are_the_fresh_outcomes_on_the_corpus(format_name: str, every: int, largest: int) -> None:
    fmt = get_format(format_name)
    cases = execute_cases(format_name, every, largest)
    assert len(cases) >= 5
    memo.clear()
    hits = memo.stats["hits"]
    for case in cases:
        data = case.read_input()
        for profile in fmt.profiles:
            run = lambda p=profile, d=data, o=case.options: fmt.operate("execute", p, d, dict(o))  # noqa: E731
            remembered = outcome(run)
            with memo.disabled():
                fresh = outcome(run)
            assert remembered == fresh, (case.id, profile)
    assert memo.stats["hits"] > hits  # profiles of one layout and semantics did share outcomes


PROGRAMS = sorted((REPO_ROOT / "corpus" / "fzb-programs").glob("*.fzs"))


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(PROGRAMS),
    st.sampled_from(["upstream", "strict", "intended"]),
    st.sampled_from(["upstream", "strict", "intended"]),
    st.fixed_dictionaries(
        {"step_limit": st.integers(1, 4000)},
        optional={"call_depth_limit": st.integers(1, 60), "value_size_limit": st.integers(1, 200)},
    ),
)
def test_a_remembered_fzb_run_is_a_fresh_run_whatever_the_options(
    program: Path, first: str, second: str, options: Any
) -> None:
    from binfmt_conformance.reference_impl.fzb import asm

    fmt = get_format("fzb")
    data = asm.assemble(program.read_text(encoding="utf-8"))
    outcome(lambda: fmt.operate("execute", first, data, dict(options)))  # may store what `second` reads
    remembered = outcome(lambda: fmt.operate("execute", second, data, dict(options)))
    with memo.disabled():
        fresh = outcome(lambda: fmt.operate("execute", second, data, dict(options)))
    assert remembered == fresh


def test_the_memo_is_bounded_and_hands_out_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    memo.clear()
    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    for index in range(5):
        memo.remembered(("k", index), lambda i=index: {"value": [i]})
    assert len(memo._entries) == 3
    first = memo.remembered(("k", 4), lambda: pytest.fail("not remembered"))
    first["value"].append("changed")
    assert memo.remembered(("k", 4), lambda: pytest.fail("not remembered")) == {"value": [4]}
    error = FormatError(ErrorClass.TRUNCATED, "short", "x.y")
    error.offset = 7

    def fail() -> Any:
        raise error

    with pytest.raises(FormatError):
        memo.remembered(("e",), fail)
    with pytest.raises(FormatError) as again:
        memo.remembered(("e",), lambda: pytest.fail("not remembered"))
    assert again.value is not error and again.value.offset == 7 and again.value.error_class is ErrorClass.TRUNCATED
    assert memo.remembered(None, lambda: 5) == 5
    memo.clear()

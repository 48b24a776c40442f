"""The step limit is exact (rzb.exec.limit.steps): a run whose last step, counted by hand, is its N-th gives its
own outcome under a limit of N or more and `step_limit_exceeded` under N - 1, wherever in a block, a loop or a
chain of calls that step is. The interpreter charges a block's steps when it enters it, so these programs put
the last step early in a block whose caller frames still have steps to run."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.corpus.generators.rzb_exec_cases import program, typed
from binfmt_conformance.corpus.generators.rzb_exec_mir import (
    I64,
    UNREACHABLE,
    Fn,
    Ins,
    binop,
    br,
    call,
    cmp,
    cond_br,
    const,
    i64,
    ins,
    phi,
    ret,
    string,
)
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.rzb import vm

# how the last function's exit block ends: its instructions, its terminator, the steps it runs (the last one
# is the fault, or the Return), and the outcome
ENDINGS: dict[str, tuple[list[Ins], Any, int, str]] = {
    "div": ([const(50, i64(0)), binop(51, "Div", 1, 50, I64)], ret(51), 2, "runtime_division_by_zero"),
    "mismatch": ([const(50, string("x")), binop(51, "Sub", 1, 50, I64)], ret(51), 2, "runtime_type_mismatch"),
    "panic": ([ins("Panic", message="stop")], ret(None), 1, "runtime_panic"),
    "unreachable": ([], UNREACHABLE, 1, "runtime_unreachable"),
    "return": ([binop(50, "Add", 4, 1, I64)], ret(50), 2, "ok"),
}


def chain(before: list[int], after: list[int], rounds: int, body: int, ending: str) -> tuple[dict[str, Any], int]:
    """Functions 1..k+1: function i runs `before[i]` Consts, calls i + 1, runs `after[i]` Adds and returns;
    the last one loops `rounds` times over `body` Adds and ends as `ENDINGS[ending]` says. Gives the bundle and
    the number of its last step."""
    functions = []
    steps = 0
    for index, (a, b) in enumerate(zip(before, after, strict=True)):
        f = Fn(index + 1, f"f{index + 1}", ret=I64)
        instructions = [const(10 + k, i64(k)) for k in range(a)]
        instructions.append(call(30, index + 2, [], I64))
        instructions += [binop(40 + k, "Add", 30, 30, I64) for k in range(b)]
        f.block(0, instructions, ret(30))
        functions.append(f)
        steps += a + 1  # the Consts and the call, before the callee's first step
    last = Fn(len(before) + 1, "last", ret=I64)
    last.block(0, [const(0, i64(0)), const(1, i64(rounds)), const(2, i64(1))], br(1))
    last.block(1, [cmp(6, "Lt", 4, 1)], cond_br(6, 2, 3), [phi(4, [(0, 0), (2, 7)], I64)])
    last.block(2, [*(binop(20 + k, "Add", 4, 2, I64) for k in range(body)), binop(7, "Add", 4, 2, I64)], br(1))
    exit_instructions, terminator, exit_steps, outcome = ENDINGS[ending]
    last.block(3, exit_instructions, terminator)
    functions.append(last)
    steps += 4 + 2 * (rounds + 1) + rounds * (body + 2) + exit_steps
    if outcome == "ok":
        steps += sum(b + 1 for b in after)  # the callers' Adds and Returns
    return program(*functions), steps


def verdict(bundle: dict[str, Any], limit: int) -> Any:
    try:
        return vm.execute_model(bundle, {"step_limit": limit})["result"]
    except FormatError as error:
        return error.error_class.value


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=4),
    st.integers(0, 4),
    st.integers(0, 3),
    st.sampled_from(sorted(ENDINGS)),
    st.integers(1, 50),
)
def test_the_last_step_decides(shape: list[tuple[int, int]], rounds: int, body: int, ending: str, more: int) -> None:
    bundle, last_step = chain([a for a, _ in shape], [b for _, b in shape], rounds, body, ending)
    outcome = ENDINGS[ending][3]
    expected = typed("i64", 2 * rounds) if outcome == "ok" else outcome
    assert verdict(bundle, last_step) == expected
    assert verdict(bundle, last_step + more) == expected
    assert verdict(bundle, last_step - 1) == "step_limit_exceeded"


def test_a_deep_chain_counts_every_frame() -> None:
    """Forty frames each with steps left after their call: the pending steps of every frame are discounted."""
    bundle, last_step = chain([2] * 40, [3] * 40, 5, 2, "div")
    assert last_step == 40 * 3 + 4 + 12 + 5 * 4 + 2
    assert verdict(bundle, last_step) == "runtime_division_by_zero"
    assert verdict(bundle, last_step - 1) == "step_limit_exceeded"

"""Limits and engines: options, exact boundaries, and the compiled engine giving up near a limit."""

from __future__ import annotations

import pytest

from binfmt_conformance.reference_impl.fzb import compile_py, vm
from tests.fzb_vm.helpers import chunk_of, error_class, program, result

FOUR_STEPS = program(["Int 1", "Int 2"], "LOAD_CONST 0", "LOAD_CONST 1", "ADD", "RETURN")


def test_options() -> None:
    assert vm.Limits.from_options({"step_limit": "7", "other": True}) == vm.Limits(step_limit=7)
    for bad in (0, -1, 1.5, True, "x"):
        with pytest.raises(ValueError):
            vm.Limits.from_options({"stack_limit": bad})


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_step_boundary(profile: str) -> None:
    assert result(FOUR_STEPS, profile, step_limit=4) == 3
    assert error_class(FOUR_STEPS, profile, step_limit=3) == "step_limit_exceeded"


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_compiled_engines_decide_the_step_limit_themselves(profile: str) -> None:
    assert error_class(FOUR_STEPS, profile, "compiled", step_limit=3) == "step_limit_exceeded"
    assert vm.execute(chunk_of(FOUR_STEPS), profile, {"step_limit": 4}, engine="compiled").result == 3


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_compiled_engines_give_up_near_the_stack_limit(profile: str) -> None:
    text = program(["Int 1"], "LOAD_CONST 0", "DUP", "DUP", "MAKE_TUPLE 3", "RETURN")
    with pytest.raises(compile_py.Bail):
        vm.execute(chunk_of(text), profile, {"stack_limit": 2}, engine="compiled")
    assert error_class(text, profile, stack_limit=2) == "stack_limit_exceeded"
    assert result(text, profile, stack_limit=3) == (1, 1, 1)


def test_programs_the_compiler_declines_run_interpreted() -> None:
    pushes = program(
        ["Int 0", "Int 1", "Int 3"],
        "LOAD_CONST 0",
        "STORE_LOCAL 0",
        "loop: LOAD_LOCAL 0",
        "LOAD_CONST 2",
        "LT",
        "JUMP_IF_FALSE done",
        "LOAD_LOCAL 0",
        "LOAD_LOCAL 0",
        "LOAD_CONST 1",
        "ADD",
        "STORE_LOCAL 0",
        "JUMP loop",
        "done: MAKE_TUPLE 4",
        "RETURN",
    )
    with pytest.raises(compile_py.NotCompilable):
        vm.execute(chunk_of(pushes), "intended", engine="compiled")
    outcome = vm.execute(chunk_of(pushes), "intended")
    assert (outcome.result, outcome.engine) == ((3, 0, 1, 2), "interpreter")


def test_deep_recursion_is_a_runtime_error_in_both_engines() -> None:
    forever = 'Closure(arity=1, name="f", chunk={\n .code\n  LOAD_LOCAL 0\n  LOAD_LOCAL 0\n  CALL 1\n  RETURN\n})'
    text = program([forever], "LOAD_CONST 0", "LOAD_CONST 0", "CALL 1", "RETURN")
    for engine in ("interpreter", "compiled"):
        assert error_class(text, "intended", engine, call_depth_limit=5000) == "call_depth_exceeded"
    assert error_class(text, "upstream", call_depth_limit=50_000, step_limit=10**6) == "call_depth_exceeded"

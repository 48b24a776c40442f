"""Instruction semantics under both execution semantics, with values worked out by hand from the spec."""

from __future__ import annotations

import math

import pytest

from binfmt_conformance.reference_impl.fzb.values import NIL, Array, ClosureValue, Cons, NativeFn, Record, VariantValue
from tests.fzb_vm.helpers import error_class, program, result, run

BOTH = ("upstream", "intended")
ENGINES = ("interpreter", "auto")


@pytest.mark.parametrize("profile", BOTH)
@pytest.mark.parametrize("engine", ENGINES)
def test_arithmetic_wraps_and_truncates(profile: str, engine: str) -> None:
    text = program(
        ["Int 9223372036854775807", "Int 1", "Int -7", "Int 2", "Float 1.5", "Float 0.25"],
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "ADD",  # i64::MAX + 1 = i64::MIN
        "LOAD_CONST 2",
        "LOAD_CONST 3",
        "DIV",  # -7 / 2 = -3 (toward zero)
        "LOAD_CONST 4",
        "LOAD_CONST 5",
        "DIV",  # 1.5 / 0.25 = 6.0
        "LOAD_CONST 2",
        "LOAD_CONST 3",
        "MUL",
        "MAKE_TUPLE 4",
        "RETURN",
    )
    assert result(text, profile, engine) == (-(2**63), -3, 6.0, -14)


@pytest.mark.parametrize("profile", BOTH)
def test_division_faults(profile: str) -> None:
    assert (
        error_class(program(["Int 1", "Int 0"], "LOAD_CONST 0", "LOAD_CONST 1", "DIV", "RETURN"), profile)
        == "runtime_division_by_zero"
    )
    assert (
        error_class(program(["Float 1.0", "Float -0.0"], "LOAD_CONST 0", "LOAD_CONST 1", "DIV", "RETURN"), profile)
        == "runtime_division_by_zero"
    )
    assert (
        error_class(
            program(["Int -9223372036854775808", "Int -1"], "LOAD_CONST 0", "LOAD_CONST 1", "DIV", "RETURN"), profile
        )
        == "runtime_integer_overflow"
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_no_mixed_arithmetic(engine: str) -> None:
    for left, right in (("Int 1", "Float 1.0"), ("Bool true", "Int 1"), ('Str "a"', 'Str "b"')):
        text = program([left, right], "LOAD_CONST 0", "LOAD_CONST 1", "ADD", "RETURN")
        assert error_class(text, "intended", engine) == "runtime_type_mismatch"


def test_comparisons_with_nan_are_false() -> None:
    text = program(
        ["Float nan 0x7ff8000000000000", "Float 1.0"],
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "LT",
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "GTE",
        "LOAD_CONST 0",
        "LOAD_CONST 0",
        "NEQ",
        "MAKE_TUPLE 3",
        "RETURN",
    )
    for engine in ENGINES:
        assert result(text, "intended", engine) == (False, False, True)


def test_equality_is_type_exact() -> None:
    text = program(
        ["Int 1", "Float 1.0", "Bool true", "Tuple [Int 1]", "Tuple [Bool true]"],
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "EQ",
        "LOAD_CONST 0",
        "LOAD_CONST 2",
        "EQ",
        "LOAD_CONST 3",
        "LOAD_CONST 4",
        "EQ",
        "MAKE_TUPLE 3",
        "RETURN",
    )
    for profile in BOTH:
        assert result(text, profile) == (False, False, False)


@pytest.mark.parametrize("profile", BOTH)
def test_checks_peek_but_check_variant_tag_pops(profile: str) -> None:
    text = program(
        ["Int 3", 'Variant(type_name="T", variant_name="A", fields=[])'],
        "LOAD_CONST 0",
        "CHECK_INT 3",
        "LOAD_CONST 1",
        'CHECK_VARIANT_TAG "A"',
        "MAKE_TUPLE 3",
        "RETURN",
    )
    assert result(text, profile) == (3, True, True)


@pytest.mark.parametrize("profile", BOTH)
def test_store_local_pads_with_unit(profile: str) -> None:
    text = program(
        ["Int 5"],
        "LOAD_CONST 0",
        "STORE_LOCAL 2",
        "LOAD_LOCAL 0",
        "LOAD_LOCAL 1",
        "LOAD_LOCAL 2",
        "MAKE_TUPLE 3",
        "RETURN",
    )
    assert result(text, profile) == (None, None, 5)


def test_make_record_first_pushed_pair_wins() -> None:
    text = program(
        ['Str "k"', "Int 1", "Int 2"],
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "LOAD_CONST 0",
        "LOAD_CONST 2",
        "MAKE_RECORD 2",
        "RETURN",
    )
    record = result(text)
    assert isinstance(record, Record) and record.fields == {"k": 1}


def test_lists_and_variants() -> None:
    text = program(
        ['Str "T"', 'Str "V"', "Int 1", "Int 2"],
        "LOAD_CONST 2",
        "LOAD_CONST 3",
        "MAKE_LIST 2",
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "LOAD_CONST 2",
        "MAKE_VARIANT 1",
        "MAKE_TUPLE 2",
        "RETURN",
    )
    items, variant = result(text, "intended")
    assert isinstance(items, Cons) and items.head == 1 and items.tail.head == 2 and items.tail.tail is NIL
    assert isinstance(variant, VariantValue) and (variant.type_name, variant.variant_name, variant.fields) == (
        "T",
        "V",
        (1,),
    )


def test_array_set_is_seen_through_every_copy() -> None:
    text = program(
        ["Int 1", "Int 0", "Int 8"],
        "LOAD_CONST 0",
        "MAKE_ARRAY 1",
        "DUP",
        "LOAD_CONST 1",
        "LOAD_CONST 2",
        "ARRAY_SET",
        "POP",
        "RETURN",
    )
    array = result(text, "intended")
    assert isinstance(array, Array) and array.items == [8]


# -- the differences between the semantics ------------------------------------------------------------------

CALLEE = 'Closure(arity=1, name="k", chunk={\n .constants\n  0: Int 99\n .code\n  LOAD_CONST 0\n  RETURN\n})'


def test_upstream_return_leaves_the_callee_frame() -> None:
    text = program([CALLEE, "Int 7"], "LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "MAKE_TUPLE 3", "RETURN")
    closure, argument, answer = result(text, "upstream")
    assert isinstance(closure, ClosureValue) and (argument, answer) == (7, 99)
    assert error_class(text, "intended") == "runtime_stack_underflow"
    assert result(program([CALLEE, "Int 7"], "LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "RETURN"), "intended") == 99


def test_native_call_leaves_the_function_upstream() -> None:
    text = program(
        ['Str "fst"', "Tuple [Int 1, Int 2]"], "LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "MAKE_TUPLE 2", "RETURN"
    )
    function, first = result(text, "upstream")
    assert isinstance(function, NativeFn) and function.name == "fst" and first == 1
    assert error_class(text, "intended") == "runtime_stack_underflow"


def test_closures_capture_only_under_intended() -> None:
    adder = 'Closure(arity=1, name="add", chunk={\n .code\n  LOAD_UPVALUE 0\n  LOAD_LOCAL 0\n  ADD\n  RETURN\n})'
    text = program([adder, "Int 40", "Int 2"], "LOAD_CONST 1", "MAKE_CLOSURE 0 1", "LOAD_CONST 2", "CALL 1", "RETURN")
    assert error_class(text, "upstream") == "runtime_invalid_index"
    for engine in ENGINES:
        assert result(text, "intended", engine) == 42


def test_store_upvalue_is_shared_by_copies_of_a_closure() -> None:
    tick = (
        'Closure(arity=0, name="tick", chunk={\n .constants\n  0: Int 1\n .code\n  LOAD_UPVALUE 0\n'
        "  LOAD_CONST 0\n  ADD\n  STORE_UPVALUE 0\n  LOAD_UPVALUE 0\n  RETURN\n})"
    )
    text = program(
        [tick, "Int 10"],
        "LOAD_CONST 1",
        "MAKE_CLOSURE 0 1",
        "STORE_LOCAL 0",
        "LOAD_LOCAL 0",
        "CALL 0",
        "POP",
        "LOAD_LOCAL 0",
        "STORE_LOCAL 1",
        "LOAD_LOCAL 1",
        "CALL 0",
        "RETURN",
    )
    for engine in ENGINES:
        assert result(text, "intended", engine) == 12


def test_tail_calls_do_not_grow_the_call_depth() -> None:
    loop = (
        'Closure(arity=2, name="loop", chunk={\n .constants\n  0: Int 0\n  1: Int 1\n .code\n'
        "  LOAD_LOCAL 1\n  LOAD_CONST 0\n  EQ\n  JUMP_IF_FALSE 2\n  LOAD_CONST 0\n  RETURN\n"
        "  LOAD_LOCAL 0\n  LOAD_LOCAL 0\n  LOAD_LOCAL 1\n  LOAD_CONST 1\n  SUB\n  TAIL_CALL 2\n})"
    )
    text = program([loop, "Int 50"], "LOAD_CONST 0", "LOAD_CONST 0", "LOAD_CONST 1", "CALL 2", "RETURN")
    assert error_class(text, "upstream") == "runtime_not_implemented"
    for engine in ENGINES:
        assert result(text, "intended", engine, call_depth_limit=3) == 0
    assert error_class(text.replace("TAIL_CALL 2", "CALL 2\n  RETURN"), "intended", call_depth_limit=3) == (
        "call_depth_exceeded"
    )


def test_frame_floor() -> None:
    greedy = 'Closure(arity=0, name="g", chunk={\n .code\n  POP\n  RETURN\n})'
    text = program(["Int 5", greedy], "LOAD_CONST 0", "LOAD_CONST 1", "CALL 0", "RETURN")
    assert result(text, "upstream") == 5  # popped the callee itself, then returned the caller's 5
    assert error_class(text, "intended") == "runtime_stack_underflow"


def test_floats_keep_their_bits_through_the_stack() -> None:
    outcome = run(
        program(
            ["Float nan 0x7ff8000000000abc", "Float -0.0"], "LOAD_CONST 0", "LOAD_CONST 1", "MAKE_TUPLE 2", "RETURN"
        ),
        "intended",
    )
    value, zero = outcome.result
    assert math.isnan(value) and math.copysign(1.0, zero) == -1.0

"""Whole-value operations: Display (Rust's float formatting included), equality, result conversion; deep,
shared and cyclic values end in value_size_exceeded, never in a RecursionError."""

from __future__ import annotations

import pytest

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.fzb.values import (
    NIL,
    Array,
    Cons,
    MapValue,
    Record,
    VariantValue,
    display,
    equal,
    float_display,
    to_wire,
    wrap_i64,
)

# Rust's `format!("{}", x)` for f64, written out by hand.
RUST_FLOATS = [
    (1.0, "1"),
    (-0.0, "-0"),
    (0.1, "0.1"),
    (0.1 + 0.2, "0.30000000000000004"),
    (1e21, "1000000000000000000000"),
    (1e-7, "0.0000001"),
    (123456789.125, "123456789.125"),
    (2.5e-3, "0.0025"),
    (float("inf"), "inf"),
    (float("-inf"), "-inf"),
    (float("nan"), "NaN"),
    (1e100, "1" + "0" * 100),
]


@pytest.mark.parametrize(("value", "text"), RUST_FLOATS)
def test_float_display_is_rusts(value: float, text: str) -> None:
    assert float_display(value) == text


def test_display_of_containers() -> None:
    value = (
        1,
        "a",
        None,
        Cons(1, Cons(2, NIL)),
        Array([]),
        Record({"b": 2, "a": True}),
        MapValue({}),
        VariantValue("T", "V", (1.5,)),
        Cons(1, 2),
    )
    assert display(value, 1000) == "(1, a, (), [1; 2], [||], { a = true; b = 2 }, Map [], V(1.5), Cons(1, 2))"


def test_wrap() -> None:
    assert wrap_i64(2**63) == -(2**63)
    assert wrap_i64(-(2**63) - 1) == 2**63 - 1
    assert wrap_i64(2**64 + 5) == 5


def test_cyclic_array_is_bounded() -> None:
    left, right = Array([]), Array([])
    left.items.append(left)
    right.items.append(right)
    for operation in (lambda: equal(left, right, 10_000), lambda: display(left, 10_000), lambda: to_wire(left, 10_000)):
        with pytest.raises(FormatError) as caught:
            operation()
        assert caught.value.error_class.value == "value_size_exceeded"
    assert equal(left, left, 10) is True  # the same shared array


def test_long_list_is_fine_for_display_but_not_as_a_result() -> None:
    items = NIL
    for i in range(100_000):
        items = Cons(i, items)
    assert items.length == 100_000
    assert display(items, 10**7).startswith("[99999; 99998")
    with pytest.raises(FormatError):
        to_wire(items, 10**7)


def test_equality_visits_are_budgeted() -> None:
    shared = (1,)
    other = (1,)
    for _ in range(40):
        shared, other = (shared, shared), (other, other)
    with pytest.raises(FormatError) as caught:
        equal(shared, other, 50_000)
    assert caught.value.error_class.value == "value_size_exceeded"

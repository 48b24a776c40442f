"""The runtime functions' fast paths (inline at the call site and `Runtime.fast_paths`) agree with their full
bodies: on every synthetic corpus program, on random fuzzer programs, and on hypothesis-built memory states
that reach every early exit of the fast paths (missing header cells, odd cell types, bad indices)."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.corpus.generators import rzb_exec_cases
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.fuzz import rzb_vm as fuzzer
from binfmt_conformance.reference_impl.rzb import runtime as rt
from binfmt_conformance.reference_impl.rzb import vm

PROGRAMS = rzb_exec_cases.programs()


def run(bundle: dict[str, Any], options: dict[str, Any] | None, fast: bool) -> tuple[Any, ...]:
    try:
        outcome = vm.execute(copy.deepcopy(bundle), options, fast=fast)
    except FormatError as error:
        return ("error", error.error_class, error.clause)
    return ("ok", vm.result_model(outcome.result, outcome.return_type), outcome.stdout, outcome.steps)


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.path for p in PROGRAMS])
def test_corpus_programs_agree(program: rzb_exec_cases.Program) -> None:
    assert run(program.bundle, program.options, True) == run(program.bundle, program.options, False)


def test_fuzzer_programs_agree() -> None:
    outcomes = set()
    for index in range(150):
        bundle = fuzzer.ProgramMaker(random.Random(f"fast-paths/{index}")).bundle()
        fast = run(bundle, fuzzer.LIMITS, True)
        assert fast == run(bundle, fuzzer.LIMITS, False), index
        outcomes.add(fast[0])
    assert outcomes == {"ok", "error"}


# -- the runtime functions one by one, on random memory --------------------------------------------------

BASE = rt.FIRST_ADDRESS
CELL = st.one_of(
    st.integers(-3, 12),
    st.sampled_from([BASE, BASE + 8, BASE + 64, 2**63, -(2**63), 0]),
    st.floats(allow_nan=False, width=32) | st.just(1.0),
    st.booleans(),
    st.just(rt.RString("s")),
)
ADDRESS = st.one_of(st.sampled_from([0, BASE, BASE + 8, BASE + 16, BASE + 32, BASE + 64, BASE + 3]), CELL)


@st.composite
def memories(draw: st.DrawFn) -> dict[int, Any]:
    """Cells over a few slots from BASE: a plausible HaxeArray header at BASE, data at BASE + 64, then holes
    and odd values where hypothesis puts them."""
    cells: dict[int, Any] = {BASE: BASE + 64, BASE + 8: 2, BASE + 16: 4, BASE + 24: 8}
    for slot in range(8):
        cells[BASE + 64 + slot * 8] = slot * 10
    for address in draw(st.lists(st.sampled_from(sorted(cells)), max_size=3, unique=True)):
        del cells[address]
    cells.update(draw(st.dictionaries(st.sampled_from(range(BASE, BASE + 128, 8)), CELL, max_size=3)))
    return cells


def world_of(cells: dict[int, Any]) -> rt.Runtime:
    world = rt.Runtime(1 << 20, 1 << 20)
    world.memory.bases.append(BASE)
    world.memory.sizes[BASE] = 128
    world.memory.next_address = BASE + 256
    world.memory.cells.update(cells)
    world.vtables.update({2: [rt.FuncRef(7, "f"), 0], 1: [0]})
    return world


def call(cells: dict[int, Any], name: str, args: tuple[Any, ...], fast: bool) -> tuple[Any, ...]:
    world = world_of(cells)
    function, _ = world.bound(name, fast=fast)  # type: ignore[misc]
    try:
        result: Any = ("ok", function(*args))
    except FormatError as error:
        result = ("error", error.error_class)
    except (TypeError, KeyError, IndexError, ValueError, OverflowError) as error:
        result = ("python", type(error).__name__)
    if result[0] == "ok" and type(result[1]) is rt.FuncRef:
        result = ("ok", result[1].id)
    return (*result, world.memory.cells)


@settings(max_examples=300, deadline=None)
@given(memories(), ADDRESS, CELL, CELL)
def test_runtime_fast_paths_agree_with_the_full_bodies(cells: dict[int, Any], arr: Any, index: Any, value: Any) -> None:
    calls = {
        "haxe_vtable_lookup": (arr, index),
        "haxe_array_get_ptr": (arr, index),
        "haxe_array_length": (arr,),
        "haxe_array_push_i64": (arr, value),
        "haxe_array_pop_i64": (arr,),
        "haxe_array_get_i64": (arr, index),
        "malloc": (index,),
    }
    for name, args in calls.items():
        fast, exact = call(cells, name, args, True), call(cells, name, args, False)
        if fast[0] == "error" or exact[0] == "error":  # a fault ends the run: the cells left do not matter
            fast, exact = fast[:2], exact[:2]
        assert fast == exact, name

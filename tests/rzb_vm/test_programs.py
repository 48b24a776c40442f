"""The synthetic MIR programs (corpus/generators/rzb_exec_cases.py) give the outcomes written out from the spec."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import rzb_exec_cases
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.rzb import vm

PROGRAMS = rzb_exec_cases.programs()


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.path for p in PROGRAMS])
def test_program_outcome(program: rzb_exec_cases.Program) -> None:
    expect = program.expect
    if expect.outcome == "accept":
        assert vm.execute_model(program.bundle, program.options) == expect.model
    else:
        with pytest.raises(FormatError) as caught:
            vm.execute_model(program.bundle, program.options)
        assert caught.value.error_class.value in expect.errors, caught.value.message


def test_paths_are_unique_and_every_program_cites_a_clause() -> None:
    paths = [p.path for p in PROGRAMS]
    assert len(paths) == len(set(paths))
    assert all(p.clauses for p in PROGRAMS)


def test_a_run_leaves_the_recursion_limit_as_it_found_it() -> None:
    import sys

    before = sys.getrecursionlimit()
    deep = next(p for p in PROGRAMS if p.path == "limit/infinite-recursion")
    with pytest.raises(FormatError):
        vm.execute(deep.bundle, deep.options)
    assert sys.getrecursionlimit() == before

"""Register substitution in the compiled MIR (vm_compile.FunctionCompiler) is exact: a definition is spelled at
its uses only where it has run at every one of them, so a read ahead of a write fails at its own step
(rzb.exec.frame.registers, rzb.exec.limit.steps) and a copy keeps what it copied (rzb.exec.copy)."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import rzb_exec_cases
from binfmt_conformance.corpus.generators.rzb_exec_mir import I64, Fn, binop, br, const, copy, ret
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.rzb import runtime as rt
from binfmt_conformance.reference_impl.rzb import vm
from binfmt_conformance.reference_impl.rzb.vm_compile import CallTable, Constants, FunctionCompiler

ORDER = [p for p in rzb_exec_cases.register_order() if p.options.get("step_limit", 0) > 1]


def error_of(bundle: dict, options: dict) -> str:
    with pytest.raises(FormatError) as caught:
        vm.execute_model(bundle, options)
    return caught.value.error_class.value


@pytest.mark.parametrize("program", ORDER, ids=[p.path for p in ORDER])
def test_the_fault_is_at_the_step_that_reads(program: rzb_exec_cases.Program) -> None:
    # the case's limit is the faulting step, counted by hand: one less and the run passes the limit first
    limit = program.options["step_limit"]
    assert error_of(program.bundle, {"step_limit": limit}) == "runtime_undefined_register"
    assert error_of(program.bundle, {"step_limit": limit - 1}) == "step_limit_exceeded"


def compiled(function: Fn) -> FunctionCompiler:
    bundle = rzb_exec_cases.program(function)
    program = vm.program_of(bundle)
    world = rt.Runtime(1 << 20, 1 << 20)
    names: dict = {}
    compiler = FunctionCompiler(program.functions[1], program, Constants(world, {}), CallTable(program, world, names))
    compiler.compile("F1")
    return compiler


def test_definitions_that_dominate_their_uses_are_still_substituted() -> None:
    # block 0 dominates block 1: the Const and the Copy of it are spelled where they are read
    straight = Fn(1, "main", ret=I64)
    straight.block(0, [const(0, rzb_exec_cases.i64(4)), copy(1, 0, I64)], br(1))
    straight.block(1, [binop(2, "Add", 1, 1, I64)], ret(2))
    compiler = compiled(straight)
    assert compiler.substitute == {0: ("const", "4"), 1: ("alias", 0)}
    assert any("r2 = 4 + 4" in line for line in compiler.lines)


def test_a_read_ahead_of_its_definition_is_not_substituted() -> None:
    ahead = Fn(1, "main", ret=I64)
    ahead.block(0, [copy(1, 0, I64), const(0, rzb_exec_cases.i64(3)), binop(2, "Add", 1, 0, I64)], ret(2))
    compiler = compiled(ahead)
    # the Copy reads r0 before its Const writes it: neither is spelled at its uses
    assert compiler.substitute == {}

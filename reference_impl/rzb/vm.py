"""The Rayzor MIR interpreter: runs a decoded bundle (spec/formats/rzb-execution.md).

A run compiles every function of the bundle to one Python function (`vm_compile.py`), in one namespace that
holds the memory cells, the globals, the step and depth counters and the runtime functions, then performs the
startup of `rzb.exec.startup`: each module's first `__vtable_init__`, then its first `__init__`, then the entry
function. Python faults that the generated code can raise are the runtime classes of the chapter
(`PYTHON_FAULTS`); a run that has passed its step limit reports that, whatever fault it met afterwards, and a
run that meets a fault within its limit reports the fault: the steps it executed are counted exactly, up to the
faulting instruction (`Namespace.check_steps`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.reference_impl.rzb import runtime as rt
from binfmt_conformance.reference_impl.rzb.vm_compile import Namespace, Program, compile_program


@dataclass(frozen=True)
class Limits:
    """Bounds on every run (rzb.exec.limit.*); options of the `execute` operation override them."""

    step_limit: int = 100_000_000
    call_depth_limit: int = 1000
    memory_limit: int = 1 << 24  # bytes of blocks, strings and vtables together
    output_limit: int = 1 << 24  # characters written by trace

    @classmethod
    def from_options(cls, options: dict[str, Any] | None) -> Limits:
        chosen: dict[str, int] = {}
        for item in fields(cls):
            raw = (options or {}).get(item.name)
            if raw is None:
                continue
            if isinstance(raw, str) and raw.isdigit():
                raw = int(raw)
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
                raise ValueError(f"option {item.name} must be a positive integer, got {raw!r}")
            chosen[item.name] = raw
        return cls(**chosen)


@dataclass
class Outcome:
    result: Any  # the entry function's return value (a run-time value)
    return_type: Any  # the entry function's declared return type (an IrType value)
    stdout: str
    steps: int


# Python exceptions the generated code raises for a program fault, and the runtime class each one is.
PYTHON_FAULTS: tuple[tuple[type[BaseException], ErrorClass, str], ...] = (
    (NameError, ErrorClass.RUNTIME_UNDEFINED_REGISTER, "rzb.exec.frame.registers"),
    (KeyError, ErrorClass.RUNTIME_INVALID_ADDRESS, "rzb.exec.memory.cells"),
    (IndexError, ErrorClass.RUNTIME_INVALID_INDEX, "rzb.exec.aggregate.extract"),
    (RecursionError, ErrorClass.CALL_DEPTH_EXCEEDED, "rzb.exec.limit.call-depth"),
    (MemoryError, ErrorClass.MEMORY_LIMIT_EXCEEDED, "rzb.exec.limit.memory"),
    (ZeroDivisionError, ErrorClass.RUNTIME_DIVISION_BY_ZERO, "rzb.exec.int.div"),
    ((TypeError, AttributeError, ValueError, OverflowError), ErrorClass.RUNTIME_TYPE_MISMATCH, "rzb.exec.value.kinds"),
)


def program_of(bundle: dict[str, Any]) -> Program:
    """Functions, externs and globals of every module, in one id space; the first module declaring an id wins
    (rzb.exec.startup.ids)."""
    program = Program(bundle.get("entry_function_id"))
    for module in bundle["modules"]:
        for function_id, function in module["functions"]:
            program.functions.setdefault(function_id, function)
        for function_id, extern in module["extern_functions"]:
            program.externs.setdefault(function_id, extern)
        for global_id, declaration in module["globals"]:
            program.globals.setdefault(global_id, declaration)
        program.modules.append(module)
    return program


def startup_order(program: Program) -> list[int]:
    """Per module in order: the lowest-id function named `__vtable_init__`, then the lowest-id `__init__`."""
    order = []
    for module in program.modules:
        ids = sorted(function_id for function_id, _ in module["functions"])
        named = {function_id: f["name"] for function_id, f in module["functions"]}
        for wanted in ("__vtable_init__", "__init__"):
            first = next((i for i in ids if named[i] == wanted), None)
            if first is not None:
                order.append(first)
    return order


def execute(bundle: dict[str, Any], options: dict[str, Any] | None = None, *, fast: bool = True) -> Outcome:
    """Run a decoded `RayzorBundle`; program faults raise FormatError with a runtime class.

    `fast=False` runs without the runtime functions' fast paths (inline at call sites and in
    `Runtime.fast_paths`): the exact path that tests compare the fast one with."""
    limits = Limits.from_options(options)
    program = program_of(bundle)
    if program.entry is None:
        raise FormatError(
            ErrorClass.RUNTIME_UNDEFINED_FUNCTION, "Bundle has no entry function", "rzb.exec.startup.entry"
        )
    if program.entry not in program.functions:
        message = f"entry function {program.entry} is not in any module"
        raise FormatError(ErrorClass.RUNTIME_UNDEFINED_FUNCTION, message, "rzb.exec.startup.entry")
    world = rt.Runtime(limits.memory_limit, limits.output_limit)
    namespace = compile_program(program, world, limits.step_limit, limits.call_depth_limit, fast=fast)
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, limits.call_depth_limit * 2 + 2000))
    try:
        result = run_guarded(namespace, [*startup_order(program), program.entry])
    finally:
        sys.setrecursionlimit(old_limit)
    entry = program.functions[program.entry]
    return Outcome(result, entry["signature"]["return_type"], "".join(world.output), namespace.steps())


def run_guarded(namespace: Namespace, function_ids: list[int]) -> Any:
    result: Any = 0
    try:
        for function_id in function_ids:
            result = namespace.function(function_id)()
    except FormatError as error:
        namespace.check_steps(error.__traceback__)
        raise
    except Exception as error:  # the generated code's faults, classified (PYTHON_FAULTS)
        namespace.check_steps(error.__traceback__)
        for kinds, error_class, clause in PYTHON_FAULTS:
            if isinstance(error, kinds):
                raise FormatError(error_class, f"{type(error).__name__}: {error}", clause) from None
        raise
    namespace.check_steps()
    return result


# -- the result model (rzb.exec.result) ---------------------------------------------------------------------


def result_model(value: Any, return_type: Any) -> Any:
    """The entry function's return value as JSON: null for Void, typed integers and floats, strings by text;
    other references only by kind, since addresses are the implementation's own."""
    name = return_type.name if isinstance(return_type, t.Variant) else "Any"
    if name == "Void":
        return None
    if name == "Bool":
        return rt.truth(value)
    if name in rt.INT_WIDTHS and type(value) in (int, bool):
        return {"type": name.lower(), "value": str(rt.WRAP[name](value))}
    if name in ("F32", "F64") and type(value) in (int, float, bool):
        number = float(value)
        return model.float_text(rt.to_f32(number) if name == "F32" else number, 32 if name == "F32" else 64)
    if type(value) is rt.RString:
        return {"type": "string", "value": value.text}
    if value == 0 and type(value) in (int, bool):
        return {"type": "null"}
    return {"type": "reference"}


def execute_model(bundle: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """The `execute` operation: `{"result": <model of the return value>, "stdout": "..."}`."""
    outcome = execute(bundle, options)
    return {"result": result_model(outcome.result, outcome.return_type), "stdout": outcome.stdout}

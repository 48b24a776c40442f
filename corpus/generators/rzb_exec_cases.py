"""Synthetic MIR programs for the `execute rzb` cases: what the real bundles do not reach.

One program per rule of spec/formats/rzb-execution.md that the four benchmark bundles leave untested: each
instruction, terminator, call kind, runtime function, runtime error and limit. Every expected result is
written out here by hand from the chapter's clauses (floats through `struct`/`math`, never through the
interpreter); `corpus/generators/rzb_exec.py` turns them into corpus cases and `tests/rzb_vm` runs them.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from binfmt_conformance.conformance.cases import Expect
from binfmt_conformance.corpus.generators.rzb_exec_mir import (
    F32,
    F64,
    I32,
    I64,
    NULL,
    U8,
    U64,
    UNREACHABLE,
    Bool,
    Fn,
    Ins,
    Str,
    V,
    Void,
    alloc,
    binop,
    bitcast,
    boolean,
    br,
    bundle,
    call,
    call_indirect,
    cast,
    cmp,
    cond_br,
    const,
    copy,
    extern,
    extern_c,
    f64,
    fn_type,
    free,
    function_ref,
    gep,
    global_var,
    i32,
    i64,
    ins,
    load,
    load_global,
    module,
    phi,
    ptr,
    ptr_add,
    ret,
    select,
    store,
    store_global,
    string,
    switch,
    u64,
    unop,
    vector,
)
from binfmt_conformance.formats import model


@dataclass
class Program:
    path: str  # under execute/
    description: str
    clauses: list[str]
    bundle: dict[str, Any]
    expect: Expect
    options: dict[str, Any] = field(default_factory=dict)


def ok(result: Any, stdout: str = "") -> Expect:
    return Expect("accept", {"result": result, "stdout": stdout})


def fails(error_class: str) -> Expect:
    return Expect("reject", errors=(error_class,))


def typed(name: str, value: int) -> dict[str, str]:
    return {"type": name, "value": str(value)}


def double(value: float) -> dict[str, str]:
    if math.isinf(value):
        return {"type": "f64", "value": "inf" if value > 0 else "-inf"}
    return {"type": "f64", "value": repr(value)}


def single(value: float) -> float:
    return struct.unpack("<f", struct.pack("<f", value))[0]


# Runtime function ids, declared the way the bundler declares them (kind ExternC, no blocks).
RUNTIME = {
    "haxe_string_concat": (100, [ptr(Str), ptr(Str)], ptr(Str)),
    "haxe_string_from_int": (101, [I64], Str),
    "haxe_trace_string_struct": (102, [ptr(Str)], Void),
    "haxe_std_int": (103, [F64], I64),
    "haxe_math_abs": (104, [F64], F64),
    "haxe_math_sqrt": (105, [F64], F64),
    "haxe_array_push_i64": (106, [ptr(Void), I64], Void),
    "haxe_array_set_i64": (107, [ptr(Void), I64, I64], Bool),
    "haxe_array_get_i64": (108, [ptr(Void), I64], I64),
    "haxe_array_get_ptr": (109, [ptr(Void), I64], ptr(U8)),
    "haxe_array_length": (110, [ptr(Void)], I64),
    "haxe_array_pop_i64": (111, [ptr(Void)], I64),
    "haxe_type_register_constructor": (112, [I64, I64], Void),
    "haxe_vtable_init": (113, [I32, I32], Void),
    "haxe_vtable_set_slot": (114, [I32, I32, I64], Void),
    "haxe_vtable_lookup": (115, [ptr(U8), I32], I64),
    "haxe_coerce_dynamic_to_int": (116, [ptr(Void)], I64),
    "haxe_unbox_reference_ptr": (117, [ptr(U8)], ptr(U8)),
    "haxe_frobnicate": (118, [I64], I64),  # no such runtime function
}
RT = {name: spec[0] for name, spec in RUNTIME.items()}
MALLOC = 0  # extern id of libc malloc, as in the real bundles
FREE = 99


def runtime_decls() -> list[Fn]:
    return [extern_c(fid, name, params, result) for name, (fid, params, result) in RUNTIME.items()]


def program(main: Fn, *others: Fn, globals_: list[dict[str, Any]] | None = None, entry: int | None = 1) -> dict:
    externs = [extern(MALLOC, "malloc", [U64], ptr(U8)), extern(FREE, "free", [ptr(Void)], Void)]
    return bundle([main, *others, *runtime_decls()], entry, externs=externs, globals_=globals_)


def returning(instructions: list[Ins], result: int | None, ret_type: V = I64) -> dict[str, Any]:
    main = Fn(1, "main", ret=ret_type if result is not None else Void)
    main.block(0, instructions, ret(result))
    return program(main)


def traced(instructions: list[Ins], text_reg: int) -> dict[str, Any]:
    """`main` runs the instructions, then traces the string in `text_reg`."""
    main = Fn(1, "main")
    main.block(0, [*instructions, call(None, RT["haxe_trace_string_struct"], [text_reg])], ret())
    return program(main)


def arithmetic() -> Iterator[Program]:
    def binary(name: str, op: str, a: V, b: V, ty: V, expected: Any, clauses: list[str]) -> Program:
        bundle_ = returning([const(0, a), const(1, b), binop(2, op, 0, 1, ty)], 2, ty)
        return Program(
            f"int/{name}", f"{op} of {a.value!r} and {b.value!r} into {ty.name}", clauses, bundle_, ok(expected)
        )

    wrap, binop_, div, shift = "rzb.exec.int.wrap", "rzb.exec.int.binop", "rzb.exec.int.div", "rzb.exec.int.shift"
    yield binary("add-i32-wraps", "Add", i32(2147483647), i32(1), I32, typed("i32", -2147483648), [wrap, binop_])
    yield Program(
        "int/add-i32-wraps-then-divides",
        "Add of 2147483647 and 1 into I32 wraps to -2147483648, which halved is -1073741824: the wrapped value is "
        "used, not only returned (a result model that re-wraps would hide an unsigned wrap)",
        [wrap, binop_, div],
        returning(
            [const(0, i32(2147483647)), const(1, i32(1)), binop(2, "Add", 0, 1, I32), const(3, i32(2)),
             binop(4, "Div", 2, 3, I32)],
            4,
            I32,
        ),
        ok(typed("i32", -1073741824)),
    )  # fmt: skip
    yield binary("add-i64-wraps", "Add", i64((1 << 63) - 1), i64(1), I64, typed("i64", -(1 << 63)), [wrap, binop_])
    yield binary("mul-i32-wraps", "Mul", i32(65536), i32(65536), I32, typed("i32", 0), [wrap, binop_])
    yield binary("sub-i32", "Sub", i32(5), i32(7), I32, typed("i32", -2), [binop_])
    yield binary("mul-u8-wraps", "Mul", V("U8", 200), V("U8", 2), V("U8"), typed("u8", 144), [wrap])
    yield binary("div-truncates", "Div", i32(-7), i32(2), I32, typed("i32", -3), [div])
    yield binary("rem-sign-of-dividend", "Rem", i32(-7), i32(2), I32, typed("i32", -1), [div])
    yield binary(
        "div-min-by-minus-one-wraps", "Div", i32(-(1 << 31)), i32(-1), I32, typed("i32", -(1 << 31)), [div, wrap]
    )
    yield binary("and", "And", i64(0b1100), i64(0b1010), I64, typed("i64", 0b1000), [binop_])
    yield binary("or", "Or", i64(0b1100), i64(0b1010), I64, typed("i64", 0b1110), [binop_])
    yield binary("xor", "Xor", i64(0b1100), i64(0b1010), I64, typed("i64", 0b0110), [binop_])
    yield binary("shl-i32-count-mod-32", "Shl", i32(1), i32(33), I32, typed("i32", 2), [shift])
    yield binary("shl-i64-count-mod-64", "Shl", i64(1), i64(65), I64, typed("i64", 2), [shift])
    yield binary("shr-arithmetic", "Shr", i32(-8), i32(1), I32, typed("i32", -4), [shift])
    yield binary("ushr-i32", "Ushr", i32(-1), i32(28), I32, typed("i32", 15), [shift])
    yield binary("ushr-i64", "Ushr", i64(-1), i64(60), I64, typed("i64", 15), [shift])
    for op in ("Div", "Rem"):
        bundle_ = returning([const(0, i32(1)), const(1, i32(0)), binop(2, op, 0, 1, I32)], 2, I32)
        yield Program(
            f"int/{op.lower()}-by-zero", f"integer {op} by zero", [div], bundle_, fails("runtime_division_by_zero")
        )
    unary = "rzb.exec.int.unop"
    yield Program(
        "int/neg-min-wraps",
        "Neg of the least I32 wraps to itself",
        [unary, wrap],
        returning([const(0, i32(-(1 << 31))), unop(1, "Neg", 0, I32)], 1, I32),
        ok(typed("i32", -(1 << 31))),
    )
    yield Program(
        "int/not-integer",
        "Not of an integer is its complement",
        [unary],
        returning([const(0, i64(5)), unop(1, "Not", 0, I64)], 1, I64),
        ok(typed("i64", -6)),
    )
    yield Program(
        "int/not-bool",
        "Not of a boolean is its negation",
        [unary],
        returning([const(0, boolean(True)), unop(1, "Not", 0, Bool)], 1, Bool),
        ok(False),
    )


def floats() -> Iterator[Program]:
    rounding, ops = "rzb.exec.float.rounding", "rzb.exec.float.ops"
    a, b, c = 0.1, 10.0, -1.0
    separate = a * b + c  # Python rounds each operation: the expectation is exactly the rule
    yield Program(
        "float/no-fused-multiply-add",
        "0.1 * 10.0 + -1.0 rounds twice (a fused multiply-add would give 5.55e-17)",
        [rounding],
        returning(
            [
                const(0, f64(a)),
                const(1, f64(b)),
                const(2, f64(c)),
                binop(3, "Mul", 0, 1, F64),
                binop(4, "Add", 3, 2, F64),
            ],
            4,
            F64,
        ),
        ok(double(separate)),
    )
    yield Program(
        "float/add-mixed-int",
        "Add of an integer and a float computes in floats",
        ["rzb.exec.int.binop"],
        returning([const(0, i32(1)), const(1, f64(0.5)), binop(2, "Add", 0, 1, F64)], 2, F64),
        ok(double(1.5)),
    )
    yield Program(
        "float/f32-destination-rounds",
        "a destination declared F32 rounds to single precision",
        [rounding],
        returning([const(0, f64(0.1)), const(1, f64(0.2)), binop(2, "Add", 0, 1, F32)], 2, F32),
        ok(model.float_text(single(0.1 + 0.2), 32)),
    )
    yield Program(
        "float/div-by-zero",
        "float division by zero gives an infinity of the right sign",
        [ops],
        returning([const(0, f64(-1.0)), const(1, f64(0.0)), binop(2, "FDiv", 0, 1, F64)], 2, F64),
        ok(double(-math.inf)),
    )
    yield Program(
        "float/rem-is-fmod",
        "Rem with a float operand is fmod (the dividend's sign)",
        [ops],
        returning([const(0, f64(-7.5)), const(1, i32(2)), binop(2, "Rem", 0, 1, F64)], 2, F64),
        ok(double(math.fmod(-7.5, 2.0))),
    )
    yield Program(
        "float/fadd-converts-integers",
        "FAdd of two integers is a float sum",
        [ops],
        returning([const(0, i64(2)), const(1, i64(3)), binop(2, "FAdd", 0, 1, F64)], 2, F64),
        ok(double(5.0)),
    )
    yield Program(
        "float/fneg",
        "FNeg negates as a float",
        ["rzb.exec.int.unop"],
        returning([const(0, i64(2)), unop(1, "FNeg", 0, F64)], 1, F64),
        ok(double(-2.0)),
    )


def comparisons() -> Iterator[Program]:
    nan = float("nan")
    table = [
        ("lt-mixed", "Lt", i32(1), f64(1.5), True),
        ("eq-int-float", "Eq", i32(2), f64(2.0), True),
        ("ne", "Ne", i64(3), i64(3), False),
        ("ge", "Ge", i64(-1), i64(-1), True),
        ("ult-negative-is-large", "ULt", i64(-1), i64(1), False),
        ("uge", "UGe", i64(-1), i64(1), True),
        ("feq-nan", "FEq", f64(nan), f64(nan), False),
        ("fne-nan", "FNe", f64(nan), f64(1.0), True),
        ("ford-nan", "FOrd", f64(nan), f64(1.0), False),
        ("funo-nan", "FUno", f64(1.0), f64(nan), True),
        ("flt", "FLt", i64(1), f64(2.0), True),
        ("eq-null-zero", "Eq", NULL, i64(0), True),
    ]
    for name, op, a, b, expected in table:
        yield Program(
            f"cmp/{name}",
            f"Cmp {op}",
            ["rzb.exec.cmp"],
            returning([const(0, a, I64 if a.name == "Null" else None), const(1, b), cmp(2, op, 0, 1)], 2, Bool),
            ok(expected),
        )


def casts() -> Iterator[Program]:
    to_int, to_float = "rzb.exec.cast.int", "rzb.exec.cast.float"
    table: list[tuple[str, V, V, V, Any, str]] = [
        ("f64-to-i32-truncates", f64(3.99), F64, I32, typed("i32", 3), to_int),
        ("negative-f64-to-i32-truncates", f64(-3.99), F64, I32, typed("i32", -3), to_int),
        ("nan-to-i64-is-zero", f64(float("nan")), F64, I64, typed("i64", 0), to_int),
        ("huge-f64-to-i64-saturates", f64(1e300), F64, I64, typed("i64", (1 << 63) - 1), to_int),
        ("i64-to-i32-wraps", i64((1 << 32) + 5), I64, I32, typed("i32", 5), to_int),
        ("bool-to-i32", boolean(True), Bool, I32, typed("i32", 1), to_int),
        ("i32-to-f64", i32(-7), I32, F64, double(-7.0), to_float),
        ("zero-to-bool", f64(0.0), F64, Bool, False, to_float),
    ]
    for name, value, source, target, expected, clause in table:
        yield Program(
            f"cast/{name}",
            f"Cast {source.name} → {target.name}",
            [clause],
            returning([const(0, value), cast(1, 0, source, target)], 1, target),
            ok(expected),
        )
    yield Program(
        "cast/bitcast-keeps-value",
        "BitCast passes the value unchanged (registers are dynamically typed)",
        ["rzb.exec.cast.bitcast"],
        returning([const(0, i64(42)), bitcast(1, 0, F64), cast(2, 1, F64, I64)], 2, I64),
        ok(typed("i64", 42)),
    )


def values() -> Iterator[Program]:
    yield Program(
        "value/copies",
        "Copy, Move, Clone and the borrows pass values; EndBorrow and DebugLoc do nothing",
        ["rzb.exec.copy"],
        returning(
            [
                const(0, i64(9)),
                copy(1, 0, I64),
                copy(2, 1, I64, "Move"),
                copy(3, 2, I64, "Clone"),
                ins("BorrowImmutable", I64, dest=4, src=3, lifetime=0),
                ins("BorrowMutable", I64, dest=5, src=4, lifetime=1),
                ins("EndBorrow", borrow=5),
                ins("DebugLoc", location={"file_id": 0, "line": 1, "column": 1}),
            ],
            5,
        ),
        ok(typed("i64", 9)),
    )
    yield Program(
        "value/select",
        "Select picks by the condition's truth",
        ["rzb.exec.select", "rzb.exec.value.truth"],
        returning([const(0, i64(0)), const(1, i64(10)), const(2, i64(20)), select(3, 0, 1, 2, I64)], 3),
        ok(typed("i64", 20)),
    )
    yield Program(
        "value/undef-is-zero",
        "Undef writes 0",
        ["rzb.exec.copy"],
        returning([ins("Undef", I64, dest=0, ty=I64)], 0),
        ok(typed("i64", 0)),
    )
    yield Program(
        "value/string-result",
        "a string result is reported by its text",
        ["rzb.exec.const", "rzb.exec.result"],
        returning([const(0, string("hi"))], 0, Str),
        ok({"type": "string", "value": "hi"}),
    )
    yield Program(
        "value/null-result",
        "a null pointer result is reported as null",
        ["rzb.exec.result"],
        returning([const(0, NULL)], 0, ptr(Void)),
        ok({"type": "null"}),
    )
    yield Program(
        "value/void-result",
        "a Void entry function's result is null",
        ["rzb.exec.result"],
        returning([], None),
        ok(None),
    )
    yield Program(
        "value/arithmetic-on-string",
        "arithmetic on a string is a type mismatch",
        ["rzb.exec.value.kinds"],
        returning([const(0, string("a")), const(1, i64(1)), binop(2, "Add", 0, 1, I64)], 2),
        fails("runtime_type_mismatch"),
    )


def control() -> Iterator[Program]:
    # sum 1..10 with a loop: block 1 is the header, its phis carry (i, sum)
    loop = Fn(1, "main", ret=I64)
    loop.block(0, [const(0, i64(1)), const(1, i64(0)), const(2, i64(10)), const(3, i64(1))], br(1))
    loop.block(
        1, [cmp(6, "Le", 4, 2)], cond_br(6, 2, 3), [phi(4, [(0, 0), (2, 7)], I64), phi(5, [(0, 1), (2, 8)], I64)]
    )
    loop.block(2, [binop(8, "Add", 5, 4, I64), binop(7, "Add", 4, 3, I64)], br(1))
    loop.block(3, [], ret(5))
    yield Program(
        "control/loop-with-phis",
        "a counting loop: phis pick the incoming value of the block left",
        ["rzb.exec.phi.parallel", "rzb.exec.term.cond-branch", "rzb.exec.term.branch", "rzb.exec.frame.blocks"],
        program(loop),
        ok(typed("i64", 55)),
    )
    # the phis of block 1 swap two registers: a parallel copy; five rounds of (a, b) = (b, a + b)
    swap = Fn(1, "main", ret=I64)
    swap.block(0, [const(0, i64(0)), const(1, i64(1)), const(2, i64(0)), const(3, i64(5)), const(9, i64(1))], br(1))
    swap.block(
        1,
        [cmp(7, "Lt", 6, 3)],
        cond_br(7, 2, 3),
        [phi(4, [(0, 0), (2, 5)], I64), phi(5, [(0, 1), (2, 8)], I64), phi(6, [(0, 2), (2, 10)], I64)],
    )
    swap.block(2, [binop(8, "Add", 4, 5, I64), binop(10, "Add", 6, 9, I64)], br(1))
    swap.block(3, [], ret(4))
    yield Program(
        "control/phi-parallel-copy",
        "phis read all incoming values before writing any: fib(5) by repeated (a, b) = (b, a + b)",
        ["rzb.exec.phi.parallel"],
        program(swap),
        ok(typed("i64", 5)),
    )
    # a true swap: each phi reads the other's register, so copying one after the other loses a value;
    # three rounds of (a, b) = (b, a) from (1, 2) leave (2, 1), returned as 10 * a + b = 21
    # (sequential copies in list order give 22, in reverse order 11)
    exchange = Fn(1, "main", ret=I64)
    exchange.block(0, [const(0, i64(1)), const(1, i64(2)), const(2, i64(0)), const(3, i64(3)), const(9, i64(1))], br(1))
    exchange.block(
        1,
        [cmp(7, "Lt", 6, 3)],
        cond_br(7, 2, 3),
        [phi(4, [(0, 0), (2, 5)], I64), phi(5, [(0, 1), (2, 4)], I64), phi(6, [(0, 2), (2, 10)], I64)],
    )
    exchange.block(2, [binop(10, "Add", 6, 9, I64)], br(1))
    exchange.block(3, [const(11, i64(10)), binop(12, "Mul", 4, 11, I64), binop(13, "Add", 12, 5, I64)], ret(13))
    yield Program(
        "control/phi-swap",
        "phis that read each other's registers swap them: three rounds of (a, b) = (b, a)",
        ["rzb.exec.phi.parallel"],
        program(exchange),
        ok(typed("i64", 21)),
    )
    keep = Fn(1, "main", ret=I64)
    keep.block(0, [const(0, i64(7)), copy(1, 0, I64)], br(1))
    keep.block(1, [], ret(1), [phi(1, [(5, 0)], I64)])
    yield Program(
        "control/phi-without-incoming-keeps",
        "a phi with no incoming entry for the block left keeps its register",
        ["rzb.exec.phi.missing"],
        program(keep),
        ok(typed("i64", 7)),
    )
    for value, expected in ((2, 200), (9, 900)):
        sw = Fn(1, "main", ret=I64)
        sw.block(0, [const(0, i32(value))], switch(0, [(1, 1), (2, 2)], 3))
        sw.block(1, [const(1, i64(100))], ret(1))
        sw.block(2, [const(2, i64(200))], ret(2))
        sw.block(3, [const(3, i64(900))], ret(3))
        yield Program(
            f"control/switch-{'case' if value == 2 else 'default'}",
            "Switch takes the matching case, else the default",
            ["rzb.exec.term.switch"],
            program(sw),
            ok(typed("i64", expected)),
        )
    unreachable = Fn(1, "main")
    unreachable.block(0, [], UNREACHABLE)
    yield Program(
        "control/unreachable",
        "Unreachable fails",
        ["rzb.exec.term.unreachable"],
        program(unreachable),
        fails("runtime_unreachable"),
    )
    noreturn = Fn(1, "main")
    noreturn.block(0, [const(0, i64(0))], V("NoReturn", {"call": 0}))
    yield Program(
        "control/noreturn",
        "NoReturn fails",
        ["rzb.exec.term.unreachable"],
        program(noreturn),
        fails("runtime_unreachable"),
    )
    missing = Fn(1, "main")
    missing.block(0, [], br(7))
    yield Program(
        "control/missing-block",
        "a jump to a block the function lacks fails when taken",
        ["rzb.exec.block.missing"],
        program(missing),
        fails("runtime_invalid_instruction_pointer"),
    )
    yield Program(
        "control/undefined-register",
        "reading a register nothing wrote fails",
        ["rzb.exec.frame.registers"],
        returning([binop(1, "Add", 0, 0, I64)], 1),
        fails("runtime_undefined_register"),
    )
    truthy = Fn(1, "main", ret=I64)
    truthy.block(0, [const(0, string("x"))], cond_br(0, 1, 2))
    truthy.block(1, [const(1, i64(1))], ret(1))
    truthy.block(2, [const(2, i64(2))], ret(2))
    yield Program(
        "control/reference-is-true",
        "a reference value (a string) is a true condition",
        ["rzb.exec.value.truth", "rzb.exec.term.cond-branch"],
        program(truthy),
        ok(typed("i64", 1)),
    )


def register_order() -> Iterator[Program]:
    """Programs whose reads come before the writes they need, in the block or on the path taken: a register
    nothing in the call has written fails at the instruction that reads it (rzb.exec.frame.registers), and a
    copy holds what its source held when the copy ran (rzb.exec.copy). Each fault's step is counted by hand
    (rzb.exec.frame.blocks: every instruction and terminator is one step) and checked by its step limit: a
    run that faults at step N reports the fault under a limit of N (rzb.exec.limit.steps)."""
    regs, steps = "rzb.exec.frame.registers", "rzb.exec.limit.steps"
    yield Program(
        "frame/const-read-before-its-const",
        "step 1, Add, reads r0, which the Const at step 2 would write: nothing has written it yet, so step 1 "
        "fails (a step limit of 1 admits it)",
        [regs, "rzb.exec.const", steps],
        returning([binop(1, "Add", 0, 0, I64), const(0, i64(5))], 1),
        fails("runtime_undefined_register"),
        {"step_limit": 1},
    )
    diamond = Fn(1, "main", ret=I64)
    diamond.block(0, [const(0, boolean(False))], cond_br(0, 1, 2))
    diamond.block(1, [const(1, i64(7))], br(3))
    diamond.block(2, [const(3, i64(0))], br(3))
    diamond.block(3, [binop(2, "Add", 1, 1, I64)], ret(2))
    yield Program(
        "frame/const-on-the-branch-not-taken",
        "r1 is written only on the true branch; the false one is taken (Const, CondBranch, Const, Branch: "
        "steps 1-4), so the Add after the join (step 5) reads a register nothing wrote",
        [regs, "rzb.exec.term.cond-branch", steps],
        program(diamond),
        fails("runtime_undefined_register"),
        {"step_limit": 5},
    )
    yield Program(
        "frame/copy-of-register-written-later",
        "the Copy at step 1 reads r0, written only by the Const at step 2: the Copy fails (a step limit of 1 "
        "admits it; the Add at step 3 never runs)",
        [regs, "rzb.exec.copy", steps],
        returning([copy(1, 0, I64), const(0, i64(3)), binop(2, "Add", 1, 0, I64)], 2),
        fails("runtime_undefined_register"),
        {"step_limit": 1},
    )
    yield Program(
        "frame/unused-copy-of-unwritten-register",
        "a Copy whose result nothing reads still reads its source: r0 was never written, so step 1 fails",
        [regs, "rzb.exec.copy", steps],
        returning([copy(1, 0, I64), const(2, i64(1))], 2),
        fails("runtime_undefined_register"),
        {"step_limit": 1},
    )
    # i runs 0, 1, 2; each round writes s = i + 1 and, while s < 3, copies d = s and goes round with i = s.
    # Round 1: s = 1, d = 1; round 2: s = 2, d = 2; round 3: s = 3, the loop ends with d = 2 (the copy of the
    # round before), s = 3: 10 * d + s = 23 (reading d as s would give 33)
    rounds = Fn(1, "main", ret=I64)
    rounds.block(0, [const(0, i64(0)), const(1, i64(1)), const(2, i64(3))], br(2))
    rounds.block(2, [binop(4, "Add", 3, 1, I64), cmp(5, "Lt", 4, 2)], cond_br(5, 1, 3), [phi(3, [(0, 0), (1, 6)], I64)])
    rounds.block(1, [copy(7, 4, I64), copy(6, 4, I64)], br(2))
    rounds.block(3, [const(9, i64(10)), binop(10, "Mul", 7, 9, I64), binop(11, "Add", 10, 4, I64)], ret(11))
    yield Program(
        "frame/copy-keeps-the-value-it-copied",
        "a Copy in a loop holds the value its source had when it ran: the source is written again after it, "
        "before the copy is read (10 * d + s = 10 * 2 + 3)",
        ["rzb.exec.copy", "rzb.exec.phi.parallel"],
        program(rounds),
        ok(typed("i64", 23)),
    )
    ahead = Fn(1, "main", ret=I64)
    ahead.block(0, [const(0, i64(0)), const(1, i64(1))], br(1))
    ahead.block(
        1,
        [copy(3, 4, I64), binop(4, "Add", 2, 1, I64), const(6, i64(3)), cmp(5, "Lt", 4, 6)],
        cond_br(5, 1, 2),
        [phi(2, [(0, 0), (1, 4)], I64)],
    )
    ahead.block(2, [], ret(3))
    yield Program(
        "frame/copy-ahead-of-its-source-in-a-loop",
        "the loop body copies s before it writes s: in the first round (block 0 is steps 1-3) the Copy at "
        "step 4 reads a register nothing wrote",
        [regs, "rzb.exec.copy", steps],
        program(ahead),
        fails("runtime_undefined_register"),
        {"step_limit": 4},
    )
    obj = [const(0, u64(24)), call(1, MALLOC, [0], ptr(U8))]
    yield Program(
        "frame/address-index-written-after-gep",
        "the GetElementPtr at step 3 reads its index r2, which the Const at step 4 would write: step 3 fails "
        "(the Store at step 6 never runs)",
        [regs, "rzb.exec.memory.gep", steps],
        returning([*obj, gep(3, 1, [2], I64), const(2, i32(1)), const(4, i64(9)), store(3, 4, I64)], None),
        fails("runtime_undefined_register"),
        {"step_limit": 3},
    )
    yield Program(
        "frame/address-read-before-its-gep",
        "the Store at step 5 reads r3, which the GetElementPtr at step 6 would write: step 5 fails",
        [regs, "rzb.exec.memory.gep", steps],
        returning([*obj, const(2, i32(1)), const(4, i64(9)), store(3, 4, I64), gep(3, 1, [2], I64)], None),
        fails("runtime_undefined_register"),
        {"step_limit": 5},
    )


def calls() -> Iterator[Program]:
    add = Fn(2, "add", [(0, I64), (1, I64)], I64)
    add.block(0, [binop(2, "Add", 0, 1, I64)], ret(2))
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(40)), const(1, i64(2)), call(2, 2, [0, 1], I64)], ret(2))
    yield Program(
        "call/direct",
        "a direct call binds arguments to parameter registers",
        ["rzb.exec.call.direct", "rzb.exec.term.return"],
        program(main, add),
        ok(typed("i64", 42)),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(40)), call(2, 2, [0], I64)], ret(2))
    yield Program(
        "call/missing-argument-is-zero",
        "a missing argument reads as 0",
        ["rzb.exec.call.arguments"],
        program(main, add),
        ok(typed("i64", 40)),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(1)), const(1, i64(2)), const(3, i64(99)), call(2, 2, [0, 1, 3], I64)], ret(2))
    yield Program(
        "call/extra-argument-ignored",
        "extra arguments are ignored",
        ["rzb.exec.call.arguments"],
        program(main, add),
        ok(typed("i64", 3)),
    )
    fact = Fn(2, "fact", [(0, I64)], I64)
    fact.block(0, [const(1, i64(1)), cmp(2, "Le", 0, 1)], cond_br(2, 1, 2))
    fact.block(1, [], ret(1))
    fact.block(2, [binop(3, "Sub", 0, 1, I64), call(4, 2, [3], I64), binop(5, "Mul", 0, 4, I64)], ret(5))
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(20)), call(1, 2, [0], I64)], ret(1))
    yield Program(
        "call/recursion",
        "fact(20) by recursion",
        ["rzb.exec.call.direct"],
        program(main, fact),
        ok(typed("i64", math.factorial(20))),
    )
    main = Fn(1, "main", ret=I64)
    main.block(
        0,
        [
            function_ref(0, 2),
            const(1, i64(5)),
            const(2, i64(6)),
            call_indirect(3, 0, [1, 2], fn_type([I64, I64], I64), I64),
        ],
        ret(3),
    )
    yield Program(
        "call/indirect",
        "CallIndirect through a FunctionRef",
        ["rzb.exec.call.indirect", "rzb.exec.call.function-ref"],
        program(main, add),
        ok(typed("i64", 11)),
    )
    main = Fn(1, "main", ret=Bool)
    main.block(0, [function_ref(0, 2), function_ref(1, 2), cmp(2, "Eq", 0, 1)], ret(2))
    yield Program(
        "call/function-refs-equal",
        "two references to one function are equal",
        ["rzb.exec.call.function-ref"],
        program(main, add),
        ok(True),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(0)), call_indirect(1, 0, [], fn_type([], I64), I64)], ret(1))
    yield Program(
        "call/indirect-through-null",
        "CallIndirect through null is a type mismatch",
        ["rzb.exec.call.indirect"],
        program(main),
        fails("runtime_type_mismatch"),
    )
    # a closure over 100: the function receives the environment first
    body = Fn(3, "closure_body", [(0, V("Any")), (1, I64)], I64)
    body.block(0, [ins("ExtractValue", I64, dest=2, aggregate=0, indices=[0]), binop(3, "Add", 2, 1, I64)], ret(3))
    main = Fn(1, "main", ret=I64)
    main.block(
        0,
        [
            const(0, i64(100)),
            ins("MakeClosure", V("Any"), dest=1, func_id=3, captured_values=[0]),
            const(2, i64(23)),
            call_indirect(3, 1, [2], fn_type([I64], I64), I64),
            ins("ClosureEnv", V("Any"), dest=4, closure=1),
            ins("ExtractValue", I64, dest=5, aggregate=4, indices=[0]),
            ins("ClosureFunc", V("Any"), dest=6, closure=1),
            function_ref(7, 3),
            cmp(8, "Eq", 6, 7),
            cast(9, 8, Bool, I64),
            binop(10, "Add", 3, 5, I64),
            binop(11, "Add", 10, 9, I64),
        ],
        ret(11),
    )
    yield Program(
        "call/closure",
        "a closure call passes the environment first; ClosureEnv and ClosureFunc read it back",
        ["rzb.exec.closure", "rzb.exec.call.indirect"],
        program(main, body),
        ok(typed("i64", 123 + 100 + 1)),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [call(0, 777, [], I64)], ret(0))
    yield Program(
        "call/undefined-function",
        "a call of an id that names nothing fails",
        ["rzb.exec.call.direct"],
        program(main),
        fails("runtime_undefined_function"),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(1)), call(1, RT["haxe_frobnicate"], [0], I64)], ret(1))
    yield Program(
        "call/unsupported-runtime-function",
        "a runtime function the kit lacks is unsupported_function",
        ["rzb.exec.runtime.unsupported"],
        program(main),
        fails("unsupported_function"),
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(1))], ret(0))
    yield Program(
        "startup/no-entry",
        "a bundle without an entry function id",
        ["rzb.exec.startup.entry"],
        program(main, entry=None),
        fails("runtime_undefined_function"),
    )
    yield Program(
        "startup/entry-not-found",
        "an entry id no module has",
        ["rzb.exec.startup.entry"],
        program(main, entry=55),
        fails("runtime_undefined_function"),
    )


def startup() -> Iterator[Program]:
    """__vtable_init__ (lowest id) sets g = 1, __init__ (lowest id) sets g = g * 10 + 2; the others would set
    99; main returns g."""

    def setter(function_id: int, name: str, instructions: list[Ins]) -> Fn:
        f = Fn(function_id, name)
        f.block(0, instructions, ret())
        return f

    vtable = setter(5, "__vtable_init__", [const(0, i64(1)), store_global(0, 0)])
    vtable_late = setter(8, "__vtable_init__", [const(0, i64(99)), store_global(0, 0)])
    init = setter(
        6,
        "__init__",
        [
            load_global(0, 0, I64),
            const(1, i64(10)),
            binop(2, "Mul", 0, 1, I64),
            const(3, i64(2)),
            binop(4, "Add", 2, 3, I64),
            store_global(0, 4),
        ],
    )
    init_late = setter(7, "__init__", [const(0, i64(99)), store_global(0, 0)])
    main = Fn(1, "main", ret=I64)
    main.block(0, [load_global(0, 0, I64)], ret(0))
    globals_ = [global_var(0, "g", I64, i64(0))]
    yield Program(
        "startup/order",
        "the first __vtable_init__, then the first __init__, then the entry function",
        ["rzb.exec.startup.order", "rzb.exec.global.store"],
        program(main, init_late, vtable_late, init, vtable, globals_=globals_),
        ok(typed("i64", 12)),
    )
    # two modules: ids are one space; module order decides the startup order
    first = module(
        [setter(5, "__init__", [const(0, i64(3)), store_global(0, 0)])],
        "S5",
        globals_=[global_var(0, "g", I64, i64(0))],
        name="first",
    )
    main = Fn(1, "main", ret=I64)
    main.block(0, [load_global(0, 0, I64), const(1, i64(4)), binop(2, "Mul", 0, 1, I64)], ret(2))
    second = module(
        [
            main,
            setter(
                6,
                "__init__",
                [load_global(0, 0, I64), const(1, i64(1)), binop(2, "Add", 0, 1, I64), store_global(0, 2)],
            ),
        ],
        "S5",
        globals_=[global_var(0, "g", I64, i64(50))],
        name="second",
    )
    yield Program(
        "startup/modules-share-ids",
        "two modules: one id space (the first declaration of global 0 wins), __init__ in module order",
        ["rzb.exec.startup.ids", "rzb.exec.startup.order"],
        bundle([], 1, modules=[first, second]),
        ok(typed("i64", 16)),
    )


def globals_cases() -> Iterator[Program]:
    def reading(globals_: list[dict[str, Any]], instructions: list[Ins], result: int) -> dict[str, Any]:
        main = Fn(1, "main", ret=I64)
        main.block(0, instructions, ret(result))
        return program(main, globals_=globals_)

    yield Program(
        "global/initializer",
        "a global starts as its initializer",
        ["rzb.exec.global.initial"],
        reading([global_var(3, "g", I64, i64(77))], [load_global(0, 3, I64)], 0),
        ok(typed("i64", 77)),
    )
    yield Program(
        "global/no-initializer-is-null",
        "a global without initializer starts as 0",
        ["rzb.exec.global.initial"],
        reading([global_var(3, "g", I64)], [load_global(0, 3, I64)], 0),
        ok(typed("i64", 0)),
    )
    yield Program(
        "global/store-undeclared",
        "StoreGlobal of an undeclared id, then LoadGlobal",
        ["rzb.exec.global.store"],
        reading([], [const(0, i64(5)), store_global(9, 0), load_global(1, 9, I64)], 1),
        ok(typed("i64", 5)),
    )
    yield Program(
        "global/load-undeclared",
        "LoadGlobal of an id nothing declares or stored",
        ["rzb.exec.global.load"],
        reading([], [load_global(0, 9, I64)], 0),
        fails("runtime_undefined_global"),
    )


def memory() -> Iterator[Program]:
    cells, gep_ = "rzb.exec.memory.cells", "rzb.exec.memory.gep"
    obj = [const(0, u64(24)), call(1, MALLOC, [0], ptr(U8))]
    yield Program(
        "memory/object-slots",
        "malloc, then store and load object slots through GetElementPtr",
        ["rzb.exec.memory.malloc", gep_, "rzb.exec.memory.store", "rzb.exec.memory.load"],
        returning(
            [
                *obj,
                const(2, i32(2)),
                gep(3, 1, [2], I64),
                const(4, i64(31)),
                store(3, 4, I64),
                gep(5, 1, [2], I64),
                load(6, 5, I64),
            ],
            6,
        ),
        ok(typed("i64", 31)),
    )
    yield Program(
        "memory/fresh-cell-is-zero",
        "a malloc'd slot reads 0 before any store",
        ["rzb.exec.memory.malloc"],
        returning([*obj, const(2, i32(1)), gep(3, 1, [2], I64), load(4, 3, I64)], 4),
        ok(typed("i64", 0)),
    )
    yield Program(
        "memory/load-past-block",
        "a load one slot past the block has no cell",
        [cells],
        returning([*obj, const(2, i32(3)), gep(3, 1, [2], I64), load(4, 3, I64)], 4),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/load-null",
        "a load through null fails",
        [cells],
        returning([const(0, NULL, ptr(I64)), load(1, 0, I64)], 1),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/store-outside",
        "a store outside every block fails",
        [cells],
        returning([const(0, i64(4096)), const(1, i64(1)), store(0, 1)], None),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/unaligned-cell",
        "a byte-indexed GetElementPtr addresses a cell of its own: stored, it loads back; never stored, it has none",
        [cells, gep_],
        returning(
            [
                *obj,
                const(2, i32(3)),
                gep(3, 1, [2], ptr(U8)),
                const(4, V("U8", 200)),
                store(3, 4),
                load(5, 3, V("U8")),
                cast(6, 5, V("U8"), I64),
            ],
            6,
        ),
        ok(typed("i64", 200)),
    )
    yield Program(
        "memory/unaligned-never-stored",
        "a byte address inside a block that was never stored has no cell",
        [cells],
        returning([*obj, const(2, i32(3)), gep(3, 1, [2], ptr(U8)), load(4, 3, V("U8"))], 4, V("U8")),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/load-i32-wraps-slot",
        "a Load as I32 of a slot holding a wide integer wraps it",
        ["rzb.exec.memory.load"],
        returning([*obj, const(2, i64((1 << 32) + 9)), store(1, 2), load(3, 1, I32)], 3, I32),
        ok(typed("i32", 9)),
    )
    yield Program(
        "memory/load-f64-reinterprets",
        "a Load as F64 of a slot holding an integer reads its bits as a double",
        ["rzb.exec.memory.load"],
        returning(
            [*obj, const(2, i64(struct.unpack("<q", struct.pack("<d", 1.5))[0])), store(1, 2), load(3, 1, F64)], 3, F64
        ),
        ok(double(1.5)),
    )
    yield Program(
        "memory/string-in-slot",
        "a string stored in an object slot loads back as itself",
        ["rzb.exec.memory.cells", "rzb.exec.memory.store"],
        returning([*obj, const(2, string("kept")), store(1, 2), load(3, 1, ptr(Str))], 3, Str),
        ok({"type": "string", "value": "kept"}),
    )
    yield Program(
        "memory/use-after-free",
        "a load from a freed block fails",
        ["rzb.exec.memory.free"],
        returning([*obj, call(None, FREE, [1]), load(2, 1, I64)], 2),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/free-null",
        "free(null) does nothing",
        ["rzb.exec.memory.free", "rzb.exec.rt.free"],
        returning([const(0, NULL, ptr(Void)), call(None, FREE, [0]), const(1, i64(1))], 1),
        ok(typed("i64", 1)),
    )
    yield Program(
        "memory/free-not-a-block",
        "free of an address inside a block fails",
        ["rzb.exec.memory.free"],
        returning([*obj, const(2, i32(1)), gep(3, 1, [2], I64), free(3)], None),
        fails("runtime_invalid_address"),
    )
    yield Program(
        "memory/alloc-ptr-add",
        "Alloc of 4 I32 then PtrAdd in I32 units: element 3 is 12 bytes in, its own cell",
        ["rzb.exec.memory.alloc", "rzb.exec.memory.ptr-add", "rzb.exec.memory.sizes"],
        returning(
            [
                const(0, i64(4)),
                alloc(1, I32, 0),
                const(2, i64(3)),
                ptr_add(3, 1, 2, ptr(I32)),
                const(4, i32(-5)),
                store(3, 4),
                const(5, i64(12)),
                binop(6, "Add", 1, 5, I64),
                load(7, 6, I32),
            ],
            7,
            I32,
        ),
        ok(typed("i32", -5)),
    )
    yield Program(
        "memory/memcopy",
        "MemCopy copies the cells of a range",
        ["rzb.exec.memory.copy"],
        returning(
            [
                *obj,
                const(2, u64(24)),
                call(3, MALLOC, [2], ptr(U8)),
                const(4, i64(61)),
                const(5, i32(2)),
                gep(6, 1, [5], I64),
                store(6, 4),
                const(7, i64(24)),
                ins("MemCopy", dest=3, src=1, size=7),
                gep(8, 3, [5], I64),
                load(9, 8, I64),
            ],
            9,
        ),
        ok(typed("i64", 61)),
    )
    yield Program(
        "memory/memset",
        "MemSet fills 8-byte slots with the repeated low byte",
        ["rzb.exec.memory.copy"],
        returning(
            [
                *obj,
                const(2, i64(0x101)),
                const(3, i64(16)),
                ins("MemSet", dest=1, value=2, size=3),
                const(4, i32(1)),
                gep(5, 1, [4], I64),
                load(6, 5, I64),
            ],
            6,
        ),
        ok(typed("i64", 0x0101010101010101)),
    )


def aggregates() -> Iterator[Program]:
    yield Program(
        "aggregate/create-extract",
        "CreateStruct then ExtractValue through a nested aggregate",
        ["rzb.exec.aggregate.create", "rzb.exec.aggregate.extract"],
        returning(
            [
                const(0, i64(1)),
                const(1, i64(2)),
                ins("CreateStruct", V("Any"), dest=2, ty=V("Any"), fields=[0, 1]),
                ins("CreateStruct", V("Any"), dest=3, ty=V("Any"), fields=[0, 2]),
                ins("ExtractValue", I64, dest=4, aggregate=3, indices=[1, 1]),
            ],
            4,
        ),
        ok(typed("i64", 2)),
    )
    yield Program(
        "aggregate/insert",
        "InsertValue replaces one element of a copy",
        ["rzb.exec.aggregate.extract"],
        returning(
            [
                const(0, i64(1)),
                const(1, i64(2)),
                const(9, i64(7)),
                ins("CreateStruct", V("Any"), dest=2, ty=V("Any"), fields=[0, 1]),
                ins("InsertValue", V("Any"), dest=3, aggregate=2, value=9, indices=[0]),
                ins("ExtractValue", I64, dest=4, aggregate=3, indices=[0]),
                ins("ExtractValue", I64, dest=5, aggregate=2, indices=[0]),
                binop(6, "Mul", 4, 5, I64),
            ],
            6,
        ),
        ok(typed("i64", 7)),
    )
    yield Program(
        "aggregate/extract-past-end",
        "ExtractValue past the end fails",
        ["rzb.exec.aggregate.extract"],
        returning(
            [
                const(0, i64(1)),
                ins("CreateStruct", V("Any"), dest=1, ty=V("Any"), fields=[0]),
                ins("ExtractValue", I64, dest=2, aggregate=1, indices=[3]),
            ],
            2,
        ),
        fails("runtime_invalid_index"),
    )
    yield Program(
        "aggregate/struct-constant",
        "a Struct constant is an aggregate",
        ["rzb.exec.const", "rzb.exec.aggregate.extract"],
        returning(
            [
                const(0, V("Struct", [i64(4), V("Array", [i64(5), i64(6)])]), V("Any")),
                ins("ExtractValue", I64, dest=1, aggregate=0, indices=[1, 0]),
            ],
            1,
        ),
        ok(typed("i64", 5)),
    )
    yield Program(
        "union/create-extract",
        "CreateUnion, ExtractDiscriminant and ExtractUnionValue",
        ["rzb.exec.union"],
        returning(
            [
                const(0, i64(40)),
                ins("CreateUnion", V("Any"), dest=1, discriminant=2, value=0, ty=V("Any")),
                ins("ExtractDiscriminant", I64, dest=2, union_val=1),
                ins("ExtractUnionValue", I64, dest=3, union_val=1, discriminant=2, value_ty=I64),
                binop(4, "Add", 2, 3, I64),
            ],
            4,
        ),
        ok(typed("i64", 42)),
    )
    yield Program(
        "union/extract-from-non-union",
        "ExtractDiscriminant of an integer fails",
        ["rzb.exec.union"],
        returning([const(0, i64(40)), ins("ExtractDiscriminant", I64, dest=1, union_val=0)], 1),
        fails("runtime_type_mismatch"),
    )
    vec = vector(F64, 4)
    yield Program(
        "vector/arithmetic",
        "VectorSplat, VectorInsert, VectorBinOp, VectorUnaryOp Sqrt, VectorMinMax, VectorExtract and VectorReduce",
        ["rzb.exec.vector.lanes"],
        returning(
            [
                const(0, f64(4.0)),
                ins("VectorSplat", vec, dest=1, scalar=0, vec_ty=vec),
                const(2, f64(16.0)),
                ins("VectorInsert", vec, dest=3, vector=1, scalar=2, index=3),
                ins("VectorBinOp", vec, dest=4, op=V("Add"), left=1, right=3, vec_ty=vec),
                ins("VectorUnaryOp", vec, dest=5, op=V("Sqrt"), operand=4, vec_ty=vec),
                ins("VectorMinMax", vec, dest=6, op=V("Max"), left=5, right=1, vec_ty=vec),
                ins("VectorReduce", F64, dest=7, op=V("Add"), vector=6),
                ins("VectorExtract", F64, dest=8, vector=6, index=3),
                binop(9, "Add", 7, 8, F64),
            ],
            9,
            F64,
        ),
        # lanes 4+4=8 (x3), 4+16=20; sqrt: 2.83, 2.83, 2.83, 4.47; max with 4: 4, 4, 4, 4.47; sum + lane 3
        ok(double(4.0 + 4.0 + 4.0 + math.sqrt(20.0) + math.sqrt(20.0))),
    )
    yield Program(
        "vector/load-store",
        "VectorStore then VectorLoad of two I64 lanes",
        ["rzb.exec.vector.lanes"],
        returning(
            [
                const(0, u64(16)),
                call(1, MALLOC, [0], ptr(U8)),
                const(2, i64(5)),
                ins("VectorSplat", vector(I64, 2), dest=3, scalar=2, vec_ty=vector(I64, 2)),
                ins("VectorStore", ptr=1, value=3, vec_ty=vector(I64, 2)),
                ins("VectorLoad", vector(I64, 2), dest=4, ptr=1, vec_ty=vector(I64, 2)),
                ins("VectorReduce", I64, dest=5, op=V("Mul"), vector=4),
            ],
            5,
        ),
        ok(typed("i64", 25)),
    )


def faults() -> Iterator[Program]:
    yield Program(
        "fault/panic",
        "Panic fails with its message",
        ["rzb.exec.panic"],
        returning([ins("Panic", message="boom")], None),
        fails("runtime_panic"),
    )
    yield Program(
        "fault/throw",
        "Throw is an uncaught exception",
        ["rzb.exec.throw"],
        returning([const(0, i64(1)), ins("Throw", exception=0)], None),
        fails("runtime_uncaught_exception"),
    )
    yield Program(
        "fault/landing-pad",
        "LandingPad is not executed",
        ["rzb.exec.not-executed"],
        returning([ins("LandingPad", V("Any"), dest=0, ty=V("Any"), clauses=[])], None),
        fails("runtime_not_implemented"),
    )
    yield Program(
        "fault/inline-asm",
        "InlineAsm is not executed",
        ["rzb.exec.not-executed"],
        returning([ins("InlineAsm", dest=None, asm="nop", inputs=[], outputs=[], clobbers=[])], None),
        fails("runtime_not_implemented"),
    )
    yield Program(
        "fault/phi-instruction",
        "the Phi instruction is not executed",
        ["rzb.exec.phi.instruction", "rzb.exec.not-executed"],
        returning([const(0, i64(1)), ins("Phi", I64, dest=1, incoming=[[0, 0]])], 1),
        fails("runtime_not_implemented"),
    )
    yield Program(
        "fault/jump-instruction",
        "the Jump instruction form is not executed",
        ["rzb.exec.not-executed"],
        returning([ins("Jump", target=0)], None),
        fails("runtime_not_implemented"),
    )


def runtime_functions() -> Iterator[Program]:
    concat, from_int, trace = RT["haxe_string_concat"], RT["haxe_string_from_int"], RT["haxe_trace_string_struct"]
    yield Program(
        "runtime/strings-and-trace",
        "haxe_string_concat, haxe_string_from_int and haxe_trace_string_struct (and a null operand)",
        ["rzb.exec.rt.haxe_string_concat", "rzb.exec.rt.haxe_string_from_int", "rzb.exec.rt.haxe_trace_string_struct"],
        traced(
            [
                const(0, string("n = ")),
                const(1, i32(-42)),
                call(2, from_int, [1], ptr(Str)),
                call(3, concat, [0, 2], ptr(Str)),
                call(None, trace, [3]),
                const(4, NULL, ptr(Str)),
                call(5, concat, [4, 0], ptr(Str)),
            ],
            5,
        ),
        ok(None, "n = -42\nnulln = \n"),
    )
    yield Program(
        "runtime/concat-of-integer",
        "a string argument that is an integer is a type mismatch",
        ["rzb.exec.runtime.strings"],
        traced([const(0, i64(5)), call(1, concat, [0, 0], ptr(Str))], 1),
        fails("runtime_type_mismatch"),
    )
    math_cases = [
        ("haxe_std_int", -2.75, I64, typed("i64", -2)),
        ("haxe_std_int", float("inf"), I64, typed("i64", (1 << 63) - 1)),
        ("haxe_math_abs", -2.5, F64, double(2.5)),
        ("haxe_math_sqrt", 2.0, F64, double(math.sqrt(2.0))),
    ]
    for index, (name, argument, result_type, expected) in enumerate(math_cases):
        yield Program(
            f"runtime/{name}-{index}",
            f"{name}({argument})",
            [f"rzb.exec.rt.{name}"],
            returning([const(0, f64(argument)), call(1, RT[name], [0], result_type)], 1, result_type),
            ok(expected),
        )
    new_array = [
        const(0, u64(32)),
        call(1, MALLOC, [0], ptr(U8)),
        const(2, i64(0)),
        store(1, 2, I64),
        const(3, i32(1)),
        gep(4, 1, [3], I64),
        store(4, 2, I64),
        const(5, i32(2)),
        gep(6, 1, [5], I64),
        store(6, 2, I64),
        const(7, i64(8)),
        const(8, i32(3)),
        gep(9, 1, [8], I64),
        store(9, 7, I64),
    ]
    a = RT
    # push 10 values (growth past 8), set index 12 (zeros between), pop, read through get_ptr
    body = [
        *new_array,
        const(10, i64(0)),
    ]
    loop = Fn(1, "main", ret=I64)
    loop.block(0, body, br(1))
    loop.block(1, [const(12, i64(10)), cmp(13, "Lt", 11, 12)], cond_br(13, 2, 3), [phi(11, [(0, 10), (2, 15)], I64)])
    loop.block(
        2, [const(14, i64(1)), call(None, a["haxe_array_push_i64"], [1, 11]), binop(15, "Add", 11, 14, I64)], br(1)
    )
    loop.block(
        3,
        [
            const(20, i64(12)),
            const(21, i64(500)),
            call(22, a["haxe_array_set_i64"], [1, 20, 21], Bool),
            call(23, a["haxe_array_length"], [1], I64),  # 13
            call(24, a["haxe_array_pop_i64"], [1], I64),  # 500
            const(25, i64(11)),
            call(26, a["haxe_array_get_i64"], [1, 25], I64),  # 0 (gap)
            const(27, i64(7)),
            call(28, a["haxe_array_get_ptr"], [1, 27], ptr(U8)),
            load(29, 28, I64),  # 7
            const(30, i64(12)),
            call(31, a["haxe_array_get_ptr"], [1, 30], ptr(U8)),  # past the length now: null
            cast(32, 31, ptr(U8), I64),
            call(33, a["haxe_array_get_i64"], [1, 30], I64),  # 0
            const(34, i64(1000)),
            binop(35, "Mul", 23, 34, I64),  # 13000
            binop(36, "Add", 35, 24, I64),  # 13500
            binop(37, "Add", 36, 26, I64),
            binop(38, "Add", 37, 29, I64),  # 13507
            binop(39, "Add", 38, 32, I64),
            binop(40, "Add", 39, 33, I64),
            cast(41, 22, Bool, I64),
            binop(42, "Add", 40, 41, I64),  # 13508
        ],
        ret(42),
    )
    yield Program(
        "runtime/arrays",
        "HaxeArray push with growth, set past the length, length, pop, get, get_ptr (and null past the length)",
        [
            "rzb.exec.runtime.array-layout",
            "rzb.exec.runtime.arrays",
            "rzb.exec.rt.haxe_array_push_i64",
            "rzb.exec.rt.haxe_array_set_i64",
            "rzb.exec.rt.haxe_array_get_i64",
            "rzb.exec.rt.haxe_array_get_ptr",
            "rzb.exec.rt.haxe_array_length",
            "rzb.exec.rt.haxe_array_pop_i64",
            "rzb.exec.rt.malloc",
        ],
        program(loop),
        ok(typed("i64", 13508)),
    )
    yield Program(
        "runtime/array-null",
        "the array functions on null",
        ["rzb.exec.rt.haxe_array_length", "rzb.exec.rt.haxe_array_pop_i64", "rzb.exec.rt.haxe_array_get_i64"],
        returning(
            [
                const(0, NULL, ptr(Void)),
                call(1, a["haxe_array_length"], [0], I64),
                call(2, a["haxe_array_pop_i64"], [0], I64),
                const(3, i64(0)),
                call(4, a["haxe_array_get_i64"], [0, 3], I64),
                binop(5, "Add", 1, 2, I64),
                binop(6, "Add", 5, 4, I64),
            ],
            6,
        ),
        ok(typed("i64", 0)),
    )
    # vtables: type 7 has 2 slots; slot 1 = function 2 (returns 5 + its argument); an object of type 7 calls it
    method = Fn(2, "method", [(0, ptr(Void)), (1, I64)], I64)
    method.block(0, [const(2, i64(5)), binop(3, "Add", 1, 2, I64)], ret(3))
    vinit = Fn(3, "__vtable_init__")
    vinit.block(
        0,
        [
            const(0, i32(7)),
            const(1, i32(2)),
            call(None, a["haxe_vtable_init"], [0, 1]),
            function_ref(2, 2),
            const(3, i32(1)),
            call(None, a["haxe_vtable_set_slot"], [0, 3, 2]),
            const(4, i32(9)),
            call(None, a["haxe_vtable_set_slot"], [0, 4, 2]),
            const(5, i64(7)),
            call(None, a["haxe_type_register_constructor"], [5, 2]),
        ],
        ret(),
    )
    main = Fn(1, "main", ret=I64)
    main.block(
        0,
        [
            const(0, u64(16)),
            call(1, MALLOC, [0], ptr(U8)),
            const(2, i64(7)),
            store(1, 2, I64),
            const(3, i32(1)),
            call(4, a["haxe_vtable_lookup"], [1, 3], I64),
            const(5, i64(30)),
            call_indirect(6, 4, [1, 5], fn_type([ptr(Void), I64], I64), I64),
            const(7, i32(0)),
            call(8, a["haxe_vtable_lookup"], [1, 7], I64),  # empty slot: 0
            binop(9, "Add", 6, 8, I64),
        ],
        ret(9),
    )
    yield Program(
        "runtime/vtables",
        "haxe_vtable_init, haxe_vtable_set_slot (out of range ignored), haxe_vtable_lookup then CallIndirect",
        [
            "rzb.exec.rt.haxe_vtable_init",
            "rzb.exec.rt.haxe_vtable_set_slot",
            "rzb.exec.rt.haxe_vtable_lookup",
            "rzb.exec.rt.haxe_type_register_constructor",
            "rzb.exec.startup.order",
        ],
        program(main, method, vinit),
        ok(typed("i64", 35)),
    )
    yield Program(
        "runtime/dynamic-null",
        "haxe_coerce_dynamic_to_int and haxe_unbox_reference_ptr of null",
        ["rzb.exec.rt.haxe_coerce_dynamic_to_int", "rzb.exec.rt.haxe_unbox_reference_ptr"],
        returning(
            [
                const(0, NULL, ptr(Void)),
                call(1, a["haxe_coerce_dynamic_to_int"], [0], I64),
                call(2, a["haxe_unbox_reference_ptr"], [0], ptr(U8)),
                cast(3, 2, ptr(U8), I64),
                binop(4, "Add", 1, 3, I64),
            ],
            4,
        ),
        ok(typed("i64", 0)),
    )
    yield Program(
        "runtime/unbox-boxed",
        "haxe_unbox_reference_ptr of a real object needs boxed Dynamic values",
        ["rzb.exec.rt.haxe_unbox_reference_ptr", "rzb.exec.runtime.unsupported"],
        returning(
            [const(0, u64(16)), call(1, MALLOC, [0], ptr(U8)), call(2, a["haxe_unbox_reference_ptr"], [1], ptr(U8))],
            None,
        ),
        fails("unsupported_function"),
    )


def limits() -> Iterator[Program]:
    spin = Fn(1, "main")
    spin.block(0, [], br(1))
    spin.block(1, [const(0, i64(1))], br(1))
    yield Program(
        "limit/infinite-loop",
        "an endless loop passes the step limit",
        ["rzb.exec.limit.steps", "rzb.exec.options"],
        program(spin),
        fails("step_limit_exceeded"),
        {"step_limit": 10000},
    )
    empty = Fn(1, "main")
    empty.block(0, [], br(0))
    yield Program(
        "limit/empty-block-loop",
        "a block that branches to itself still counts steps",
        ["rzb.exec.limit.steps"],
        program(empty),
        fails("step_limit_exceeded"),
        {"step_limit": 10000},
    )
    # exactly 5 steps: const, const, add, const (4 instructions) + return
    exact = returning([const(0, i64(1)), const(1, i64(2)), binop(2, "Add", 0, 1, I64), copy(3, 2, I64)], 3)
    yield Program(
        "limit/steps-at-limit",
        "a run of exactly the step limit succeeds",
        ["rzb.exec.limit.steps"],
        exact,
        ok(typed("i64", 3)),
        {"step_limit": 5},
    )
    yield Program(
        "limit/steps-one-over",
        "a run one step over the limit fails",
        ["rzb.exec.limit.steps"],
        exact,
        fails("step_limit_exceeded"),
        {"step_limit": 4},
    )
    yield from step_limit_edges()
    deep = Fn(2, "deep", [(0, I64)], I64)
    deep.block(0, [call(1, 2, [0], I64)], ret(1))
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(0)), call(1, 2, [0], I64)], ret(1))
    yield Program(
        "limit/infinite-recursion",
        "unbounded recursion passes the call-depth limit",
        ["rzb.exec.limit.call-depth", "rzb.exec.call.tail"],
        program(main, deep),
        fails("call_depth_exceeded"),
        {"call_depth_limit": 200},
    )
    depth = Fn(2, "depth", [(0, I64)], I64)
    depth.block(0, [const(1, i64(0)), cmp(2, "Eq", 0, 1)], cond_br(2, 1, 2))
    depth.block(1, [], ret(0))
    depth.block(2, [const(3, i64(1)), binop(4, "Sub", 0, 3, I64), call(5, 2, [4], I64)], ret(5))
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(99)), call(1, 2, [0], I64)], ret(1))
    yield Program(
        "limit/depth-at-limit",
        "main plus 100 nested calls fit a depth limit of 101",
        ["rzb.exec.limit.call-depth"],
        program(main, depth),
        ok(typed("i64", 0)),
        {"call_depth_limit": 101},
    )
    yield Program(
        "limit/depth-one-over",
        "the same run under a depth limit of 100",
        ["rzb.exec.limit.call-depth"],
        program(main, depth),
        fails("call_depth_exceeded"),
        {"call_depth_limit": 100},
    )
    yield Program(
        "limit/huge-malloc",
        "malloc past the memory limit",
        ["rzb.exec.limit.memory"],
        returning([const(0, u64(1 << 40)), call(1, MALLOC, [0], ptr(U8))], None),
        fails("memory_limit_exceeded"),
    )
    grow = Fn(1, "main")
    grow.block(0, [const(0, string("ab"))], br(1))
    grow.block(1, [call(2, RT["haxe_string_concat"], [1, 1], ptr(Str))], br(1), [phi(1, [(0, 0), (1, 2)], ptr(Str))])
    yield Program(
        "limit/string-doubling",
        "a string that doubles each step passes the memory limit",
        ["rzb.exec.limit.memory", "rzb.exec.runtime.strings"],
        program(grow),
        fails("memory_limit_exceeded"),
    )
    yield Program(
        "limit/huge-array-index",
        "haxe_array_set_i64 far past the length passes the memory limit",
        ["rzb.exec.limit.memory", "rzb.exec.rt.haxe_array_set_i64"],
        returning(
            [
                const(0, u64(32)),
                call(1, MALLOC, [0], ptr(U8)),
                const(2, i64(8)),
                const(3, i32(3)),
                gep(4, 1, [3], I64),
                store(4, 2),
                const(5, i64(1 << 40)),
                call(6, RT["haxe_array_set_i64"], [1, 5, 2], Bool),
            ],
            None,
        ),
        fails("memory_limit_exceeded"),
    )


def counted_loop(exit_block: list[Ins], result: int) -> dict[str, Any]:
    """`main` calls `double` in a loop of three rounds, then runs `exit_block` and returns `result`.

    Its steps, counted by hand (rzb.exec.frame.blocks: each instruction and terminator is one):
    block 0, three constants and a branch: 4; the header (a Cmp and a CondBranch) is entered 4 times: 8;
    the body (Add, CallDirect, Add, Branch) runs 3 times: 12, and each of its calls runs `double` (Const, Mul,
    Return): 9. The exit block starts at step 4 + 8 + 12 + 9 + 1 = 34."""
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(0)), const(1, i64(3)), const(2, i64(1))], br(1))
    main.block(1, [cmp(6, "Lt", 4, 1)], cond_br(6, 2, 3), [phi(4, [(0, 0), (2, 7)], I64)])
    main.block(2, [binop(7, "Add", 4, 2, I64), call(8, 2, [4], I64), binop(9, "Add", 8, 2, I64)], br(1))
    main.block(3, exit_block, ret(result))
    double = Fn(2, "double", [(0, I64)], I64)
    double.block(0, [const(1, i64(2)), binop(2, "Mul", 0, 1, I64)], ret(2))
    return program(main, double)


def step_limit_edges() -> Iterator[Program]:
    """A run ends at the step that faults: under a limit of at least that step it meets its fault, under one
    less it passes the limit (rzb.exec.limit.steps). Every count is written out by hand."""
    # exit block: Const (step 34), Div by that zero (step 35: the fault)
    dividing = counted_loop([const(10, i64(0)), binop(11, "Div", 1, 10, I64), binop(12, "Add", 11, 2, I64)], 12)
    for limit, expect in ((35, fails("runtime_division_by_zero")), (1000, fails("runtime_division_by_zero"))):
        yield Program(
            f"limit/fault-at-step-35-limit-{limit}",
            f"a loop with calls divides by zero at its 35th step: under a step limit of {limit}, the fault",
            ["rzb.exec.limit.steps", "rzb.exec.int.div"],
            dividing,
            expect,
            {"step_limit": limit},
        )
    yield Program(
        "limit/fault-at-step-35-limit-34",
        "the same run under a step limit of 34 passes the limit before its fault",
        ["rzb.exec.limit.steps"],
        dividing,
        fails("step_limit_exceeded"),
        {"step_limit": 34},
    )
    # exit block: Add (step 34), Return (step 35); the loop leaves i = 3, so 3 + 3 = 6
    returning_ = counted_loop([binop(10, "Add", 4, 1, I64)], 10)
    yield Program(
        "limit/loop-of-35-steps-limit-35",
        "a loop with calls that returns at its 35th step succeeds under a step limit of 35",
        ["rzb.exec.limit.steps"],
        returning_,
        ok(typed("i64", 6)),
        {"step_limit": 35},
    )
    yield Program(
        "limit/loop-of-35-steps-limit-34",
        "the same 35-step run under a step limit of 34",
        ["rzb.exec.limit.steps"],
        returning_,
        fails("step_limit_exceeded"),
        {"step_limit": 34},
    )
    # main: Const (1), CallDirect (2); pick: Const string (3), Sub of an integer and a string (4: the fault);
    # main's two Adds and Return after the call are never reached
    pick = Fn(2, "pick", [(0, I64)], I64)
    pick.block(0, [const(1, string("x")), binop(2, "Sub", 0, 1, I64)], ret(2))
    main = Fn(1, "main", ret=I64)
    main.block(
        0, [const(0, i64(5)), call(1, 2, [0], I64), binop(2, "Add", 1, 1, I64), binop(3, "Add", 2, 2, I64)], ret(3)
    )
    mismatch = program(main, pick)
    yield Program(
        "limit/callee-fault-at-step-4-limit-4",
        "a callee meets a type mismatch at step 4, its caller's later steps never run: under a limit of 4, the fault",
        ["rzb.exec.limit.steps", "rzb.exec.value.kinds"],
        mismatch,
        fails("runtime_type_mismatch"),
        {"step_limit": 4},
    )
    yield Program(
        "limit/callee-fault-at-step-4-limit-3",
        "the same run under a step limit of 3",
        ["rzb.exec.limit.steps"],
        mismatch,
        fails("step_limit_exceeded"),
        {"step_limit": 3},
    )
    # main: Const (1), CallDirect (2, depth 2); deep: its CallDirect (3, depth 3), then (4) would make a
    # fourth frame under a call-depth limit of 3: the failing call is step 4
    deep = Fn(2, "deep", [(0, I64)], I64)
    deep.block(0, [call(1, 2, [0], I64)], ret(1))
    main = Fn(1, "main", ret=I64)
    main.block(0, [const(0, i64(0)), call(1, 2, [0], I64)], ret(1))
    for limit, expect in ((4, fails("call_depth_exceeded")), (3, fails("step_limit_exceeded"))):
        yield Program(
            f"limit/depth-fault-at-step-4-limit-{limit}",
            f"unbounded recursion under a call-depth limit of 3 fails at its 4th step; a step limit of {limit}",
            ["rzb.exec.limit.steps", "rzb.exec.limit.call-depth"],
            program(main, deep),
            expect,
            {"step_limit": limit, "call_depth_limit": 3},
        )


def programs() -> list[Program]:
    return [
        *arithmetic(),
        *floats(),
        *comparisons(),
        *casts(),
        *values(),
        *control(),
        *register_order(),
        *calls(),
        *startup(),
        *globals_cases(),
        *memory(),
        *aggregates(),
        *faults(),
        *runtime_functions(),
        *limits(),
    ]

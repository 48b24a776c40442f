"""Small `execute` cases, instruction by instruction, for `corpus.generators.fzb_exec` (which writes them).

Each case is a few lines of `.fzs` text; its expected outcome is written out by hand from the clauses it
cites (spec/formats/fzb-execution.md). `GROUPS` lists the case producers in corpus order.
"""

from __future__ import annotations

from collections.abc import Iterator

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators.fzb_exec import (
    ARR,
    LIST,
    NF,
    NIL,
    REC,
    UNIT,
    VAR,
    B,
    F,
    I,
    S,
    T,
    W,
    assemble,
    case,
    fails,
    nan,
    ok,
)
from binfmt_conformance.reference_impl.fzb import api

I64_MIN, I64_MAX = -(2**63), 2**63 - 1
STYLE = VAR("Style", "Style", VAR("OptionColor", "NoneColor"), VAR("OptionColor", "NoneColor"))
TRUE_FALSE = """  100: Bool true
  101: Bool false
"""


def wrapped(n: int) -> int:
    """Two's-complement i64 wrap-around, from its definition."""
    return (n - I64_MIN) % 2**64 + I64_MIN


def constants(*values: str) -> str:
    return ".constants\n" + "".join(f"  {index}: {text}\n" for index, text in enumerate(values))


def code(*lines: str) -> str:
    return ".code\n" + "".join(f"  {line}\n" for line in lines)


def loads_then(values: list[str], *tail: str) -> str:
    """A chunk that loads each constant in turn, then runs `tail`."""
    return constants(*values) + code(*(f"LOAD_CONST {i}" for i in range(len(values))), *tail)


def pairwise(op: str, pairs: list[tuple[str, str]]) -> str:
    """A chunk that applies `op` to each pair of constants and returns the tuple of the results."""
    values: list[str] = []
    lines: list[str] = []
    for left, right in pairs:
        values += [left, right]
        lines += [f"LOAD_CONST {len(values) - 2}", f"LOAD_CONST {len(values) - 1}", op]
    return constants(*values) + code(*lines, f"MAKE_TUPLE {len(pairs)}", "RETURN")


def closure_of(text: str, index: int) -> W:
    """The prototype of constant `index` of an assembled chunk, as the reader reads it (for results that are
    closures)."""
    return api.deserialize_chunk(assemble(text))["constants"][index]


# -- locals, constants, globals, upvalues -------------------------------------------------------------------


def storage_cases() -> Iterator[GeneratedCase]:
    yield case(
        "instructions/load-const",
        "LOAD_CONST pushes constants, non-ASCII strings as they are",
        [
            "fzb.exec.load-const",
            "fzb.exec.make-tuple",
            "fzb.exec.return",
            "fzb.exec.upstream.return",
            "fzb.exec.intended.return",
        ],
        constants("Int 42", 'Str "é€𝄞"') + code("LOAD_CONST 1", "LOAD_CONST 0", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(S("é€𝄞"), I(42))),
    )
    yield case(
        "errors/load-const-index",
        "LOAD_CONST past the constant pool",
        ["fzb.exec.load-const"],
        constants("Int 1") + code("LOAD_CONST 1", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "instructions/load-local",
        "LOAD_LOCAL reads base-relative slots (the top level's base is 0)",
        ["fzb.exec.load-local", "fzb.exec.machine.stack"],
        loads_then(["Int 7", "Int 8"], "LOAD_LOCAL 1", "LOAD_LOCAL 0", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(I(8), I(7))),
    )
    yield case(
        "errors/load-local-index",
        "LOAD_LOCAL of a slot at the top of the stack",
        ["fzb.exec.load-local"],
        loads_then(["Int 7"], "LOAD_LOCAL 1", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "instructions/store-local-pad",
        "STORE_LOCAL past the top pads with Unit",
        ["fzb.exec.store-local"],
        loads_then(["Int 1"], "STORE_LOCAL 3", "LOAD_LOCAL 0", "LOAD_LOCAL 3", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(UNIT, I(1))),
    )
    yield case(
        "instructions/store-local-overwrite",
        "STORE_LOCAL may overwrite a temporary below it",
        ["fzb.exec.store-local"],
        loads_then(["Int 10", "Int 20"], "STORE_LOCAL 0", "RETURN"),
        both=ok(I(20)),
    )
    yield case(
        "errors/store-local-underflow",
        "STORE_LOCAL on an empty stack",
        ["fzb.exec.store-local", "fzb.exec.machine.underflow"],
        code("STORE_LOCAL 0", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    names = [
        "print",
        "printfn",
        "sprintf",
        "fst",
        "snd",
        "createRect",
        "createBuffer",
        "withFg",
        "withBold",
        "setBufferString",
        "emptyStyle",
    ]
    arities = [1, 1, 1, 1, 1, 4, 1, 2, 1, 5]
    yield case(
        "host/registry",
        "every global of the conformance host, by LOAD_GLOBAL",
        ["fzb.exec.load-global", "fzb.exec.host.registry"],
        constants(*(f'Str "{n}"' for n in names))
        + code(*(f"LOAD_GLOBAL {i}" for i in range(len(names))), f"MAKE_TUPLE {len(names)}", "RETURN"),
        both=ok(T(*(NF(n, a) for n, a in zip(names, arities, strict=False)), STYLE)),
    )
    yield case(
        "errors/load-global-undefined",
        "LOAD_GLOBAL of a name the host does not define",
        ["fzb.exec.load-global"],
        constants('Str "List.map"') + code("LOAD_GLOBAL 0", "RETURN"),
        both=fails("runtime_undefined_global"),
    )
    yield case(
        "errors/load-global-not-string",
        "LOAD_GLOBAL of a constant that is not a Str",
        ["fzb.exec.load-global"],
        constants("Int 3") + code("LOAD_GLOBAL 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/load-upvalue-top-level",
        "the top-level closure has no upvalues",
        ["fzb.exec.load-upvalue", "fzb.exec.upstream.closures", "fzb.exec.intended.closures"],
        code("LOAD_UPVALUE 0", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "errors/store-upvalue-underflow",
        "STORE_UPVALUE pops its value before anything else",
        ["fzb.exec.store-upvalue", "fzb.exec.machine.underflow"],
        code("STORE_UPVALUE 0", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "errors/store-upvalue-top-level",
        "STORE_UPVALUE at the top level, which has no upvalues",
        ["fzb.exec.store-upvalue", "fzb.exec.upstream.closures", "fzb.exec.intended.closures"],
        loads_then(["Int 1"], "STORE_UPVALUE 0", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "instructions/close-upvalue",
        "CLOSE_UPVALUE does nothing",
        ["fzb.exec.close-upvalue"],
        loads_then(["Int 5"], "CLOSE_UPVALUE 3", "RETURN"),
        both=ok(I(5)),
    )


# -- closures and calls -------------------------------------------------------------------------------------

SUB_FN = """Closure(arity=2, name="minus", chunk={
    .code
      LOAD_LOCAL 0
      LOAD_LOCAL 1
      SUB
      RETURN
  })"""
COUNTDOWN = """Closure(arity=2, name="down", chunk={
    .constants
      0: Int 0
      1: Int 1
    .code
            LOAD_LOCAL 1
            LOAD_CONST 0
            EQ
            JUMP_IF_FALSE more
            LOAD_CONST 0
            RETURN
    more:   LOAD_LOCAL 0
            LOAD_LOCAL 0
            LOAD_LOCAL 1
            LOAD_CONST 1
            SUB
            CALL 2
            RETURN
  })"""


def countdown(n: int) -> str:
    """down down n: n + 1 nested calls, so n + 2 frames with the top level."""
    return constants(COUNTDOWN, f"Int {n}") + code("LOAD_CONST 0", "LOAD_CONST 0", "LOAD_CONST 1", "CALL 2", "RETURN")


def call_cases() -> Iterator[GeneratedCase]:
    calls = ["fzb.exec.call", "fzb.exec.call.closure"]
    yield case(
        "calls/closure",
        "CALL of a closure: the arguments are its slots 0 and 1",
        calls,
        constants(SUB_FN, "Int 10", "Int 3") + code("LOAD_CONST 0", "LOAD_CONST 1", "LOAD_CONST 2", "CALL 2", "RETURN"),
        both=ok(I(7)),
    )
    yield case(
        "errors/call-arity",
        "CALL of a closure of arity 2 with one argument",
        calls,
        constants(SUB_FN, "Int 10") + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=fails("runtime_arity_mismatch"),
    )
    yield case(
        "errors/call-not-function",
        "CALL of an Int",
        [*calls, "fzb.exec.call.not-function"],
        loads_then(["Int 1", "Int 2"], "CALL 1", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/call-underflow",
        "CALL 2 with only two values on the stack",
        [*calls, "fzb.exec.machine.underflow"],
        loads_then(["Int 1", "Int 2"], "CALL 2", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    native = ["fzb.exec.call", "fzb.exec.call.native", "fzb.exec.host.standard", "fzb.exec.host.format"]
    yield case(
        "calls/native-partial",
        "a host function applied one argument at a time",
        native,
        constants('Str "sprintf"', 'Str "%d-%s"', "Int 4", 'Str "x"')
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", "CALL 1", "LOAD_CONST 3", "CALL 1", "RETURN"),
        both=ok(S("4-x")),
    )
    yield case(
        "calls/native-partial-result",
        "a partial application is a NativeFn value",
        native,
        constants('Str "sprintf"', 'Str "%d%d"', "Int 1")
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", "CALL 1", "RETURN"),
        both=ok(NF("sprintf", 3, S("%d%d"), I(1))),
    )
    yield case(
        "errors/native-too-many",
        "a NativeFn given more arguments than its arity",
        native,
        constants('NativeFn(name="createRect", arity=4, args=[Int 1, Int 2, Int 3])', "Int 4", "Int 5")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "LOAD_CONST 2", "CALL 2", "RETURN"),
        both=fails("runtime_arity_mismatch"),
    )
    yield case(
        "calls/native-arity-zero",
        "a NativeFn of arity 0 calls its host function at once",
        native,
        constants('NativeFn(name="fst", arity=0, args=[])', "Tuple [Int 1, Int 2]")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=ok(I(1)),
    )
    yield case(
        "errors/host-arity",
        "a host function called with a count other than its arity",
        [*native, "fzb.exec.host.arity"],
        constants('NativeFn(name="fst", arity=2, args=[])', "Tuple [Int 1, Int 2]", "Int 3")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "LOAD_CONST 2", "CALL 2", "RETURN"),
        both=fails("runtime_arity_mismatch"),
    )
    yield case(
        "errors/host-undefined",
        "a complete NativeFn whose name the host does not define",
        [*native, "fzb.exec.host.lookup"],
        constants('NativeFn(name="List.map", arity=1, args=[])', "Int 3")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=fails("runtime_undefined_global"),
    )
    yield case(
        "semantics/native-call-leaves-callee",
        "after a host call and a POP, what is left on top",
        ["fzb.exec.call.native", "fzb.exec.upstream.native-call", "fzb.exec.intended.native-call", "fzb.exec.pop"],
        constants('Str "fst"', "Tuple [Int 1, Int 2]")
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "POP", "RETURN"),
        upstream=ok(NF("fst", 1)),
        intended=ok(UNIT),
    )
    leftovers = constants(
        """Closure(arity=1, name="k", chunk={
    .constants
      0: Int 99
    .code
      LOAD_CONST 0
      RETURN
  })""",
        "Int 7",
    ) + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "POP", "LOAD_LOCAL 1", "RETURN")
    yield case(
        "semantics/return-leaves-frame",
        "after a call, the callee's argument is still a local upstream",
        ["fzb.exec.return", "fzb.exec.upstream.return", "fzb.exec.intended.return", "fzb.exec.load-local"],
        leftovers,
        upstream=ok(I(7)),
        intended=fails("runtime_invalid_index"),
    )
    empty = constants(
        "Int 5",
        """Closure(arity=0, name="nothing", chunk={
    .code
      RETURN
  })""",
    ) + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 0", "RETURN")
    yield case(
        "semantics/return-from-empty-frame",
        "RETURN of a callee whose own stack is empty",
        ["fzb.exec.return", "fzb.exec.upstream.return", "fzb.exec.intended.return"],
        empty,
        upstream=ok(closure_of(empty, 1)),
        intended=ok(UNIT),
        notes="upstream pops whatever is on top of the shared stack: the callee itself",
    )
    yield case(
        "instructions/return-empty",
        "RETURN at the top level with nothing on the stack",
        ["fzb.exec.return", "fzb.exec.upstream.return", "fzb.exec.intended.return"],
        code("RETURN"),
        both=ok(UNIT),
    )
    floor = constants(
        "Int 5",
        """Closure(arity=0, name="greedy", chunk={
    .constants
      0: Int 1
    .code
      POP
      POP
      LOAD_CONST 0
      RETURN
  })""",
    ) + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 0", "RETURN")
    yield case(
        "semantics/frame-floor",
        "a callee that pops below its base",
        ["fzb.exec.machine.underflow", "fzb.exec.upstream.frame-floor", "fzb.exec.intended.frame-floor"],
        floor,
        upstream=ok(I(1)),
        intended=fails("runtime_stack_underflow"),
    )
    peek = constants(
        "Int 5",
        """Closure(arity=0, name="peeker", chunk={
    .code
      DUP
      RETURN
  })""",
    ) + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 0", "RETURN")
    yield case(
        "semantics/frame-floor-peek",
        "a callee that duplicates a value below its base",
        ["fzb.exec.dup", "fzb.exec.upstream.frame-floor", "fzb.exec.intended.frame-floor"],
        peek,
        upstream=ok(closure_of(peek, 1)),
        intended=fails("runtime_stack_underflow"),
    )
    record_fn = (
        'Record {"inc": Closure(arity=1, name="inc", chunk={\n    .constants\n      0: Int 1\n'
        "    .code\n      LOAD_LOCAL 0\n      LOAD_CONST 0\n      ADD\n      RETURN\n  })}"
    )
    method = ["fzb.exec.call-method", "fzb.exec.call.method"]
    yield case(
        "calls/method-closure",
        "CALL_METHOD of a record field that is a closure",
        method,
        constants(record_fn, "Int 41", 'Str "inc"') + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL_METHOD 2 1", "RETURN"),
        both=ok(I(42)),
    )
    yield case(
        "calls/method-native",
        "CALL_METHOD of a host function field pops the receiver",
        [*method, "fzb.exec.call.native"],
        constants('Record {"first": NativeFn(name="fst", arity=1, args=[])}', "Tuple [Int 1, Int 2]", 'Str "first"')
        + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL_METHOD 2 1", "RETURN"),
        both=ok(I(1)),
    )
    yield case(
        "errors/method-not-record",
        "CALL_METHOD on a tuple",
        method,
        constants("Tuple [Int 1]", "Int 2", 'Str "inc"')
        + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL_METHOD 2 1", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/method-missing",
        "CALL_METHOD of a field the record lacks",
        method,
        constants(record_fn, "Int 2", 'Str "dec"') + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL_METHOD 2 1", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "errors/method-name-not-string",
        "CALL_METHOD whose name constant is an Int",
        method,
        constants(record_fn, "Int 2") + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL_METHOD 1 1", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/method-name-index",
        "CALL_METHOD whose name constant does not exist; checked before the stack",
        method,
        code("CALL_METHOD 4 3", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    tail = ["fzb.exec.tail-call", "fzb.exec.upstream.tail-call", "fzb.exec.intended.tail-call"]
    yield case(
        "semantics/tail-call-top-level",
        "TAIL_CALL from the top level",
        tail,
        constants(SUB_FN, "Int 10", "Int 4") + code("LOAD_CONST 0", "LOAD_CONST 1", "LOAD_CONST 2", "TAIL_CALL 2"),
        upstream=fails("runtime_not_implemented"),
        intended=ok(I(6)),
    )
    yield case(
        "semantics/tail-call-not-function",
        "TAIL_CALL of an Int",
        [*tail, "fzb.exec.call.not-function"],
        loads_then(["Int 1", "Int 2"], "TAIL_CALL 1"),
        upstream=fails("runtime_not_implemented"),
        intended=fails("runtime_type_mismatch"),
    )
    yield case(
        "semantics/tail-call-arity",
        "TAIL_CALL of a closure with the wrong count",
        tail,
        constants(SUB_FN, "Int 1") + code("LOAD_CONST 0", "LOAD_CONST 1", "TAIL_CALL 1"),
        upstream=fails("runtime_not_implemented"),
        intended=fails("runtime_arity_mismatch"),
    )
    make = ["fzb.exec.make-closure"]
    adder = constants(
        """Closure(arity=1, name="add", chunk={
    .code
      LOAD_UPVALUE 0
      LOAD_LOCAL 0
      ADD
      RETURN
  })""",
        "Int 100",
        "Int 5",
    ) + code("LOAD_CONST 1", "MAKE_CLOSURE 0 1", "LOAD_CONST 2", "CALL 1", "RETURN")
    yield case(
        "semantics/capture",
        "MAKE_CLOSURE with one captured value, then a call that reads it",
        [*make, "fzb.exec.load-upvalue", "fzb.exec.upstream.closures", "fzb.exec.intended.closures"],
        adder,
        upstream=fails("runtime_invalid_index"),
        intended=ok(I(105)),
    )
    discard = constants(SUB_FN, "Int 9") + code("LOAD_CONST 1", "MAKE_CLOSURE 0 1", "RETURN")
    yield case(
        "instructions/make-closure",
        "MAKE_CLOSURE pops what it captures and pushes a new closure",
        [*make, "fzb.exec.upstream.closures", "fzb.exec.intended.closures"],
        discard,
        both=ok(closure_of(discard, 0)),
    )
    yield case(
        "errors/make-closure-not-closure",
        "MAKE_CLOSURE of a constant that is no prototype",
        make,
        constants("Int 1") + code("MAKE_CLOSURE 0 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/make-closure-index",
        "MAKE_CLOSURE past the pool, checked before the stack",
        make,
        code("MAKE_CLOSURE 3 2", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "errors/make-closure-underflow",
        "MAKE_CLOSURE capturing more values than the stack holds",
        [*make, "fzb.exec.machine.underflow"],
        constants(SUB_FN) + code("MAKE_CLOSURE 0 1", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "calls/depth-within",
        "4 nested calls with a call-depth limit of 5 frames",
        ["fzb.exec.limit.call-depth", "fzb.exec.limit.options", "fzb.exec.call.closure"],
        countdown(3),
        both=ok(I(0)),
        options={"call_depth_limit": 5},
    )
    yield case(
        "limits/call-depth-option",
        "5 nested calls with a call-depth limit of 5 frames",
        ["fzb.exec.limit.call-depth", "fzb.exec.limit.options", "fzb.exec.call.closure"],
        countdown(4),
        both=fails("call_depth_exceeded"),
        options={"call_depth_limit": 5},
    )
    forever = constants("""Closure(arity=1, name="forever", chunk={
    .code
      LOAD_LOCAL 0
      LOAD_LOCAL 0
      CALL 1
      RETURN
  })""") + code("LOAD_CONST 0", "LOAD_CONST 0", "CALL 1", "RETURN")
    yield case(
        "limits/call-depth-default",
        "unbounded recursion stops at the default 1000 frames",
        ["fzb.exec.limit.call-depth"],
        forever,
        both=fails("call_depth_exceeded"),
    )


# -- stack, tests, arithmetic, logic, control ---------------------------------------------------------------


def stack_cases() -> Iterator[GeneratedCase]:
    yield case(
        "instructions/pop",
        "POP discards the top",
        ["fzb.exec.pop"],
        loads_then(["Int 1", "Int 2"], "POP", "RETURN"),
        both=ok(I(1)),
    )
    yield case(
        "errors/pop-underflow",
        "POP on an empty stack",
        ["fzb.exec.pop", "fzb.exec.machine.underflow"],
        code("POP", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "instructions/dup",
        "DUP pushes the top again",
        ["fzb.exec.dup", "fzb.exec.add"],
        loads_then(["Int 21"], "DUP", "ADD", "RETURN"),
        both=ok(I(42)),
    )
    yield case(
        "errors/dup-underflow",
        "DUP on an empty stack",
        ["fzb.exec.dup", "fzb.exec.machine.underflow"],
        code("DUP", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "instructions/check-int",
        "CHECK_INT leaves its operand and pushes the answer",
        ["fzb.exec.check-int"],
        constants("Int 7", "Float 7.0")
        + code("LOAD_CONST 0", "CHECK_INT 7", "LOAD_CONST 1", "CHECK_INT 7", "MAKE_TUPLE 4", "RETURN"),
        both=ok(T(I(7), B(True), F(7.0), B(False))),
    )
    yield case(
        "instructions/check-bool",
        "CHECK_BOOL: Int 1 is not Bool true",
        ["fzb.exec.check-bool"],
        constants("Bool true", "Int 1")
        + code("LOAD_CONST 0", "CHECK_BOOL true", "LOAD_CONST 1", "CHECK_BOOL true", "MAKE_TUPLE 4", "RETURN"),
        both=ok(T(B(True), B(True), I(1), B(False))),
    )
    yield case(
        "instructions/check-string",
        "CHECK_STRING compares the whole string",
        ["fzb.exec.check-string"],
        constants('Str "é"', 'Str "éé"')
        + code("LOAD_CONST 0", 'CHECK_STRING "é"', "LOAD_CONST 1", 'CHECK_STRING "é"', "MAKE_TUPLE 4", "RETURN"),
        both=ok(T(S("é"), B(True), S("éé"), B(False))),
    )
    yield case(
        "instructions/check-tuple-len",
        "CHECK_TUPLE_LEN: Unit is not the empty tuple",
        ["fzb.exec.check-tuple-len"],
        constants("Tuple [Int 1, Int 2]", "Unit")
        + code("LOAD_CONST 0", "CHECK_TUPLE_LEN 2", "LOAD_CONST 1", "CHECK_TUPLE_LEN 0", "MAKE_TUPLE 4", "RETURN"),
        both=ok(T(T(I(1), I(2)), B(True), UNIT, B(False))),
    )
    yield case(
        "errors/check-underflow",
        "CHECK_INT on an empty stack",
        ["fzb.exec.check-int", "fzb.exec.machine.underflow"],
        code("CHECK_INT 0", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "instructions/get-tuple-elem",
        "GET_TUPLE_ELEM leaves the tuple below the element",
        ["fzb.exec.get-tuple-elem"],
        constants('Tuple [Int 1, Str "a"]') + code("LOAD_CONST 0", "GET_TUPLE_ELEM 1", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(T(I(1), S("a")), S("a"))),
    )
    yield case(
        "errors/get-tuple-elem-not-tuple",
        "GET_TUPLE_ELEM of a list",
        ["fzb.exec.get-tuple-elem"],
        loads_then(["Nil"], "GET_TUPLE_ELEM 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/get-tuple-elem-index",
        "GET_TUPLE_ELEM past the end",
        ["fzb.exec.get-tuple-elem"],
        loads_then(["Tuple [Int 1]"], "GET_TUPLE_ELEM 1", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "instructions/check-variant-tag",
        "CHECK_VARIANT_TAG pops, and ignores the type name",
        ["fzb.exec.check-variant-tag"],
        constants(
            'Variant(type_name="T", variant_name="A", fields=[Int 1])',
            'Variant(type_name="U", variant_name="A", fields=[])',
            "Int 1",
        )
        + code(
            "LOAD_CONST 0",
            'CHECK_VARIANT_TAG "A"',
            "LOAD_CONST 1",
            'CHECK_VARIANT_TAG "A"',
            "LOAD_CONST 2",
            'CHECK_VARIANT_TAG "A"',
            "MAKE_TUPLE 3",
            "RETURN",
        ),
        both=ok(T(B(True), B(True), B(False))),
    )
    variant = 'Variant(type_name="T", variant_name="A", fields=[Int 1, Str "x"])'
    yield case(
        "instructions/get-variant-field",
        "GET_VARIANT_FIELD pops the variant",
        ["fzb.exec.get-variant-field"],
        loads_then([variant], "GET_VARIANT_FIELD 1", "RETURN"),
        both=ok(S("x")),
    )
    yield case(
        "errors/get-variant-field-not-variant",
        "GET_VARIANT_FIELD of an Int",
        ["fzb.exec.get-variant-field"],
        loads_then(["Int 1"], "GET_VARIANT_FIELD 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/get-variant-field-index",
        "GET_VARIANT_FIELD past the fields",
        ["fzb.exec.get-variant-field"],
        loads_then([variant], "GET_VARIANT_FIELD 2", "RETURN"),
        both=fails("runtime_invalid_index"),
    )


def arithmetic_cases() -> Iterator[GeneratedCase]:
    arith = ["fzb.exec.arith"]
    yield case(
        "instructions/add",
        "ADD of Ints and of Floats",
        [*arith, "fzb.exec.add"],
        pairwise("ADD", [("Int 2", "Int 3"), ("Float 1.5", "Float 2.25"), ("Int -5", "Int 5")]),
        both=ok(T(I(5), F(3.75), I(0))),
    )
    yield case(
        "instructions/add-wraps",
        "ADD, SUB and MUL wrap around in two's complement",
        [*arith, "fzb.exec.add", "fzb.exec.sub", "fzb.exec.mul"],
        constants(f"Int {I64_MAX}", "Int 1", f"Int {I64_MIN}", "Int 3037000500")
        + code(
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "ADD",
            "LOAD_CONST 2",
            "LOAD_CONST 1",
            "SUB",
            "LOAD_CONST 3",
            "LOAD_CONST 3",
            "MUL",
            "MAKE_TUPLE 3",
            "RETURN",
        ),
        both=ok(T(I(wrapped(I64_MAX + 1)), I(wrapped(I64_MIN - 1)), I(wrapped(3037000500**2)))),
    )
    yield case(
        "instructions/sub-mul",
        "SUB and MUL of Ints and Floats",
        [*arith, "fzb.exec.sub", "fzb.exec.mul"],
        constants("Int 10", "Int 4", "Float 0.5", "Float 3.0")
        + code(
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "SUB",
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "MUL",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "SUB",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "MUL",
            "MAKE_TUPLE 4",
            "RETURN",
        ),
        both=ok(T(I(6), I(40), F(-2.5), F(1.5))),
    )
    for label, left, right in (
        ("int-float", "Int 1", "Float 1.0"),
        ("bool", "Bool true", "Bool true"),
        ("string", 'Str "a"', 'Str "b"'),
    ):
        yield case(
            f"errors/add-{label}",
            f"ADD of {left} and {right}",
            [*arith, "fzb.exec.add"],
            loads_then([left, right], "ADD", "RETURN"),
            both=fails("runtime_type_mismatch"),
        )
    yield case(
        "errors/add-underflow",
        "ADD with one value on the stack",
        [*arith, "fzb.exec.add", "fzb.exec.machine.underflow"],
        loads_then(["Int 1"], "ADD", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "instructions/div",
        "DIV truncates toward zero; Float division is IEEE",
        [*arith, "fzb.exec.div"],
        pairwise(
            "DIV",
            [
                ("Int -7", "Int 2"),
                ("Int 7", "Int 2"),
                ("Int -7", "Int -2"),
                ("Float 1.0", "Float 4.0"),
                ("Float -1.0", "Float 8.0"),
            ],
        ),
        both=ok(T(I(-3), I(3), I(3), F(0.25), F(-0.125))),
    )
    for label, left, right in (
        ("int", "Int 1", "Int 0"),
        ("float", "Float 1.0", "Float 0.0"),
        ("negative-zero", "Float 1.0", "Float -0.0"),
        ("zero-by-zero", "Float 0.0", "Float 0.0"),
    ):
        yield case(
            f"errors/div-by-zero-{label}",
            f"DIV of {left} by {right}",
            [*arith, "fzb.exec.div"],
            loads_then([left, right], "DIV", "RETURN"),
            both=fails("runtime_division_by_zero"),
        )
    yield case(
        "errors/div-overflow",
        "DIV of i64::MIN by -1",
        [*arith, "fzb.exec.div"],
        loads_then([f"Int {I64_MIN}", "Int -1"], "DIV", "RETURN"),
        both=fails("runtime_integer_overflow"),
    )
    yield case(
        "instructions/concat",
        "CONCAT of strings",
        ["fzb.exec.concat"],
        loads_then(['Str "ab"', 'Str "é"'], "CONCAT", "RETURN"),
        both=ok(S("abé")),
    )
    yield case(
        "errors/concat-not-string",
        "CONCAT of a Str and an Int",
        ["fzb.exec.concat"],
        loads_then(['Str "a"', "Int 1"], "CONCAT", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    compare = ["fzb.exec.compare", "fzb.exec.lt", "fzb.exec.lte", "fzb.exec.gt", "fzb.exec.gte"]
    nan_text = "Float nan 0x7ff8000000000000"
    for op, answers in (
        ("LT", (True, False, True, False)),
        ("LTE", (True, True, True, False)),
        ("GT", (False, False, False, False)),
        ("GTE", (False, True, False, False)),
    ):
        yield case(
            f"instructions/{op.lower()}",
            f"{op} of Ints, Floats and NaN",
            compare,
            pairwise(
                op, [("Int 1", "Int 2"), ("Int 2", "Int 2"), ("Float -0.5", "Float 0.5"), (nan_text, "Float 1.0")]
            ),
            both=ok(T(*(B(a) for a in answers))),
        )
    yield case(
        "errors/lt-mixed",
        "LT of an Int and a Float",
        compare,
        loads_then(["Int 1", "Float 2.0"], "LT", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/gte-strings",
        "GTE of strings",
        compare,
        loads_then(['Str "a"', 'Str "b"'], "GTE", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    logic = ["fzb.exec.logic", "fzb.exec.and", "fzb.exec.or", "fzb.exec.not"]
    yield case(
        "instructions/logic",
        "AND, OR and NOT truth tables",
        logic,
        constants("Bool true", "Bool false")
        + code(
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "AND",
            "LOAD_CONST 0",
            "LOAD_CONST 0",
            "AND",
            "LOAD_CONST 1",
            "LOAD_CONST 0",
            "OR",
            "LOAD_CONST 1",
            "LOAD_CONST 1",
            "OR",
            "LOAD_CONST 1",
            "NOT",
            "MAKE_TUPLE 5",
            "RETURN",
        ),
        both=ok(T(B(False), B(True), B(True), B(False), B(True))),
    )
    yield case(
        "errors/and-not-bool",
        "AND of Ints",
        logic,
        loads_then(["Int 1", "Int 1"], "AND", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/and-order",
        "AND checks the top before popping the next: a type error, not an underflow",
        [*logic, "fzb.exec.machine.underflow"],
        loads_then(["Int 1"], "AND", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/or-underflow",
        "OR with one Bool on the stack",
        [*logic, "fzb.exec.machine.underflow"],
        loads_then(["Bool true"], "OR", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "errors/not-not-bool",
        "NOT of Unit",
        logic,
        loads_then(["Unit"], "NOT", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )


def equality_cases() -> Iterator[GeneratedCase]:
    closure_f = 'Closure(arity=1, name="f", chunk={\n    .code\n      RETURN\n  })'
    closure_f2 = 'Closure(arity=1, name="f", chunk={\n    .code\n      LOAD_LOCAL 0\n      RETURN\n  })'
    pairs = [
        ("Int 1", "Int 1", True),
        ("Int 1", "Float 1.0", False),
        ("Int 1", "Bool true", False),
        ("Float nan 0x7ff8000000000000", "Float nan 0x7ff8000000000000", False),
        ("Float 0.0", "Float -0.0", True),
        ("Tuple [Int 1, Int 2]", "Tuple [Int 1, Int 2]", True),
        ("Unit", "Tuple []", False),
        ("Nil", "Nil", True),
        ("Cons(head=Int 1, tail=Nil)", "Cons(head=Int 1, tail=Nil)", True),
        ("Array [Int 1]", "Array [Int 1]", True),
        ("Array [Float nan 0x7ff8000000000000]", "Array [Float nan 0x7ff8000000000000]", False),
        ('Record {"a": Int 1, "b": Int 2}', 'Record {"b": Int 2, "a": Int 1}', True),
        ('Record {"a": Int 1}', 'Map {"a": Int 1}', False),
        (
            'Variant(type_name="T", variant_name="A", fields=[])',
            'Variant(type_name="U", variant_name="A", fields=[])',
            False,
        ),
        (closure_f, closure_f2, True),
        ('NativeFn(name="fst", arity=1, args=[])', 'NativeFn(name="fst", arity=1, args=[])', True),
        ('NativeFn(name="fst", arity=1, args=[])', 'NativeFn(name="fst", arity=2, args=[])', False),
        ('Str "é"', 'Str "é"', True),
    ]
    yield case(
        "values/equality",
        "EQ across every kind of value",
        ["fzb.exec.eq", "fzb.exec.value.equality"],
        pairwise("EQ", [(a, b) for a, b, _ in pairs]),
        both=ok(T(*(B(e) for _, _, e in pairs))),
    )
    yield case(
        "values/neq",
        "NEQ is the negation of EQ, NaN included",
        ["fzb.exec.neq", "fzb.exec.value.equality"],
        pairwise("NEQ", [(a, b) for a, b, _ in pairs[:5]]),
        both=ok(T(*(B(not e) for _, _, e in pairs[:5]))),
    )
    same = constants("Array [Float nan 0x7ff8000000000000]") + code("LOAD_CONST 0", "DUP", "EQ", "RETURN")
    yield case(
        "values/equality-same-array",
        "an array is equal to itself even when it holds a NaN",
        ["fzb.exec.eq", "fzb.exec.value.equality", "fzb.exec.value.sharing"],
        same,
        both=ok(B(True)),
    )
    dag = ["LOAD_CONST 0"] + ["DUP", "MAKE_TUPLE 2"] * 24
    yield case(
        "limits/equality-budget",
        "comparing two shared trees of 2^24 leaves visits too many nodes",
        ["fzb.exec.eq", "fzb.exec.value.equality", "fzb.exec.limit.value-size", "fzb.exec.limit.options"],
        constants("Int 1") + code(*dag, *dag, "EQ", "RETURN"),
        both=fails("value_size_exceeded"),
        options={"value_size_limit": 10000},
    )


def control_cases() -> Iterator[GeneratedCase]:
    yield case(
        "instructions/jump",
        "JUMP is relative to the next instruction",
        ["fzb.exec.jump"],
        constants("Int 1", "Int 2") + code("LOAD_CONST 0", "JUMP 1", "LOAD_CONST 1", "RETURN"),
        both=ok(I(1)),
    )
    yield case(
        "instructions/jump-loop",
        "a backward JUMP: count to 5",
        ["fzb.exec.jump", "fzb.exec.jump-if-false"],
        constants("Int 0", "Int 1", "Int 5")
        + code(
            "LOAD_CONST 0",
            "STORE_LOCAL 0",
            "loop: LOAD_LOCAL 0",
            "LOAD_CONST 2",
            "LT",
            "JUMP_IF_FALSE done",
            "LOAD_LOCAL 0",
            "LOAD_CONST 1",
            "ADD",
            "STORE_LOCAL 0",
            "JUMP loop",
            "done: LOAD_LOCAL 0",
            "RETURN",
        ),
        both=ok(I(5)),
    )
    yield case(
        "errors/jump-to-end",
        "a JUMP to just past the last instruction fails at the next fetch",
        ["fzb.exec.jump", "fzb.exec.machine.fetch"],
        code("JUMP 0"),
        both=fails("runtime_invalid_instruction_pointer"),
    )
    yield case(
        "errors/jump-before-start",
        "a JUMP to before the first instruction",
        ["fzb.exec.jump"],
        code("JUMP -2", "RETURN"),
        both=fails("runtime_invalid_instruction_pointer"),
    )
    yield case(
        "errors/jump-past-end",
        "a JUMP beyond the end",
        ["fzb.exec.jump"],
        code("JUMP 5", "RETURN"),
        both=fails("runtime_invalid_instruction_pointer"),
    )
    yield case(
        "errors/run-off-end",
        "a chunk without RETURN runs off its end",
        ["fzb.exec.machine.fetch"],
        loads_then(["Int 1"]),
        both=fails("runtime_invalid_instruction_pointer"),
    )
    values = [
        ("Bool false", False),
        ("Int 0", False),
        ("Int -1", True),
        ("Float 0.0", False),
        ("Float -0.0", False),
        ("Float nan 0x7ff8000000000000", True),
        ('Str ""', False),
        ('Str "a"', True),
        ("Unit", False),
        ("Tuple []", False),
        ("Tuple [Unit]", True),
        ("Nil", False),
        ("Cons(head=Unit, tail=Nil)", True),
        ("Array []", False),
        ("Array [Int 0]", True),
        ("Record {}", False),
        ('Map {"k": Int 0}', True),
        ("Map {}", False),
        ('Variant(type_name="T", variant_name="A", fields=[])', True),
        ('NativeFn(name="fst", arity=1, args=[])', True),
    ]
    lines = []
    for index in range(len(values)):
        lines += [f"LOAD_CONST {index}", "JUMP_IF_FALSE 2", "LOAD_CONST 100", "JUMP 1", "LOAD_CONST 101"]
    text = ".constants\n" + "".join(f"  {i}: {v}\n" for i, (v, _) in enumerate(values))
    text += "".join(f"  {i}: Int 0\n" for i in range(len(values), 100)) + TRUE_FALSE
    yield case(
        "values/truthiness",
        "JUMP_IF_FALSE on every kind of value",
        ["fzb.exec.jump-if-false", "fzb.exec.value.truthiness"],
        text + code(*lines, f"MAKE_TUPLE {len(values)}", "RETURN"),
        both=ok(T(*(B(truth) for _, truth in values))),
    )
    yield case(
        "errors/jump-if-false-underflow",
        "JUMP_IF_FALSE on an empty stack",
        ["fzb.exec.jump-if-false", "fzb.exec.machine.underflow"],
        code("JUMP_IF_FALSE 0", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )


# -- aggregates ---------------------------------------------------------------------------------------------


def aggregate_cases() -> Iterator[GeneratedCase]:
    yield case(
        "instructions/make-tuple",
        "MAKE_TUPLE keeps push order; MAKE_TUPLE 0 is the empty tuple",
        ["fzb.exec.make-tuple"],
        loads_then(["Int 1", "Int 2", "Int 3"], "MAKE_TUPLE 3", "MAKE_TUPLE 0", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(T(I(1), I(2), I(3)), T())),
    )
    yield case(
        "errors/make-tuple-underflow",
        "MAKE_TUPLE of more values than the stack holds",
        ["fzb.exec.make-tuple", "fzb.exec.machine.underflow"],
        loads_then(["Int 1"], "MAKE_TUPLE 2", "RETURN"),
        both=fails("runtime_stack_underflow"),
    )
    yield case(
        "instructions/get-tuple-field",
        "GET_TUPLE_FIELD pops the tuple",
        ["fzb.exec.get-tuple-field"],
        loads_then(["Tuple [Int 1, Int 2]"], "GET_TUPLE_FIELD 1", "RETURN"),
        both=ok(I(2)),
    )
    yield case(
        "errors/get-tuple-field-not-tuple",
        "GET_TUPLE_FIELD of Unit",
        ["fzb.exec.get-tuple-field"],
        loads_then(["Unit"], "GET_TUPLE_FIELD 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "errors/get-tuple-field-index",
        "GET_TUPLE_FIELD past the end",
        ["fzb.exec.get-tuple-field"],
        loads_then(["Tuple [Int 1, Int 2]"], "GET_TUPLE_FIELD 2", "RETURN"),
        both=fails("runtime_invalid_index"),
    )
    yield case(
        "instructions/make-list",
        "MAKE_LIST: the first value pushed is the head",
        ["fzb.exec.make-list"],
        loads_then(["Int 1", "Int 2", "Int 3"], "MAKE_LIST 3", "MAKE_LIST 0", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(LIST(I(1), I(2), I(3)), NIL)),
    )
    yield case(
        "instructions/cons",
        "CONS does not check its tail",
        ["fzb.exec.cons"],
        loads_then(["Int 1", "Nil", "Int 2", "Int 3"], "CONS", "MAKE_TUPLE 2", "CONS", "RETURN"),
        both=ok(LIST(I(1), tail=T(NIL, W("Cons", {"head": I(2), "tail": I(3)})))),
    )
    lists = ["fzb.exec.list", "fzb.exec.list-head", "fzb.exec.list-tail"]
    yield case(
        "instructions/list-head-tail",
        "LIST_HEAD and LIST_TAIL",
        lists,
        constants("Cons(head=Int 1, tail=Cons(head=Int 2, tail=Nil))")
        + code("LOAD_CONST 0", "LIST_TAIL", "LOAD_CONST 0", "LIST_HEAD", "MAKE_TUPLE 2", "RETURN"),
        both=ok(T(LIST(I(2)), I(1))),
    )
    yield case(
        "errors/list-head-empty",
        "LIST_HEAD of Nil",
        lists,
        loads_then(["Nil"], "LIST_HEAD", "RETURN"),
        both=fails("runtime_empty_list"),
    )
    yield case(
        "errors/list-tail-empty",
        "LIST_TAIL of Nil",
        lists,
        loads_then(["Nil"], "LIST_TAIL", "RETURN"),
        both=fails("runtime_empty_list"),
    )
    yield case(
        "errors/list-head-not-list",
        "LIST_HEAD of an array",
        lists,
        loads_then(["Array [Int 1]"], "LIST_HEAD", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    yield case(
        "instructions/is-nil",
        "IS_NIL: only Nil",
        ["fzb.exec.is-nil"],
        constants("Nil", "Cons(head=Unit, tail=Nil)", "Unit", "Tuple []")
        + code(
            "LOAD_CONST 0",
            "IS_NIL",
            "LOAD_CONST 1",
            "IS_NIL",
            "LOAD_CONST 2",
            "IS_NIL",
            "LOAD_CONST 3",
            "IS_NIL",
            "MAKE_TUPLE 4",
            "RETURN",
        ),
        both=ok(T(B(True), B(False), B(False), B(False))),
    )
    arrays = [
        "fzb.exec.array",
        "fzb.exec.make-array",
        "fzb.exec.array-get",
        "fzb.exec.array-set",
        "fzb.exec.array-length",
        "fzb.exec.array-update",
    ]
    yield case(
        "instructions/arrays",
        "MAKE_ARRAY, ARRAY_GET, ARRAY_SET, ARRAY_LENGTH, ARRAY_UPDATE",
        arrays,
        constants("Int 1", "Int 2", "Int 0", "Int 9")
        + code(
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "MAKE_ARRAY 2",
            "STORE_LOCAL 0",
            "LOAD_LOCAL 0",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "ARRAY_UPDATE",
            "STORE_LOCAL 1",
            "LOAD_LOCAL 0",
            "LOAD_CONST 0",
            "LOAD_CONST 3",
            "ARRAY_SET",
            "STORE_LOCAL 2",
            "LOAD_LOCAL 0",
            "LOAD_CONST 0",
            "ARRAY_GET",
            "LOAD_LOCAL 0",
            "ARRAY_LENGTH",
            "MAKE_TUPLE 5",
            "RETURN",
        ),
        both=ok(T(ARR(I(1), I(9)), ARR(I(9), I(2)), UNIT, I(9), I(2))),
    )
    yield case(
        "values/array-sharing",
        "ARRAY_SET on a constant array is seen by the next LOAD_CONST of it",
        ["fzb.exec.value.sharing", "fzb.exec.array-set", "fzb.exec.load-const"],
        constants("Array [Int 1, Int 2]", "Int 0", "Int 7")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "LOAD_CONST 2", "ARRAY_SET", "POP", "LOAD_CONST 0", "RETURN"),
        both=ok(ARR(I(7), I(2))),
    )
    array_faults = [
        ("get-index-type", ["Array [Int 1]", 'Str "0"'], "ARRAY_GET", "runtime_type_mismatch"),
        ("get-negative", ["Array [Int 1]", "Int -1"], "ARRAY_GET", "runtime_type_mismatch"),
        ("get-not-array", ["Tuple [Int 1]", "Int 0"], "ARRAY_GET", "runtime_type_mismatch"),
        ("get-bounds", ["Array [Int 1]", "Int 1"], "ARRAY_GET", "runtime_invalid_index"),
        ("set-bounds", ["Array []", "Int 0", "Int 1"], "ARRAY_SET", "runtime_invalid_index"),
        ("set-negative", ["Array [Int 1]", "Int -1", "Int 1"], "ARRAY_SET", "runtime_type_mismatch"),
        ("length-not-array", ["Nil"], "ARRAY_LENGTH", "runtime_type_mismatch"),
        ("update-not-array", ["Unit", "Int 0", "Int 1"], "ARRAY_UPDATE", "runtime_type_mismatch"),
        ("update-bounds", ["Array [Int 1]", "Int 3", "Int 1"], "ARRAY_UPDATE", "runtime_invalid_index"),
        ("update-index-type", ["Array [Int 1]", "Float 0.0", "Int 1"], "ARRAY_UPDATE", "runtime_type_mismatch"),
    ]
    for label, operands, op, error in array_faults:
        yield case(
            f"errors/array-{label}",
            f"{op} with {', '.join(operands)}",
            arrays,
            loads_then(operands, op, "RETURN"),
            both=fails(error),
        )
    records = ["fzb.exec.make-record", "fzb.exec.get-record-field", "fzb.exec.update-record"]
    yield case(
        "instructions/records",
        "MAKE_RECORD (the first pushed pair wins), GET_RECORD_FIELD, UPDATE_RECORD",
        records,
        constants('Str "a"', "Int 1", "Int 2", 'Str "b"', "Int 3")
        + code(
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "LOAD_CONST 0",
            "LOAD_CONST 2",
            "MAKE_RECORD 2",
            "STORE_LOCAL 0",
            "LOAD_LOCAL 0",
            "LOAD_CONST 3",
            "LOAD_CONST 4",
            "UPDATE_RECORD 1",
            "STORE_LOCAL 1",
            "LOAD_LOCAL 1",
            "LOAD_CONST 3",
            "GET_RECORD_FIELD",
            "STORE_LOCAL 2",
            "LOAD_LOCAL 0",
            "LOAD_LOCAL 1",
            "LOAD_LOCAL 2",
            "MAKE_TUPLE 3",
            "RETURN",
        ),
        both=ok(T(REC(a=I(1)), REC(a=I(1), b=I(3)), I(3))),
    )
    record_faults = [
        ("make-name", ["Int 1", "Int 2"], "MAKE_RECORD 1", "runtime_type_mismatch"),
        ("make-underflow", ['Str "a"'], "MAKE_RECORD 1", "runtime_stack_underflow"),
        ("get-missing", ['Record {"a": Int 1}', 'Str "b"'], "GET_RECORD_FIELD", "runtime_invalid_index"),
        ("get-not-record", ['Map {"a": Int 1}', 'Str "a"'], "GET_RECORD_FIELD", "runtime_type_mismatch"),
        ("get-name", ['Record {"a": Int 1}', "Int 0"], "GET_RECORD_FIELD", "runtime_type_mismatch"),
        ("update-not-record", ["Unit", 'Str "a"', "Int 1"], "UPDATE_RECORD 1", "runtime_type_mismatch"),
    ]
    for label, operands, op, error in record_faults:
        yield case(
            f"errors/record-{label}",
            f"{op} with {', '.join(operands)}",
            [*records, "fzb.exec.machine.underflow"] if "underflow" in error else records,
            loads_then(operands, op, "RETURN"),
            both=fails(error),
        )
    yield case(
        "instructions/make-variant",
        "MAKE_VARIANT: type name, variant name, then fields",
        ["fzb.exec.make-variant"],
        loads_then(['Str "Shape"', 'Str "Rect"', "Int 3", "Int 4"], "MAKE_VARIANT 2", "RETURN"),
        both=ok(VAR("Shape", "Rect", I(3), I(4))),
    )
    yield case(
        "errors/make-variant-name",
        "MAKE_VARIANT whose type name is an Int",
        ["fzb.exec.make-variant"],
        loads_then(["Int 0", 'Str "A"'], "MAKE_VARIANT 0", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )


# -- values, results, the host ------------------------------------------------------------------------------


def display_cases() -> Iterator[GeneratedCase]:
    shown = [
        ("Int -12", "-12"),
        ("Float 2.5", "2.5"),
        ("Float 1e+16", "10000000000000000"),
        ("Float 1.5e-05", "0.000015"),
        ("Float -2.0", "-2"),
        ("Float -inf", "-inf"),
        ("Bool true", "true"),
        ('Str "s é"', "s é"),
        ("Unit", "()"),
        ("Tuple []", "()"),
        ("Tuple [Int 1]", "(1)"),
        ("Tuple [Tuple [Int 1, Int 2], Int 3]", "((1, 2), 3)"),
        ("Cons(head=Int 1, tail=Cons(head=Int 2, tail=Nil))", "[1; 2]"),
        ("Nil", "[]"),
        ("Cons(head=Int 1, tail=Cons(head=Int 2, tail=Int 3))", "Cons(1, Cons(2, 3))"),
        ('Array [Int 1, Str "a"]', "[|1; a|]"),
        ("Array []", "[||]"),
        ('Record {"b": Int 2, "a": Int 1}', "{ a = 1; b = 2 }"),
        ("Record {}", "{  }"),
        ('Map {"k": Unit}', "Map [k -> ()]"),
        ("Map {}", "Map []"),
        ('Variant(type_name="T", variant_name="A", fields=[Int 1, Str "x"])', "A(1, x)"),
        ('Variant(type_name="T", variant_name="B", fields=[])', "B"),
        ('Closure(arity=0, name="f", chunk={\n  })', "<closure f>"),
        ("Closure(arity=0, name=none, chunk={\n  })", "<closure>"),
        ('NativeFn(name="fst", arity=1, args=[Int 1])', "<native fn fst>"),
    ]
    text = constants('Str "printfn"', 'Str "%A"', *(v for v, _ in shown))
    lines: list[str] = []
    for index in range(len(shown)):
        lines += ["LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", f"LOAD_CONST {index + 2}", "CALL 1", "POP"]
    yield case(
        "values/display",
        'Display of every kind of value, through printfn "%A"',
        ["fzb.exec.value.display", "fzb.exec.host.format", "fzb.exec.host.standard"],
        text + code(*lines, "RETURN"),
        upstream=ok(NF("printfn", 2, S("%A")), "".join(f"{s}\n" for _, s in shown)),
        intended=ok(UNIT, "".join(f"{s}\n" for _, s in shown)),
        notes="The stdout is the same under both semantics; the result is what upstream's leftover "
        'stack holds on top: the partial application printfn "%A".',
    )
    # a second case checks the stdout without the leftover: the same text from one sprintf
    fmt = "|".join("%A" for _ in shown)
    texts = [s for _, s in shown]
    loads = [f"LOAD_CONST {i + 2}" for i in range(len(shown))]
    calls: list[str] = []
    for load in loads:
        calls += [load, "CALL 1"]
    yield case(
        "values/display-text",
        "Display of every kind of value, through sprintf",
        ["fzb.exec.value.display", "fzb.exec.host.format", "fzb.exec.host.standard"],
        constants('Str "sprintf"', f'Str "{fmt}"', *(v for v, _ in shown))
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", *calls, "RETURN"),
        both=ok(S("|".join(texts))),
    )
    tiny = "0." + "0" * 323 + "5"
    yield case(
        "values/display-float-extremes",
        "Display never uses an exponent",
        ["fzb.exec.value.display", "fzb.exec.host.format"],
        constants('Str "sprintf"', 'Str "%A %A %A"', "Float 5e-324", "Float 1.7976931348623157e+308", "Float 123.456")
        + code(
            "LOAD_GLOBAL 0",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 2",
            "CALL 1",
            "LOAD_CONST 3",
            "CALL 1",
            "LOAD_CONST 4",
            "CALL 1",
            "RETURN",
        ),
        both=ok(S(f"{tiny} 17976931348623157{'0' * 292} 123.456")),
    )


def result_cases() -> Iterator[GeneratedCase]:
    yield case(
        "results/record-order",
        "a Record result lists its entries in key order, whatever the wire order",
        ["fzb.exec.result", "fzb.exec.load-const"],
        loads_then(['Record {"z": Int 1, "a": Int 2}'], "RETURN"),
        both=ok(W("Record", [("a", I(2)), ("z", I(1))])),
    )
    yield case(
        "results/map-order",
        "a Map result lists its entries in key order",
        ["fzb.exec.result"],
        loads_then(['Map {"é": Int 1, "e": Int 2, "E": Int 3}'], "RETURN"),
        both=ok(W("Map", [("E", I(3)), ("e", I(2)), ("é", I(1))])),
    )
    yield case(
        "results/nan-bits",
        "a NaN loaded from a constant keeps its bits",
        ["fzb.exec.value.nan"],
        loads_then(["Float nan 0xfff8000000000123"], "RETURN"),
        both=ok(F(nan(0xFFF8000000000123))),
    )
    closure = constants(
        'Closure(arity=2, name="g", chunk={\n    .constants\n      0: Int 1\n    .code\n'
        "      LOAD_CONST 0\n      RETURN\n  })"
    ) + code("LOAD_CONST 0", "RETURN")
    yield case(
        "results/closure",
        "a closure result is its prototype",
        ["fzb.exec.result"],
        closure,
        both=ok(closure_of(closure, 0)),
    )
    nested = ["LOAD_CONST 0"] + ["MAKE_TUPLE 1"] * 63
    deepest = I(1)
    for _ in range(63):
        deepest = T(deepest)
    yield case(
        "limits/result-depth-64",
        "a result nested 64 values deep",
        ["fzb.exec.limit.result-depth"],
        constants("Int 1") + code(*nested, "RETURN"),
        both=ok(deepest),
    )
    yield case(
        "limits/result-depth-65",
        "a result nested 65 values deep",
        ["fzb.exec.limit.result-depth", "fzb.exec.limit.value-size"],
        constants("Int 1") + code(*nested, "MAKE_TUPLE 1", "RETURN"),
        both=fails("value_size_exceeded"),
    )
    yield case(
        "limits/result-nodes",
        "a result of 6 nodes under a value-size limit of 5",
        ["fzb.exec.limit.value-size", "fzb.exec.limit.options", "fzb.exec.result"],
        loads_then(["Int 1", "Int 2", "Int 3", "Int 4", "Int 5"], "MAKE_TUPLE 5", "RETURN"),
        both=fails("value_size_exceeded"),
        options={"value_size_limit": 5},
    )


def host_cases() -> Iterator[GeneratedCase]:
    host = ["fzb.exec.host.standard", "fzb.exec.host.format", "fzb.exec.call.native"]
    yield case(
        "host/format",
        "every directive, %% and the characters that are not directives",
        host,
        constants(
            'Str "sprintf"', 'Str "%d|%s|%b|%A|%%|%q|end%"', "Int -42", 'Str "s"', "Bool true", 'Tuple [Int 1, Str "x"]'
        )
        + code(
            "LOAD_GLOBAL 0",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 2",
            "CALL 1",
            "LOAD_CONST 3",
            "CALL 1",
            "LOAD_CONST 4",
            "CALL 1",
            "LOAD_CONST 5",
            "CALL 1",
            "RETURN",
        ),
        both=ok(S("-42|s|true|(1, x)|%|%q|end%")),
    )
    for label, directive, argument in (("d", "%d", 'Str "1"'), ("s", "%s", "Int 1"), ("b", "%b", "Int 1")):
        yield case(
            f"errors/format-{label}",
            f"{directive} given {argument}",
            host,
            constants('Str "sprintf"', f'Str "{directive}"', argument)
            + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", "CALL 1", "RETURN"),
            both=fails("runtime_type_mismatch"),
        )
    yield case(
        "host/print",
        "print, printfn, a format without directives, and a value that is not a format",
        [*host, "fzb.exec.intended.native-call"],
        constants('Str "print"', 'Str "printfn"', 'Str "a"', 'Str "100%%"', "Int 42", 'Str "b%d"', "Int 7")
        + code(
            "LOAD_GLOBAL 0",
            "LOAD_CONST 2",
            "CALL 1",
            "POP",
            "LOAD_GLOBAL 1",
            "LOAD_CONST 3",
            "CALL 1",
            "POP",
            "LOAD_GLOBAL 0",
            "LOAD_CONST 4",
            "CALL 1",
            "POP",
            "LOAD_GLOBAL 1",
            "LOAD_CONST 5",
            "CALL 1",
            "LOAD_CONST 6",
            "CALL 1",
            "RETURN",
        ),
        both=ok(UNIT, "a100%\n42b7\n"),
    )
    yield case(
        "errors/format-arity",
        "a printfn NativeFn whose arity does not fit its format",
        [*host, "fzb.exec.host.arity"],
        constants('NativeFn(name="printfn", arity=2, args=[Str "%d %d"])', "Int 1")
        + code("LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=fails("runtime_arity_mismatch"),
    )
    yield case(
        "host/pairs",
        "fst and snd",
        ["fzb.exec.host.registry", "fzb.exec.call.native"],
        constants('Str "fst"', 'Str "snd"', 'Tuple [Int 1, Str "b"]')
        + code(
            "LOAD_GLOBAL 0",
            "LOAD_CONST 2",
            "CALL 1",
            "STORE_LOCAL 0",
            "LOAD_GLOBAL 1",
            "LOAD_CONST 2",
            "CALL 1",
            "STORE_LOCAL 1",
            "LOAD_LOCAL 0",
            "LOAD_LOCAL 1",
            "MAKE_TUPLE 2",
            "RETURN",
        ),
        both=ok(T(I(1), S("b"))),
    )
    yield case(
        "errors/fst-triple",
        "fst of a 3-tuple",
        ["fzb.exec.host.registry", "fzb.exec.call.native"],
        constants('Str "fst"', "Tuple [Int 1, Int 2, Int 3]")
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )
    tui = ["fzb.exec.host.tui", "fzb.exec.host.registry", "fzb.exec.call.native"]
    yield case(
        "host/tui",
        "the TUI test host: createRect, createBuffer, withFg, withBold, setBufferString",
        tui,
        constants(
            'Str "createRect"',
            "Int 1",
            "Int 2",
            "Int 3",
            "Int 4",
            'Str "withFg"',
            'Str "Red"',
            'Str "emptyStyle"',
            'Str "withBold"',
            'Str "createBuffer"',
            'Str "setBufferString"',
            'Str "hi"',
        )
        + code(
            "LOAD_GLOBAL 0",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 2",
            "CALL 1",
            "LOAD_CONST 3",
            "CALL 1",
            "LOAD_CONST 4",
            "CALL 1",
            "STORE_LOCAL 0",
            "LOAD_GLOBAL 5",
            "LOAD_CONST 6",
            "CALL 1",
            "LOAD_GLOBAL 7",
            "CALL 1",
            "STORE_LOCAL 1",
            "LOAD_GLOBAL 8",
            "LOAD_LOCAL 1",
            "CALL 1",
            "STORE_LOCAL 2",
            "LOAD_GLOBAL 9",
            "LOAD_LOCAL 0",
            "CALL 1",
            "STORE_LOCAL 3",
            "LOAD_GLOBAL 10",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 11",
            "CALL 1",
            "LOAD_LOCAL 2",
            "CALL 1",
            "LOAD_LOCAL 3",
            "CALL 1",
            "STORE_LOCAL 4",
            "LOAD_LOCAL 0",
            "LOAD_LOCAL 2",
            "LOAD_LOCAL 4",
            "MAKE_TUPLE 3",
            "RETURN",
        ),
        both=ok(
            T(
                VAR("Rect", "Rect", I(1), I(2), I(3), I(4)),
                VAR("Style", "Style", VAR("OptionColor", "SomeColor", S("Red")), VAR("OptionColor", "NoneColor")),
                VAR("Buffer", "Buffer", VAR("Rect", "Rect", I(1), I(2), I(3), I(4))),
            )
        ),
    )
    yield case(
        "errors/with-fg-not-style",
        "withFg of something that is not a Style",
        tui,
        constants('Str "withFg"', 'Str "Red"', "Int 0")
        + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", "CALL 1", "RETURN"),
        both=fails("runtime_type_mismatch"),
    )


# -- limits -------------------------------------------------------------------------------------------------


def limit_cases() -> Iterator[GeneratedCase]:
    steps = ["fzb.exec.limit.steps", "fzb.exec.limit.options"]
    yield case(
        "limits/steps-loop",
        "an endless loop under a step limit of 1000",
        steps,
        code("loop: JUMP loop"),
        both=fails("step_limit_exceeded"),
        options={"step_limit": 1000},
    )
    four = loads_then(["Int 1", "Int 2"], "ADD", "RETURN")
    yield case(
        "limits/steps-exact",
        "4 instructions under a step limit of 4",
        steps,
        four,
        both=ok(I(3)),
        options={"step_limit": 4},
    )
    yield case(
        "limits/steps-one-short",
        "4 instructions under a step limit of 3",
        steps,
        four,
        both=fails("step_limit_exceeded"),
        options={"step_limit": 3},
    )
    yield case(
        "limits/steps-failing-fetch",
        "the fetch that fails is a step: limit 1",
        [*steps, "fzb.exec.machine.fetch"],
        loads_then(["Int 1"]),
        both=fails("step_limit_exceeded"),
        options={"step_limit": 1},
    )
    yield case(
        "limits/steps-fetch-fails",
        "the fetch that fails is a step: limit 2",
        [*steps, "fzb.exec.machine.fetch"],
        loads_then(["Int 1"]),
        both=fails("runtime_invalid_instruction_pointer"),
        options={"step_limit": 2},
    )
    stack = ["fzb.exec.limit.stack", "fzb.exec.limit.options"]
    yield case(
        "limits/stack-exact",
        "3 values on the stack under a stack limit of 3",
        stack,
        loads_then(["Int 1", "Int 2", "Int 3"], "MAKE_TUPLE 3", "RETURN"),
        both=ok(T(I(1), I(2), I(3))),
        options={"stack_limit": 3},
    )
    yield case(
        "limits/stack-over",
        "4 values on the stack under a stack limit of 3",
        stack,
        loads_then(["Int 1", "Int 2", "Int 3", "Int 4"], "MAKE_TUPLE 4", "RETURN"),
        both=fails("stack_limit_exceeded"),
        options={"stack_limit": 3},
    )
    yield case(
        "limits/stack-padding",
        "STORE_LOCAL 200 pads the stack past a stack limit of 100",
        [*stack, "fzb.exec.store-local"],
        loads_then(["Int 1"], "STORE_LOCAL 200", "RETURN"),
        both=fails("stack_limit_exceeded"),
        options={"stack_limit": 100},
    )
    ident = constants('Closure(arity=1, name="id", chunk={\n    .code\n      LOAD_LOCAL 0\n      RETURN\n  })', "Int 1")
    repeat = ["LOAD_CONST 0", "LOAD_CONST 1", "CALL 1", "STORE_LOCAL 0"] * 8
    yield case(
        "limits/stack-leftovers",
        "eight calls: upstream's leftovers outgrow a stack limit of 8",
        [*stack, "fzb.exec.upstream.return", "fzb.exec.intended.return"],
        ident + code(*repeat, "LOAD_LOCAL 0", "RETURN"),
        upstream=fails("stack_limit_exceeded"),
        intended=ok(I(1)),
        options={"stack_limit": 8},
    )
    size = ["fzb.exec.limit.value-size"]
    yield case(
        "limits/string-doubling",
        "a string doubled until it passes the default 1 MiB",
        [*size, "fzb.exec.concat"],
        constants('Str "x"') + code("LOAD_CONST 0", "loop: DUP", "CONCAT", "JUMP loop"),
        both=fails("value_size_exceeded"),
    )
    small = {"value_size_limit": 3}
    for label, operands, op in (("tuple", 4, "MAKE_TUPLE 4"), ("list", 4, "MAKE_LIST 4"), ("array", 4, "MAKE_ARRAY 4")):
        yield case(
            f"limits/{label}-size",
            f"{op} under a value-size limit of 3",
            [*size, "fzb.exec.limit.options"],
            loads_then([f"Int {i}" for i in range(operands)], op, "RETURN"),
            both=fails("value_size_exceeded"),
            options=small,
        )
    yield case(
        "limits/cons-size",
        "a fourth cell onto a list of 3 under a value-size limit of 3",
        [*size, "fzb.exec.cons", "fzb.exec.limit.options"],
        loads_then(
            ["Int 0", "Cons(head=Int 1, tail=Cons(head=Int 2, tail=Cons(head=Int 3, tail=Nil)))"], "CONS", "RETURN"
        ),
        both=fails("value_size_exceeded"),
        options=small,
    )
    yield case(
        "limits/variant-size",
        "a variant of 4 fields under a value-size limit of 3",
        [*size, "fzb.exec.make-variant", "fzb.exec.limit.options"],
        loads_then(['Str "T"', 'Str "A"', "Int 1", "Int 2", "Int 3", "Int 4"], "MAKE_VARIANT 4", "RETURN"),
        both=fails("value_size_exceeded"),
        options={"value_size_limit": 3},
    )
    yield case(
        "limits/stdout",
        "printfn writes 4 bytes under a value-size limit of 3",
        [*size, "fzb.exec.host.standard", "fzb.exec.limit.options"],
        constants('Str "printfn"', 'Str "abc"') + code("LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "RETURN"),
        both=fails("value_size_exceeded"),
        options=small,
    )
    yield case(
        "limits/display",
        "Display of a shared tree of 2^20 leaves",
        [*size, "fzb.exec.value.display", "fzb.exec.host.format"],
        constants('Str "sprintf"', 'Str "%A"', "Int 1")
        + code(
            "LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", *["DUP", "MAKE_TUPLE 2"] * 20, "CALL 1", "RETURN"
        ),
        both=fails("value_size_exceeded"),
        options={"value_size_limit": 10000},
    )
    yield from allocation_cases()


# The default allocation budget (spec/formats/fzb-execution.md, Limits), restated for the cases' sizes.
ALLOCATION_LIMIT = 1 << 21


def tuple_rounds(rounds: int, width: int) -> str:
    """`t = (t, t, ...)` of `width` elements, `rounds` times; returns the round count (t is never returned)."""
    return constants("Int 1", "Int 0", f"Int {rounds}") + code(
        "LOAD_CONST 0",
        "LOAD_CONST 1",
        "loop: LOAD_LOCAL 1",
        "LOAD_CONST 2",
        "LT",
        "JUMP_IF_FALSE done",
        "LOAD_LOCAL 0",
        *["DUP"] * (width - 1),
        f"MAKE_TUPLE {width}",
        "STORE_LOCAL 0",
        "LOAD_LOCAL 1",
        "LOAD_CONST 0",
        "ADD",
        "STORE_LOCAL 1",
        "JUMP loop",
        "done: LOAD_LOCAL 1",
        "RETURN",
    )


def allocation_cases() -> Iterator[GeneratedCase]:
    budget = ["fzb.exec.limit.allocation", "fzb.exec.make-tuple", "fzb.exec.limit.step-cost"]
    rounds = ALLOCATION_LIMIT // 1024
    yield case(
        "limits/allocation-at-budget",
        f"{rounds} tuples of 1024 slots fill the default budget exactly",
        budget,
        tuple_rounds(rounds, 1024),
        both=ok(I(rounds)),
    )
    yield case(
        "limits/allocation-exact",
        "two pairs under an allocation limit of 4",
        [*budget, "fzb.exec.limit.options"],
        tuple_rounds(2, 2),
        both=ok(I(2)),
        options={"allocation_limit": 4},
    )
    yield case(
        "limits/allocation-one-over",
        "two pairs under an allocation limit of 3",
        [*budget, "fzb.exec.limit.options"],
        tuple_rounds(2, 2),
        both=fails("value_size_exceeded"),
        options={"allocation_limit": 3},
    )
    either = Expect("reject", errors=("value_size_exceeded", "step_limit_exceeded"))
    yield case(
        "limits/allocation-shared-pairs",
        "t = (t, t) forever: every pair keeps the older ones alive",
        budget,
        constants("Int 1") + code("LOAD_CONST 0", "loop: DUP", "MAKE_TUPLE 2", "JUMP loop"),
        both=either,
        case_class="impl-defined",
        notes="An implementation with a larger allocation budget reaches the step limit instead.",
    )
    yield case(
        "limits/allocation-strings",
        "a string concatenated to itself, kept in a growing list",
        ["fzb.exec.limit.allocation", "fzb.exec.concat", "fzb.exec.cons"],
        constants('Str "0123456789abcdef"')
        + code(
            "LOAD_CONST 0",
            "MAKE_LIST 0",
            "loop: LOAD_LOCAL 0",
            "LOAD_LOCAL 0",
            "CONCAT",
            "LOAD_LOCAL 1",
            "CONS",
            "STORE_LOCAL 1",
            "JUMP loop",
        ),
        both=either,
        case_class="impl-defined",
        notes="Each round builds 32 bytes and one cell; a larger budget reaches the step limit instead.",
    )
    hosts = ["fzb.exec.limit.allocation", "fzb.exec.call.native", "fzb.exec.host.format", "fzb.exec.limit.options"]
    sprintf = constants('Str "sprintf"', 'Str "%d"', "Int 12345") + code(
        "LOAD_GLOBAL 0", "LOAD_CONST 1", "CALL 1", "LOAD_CONST 2", "CALL 1", "RETURN"
    )
    yield case(
        "limits/allocation-sprintf-exact",
        "sprintf charges its partial application (1) and the bytes of its text (5): a budget of 6",
        hosts,
        sprintf,
        both=ok(S("12345")),
        options={"allocation_limit": 6},
    )
    yield case(
        "limits/allocation-sprintf-one-over",
        "sprintf charges its partial application (1) and the bytes of its text (5): a budget of 5",
        hosts,
        sprintf,
        both=fails("value_size_exceeded"),
        options={"allocation_limit": 5},
    )
    rect = constants('Str "createRect"', "Int 7") + code(
        "LOAD_GLOBAL 0", *["LOAD_CONST 1"] * 4, "CALL 4", "POP", "LOAD_CONST 1", "RETURN"
    )
    tui = ["fzb.exec.limit.allocation", "fzb.exec.host.tui", "fzb.exec.limit.options"]
    yield case(
        "limits/allocation-host-variant-exact",
        "createRect charges the four fields of the Rect it builds: a budget of 4",
        tui,
        rect,
        both=ok(I(7)),
        options={"allocation_limit": 4},
    )
    yield case(
        "limits/allocation-host-variant-one-over",
        "createRect charges the four fields of the Rect it builds: a budget of 3",
        tui,
        rect,
        both=fails("value_size_exceeded"),
        options={"allocation_limit": 3},
    )
    yield case(
        "limits/allocation-host-strings",
        "sprintf in a loop, each text kept in a growing list",
        ["fzb.exec.limit.allocation", "fzb.exec.call.native", "fzb.exec.host.format", "fzb.exec.cons"],
        constants('Str "sprintf"', 'Str "%s"', 'Str "0123456789abcdef"')
        + code(
            "MAKE_LIST 0",
            "loop: LOAD_GLOBAL 0",
            "LOAD_CONST 1",
            "CALL 1",
            "LOAD_CONST 2",
            "CALL 1",
            "LOAD_LOCAL 0",
            "CONS",
            "STORE_LOCAL 0",
            "JUMP loop",
        ),
        both=either,
        case_class="impl-defined",
        notes="Each round builds a partial application (1), 16 bytes of text and one cell: about 116,000 rounds "
        "fill the default budget; a larger budget reaches the step limit instead.",
    )


GROUPS = (
    storage_cases,
    call_cases,
    stack_cases,
    arithmetic_cases,
    equality_cases,
    control_cases,
    aggregate_cases,
    display_cases,
    result_cases,
    host_cases,
    limit_cases,
)

"""Chunks to Python functions, for the `intended` semantics (spec/formats/fzb-execution.md, "Engines").

Under `intended` a frame owns the stack above its function value, so when every path reaches an
instruction with the same stack height (checked here, else `NotCompilable`), each stack slot of a frame can
live in a Python local variable `s0`, `s1`, ... Each prototype becomes one Python function
`(closure, depth, base, arg0, ...) -> result`; basic blocks become `if pc == N:` sections of a loop; calls
are Python calls; a TailCall returns a `TailRequest` that the caller's call site runs in the same frame
depth (so tail calls never grow the Python stack).

Values that are only copied (LoadLocal, LoadConst, Dup, StoreLocal) are tracked as *atoms* and written to a
slot variable only when needed, which removes most of the stack traffic of ordinary code.

Exactness: every instruction runs the same helper functions as the interpreter (`vm.arith`, `vm.compare`,
...) or an inlined fast path for the common case that falls back to them, so results and errors are the
interpreter's. Steps are added per segment (a basic block, split after each call) on entry; when that passes
the limit, the segment's instructions that still fit run one by one after a test of the steps left, so the
step limit fails at exactly the interpreter's step. The stack height is checked per function on entry, an
over-approximation: when that limit *might* be crossed the run raises `Bail` and `vm.execute` runs the
program again in the interpreter, which finds the exact outcome.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass
from binfmt_conformance.reference_impl.fzb import hosts
from binfmt_conformance.reference_impl.fzb import vm as V
from binfmt_conformance.reference_impl.fzb.values import (
    I64_MAX,
    I64_MIN,
    NIL,
    Array,
    ClosureValue,
    Cons,
    Loader,
    NativeFn,
    NilType,
    Prototype,
    VariantValue,
    equal,
    invalid_index,
    type_mismatch,
    type_name,
    wrap_i64,
)

# Beyond these the interpreter is the better engine (huge functions, Python recursion that deep).
MAX_HEIGHT = 2048
MAX_CODE = 1 << 16
MAX_COMPILED_DEPTH = 10_000


class NotCompilable(Exception):
    """The program is outside what this compiler handles; the interpreter runs it."""


class Bail(Exception):
    """A limit might be crossed (or Python's own recursion limit was reached): rerun in the interpreter."""


class TailRequest:
    __slots__ = ("args", "callee")

    def __init__(self, callee: ClosureValue, args: tuple[Any, ...]) -> None:
        self.callee = callee
        self.args = args


# Stack effects: opcode -> (pops, pushes) for the opcodes whose effect depends only on operands.
def stack_effect(op: int, a: Any, b: Any) -> tuple[int, int]:
    fixed = {
        V.LOAD_CONST: (0, 1),
        V.LOAD_LOCAL: (0, 1),
        V.STORE_LOCAL: (1, 0),
        V.LOAD_UPVALUE: (0, 1),
        V.STORE_UPVALUE: (1, 0),
        V.LOAD_GLOBAL: (0, 1),
        V.POP: (1, 0),
        V.DUP: (1, 2),
        V.CHECK_INT: (1, 2),
        V.CHECK_BOOL: (1, 2),
        V.CHECK_STRING: (1, 2),
        V.CHECK_TUPLE_LEN: (1, 2),
        V.GET_TUPLE_ELEM: (1, 2),
        V.NOT: (1, 1),
        V.GET_TUPLE_FIELD: (1, 1),
        V.CONS: (2, 1),
        V.LIST_HEAD: (1, 1),
        V.LIST_TAIL: (1, 1),
        V.IS_NIL: (1, 1),
        V.ARRAY_GET: (2, 1),
        V.ARRAY_SET: (3, 1),
        V.ARRAY_LENGTH: (1, 1),
        V.ARRAY_UPDATE: (3, 1),
        V.GET_RECORD_FIELD: (2, 1),
        V.CHECK_VARIANT_TAG: (1, 1),
        V.GET_VARIANT_FIELD: (1, 1),
        V.CLOSE_UPVALUE: (0, 0),
        V.JUMP: (0, 0),
        V.JUMP_IF_FALSE: (1, 0),
        V.RETURN: (0, 0),
    }
    if op in fixed:
        return fixed[op]
    if V.ADD <= op <= V.OR:
        return 2, 1
    if op in (V.MAKE_TUPLE, V.MAKE_LIST, V.MAKE_ARRAY):
        return a, 1
    if op == V.MAKE_RECORD:
        return 2 * a, 1
    if op == V.UPDATE_RECORD:
        return 2 * a + 1, 1
    if op == V.MAKE_VARIANT:
        return a + 2, 1
    if op in (V.CALL, V.TAIL_CALL):
        return a + 1, 1
    if op == V.CALL_METHOD:
        return b + 1, 1
    if op == V.MAKE_CLOSURE:
        return b, 1
    raise AssertionError(op)


ENDS_BLOCK = {V.JUMP, V.JUMP_IF_FALSE, V.RETURN, V.TAIL_CALL}


# -- atoms: what a stack slot holds at compile time ---------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    code: str  # a Python expression: a slot variable, a literal or a namespace name
    slot: int | None = None  # the slot variable it reads, if any
    static_type: type | None = None  # known Python type of a constant


def may_be(atom: Atom, kind: type) -> bool:
    """False when the atom is a constant of another type (then no fast path is emitted for it)."""
    return atom.static_type is None or atom.static_type is kind


def var(slot: int) -> Atom:
    return Atom(f"s{slot}", slot)


NONE_ATOM = Atom("None", None, type(None))


@dataclass
class Emitter:
    """Python source of one function, with the abstract stack of the block being compiled."""

    lines: list[str] = field(default_factory=list)
    vals: list[Atom] = field(default_factory=list)
    indent: str = ""

    def emit(self, line: str) -> None:
        self.lines.append(self.indent + line)

    def before_write(self, slot: int) -> None:
        """Give every other slot that aliases variable s<slot> its own value before s<slot> changes."""
        aliases = [j for j, atom in enumerate(self.vals) if atom.slot == slot and j != slot]
        for j in aliases:
            self.emit(f"s{j} = s{slot}")
            self.vals[j] = var(j)

    def assign(self, slot: int, expression: str) -> None:
        self.before_write(slot)
        self.emit(f"s{slot} = {expression}")

    def materialize(self) -> None:
        """Every slot in its own variable (the state at every block boundary), in one parallel assignment."""
        pending = [(j, atom) for j, atom in enumerate(self.vals) if atom.code != f"s{j}"]
        if pending:
            targets = ", ".join(f"s{j}" for j, _ in pending)
            sources = ", ".join(atom.code for _, atom in pending)
            self.emit(f"{targets} = {sources}")
            for j, _ in pending:
                self.vals[j] = var(j)

    def pop(self) -> Atom:
        return self.vals.pop()


# -- analysis -------------------------------------------------------------------------------------------


@dataclass
class Analysis:
    leaders: list[int]
    heights: dict[int, int]  # entry height of each reachable block
    max_height: int
    loops: bool


def analyse(proto: Prototype, entry_height: int) -> Analysis:
    code = proto.code
    length = len(code)
    if length > MAX_CODE:
        raise NotCompilable("function too long")
    leaders = {0}
    for index, (op, a, _) in enumerate(code):
        if op in (V.JUMP, V.JUMP_IF_FALSE):
            target = index + 1 + a
            if 0 <= target <= length:
                leaders.add(target)
        if op in ENDS_BLOCK or op == V.JUMP_IF_FALSE:
            leaders.add(index + 1)
    ordered = sorted(x for x in leaders if x <= length)
    heights: dict[int, int] = {0: entry_height}
    work = [0]
    max_height = entry_height
    loops = False
    while work:
        start = work.pop()
        height = heights[start]
        index = start
        successors: list[int] = []
        while True:
            if index >= length:
                break  # a fetch past the end fails: no successor
            op, a, b = code[index]
            pops, pushes = stack_effect(op, a, b)
            if (op == V.LOAD_LOCAL and a >= height) or height < pops:
                break  # raises here every time: the block ends
            if op == V.STORE_LOCAL:
                height = max(height - 1, a + 1)
            else:
                height = height - pops + pushes
            max_height = max(max_height, height)
            index += 1
            if op in (V.JUMP, V.JUMP_IF_FALSE):
                target = index + a
                if 0 <= target <= length:
                    successors.append(target)
                    loops = loops or target <= index - 1
                if op == V.JUMP:
                    break
            if op in (V.RETURN, V.TAIL_CALL):
                break
            if index in leaders:
                successors.append(index)
                break
        for successor in successors:
            known = heights.get(successor)
            if known is None:
                heights[successor] = height
                work.append(successor)
            elif known != height:
                raise NotCompilable(f"stack height {known} and {height} meet at instruction {successor}")
    if max_height > MAX_HEIGHT:
        raise NotCompilable("stack too high")
    return Analysis(ordered, heights, max_height, loops)


# -- code generation ------------------------------------------------------------------------------------


def segment_steps(code: list[tuple[int, Any, Any]], start: int, end: int, length: int) -> tuple[int, int]:
    """Steps are counted per *segment*: from `start` up to and including the next call, or to the block's
    end `end` (a callee's steps come between a call and what follows it, so they are counted apart).
    Returns (steps, the index after the segment's last instruction); the fetch that fails past the end of
    the code is a step too."""
    last = start
    while last < end:
        last += 1
        if code[last - 1][0] in (V.CALL, V.CALL_METHOD):
            break
    count = last - start
    if last == end == length and (start == end or code[end - 1][0] not in (V.JUMP, V.RETURN, V.TAIL_CALL)):
        count += 1
    return count, last


def emit_step_count(
    code: list[tuple[int, Any, Any]],
    start: int,
    end: int,
    length: int,
    emit: Callable[[str], None],
    instruction: Callable[[int, int, Any, Any, int], bool],
    overrun: Callable[[], AbstractContextManager[None]],
) -> None:
    """Count the steps of the segment from `start` (see `segment_steps`). On an overrun the instructions that
    still fit run again one by one (`instruction`), each after a test of the steps left, so the step limit
    fails at exactly the interpreter's step (and a fault before it wins). `overrun()` is the branch they are
    emitted in: one indent deeper, the compile-time state restored after it."""
    count, last = segment_steps(code, start, end, length)
    if not count:
        return
    emit(f"_S += {count}")
    emit("if _S > STEP_LIMIT:")
    with overrun():
        emit(f"_left = STEP_LIMIT - _S + {count}")
        for step, index in enumerate(range(start, min(last, start + count - 1))):
            emit(f"if _left == {step}:")
            emit("    raise steps_exceeded()")
            op, a, b = code[index]
            if not instruction(index, op, a, b, length):
                break
        emit("raise steps_exceeded()")


class FunctionCompiler:
    def __init__(self, proto: Prototype, pid: int, names: Namespace, entry_height: int) -> None:
        self.proto = proto
        self.pid = pid
        self.names = names
        self.entry_height = entry_height
        self.out = Emitter()

    def compile(self) -> list[str]:
        analysis = analyse(self.proto, self.entry_height)
        params = "".join(f", s{i}" for i in range(self.entry_height))
        out = self.out
        out.emit(f"def f{self.pid}(clo, depth, base{params}):")
        out.indent = "    "
        out.emit("global _S")
        out.emit(f"if base + {analysis.max_height} > STACK_LIMIT:")
        out.emit("    raise Bail")
        out.emit("pc = 0")
        if analysis.loops:
            out.emit("while True:")
            out.indent = "        "
        length = len(self.proto.code)
        blocks = [start for start in analysis.leaders if start in analysis.heights]
        for start in blocks:
            end = next((x for x in analysis.leaders if x > start), length)
            base_indent = out.indent
            out.emit(f"if pc == {start}:")
            out.indent = base_indent + "    "
            out.vals = [var(i) for i in range(analysis.heights[start])]
            if self.block(start, end, length):
                # falls through to `end`, which is the next block emitted
                out.materialize()
                out.emit(f"pc = {end}")
            out.indent = base_indent
        if not analysis.loops:
            out.emit("raise AssertionError('no block returned')")
        return out.lines

    def step_count(self, start: int, end: int, length: int) -> None:
        """The step count of the segment from `start` (`emit_step_count`)."""
        emit_step_count(self.proto.code, start, end, length, self.out.emit, self.instruction, self.overrun)

    @contextmanager
    def overrun(self) -> Iterator[None]:
        out = self.out
        saved_vals, saved_indent = list(out.vals), out.indent
        out.indent += "    "
        try:
            yield
        finally:
            out.vals, out.indent = saved_vals, saved_indent

    def block(self, start: int, end: int, length: int) -> bool:
        """Emit instructions [start, end); True when control falls through to `end`."""
        if start == length:
            self.step_count(start, end, length)
            self.raise_fetch(length)
            return False
        self.step_count(start, end, length)
        for index in range(start, end):
            op, a, b = self.proto.code[index]
            if not self.instruction(index, op, a, b, length):
                return False
            if op in (V.CALL, V.CALL_METHOD):
                self.step_count(index + 1, end, length)
        if end == length:
            self.raise_fetch(length)
            return False
        return True

    def raise_fetch(self, length: int) -> None:
        self.out.emit(self.fetch_failure(length))

    @staticmethod
    def fetch_failure(length: int) -> str:
        return f"raise fail(E_IP, 'Invalid instruction pointer: {length}', 'fzb.exec.machine.fetch')"

    def const(self, index: int) -> Atom:
        value = self.proto.constants[index]
        kind = type(value)
        if kind is int or kind is bool or value is None:
            return Atom(repr(value), None, kind)
        return Atom(self.names.bind(value), None, kind)

    def generic(self, op: int, a: Any, b: Any, pops: int, pushes: int) -> None:
        """Run the interpreter's handler on a list of the top values; the same errors come out."""
        out = self.out
        take = min(pops, len(out.vals))
        operands = [out.pop() for _ in range(take)][::-1]
        first = len(out.vals)
        listed = ", ".join(x.code for x in operands)
        operand = self.names.bind(a) if isinstance(a, str) else repr(a)
        out.emit(f"_st = [{listed}]")
        out.emit(f"SIMPLE[{op}](MACHINE, _st, 0, {operand})")
        if take < pops:
            out.emit("raise AssertionError('the handler must have raised')")
            return
        for k in range(pushes):
            out.assign(first + k, f"_st[{k}]")
            out.vals.append(var(first + k))

    def item(self, index: int, kind: type, items: str, slow: str) -> bool:
        """Push item `index` of the popped value: read straight when it is a `kind` whose `items` (a pattern of
        the value's code) have it, else through the helper `slow`, which faults as the interpreter does."""
        value = self.out.pop()
        if not may_be(value, kind):
            self.push_expression(f"{slow}({value.code}, {index})")
            return True
        code, held = value.code, items.format(value.code)
        self.push_expression(
            f"{held}[{index}] if type({code}) is {kind.__name__} and {index} < len({held}) else {slow}({code}, {index})"
        )
        return True

    def instruction(self, index: int, op: int, a: Any, b: Any, length: int) -> bool:
        """Emit one instruction; False when control does not go on to the next one."""
        out = self.out
        vals = out.vals
        height = len(vals)
        pops, pushes = stack_effect(op, a, b)
        if op == V.LOAD_LOCAL:
            if a >= height:
                out.emit(f"raise invalid_index('Invalid local index: {a}', 'fzb.exec.load-local')")
                return False
            vals.append(vals[a])
            return True
        if op == V.LOAD_CONST:
            if a >= len(self.proto.constants):
                out.emit(f"raise invalid_index('Invalid constant index: {a}', 'fzb.exec.load-const')")
                return False
            vals.append(self.const(a))
            return True
        if op == V.CALL_METHOD or op == V.MAKE_CLOSURE:
            # the constant operand is checked before anything is popped
            problem = self.constant_problem(op, a)
            if problem:
                out.emit(problem)
                return False
        if height < pops:
            if op in V_SIMPLE_OPS:
                self.generic(op, a, b, pops, pushes)
            else:
                out.emit("raise underflow()")
            return False
        if op == V.STORE_LOCAL:
            # Lazy: the slot takes the atom; a variable is written only when something needs it.
            value = out.pop()
            while len(vals) < a:
                vals.append(NONE_ATOM)
            if a == len(vals):
                vals.append(value)
            else:
                vals[a] = value
            return True
        if op == V.POP:
            out.pop()
            return True
        if op == V.DUP:
            vals.append(vals[-1])
            return True
        if op == V.JUMP:
            return self.jump(index, a, length, conditional=None)
        if op == V.JUMP_IF_FALSE:
            return self.jump(index, a, length, conditional=out.pop())
        if op in ARITH_OPS:
            self.arith(op)
            return True
        if op in COMPARE_OPS:
            self.compare(op)
            return True
        if op == V.EQ or op == V.NEQ:
            rhs, lhs = out.pop(), out.pop()
            test = "" if op == V.EQ else "not "
            if lhs.static_type in SIMPLE_TYPES or rhs.static_type in SIMPLE_TYPES:
                guard = f"type({lhs.code}) is type({rhs.code})"
                fast = f"({lhs.code} {'==' if op == V.EQ else '!='} {rhs.code})"
                expression = f"{fast} if {guard} else {test}equal({lhs.code}, {rhs.code}, VALUE_LIMIT)"
            else:
                expression = f"{test}equal({lhs.code}, {rhs.code}, VALUE_LIMIT)"
            self.push_expression(expression)
            return True
        if op == V.RETURN:
            result = out.pop().code if vals else "None"
            out.emit(f"return {result}")
            return False
        if op == V.CALL or op == V.CALL_METHOD or op == V.TAIL_CALL:
            return self.call(op, a, b)
        if op == V.GET_VARIANT_FIELD:
            return self.item(a, VariantValue, "{}.fields", "variant_field")
        if op == V.CHECK_VARIANT_TAG:
            value = out.pop()
            tag = self.names.bind(a)
            if not may_be(value, VariantValue):
                self.push_expression("False")
                return True
            self.push_expression(f"type({value.code}) is VariantValue and {value.code}.variant_name == {tag}")
            return True
        if op == V.MAKE_VARIANT:
            fields = [out.pop() for _ in range(a)][::-1]
            variant_name, type_name_ = out.pop(), out.pop()
            listed = "".join(f"{x.code}, " for x in fields)
            self.push_expression(f"make_variant({type_name_.code}, {variant_name.code}, ({listed}), VALUE_LIMIT)")
            self.charge(a)
            return True
        if op == V.MAKE_TUPLE:
            fields = [out.pop() for _ in range(a)][::-1]
            if a > 0 and a > self.names.value_limit:
                out.emit(f"raise too_big('a tuple of {a} elements is larger than {self.names.value_limit}')")
                return False
            self.push_expression("(" + "".join(f"{x.code}, " for x in fields) + ")")
            self.charge(a)
            return True
        if op == V.GET_TUPLE_FIELD:
            return self.item(a, tuple, "{}", "tuple_field")
        if op == V.ARRAY_GET:
            index_, array = out.pop(), out.pop()
            self.push_expression(f"array_get({array.code}, {index_.code})")
            return True
        if op == V.ARRAY_SET:
            value, index_, array = out.pop(), out.pop(), out.pop()
            out.emit(f"array_set({array.code}, {index_.code}, {value.code})")
            vals.append(NONE_ATOM)
            return True
        if op == V.CONS:
            tail, head = out.pop(), out.pop()
            self.push_expression(f"make_cons({head.code}, {tail.code}, VALUE_LIMIT)")
            self.charge(1)
            return True
        if op == V.LIST_HEAD or op == V.LIST_TAIL:
            value = out.pop()
            part = "head" if op == V.LIST_HEAD else "tail"
            if not may_be(value, Cons):
                self.push_expression(f"list_part({value.code}, {op == V.LIST_HEAD})")
                return True
            self.push_expression(
                f"{value.code}.{part} if type({value.code}) is Cons else list_part({value.code}, {op == V.LIST_HEAD})"
            )
            return True
        if op == V.IS_NIL:
            value = out.pop()
            self.push_expression(f"type({value.code}) is NilType")
            return True
        if op == V.LOAD_GLOBAL:
            return self.load_global(a)
        if op == V.LOAD_UPVALUE:
            self.push_expression(
                f"clo.upvalues[{a}] if {a} < len(clo.upvalues) else bad_upvalue({a}, 'fzb.exec.load-upvalue')"
            )
            return True
        if op == V.STORE_UPVALUE:
            value = out.pop()
            out.emit(f"if {a} >= len(clo.upvalues):")
            out.emit(f"    bad_upvalue({a}, 'fzb.exec.store-upvalue')")
            out.emit(f"clo.upvalues[{a}] = {value.code}")
            return True
        if op == V.MAKE_CLOSURE:
            return self.make_closure(a, b)
        if op == V.CLOSE_UPVALUE:
            return True
        self.generic(op, a, b, pops, pushes)
        return True

    def charge(self, count: int) -> None:
        """The interpreter's `charge`, inlined after a constructor (fzb.exec.limit.allocation)."""
        if count:
            self.out.emit(f"MACHINE.allocated += {count}")
            self.out.emit("if MACHINE.allocated > ALLOC_LIMIT:")
            self.out.emit("    raise over_budget(ALLOC_LIMIT)")

    def push_expression(self, expression: str) -> None:
        slot = len(self.out.vals)
        self.out.assign(slot, expression)
        self.out.vals.append(var(slot))

    def arith(self, op: int) -> None:
        out = self.out
        rhs, lhs = out.pop(), out.pop()
        slot = len(out.vals)
        symbol = {V.ADD: "+", V.SUB: "-", V.MUL: "*"}.get(op)
        guard = self.int_guard(lhs, rhs)
        out.before_write(slot)
        if symbol is None:
            out.emit(f"s{slot} = arith({op}, {lhs.code}, {rhs.code})")
        else:
            out.emit(f"if {guard}:")
            out.emit(f"    s{slot} = {lhs.code} {symbol} {rhs.code}")
            out.emit(f"    if not {I64_MIN} <= s{slot} <= {I64_MAX}:")
            out.emit(f"        s{slot} = wrap_i64(s{slot})")
            out.emit("else:")
            out.emit(f"    s{slot} = arith({op}, {lhs.code}, {rhs.code})")
        out.vals.append(var(slot))

    def compare(self, op: int) -> None:
        out = self.out
        rhs, lhs = out.pop(), out.pop()
        symbol = {V.LT: "<", V.LTE: "<=", V.GT: ">", V.GTE: ">="}[op]
        guard = self.int_guard(lhs, rhs)
        self.push_expression(f"({lhs.code} {symbol} {rhs.code}) if {guard} else compare({op}, {lhs.code}, {rhs.code})")

    @staticmethod
    def int_guard(lhs: Atom, rhs: Atom) -> str:
        checks = [f"type({x.code}) is int" for x in (lhs, rhs) if x.static_type is not int]
        return " and ".join(checks) or "True"

    def jump(self, index: int, offset: int, length: int, conditional: Atom | None) -> bool:
        out = self.out
        target = index + 1 + offset
        if conditional is not None:
            assigned = {j for j, atom in enumerate(out.vals) if atom.code != f"s{j}"}
            condition = conditional.code
            if conditional.slot is not None and conditional.slot in assigned:
                out.emit(f"_c = {condition}")
                condition = "_c"
            out.materialize()
            out.emit(f"if not {condition}:")
            out.indent += "    "
            self.goto(index, target, length)
            out.indent = out.indent[:-4]
            out.emit("else:")
            out.emit(f"    pc = {index + 1}")
            if index + 1 == length:
                out.emit("    " + self.fetch_failure(length))
            return False
        out.materialize()
        self.goto(index, target, length)
        return False

    def goto(self, index: int, target: int, length: int) -> None:
        out = self.out
        if target < 0 or target > length:
            shown = target % (1 << 64)
            out.emit(f"raise fail(E_IP, 'Invalid instruction pointer: {shown}', 'fzb.exec.jump')")
            return
        out.emit(f"pc = {target}")
        if target <= index:
            out.emit("continue")

    def load_global(self, k: int) -> bool:
        out = self.out
        if k >= len(self.proto.constants):
            out.emit(f"raise invalid_index('Invalid constant index: {k}', 'fzb.exec.load-global')")
            return False
        name = self.proto.constants[k]
        if type(name) is not str:
            message = f"Type mismatch: expected string (global name), got {type_name(name)}"
            out.emit(f"raise type_mismatch({self.names.bind(message)}, 'fzb.exec.load-global')")
            return False
        if name not in self.names.host_globals:
            message = f"Undefined global: {name}"
            out.emit(f"raise fail(E_UNDEFINED, {self.names.bind(message)}, 'fzb.exec.load-global')")
            return False
        out.vals.append(Atom(self.names.bind(self.names.host_globals[name]), None, None))
        return True

    def constant_problem(self, op: int, k: int) -> str | None:
        """The statement that raises when CallMethod's or MakeClosure's constant operand is unusable."""
        clause = "fzb.exec.call-method" if op == V.CALL_METHOD else "fzb.exec.make-closure"
        if k >= len(self.proto.constants):
            return f"raise invalid_index('Invalid constant index: {k}', '{clause}')"
        constant = self.proto.constants[k]
        if op == V.CALL_METHOD and type(constant) is not str:
            message = f"Type mismatch: expected string (method name), got {type_name(constant)}"
            return f"raise type_mismatch({self.names.bind(message)}, '{clause}')"
        if op == V.MAKE_CLOSURE and type(constant) is not ClosureValue:
            message = f"Type mismatch: expected closure, got {type_name(constant)}"
            return f"raise type_mismatch({self.names.bind(message)}, '{clause}')"
        return None

    def make_closure(self, k: int, count: int) -> bool:
        out = self.out
        prototype = self.proto.constants[k]
        captured = [out.pop() for _ in range(count)][::-1]
        listed = ", ".join(x.code for x in captured)
        self.push_expression(f"ClosureValue({self.names.bind(prototype)}.proto, [{listed}])")
        self.charge(count)
        return True

    def call(self, op: int, a: int, b: int) -> bool:
        out = self.out
        argc = b if op == V.CALL_METHOD else a
        args = [out.pop() for _ in range(argc)][::-1]
        callee = out.pop()
        slot = len(out.vals)
        listed = "".join(f"{x.code}, " for x in args)
        out.before_write(slot)
        if op == V.CALL_METHOD:
            name = self.proto.constants[a]
            out.emit(f"_f = method_callee({callee.code}, {self.names.bind(name)})")
        else:
            out.emit(f"_f = {callee.code}")
        clause = "fzb.exec.tail-call" if op == V.TAIL_CALL else "fzb.exec.call"
        out.emit("if type(_f) is ClosureValue:")
        out.emit("    _p = _f.proto")
        out.emit(f"    if _p.arity != {argc}:")
        out.emit(f"        arity_mismatch(_p.arity, {argc}, '{clause}')")
        if op == V.TAIL_CALL:
            out.emit(f"    return TailRequest(_f, ({listed}))")
            out.emit("if type(_f) is NativeFn:")
            out.emit(f"    return apply_native(_f, ({listed}))")
            out.emit(f"raise not_function(_f, '{clause}')")
            return False
        out.emit("    if depth >= DEPTH_LIMIT:")
        out.emit("        raise depth_exceeded()")
        out.emit(f"    s{slot} = _p.compiled(_f, depth + 1, base + {slot + 1}, {listed})")
        out.emit(f"    if type(s{slot}) is TailRequest:")
        out.emit(f"        s{slot} = run_tail(s{slot}, depth + 1, base + {slot + 1})")
        out.emit("elif type(_f) is NativeFn:")
        out.emit(f"    s{slot} = apply_native(_f, ({listed}))")
        out.emit("else:")
        out.emit(f"    raise not_function(_f, '{clause}')")
        out.vals.append(var(slot))
        return True


ARITH_OPS = {V.ADD, V.SUB, V.MUL, V.DIV}
COMPARE_OPS = {V.LT, V.LTE, V.GT, V.GTE}
SIMPLE_TYPES = {int, str, bool, float}
V_SIMPLE_OPS = {op for op, handler in enumerate(V.SIMPLE) if handler is not V.not_simple}


class Namespace:
    """The globals of the generated module: helpers, limits, and every constant the code refers to."""

    def __init__(self, limits: V.Limits, host_globals: dict[str, Any]) -> None:
        self.host_globals = host_globals
        self.value_limit = limits.value_size_limit
        self.table: dict[str, Any] = {}
        self.by_id: dict[int, str] = {}

    def bind(self, value: Any) -> str:
        key = id(value)
        name = self.by_id.get(key)
        if name is None:
            name = f"k{len(self.by_id)}"
            self.by_id[key] = name
            self.table[name] = value
        return name


@dataclass
class MachineStub:
    """What the interpreter's simple handlers read from their machine argument."""

    limits: V.Limits
    allocated: int = 0


def load_prototypes(
    chunk_value: dict[str, Any], limits: V.Limits, host: hosts.Host
) -> tuple[Prototype, list[Prototype], Namespace]:
    """The top-level prototype, every prototype to compile, and the names their code may use (both compilers)."""
    if limits.call_depth_limit > MAX_COMPILED_DEPTH:
        raise NotCompilable("call depth limit too high for Python recursion")
    loader = Loader(V.OPCODES)
    top = loader.prototype(V.top_level(chunk_value))
    return top, list(loader.prototypes.values()), Namespace(limits, host.globals())


def run(chunk_value: dict[str, Any], limits: V.Limits, host: hosts.Host) -> V.Outcome:
    top, prototypes, names = load_prototypes(chunk_value, limits, host)
    lines: list[str] = []
    for pid, proto in enumerate(prototypes):
        entry = 0 if proto is top else proto.arity
        lines.extend(FunctionCompiler(proto, pid, names, entry).compile())
    ctx = hosts.HostContext(limits.value_size_limit)
    machine = V.Machine(limits, True, host)
    machine.ctx = ctx
    namespace = helpers(limits, machine)
    ctx.meter = namespace["MACHINE"]  # host functions charge the budget the compiled code charges
    namespace.update(names.table)
    source = "\n".join(lines) + "\n"
    exec(compile(source, "<fzb compiled>", "exec"), namespace)
    for pid, proto in enumerate(prototypes):
        proto.compiled = namespace[f"f{pid}"]
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 4 * limits.call_depth_limit + 500))
    try:
        result = top.compiled(ClosureValue(top, []), 1, 0)
        if type(result) is TailRequest:
            result = run_tail(result, 1, 1)
    except RecursionError:
        raise Bail from None
    finally:
        sys.setrecursionlimit(old_limit)
    return V.Outcome(result, ctx.stdout, "compiled")


def run_tail(request: TailRequest, depth: int, base: int) -> Any:
    """Run tail calls in the frame they replace (same depth, same base) until one returns a value."""
    while True:
        callee = request.callee
        result = callee.proto.compiled(callee, depth, base, *request.args)
        if type(result) is not TailRequest:
            return result
        request = result


def helpers(limits: V.Limits, machine: V.Machine) -> dict[str, Any]:
    def arity_mismatch(expected: int, got: int, clause: str) -> None:
        raise V.fail(ErrorClass.RUNTIME_ARITY_MISMATCH, f"Arity mismatch: expected {expected}, got {got}", clause)

    def not_function(value: Any, clause: str) -> Exception:
        return type_mismatch(f"Type mismatch: expected function, got {type_name(value)}", clause)

    def steps_exceeded() -> Exception:
        limit = limits.step_limit
        return V.fail(ErrorClass.STEP_LIMIT_EXCEEDED, f"more than {limit} steps", "fzb.exec.limit.steps")

    def depth_exceeded() -> Exception:
        limit = limits.call_depth_limit
        return V.fail(ErrorClass.CALL_DEPTH_EXCEEDED, f"more than {limit} frames", "fzb.exec.limit.call-depth")

    def bad_upvalue(index: int, clause: str) -> Any:
        raise invalid_index(f"Invalid upvalue index: {index}", clause)

    def method_callee(receiver: Any, name: str) -> Any:
        if type(receiver) is not V.Record:
            message = f"Method dispatch not supported for type: {type_name(receiver)}"
            raise type_mismatch(message, "fzb.exec.call-method")
        if name not in receiver.fields:
            raise invalid_index(f"Record field not found: {name}", "fzb.exec.call-method")
        return receiver.fields[name]

    stub = MachineStub(limits)
    return {
        "__builtins__": __builtins__,
        "_S": 0,
        "STEP_LIMIT": limits.step_limit,
        "STACK_LIMIT": limits.stack_limit,
        "DEPTH_LIMIT": limits.call_depth_limit,
        "VALUE_LIMIT": limits.value_size_limit,
        "ALLOC_LIMIT": limits.allocation_limit,
        "over_budget": V.over_budget,
        "MACHINE": stub,
        "SIMPLE": V.SIMPLE,
        "Bail": Bail,
        "steps_exceeded": steps_exceeded,
        "TailRequest": TailRequest,
        "run_tail": run_tail,
        "ClosureValue": ClosureValue,
        "NativeFn": NativeFn,
        "VariantValue": VariantValue,
        "Cons": Cons,
        "NilType": NilType,
        "NIL": NIL,
        "Array": Array,
        "E_IP": ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER,
        "E_UNDEFINED": ErrorClass.RUNTIME_UNDEFINED_GLOBAL,
        "fail": V.fail,
        "underflow": V.underflow,
        "invalid_index": invalid_index,
        "type_mismatch": type_mismatch,
        "too_big": V.too_big,
        "wrap_i64": wrap_i64,
        "arith": V.arith,
        "compare": V.compare,
        "equal": equal,
        "variant_field": V.variant_field,
        "make_variant": V.make_variant,
        "tuple_field": V.tuple_field,
        "array_get": V.array_get,
        "array_set": V.array_set,
        "make_cons": V.make_cons,
        "list_part": V.list_part,
        "apply_native": machine.apply_native,
        "arity_mismatch": arity_mismatch,
        "not_function": not_function,
        "depth_exceeded": depth_exceeded,
        "bad_upvalue": bad_upvalue,
        "method_callee": method_callee,
    }

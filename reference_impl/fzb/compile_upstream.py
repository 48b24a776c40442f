"""Chunks to Python functions for the `upstream` semantics (spec/formats/fzb-execution.md, "Engines").

Upstream's frames share one stack and a Return leaves the callee's slots behind, so the stack height after a
call is not static and the stack cannot be replaced by Python variables as `compile_py` does for
`intended`. Each prototype becomes one Python function `(closure, depth, stack, base) -> result` that keeps
the real shared stack as a list, but between the points where the stack is observable (calls, block ends,
Return, generic instructions) the values pushed are Python temporaries (`UpstreamCompiler`: a virtual stack
proven per block), and frame slots are read without a bounds check where a static lower bound on the height
proves them there. Everything else calls the interpreter's own handlers (`vm.SIMPLE`, `vm.arith`, ...), so
results and errors are the interpreter's.

As in `compile_py`, steps are added per segment on entry and decided exactly on an overrun; the stack height
is checked against a bound computed for each straight stretch of code, and whenever that limit might be
crossed the run raises `compile_py.Bail` and the interpreter runs the program again from the start.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from binfmt_conformance.reference_impl.fzb import hosts
from binfmt_conformance.reference_impl.fzb import vm as V
from binfmt_conformance.reference_impl.fzb.compile_py import (
    ENDS_BLOCK,
    MAX_CODE,
    Bail,
    Namespace,
    NotCompilable,
    emit_step_count,
    helpers,
    load_prototypes,
    stack_effect,
)
from binfmt_conformance.reference_impl.fzb.values import I64_MAX, I64_MIN, ClosureValue, Prototype, type_name

HOT_BINARY = {V.ADD: "+", V.SUB: "-", V.MUL: "*"}
COMPARISONS = {V.LT: "<", V.LTE: "<=", V.GT: ">", V.GTE: ">="}


def leaders(code: list[tuple[int, Any, Any]]) -> list[int]:
    starts = {0}
    for index, (op, a, _) in enumerate(code):
        if op in (V.JUMP, V.JUMP_IF_FALSE):
            target = index + 1 + a
            if 0 <= target <= len(code):
                starts.add(target)
        if op in ENDS_BLOCK:
            starts.add(index + 1)
    return sorted(s for s in starts if s <= len(code))


class UpstreamCompiler:
    """One prototype to one Python function.

    Within a basic block the values the code pushes are kept at compile time as a *virtual stack* of Python
    expressions (constants, or temporaries `t<n>` assigned once) above the real list `st`; they are written
    to `st` (materialized) only where the shared stack is observable: before a call (the callee reads its
    arguments as slots of `st`), before a block ends, before any instruction compiled the generic way, and
    at Return (what stays below the result is the caller's leftover, as upstream's Return leaves it).
    Slots of the frame are read straight from `st` when a lower bound on its height proves them present
    (`low`: `len(st) - base` is at least this; None when nothing is known, as after a call, whose callee
    may pop anything); otherwise with the interpreter's check. A block's entry bound is the least over the
    jumps into it, found by a small fixpoint; the entry block starts at the arity (the caller pushed the
    arguments and checked their count)."""

    def __init__(self, proto: Prototype, pid: int, names: Namespace) -> None:
        self.proto = proto
        self.pid = pid
        self.names = names
        self.lines: list[str] = []
        self.indent = ""
        self.virtual: list[str] = []
        self.low: int | None = None
        self.temps = 0
        # slot -> the expression its value is known to be (since the last store or read of it, with no call,
        # pop from `st` or generic instruction between); None when it is not known
        self.slots: dict[int, str] = {}
        self.ints: set[str] = set()  # expressions known to be Ints (literal constants)

    def emit(self, line: str) -> None:
        self.lines.append(self.indent + line)

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    # -- the virtual stack --

    def materialize(self) -> None:
        if not self.virtual:
            return
        if len(self.virtual) == 1:
            self.emit(f"st.append({self.virtual[0]})")
        else:
            self.emit(f"st.extend(({', '.join(self.virtual)},))")
        if self.low is not None:
            self.low += len(self.virtual)
        self.virtual = []

    def take(self) -> str:
        """The top value as an expression: a virtual one, or one popped from `st` now."""
        if self.virtual:
            return self.virtual.pop()
        name = self.temp()
        self.emit(f"{name} = st.pop()")  # IndexError on the empty stack: underflow (the function's handler)
        if self.low is not None:
            self.low -= 1
        self.slots = {}
        return name

    def push(self, expression: str) -> None:
        self.virtual.append(expression)

    # -- the frame-height analysis --

    def entry_bounds(self, starts: list[int]) -> dict[int, int | None]:
        code = self.proto.code
        ends = dict(zip(starts, [*starts[1:], len(code)], strict=True))
        bound: dict[int, int | None] = {0: self.proto.arity}
        todo, visits = [0], dict.fromkeys(starts, 0)
        while todo:
            start = todo.pop()
            visits[start] += 1
            low = bound[start]
            for index in range(start, ends[start]):
                op, a, b = code[index]
                low = self.after(op, a, b, low)
                exits: list[int] = []
                if op in (V.JUMP, V.JUMP_IF_FALSE):
                    exits.append(index + 1 + a)
                if op == V.JUMP_IF_FALSE or (index + 1 == ends[start] and op not in ENDS_BLOCK):
                    exits.append(index + 1)
                for target in exits:
                    if target not in ends:
                        continue
                    old = bound.get(target, "unset")
                    new = low if old == "unset" else (None if old is None or low is None else min(old, low))
                    if visits[target] > 8:
                        new = None  # a height that keeps falling round a loop: give up on it
                    if new != old:
                        bound[target] = new
                        todo.append(target)
                if op in ENDS_BLOCK:
                    break
        return {start: bound.get(start) for start in starts}

    @staticmethod
    def after(op: int, a: Any, b: Any, low: int | None) -> int | None:
        """The bound on `len(st) - base` after one instruction (all values on `st`)."""
        if op in (V.CALL, V.CALL_METHOD, V.TAIL_CALL):
            return None
        if op == V.LOAD_LOCAL:
            return max(low + 1, a + 2) if low is not None else a + 2
        pops, pushes = stack_effect(op, a, b)
        if op == V.STORE_LOCAL:
            return max(low - 1, a + 1) if low is not None else a + 1
        return None if low is None else low - pops + pushes

    # -- code --

    def compile(self) -> list[str]:
        code = self.proto.code
        if len(code) > MAX_CODE:
            raise NotCompilable("function too long")
        starts = leaders(code)
        bounds = self.entry_bounds(starts)
        loops = any(op in (V.JUMP, V.JUMP_IF_FALSE) and a < 0 for op, a, _ in code)  # a target at or before
        self.emit(f"def u{self.pid}(clo, depth, st, base):")
        self.indent = "    "
        self.emit("global _S")
        self.emit("pc = 0")
        self.emit("try:")
        self.indent = "        "
        if loops:
            self.emit("while True:")
            self.indent += "    "
        outer = self.indent
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(code)
            self.indent = outer
            self.emit(f"if pc == {start}:")
            self.indent = outer + "    "
            self.virtual, self.low, self.slots = [], bounds[start], {}
            self.block(start, end, len(code))
        self.indent = "        "
        if not loops:
            self.emit("raise AssertionError('no block returned')")
        self.indent = "    "
        self.emit("except IndexError:  # a pop or a peek of the empty stack")
        self.emit("    raise underflow() from None")
        return self.lines

    def block(self, start: int, end: int, length: int) -> None:
        self.segment(start, end, length)
        for index in range(start, end):
            op, a, b = self.proto.code[index]
            if not self.instruction(index, op, a, b, length):
                return
            if op in (V.CALL, V.CALL_METHOD):
                self.segment(index + 1, end, length)
        self.materialize()
        if end == length:
            self.emit(f"raise fail(E_IP, 'Invalid instruction pointer: {length}', 'fzb.exec.machine.fetch')")
        else:
            self.emit(f"pc = {end}")

    def segment(self, start: int, end: int, length: int) -> None:
        """The stack bound and the step count (`compile_py.emit_step_count`) of the segment from `start`."""
        self.stack_check(start, end)
        emit_step_count(self.proto.code, start, end, length, self.emit, self.instruction, self.overrun)

    @contextmanager
    def overrun(self) -> Iterator[None]:
        saved = (list(self.virtual), self.low, dict(self.slots), self.indent)
        self.indent += "    "
        try:
            yield
        finally:
            self.virtual, self.low, self.slots, self.indent = saved

    def stack_check(self, start: int, end: int) -> None:
        """Bail when the straight stretch from `start` (to the next call or `end`) might pass the limit; the
        virtual values are on the stack too."""
        rise = height = len(self.virtual)
        for op, a, b in self.proto.code[start:end]:
            if op in (V.CALL, V.CALL_METHOD):
                break
            pops, pushes = stack_effect(op, a, b)
            height += pushes - pops
            rise = max(rise, height)
        if rise:
            self.emit(f"if len(st) + {rise} > STACK_LIMIT:")
            self.emit("    raise Bail")

    def constant_problem(self, op: int, k: int, clause: str) -> str | None:
        constants = self.proto.constants
        if k >= len(constants):
            return f"raise invalid_index('Invalid constant index: {k}', '{clause}')"
        if op == V.LOAD_GLOBAL and type(constants[k]) is not str:
            message = f"Type mismatch: expected string (global name), got {type_name(constants[k])}"
            return f"raise type_mismatch({self.names.bind(message)}, '{clause}')"
        if op == V.MAKE_CLOSURE and type(constants[k]) is not ClosureValue:
            message = f"Type mismatch: expected closure, got {type_name(constants[k])}"
            return f"raise type_mismatch({self.names.bind(message)}, '{clause}')"
        return None

    def load_local(self, a: int) -> None:
        if a in self.slots:
            self.push(self.slots[a])
            return
        if self.low is not None and a < self.low:  # the slot is below everything virtual: on `st` for sure
            name = self.temp()
            self.emit(f"{name} = st[base + {a}]")
            self.slots[a] = name
            self.push(name)
            return
        self.materialize()
        self.emit(f"if base + {a} >= len(st):")
        self.emit(f"    raise invalid_index('Invalid local index: {a}', 'fzb.exec.load-local')")
        name = self.temp()
        self.emit(f"{name} = st[base + {a}]")
        self.low = max(self.low, a + 1) if self.low is not None else a + 1
        self.slots[a] = name
        self.push(name)

    def store_local(self, a: int) -> None:
        value = self.take()
        if self.low is not None and a < self.low:
            self.emit(f"st[base + {a}] = {value}")
            self.slots[a] = value
            return
        self.materialize()
        self.emit(f"if len(st) <= base + {a}:")
        self.emit(f"    st.extend([None] * (base + {a} + 1 - len(st)))")
        self.emit("    if len(st) > STACK_LIMIT:")
        self.emit("        raise Bail")
        self.emit(f"st[base + {a}] = {value}")
        self.low = max(self.low, a + 1) if self.low is not None else a + 1
        self.slots[a] = value

    def instruction(self, index: int, op: int, a: Any, b: Any, length: int) -> bool:
        """Emit one instruction; False when control does not go on to the next one."""
        emit = self.emit
        if op == V.LOAD_CONST:
            problem = self.constant_problem(op, a, "fzb.exec.load-const")
            if problem:
                self.materialize()
                emit(problem)
                return False
            constant = self.proto.constants[a]
            if type(constant) is int and I64_MIN <= constant <= I64_MAX:
                self.push(repr(constant) if constant >= 0 else f"({constant})")
                self.ints.add(self.virtual[-1])
            else:
                self.push(self.names.bind(constant))
        elif op == V.LOAD_LOCAL:
            self.load_local(a)
        elif op == V.STORE_LOCAL:
            self.store_local(a)
        elif op == V.POP:
            if self.virtual:
                self.virtual.pop()
            else:
                emit("st.pop()")
                self.low = None if self.low is None else self.low - 1
                self.slots = {}
        elif op == V.DUP:
            if self.virtual:
                self.push(self.virtual[-1])
            else:
                name = self.temp()
                emit(f"{name} = st[-1]")
                self.push(name)
        elif op in HOT_BINARY:
            rhs, lhs = self.take(), self.take()
            name = self.temp()
            emit(f"if {self.int_guard(lhs, rhs)}:")
            emit(f"    {name} = {lhs} {HOT_BINARY[op]} {rhs}")
            emit(f"    if not {I64_MIN} <= {name} <= {I64_MAX}:")
            emit(f"        {name} = wrap_i64({name})")
            emit("else:")
            emit(f"    {name} = arith({op}, {lhs}, {rhs})")
            self.push(name)
        elif op in COMPARISONS:
            rhs, lhs = self.take(), self.take()
            name = self.temp()
            guard = self.int_guard(lhs, rhs)
            emit(f"{name} = ({lhs} {COMPARISONS[op]} {rhs}) if {guard} else compare({op}, {lhs}, {rhs})")
            self.push(name)
        elif op == V.JUMP or op == V.JUMP_IF_FALSE:
            target = index + 1 + a
            if op == V.JUMP_IF_FALSE:
                condition = self.take()
                self.materialize()
                emit(f"if not {condition}:")
                self.indent += "    "
                self.goto(index, target, length)
                self.indent = self.indent[:-4]
                emit("else:")
                emit(f"    pc = {index + 1}")
                if index + 1 == length:
                    emit(f"    raise fail(E_IP, 'Invalid instruction pointer: {length}', 'fzb.exec.machine.fetch')")
                return False
            self.materialize()
            self.goto(index, target, length)
            return False
        elif op == V.CALL or op == V.CALL_METHOD:
            self.call(op, a, b)
        elif op == V.RETURN:
            if self.virtual:
                result = self.virtual.pop()
                self.materialize()  # what lies below the result stays on the shared stack
                emit(f"return {result}")
            else:
                emit("return st.pop() if st else None")
            return False
        elif op == V.TAIL_CALL:
            self.materialize()
            emit(
                "raise fail(E_NOT_IMPLEMENTED, 'Instruction not implemented in Phase 1: TailCall', "
                "'fzb.exec.upstream.tail-call')"
            )
            return False
        elif op == V.LOAD_GLOBAL:
            problem = self.constant_problem(op, a, "fzb.exec.load-global")
            name = None if problem else self.proto.constants[a]
            if problem or name not in self.names.host_globals:
                self.materialize()
                message = f"Undefined global: {name}"
                emit(problem or f"raise fail(E_UNDEFINED, {self.names.bind(message)}, 'fzb.exec.load-global')")
                return False
            self.push(self.names.bind(self.names.host_globals[name]))
        elif op == V.LOAD_UPVALUE:
            self.materialize()
            emit(f"raise invalid_index('Invalid upvalue index: {a}', 'fzb.exec.load-upvalue')")
            return False
        elif op == V.STORE_UPVALUE:
            self.take()
            self.materialize()
            emit(f"raise invalid_index('Invalid upvalue index: {a}', 'fzb.exec.store-upvalue')")
            return False
        elif op == V.MAKE_CLOSURE:
            problem = self.constant_problem(op, a, "fzb.exec.make-closure")
            self.materialize()
            if problem:
                emit(problem)
                return False
            emit(f"if len(st) < {b}:")
            emit("    raise underflow()")
            if b:
                emit(f"del st[len(st) - {b}:]")
            emit(f"st.append(ClosureValue({self.names.bind(self.proto.constants[a])}.proto, []))")
            self.low = None if self.low is None else self.low - b + 1
            self.slots = {}
        else:
            self.materialize()
            emit(f"SIMPLE[{op}](MACHINE, st, 0, {self.operand(a)})")  # its growth is in stack_check's bound
            pops, pushes = stack_effect(op, a, b)
            self.low = None if self.low is None else self.low - pops + pushes
            self.slots = {}
        return True

    def int_guard(self, lhs: str, rhs: str) -> str:
        """The test that both operands are Ints, leaving out what the constants already say."""
        tests = [f"type({side}) is int" for side in (lhs, rhs) if side not in self.ints]
        return " and ".join(tests) or "True"

    def operand(self, a: Any) -> str:
        return self.names.bind(a) if isinstance(a, str) else repr(a)

    def goto(self, index: int, target: int, length: int) -> None:
        """Forward: set pc and fall through the later blocks' tests; backward: round the loop again."""
        if target < 0 or target > length:
            self.emit(f"raise fail(E_IP, 'Invalid instruction pointer: {target % (1 << 64)}', 'fzb.exec.jump')")
            return
        self.emit(f"pc = {target}")
        if target <= index:
            self.emit("continue")

    def call(self, op: int, a: int, b: int) -> None:
        emit = self.emit
        result = self.temp()
        if op == V.CALL_METHOD:
            self.materialize()
            emit(f"_f, _k, _n = MACHINE_METHOD({self.names.bind(self.proto.constants)}, {a}, {b}, 0)")
        elif len(self.virtual) >= a + 1:  # the function and its arguments are all known here
            function = self.virtual[-a - 1]
            self.materialize()
            emit(f"if type({function}) is ClosureValue:")
            emit(f"    _p = ({function}).proto")  # a literal function: `1.proto` would not parse
            emit(f"    if _p.arity != {a}:")
            emit(f"        arity_mismatch(_p.arity, {a}, 'fzb.exec.call')")
            emit("    if depth >= DEPTH_LIMIT:")
            emit("        raise depth_exceeded()")
            emit(f"    {result} = _p.upstream({function}, depth + 1, st, len(st) - {a})")
            emit(f"elif type({function}) is NativeFn:")
            emit(f"    _k = len(st) - {a + 1}")
            emit(f"    {result} = apply_native({function}, tuple(st[_k + 1:]))")
            emit("    del st[_k + 1:]")
            emit("else:")
            emit(f"    raise not_function({function}, 'fzb.exec.call')")
            self.low = None
            self.slots = {}
            self.push(result)
            return
        else:
            self.materialize()
            emit(f"_k = len(st) - {a + 1}")
            emit("if _k < 0:")
            emit("    raise underflow()")
            emit("_f = st[_k]")
            emit(f"_n = {a}")
        emit("if type(_f) is ClosureValue:")
        emit("    _p = _f.proto")
        emit("    if _p.arity != _n:")
        emit("        arity_mismatch(_p.arity, _n, 'fzb.exec.call')")
        emit("    if depth >= DEPTH_LIMIT:")
        emit("        raise depth_exceeded()")
        emit(f"    {result} = _p.upstream(_f, depth + 1, st, _k + 1)")
        emit("elif type(_f) is NativeFn:")
        emit(f"    {result} = apply_native(_f, tuple(st[_k + 1:]))")
        emit(f"    del st[_k {'+ 1' if op == V.CALL else ''}:]")
        emit("else:")
        emit("    raise not_function(_f, 'fzb.exec.call')")
        self.low = None
        self.slots = {}
        self.push(result)


def run(chunk_value: dict[str, Any], limits: V.Limits, host: hosts.Host) -> V.Outcome:
    top, prototypes, names = load_prototypes(chunk_value, limits, host)
    lines: list[str] = []
    for pid, proto in enumerate(prototypes):
        lines.extend(UpstreamCompiler(proto, pid, names).compile())
    machine = V.Machine(limits, False, host)
    stack: list[Any] = machine.stack
    namespace = helpers(limits, machine)
    namespace.update(names.table)
    namespace["MACHINE_METHOD"] = machine.method
    namespace["E_NOT_IMPLEMENTED"] = V.ErrorClass.RUNTIME_NOT_IMPLEMENTED
    namespace["MACHINE"] = machine
    exec(compile("\n".join(lines) + "\n", "<fzb upstream>", "exec"), namespace)
    for pid, proto in enumerate(prototypes):
        proto.upstream = namespace[f"u{pid}"]
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 4 * limits.call_depth_limit + 500))
    try:
        result = top.upstream(ClosureValue(top, []), 1, stack, 0)
    except RecursionError:
        raise Bail from None
    finally:
        sys.setrecursionlimit(old_limit)
    return V.Outcome(result, machine.ctx.stdout, "compiled")

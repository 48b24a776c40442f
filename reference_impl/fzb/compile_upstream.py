"""Chunks to Python functions for the `upstream` semantics (spec/formats/fzb-execution.md, "Engines").

Upstream's frames share one stack and a Return leaves the callee's slots behind, so stack heights are not
static and the slots cannot become Python variables as `compile_py` does for `intended`. What compiling
still removes is the interpreter's dispatch: each prototype becomes one Python function
`(closure, depth, stack, base) -> result` whose basic blocks are straight-line list operations on the
shared stack, calling the interpreter's own handlers (`vm.SIMPLE`, `vm.arith`, ...) for everything but the
hottest instructions, so results and errors are the interpreter's.

As in `compile_py`, steps are added per basic block on entry and the stack height is checked against a
bound computed for each straight stretch of code; whenever a limit might be crossed the run raises
`compile_py.Bail` and the interpreter runs the program again from the start.
"""

from __future__ import annotations

import sys
from typing import Any

from reference_impl.fzb import hosts
from reference_impl.fzb import vm as V
from reference_impl.fzb.compile_py import (
    ENDS_BLOCK,
    MAX_CODE,
    Bail,
    Namespace,
    NotCompilable,
    helpers,
    load_prototypes,
    stack_effect,
)
from reference_impl.fzb.values import I64_MAX, I64_MIN, ClosureValue, Prototype, type_name

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
    def __init__(self, proto: Prototype, pid: int, names: Namespace) -> None:
        self.proto = proto
        self.pid = pid
        self.names = names
        self.lines: list[str] = []
        self.indent = ""

    def emit(self, line: str) -> None:
        self.lines.append(self.indent + line)

    def compile(self) -> list[str]:
        code = self.proto.code
        if len(code) > MAX_CODE:
            raise NotCompilable("function too long")
        starts = leaders(code)
        loops = any(op in (V.JUMP, V.JUMP_IF_FALSE) and a < 0 for op, a, _ in code)  # a target at or before
        self.emit(f"def u{self.pid}(clo, depth, st, base):")
        self.indent = "    "
        self.emit("global _S")
        self.emit("push, pop = st.append, st.pop")
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
            self.block(start, end, len(code))
        self.indent = "        "
        if not loops:
            self.emit("raise AssertionError('no block returned')")
        self.indent = "    "
        self.emit("except IndexError:  # a pop or a peek of the empty stack")
        self.emit("    raise underflow() from None")
        return self.lines

    def block(self, start: int, end: int, length: int) -> None:
        count = end - start
        if end == length and (start == end or self.proto.code[end - 1][0] not in (V.JUMP, V.RETURN, V.TAIL_CALL)):
            count += 1  # the fetch that fails past the end is a step too
        self.emit(f"_S += {count}")
        self.emit("if _S > STEP_LIMIT:")
        self.emit("    raise Bail")
        self.stack_check(start, end)
        for index in range(start, end):
            op, a, b = self.proto.code[index]
            if not self.instruction(index, op, a, b, length):
                return
            if op in (V.CALL, V.CALL_METHOD):
                self.stack_check(index + 1, end)
        if end == length:
            self.emit(f"raise fail(E_IP, 'Invalid instruction pointer: {length}', 'fzb.exec.machine.fetch')")
        else:
            self.emit(f"pc = {end}")

    def stack_check(self, start: int, end: int) -> None:
        """Bail when the straight stretch from `start` (to the next call or `end`) might pass the limit."""
        rise, height = 0, 0
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

    def instruction(self, index: int, op: int, a: Any, b: Any, length: int) -> bool:
        """Emit one instruction; False when control does not go on to the next one."""
        emit = self.emit
        if op == V.LOAD_CONST:
            problem = self.constant_problem(op, a, "fzb.exec.load-const")
            if problem:
                emit(problem)
                return False
            emit(f"push({self.names.bind(self.proto.constants[a])})")
        elif op == V.LOAD_LOCAL:
            emit(f"if base + {a} >= len(st):")
            emit(f"    raise invalid_index('Invalid local index: {a}', 'fzb.exec.load-local')")
            emit(f"push(st[base + {a}])")
        elif op == V.STORE_LOCAL:
            emit("_v = pop()")
            emit(f"if len(st) <= base + {a}:")
            emit(f"    st.extend([None] * (base + {a} + 1 - len(st)))")
            emit("    if len(st) > STACK_LIMIT:")
            emit("        raise Bail")
            emit(f"st[base + {a}] = _v")
        elif op == V.POP:
            emit("pop()")
        elif op == V.DUP:
            emit("push(st[-1])")
        elif op in HOT_BINARY:
            emit("_b = pop()")
            emit("_a = st[-1]")
            emit("if type(_a) is int and type(_b) is int:")
            emit(f"    _r = _a {HOT_BINARY[op]} _b")
            emit(f"    st[-1] = _r if {I64_MIN} <= _r <= {I64_MAX} else wrap_i64(_r)")
            emit("else:")
            emit(f"    st[-1] = arith({op}, _a, _b)")
        elif op in COMPARISONS:
            emit("_b = pop()")
            emit("_a = st[-1]")
            emit(
                f"st[-1] = (_a {COMPARISONS[op]} _b) if type(_a) is int and type(_b) is int else compare({op}, _a, _b)"
            )
        elif op == V.JUMP or op == V.JUMP_IF_FALSE:
            target = index + 1 + a
            if op == V.JUMP_IF_FALSE:
                emit("if not pop():")
                self.indent += "    "
                self.goto(index, target, length)
                self.indent = self.indent[:-4]
                emit("else:")
                emit(f"    pc = {index + 1}")
                if index + 1 == length:
                    emit(f"    raise fail(E_IP, 'Invalid instruction pointer: {length}', 'fzb.exec.machine.fetch')")
                return False
            self.goto(index, target, length)
            return False
        elif op == V.CALL or op == V.CALL_METHOD:
            self.call(op, a, b)
        elif op == V.RETURN:
            emit("return pop() if st else None")
            return False
        elif op == V.TAIL_CALL:
            emit(
                "raise fail(E_NOT_IMPLEMENTED, 'Instruction not implemented in Phase 1: TailCall', "
                "'fzb.exec.upstream.tail-call')"
            )
            return False
        elif op == V.LOAD_GLOBAL:
            problem = self.constant_problem(op, a, "fzb.exec.load-global")
            if problem:
                emit(problem)
                return False
            name = self.proto.constants[a]
            if name not in self.names.host_globals:
                emit(f"raise fail(E_UNDEFINED, {self.names.bind('Undefined global: ' + name)}, 'fzb.exec.load-global')")
                return False
            emit(f"push({self.names.bind(self.names.host_globals[name])})")
        elif op == V.LOAD_UPVALUE:
            emit(f"raise invalid_index('Invalid upvalue index: {a}', 'fzb.exec.load-upvalue')")
            return False
        elif op == V.STORE_UPVALUE:
            emit("pop()")
            emit(f"raise invalid_index('Invalid upvalue index: {a}', 'fzb.exec.store-upvalue')")
            return False
        elif op == V.MAKE_CLOSURE:
            problem = self.constant_problem(op, a, "fzb.exec.make-closure")
            if problem:
                emit(problem)
                return False
            emit(f"if len(st) < {b}:")
            emit("    raise underflow()")
            if b:
                emit(f"del st[len(st) - {b}:]")
            emit(f"push(ClosureValue({self.names.bind(self.proto.constants[a])}.proto, []))")
        else:
            emit(f"SIMPLE[{op}](MACHINE, st, 0, {self.operand(a)})")  # its growth is in stack_check's bound
        return True

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
        if op == V.CALL_METHOD:
            emit(f"_f, _k, _n = MACHINE_METHOD({self.names.bind(self.proto.constants)}, {a}, {b}, 0)")
        else:
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
        emit("    push(_p.upstream(_f, depth + 1, st, _k + 1))")
        emit("elif type(_f) is NativeFn:")
        emit("    _r = apply_native(_f, tuple(st[_k + 1:]))")
        emit(f"    del st[_k {'+ 1' if op == V.CALL else ''}:]")
        emit("    push(_r)")
        emit("else:")
        emit("    raise not_function(_f, 'fzb.exec.call')")


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

"""The reference VM: runs a decoded chunk under the `upstream` or the `intended` execution semantics
(spec/formats/fzb-execution.md).

`execute` picks an engine: the interpreter here, which implements both semantics instruction by
instruction, or a compiler of chunks to Python functions (`compile_py` for `intended`, `compile_upstream`
for `upstream`). A compiled run gives up (`compile_py.Bail`) whenever it cannot vouch for an exact outcome,
near a limit for instance; the interpreter then runs the program again from the start, so the answer never
depends on the engine.

Upstream's machine (`vm.rs::Vm::run`) has one value stack shared by all frames; a frame's locals are the
slots from its base, which is one past the called function value. Under `upstream` a Return leaves the
callee's function value, arguments and temporaries where they are and pushes the result on top, a native
call leaves the function value below its result, closures capture nothing and TailCall aborts. Under
`intended` a frame owns only the stack above its function value: it cannot pop below its base, Return and
native calls replace the function value and arguments by the result, MakeClosure captures, and TailCall
reuses the frame.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.reference_impl.fzb import hosts
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
    Record,
    VariantValue,
    equal,
    invalid_index,
    to_wire,
    too_big,
    type_mismatch,
    type_name,
    utf8_size,
    wrap_i64,
)

OPCODES: dict[str, int] = {name: index for index, (name, _, _) in enumerate(schema.INSTRUCTIONS)}
# Opcode constants, named as the assembler's mnemonics; the assertion ties them to the schema's order.
LOAD_CONST, LOAD_LOCAL, STORE_LOCAL, LOAD_UPVALUE, STORE_UPVALUE, LOAD_GLOBAL = 0, 1, 2, 3, 4, 5
POP, DUP, CHECK_INT, CHECK_BOOL, CHECK_STRING, CHECK_TUPLE_LEN, GET_TUPLE_ELEM = 6, 7, 8, 9, 10, 11, 12
ADD, SUB, MUL, DIV, CONCAT, EQ, NEQ, LT, LTE, GT, GTE, AND, OR, NOT = range(13, 27)
JUMP, JUMP_IF_FALSE, CALL, CALL_METHOD, TAIL_CALL, RETURN = range(27, 33)
MAKE_TUPLE, GET_TUPLE_FIELD, MAKE_LIST, CONS, LIST_HEAD, LIST_TAIL, IS_NIL = range(33, 40)
MAKE_ARRAY, ARRAY_GET, ARRAY_SET, ARRAY_LENGTH, ARRAY_UPDATE = range(40, 45)
MAKE_RECORD, GET_RECORD_FIELD, UPDATE_RECORD, MAKE_VARIANT, CHECK_VARIANT_TAG, GET_VARIANT_FIELD = range(45, 51)
MAKE_CLOSURE, CLOSE_UPVALUE = 51, 52
assert all(globals()[schema.mnemonic(name)] == index for name, index in OPCODES.items())

# Which execution semantics each decoding profile runs with (fzb.exec.profiles).
SEMANTICS = {"upstream": "upstream", "strict": "upstream", "legacy-b248970": "upstream", "intended": "intended"}


@dataclass(frozen=True)
class Limits:
    """Bounds on every execution (fzb.exec.limit.*); options of the `execute` operation override them."""

    step_limit: int = 1 << 24
    call_depth_limit: int = 1000
    stack_limit: int = 1 << 22
    value_size_limit: int = 1 << 20
    allocation_limit: int = 1 << 21

    @classmethod
    def from_options(cls, options: dict[str, Any] | None) -> Limits:
        chosen: dict[str, int] = {}
        for field in fields(cls):
            raw = (options or {}).get(field.name)
            if raw is None:
                continue
            if isinstance(raw, str) and raw.isdigit():
                raw = int(raw)
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
                raise ValueError(f"option {field.name} must be a positive integer, got {raw!r}")
            chosen[field.name] = raw
        return cls(**chosen)


@dataclass
class Outcome:
    result: Any  # a run-time value (reference_impl.fzb.values)
    stdout: str
    engine: str  # "interpreter" or "compiled"


def semantics_of(profile: str) -> str:
    if profile not in SEMANTICS:
        raise ValueError(f"no execution semantics for profile {profile!r}")
    return SEMANTICS[profile]


def top_level(chunk_value: dict[str, Any]) -> dict[str, Any]:
    """`execute` wraps the chunk in `Closure{arity 0, name None}` (fzb.exec.machine.start)."""
    return {"chunk": chunk_value, "arity": 0, "name": None}


def execute(
    chunk_value: dict[str, Any],
    profile: str = profiles.DEFAULT_PROFILE,
    options: dict[str, Any] | None = None,
    *,
    engine: str = "auto",
    host: hosts.Host = hosts.CONFORMANCE,
) -> Outcome:
    """Run a decoded chunk; runtime faults raise FormatError with a runtime class.

    `engine`: "auto" (compiled when the semantics allow it, else interpreted), "interpreter" or "compiled"
    (compiled or nothing: raises compile_py.NotCompilable)."""
    semantics = semantics_of(profile)
    limits = Limits.from_options(options)
    if engine != "interpreter":
        from binfmt_conformance.reference_impl.fzb import compile_py, compile_upstream

        compiler = compile_py if semantics == "intended" else compile_upstream
        try:
            return compiler.run(chunk_value, limits, host)
        except (compile_py.NotCompilable, compile_py.Bail):
            if engine == "compiled":
                raise
    loader = Loader(OPCODES)
    top = loader.prototype(top_level(chunk_value))
    machine = Machine(limits, semantics == "intended", host)
    result = machine.run(top)
    return Outcome(result, machine.ctx.stdout, "interpreter")


def execute_model(chunk_value: dict[str, Any], profile: str, options: dict[str, Any]) -> dict[str, Any]:
    """The `execute` operation: `{"result": <model of the result Value>, "stdout": "..."}`."""
    outcome = execute(chunk_value, profile, options)
    limits = Limits.from_options(options)
    layout = profiles.PROFILES[profile].layout
    wire = to_wire(outcome.result, limits.value_size_limit)
    return {"result": model.to_model(layout.space, layout.value, wire), "stdout": outcome.stdout}


# -- the interpreter ----------------------------------------------------------------------------------------


def fail(error_class: ErrorClass, message: str, clause: str) -> FormatError:
    return FormatError(error_class, message, clause)


def underflow(clause: str = "fzb.exec.machine.underflow") -> FormatError:
    return fail(ErrorClass.RUNTIME_STACK_UNDERFLOW, "Stack underflow", clause)


class Frame:
    __slots__ = ("base", "closure", "fslot", "ip")

    def __init__(self, closure: ClosureValue, base: int, fslot: int) -> None:
        self.closure = closure
        self.base = base  # local slot 0
        self.fslot = fslot  # where the called function value sits (0 for the top level, which has none)
        self.ip = 0


class Machine:
    """One execution: the shared stack, the frames, the host context and the limits."""

    def __init__(self, limits: Limits, intended: bool, host: hosts.Host) -> None:
        self.limits = limits
        self.intended = intended
        self.host = host
        self.globals = host.globals()
        self.ctx = hosts.HostContext(limits.value_size_limit, self)
        self.stack: list[Any] = []
        self.frames: list[Frame] = []
        self.calls = 0  # closure calls made (a statistic for tests)
        self.allocated = 0  # slots and string bytes built so far (fzb.exec.limit.allocation)

    # The loop keeps the current frame's state in locals; calls and returns save and restore it. The most
    # frequent instructions are inlined with a fast path for Int operands; everything else goes through the
    # handlers below (SIMPLE), which the compiled engine shares.
    def run(self, top: Prototype) -> Any:
        limits = self.limits
        step_limit, stack_limit = limits.step_limit, limits.stack_limit
        depth_limit, value_limit = limits.call_depth_limit, limits.value_size_limit
        intended = self.intended
        stack = self.stack
        frames = self.frames
        simple = SIMPLE
        frame = Frame(ClosureValue(top, []), 0, 0)
        frames.append(frame)
        code, consts, base, ip = top.code, top.constants, 0, 0
        length = len(code)
        floor = 0
        steps = 0
        while True:
            steps += 1
            if steps > step_limit:
                raise fail(ErrorClass.STEP_LIMIT_EXCEEDED, f"more than {step_limit} steps", "fzb.exec.limit.steps")
            if ip >= length:
                raise fail(
                    ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER,
                    f"Invalid instruction pointer: {ip}",
                    "fzb.exec.machine.fetch",
                )
            op, a, b = code[ip]
            ip += 1
            if op == LOAD_LOCAL:
                slot = base + a
                if slot >= len(stack):
                    raise invalid_index(f"Invalid local index: {a}", "fzb.exec.load-local")
                stack.append(stack[slot])
            elif op == LOAD_CONST:
                if a >= len(consts):
                    raise invalid_index(f"Invalid constant index: {a}", "fzb.exec.load-const")
                stack.append(consts[a])
            elif op == STORE_LOCAL:
                if len(stack) <= floor:
                    raise underflow()
                value = stack.pop()
                slot = base + a
                if len(stack) <= slot:  # padding with Unit grows the stack
                    stack.extend([None] * (slot + 1 - len(stack)))
                    if len(stack) > stack_limit:
                        raise fail(
                            ErrorClass.STACK_LIMIT_EXCEEDED, f"stack higher than {stack_limit}", "fzb.exec.limit.stack"
                        )
                stack[slot] = value
                continue
            elif op <= SUB and op >= ADD:
                if len(stack) - 2 < floor:
                    simple[op](self, stack, floor, a)  # raises what the handler raises
                rhs = stack.pop()
                lhs = stack[-1]
                if type(lhs) is int and type(rhs) is int:
                    value = lhs + rhs if op == ADD else lhs - rhs
                    stack[-1] = value if I64_MIN <= value <= I64_MAX else wrap_i64(value)
                else:
                    stack[-1] = arith(op, lhs, rhs)
                continue
            elif op == JUMP_IF_FALSE:
                if len(stack) <= floor:
                    raise underflow()
                if not stack.pop():
                    ip = jump_target(ip, a, length)
                continue
            elif op == JUMP:
                ip = jump_target(ip, a, length)
                continue
            elif op == CALL or op == CALL_METHOD:
                if op == CALL:
                    fslot = len(stack) - 1 - a
                    if fslot < floor:
                        raise underflow()
                    callee = stack[fslot]
                    argc = a
                else:
                    callee, fslot, argc = self.method(consts, a, b, floor)
                if type(callee) is ClosureValue:
                    proto = callee.proto
                    if proto.arity != argc:
                        raise fail(
                            ErrorClass.RUNTIME_ARITY_MISMATCH,
                            f"Arity mismatch: expected {proto.arity}, got {argc}",
                            "fzb.exec.call",
                        )
                    if len(frames) >= depth_limit:
                        raise fail(
                            ErrorClass.CALL_DEPTH_EXCEEDED,
                            f"more than {depth_limit} frames",
                            "fzb.exec.limit.call-depth",
                        )
                    self.calls += 1
                    frame.ip = ip
                    frame = Frame(callee, fslot + 1, fslot)
                    frames.append(frame)
                    code, consts, base, ip = proto.code, proto.constants, fslot + 1, 0
                    length = len(code)
                    if intended:
                        floor = base
                    continue
                if type(callee) is NativeFn:
                    args = tuple(stack[fslot + 1 :])
                    result = self.apply_native(callee, args)
                    if intended or op == CALL_METHOD:
                        del stack[fslot:]
                    else:
                        del stack[fslot + 1 :]
                    stack.append(result)
                else:
                    raise type_mismatch(f"Type mismatch: expected function, got {type_name(callee)}", "fzb.exec.call")
            elif op == RETURN:
                if intended:
                    result = stack.pop() if len(stack) > base else None
                    del stack[frame.fslot :]
                else:
                    result = stack.pop() if stack else None
                frames.pop()
                if not frames:
                    return result
                stack.append(result)
                frame = frames[-1]
                proto = frame.closure.proto
                code, consts, base, ip = proto.code, proto.constants, frame.base, frame.ip
                length = len(code)
                floor = base if intended else 0
            elif op <= GTE and op >= LT:
                if len(stack) - 2 < floor:
                    simple[op](self, stack, floor, a)
                rhs = stack.pop()
                lhs = stack[-1]
                if type(lhs) is int and type(rhs) is int:
                    stack[-1] = (
                        lhs < rhs if op == LT else lhs <= rhs if op == LTE else lhs > rhs if op == GT else lhs >= rhs
                    )
                else:
                    stack[-1] = compare(op, lhs, rhs)
                continue
            elif op == GET_VARIANT_FIELD:
                if len(stack) <= floor:
                    raise underflow()
                stack[-1] = variant_field(stack[-1], a)
                continue
            elif op == MAKE_VARIANT:
                if len(stack) - a - 2 < floor:
                    simple[op](self, stack, floor, a)
                fields_ = stack[len(stack) - a :] if a else []
                del stack[len(stack) - a :]
                variant_name = stack.pop()
                stack[-1] = make_variant(stack[-1], variant_name, fields_, value_limit)
                if a:
                    charge(self, a)
                continue
            elif op == TAIL_CALL:
                if not intended:
                    raise fail(
                        ErrorClass.RUNTIME_NOT_IMPLEMENTED,
                        "Instruction not implemented in Phase 1: TailCall",
                        "fzb.exec.upstream.tail-call",
                    )
                fslot = len(stack) - 1 - a
                if fslot < floor:
                    raise underflow()
                callee = stack[fslot]
                if type(callee) is ClosureValue:
                    proto = callee.proto
                    if proto.arity != a:
                        raise fail(
                            ErrorClass.RUNTIME_ARITY_MISMATCH,
                            f"Arity mismatch: expected {proto.arity}, got {a}",
                            "fzb.exec.tail-call",
                        )
                    target = frame.fslot
                    moved = stack[fslot:]
                    del stack[target:]
                    stack.extend(moved)
                    frame = Frame(callee, target + 1, target)
                    frames[-1] = frame
                    code, consts, base, ip = proto.code, proto.constants, target + 1, 0
                    length = len(code)
                    floor = base
                    continue
                if type(callee) is not NativeFn:
                    raise type_mismatch(
                        f"Type mismatch: expected function, got {type_name(callee)}", "fzb.exec.tail-call"
                    )
                result = self.apply_native(callee, tuple(stack[fslot + 1 :]))
                del stack[frame.fslot :]
                frames.pop()
                if not frames:
                    return result
                stack.append(result)
                frame = frames[-1]
                proto = frame.closure.proto
                code, consts, base, ip = proto.code, proto.constants, frame.base, frame.ip
                length = len(code)
                floor = base
            elif op == LOAD_UPVALUE:
                upvalues = frame.closure.upvalues
                if not intended or a >= len(upvalues):
                    raise invalid_index(f"Invalid upvalue index: {a}", "fzb.exec.load-upvalue")
                stack.append(upvalues[a])
            elif op == STORE_UPVALUE:
                if len(stack) <= floor:
                    raise underflow()
                value = stack.pop()
                upvalues = frame.closure.upvalues
                if not intended or a >= len(upvalues):
                    raise invalid_index(f"Invalid upvalue index: {a}", "fzb.exec.store-upvalue")
                upvalues[a] = value
                continue
            elif op == MAKE_CLOSURE:
                if a >= len(consts):
                    raise invalid_index(f"Invalid constant index: {a}", "fzb.exec.make-closure")
                prototype = consts[a]
                if type(prototype) is not ClosureValue:
                    raise type_mismatch(
                        f"Type mismatch: expected closure, got {type_name(prototype)}", "fzb.exec.make-closure"
                    )
                if len(stack) - b < floor:
                    raise underflow()
                captured = stack[len(stack) - b :]
                del stack[len(stack) - b :]
                stack.append(ClosureValue(prototype.proto, captured if intended else []))
                if b and intended:
                    charge(self, b)
            elif op == LOAD_GLOBAL:
                if a >= len(consts):
                    raise invalid_index(f"Invalid constant index: {a}", "fzb.exec.load-global")
                name = consts[a]
                if type(name) is not str:
                    raise type_mismatch(
                        f"Type mismatch: expected string (global name), got {type_name(name)}",
                        "fzb.exec.load-global",
                    )
                if name not in self.globals:
                    raise fail(ErrorClass.RUNTIME_UNDEFINED_GLOBAL, f"Undefined global: {name}", "fzb.exec.load-global")
                stack.append(self.globals[name])
            else:
                simple[op](self, stack, floor, a)
            if len(stack) > stack_limit:
                raise fail(ErrorClass.STACK_LIMIT_EXCEEDED, f"stack higher than {stack_limit}", "fzb.exec.limit.stack")

    def method(self, consts: list[Any], k: int, argc: int, floor: int) -> tuple[Any, int, int]:
        """CallMethod's callee: the receiver record's field named by constants[k]; the receiver's slot
        becomes the callee's (fzb.exec.call-method)."""
        if k >= len(consts):
            raise invalid_index(f"Invalid constant index: {k}", "fzb.exec.call-method")
        name = consts[k]
        if type(name) is not str:
            message = f"Type mismatch: expected string (method name), got {type_name(name)}"
            raise type_mismatch(message, "fzb.exec.call-method")
        stack = self.stack
        slot = len(stack) - 1 - argc
        if slot < floor:
            raise underflow()
        receiver = stack[slot]
        if type(receiver) is not Record:
            message = f"Method dispatch not supported for type: {type_name(receiver)}"
            raise type_mismatch(message, "fzb.exec.call-method")
        if name not in receiver.fields:
            raise invalid_index(f"Record field not found: {name}", "fzb.exec.call-method")
        callee = receiver.fields[name]
        stack[slot] = callee
        return callee, slot, argc

    def apply_native(self, callee: NativeFn, new_args: tuple[Any, ...]) -> Any:
        """Partial application or a host call (fzb.exec.call.native)."""
        args = callee.args + new_args
        if callee.arity == 0 or len(args) == callee.arity:
            return self.host.call(self.ctx, callee.name, args)
        if len(args) < callee.arity:
            built = NativeFn(callee.name, callee.arity, args)
            self.ctx.charge(len(args))  # the partial application's argument slots
            return built
        raise fail(
            ErrorClass.RUNTIME_ARITY_MISMATCH,
            f"Native function '{callee.name}' expects {callee.arity} arguments, got {len(args)}",
            "fzb.exec.call.native",
        )


def jump_target(next_ip: int, offset: int, length: int) -> int:
    """Jumps are relative to the next instruction; landing exactly at the end is allowed (the fetch then
    fails), anywhere outside [0, length] is not (fzb.exec.jump)."""
    target = next_ip + offset
    if target < 0 or target > length:
        raise fail(
            ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER,
            f"Invalid instruction pointer: {target % (1 << 64)}",
            "fzb.exec.jump",
        )
    return target


# -- instructions that only touch the stack -----------------------------------------------------------------
# Each takes (machine, stack, floor, operand); `floor` is the lowest slot the frame may pop (0 upstream).


def pop(stack: list[Any], floor: int) -> Any:
    if len(stack) <= floor:
        raise underflow()
    return stack.pop()


def pop_many(stack: list[Any], floor: int, count: int) -> list[Any]:
    """The top `count` values in push order."""
    if len(stack) - count < floor:
        raise underflow()
    if count == 0:
        return []
    taken = stack[-count:]
    del stack[-count:]
    return taken


def peek(stack: list[Any], floor: int) -> Any:
    if len(stack) <= floor:
        raise underflow()
    return stack[-1]


def op_pop(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    pop(stack, floor)


def op_dup(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(peek(stack, floor))


def op_check_int(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    top = peek(stack, floor)
    stack.append(type(top) is int and top == a)


def op_check_bool(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    top = peek(stack, floor)
    stack.append(type(top) is bool and top == a)


def op_check_string(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    top = peek(stack, floor)
    stack.append(type(top) is str and top == a)


def op_check_tuple_len(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    top = peek(stack, floor)
    stack.append(type(top) is tuple and len(top) == a)


def op_get_tuple_elem(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    top = peek(stack, floor)
    if type(top) is not tuple:
        raise type_mismatch("Not a tuple", "fzb.exec.get-tuple-elem")
    if a >= len(top):
        raise invalid_index("Tuple index out of bounds", "fzb.exec.get-tuple-elem")
    stack.append(top[a])


ARITH_NAMES = {ADD: ("addition", "+"), SUB: ("subtraction", "-"), MUL: ("multiplication", "*"), DIV: ("division", "/")}


def arithmetic(op: int) -> Any:
    word, symbol = ARITH_NAMES[op]

    def run(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
        rhs = pop(stack, floor)
        lhs = pop(stack, floor)
        stack.append(arith(op, lhs, rhs, word, symbol))

    return run


def arith(op: int, lhs: Any, rhs: Any, word: str = "", symbol: str = "") -> Any:
    """Add/Sub/Mul/Div on Int×Int (wrapping; Div truncates) or Float×Float (fzb.exec.arith)."""
    kind = type(lhs)
    if kind is not type(rhs) or (kind is not int and kind is not float):
        word, symbol = word or ARITH_NAMES[op][0], symbol or ARITH_NAMES[op][1]
        raise type_mismatch(f"Type mismatch in {word}: {type_name(lhs)} {symbol} {type_name(rhs)}", "fzb.exec.arith")
    if op == ADD:
        result = lhs + rhs
    elif op == SUB:
        result = lhs - rhs
    elif op == MUL:
        result = lhs * rhs
    else:
        if rhs == 0:
            raise fail(ErrorClass.RUNTIME_DIVISION_BY_ZERO, "Division by zero", "fzb.exec.div")
        if kind is float:
            return lhs / rhs
        if lhs == I64_MIN and rhs == -1:
            raise fail(ErrorClass.RUNTIME_INTEGER_OVERFLOW, "attempt to divide with overflow", "fzb.exec.div")
        quotient = abs(lhs) // abs(rhs)
        return quotient if (lhs < 0) == (rhs < 0) else -quotient
    if kind is int and not I64_MIN <= result <= I64_MAX:
        result = wrap_i64(result)
    return result


def op_concat(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    rhs = pop(stack, floor)
    lhs = pop(stack, floor)
    result = concat(lhs, rhs, m.limits.value_size_limit)
    charge(m, utf8_size(result))
    stack.append(result)


def concat(lhs: Any, rhs: Any, limit: int) -> str:
    if type(lhs) is not str or type(rhs) is not str:
        raise type_mismatch(f"Type mismatch in concatenation: {type_name(lhs)} ++ {type_name(rhs)}", "fzb.exec.concat")
    result = lhs + rhs
    if len(result) > limit // 4 and utf8_size(result) > limit:
        raise too_big(f"string longer than {limit} bytes")
    return result


def op_eq(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    rhs = pop(stack, floor)
    lhs = pop(stack, floor)
    stack.append(equal(lhs, rhs, m.limits.value_size_limit))


def op_neq(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    rhs = pop(stack, floor)
    lhs = pop(stack, floor)
    stack.append(not equal(lhs, rhs, m.limits.value_size_limit))


COMPARE_SYMBOLS = {LT: "<", LTE: "<=", GT: ">", GTE: ">="}


def compare(op: int, lhs: Any, rhs: Any) -> bool:
    """Lt/Lte/Gt/Gte on Int×Int or Float×Float; NaN compares false (fzb.exec.compare)."""
    kind = type(lhs)
    if kind is not type(rhs) or (kind is not int and kind is not float):
        raise type_mismatch(
            f"Type mismatch in comparison: {type_name(lhs)} {COMPARE_SYMBOLS[op]} {type_name(rhs)}",
            "fzb.exec.compare",
        )
    if op == LT:
        return lhs < rhs
    if op == LTE:
        return lhs <= rhs
    if op == GT:
        return lhs > rhs
    return lhs >= rhs


def comparison(op: int) -> Any:
    def run(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
        rhs = pop(stack, floor)
        lhs = pop(stack, floor)
        stack.append(compare(op, lhs, rhs))

    return run


def pop_bool(stack: list[Any], floor: int) -> bool:
    value = pop(stack, floor)
    if type(value) is not bool:
        raise type_mismatch(f"Type mismatch: expected bool, got {type_name(value)}", "fzb.exec.logic")
    return value


def op_and(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    rhs = pop_bool(stack, floor)
    lhs = pop_bool(stack, floor)
    stack.append(lhs and rhs)


def op_or(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    rhs = pop_bool(stack, floor)
    lhs = pop_bool(stack, floor)
    stack.append(lhs or rhs)


def op_not(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(not pop_bool(stack, floor))


def over_budget(limit: int) -> FormatError:
    return fail(
        ErrorClass.VALUE_SIZE_EXCEEDED, f"more than {limit} slots and bytes allocated", "fzb.exec.limit.allocation"
    )


def charge(m: Any, count: int) -> None:
    """Count the slots (or string bytes) of a value just built against the execution's allocation budget:
    values that keep older ones alive make live memory grow with the steps, which the value-size limit of
    one value does not bound."""
    m.allocated += count
    if m.allocated > m.limits.allocation_limit:
        raise over_budget(m.limits.allocation_limit)


def check_size(count: int, limit: int, what: str) -> None:
    if count > limit:
        raise too_big(f"{what} of {count} elements is larger than {limit}")


def op_make_tuple(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    items = pop_many(stack, floor, a)
    check_size(a, m.limits.value_size_limit, "a tuple")
    stack.append(tuple(items))
    charge(m, a)


def op_get_tuple_field(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    value = pop(stack, floor)
    stack.append(tuple_field(value, a))


def tuple_field(value: Any, index: int) -> Any:
    if type(value) is not tuple:
        raise type_mismatch(f"Type mismatch: expected tuple, got {type_name(value)}", "fzb.exec.get-tuple-field")
    if index >= len(value):
        raise invalid_index(
            f"Invalid tuple field index: {index} (tuple size: {len(value)})", "fzb.exec.get-tuple-field"
        )
    return value[index]


def op_make_list(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    items = pop_many(stack, floor, a)
    check_size(a, m.limits.value_size_limit, "a list")
    result: Any = NIL
    for item in reversed(items):
        result = Cons(item, result)
    stack.append(result)
    charge(m, a)


def op_cons(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    tail = pop(stack, floor)
    head = pop(stack, floor)
    stack.append(make_cons(head, tail, m.limits.value_size_limit))
    charge(m, 1)


def make_cons(head: Any, tail: Any, limit: int) -> Cons:
    cell = Cons(head, tail)
    if cell.length > limit:
        raise too_big(f"a list longer than {limit}")
    return cell


def list_part(value: Any, head: bool) -> Any:
    kind = type(value)
    if kind is Cons:
        return value.head if head else value.tail
    if kind is NilType:
        raise fail(ErrorClass.RUNTIME_EMPTY_LIST, "Cannot access head/tail of empty list", "fzb.exec.list")
    raise type_mismatch(f"Type mismatch: expected list, got {type_name(value)}", "fzb.exec.list")


def op_list_head(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(list_part(pop(stack, floor), True))


def op_list_tail(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(list_part(pop(stack, floor), False))


def op_is_nil(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(type(pop(stack, floor)) is NilType)


def op_make_array(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    items = pop_many(stack, floor, a)
    check_size(a, m.limits.value_size_limit, "an array")
    stack.append(Array(items))
    charge(m, a)


def array_index(index: Any) -> int:
    if type(index) is not int:
        raise type_mismatch(f"Type mismatch: expected int, got {type_name(index)}", "fzb.exec.array")
    if index < 0:
        raise type_mismatch("Type mismatch: expected non-negative int, got negative int", "fzb.exec.array")
    return index


def array_items(array: Any) -> list[Any]:
    if type(array) is not Array:
        raise type_mismatch("Not an array", "fzb.exec.array")
    return array.items


def array_get(array: Any, index: Any) -> Any:
    position = array_index(index)
    items = array_items(array)
    if position >= len(items):
        raise invalid_index(f"Array index out of bounds: {position}", "fzb.exec.array")
    return items[position]


def array_set(array: Any, index: Any, value: Any) -> None:
    position = array_index(index)
    items = array_items(array)
    if position >= len(items):
        raise invalid_index(f"Array index out of bounds: {position}", "fzb.exec.array")
    items[position] = value


def array_update(array: Any, index: Any, value: Any) -> Array:
    position = array_index(index)
    if type(array) is not Array:
        raise type_mismatch(f"Type mismatch: expected array, got {type_name(array)}", "fzb.exec.array-update")
    if position >= len(array.items):
        raise invalid_index(f"Index {position} out of bounds", "fzb.exec.array-update")
    items = list(array.items)
    items[position] = value
    return Array(items)


def op_array_get(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    index = pop(stack, floor)
    array = pop(stack, floor)
    stack.append(array_get(array, index))


def op_array_set(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    value = pop(stack, floor)
    index = pop(stack, floor)
    array = pop(stack, floor)
    array_set(array, index, value)
    stack.append(None)


def op_array_length(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(len(array_items(pop(stack, floor))))


def op_array_update(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    value = pop(stack, floor)
    index = pop(stack, floor)
    array = pop(stack, floor)
    updated = array_update(array, index, value)
    stack.append(updated)
    charge(m, len(updated.items))


def pop_pairs(stack: list[Any], floor: int, count: int, clause: str) -> dict[str, Any]:
    """n (name, value) pairs, value on top; on a repeated name the first-pushed pair wins."""
    pairs: dict[str, Any] = {}
    for _ in range(count):
        value = pop(stack, floor)
        name = pop(stack, floor)
        if type(name) is not str:
            raise type_mismatch(f"Type mismatch: expected string, got {type_name(name)}", clause)
        pairs[name] = value
    return pairs


def op_make_record(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    fields_ = pop_pairs(stack, floor, a, "fzb.exec.make-record")
    check_size(len(fields_), m.limits.value_size_limit, "a record")
    stack.append(Record(fields_))
    charge(m, len(fields_))


def record_field(record: Any, name: Any) -> Any:
    if type(name) is not str:
        raise type_mismatch(f"Type mismatch: expected string, got {type_name(name)}", "fzb.exec.get-record-field")
    if type(record) is not Record:
        raise type_mismatch("Not a record", "fzb.exec.get-record-field")
    if name not in record.fields:
        raise invalid_index(f"Record field not found: {name}", "fzb.exec.get-record-field")
    return record.fields[name]


def op_get_record_field(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    name = pop(stack, floor)
    record = pop(stack, floor)
    stack.append(record_field(record, name))


def op_update_record(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    updates = pop_pairs(stack, floor, a, "fzb.exec.update-record")
    record = pop(stack, floor)
    if type(record) is not Record:
        raise type_mismatch("Not a record", "fzb.exec.update-record")
    merged = dict(record.fields)
    merged.update(updates)
    check_size(len(merged), m.limits.value_size_limit, "a record")
    stack.append(Record(merged))
    charge(m, len(merged))


def op_make_variant(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    fields_ = pop_many(stack, floor, a)
    variant_name = pop(stack, floor)
    type_name_ = pop(stack, floor)
    stack.append(make_variant(type_name_, variant_name, fields_, m.limits.value_size_limit))
    charge(m, a)


def make_variant(type_name_: Any, variant_name: Any, fields_: list[Any], limit: int) -> VariantValue:
    for part in (type_name_, variant_name):
        if type(part) is not str:
            raise type_mismatch(f"Type mismatch: expected string, got {type_name(part)}", "fzb.exec.make-variant")
    check_size(len(fields_), limit, "a variant")
    return VariantValue(type_name_, variant_name, tuple(fields_))


def op_check_variant_tag(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    value = pop(stack, floor)
    stack.append(type(value) is VariantValue and value.variant_name == a)


def variant_field(value: Any, index: int) -> Any:
    if type(value) is not VariantValue:
        raise type_mismatch("Not a variant", "fzb.exec.get-variant-field")
    if index >= len(value.fields):
        raise invalid_index(f"Variant field index out of bounds: {index}", "fzb.exec.get-variant-field")
    return value.fields[index]


def op_get_variant_field(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    stack.append(variant_field(pop(stack, floor), a))


def op_close_upvalue(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    """A no-op under both semantics (fzb.exec.close-upvalue)."""


def not_simple(m: Machine, stack: list[Any], floor: int, a: Any) -> None:
    raise AssertionError("handled in the dispatch loop")


SIMPLE: list[Any] = [not_simple] * len(OPCODES)
for _op, _handler in {
    POP: op_pop,
    DUP: op_dup,
    CHECK_INT: op_check_int,
    CHECK_BOOL: op_check_bool,
    CHECK_STRING: op_check_string,
    CHECK_TUPLE_LEN: op_check_tuple_len,
    GET_TUPLE_ELEM: op_get_tuple_elem,
    ADD: arithmetic(ADD),
    SUB: arithmetic(SUB),
    MUL: arithmetic(MUL),
    DIV: arithmetic(DIV),
    CONCAT: op_concat,
    EQ: op_eq,
    NEQ: op_neq,
    LT: comparison(LT),
    LTE: comparison(LTE),
    GT: comparison(GT),
    GTE: comparison(GTE),
    AND: op_and,
    OR: op_or,
    NOT: op_not,
    MAKE_TUPLE: op_make_tuple,
    GET_TUPLE_FIELD: op_get_tuple_field,
    MAKE_LIST: op_make_list,
    CONS: op_cons,
    LIST_HEAD: op_list_head,
    LIST_TAIL: op_list_tail,
    IS_NIL: op_is_nil,
    MAKE_ARRAY: op_make_array,
    ARRAY_GET: op_array_get,
    ARRAY_SET: op_array_set,
    ARRAY_LENGTH: op_array_length,
    ARRAY_UPDATE: op_array_update,
    MAKE_RECORD: op_make_record,
    GET_RECORD_FIELD: op_get_record_field,
    UPDATE_RECORD: op_update_record,
    MAKE_VARIANT: op_make_variant,
    CHECK_VARIANT_TAG: op_check_variant_tag,
    GET_VARIANT_FIELD: op_get_variant_field,
    CLOSE_UPVALUE: op_close_upvalue,
}.items():
    SIMPLE[_op] = _handler

__all__ = ["OPCODES", "SEMANTICS", "Limits", "Machine", "Outcome", "execute", "execute_model"]

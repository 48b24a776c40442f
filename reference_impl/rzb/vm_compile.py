"""Compiles MIR functions to Python source, one Python function per MIR function (rzb execution engine).

Why source: a dispatch loop over instructions costs a Python call per instruction; generated code runs each
instruction as one or two Python statements. The shape of a compiled function:

- registers are Python locals `r<id>`; parameters bind to `signature.parameters[i].reg`;
- a block that has one incoming edge is emitted inline at its predecessor's jump (so straight-line code and
  `if`/`else` diamonds become nested Python code); a block with several incoming edges (a join, a loop
  header) or reached from too deep a nesting is a *dispatch* block: the jump sets `b` and the `while` loop
  selects it by a binary tree of comparisons;
- a jump over blocks that hold nothing but a `Branch` goes straight to its final target and adds their steps;
- phi nodes are copied at the jump that enters their block, as one parallel tuple assignment, from the
  incoming entry that names the block the jump leaves (rzb.exec.phi.parallel);
- the step counter `S` grows by each block's instruction count plus one for its terminator and is checked at
  function entry and at every dispatch, so every loop and every recursion passes a check; the depth counter
  `D` counts live MIR frames.

Exact step counts (rzb.exec.limit.steps). Charging a block on entry runs ahead of the program: while a block
runs, `S` already holds the steps of its instructions not yet started, in every live frame (a caller's steps
after its call are charged before the callee runs). Each line that runs an instruction ends in a marker
comment, `#~n`: the block's steps not yet started while that line runs (the instruction on the line counts as
started). The steps a run has really executed are `S` less the markers of the lines its live frames are on
(`pending_steps`), read from the stack only when a limit decision is due: when a check sees `S` past the
threshold `L`, and when the run ends (a fault's traceback, or none). The check's threshold `L` starts at the
step limit and, when a check finds the exact count still within the limit, moves up past what is pending
(at least doubling the distance each time), so a run that meets its fault before its last step is counted
reports the fault, and the generated code keeps one comparison per dispatch.
"""

from __future__ import annotations

import math
import re
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from types import CodeType, FrameType, TracebackType
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.reference_impl.rzb import runtime as rt

MISSING_BLOCK = "_missing_block"
SOURCE_NAME = "<rzb-mir>"  # the file name of the generated code: its frames are the MIR frames
PENDING = re.compile(r"  #~(\d+)$")  # the marker of a line: steps of its block not yet started
INLINE_DEPTH = 40  # deeper nesting goes through the dispatch loop (Python's parser bounds nesting)
INT_TYPES = set(rt.INT_WIDTHS)


@dataclass
class Program:
    entry: int | None
    functions: dict[int, dict[str, Any]] = field(default_factory=dict)
    externs: dict[int, dict[str, Any]] = field(default_factory=dict)
    globals: dict[int, dict[str, Any]] = field(default_factory=dict)
    modules: list[dict[str, Any]] = field(default_factory=list)


class Namespace:
    """The globals of the generated module, and what the driver asks of them."""

    def __init__(self, names: dict[str, Any]) -> None:
        self.names = names

    def function(self, function_id: int) -> Callable[[], Any]:
        return self.names[f"F{function_id}"]

    def steps(self) -> int:
        return self.names["S"]

    def check_steps(self, traceback: TracebackType | None = None) -> None:
        """At the end of a run: fail with `step_limit_exceeded` when the steps really executed, up to the
        fault whose traceback is given (or to the end of a run that returned), are more than the limit."""
        pending = 0
        while traceback is not None:
            pending += self.names["_pending_at"](traceback.tb_frame.f_code, traceback.tb_lineno)
            traceback = traceback.tb_next
        if self.names["S"] - pending > self.names["_step_limit"]:
            self.names["_step_limit_failure"]()


def type_name(ty: Any) -> str:
    return ty.name if isinstance(ty, t.Variant) else "Any"


def pointee(ty: Any) -> str | None:
    return type_name(ty.value) if type_name(ty) == "Ptr" else None


def size_of(ty: Any) -> int:
    """Bytes of a value of an IrType, as upstream's `IrType::size` on a 64-bit target (rzb.exec.memory.sizes)."""
    name = type_name(ty)
    fixed = {"Void": 0, "Bool": 1, "I8": 1, "U8": 1, "I16": 2, "U16": 2, "I32": 4, "U32": 4, "F32": 4}
    fixed.update({"Slice": 16, "String": 24, "Any": 16})
    if name in fixed:
        return fixed[name]
    if name == "Array":
        inner, count = ty.value
        return size_of(inner) * count
    if name == "Vector":
        return size_of(ty.value["element"]) * ty.value["count"]
    if name == "Struct":
        return sum(size_of(f["ty"]) for f in ty.value["fields"])
    if name == "Union":
        return 4 + max((sum(size_of(f) for f in v["fields"]) for v in ty.value["variants"]), default=0)
    if name == "Opaque":
        return ty.value["size"]
    return rt.SLOT


ALLOC_MINIMUM = 32  # bytes: the S0-S2 generations write a four-slot HaxeArray header into `Alloc` of one pointer


# operand fields that hold an IrId (other fields are literals, types, or block ids)
REGISTER_FIELDS = frozenset(
    "src ptr left right operand condition true_val false_val aggregate closure union_val func_ptr offset size"
    " exception borrow vector scalar count".split()
)
VALUE_IS_REGISTER = frozenset("Store StoreGlobal InsertValue CreateUnion VectorStore MemSet".split())
LIST_FIELDS = {"CallDirect": "args", "CallIndirect": "args", "GetElementPtr": "indices"}
LIST_FIELDS.update({"MakeClosure": "captured_values", "CreateStruct": "fields"})
COPIES = frozenset("Copy Move Clone BorrowImmutable BorrowMutable BitCast".split())
NUMERIC_CASTS = frozenset(["Bool", "F32", "F64", *rt.INT_WIDTHS])
PURE = COPIES | {"Const", "FunctionRef", "Undef", "GetElementPtr"}


def folded_cast(literal: str, to: str) -> str | None:
    """A numeric cast of an integer or float literal, done once at compile time (same rules as `op_Cast`)."""
    try:
        value: Any = int(literal)
    except ValueError:
        try:
            value = float(literal)
        except ValueError:
            return None
    if to in ("F64", "F32"):
        number = float(value)
        number = rt.to_f32(number) if to == "F32" else number
        return repr(number) if math.isfinite(number) and number != 0 else None
    if to in INT_TYPES:
        return str(rt.WRAP[to](rt.to_integer(value)))
    return None


def operands(instruction: t.Variant) -> list[int]:
    """The registers an instruction reads."""
    kind, v = instruction.name, instruction.value
    if not isinstance(v, dict):
        return []
    regs = [v[f] for f in REGISTER_FIELDS if f in v and v[f] is not None]
    if kind in VALUE_IS_REGISTER:
        regs.append(v["value"])
    if kind in LIST_FIELDS:
        regs += v[LIST_FIELDS[kind]]
    return regs


def fail(error_class: ErrorClass, message: str, clause: str) -> FormatError:
    return FormatError(error_class, message, clause)


# -- helpers the generated code calls -----------------------------------------------------------------------


def int_div(a: Any, b: Any) -> Any:
    """`Div`: IEEE division when either side is a float, else truncating integer division."""
    if type(a) is float or type(b) is float:
        return float_div(a, b)
    if b == 0:
        raise fail(ErrorClass.RUNTIME_DIVISION_BY_ZERO, "Division by zero", "rzb.exec.int.div")
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def int_rem(a: Any, b: Any) -> Any:
    if type(a) is float or type(b) is float:
        return float_rem(a, b)
    if b == 0:
        raise fail(ErrorClass.RUNTIME_DIVISION_BY_ZERO, "Modulo by zero", "rzb.exec.int.div")
    remainder = abs(a) % abs(b)
    return remainder if a >= 0 else -remainder


def float_div(a: Any, b: Any) -> float:
    a, b = float(a), float(b)
    try:
        return a / b
    except ZeroDivisionError:
        if math.isnan(a) or a == 0:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def float_rem(a: Any, b: Any) -> float:
    a, b = float(a), float(b)
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


def logical_not(a: Any) -> Any:
    return (not a) if type(a) is bool else ~a


def shift_amount(b: Any, bits: int) -> int:
    return rt.to_integer(b) & (bits - 1)


def phi_copies(dests: list[str], sources: list[str]) -> list[str]:
    """The lines that copy a jump's phi sources into their registers: one parallel tuple assignment, so a
    phi that reads another phi's register of the same block sees its old value (rzb.exec.phi.parallel)."""
    return [f"{', '.join(dests)} = {', '.join(sources)}"]


def make_helpers(names: dict[str, Any], world: rt.Runtime, step_limit: int, depth_limit: int) -> None:
    """Fill the generated module's namespace with what its code calls."""

    def step_limit_failure() -> None:
        raise fail(ErrorClass.STEP_LIMIT_EXCEEDED, f"more than {step_limit} steps", "rzb.exec.limit.steps")

    pending_lines: dict[int, int] = {}  # line of the generated code -> its marker (filled once compiled)

    def pending_at(code: CodeType, line: int | None) -> int:
        return pending_lines.get(line or 0, 0) if code.co_filename == SOURCE_NAME else 0

    def too_many_steps() -> None:
        """`S` passed the threshold `L`: fail if the steps executed so far did, else raise the threshold."""
        pending = 0
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            pending += pending_at(frame.f_code, frame.f_lineno)
            frame = frame.f_back
        if names["S"] - pending > step_limit:
            step_limit_failure()
        names["L"] = max(names["L"], step_limit + 2 * pending + 64)

    def too_deep() -> None:
        raise fail(ErrorClass.CALL_DEPTH_EXCEEDED, f"more than {depth_limit} nested calls", "rzb.exec.limit.call-depth")

    def limits(leaf: int = 0) -> None:
        if names["D"] + leaf > depth_limit:
            too_deep()
        if names["S"] > names["L"]:
            too_many_steps()

    def missing_block(block_id: Any) -> None:
        message = f"no block {block_id} in this function"
        raise fail(ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER, message, "rzb.exec.block.missing")

    def undeclared_global(global_id: int) -> None:
        message = f"global {global_id} is declared by no module and was never stored"
        raise fail(ErrorClass.RUNTIME_UNDEFINED_GLOBAL, message, "rzb.exec.global.load")

    def lanes(left: Any, right: Any) -> Any:
        if len(left) != len(right):
            raise fail(ErrorClass.RUNTIME_TYPE_MISMATCH, "vectors of different lengths", "rzb.exec.vector.lanes")
        return zip(left, right, strict=True)

    def raise_fault(error_class: str, message: str, clause: str) -> None:
        raise fail(ErrorClass(error_class), message, clause)

    def load_int(value: Any, name: str) -> Any:
        if type(value) is float:
            value = rt.float_bits(value)
        return rt.WRAP[name](value)

    def load_float(value: Any, name: str) -> Any:
        if type(value) is bool:
            value = int(value)
        if type(value) is int:
            number = rt.bits_float(value)
            return rt.to_f32(number) if name == "F32" else number
        return value

    def load_bool(value: Any) -> Any:
        if type(value) is int:
            return value & 0xFF != 0
        if type(value) is float:
            return value != 0
        return value

    def insert_value(aggregate: Any, indices: list[int], value: Any) -> Any:
        if not indices:
            return value
        items = list(aggregate)
        head = indices[0]
        items[head] = insert_value(items[head], indices[1:], value)
        return tuple(items)

    def mem_copy(dest: Any, src: Any, size: Any) -> None:
        cells = world.memory.cells
        moved = [(a - src, v) for a, v in cells.items() if type(src) is int and src <= a < src + size]
        for offset, value in moved:
            world.memory.store(dest + offset, value)

    def mem_set(dest: Any, value: Any, size: Any) -> None:
        byte = rt.to_integer(value) & 0xFF
        filled = int.from_bytes(bytes([byte]) * 8, "little", signed=True)
        for address in range(dest, dest + rt.to_integer(size), rt.SLOT):
            world.memory.store(address, filled)

    def vector_load(ptr: Any, count: int, step: int) -> tuple[Any, ...]:
        return tuple(world.memory.load(ptr + i * step) for i in range(count))

    def vector_store(ptr: Any, vector: Any, step: int) -> None:
        cells = world.memory.cells
        for i, item in enumerate(vector):
            address = ptr + i * step
            if address in cells:
                cells[address] = item
            else:
                world.memory.store(address, item)

    def closure_func(value: Any) -> Any:
        if isinstance(value, rt.Closure):
            return value.func
        raise fail(ErrorClass.RUNTIME_TYPE_MISMATCH, f"{value!r} is not a closure", "rzb.exec.closure")

    def closure_env(value: Any) -> Any:
        if isinstance(value, rt.Closure):
            return value.env
        raise fail(ErrorClass.RUNTIME_TYPE_MISMATCH, f"{value!r} is not a closure", "rzb.exec.closure")

    def union_of(value: Any) -> rt.RUnion:
        if type(value) is rt.RUnion:
            return value
        raise fail(ErrorClass.RUNTIME_TYPE_MISMATCH, f"{value!r} is not a union", "rzb.exec.union")

    def unsupported(name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            message = f"runtime function {name!r} is not provided by this implementation"
            raise fail(ErrorClass.UNSUPPORTED_FUNCTION, message, "rzb.exec.runtime.unsupported")

        return call

    names.update(
        {
            "_limits": limits,
            MISSING_BLOCK: missing_block,
            "_undeclared_global": undeclared_global,
            "_lanes": lanes,
            "_too_many_steps": too_many_steps,
            "_step_limit_failure": step_limit_failure,
            "_step_limit": step_limit,
            "_pending_at": pending_at,
            "_pending_lines": pending_lines,
            "_too_deep": too_deep,
            "_fault": raise_fault,
            "_div": int_div,
            "_rem": int_rem,
            "_fdiv": float_div,
            "_frem": float_rem,
            "_not": logical_not,
            "_sh": shift_amount,
            "_f32": rt.to_f32,
            "_int": rt.to_integer,
            "_truth": rt.truth,
            "_isnan": math.isnan,
            "_ld_int": load_int,
            "_ld_float": load_float,
            "_ld_bool": load_bool,
            "_store": world.memory.store,
            "_load": world.memory.load,
            "_malloc": world.memory.malloc,
            "_free": world.memory.free,
            "_insert": insert_value,
            "_memcopy": mem_copy,
            "_memset": mem_set,
            "_vload": vector_load,
            "_vstore": vector_store,
            "_cfunc": closure_func,
            "_cenv": closure_env,
            "_union": union_of,
            "_unsupported": unsupported,
            "_Closure": rt.Closure,
            "_RUnion": rt.RUnion,
            "_sqrt": lambda x: math.nan if x < 0 else math.sqrt(x),
            "_trunc": lambda x: float(math.trunc(x)) if math.isfinite(x) else x,
            "_round": lambda x: float(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1) if math.isfinite(x) else x,
            "_ceil": lambda x: float(math.ceil(x)) if math.isfinite(x) else x,
            "_floor": lambda x: float(math.floor(x)) if math.isfinite(x) else x,
            "M": world.memory.cells,
            "VT": world.vtables,
            "_LOOKUP": (KeyError, IndexError, TypeError),
            "W": rt.WRAP,
        }
    )


# -- the code generator -------------------------------------------------------------------------------------


class Constants:
    """Values the generated code refers to by name (`K<n>`): strings, function references, aggregates."""

    def __init__(self, world: rt.Runtime, refs: dict[int, rt.FuncRef]) -> None:
        self.values: dict[str, Any] = {}
        self.world = world
        self.refs = refs

    def add(self, value: Any) -> str:
        name = f"K{len(self.values)}"
        self.values[name] = value
        return name

    def ref(self, function_id: int) -> str:
        name = f"FR{function_id}"
        if name not in self.values:
            self.values[name] = self.refs.setdefault(function_id, rt.FuncRef(function_id, ""))
        return name

    def literal(self, value: t.Variant) -> str:
        """Python source for an `IrValue` (rzb.exec.const)."""
        name, payload = value.name, value.value
        if name in ("Void", "Undef", "Null"):
            return "0"
        if name == "Bool":
            return "True" if payload else "False"
        if name in INT_TYPES:
            return str(payload)
        if name in ("F32", "F64"):
            number = float(payload)
            return repr(number) if math.isfinite(number) and number != 0 else self.add(number)
        return self.add(self.runtime_value(value))

    def runtime_value(self, value: t.Variant) -> Any:
        name, payload = value.name, value.value
        if name in ("Void", "Undef", "Null"):
            return 0
        if name == "Bool" or name in INT_TYPES:
            return payload
        if name in ("F32", "F64"):
            return float(payload)
        if name == "String":
            return self.world.new_string(payload)
        if name in ("Array", "Struct"):
            return tuple(self.runtime_value(item) for item in payload)
        if name == "Function":
            return self.refs.setdefault(payload, rt.FuncRef(payload, ""))
        if name == "Closure":
            function = self.refs.setdefault(payload["function"], rt.FuncRef(payload["function"], ""))
            return rt.Closure(function, self.runtime_value(payload["environment"]))
        raise fail(ErrorClass.RUNTIME_NOT_IMPLEMENTED, f"constant {name}", "rzb.exec.const")


def marked(line: str, pending: int) -> str:
    """A line with the count of its block's steps not yet started when it runs (see the module docstring)."""
    return f"{line}  #~{pending}" if pending else line


def pending_markers(source: list[str]) -> dict[int, int]:
    """Line number (from 1) -> marker, for every marked line of the generated source."""
    found = {}
    for number, line in enumerate(source, 1):
        match = PENDING.search(line)
        if match:
            found[number] = int(match.group(1))
    return found


def merge_step_counts(lines: list[str]) -> list[str]:
    """`S += a` directly followed by `S += b` at the same indentation is `S += a + b`: nothing runs between."""
    merged: list[str] = []
    for line in lines:
        if merged and line.lstrip().startswith("S += ") and merged[-1].lstrip().startswith("S += "):
            pad = line[: len(line) - len(line.lstrip())]
            previous = merged[-1]
            if previous.startswith(pad) and not previous[len(pad)].isspace():
                total = int(previous.split("+= ")[1]) + int(line.split("+= ")[1])
                merged[-1] = f"{pad}S += {total}"
                continue
        merged.append(line)
    return merged


@dataclass
class Edge:
    target: int  # the block entered
    source: int  # the block whose terminator is left (names the phi incoming)
    skipped: int  # steps of the empty blocks jumped over


class FunctionCompiler:
    def __init__(self, function: dict[str, Any], program: Program, consts: Constants, callees: CallTable) -> None:
        self.function = function
        self.program = program
        self.consts = consts
        self.callees = callees
        self.blocks: dict[int, dict[str, Any]] = {}
        for block_id, block in function["cfg"]["blocks"]:
            self.blocks.setdefault(block_id, block)
        self.types: dict[int, Any] = dict(function.get("register_types") or [])
        for parameter in function["signature"]["parameters"]:
            self.types.setdefault(parameter["reg"], parameter["ty"])
        self.phi_dests: set[int] = set()
        for block in self.blocks.values():
            for phi in block["phi_nodes"]:
                self.types.setdefault(phi["dest"], phi["ty"])
                self.phi_dests.add(phi["dest"])
        self.lines: list[str] = []
        self.dispatch: set[int] = set()
        self.emitted: set[int] = set()
        self.at_entry = True
        self.duplicable: set[int] = set()
        # register → how its single definition is spelled where it is used: ("const", literal), ("alias", reg)
        # or ("address", GetElementPtr fields)
        self.substitute: dict[int, tuple[str, Any]] = {}
        self.resolving: set[int] = set()
        self.analyse()

    # -- register analysis: constants, copies and single-use addresses need no statement of their own --
    #
    # A substitution is exact only where the definition has run, and its operands still hold what it read,
    # at every use: a use ahead of its definition reads a register nothing wrote and MUST fail
    # (rzb.exec.frame.registers), at the instruction that reads it. So each one is checked against the
    # dominators of the CFG: a definition dominates a use when every path from the entry to the use runs it.
    # A `Copy` of `src` is spelled as `src` when `src`'s definition dominates the copy and the copy dominates
    # every use of `dest`: then no path from the copy to a use runs `src`'s definition again (it would reach
    # that use from the entry without the copy), so `src` still holds the copied value there.

    def analyse(self) -> None:
        defs: dict[int, int] = {}
        self.def_site: dict[int, tuple[int, int]] = {}  # register -> (block, index) of an instruction defining it
        self.use_sites: dict[int, list[tuple[int, int]]] = {}  # register -> (block, index) of each read
        uses: dict[int, int] = {}
        self.parameters = {parameter["reg"] for parameter in self.function["signature"]["parameters"]}
        for parameter in self.function["signature"]["parameters"]:
            defs[parameter["reg"]] = defs.get(parameter["reg"], 0) + 1
        for block in self.blocks.values():
            for phi in block["phi_nodes"]:
                defs[phi["dest"]] = defs.get(phi["dest"], 0) + 1
                for source_block, source in phi["incoming"]:
                    uses[source] = uses.get(source, 0) + 1
                    if source_block in self.blocks:  # read by the jump that leaves it: at its end
                        end = len(self.blocks[source_block]["instructions"])
                        self.use_sites.setdefault(source, []).append((source_block, end))
        for block_id, block in self.blocks.items():
            for index, instruction in enumerate(block["instructions"]):
                dest = instruction.value.get("dest") if isinstance(instruction.value, dict) else None
                if dest is not None:
                    defs[dest] = defs.get(dest, 0) + 1
                    self.def_site[dest] = (block_id, index)
                for reg in operands(instruction):
                    uses[reg] = uses.get(reg, 0) + 1
                    self.use_sites.setdefault(reg, []).append((block_id, index))
            terminator = block["terminator"]
            for key in ("condition", "value"):
                reg = terminator.value.get(key) if isinstance(terminator.value, dict) else None
                if reg is not None:
                    uses[reg] = uses.get(reg, 0) + 1
                    self.use_sites.setdefault(reg, []).append((block_id, len(block["instructions"])))
        self.uses = uses
        self.defs = defs
        self.predecessors: dict[int, list[int]] = {}
        self.idom = self.dominators()
        # a phi writes its register on every entry to its block when each way in names a source (a call enters
        # its entry block from no block, and a missing entry keeps the register: rzb.exec.phi.missing)
        entry = self.function["cfg"]["entry_block"]
        for block_id, block in self.blocks.items():
            for phi in block["phi_nodes"]:
                named = {source_block for source_block, _ in phi["incoming"]}
                if block_id != entry and block_id in self.idom and set(self.predecessors[block_id]) <= named:
                    self.def_site[phi["dest"]] = (block_id, -1)
        for block_id, block in self.blocks.items():
            self.analyse_block(block_id, block, defs, uses)

    def targets(self, block_id: int) -> list[int]:
        """The blocks a block's terminator can jump to."""
        terminator = self.blocks[block_id]["terminator"]
        fields_ = terminator.value
        if terminator.name == "Branch":
            return [fields_["target"]]
        if terminator.name == "CondBranch":
            return [fields_["true_target"], fields_["false_target"]]
        if terminator.name == "Switch":
            return [target for _, target in fields_["cases"]] + [fields_["default"]]
        return []

    def dominators(self) -> dict[int, int]:
        """Immediate dominator of each block reachable from the entry (the entry maps to itself), by the
        iterative algorithm of Cooper, Harvey and Kennedy over a reverse postorder."""
        entry = self.function["cfg"]["entry_block"]
        if entry not in self.blocks:
            return {}
        order: list[int] = []
        seen = {entry}
        stack: list[tuple[int, list[int]]] = [(entry, self.targets(entry))]
        while stack:  # iterative depth-first search for the postorder
            block_id, pending = stack[-1]
            if pending:
                target = pending.pop(0)
                if target in self.blocks and target not in seen:
                    seen.add(target)
                    stack.append((target, self.targets(target)))
            else:
                order.append(block_id)
                stack.pop()
        order.reverse()
        rank = {block_id: i for i, block_id in enumerate(order)}
        predecessors: dict[int, list[int]] = {block_id: [] for block_id in order}
        for block_id in order:
            for target in self.targets(block_id):
                if target in predecessors:
                    predecessors[target].append(block_id)
        self.predecessors = predecessors
        idom = {entry: entry}
        changed = True
        while changed:
            changed = False
            for block_id in order[1:]:
                new: int | None = None
                for pred in predecessors[block_id]:
                    if pred not in idom:
                        continue
                    if new is None:
                        new = pred
                        continue
                    a, b = pred, new
                    while a != b:
                        while rank[a] > rank[b]:
                            a = idom[a]
                        while rank[b] > rank[a]:
                            b = idom[b]
                    new = a
                if new is not None and idom.get(block_id) != new:
                    idom[block_id] = new
                    changed = True
        return idom

    def dominates(self, site: tuple[int, int], use: tuple[int, int]) -> bool:
        """Whether every path from the entry to `use` runs the instruction at `site` before it; a use in a block
        the entry cannot reach never runs."""
        (def_block, def_index), (use_block, use_index) = site, use
        if use_block not in self.idom:
            return True
        if def_block == use_block:
            return def_index < use_index
        while use_block != self.idom[use_block]:
            use_block = self.idom[use_block]
            if use_block == def_block:
                return True
        return False

    def written(self, reg: int, at: tuple[int, int]) -> bool:
        """Whether `reg` holds its only value at `at` in every run: a parameter nothing else writes, or the
        register that one instruction (or a phi that every way into its block writes) dominating `at` writes."""
        if self.defs.get(reg) != 1:
            return False
        if reg in self.parameters:
            return True
        site = self.def_site.get(reg)
        return site is not None and self.dominates(site, at)

    def dominates_uses(self, reg: int, site: tuple[int, int]) -> bool:
        return all(self.dominates(site, use) for use in self.use_sites.get(reg, []))

    def analyse_block(self, block_id: int, block: dict[str, Any], defs: dict[int, int], uses: dict[int, int]) -> None:
        instructions = block["instructions"]
        used_in_block: dict[int, int] = {}
        for instruction in instructions:
            for reg in operands(instruction):
                used_in_block[reg] = used_in_block.get(reg, 0) + 1
        terminator = block["terminator"]
        for key in ("condition", "value"):
            reg = terminator.value.get(key) if isinstance(terminator.value, dict) else None
            if reg is not None:
                used_in_block[reg] = used_in_block.get(reg, 0) + 1
        for index, instruction in enumerate(instructions):
            kind, v = instruction.name, instruction.value
            dest = v.get("dest") if isinstance(v, dict) else None
            site = (block_id, index)
            if dest is None or defs.get(dest) != 1 or not self.dominates_uses(dest, site):
                continue
            if kind == "Const":
                self.substitute[dest] = ("const", self.consts.literal(v["value"]))
            elif kind == "Cast" and self.substitute.get(v["src"], ("", ""))[0] == "const":
                folded = folded_cast(self.substitute[v["src"]][1], type_name(v["to_ty"]))
                if folded is not None:
                    self.substitute[dest] = ("const", folded)
            elif kind in COPIES or (kind == "Cast" and type_name(v["to_ty"]) not in NUMERIC_CASTS):
                if v["src"] not in self.phi_dests and self.written(v["src"], site):
                    self.substitute[dest] = ("alias", v["src"])
            elif kind == "GetElementPtr" and uses.get(dest) == 1 and used_in_block.get(dest) == 1:
                # its one use, later in this block, evaluates it: its operands must hold what the GEP would read
                if self.use_sites[dest][0][1] > index and all(self.written(r, site) for r in [v["ptr"], *v["indices"]]):
                    self.substitute[dest] = ("address", v)

    def calls_mir(self, instruction: t.Variant) -> bool:
        if instruction.name == "CallIndirect":
            return True
        return instruction.name == "CallDirect" and self.callees.target(instruction.value["func_id"])[1] is None

    def inlined_condition(self, block: dict[str, Any]) -> str | None:
        """A `Cmp` that is the block's last instruction and read only by its `CondBranch`: its expression goes
        into the `if` itself."""
        terminator, instructions = block["terminator"], block["instructions"]
        if terminator.name != "CondBranch" or not instructions or instructions[-1].name != "Cmp":
            return None
        last = instructions[-1].value
        if last["dest"] != terminator.value["condition"] or self.uses.get(last["dest"]) != 1:
            return None
        line = self.op_Cmp(last)[0]
        return line.split(" = ", 1)[1]

    def ref(self, reg: int) -> str:
        """How an operand is read: the register, or the expression that replaced its definition."""
        found = self.substitute.get(reg)
        if found is None or reg in self.resolving:  # a cycle of copies reads a register nothing wrote
            return f"r{reg}"
        kind, what = found
        if kind == "const":
            return what
        self.resolving.add(reg)
        try:
            return self.ref(what) if kind == "alias" else f"({self.address(what)})"
        finally:
            self.resolving.discard(reg)

    def address(self, v: dict[str, Any]) -> str:
        element = 1 if pointee(v["ty"]) in ("U8", "I8") else rt.SLOT
        constant, parts = 0, []
        for index in v["indices"]:
            text = self.ref(index)
            if text.lstrip("-").isdigit():
                constant += int(text) * element
            else:
                parts.append(f"{text} * {element}")
        if constant or not parts:
            parts.append(str(constant))
        return " + ".join([self.ref(v["ptr"]), *parts])

    # -- control flow --

    def resolve(self, source: int, target: int) -> Edge:
        """Follow blocks that hold only a `Branch` (no phis, no instructions): rzb.exec.block.empty."""
        skipped, seen = 0, {target}
        while True:
            block = self.blocks.get(target)
            if block is None or block["phi_nodes"] or block["instructions"]:
                return Edge(target, source, skipped)
            terminator = block["terminator"]
            if terminator.name != "Branch" or terminator.value["target"] in seen:
                return Edge(target, source, skipped)
            source, target = target, terminator.value["target"]
            seen.add(target)
            skipped += 1

    def successors(self, block_id: int) -> list[Edge]:
        return [self.resolve(block_id, target) for target in self.targets(block_id)]

    def plan(self, entry: int) -> None:
        """Which blocks are dispatch blocks: the ones with several incoming edges, or the entry when a jump
        returns to it."""
        incoming: dict[int, int] = {}
        seen, todo = {entry}, [entry]
        while todo:
            block_id = todo.pop()
            if block_id not in self.blocks:
                continue
            for edge in self.successors(block_id):
                if edge.target not in self.blocks:
                    continue  # the jump fails when taken (rzb.exec.block.missing)
                incoming[edge.target] = incoming.get(edge.target, 0) + 1
                if edge.target not in seen:
                    seen.add(edge.target)
                    todo.append(edge.target)
        self.dispatch = {b for b, count in incoming.items() if count > 1 or b == entry}
        # a short block that returns is copied to each jump instead of dispatched (it has no successors)
        self.duplicable = {
            b
            for b in self.dispatch
            if b != entry
            and b in self.blocks
            and self.blocks[b]["terminator"].name == "Return"
            and len(self.blocks[b]["instructions"]) <= 4
        }
        self.dispatch -= self.duplicable

    def compile(self, name: str) -> list[str]:
        function = self.function
        parameters = [p["reg"] for p in function["signature"]["parameters"]]
        unique = len(set(parameters)) == len(parameters)
        arguments = [f"r{reg}=0" if unique else f"a{i}=0" for i, reg in enumerate(parameters)]
        self.lines.append(f"def {name}({', '.join([*arguments, '*_'])}):")
        self.lines.append(" global S, D")
        # a leaf (it calls no MIR function) checks the depth it would reach instead of counting it
        self.leaf = not any(self.calls_mir(i) for b in self.blocks.values() for i in b["instructions"])
        if not self.leaf:
            self.lines.append(" D += 1")
        if not unique:
            for i, reg in enumerate(parameters):
                self.lines.append(f" r{reg} = a{i}")
        entry = function["cfg"]["entry_block"]
        self.plan(entry)
        if entry not in self.blocks:
            self.lines.append(f" {MISSING_BLOCK}({entry})")
            return self.lines
        if entry in self.dispatch:
            self.lines.append(f" if D {'>=' if self.leaf else '>'} MAXD: _too_deep()")
            self.lines.append(f" b = {entry}")
        else:
            self.emit_block(entry, 1, in_loop=False)
        pending = sorted(self.dispatch)
        if pending:
            self.lines.append(" while True:")
            self.lines.append("  if S > L: _too_many_steps()")
            done: set[int] = set()
            while True:
                todo = [b for b in sorted(self.dispatch) if b not in done]
                if not todo:
                    break
                # a block forced to dispatch while a tree is emitted goes into a later tree; every dispatch
                # block ends in `continue`, return or a fault, so no tree falls through into the next
                self.emit_tree(todo, 2)
                done.update(todo)
            self.lines.append(f"  {MISSING_BLOCK}(b)")
        return merge_step_counts(self.lines)

    def emit_tree(self, block_ids: list[int], depth: int) -> None:
        pad = " " * depth
        if len(block_ids) <= 3:
            for index, block_id in enumerate(block_ids):
                self.lines.append(f"{pad}{'if' if index == 0 else 'elif'} b == {block_id}:")
                self.emit_block(block_id, depth + 1, in_loop=True)
            return
        middle = len(block_ids) // 2
        self.lines.append(f"{pad}if b < {block_ids[middle]}:")
        self.emit_tree(block_ids[:middle], depth + 1)
        self.lines.append(f"{pad}else:")
        self.emit_tree(block_ids[middle:], depth + 1)

    def steps(self, pad: str, count: int, pending: int = 0) -> None:
        """Count steps, `pending` of them not yet started; the first count of a call also checks both limits
        (rzb.exec.limit.*)."""
        if count:
            self.lines.append(f"{pad}S += {count}")
        if self.at_entry:
            depth = "D >= MAXD" if self.leaf else "D > MAXD"
            self.lines.append(marked(f"{pad}if S > L or {depth}: _limits({int(self.leaf)})", pending))
            self.at_entry = False

    def jump(self, edge: Edge, depth: int, in_loop: bool, carry: int = 0) -> None:
        pad = " " * depth
        target = self.blocks.get(edge.target)
        pending = edge.skipped + carry
        if target is None:
            self.steps(pad, pending)
            self.lines.append(f"{pad}{MISSING_BLOCK}({edge.target})")
            return
        copies = []
        for phi in target["phi_nodes"]:
            source = next((value for block, value in phi["incoming"] if block == edge.source), None)
            # no incoming for this edge: the register keeps its value (rzb.exec.phi.missing)
            if source is not None and source != phi["dest"]:
                copies.append((phi["dest"], source))
        if copies:
            self.lines += [
                pad + line for line in phi_copies([f"r{d}" for d, _ in copies], [self.ref(s) for _, s in copies])
            ]
        small_return = edge.target in self.duplicable
        if not small_return and (edge.target in self.dispatch or edge.target in self.emitted or depth > INLINE_DEPTH):
            self.dispatch.add(edge.target)
            self.steps(pad, pending)
            self.lines.append(f"{pad}b = {edge.target}")
            if in_loop:
                self.lines.append(f"{pad}continue")
        else:
            self.emit_block(edge.target, depth, in_loop, pending)

    def emit_block(self, block_id: int, depth: int, in_loop: bool, carry: int = 0) -> None:
        self.emitted.add(block_id)
        pad = " " * depth
        block = self.blocks[block_id]
        own = len(block["instructions"]) + 1
        count = own + carry
        if block["instructions"] or block["terminator"].name != "Branch":
            self.steps(pad, count, own)
            count = 0
        instructions = block["instructions"]
        condition = self.inlined_condition(block)
        for index, instruction in enumerate(instructions[:-1] if condition else instructions):
            for line in self.instruction(instruction, (block_id, index)):
                self.lines.append(marked(pad + line, own - 1 - index))
        terminator = block["terminator"]
        kind, value = terminator.name, terminator.value
        edges = self.successors(block_id)
        if kind == "Branch":
            self.jump(edges[0], depth, in_loop, count)
        elif kind == "CondBranch":
            # an inlined `Cmp` runs on this line, before its terminator
            self.lines.append(marked(f"{pad}if {condition or self.ref(value['condition'])}:", 1 if condition else 0))
            self.jump(edges[0], depth + 1, in_loop)
            self.lines.append(f"{pad}else:")
            self.jump(edges[1], depth + 1, in_loop)
        elif kind == "Switch":
            self.lines.append(f"{pad}v = _int({self.ref(value['value'])})")
            for index, ((case, _), edge) in enumerate(zip(value["cases"], edges, strict=False)):
                self.lines.append(f"{pad}{'if' if index == 0 else 'elif'} v == {case}:")
                self.jump(edge, depth + 1, in_loop)
            if value["cases"]:
                self.lines.append(f"{pad}else:")
                self.jump(edges[-1], depth + 1, in_loop)
            else:
                self.jump(edges[-1], depth, in_loop)
        elif kind == "Return":
            result = self.ref(value["value"]) if value["value"] is not None else "0"
            if not self.leaf:
                self.lines.append(f"{pad}D -= 1")
            self.lines.append(f"{pad}return {result}")
        elif kind == "Unreachable":
            self.lines.append(
                f"{pad}_fault('runtime_unreachable', 'Reached unreachable code', 'rzb.exec.term.unreachable')"
            )
        else:  # NoReturn
            self.lines.append(
                f"{pad}_fault('runtime_unreachable', 'NoReturn terminator executed', 'rzb.exec.term.unreachable')"
            )

    # -- instructions --

    def wrapped(self, dest: int, expression: str) -> list[str]:
        """`dest = expression`, kept in the width of the destination's declared type (rzb.exec.int.wrap)."""
        name = type_name(self.types.get(dest))
        target = f"r{dest}"
        if name in ("F64", "Bool"):
            return [f"{target} = {expression}"]
        if name == "F32":
            return [f"{target} = _f32({expression})"]
        width = name if name in INT_TYPES else "I64"
        low, high = rt.int_range(width)
        return [f"{target} = {expression}", f"if not {low} <= {target} <= {high}: {target} = W['{width}']({target})"]

    def bits_of(self, dest: int) -> int:
        name = type_name(self.types.get(dest))
        return rt.INT_WIDTHS[name][0] if name in ("I32", "U32") else 64

    def instruction(self, instruction: t.Variant, site: tuple[int, int]) -> list[str]:
        kind, v = instruction.name, instruction.value
        dest = v.get("dest") if isinstance(v, dict) else None
        if dest is not None and (dest in self.substitute or (kind in PURE and not self.uses.get(dest))):
            # an unused copy or address still reads its operands: dropped only when they surely hold a value
            if dest in self.substitute or all(self.written(reg, site) for reg in operands(instruction)):
                return []  # its value is spelled out where it is used, or never used
        method = getattr(self, f"op_{kind}", None)
        if method is None:
            message = f"the kit does not execute {kind}"
            return [f"_fault('runtime_not_implemented', {message!r}, 'rzb.exec.not-executed')"]
        return method(v)

    def op_Const(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = {self.consts.literal(v['value'])}"]

    def copy(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = {self.ref(v['src'])}"]

    op_Copy = op_Move = op_Clone = op_BorrowImmutable = op_BorrowMutable = op_BitCast = copy

    def op_EndBorrow(self, v: dict[str, Any]) -> list[str]:
        return []

    def op_DebugLoc(self, v: dict[str, Any]) -> list[str]:
        return []

    def op_Undef(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = 0"]

    def op_BinOp(self, v: dict[str, Any]) -> list[str]:
        op, dest, a, b = v["op"].name, v["dest"], f"{self.ref(v['left'])}", f"{self.ref(v['right'])}"
        simple = {"Add": "+", "Sub": "-", "Mul": "*", "And": "&", "Or": "|", "Xor": "^"}
        if op in simple:
            return self.wrapped(dest, f"{a} {simple[op]} {b}")
        if op == "Div":
            return self.wrapped(dest, f"_div({a}, {b})")
        if op == "Rem":
            return self.wrapped(dest, f"_rem({a}, {b})")
        bits = self.bits_of(dest)
        if op == "Shl":
            return self.wrapped(dest, f"_int({a}) << _sh({b}, {bits})")
        if op == "Shr":
            return self.wrapped(dest, f"_int({a}) >> _sh({b}, {bits})")
        if op == "Ushr":
            return self.wrapped(dest, f"(_int({a}) & {(1 << bits) - 1}) >> _sh({b}, {bits})")
        floats = {"FAdd": "+", "FSub": "-", "FMul": "*"}
        if op in floats:
            return self.wrapped(dest, f"float({a}) {floats[op]} float({b})")
        if op == "FDiv":
            return self.wrapped(dest, f"_fdiv({a}, {b})")
        return self.wrapped(dest, f"_frem({a}, {b})")  # FRem

    def op_UnOp(self, v: dict[str, Any]) -> list[str]:
        op, dest, a = v["op"].name, v["dest"], f"{self.ref(v['operand'])}"
        if op == "Neg":
            return self.wrapped(dest, f"-{a}")
        if op == "Not":
            return self.wrapped(dest, f"_not({a})")
        return [f"r{dest} = -float({a})"]  # FNeg

    def op_Cmp(self, v: dict[str, Any]) -> list[str]:
        op, dest, a, b = v["op"].name, v["dest"], f"{self.ref(v['left'])}", f"{self.ref(v['right'])}"
        signed = {"Eq": "==", "Ne": "!=", "Lt": "<", "Le": "<=", "Gt": ">", "Ge": ">="}
        if op in signed:
            return [f"r{dest} = {a} {signed[op]} {b}"]
        unsigned = {"ULt": "<", "ULe": "<=", "UGt": ">", "UGe": ">="}
        if op in unsigned:
            mask = rt.U64_MASK
            return [f"r{dest} = (_int({a}) & {mask}) {unsigned[op]} (_int({b}) & {mask})"]
        floats = {"FEq": "==", "FNe": "!=", "FLt": "<", "FLe": "<=", "FGt": ">", "FGe": ">="}
        if op in floats:
            return [f"r{dest} = float({a}) {floats[op]} float({b})"]
        if op == "FOrd":
            return [f"r{dest} = not (_isnan(float({a})) or _isnan(float({b})))"]
        return [f"r{dest} = _isnan(float({a})) or _isnan(float({b}))"]  # FUno

    def op_Select(self, v: dict[str, Any]) -> list[str]:
        return [
            f"r{v['dest']} = {self.ref(v['true_val'])} if {self.ref(v['condition'])} else {self.ref(v['false_val'])}"
        ]

    def op_Cast(self, v: dict[str, Any]) -> list[str]:
        dest, src, to = v["dest"], f"{self.ref(v['src'])}", type_name(v["to_ty"])
        if to == "Bool":
            return [f"r{dest} = _truth({src})"]
        if to in INT_TYPES:
            low, high = rt.int_range(to)
            return [
                f"r{dest} = {src} if type({src}) is int else _int({src})",
                f"if type(r{dest}) is int and not {low} <= r{dest} <= {high}: r{dest} = W['{to}'](r{dest})",
            ]
        if to == "F64":
            return [f"r{dest} = float({src})"]
        if to == "F32":
            return [f"r{dest} = _f32(float({src}))"]
        return [f"r{dest} = {src}"]

    # memory

    def op_Load(self, v: dict[str, Any]) -> list[str]:
        dest, name = f"r{v['dest']}", type_name(v["ty"])
        lines = [f"{dest} = M[{self.ref(v['ptr'])}]"]
        if name in INT_TYPES:
            low, high = rt.int_range(name)
            lines.append(
                f"if type({dest}) is not int or not {low} <= {dest} <= {high}: {dest} = _ld_int({dest}, '{name}')"
            )
        elif name in ("F32", "F64"):
            lines.append(f"if type({dest}) is not float: {dest} = _ld_float({dest}, '{name}')")
        elif name == "Bool":
            lines.append(f"if type({dest}) is not bool: {dest} = _ld_bool({dest})")
        return lines

    def op_Store(self, v: dict[str, Any]) -> list[str]:
        ptr, value = f"{self.ref(v['ptr'])}", f"{self.ref(v['value'])}"
        if ptr.isidentifier():
            return [f"if {ptr} in M: M[{ptr}] = {value}", f"else: _store({ptr}, {value})"]
        return [f"if (_a := {ptr}) in M: M[_a] = {value}", f"else: _store(_a, {value})"]

    def op_GetElementPtr(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = {self.address(v)}"]

    def op_PtrAdd(self, v: dict[str, Any]) -> list[str]:
        ty = v["ty"]
        element = size_of(ty.value) if type_name(ty) == "Ptr" else size_of(ty)
        return [f"r{v['dest']} = {self.ref(v['ptr'])} + _int({self.ref(v['offset'])}) * {element}"]

    def op_Alloc(self, v: dict[str, Any]) -> list[str]:
        count = f"_int({self.ref(v['count'])})" if v["count"] is not None else "1"
        return [f"r{v['dest']} = _malloc(max({size_of(v['ty'])} * {count}, {ALLOC_MINIMUM}))"]

    def op_Free(self, v: dict[str, Any]) -> list[str]:
        return [f"_free({self.ref(v['ptr'])})"]

    def op_MemCopy(self, v: dict[str, Any]) -> list[str]:
        return [f"_memcopy(r{v['dest']}, {self.ref(v['src'])}, {self.ref(v['size'])})"]

    def op_MemSet(self, v: dict[str, Any]) -> list[str]:
        return [f"_memset(r{v['dest']}, {self.ref(v['value'])}, {self.ref(v['size'])})"]

    def op_LoadGlobal(self, v: dict[str, Any]) -> list[str]:
        gid = v["global_id"]
        if gid in self.program.globals:
            return [f"r{v['dest']} = G[{gid}]"]
        return [
            f"if {gid} not in G: _undeclared_global({gid})",
            f"r{v['dest']} = G[{gid}]",
        ]

    def op_StoreGlobal(self, v: dict[str, Any]) -> list[str]:
        return [f"G[{v['global_id']}] = {self.ref(v['value'])}"]

    # calls

    def call_line(self, dest: Any, callee: str) -> list[str]:
        return [f"r{dest} = {callee}" if dest is not None else callee]

    def op_CallDirect(self, v: dict[str, Any]) -> list[str]:
        name, arity = self.callees.target(v["func_id"])
        args = [self.ref(a) for a in v["args"]]
        if arity is not None:  # runtime functions take exactly their C parameters (rzb.exec.call.arguments)
            args = (args + ["0"] * arity)[:arity]
            inline = INLINE_RUNTIME.get(self.callees.runtime_names.get(name, "")) if self.callees.inline else None
            if inline is not None and v["dest"] is not None:
                lines = inline(f"r{v['dest']}", name, *args)
                if lines is not None:
                    return lines
        return self.call_line(v["dest"], f"{name}({', '.join(args)})")

    def op_CallIndirect(self, v: dict[str, Any]) -> list[str]:
        args = ", ".join(self.ref(a) for a in v["args"])
        return self.call_line(v["dest"], f"({self.ref(v['func_ptr'])}).fn({args})")

    def op_FunctionRef(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = {self.consts.ref(v['func_id'])}"]

    def op_MakeClosure(self, v: dict[str, Any]) -> list[str]:
        env = "".join(f"{self.ref(c)}, " for c in v["captured_values"])
        return [f"r{v['dest']} = _Closure({self.consts.ref(v['func_id'])}, ({env}))"]

    def op_ClosureFunc(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _cfunc({self.ref(v['closure'])})"]

    def op_ClosureEnv(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _cenv({self.ref(v['closure'])})"]

    # aggregates and unions

    def op_CreateStruct(self, v: dict[str, Any]) -> list[str]:
        items = "".join(f"{self.ref(f)}, " for f in v["fields"])
        return [f"r{v['dest']} = ({items})"]

    def op_ExtractValue(self, v: dict[str, Any]) -> list[str]:
        path = "".join(f"[{i}]" for i in v["indices"])
        return [f"r{v['dest']} = {self.ref(v['aggregate'])}{path}"]

    def op_InsertValue(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _insert({self.ref(v['aggregate'])}, {list(v['indices'])!r}, {self.ref(v['value'])})"]

    def op_CreateUnion(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _RUnion({v['discriminant']}, {self.ref(v['value'])})"]

    def op_ExtractDiscriminant(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _union({self.ref(v['union_val'])}).discriminant"]

    def op_ExtractUnionValue(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _union({self.ref(v['union_val'])}).value"]

    # vectors (rzb.exec.vector.*): a vector value is a tuple of its lanes

    def lanes(self, vec_ty: Any) -> tuple[int, int]:
        if type_name(vec_ty) == "Vector":
            return vec_ty.value["count"], size_of(vec_ty.value["element"])
        return 1, size_of(vec_ty)

    def op_VectorLoad(self, v: dict[str, Any]) -> list[str]:
        count, step = self.lanes(v["vec_ty"])
        return [f"r{v['dest']} = _vload({self.ref(v['ptr'])}, {count}, {step})"]

    def op_VectorStore(self, v: dict[str, Any]) -> list[str]:
        _, step = self.lanes(v["vec_ty"])
        return [f"_vstore({self.ref(v['ptr'])}, {self.ref(v['value'])}, {step})"]

    def lane_op(self, op: str, a: str, b: str) -> str:
        simple = {"Add": "+", "Sub": "-", "Mul": "*", "And": "&", "Or": "|", "Xor": "^", "FAdd": "+", "FSub": "-"}
        simple["FMul"] = "*"
        if op in simple:
            return f"{a} {simple[op]} {b}"
        if op in ("Div", "Rem", "FDiv", "FRem"):
            return f"_{ {'Div': 'div', 'Rem': 'rem', 'FDiv': 'fdiv', 'FRem': 'frem'}[op] }({a}, {b})"
        shifts = {"Shl": "<<", "Shr": ">>", "Ushr": ">>"}
        return f"_int({a}) {shifts[op]} _sh({b}, 64)"

    def op_VectorBinOp(self, v: dict[str, Any]) -> list[str]:
        expression = self.lane_op(v["op"].name, "x", "y")
        return [f"r{v['dest']} = tuple({expression} for x, y in _lanes({self.ref(v['left'])}, {self.ref(v['right'])}))"]

    def op_VectorSplat(self, v: dict[str, Any]) -> list[str]:
        count, _ = self.lanes(v["vec_ty"])
        return [f"r{v['dest']} = ({self.ref(v['scalar'])},) * {count}"]

    def op_VectorExtract(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = {self.ref(v['vector'])}[{v['index']}]"]

    def op_VectorInsert(self, v: dict[str, Any]) -> list[str]:
        return [f"r{v['dest']} = _insert({self.ref(v['vector'])}, [{v['index']}], {self.ref(v['scalar'])})"]

    def op_VectorReduce(self, v: dict[str, Any]) -> list[str]:
        expression = self.lane_op(v["op"].name, "acc", "x")
        vector = f"{self.ref(v['vector'])}"
        return [f"acc = {vector}[0]", f"for x in {vector}[1:]: acc = {expression}", f"r{v['dest']} = acc"]

    def op_VectorUnaryOp(self, v: dict[str, Any]) -> list[str]:
        functions = {
            "Sqrt": "_sqrt(float(x))",
            "Abs": "abs(x)",
            "Neg": "-x",
            "Ceil": "_ceil(float(x))",
            "Floor": "_floor(float(x))",
            "Trunc": "_trunc(float(x))",
            "Round": "_round(float(x))",
        }
        expression = functions[v["op"].name]
        return [f"r{v['dest']} = tuple({expression} for x in {self.ref(v['operand'])})"]

    def op_VectorMinMax(self, v: dict[str, Any]) -> list[str]:
        pick = "min" if v["op"].name == "Min" else "max"
        return [f"r{v['dest']} = tuple({pick}(x, y) for x, y in _lanes({self.ref(v['left'])}, {self.ref(v['right'])}))"]

    # faults

    def op_Panic(self, v: dict[str, Any]) -> list[str]:
        message = v["message"] if v["message"] is not None else "panic"
        return [f"_fault('runtime_panic', {message!r}, 'rzb.exec.panic')"]

    def op_Throw(self, v: dict[str, Any]) -> list[str]:
        return ["_fault('runtime_uncaught_exception', 'Throw: the kit does not unwind', 'rzb.exec.throw')"]

    op_Resume = op_Throw


# Runtime functions whose common case is spelled inline at the call site: the same test as the function's
# fast path (`Runtime.fast_paths`), with the call itself as the fallback for everything else, so the result
# (or the fault) is the function's. Each takes the destination, the function's generated name and the
# argument expressions, and gives the lines or None (no inline form for these arguments).
def inline_vtable_lookup(dest: str, name: str, obj: str, slot: str) -> list[str] | None:
    if not slot.isdigit():
        return None
    return [
        f"try: {dest} = VT[_t][{slot}] if type(_t := M[{obj}]) is int else {name}({obj}, {slot})",
        f"except _LOOKUP: {dest} = {name}({obj}, {slot})",
    ]


def inline_array_length(dest: str, name: str, arr: str) -> list[str]:
    return [f"try: {dest} = M[{arr} + {rt.ARRAY_LENGTH}]", f"except _LOOKUP: {dest} = {name}({arr})"]


def inline_array_get_ptr(dest: str, name: str, arr: str, index: str) -> list[str] | None:
    if not arr.isidentifier() or not (index.isidentifier() or index.isdigit()):
        return None  # operands are evaluated several times: keep it to registers and literals
    fast = (
        f"M[{arr}] + {index} * M[{arr} + {rt.ARRAY_ELEMENT}] if type({index}) is int and 0 <= {index} < "
        f"M[{arr} + {rt.ARRAY_LENGTH}] and {arr} + {rt.ARRAY_CAPACITY} in M else {name}({arr}, {index})"
    )
    return [f"try: {dest} = {fast}", f"except _LOOKUP: {dest} = {name}({arr}, {index})"]


INLINE_RUNTIME: dict[str, Callable[..., list[str] | None]] = {
    "haxe_vtable_lookup": inline_vtable_lookup,
    "haxe_array_length": inline_array_length,
    "haxe_array_get_ptr": inline_array_get_ptr,
}


class CallTable:
    """What a `CallDirect` of each function id calls (rzb.exec.call.direct), by generated name and arity
    (None: a compiled MIR function, which takes missing arguments as 0 and ignores extra ones)."""

    def __init__(self, program: Program, world: rt.Runtime, names: dict[str, Any], inline: bool = True) -> None:
        self.program = program
        self.world = world
        self.names = names
        self.symbols: dict[str, tuple[str, int | None]] = {}
        self.runtime_names: dict[str, str] = {}  # generated name -> runtime function name
        self.inline = inline

    def runtime(self, name: str) -> tuple[str, int | None]:
        """A runtime function by name; one the kit lacks fails when called (rzb.exec.runtime.unsupported)."""
        if name not in self.symbols:
            symbol = f"R{len(self.symbols)}"
            bound = self.world.bound(name, fast=self.inline)
            if bound is None:
                self.names[symbol] = self.names["_unsupported"](name)
                self.symbols[name] = (symbol, None)
            else:
                self.names[symbol] = bound[0]
                self.symbols[name] = (symbol, bound[1])
                self.runtime_names[symbol] = name
        return self.symbols[name]

    def target(self, function_id: int) -> tuple[str, int | None]:
        function = self.program.functions.get(function_id)
        if function is not None:
            if function["kind"].name == "ExternC":
                return self.runtime(function["name"])
            if not function["cfg"]["blocks"]:
                extern = self.program.externs.get(function_id)
                return self.runtime(extern["name"] if extern else function["name"])
            return f"F{function_id}", None
        extern = self.program.externs.get(function_id)
        if extern is not None:
            return self.runtime(extern["name"])
        symbol = f"NOFN{function_id}"
        if symbol not in self.names:
            message = f"function {function_id} is neither in a module nor an extern"
            self.names[symbol] = undefined_function(message)
        return symbol, None


def undefined_function(message: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        raise fail(ErrorClass.RUNTIME_UNDEFINED_FUNCTION, message, "rzb.exec.call.direct")

    return call


def compile_program(
    program: Program, world: rt.Runtime, step_limit: int, depth_limit: int, *, fast: bool = True
) -> Namespace:
    """`fast=False` compiles without the inline runtime fast paths and binds the runtime functions' full
    bodies: the exact path the fast one is tested against."""
    names: dict[str, Any] = {}
    make_helpers(names, world, step_limit, depth_limit)
    names.update({"S": 0, "D": 0, "L": step_limit, "MAXD": depth_limit})
    refs: dict[int, rt.FuncRef] = {}
    consts = Constants(world, refs)
    calls = CallTable(program, world, names, inline=fast)
    names["G"] = {
        gid: consts.runtime_value(g["initializer"]) if g["initializer"] is not None else 0
        for gid, g in program.globals.items()
    }
    source: list[str] = []
    for function_id, function in program.functions.items():
        if function["kind"].name == "ExternC" or not function["cfg"]["blocks"]:
            continue
        source += FunctionCompiler(function, program, consts, calls).compile(f"F{function_id}")
    names.update(consts.values)
    with warnings.catch_warnings():  # a constant folded into `5[0]` warns; it fails at run time, as it should
        warnings.simplefilter("ignore", SyntaxWarning)
        text = "\n".join(source) + "\n"
        code = compile(text, SOURCE_NAME, "exec")
    names["_pending_lines"].update(pending_markers(text.split("\n")))
    exec(code, names)
    for function_id, ref in refs.items():
        ref.fn = direct_callable(function_id, program, calls, names)
        function = program.functions.get(function_id)
        ref.name = function["name"] if function else ""
    for function_id in program.functions:
        names.setdefault(f"F{function_id}", direct_callable(function_id, program, calls, names))
    return Namespace(names)


def direct_callable(function_id: int, program: Program, calls: CallTable, names: dict[str, Any]) -> Callable[..., Any]:
    """What calling a function id means, as a Python callable (used by function references)."""
    symbol, arity = calls.target(function_id)
    target = names[symbol]
    if arity is None:
        return target

    def call(*args: Any) -> Any:
        return target(*(list(args) + [0] * arity)[:arity])

    return call

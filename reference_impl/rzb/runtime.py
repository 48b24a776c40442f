"""The run-time world of an executing Rayzor bundle: values, memory, and the runtime C functions in Python.

spec/formats/rzb-execution.md states every rule implemented here ("Values", "Memory", "Runtime functions").

Values are plain Python objects: integers of every width are `int` (kept in their width by the code that
produces them), `Bool` is `bool`, `F32`/`F64` are `float`, a pointer is an `int` byte address (0 is null).
Strings, function references, closures, unions and aggregates are the reference objects below; the program
can move them through registers, cells and globals but never see their bits.

Memory is a set of cells keyed by byte address (`Memory.cells`): `malloc` creates a zero cell at every
multiple of 8 inside the new block, a `Store` into a live block creates or overwrites the cell at its address,
and a `Load` reads the cell at exactly its address. Every block, string and vtable counts against one memory
budget.
"""

from __future__ import annotations

import bisect
import functools
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass, FormatError

SLOT = 8  # bytes per object slot (GetElementPtr index unit)
FIRST_ADDRESS = 0x10000  # no block starts below this, so small integers are never valid addresses
BLOCK_GAP = 16  # unused bytes between blocks: an access one past the end finds no cell
I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1
U64_MASK = (1 << 64) - 1


def fault(error_class: ErrorClass, message: str, clause: str) -> FormatError:
    return FormatError(error_class, message, clause)


# -- reference values ---------------------------------------------------------------------------------------


class RString:
    """A `HaxeString`: the program holds a pointer to it; runtime functions read its text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"RString({self.text!r})"


class FuncRef:
    """The value of `FunctionRef` / `IrValue::Function`: one object per function id, so `Eq` compares ids."""

    __slots__ = ("fn", "id", "name")

    def __init__(self, function_id: int, name: str) -> None:
        self.id = function_id
        self.name = name
        self.fn: Callable[..., Any] | None = None

    def __repr__(self) -> str:
        return f"FuncRef({self.id}, {self.name!r})"


class Closure:
    """`MakeClosure`: a function and its captured values; an indirect call passes the environment first."""

    __slots__ = ("env", "fn", "func")

    def __init__(self, func: FuncRef, env: Any) -> None:
        self.func = func
        self.env = env

        def call(*args: Any) -> Any:
            if func.fn is None:
                raise AttributeError(f"{func!r} names no function")
            return func.fn(env, *args)

        self.fn = call


class RUnion:
    """`CreateUnion`: a discriminant and one payload value."""

    __slots__ = ("discriminant", "value")

    def __init__(self, discriminant: int, value: Any) -> None:
        self.discriminant = discriminant
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RUnion) and (self.discriminant, self.value) == (other.discriminant, other.value)

    def __hash__(self) -> int:
        return hash((self.discriminant, self.value))


# -- scalar conversions (rzb.exec.value.*) ------------------------------------------------------------------

INT_WIDTHS: dict[str, tuple[int, bool]] = {
    "I8": (8, True),
    "I16": (16, True),
    "I32": (32, True),
    "I64": (64, True),
    "U8": (8, False),
    "U16": (16, False),
    "U32": (32, False),
    "U64": (64, False),
}


def int_range(type_name: str) -> tuple[int, int]:
    bits, signed = INT_WIDTHS[type_name]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def make_wrap(type_name: str) -> Callable[[Any], Any]:
    """Two's-complement wrapping into a width; non-integers pass unchanged (registers are dynamically typed)."""
    bits, signed = INT_WIDTHS[type_name]
    mask = (1 << bits) - 1
    half = 1 << (bits - 1)

    if signed:

        def wrap(value: Any) -> Any:
            if type(value) is bool:
                return int(value)
            if type(value) is not int:
                return value
            return ((value + half) & mask) - half

    else:

        def wrap(value: Any) -> Any:
            if type(value) is bool:
                return int(value)
            if type(value) is not int:
                return value
            return value & mask

    return wrap


WRAP = {name: make_wrap(name) for name in INT_WIDTHS}


def to_f32(value: Any) -> float:
    """Round a number to the nearest single (one rounding; overflow gives infinity)."""
    value = float(value)
    try:
        return struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def float_bits(value: float) -> int:
    return struct.unpack("<q", struct.pack("<d", value))[0]


def bits_float(value: int) -> float:
    return struct.unpack("<d", struct.pack("<q", ((value + (1 << 63)) & U64_MASK) - (1 << 63)))[0]


def saturating_int(value: float) -> int:
    """Rust's `f64 as i64`: truncation toward zero, NaN → 0, out of range → the nearest bound."""
    if math.isnan(value):
        return 0
    if value >= 9.223372036854775807e18:
        return I64_MAX
    if value <= -9.223372036854775808e18:
        return I64_MIN
    return int(value)


def to_integer(value: Any) -> Any:
    """The integer a cast to an integer type starts from; references pass unchanged."""
    if type(value) is int:
        return value
    if type(value) is bool:
        return int(value)
    if type(value) is float:
        return saturating_int(value)
    return value


def truth(value: Any) -> bool:
    """Truthiness of `CondBranch`, `Select` and casts to `Bool`: zero and null are false, references true."""
    if type(value) in (bool, int, float):
        return value != 0
    return True


# -- memory -------------------------------------------------------------------------------------------------


@dataclass
class Memory:
    limit: int
    cells: dict[int, Any] = field(default_factory=dict)
    bases: list[int] = field(default_factory=list)  # sorted block starts
    sizes: dict[int, int] = field(default_factory=dict)
    unaligned: set[int] = field(default_factory=set)  # cells off the 8-byte grid (free must find them)
    used: int = 0
    next_address: int = FIRST_ADDRESS

    def charge(self, size: int, what: str) -> None:
        if size < 0 or self.used + size > self.limit:
            raise fault(
                ErrorClass.MEMORY_LIMIT_EXCEEDED,
                f"{what} of {size} bytes passes the memory limit of {self.limit} bytes",
                "rzb.exec.limit.memory",
            )
        self.used += size

    def malloc(self, size: Any) -> int:
        size = to_integer(size)
        if type(size) is not int:
            raise fault(ErrorClass.RUNTIME_TYPE_MISMATCH, "malloc size is not an integer", "rzb.exec.memory.malloc")
        size &= U64_MASK
        self.charge(size, "an allocation")
        base = self.next_address
        self.next_address = base + ((size + 15) // 16) * 16 + BLOCK_GAP
        self.bases.append(base)  # addresses only grow, so the list stays sorted
        self.sizes[base] = size
        self.cells.update(dict.fromkeys(range(base, base + size, SLOT), 0))
        return base

    def block_of(self, address: Any) -> int | None:
        if type(address) is not int:
            return None
        # `bases` may still hold freed blocks (free leaves them): the last start at or below the address is
        # the only block that can hold it, live or not, since blocks never overlap
        index = bisect.bisect_right(self.bases, address) - 1
        if index < 0:
            return None
        base = self.bases[index]
        size = self.sizes.get(base)
        return base if size is not None and address < base + size else None

    def free(self, address: Any) -> None:
        if address == 0:
            return
        if type(address) is not int or address not in self.sizes:
            raise fault(
                ErrorClass.RUNTIME_INVALID_ADDRESS, f"free of {address!r}, not a live block", "rzb.exec.memory.free"
            )
        size = self.sizes.pop(address)
        if len(self.bases) > 2 * len(self.sizes) + 1024:  # drop freed starts, amortised over the frees
            self.bases = [base for base in self.bases if base in self.sizes]
        self.used -= size
        cells = self.cells
        for slot in range(address, address + size, SLOT):
            cells.pop(slot, None)
        inside = [a for a in self.unaligned if address <= a < address + size] if self.unaligned else []
        for key in inside:
            cells.pop(key, None)
            self.unaligned.discard(key)

    def load(self, address: Any) -> Any:
        try:
            return self.cells[address]
        except (KeyError, TypeError):
            raise invalid_address("load from", address) from None

    def store(self, address: Any, value: Any) -> None:
        """A store at an address with no cell yet: allowed inside a live block."""
        if self.block_of(address) is None:
            raise invalid_address("store to", address)
        self.cells[address] = value
        if address % SLOT:
            self.unaligned.add(address)


def invalid_address(action: str, address: Any) -> FormatError:
    text = f"{address:#x}" if type(address) is int else repr(address)
    return fault(ErrorClass.RUNTIME_INVALID_ADDRESS, f"{action} {text}: no cell there", "rzb.exec.memory.cells")


# -- the runtime library ------------------------------------------------------------------------------------

RuntimeFunction = Callable[..., Any]


@dataclass
class RuntimeSpec:
    """One runtime function: its C signature (as the spec states it) and its Python body."""

    name: str
    signature: str
    body: Callable[..., Any]  # (runtime, *args)

    @property
    def arity(self) -> int:
        return self.body.__code__.co_argcount - 1


LIBRARY: dict[str, RuntimeSpec] = {}


def runtime_function(signature: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(body: Callable[..., Any]) -> Callable[..., Any]:
        LIBRARY[body.__name__] = RuntimeSpec(body.__name__, signature, body)
        return body

    return register


# HaxeArray header slots (rzb.exec.runtime.array-layout): data pointer, length, capacity, element size.
ARRAY_DATA, ARRAY_LENGTH, ARRAY_CAPACITY, ARRAY_ELEMENT = 0, 8, 16, 24
INITIAL_CAPACITY = 8


class Runtime:
    """The state the runtime functions share: memory, output, vtables, registered constructors."""

    def __init__(self, memory_limit: int, output_limit: int) -> None:
        self.memory = Memory(memory_limit)
        self.output: list[str] = []
        self.output_size = 0
        self.output_limit = output_limit
        self.vtables: dict[int, list[Any]] = {}
        self.constructors: dict[int, Any] = {}

    def bound(self, name: str, fast: bool = True) -> tuple[Callable[..., Any], int] | None:
        """The runtime function `name` bound to this runtime, and its parameter count; None if the kit lacks it.
        `fast=False`: the full body, never the fast path (what tests compare the fast paths with)."""
        spec = LIBRARY.get(name)
        if spec is None:
            return None
        quick = self.fast_paths().get(name) if fast else None
        return (quick or functools.partial(spec.body, self)), spec.arity

    def fast_paths(self) -> dict[str, Callable[..., Any]]:
        """Hot runtime functions with the common case first; anything unusual takes the full body."""
        cells, vtables = self.memory.cells, self.vtables

        def vtable_lookup(obj: Any, slot: Any) -> Any:
            try:
                type_id = cells[obj]
                if slot >= 0 and type(type_id) is int and type(slot) is int:
                    return vtables[type_id][slot]
            except (KeyError, IndexError, TypeError):
                pass
            return haxe_vtable_lookup(self, obj, slot)

        def array_get_ptr(arr: Any, index: Any) -> Any:
            try:
                if type(index) is int and 0 <= index < cells[arr + ARRAY_LENGTH] and arr + ARRAY_CAPACITY in cells:
                    return cells[arr] + index * cells[arr + ARRAY_ELEMENT]
            except (KeyError, TypeError):
                pass
            return haxe_array_get_ptr(self, arr, index)

        def array_length(arr: Any) -> Any:
            try:
                return cells[arr + ARRAY_LENGTH]
            except (KeyError, TypeError):
                return haxe_array_length(self, arr)

        def array_push(arr: Any, value: Any) -> Any:
            try:  # room left: the four header cells exist and the length is below the capacity
                length, element = cells[arr + ARRAY_LENGTH], cells[arr + ARRAY_ELEMENT]
                if type(length) is int and length + 1 <= cells[arr + ARRAY_CAPACITY]:
                    cells[cells[arr] + length * element] = value
                    cells[arr + ARRAY_LENGTH] = length + 1
                    return 0
            except (KeyError, TypeError):
                pass
            return haxe_array_push_i64(self, arr, value)

        def array_pop(arr: Any) -> Any:
            try:
                length, data = cells[arr + ARRAY_LENGTH], cells[arr]
                if type(length) is int and length > 0 and arr + ARRAY_CAPACITY in cells:
                    value = cells[data + (length - 1) * cells[arr + ARRAY_ELEMENT]]
                    cells[arr + ARRAY_LENGTH] = length - 1
                    return value
            except (KeyError, TypeError):
                pass
            return haxe_array_pop_i64(self, arr)

        def array_get(arr: Any, index: Any) -> Any:
            try:
                if type(index) is int and 0 <= index < cells[arr + ARRAY_LENGTH] and arr + ARRAY_CAPACITY in cells:
                    return cells[cells[arr] + index * cells[arr + ARRAY_ELEMENT]]
            except (KeyError, TypeError):
                pass
            return haxe_array_get_i64(self, arr, index)

        return {
            "haxe_vtable_lookup": vtable_lookup,
            "haxe_array_get_ptr": array_get_ptr,
            "haxe_array_length": array_length,
            "haxe_array_push_i64": array_push,
            "haxe_array_pop_i64": array_pop,
            "haxe_array_get_i64": array_get,
            "malloc": self.memory.malloc,
        }

    def write(self, text: str) -> None:
        self.output_size += len(text)
        if self.output_size > self.output_limit:
            raise fault(
                ErrorClass.MEMORY_LIMIT_EXCEEDED,
                f"output passes the limit of {self.output_limit} characters",
                "rzb.exec.limit.memory",
            )
        self.output.append(text)

    def new_string(self, text: str) -> RString:
        self.memory.charge(len(text), "a string")
        return RString(text)

    def text_of(self, value: Any, what: str) -> str:
        if value == 0 and type(value) is not RString:
            return "null"
        if type(value) is not RString:
            raise fault(
                ErrorClass.RUNTIME_TYPE_MISMATCH, f"{what}: {value!r} is not a string", "rzb.exec.runtime.strings"
            )
        return value.text

    def array_header(self, array: Any, what: str) -> tuple[int, int, int, int]:
        cells = self.memory
        return (
            cells.load(array + ARRAY_DATA),
            cells.load(array + ARRAY_LENGTH),
            cells.load(array + ARRAY_CAPACITY),
            cells.load(array + ARRAY_ELEMENT),
        )

    def array_grow(self, array: int, needed: int) -> tuple[int, int]:
        """Make room for `needed` elements (capacity 8, then doubling); returns (data, element size)."""
        data, length, capacity, element = self.array_header(array, "array")
        if needed <= capacity:
            return data, element
        new_capacity = capacity or INITIAL_CAPACITY
        while new_capacity < needed:
            new_capacity *= 2
        memory = self.memory
        new_data = memory.malloc(new_capacity * element)
        if data:
            for index in range(length):
                memory.cells[new_data + index * element] = memory.load(data + index * element)
            memory.free(data)
        memory.cells[array + ARRAY_DATA] = new_data
        memory.cells[array + ARRAY_CAPACITY] = new_capacity
        return new_data, element


def as_index(value: Any) -> int:
    """A `usize` argument: negative integers are huge, so they are past every length."""
    value = to_integer(value)
    if type(value) is not int:
        raise fault(ErrorClass.RUNTIME_TYPE_MISMATCH, f"{value!r} is not an index", "rzb.exec.runtime.arrays")
    return value & U64_MASK


@runtime_function("void *malloc(uint64_t size)")
def malloc(rt: Runtime, size: Any) -> int:
    return rt.memory.malloc(size)


@runtime_function("void free(void *ptr)")
def free(rt: Runtime, ptr: Any) -> int:
    rt.memory.free(ptr)
    return 0


@runtime_function("HaxeString *haxe_string_concat(HaxeString *a, HaxeString *b)")
def haxe_string_concat(rt: Runtime, a: Any, b: Any) -> RString:
    return rt.new_string(rt.text_of(a, "haxe_string_concat") + rt.text_of(b, "haxe_string_concat"))


@runtime_function("HaxeString *haxe_string_from_int(int64_t value)")
def haxe_string_from_int(rt: Runtime, value: Any) -> RString:
    value = to_integer(value)
    if type(value) is not int:
        raise fault(ErrorClass.RUNTIME_TYPE_MISMATCH, f"{value!r} is not an integer", "rzb.exec.runtime.strings")
    return rt.new_string(str(WRAP["I64"](value)))


@runtime_function("void haxe_trace_string_struct(HaxeString *s)")
def haxe_trace_string_struct(rt: Runtime, s: Any) -> int:
    rt.write(rt.text_of(s, "haxe_trace_string_struct") + "\n")
    return 0


@runtime_function("int64_t haxe_std_int(double x)")
def haxe_std_int(rt: Runtime, x: Any) -> int:
    if type(x) is not float:
        x = float(x)
    return saturating_int(x)


@runtime_function("double haxe_math_abs(double x)")
def haxe_math_abs(rt: Runtime, x: Any) -> float:
    return abs(float(x))


@runtime_function("double haxe_math_sqrt(double x)")
def haxe_math_sqrt(rt: Runtime, x: Any) -> float:
    x = float(x)
    return math.nan if x < 0 else math.sqrt(x)


@runtime_function("void haxe_array_push_i64(HaxeArray *arr, int64_t value)")
def haxe_array_push_i64(rt: Runtime, arr: Any, value: Any) -> int:
    if arr == 0:
        return 0
    length = rt.memory.load(arr + ARRAY_LENGTH)
    data, element = rt.array_grow(arr, length + 1)
    rt.memory.cells[data + length * element] = value
    rt.memory.cells[arr + ARRAY_LENGTH] = length + 1
    return 0


@runtime_function("bool haxe_array_set_i64(HaxeArray *arr, size_t index, int64_t value)")
def haxe_array_set_i64(rt: Runtime, arr: Any, index: Any, value: Any) -> bool:
    if arr == 0:
        return False
    index = as_index(index)
    length = rt.memory.load(arr + ARRAY_LENGTH)
    if index >= length:
        if index >= rt.memory.limit:  # growth is charged by malloc; this keeps the gap fill bounded too
            raise fault(
                ErrorClass.MEMORY_LIMIT_EXCEEDED,
                f"array index {index} passes the memory limit",
                "rzb.exec.limit.memory",
            )
        data, element = rt.array_grow(arr, index + 1)
        cells = rt.memory.cells
        for gap in range(length, index):
            cells[data + gap * element] = 0
        cells[arr + ARRAY_LENGTH] = index + 1
    else:
        data, _, _, element = rt.array_header(arr, "haxe_array_set_i64")
    rt.memory.cells[data + index * element] = value
    return True


@runtime_function("int64_t haxe_array_get_i64(const HaxeArray *arr, size_t index)")
def haxe_array_get_i64(rt: Runtime, arr: Any, index: Any) -> Any:
    if arr == 0:
        return 0
    data, length, _, element = rt.array_header(arr, "haxe_array_get_i64")
    index = as_index(index)
    return rt.memory.load(data + index * element) if index < length else 0


@runtime_function("uint8_t *haxe_array_get_ptr(const HaxeArray *arr, size_t index)")
def haxe_array_get_ptr(rt: Runtime, arr: Any, index: Any) -> int:
    if arr == 0:
        return 0
    data, length, _, element = rt.array_header(arr, "haxe_array_get_ptr")
    index = as_index(index)
    return data + index * element if index < length else 0


@runtime_function("int64_t haxe_array_length(const HaxeArray *arr)")
def haxe_array_length(rt: Runtime, arr: Any) -> int:
    return 0 if arr == 0 else rt.memory.load(arr + ARRAY_LENGTH)


@runtime_function("int64_t haxe_array_pop_i64(HaxeArray *arr)")
def haxe_array_pop_i64(rt: Runtime, arr: Any) -> Any:
    if arr == 0:
        return 0
    data, length, _, element = rt.array_header(arr, "haxe_array_pop_i64")
    if length == 0:
        return 0
    rt.memory.cells[arr + ARRAY_LENGTH] = length - 1
    return rt.memory.load(data + (length - 1) * element)


@runtime_function("void haxe_type_register_constructor(int64_t type_id, int64_t ctor_closure)")
def haxe_type_register_constructor(rt: Runtime, type_id: Any, ctor: Any) -> int:
    rt.constructors[type_id] = ctor
    return 0


@runtime_function("void haxe_vtable_init(int32_t type_id, int32_t slot_count)")
def haxe_vtable_init(rt: Runtime, type_id: Any, slot_count: Any) -> int:
    count = max(0, to_integer(slot_count))
    rt.memory.charge(count * SLOT, "a vtable")
    rt.vtables[WRAP["U32"](to_integer(type_id))] = [0] * count
    return 0


@runtime_function("void haxe_vtable_set_slot(int32_t type_id, int32_t slot_index, int64_t closure)")
def haxe_vtable_set_slot(rt: Runtime, type_id: Any, slot_index: Any, closure: Any) -> int:
    table = rt.vtables.get(WRAP["U32"](to_integer(type_id)))
    slot = to_integer(slot_index)
    if table is not None and 0 <= slot < len(table):
        table[slot] = closure
    return 0


@runtime_function("int64_t haxe_vtable_lookup(const uint8_t *obj, int32_t slot_index)")
def haxe_vtable_lookup(rt: Runtime, obj: Any, slot_index: Any) -> Any:
    if obj == 0:
        return 0
    type_id = rt.memory.load(obj)
    table = rt.vtables.get(type_id) if type(type_id) is int else None
    slot = to_integer(slot_index)
    if table is None or not 0 <= slot < len(table):
        return 0
    return table[slot]


@runtime_function("int64_t haxe_coerce_dynamic_to_int(void *ptr)")
def haxe_coerce_dynamic_to_int(rt: Runtime, ptr: Any) -> Any:
    if ptr == 0:
        return 0
    if type(ptr) is int:  # a raw integer carried in a Dynamic slot
        return ptr
    raise fault(
        ErrorClass.UNSUPPORTED_FUNCTION,
        "haxe_coerce_dynamic_to_int of a boxed Dynamic value: the kit has no boxed values",
        "rzb.exec.runtime.unsupported",
    )


@runtime_function("uint8_t *haxe_unbox_reference_ptr(uint8_t *ptr)")
def haxe_unbox_reference_ptr(rt: Runtime, ptr: Any) -> Any:
    if ptr == 0 or (type(ptr) is int and 0 <= ptr < 0x1000):
        return 0
    raise fault(
        ErrorClass.UNSUPPORTED_FUNCTION,
        "haxe_unbox_reference_ptr of a boxed Dynamic value: the kit has no boxed values",
        "rzb.exec.runtime.unsupported",
    )

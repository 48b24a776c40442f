"""Run-time values of the fzb VM, and the whole-value operations on them (spec/formats/fzb-execution.md).

Scalars are plain Python objects, chosen so the hot paths need no wrapping:

| Value            | Python                                   |
|------------------|------------------------------------------|
| Int / Float      | int (kept within i64) / float            |
| Bool / Str       | bool / str (`type(x) is int` tells Int from Bool) |
| Unit             | None                                     |
| Tuple            | tuple                                    |
| Cons / Nil       | `Cons` / the singleton `NIL`             |
| Array            | `Array` (a shared, mutable list)         |
| Record / Map     | `Record` / `MapValue` (dicts)            |
| Variant          | `VariantValue`                           |
| Closure          | `ClosureValue` (a `Prototype` + upvalues)|
| NativeFn         | `NativeFn`                               |

Equality, display and conversion to the schema's values walk values iteratively and charge every node to a
budget (the value-size limit), so deep, shared or cyclic values end in `value_size_exceeded`, never in a
RecursionError or a hang.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.fzb import schema

I64_MIN = -(1 << 63)
I64_MAX = (1 << 63) - 1
# A result nested deeper than this many Values cannot be returned (fzb.exec.limit.result-depth): the
# document model would be nested about three JSON levels per Value, past what common JSON parsers accept.
MAX_RESULT_DEPTH = 64


def type_mismatch(message: str, clause: str | None = None) -> FormatError:
    return FormatError(ErrorClass.RUNTIME_TYPE_MISMATCH, message, clause)


def invalid_index(message: str, clause: str | None = None) -> FormatError:
    return FormatError(ErrorClass.RUNTIME_INVALID_INDEX, message, clause)


def too_big(message: str) -> FormatError:
    return FormatError(ErrorClass.VALUE_SIZE_EXCEEDED, message, "fzb.exec.limit.value-size")


class NilType:
    """The empty list; falsy, like upstream's `is_truthy`."""

    __slots__ = ()
    length = 0

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NIL"


NIL = NilType()


class Cons:
    """A list cell; `length` counts the cells of the proper list it starts (1 when its tail is no list)."""

    __slots__ = ("head", "length", "tail")

    def __init__(self, head: Any, tail: Any) -> None:
        self.head = head
        self.tail = tail
        tail_type = type(tail)
        self.length = tail.length + 1 if tail_type is Cons or tail_type is NilType else 1

    def __repr__(self) -> str:
        return f"Cons({self.head!r}, {self.tail!r})"


class Array:
    """`Arc<Mutex<Vec<Value>>>`: every copy of the value sees ArraySet."""

    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def __bool__(self) -> bool:
        return bool(self.items)

    def __repr__(self) -> str:
        return f"Array({self.items!r})"


class Record:
    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def __bool__(self) -> bool:
        return bool(self.fields)

    def __repr__(self) -> str:
        return f"Record({self.fields!r})"


class MapValue:
    __slots__ = ("entries",)

    def __init__(self, entries: dict[str, Any]) -> None:
        self.entries = entries

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __repr__(self) -> str:
        return f"MapValue({self.entries!r})"


class VariantValue:
    __slots__ = ("fields", "type_name", "variant_name")

    def __init__(self, type_name: str, variant_name: str, fields: tuple[Any, ...]) -> None:
        self.type_name = type_name
        self.variant_name = variant_name
        self.fields = fields

    def __repr__(self) -> str:
        return f"VariantValue({self.type_name!r}, {self.variant_name!r}, {self.fields!r})"


class Prototype:
    """A function body ready to run: the chunk's instructions as (opcode, operand, operand) triples and its
    constants as run-time values. One per chunk value, shared by every closure made from it."""

    __slots__ = ("arity", "chunk", "code", "compiled", "constants", "name", "upstream", "wire")

    def __init__(self, wire: dict[str, Any], arity: int, name: str | None) -> None:
        self.wire = wire  # the schema's Closure value {chunk, arity, name}: what a result shows
        self.chunk = wire["chunk"]
        self.arity = arity
        self.name = name
        self.code: list[tuple[int, Any, Any]] = []
        self.constants: list[Any] = []
        self.compiled: Any = None  # set by compile_py for the intended semantics
        self.upstream: Any = None  # set by compile_upstream for the upstream semantics


class ClosureValue:
    __slots__ = ("proto", "upvalues")

    def __init__(self, proto: Prototype, upvalues: list[Any]) -> None:
        self.proto = proto
        self.upvalues = upvalues  # empty unless made by MakeClosure under the intended profile

    def __repr__(self) -> str:
        return f"<closure {self.proto.name}>" if self.proto.name is not None else "<closure>"


class NativeFn:
    __slots__ = ("args", "arity", "name")

    def __init__(self, name: str, arity: int, args: tuple[Any, ...]) -> None:
        self.name = name
        self.arity = arity
        self.args = args

    def __repr__(self) -> str:
        return f"NativeFn({self.name!r}, {self.arity}, {self.args!r})"


def type_name(value: Any) -> str:
    """Upstream's `Value::type_name`, which its error messages print."""
    kind = type(value)
    if kind is int:
        return "int"
    if kind is float:
        return "float"
    if kind is bool:
        return "bool"
    if kind is str:
        return "string"
    if value is None:
        return "unit"
    if kind is tuple:
        return "tuple"
    if kind is Cons or kind is NilType:
        return "list"
    return {
        Array: "array",
        Record: "record",
        MapValue: "map",
        VariantValue: "variant",
        ClosureValue: "function",
        NativeFn: "function",
    }[kind]


def wrap_i64(value: int) -> int:
    """Two's-complement wrap-around, as upstream's release build does on Add/Sub/Mul overflow."""
    return ((value - I64_MIN) & 0xFFFF_FFFF_FFFF_FFFF) + I64_MIN


def utf8_size(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


# -- from and to the schema's values ------------------------------------------------------------------------


# Python type of each instruction's operands, from the schema (u8/u16/i16/i64 → int, bool, String → str).
OPERAND_KINDS: dict[str, tuple[type, ...]] = {
    name: tuple(bool if p == t.BOOL else str if p == t.STR else int for p in payload)
    for name, payload, _ in schema.INSTRUCTIONS
}


class Loader:
    """Turns decoded chunks into prototypes. Constants are converted once, so every LoadConst of an Array,
    Record or Map constant yields the same shared object, as cloning an `Arc` does upstream."""

    def __init__(self, opcodes: dict[str, int]) -> None:
        self.opcodes = opcodes
        self.prototypes: dict[int, Prototype] = {}

    def prototype(self, closure_wire: dict[str, Any]) -> Prototype:
        key = id(closure_wire)
        proto = self.prototypes.get(key)
        if proto is not None:
            return proto
        proto = Prototype(closure_wire, closure_wire["arity"], closure_wire["name"])
        self.prototypes[key] = proto
        chunk = closure_wire["chunk"]
        opcodes = self.opcodes
        for instruction in chunk["instructions"]:
            operands = instruction.value if isinstance(instruction.value, list) else [instruction.value]
            kinds = OPERAND_KINDS[instruction.name]
            # The compilers write operands into Python source: only values of the schema's types may pass.
            if len(operands) != max(len(kinds), 1) or not all(
                type(x) is kind for x, kind in zip(operands, kinds, strict=False)
            ):
                raise TypeError(f"{instruction.name} operands {operands!r} do not fit the schema")
            operands += [None] * (2 - len(operands))
            proto.code.append((opcodes[instruction.name], operands[0], operands[1]))
        proto.constants = [self.value(v) for v in chunk["constants"]]
        return proto

    def value(self, wire: t.Variant) -> Any:
        name, payload = wire.name, wire.value
        if name in ("Int", "Float", "Bool", "Str"):
            return payload
        if name == "Unit":
            return None
        if name == "Tuple":
            return tuple(self.value(v) for v in payload)
        if name == "Cons":
            return Cons(self.value(payload["head"]), self.value(payload["tail"]))
        if name == "Nil":
            return NIL
        if name == "Array":
            return Array([self.value(v) for v in payload])
        if name == "Record":
            return Record({key: self.value(v) for key, v in payload})
        if name == "Map":
            return MapValue({key: self.value(v) for key, v in payload})
        if name == "Variant":
            fields = tuple(self.value(v) for v in payload["fields"])
            return VariantValue(payload["type_name"], payload["variant_name"], fields)
        if name == "Closure":
            return ClosureValue(self.prototype(payload), [])
        if name == "NativeFn":
            return NativeFn(payload["name"], payload["arity"], tuple(self.value(v) for v in payload["args"]))
        raise AssertionError(f"no run-time form for Value::{name}")


def to_wire(value: Any, budget: int) -> t.Variant:
    """The schema's value of a result (`formats.fzb.schema.VALUE`); Record and Map entries in key order.

    Every node costs one unit of `budget`; past it, or deeper than MAX_RESULT_DEPTH, the result cannot be
    returned (value_size_exceeded)."""
    spent = 0

    def convert(item: Any, depth: int) -> t.Variant:
        nonlocal spent
        spent += 1
        if spent > budget:
            raise too_big(f"the result has more than {budget} nodes")
        if depth > MAX_RESULT_DEPTH:
            raise too_big(f"the result is nested deeper than {MAX_RESULT_DEPTH} values")
        kind = type(item)
        if kind is int:
            return t.Variant("Int", item)
        if kind is float:
            return t.Variant("Float", item)
        if kind is bool:
            return t.Variant("Bool", item)
        if kind is str:
            return t.Variant("Str", item)
        if item is None:
            return t.Variant("Unit")
        if kind is tuple:
            return t.Variant("Tuple", [convert(v, depth + 1) for v in item])
        if kind is Cons:
            return t.Variant("Cons", {"head": convert(item.head, depth + 1), "tail": convert(item.tail, depth + 1)})
        if kind is NilType:
            return t.Variant("Nil")
        if kind is Array:
            return t.Variant("Array", [convert(v, depth + 1) for v in item.items])
        if kind is Record:
            return t.Variant("Record", [(k, convert(item.fields[k], depth + 1)) for k in sorted(item.fields)])
        if kind is MapValue:
            return t.Variant("Map", [(k, convert(item.entries[k], depth + 1)) for k in sorted(item.entries)])
        if kind is VariantValue:
            fields = [convert(v, depth + 1) for v in item.fields]
            return t.Variant(
                "Variant", {"type_name": item.type_name, "variant_name": item.variant_name, "fields": fields}
            )
        if kind is ClosureValue:
            spent += chunk_weight(item.proto.chunk, depth)
            if spent > budget:
                raise too_big(f"the result has more than {budget} nodes")
            return t.Variant("Closure", item.proto.wire)
        if kind is NativeFn:
            args = [convert(v, depth + 1) for v in item.args]
            return t.Variant("NativeFn", {"name": item.name, "arity": item.arity, "args": args})
        raise AssertionError(kind)

    return convert(value, 1)


def chunk_weight(chunk: dict[str, Any], depth: int) -> int:
    """Nodes of a closure's chunk as the result shows it (its constants, recursively); checks their depth."""
    weight = len(chunk["instructions"])
    pending = [(v, depth + 1) for v in chunk["constants"]]
    while pending:
        wire, level = pending.pop()
        weight += 1
        if level > MAX_RESULT_DEPTH:
            raise too_big(f"the result is nested deeper than {MAX_RESULT_DEPTH} values")
        payload = wire.value
        if wire.name in ("Tuple", "Array"):
            pending.extend((v, level + 1) for v in payload)
        elif wire.name in ("Record", "Map"):
            pending.extend((v, level + 1) for _, v in payload)
        elif wire.name == "Cons":
            pending.extend(((payload["head"], level + 1), (payload["tail"], level + 1)))
        elif wire.name == "Variant":
            pending.extend((v, level + 1) for v in payload["fields"])
        elif wire.name == "NativeFn":
            pending.extend((v, level + 1) for v in payload["args"])
        elif wire.name == "Closure":
            weight += len(payload["chunk"]["instructions"])
            pending.extend((v, level + 2) for v in payload["chunk"]["constants"])
    return weight


# -- equality -----------------------------------------------------------------------------------------------

SCALARS = (int, float, bool, str, type(None))


def equal(a: Any, b: Any, budget: int) -> bool:
    """Upstream's structural `PartialEq` (fzb.exec.value.equality): pairs are visited depth-first, left to
    right (record and map entries in key order), one budget unit each."""
    pending = [(a, b)]
    spent = 0
    while pending:
        x, y = pending.pop()
        spent += 1
        if spent > budget:
            raise too_big(f"comparing values visited more than {budget} nodes")
        kind = type(x)
        if kind is not type(y):
            return False
        if kind in SCALARS:
            if x != y:
                return False
        elif kind is tuple:
            if len(x) != len(y):
                return False
            pending.extend(reversed(list(zip(x, y, strict=True))))
        elif kind is Cons:
            pending.append((x.tail, y.tail))
            pending.append((x.head, y.head))
        elif kind is NilType:
            continue
        elif kind is Array:
            if x is y:
                continue
            if len(x.items) != len(y.items):
                return False
            pending.extend(reversed(list(zip(x.items, y.items, strict=True))))
        elif kind is Record or kind is MapValue:
            if x is y:
                continue
            left, right = (x.fields, y.fields) if kind is Record else (x.entries, y.entries)
            if len(left) != len(right) or any(k not in right for k in left):
                return False
            pending.extend((left[k], right[k]) for k in sorted(left, reverse=True))
        elif kind is VariantValue:
            if x.type_name != y.type_name or x.variant_name != y.variant_name or len(x.fields) != len(y.fields):
                return False
            pending.extend(reversed(list(zip(x.fields, y.fields, strict=True))))
        elif kind is ClosureValue:
            if x is not y and (x.proto.arity != y.proto.arity or x.proto.name != y.proto.name):
                return False
        elif kind is NativeFn:
            if x.name != y.name or x.arity != y.arity or len(x.args) != len(y.args):
                return False
            pending.extend(reversed(list(zip(x.args, y.args, strict=True))))
        else:
            raise AssertionError(kind)
    return True


# -- display ------------------------------------------------------------------------------------------------


def float_display(value: float) -> str:
    """Rust's `{}` for f64: the shortest round-trip digits, never an exponent, `1` for 1.0, `-0` for -0.0."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = format(Decimal(repr(value)).normalize(), "f")
    return text


def display(value: Any, budget: int) -> str:
    """Upstream's `Display` (fzb.exec.value.display), built iteratively; every node and every output byte
    costs one budget unit."""
    out: list[str] = []
    spent = 0
    # Work items: a str is written as is; anything else is a value to display.
    pending: list[Any] = [value]
    literal = _Literal
    while pending:
        item = pending.pop()
        if type(item) is literal:
            text = item.text
        else:
            text = None
            kind = type(item)
            spent += 1
            if kind is str:
                text = item
            elif kind is int:
                text = str(item)
            elif kind is bool:
                text = "true" if item else "false"
            elif kind is float:
                text = float_display(item)
            elif item is None:
                text = "()"
            elif kind is tuple:
                pending.extend(_separated("(", item, ", ", ")"))
            elif kind is NilType:
                text = "[]"
            elif kind is Cons:
                pending.extend(_list_parts(item))
            elif kind is Array:
                pending.extend(_separated("[|", item.items, "; ", "|]"))
            elif kind is Record:
                fields = item.fields
                parts: list[Any] = [_Literal("{ ")]
                for i, key in enumerate(sorted(fields)):
                    if i:
                        parts.append(_Literal("; "))
                    parts.extend((_Literal(key + " = "), fields[key]))
                parts.append(_Literal(" }"))
                pending.extend(reversed(parts))
            elif kind is MapValue:
                entries = item.entries
                parts = [_Literal("Map [")]
                for i, key in enumerate(sorted(entries)):
                    if i:
                        parts.append(_Literal("; "))
                    parts.extend((_Literal(key + " -> "), entries[key]))
                parts.append(_Literal("]"))
                pending.extend(reversed(parts))
            elif kind is VariantValue:
                if item.fields:
                    pending.extend(_separated(item.variant_name + "(", item.fields, ", ", ")"))
                else:
                    text = item.variant_name
            elif kind is ClosureValue:
                name = item.proto.name
                text = "<closure>" if name is None else f"<closure {name}>"
            elif kind is NativeFn:
                text = f"<native fn {item.name}>"
            else:
                raise AssertionError(kind)
        if text is not None:
            spent += utf8_size(text)
            out.append(text)
        if spent > budget:
            raise too_big(f"displaying a value took more than {budget} units")
    return "".join(out)


class _Literal:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _separated(opening: str, items: Any, separator: str, closing: str) -> list[Any]:
    """Work items (in pop order) that write `opening item separator item ... closing`."""
    parts: list[Any] = [_Literal(opening)]
    for i, element in enumerate(items):
        if i:
            parts.append(_Literal(separator))
        parts.append(element)
    parts.append(_Literal(closing))
    parts.reverse()
    return parts


def _list_parts(cell: Cons) -> list[Any]:
    """A proper list as `[a; b]`; a chain that ends in something other than Nil as `Cons(a, Cons(b, x))`,
    which is what upstream's fallback prints at every level of such a chain."""
    heads = []
    node: Any = cell
    while type(node) is Cons:
        heads.append(node.head)
        node = node.tail
    if type(node) is NilType:
        return _separated("[", heads, "; ", "]")
    parts: list[Any] = []
    for head in heads:
        parts.extend((_Literal("Cons("), head, _Literal(", ")))
    parts.append(node)
    parts.append(_Literal(")" * len(heads)))
    parts.reverse()
    return parts

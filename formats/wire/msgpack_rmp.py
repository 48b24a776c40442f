"""MessagePack exactly as rmp-serde 1.x `to_vec` writes it, and as `from_slice` reads it.

Writing (the only form the `strict` reading accepts):
- a struct is an array of its fields in declaration order (never a map);
- an enum is `{name: payload}` (a one-entry map), a unit variant the bare name string;
- `Option` is nil or the value itself; integers take their smallest form; `f64` is always float64 (`cb`);
- strings, arrays and maps take their smallest length form (fix / 8 / 16 / 32); all lengths big-endian.

The `upstream` reading adds what rmp-serde's deserializer also takes: structs as maps keyed by field name
(unknown keys skipped, `#[serde(default)]` fields optional), struct arrays short of trailing default fields,
enum variants by index, unit variants as `{name: nil}`, integers of any width that fit, floats from ints or
float32, and strings from `bin` holding UTF-8.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from typing import IO, Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.checks import WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.wire.codec import (
    COUNT_FIRST,
    Builder,
    Codec,
    check_count,
    check_scalar,
    check_variant,
    decode_utf8,
    encode_utf8,
    map_items,
    model_error,
    read,
    struct_items,
    variant_fields,
    where,
)

# Marker bytes (MessagePack spec); the fix ranges are written as (first, last).
NIL, FALSE, TRUE = 0xC0, 0xC2, 0xC3
BIN8, BIN16, BIN32 = 0xC4, 0xC5, 0xC6
FLOAT32, FLOAT64 = 0xCA, 0xCB
UINT8, UINT16, UINT32, UINT64 = 0xCC, 0xCD, 0xCE, 0xCF
INT8, INT16, INT32, INT64 = 0xD0, 0xD1, 0xD2, 0xD3
STR8, STR16, STR32 = 0xD9, 0xDA, 0xDB
ARRAY16, ARRAY32 = 0xDC, 0xDD
MAP16, MAP32 = 0xDE, 0xDF
FIXEXT = {0xD4: 1, 0xD5: 2, 0xD6: 4, 0xD7: 8, 0xD8: 16}
EXT8, EXT16, EXT32 = 0xC7, 0xC8, 0xC9

UINT_FORMS = (
    (UINT8, ">B", 0xFF),
    (UINT16, ">H", 0xFFFF),
    (UINT32, ">I", 0xFFFF_FFFF),
    (UINT64, ">Q", (1 << 64) - 1),
)
INT_FORMS = ((INT8, ">b", 1 << 7), (INT16, ">h", 1 << 15), (INT32, ">i", 1 << 31), (INT64, ">q", 1 << 63))
LENGTH_FORMS = {
    "str": ((0xA0, 31), (STR8, ">B"), (STR16, ">H"), (STR32, ">I")),
    "array": ((0x90, 15), None, (ARRAY16, ">H"), (ARRAY32, ">I")),
    "map": ((0x80, 15), None, (MAP16, ">H"), (MAP32, ">I")),
    "bin": (None, (BIN8, ">B"), (BIN16, ">H"), (BIN32, ">I")),
}


# A body's bytes bound the values it holds only while it is not compressed: zstd turns 243 bytes into 64 MiB
# of one-byte values, tens of millions of Python objects. Readers put an `ItemBudget` sized by the bytes they
# actually received into the parse context, so the model stays proportional to the input.
ITEMS_KEY = "_rmp_item_budget"


class ItemBudget:
    """How many more MessagePack values a decode may produce: `floor + per_input_byte * input_size`."""

    def __init__(self, input_size: int, floor: int, per_input_byte: int, clause: str) -> None:
        self.total = floor + per_input_byte * input_size
        self.left = self.total
        self.clause = clause

    def context(self) -> dict[str, Any]:
        return {ITEMS_KEY: self}

    def spend(self, path: str | None) -> None:
        if self.left <= 0:
            raise FormatError(
                ErrorClass.LIMIT_EXCEEDED,
                f"more than {self.total} MessagePack values for an input of this size{where(path)}",
                self.clause,
                check=WireCheck.ITEMS.value,
            )
        self.left -= 1


def spend_item(context: Any, path: str | None) -> None:
    """Count one decoded value against the budget, when the caller set one."""
    root = context._root if "_root" in context else context
    budget = root.get(ITEMS_KEY)
    if budget is not None:
        budget.spend(path)


@dataclass(frozen=True)
class Head:
    """A decoded value head: its kind, its scalar value or length, and whether it was the smallest form."""

    kind: str  # nil bool uint int float str bin array map ext
    value: Any
    minimal: bool = True
    float_bits: int = 0


def read_length(stream: io.BytesIO, fmt: str, path: str | None) -> int:
    size = struct.calcsize(fmt)
    return struct.unpack(fmt, read(stream, size, path))[0]


def read_head(stream: io.BytesIO, path: str | None) -> Head:
    marker = read(stream, 1, path)[0]
    if marker <= 0x7F:
        return Head("uint", marker)
    if marker >= 0xE0:
        return Head("int", marker - 0x100)
    if 0x80 <= marker <= 0x8F:
        return Head("map", marker & 0x0F)
    if 0x90 <= marker <= 0x9F:
        return Head("array", marker & 0x0F)
    if 0xA0 <= marker <= 0xBF:
        return Head("str", marker & 0x1F)
    if marker == NIL:
        return Head("nil", None)
    if marker in (FALSE, TRUE):
        return Head("bool", marker == TRUE)
    for form, fmt, _ in UINT_FORMS:
        if marker == form:
            value = read_length(stream, fmt, path)
            return Head("uint", value, minimal=uint_marker(value) == marker)
    for form, fmt, _ in INT_FORMS:
        if marker == form:
            value = read_length(stream, fmt, path)
            return Head("uint" if value >= 0 else "int", value, minimal=value < 0 and sint_marker(value) == marker)
    if marker == FLOAT32:
        return Head("float", struct.unpack(">f", read(stream, 4, path))[0], minimal=False, float_bits=32)
    if marker == FLOAT64:
        return Head("float", struct.unpack(">d", read(stream, 8, path))[0], float_bits=64)
    for kind, forms in LENGTH_FORMS.items():
        for width, form in enumerate(forms):
            if width and form is not None and marker == form[0]:
                size = read_length(stream, form[1], path)
                return Head(kind, size, minimal=length_marker(kind, size) == marker)
    if marker in FIXEXT:
        return Head("ext", FIXEXT[marker] + 1)
    if marker in (EXT8, EXT16, EXT32):
        size = read_length(stream, {EXT8: ">B", EXT16: ">H", EXT32: ">I"}[marker], path)
        return Head("ext", size + 1)
    raise wire_error(
        WireCheck.MARKER, ErrorClass.INVALID_VALUE, f"reserved MessagePack marker {marker:#04x}{where(path)}"
    )


def uint_marker(value: int) -> int:
    if value <= 0x7F:
        return value
    return next(form for form, _, top in UINT_FORMS if value <= top)


def length_marker(kind: str, size: int) -> int:
    fix, *sized = LENGTH_FORMS[kind]
    if fix is not None and size <= fix[1]:
        return fix[0] | size
    for form, fmt in (f for f in sized if f is not None):
        if size < 1 << (8 * struct.calcsize(fmt)):
            return form
    raise FormatError(ErrorClass.INVALID_MODEL, f"{kind} of {size} entries is too long for MessagePack")


def write_uint(stream: io.BytesIO, value: int) -> None:
    marker = uint_marker(value)
    if value <= 0x7F:  # a positive fixint (204 equals its own uint8 marker 0xcc: compare the value)
        stream.write(bytes([value]))
        return
    fmt = next(fmt for form, fmt, _ in UINT_FORMS if form == marker)
    stream.write(bytes([marker]) + struct.pack(fmt, value))


def sint_marker(value: int) -> int:
    """The marker rmp's `write_sint` picks for a negative value: negative fixint, then int8 … int64."""
    if value >= -32:
        return value + 0x100
    return next(form for form, _, bound in INT_FORMS if value >= -bound)


def write_sint(stream: io.BytesIO, value: int) -> None:
    """rmp's `write_sint`: non-negative values as unsigned forms, negative ones in the smallest signed form."""
    if value >= 0:
        write_uint(stream, value)
        return
    marker = sint_marker(value)
    if marker >= 0xE0:
        stream.write(bytes([marker]))
    else:
        fmt = next(fmt for form, fmt, _ in INT_FORMS if form == marker)
        stream.write(bytes([marker]) + struct.pack(fmt, value))


def write_length(stream: io.BytesIO, kind: str, size: int) -> None:
    marker = length_marker(kind, size)
    fix = LENGTH_FORMS[kind][0]
    if fix is not None and marker == fix[0] | size and size <= fix[1]:
        stream.write(bytes([marker]))
        return
    fmt = next(f[1] for f in LENGTH_FORMS[kind][1:] if f is not None and f[0] == marker)
    stream.write(bytes([marker]) + struct.pack(fmt, size))


def write_str(stream: io.BytesIO, text: str, path: str | None) -> None:
    raw = encode_utf8(text, path)
    write_length(stream, "str", len(raw))
    stream.write(raw)


def skip_value(stream: io.BytesIO, head: Head, path: str | None, depth: int, limit: int, context: Any = None) -> None:
    """Consume a value the schema does not use (an unknown struct key's value), depth- and budget-bounded."""
    if context is not None:
        spend_item(context, path)
    if depth > limit:
        raise wire_error(
            WireCheck.DEPTH, ErrorClass.LIMIT_EXCEEDED, f"skipped value nested deeper than {limit}{where(path)}"
        )
    if head.kind in ("str", "bin", "ext"):
        read(stream, head.value, path)
    elif head.kind in ("array", "map"):
        items = head.value * (2 if head.kind == "map" else 1)
        if COUNT_FIRST.get():
            check_count(stream, items, 1, 1 << 32, head.kind, path)
        for _ in range(items):
            skip_value(stream, read_head(stream, path), path, depth + 1, limit, context)


def describe(head: Head) -> str:
    return f"{head.kind} {head.value!r}" if head.kind in ("uint", "int", "bool", "float") else head.kind


class Rmp(Codec):
    """A typed MessagePack value. `lenient` selects rmp-serde's reading; otherwise only `to_vec`'s form."""

    def __init__(self, lenient: bool) -> None:
        super().__init__()
        self.lenient = lenient

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        spend_item(context, path)
        return self.parse_head(stream, read_head(stream, path), context, path)

    def parse_head(self, stream, head: Head, context, path) -> Any:
        raise NotImplementedError

    def canonical(self, head: Head, path: str | None) -> None:
        if not head.minimal and not self.lenient:
            raise wire_error(
                WireCheck.SHAPE, ErrorClass.INVALID_VALUE, f"{head.kind} not in its smallest form{where(path)}"
            )

    def mismatch(self, head: Head, want: str, path: str | None) -> FormatError:
        return wire_error(
            WireCheck.SHAPE, ErrorClass.INVALID_VALUE, f"expected {want}, found {describe(head)}{where(path)}"
        )


class RmpInt(Rmp):
    def __init__(self, typ: t.Int, lenient: bool) -> None:
        super().__init__(lenient)
        self.typ = typ

    def parse_head(self, stream, head, context, path):
        if head.kind not in ("uint", "int"):
            raise self.mismatch(head, self.typ.name, path)
        self.canonical(head, path)
        if not self.typ.min <= head.value <= self.typ.max:
            raise wire_error(
                WireCheck.SHAPE, ErrorClass.INVALID_VALUE, f"{head.value} does not fit {self.typ.name}{where(path)}"
            )
        return head.value

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(self.typ, obj, path)
        (write_sint if self.typ.signed else write_uint)(stream, obj)
        return obj


class RmpFloat(Rmp):
    def __init__(self, typ: t.Float, lenient: bool) -> None:
        super().__init__(lenient)
        self.typ = typ

    def parse_head(self, stream, head, context, path):
        if head.kind == "float" and head.float_bits == self.typ.bits:
            return head.value
        if self.lenient and head.kind in ("float", "uint", "int"):
            return float(head.value)
        raise self.mismatch(head, self.typ.name, path)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(self.typ, obj, path)
        if self.typ.bits == 32:
            stream.write(bytes([FLOAT32]) + struct.pack(">f", obj))
        else:
            stream.write(bytes([FLOAT64]) + struct.pack(">d", obj))
        return obj


class RmpBool(Rmp):
    def parse_head(self, stream, head, context, path):
        if head.kind != "bool":
            raise self.mismatch(head, "bool", path)
        return head.value

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(t.BOOL, obj, path)
        stream.write(bytes([TRUE if obj else FALSE]))
        return obj


class RmpStr(Rmp):
    def parse_head(self, stream, head, context, path):
        if head.kind == "str" or (self.lenient and head.kind == "bin"):
            self.canonical(head, path)
            check_count(stream, head.value, 1, 1 << 32, "string", path)
            return decode_utf8(read(stream, head.value, path), path)
        raise self.mismatch(head, "string", path)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        write_str(stream, obj, path)
        return obj


class RmpUnit(Rmp):
    def parse_head(self, stream, head, context, path):
        if head.kind == "nil" or (self.lenient and head.kind == "array" and head.value == 0):
            return None
        raise self.mismatch(head, "nil", path)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        stream.write(bytes([NIL]))
        return obj


class RmpOption(Rmp):
    def __init__(self, inner: Rmp, lenient: bool) -> None:
        super().__init__(lenient)
        self.inner = inner

    def parse_head(self, stream, head, context, path):
        return None if head.kind == "nil" else parse_with(self.inner, stream, head, context, path)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        if obj is None:
            stream.write(bytes([NIL]))
        else:
            self.inner._build(obj, stream, context, path)
        return obj


def parse_with(codec: c.Construct, stream, head: Head, context, path) -> Any:
    """Parse a value whose head is already read (through `Nested` wrappers to the typed codec)."""
    from binfmt_conformance.formats.wire.codec import Nested

    if isinstance(codec, Nested):
        codec._enter(context, path)
        try:
            return parse_with(codec.subcon, stream, head, context, path)
        finally:
            codec._leave(context)
    return codec.parse_head(stream, head, context, path)


class RmpArray(Rmp):
    """`Vec<T>` (one item type, any count) or a tuple (a fixed list of item types)."""

    def __init__(self, items: list[c.Construct], fixed: bool, lenient: bool) -> None:
        super().__init__(lenient)
        self.items = items
        self.fixed = fixed

    def parse_head(self, stream, head, context, path):
        if head.kind != "array":
            raise self.mismatch(head, "array", path)
        self.canonical(head, path)
        if self.fixed and head.value != len(self.items):
            raise wire_error(
                WireCheck.ARITY,
                ErrorClass.INVALID_LENGTH,
                f"tuple of {len(self.items)} given {head.value} items{where(path)}",
            )
        if COUNT_FIRST.get():  # else rmp-serde's order: the items one by one (codec.items_one_by_one)
            check_count(stream, head.value, 1, 1 << 32, "array", path)
        if self.fixed:
            return [item._parsereport(stream, context, path) for item in self.items]
        return [self.items[0]._parsereport(stream, context, path) for _ in range(head.value)]

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        if not isinstance(obj, list | tuple) or (self.fixed and len(obj) != len(self.items)):
            arity = f" of {len(self.items)}" if self.fixed else ""
            raise model_error(f"{obj!r} is not a list{arity}", path)
        write_length(stream, "array", len(obj))
        for index, value in enumerate(obj):
            self.items[index if self.fixed else 0]._build(value, stream, context, path)
        return obj


class RmpMap(Rmp):
    def __init__(self, key: c.Construct, value: c.Construct, lenient: bool) -> None:
        super().__init__(lenient)
        self.key = key
        self.value = value

    def parse_head(self, stream, head, context, path):
        if head.kind != "map":
            raise self.mismatch(head, "map", path)
        self.canonical(head, path)
        if COUNT_FIRST.get():
            check_count(stream, head.value, 2, 1 << 32, "map", path)
        entries: list[tuple[Any, Any]] = []
        positions: dict[Any, int] = {}
        for _ in range(head.value):
            key = self.key._parsereport(stream, context, path)
            value = self.value._parsereport(stream, context, path)
            if key in positions:
                if not self.lenient:
                    raise wire_error(
                        WireCheck.FIELD, ErrorClass.INVALID_VALUE, f"duplicate map key {key!r}{where(path)}"
                    )
                entries[positions[key]] = (key, value)  # a Rust HashMap keeps the last value
                continue
            positions[key] = len(entries)
            entries.append((key, value))
        return entries

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        entries = map_items(obj, path)
        write_length(stream, "map", len(entries))
        for key, value in entries:
            self.key._build(key, stream, context, path)
            self.value._build(value, stream, context, path)
        return obj


class RmpStruct(Rmp):
    def __init__(self, struct_type: t.Struct, fields: list[c.Construct], lenient: bool) -> None:
        super().__init__(lenient)
        self.struct_type = struct_type
        self.fields = fields

    def parse_head(self, stream, head, context, path):
        declared = self.struct_type.fields
        if head.kind == "array":
            self.canonical(head, path)
            required = max((i + 1 for i, f in enumerate(declared) if not f.serde_default), default=0)
            short_ok = self.lenient and required <= head.value
            if head.value > len(declared) or (head.value < len(declared) and not short_ok):
                raise wire_error(
                    WireCheck.ARITY,
                    ErrorClass.INVALID_LENGTH,
                    f"{self.struct_type.name} is an array of {len(declared)} fields, found {head.value}{where(path)}",
                )
            out = {
                f.name: self.fields[i]._parsereport(stream, context, path) for i, f in enumerate(declared[: head.value])
            }
            for f in declared[head.value :]:
                out[f.name] = default_value(f.type)
            return out
        if head.kind == "map" and self.lenient:
            return self.parse_map(stream, head, context, path)
        raise self.mismatch(head, f"{self.struct_type.name} array", path)

    def parse_map(self, stream, head, context, path):
        if COUNT_FIRST.get():
            check_count(stream, head.value, 2, 1 << 32, "map", path)
        found: dict[str, Any] = {}
        names = self.struct_type.field_names()
        for _ in range(head.value):
            key = RmpStr(True)._parse(stream, context, path)
            if key in found:
                raise wire_error(WireCheck.FIELD, ErrorClass.INVALID_VALUE, f"duplicate field {key!r}{where(path)}")
            if key in names:
                found[key] = self.fields[names.index(key)]._parsereport(stream, context, path)
            else:
                skip_value(stream, read_head(stream, path), path, 0, 64, context)
        out = {}
        for f in self.struct_type.fields:
            if f.name in found:
                out[f.name] = found[f.name]
            elif f.serde_default:
                out[f.name] = default_value(f.type)
            else:
                raise wire_error(WireCheck.FIELD, ErrorClass.INVALID_VALUE, f"missing field {f.name!r}{where(path)}")
        return out

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        items = struct_items(self.struct_type, obj, path)
        write_length(stream, "array", len(items))
        for codec, (_, value) in zip(self.fields, items, strict=True):
            codec._build(value, stream, context, path)
        return obj


def default_value(typ: t.Type) -> Any:
    """`Default::default()` for the field types that carry `#[serde(default)]`."""
    if isinstance(typ, t.Option):
        return None
    if isinstance(typ, t.Seq | t.Map):
        return []
    if isinstance(typ, t.Str):
        return ""
    if isinstance(typ, t.Bool):
        return False
    if isinstance(typ, t.Int):
        return 0
    if isinstance(typ, t.Float):
        return 0.0
    raise TypeError(f"no default for {typ!r}")


class RmpEnum(Rmp):
    def __init__(self, enum: t.Enum, payloads: list[list[c.Construct]], lenient: bool) -> None:
        super().__init__(lenient)
        self.enum = enum
        self.payloads = payloads
        self.index_by_name = {variant.name: index for index, variant in enumerate(enum.variants)}

    def identify(self, stream, head: Head, path) -> int:
        if head.kind == "str":
            self.canonical(head, path)
            name = decode_utf8(read(stream, head.value, path), path)
            index = self.index_by_name.get(name)
            if index is None:
                raise wire_error(
                    WireCheck.VARIANT,
                    ErrorClass.UNKNOWN_VARIANT,
                    f"{self.enum.name} has no variant {name!r}{where(path)}",
                )
            return index
        if head.kind == "uint" and self.lenient:
            if head.value >= len(self.enum.variants):
                raise wire_error(
                    WireCheck.VARIANT,
                    ErrorClass.UNKNOWN_VARIANT,
                    f"{self.enum.name} variant index {head.value}{where(path)}",
                )
            return head.value
        raise self.mismatch(head, f"{self.enum.name} variant name", path)

    def parse_head(self, stream, head, context, path):
        if head.kind in ("str", "uint"):
            index = self.identify(stream, head, path)
            variant = self.enum.variants[index]
            if variant.kind != "unit":
                raise wire_error(
                    WireCheck.SHAPE, ErrorClass.INVALID_VALUE, f"{variant.name} needs a payload{where(path)}"
                )
            return t.Variant(variant.name)
        if head.kind != "map" or head.value != 1:
            raise self.mismatch(head, f"{self.enum.name} (a variant name or a one-entry map)", path)
        self.canonical(head, path)
        index = self.identify(stream, read_head(stream, path), path)
        variant = self.enum.variants[index]
        payload = self.payloads[index]
        if variant.kind == "unit":
            RmpUnit(self.lenient)._parse(stream, context, path)
            if not self.lenient:
                raise wire_error(
                    WireCheck.SHAPE,
                    ErrorClass.INVALID_VALUE,
                    f"unit variant {variant.name} written as a map{where(path)}",
                )
            return t.Variant(variant.name)
        # newtype: the inner value; tuple: the list of its items; struct: the dict of its fields
        return t.Variant(variant.name, payload[0]._parsereport(stream, context, path))

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        index, variant = check_variant(self.enum, obj, path)
        if variant.kind == "unit":
            write_str(stream, variant.name, path)
            return obj
        write_length(stream, "map", 1)
        write_str(stream, variant.name, path)
        fields = variant_fields(variant, obj, path)
        payload = self.payloads[index][0]
        if variant.kind == "newtype":
            payload._build(fields[0][1], stream, context, path)
        elif variant.kind == "tuple":
            payload._build([value for _, value in fields], stream, context, path)
        else:  # an RmpStruct: it takes the fields by name
            payload._build(obj.value, stream, context, path)
        return obj


class RmpBuilder(Builder):
    """Counts are bounded by the bytes left (`check_count`) and the item budget, not a fixed limit."""

    def __init__(self, space: t.TypeSpace, max_depth: int, lenient: bool) -> None:
        super().__init__(space, max_depth, max_items=1 << 32)
        self.lenient = lenient

    def scalar(self, typ: t.Type) -> c.Construct:
        if isinstance(typ, t.Int):
            return RmpInt(typ, self.lenient)
        if isinstance(typ, t.Float):
            return RmpFloat(typ, self.lenient)
        if isinstance(typ, t.Bool):
            return RmpBool(self.lenient)
        if isinstance(typ, t.Str):
            return RmpStr(self.lenient)
        if isinstance(typ, t.Unit):
            return RmpUnit(self.lenient)
        raise TypeError(f"no rmp-serde mapping for {typ!r} in this kit")

    def option(self, typ: t.Option) -> c.Construct:
        return RmpOption(self.build(typ.inner), self.lenient)

    def seq(self, typ: t.Seq) -> c.Construct:
        return RmpArray([self.build(typ.inner)], False, self.lenient)

    def tuple(self, typ: t.Tuple) -> c.Construct:
        return RmpArray([self.build(i) for i in typ.items], True, self.lenient)

    def map(self, typ: t.Map) -> c.Construct:
        return RmpMap(self.build(typ.key), self.build(typ.value), self.lenient)

    def struct(self, typ: t.Struct) -> c.Construct:
        return RmpStruct(typ, [self.build(f.type) for f in typ.fields], self.lenient)

    def enum(self, typ: t.Enum) -> c.Construct:
        payloads: list[list[c.Construct]] = []
        for variant in typ.variants:
            if variant.kind == "unit":
                payloads.append([])
            elif variant.kind == "newtype":
                payloads.append([self.build(variant.types[0])])
            elif variant.kind == "tuple":
                payloads.append([RmpArray([self.build(p) for p in variant.types], True, self.lenient)])
            else:
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                payloads.append(
                    [RmpStruct(t.Struct(variant.name, fields), [self.build(f.type) for f in fields], self.lenient)]
                )
        return RmpEnum(typ, payloads, self.lenient)


def codec(space: t.TypeSpace, typ: t.Type, *, lenient: bool, max_depth: int = 64, trace: bool = False) -> c.Construct:
    """The rmp-serde construct for `typ`: `lenient` reads as `from_slice` does; building is always `to_vec`;
    `trace` records where each value lies (formats.wire.trace)."""
    builder = RmpBuilder(space, max_depth, lenient)
    builder.trace = trace
    return builder.build(typ)

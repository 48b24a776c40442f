"""Blocks shared by the two non-self-describing serde encodings, bincode 1 and postcard.

Both write a struct as its fields in order, an `Option` as a 0/1 tag, a sequence or map as a count and its
items, and an enum as an index and its payload; they differ only in how integers, lengths and indices are
written, which each wire module passes in.
"""

from __future__ import annotations

from typing import IO, Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.checks import WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass
from binfmt_conformance.formats.wire.codec import (
    COUNT_FIRST,
    Builder,
    Codec,
    Fixed,
    check_count,
    check_scalar,
    check_variant,
    decode_utf8,
    encode_utf8,
    map_items,
    model_error,
    read,
    variant_fields,
    variant_value,
    where,
)


class Flag(Codec):
    """A one-byte tag that must be 0 or 1: `bool` itself, and the tag in front of an `Option`."""

    def __init__(self, what: str, check: WireCheck) -> None:
        super().__init__()
        self.what = what
        self.check = check

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        byte = read(stream, 1, path)[0]
        if byte > 1:
            raise wire_error(
                self.check, ErrorClass.INVALID_VALUE, f"{self.what} byte {byte:#04x} is not 0 or 1{where(path)}"
            )
        return byte == 1

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        stream.write(b"\x01" if obj else b"\x00")
        return obj


class Utf8Char(Codec):
    """A Rust `char`: its UTF-8 encoding, whose first byte gives the length."""

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        first = read(stream, 1, path)
        lead = first[0]
        width = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4
        text = decode_utf8(first + read(stream, width - 1, path), path)
        if len(text) != 1:
            raise wire_error(WireCheck.CHAR, ErrorClass.INVALID_UTF8, f"not one char{where(path)}")
        return text

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(t.CHAR, obj, path)
        stream.write(encode_utf8(obj, path))
        return obj


class Text(Codec):
    """Byte length + UTF-8 (a `String`), or + raw bytes (a byte buffer)."""

    def __init__(self, length: c.Construct, utf8: bool, max_items: int) -> None:
        super().__init__()
        self.length = length
        self.utf8 = utf8
        self.max_items = max_items

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        size = self.length._parse(stream, context, path)
        check_count(stream, size, 1, self.max_items, "string" if self.utf8 else "bytes", path)
        raw = read(stream, size, path)
        return decode_utf8(raw, path) if self.utf8 else raw

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        if self.utf8:
            raw = encode_utf8(obj, path)
        elif isinstance(obj, bytes | bytearray):
            raw = bytes(obj)
        else:
            raise model_error(f"{obj!r} is not bytes", path)
        self.length._build(len(raw), stream, context, path)
        stream.write(raw)
        return obj


class RawBytes(Codec):
    """A fixed-size byte array (`[u8; N]`): N raw bytes, no length."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        return read(stream, self.size, path)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(t.Bytes(self.size), obj, path)
        stream.write(bytes(obj))
        return obj

    def _sizeof(self, context: c.Container, path: str | None) -> int:
        return self.size


class Optional(Codec):
    def __init__(self, inner: c.Construct) -> None:
        super().__init__()
        self.tag = Flag("Option tag", WireCheck.OPTION)
        self.inner = inner

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        return self.inner._parsereport(stream, context, path) if self.tag._parse(stream, context, path) else None

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        self.tag._build(obj is not None, stream, context, path)
        if obj is not None:
            self.inner._build(obj, stream, context, path)
        return obj


class Sequence(Codec):
    """Item count + items; a map is a sequence of (key, value) pairs."""

    def __init__(
        self, length: c.Construct, items: list[c.Construct], min_item_size: int, max_items: int, pairs: bool
    ) -> None:
        super().__init__()
        self.length = length
        self.items = items
        self.min_item_size = min_item_size
        self.max_items = max_items
        self.pairs = pairs

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        count = self.length._parse(stream, context, path)
        if self.min_item_size == 0 or COUNT_FIRST.get():  # items of no size would never reach the end
            check_count(stream, count, self.min_item_size, self.max_items, "map" if self.pairs else "sequence", path)
        out = []
        for _ in range(count):
            values = [item._parsereport(stream, context, path) for item in self.items]
            out.append(tuple(values) if self.pairs else values[0])
        return out

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        entries = map_items(obj, path) if self.pairs else obj
        if not isinstance(entries, list):
            raise model_error(f"{obj!r} is not a list", path)
        self.length._build(len(entries), stream, context, path)
        for entry in entries:
            for item, value in zip(self.items, entry if self.pairs else (entry,), strict=True):
                item._build(value, stream, context, path)
        return obj


class Record(Codec):
    """A struct (dict) or tuple (list): its fields in order, no header."""

    def __init__(self, names: list[str] | None, fields: list[c.Construct]) -> None:
        super().__init__()
        self.names = names
        self.fields = fields

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        values = [f._parsereport(stream, context, path) for f in self.fields]
        return dict(zip(self.names, values, strict=True)) if self.names is not None else values

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        if self.names is not None:
            if not isinstance(obj, dict) or list(obj) != self.names:
                raise model_error(f"expected fields {self.names}", path)
            values = list(obj.values())
        else:
            if not isinstance(obj, list | tuple) or len(obj) != len(self.fields):
                raise model_error(f"expected a tuple of {len(self.fields)}", path)
            values = list(obj)
        for f, value in zip(self.fields, values, strict=True):
            f._build(value, stream, context, path)
        return obj


class TaggedUnion(Codec):
    """An enum: an index (u32 here, a varint in postcard) then the variant's payload."""

    def __init__(self, enum: t.Enum, index: c.Construct, payloads: list[list[c.Construct]]) -> None:
        super().__init__()
        self.enum = enum
        self.index = index
        self.payloads = payloads

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        index = self.index._parse(stream, context, path)
        if index >= len(self.enum.variants):
            raise wire_error(
                WireCheck.VARIANT,
                ErrorClass.UNKNOWN_VARIANT,
                f"{self.enum.name} variant index {index} (has {len(self.enum.variants)}){where(path)}",
            )
        values = [p._parsereport(stream, context, path) for p in self.payloads[index]]
        return variant_value(self.enum.variants[index], values)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        index, variant = check_variant(self.enum, obj, path)
        self.index._build(index, stream, context, path)
        fields = variant_fields(variant, obj, path)
        for payload, (_, value) in zip(self.payloads[index], fields, strict=True):
            payload._build(value, stream, context, path)
        return obj


class BinaryBuilder(Builder):
    """The type-tree walk both non-self-describing encodings share; subclasses give scalars, the length and
    variant-index codecs, and the fewest bytes a value occupies (to bound declared counts)."""

    length: c.Construct
    variant_index: c.Construct
    wire_name: str

    def min_size(self, typ: t.Type) -> int:
        raise NotImplementedError

    def integer(self, typ: t.Int) -> c.Construct:
        raise NotImplementedError

    def char(self) -> c.Construct:
        raise NotImplementedError

    def scalar(self, typ: t.Type) -> c.Construct:
        """Floats, bools, strings, bytes and unit are the same in both encodings; ints and chars differ."""
        if isinstance(typ, t.Int):
            return self.integer(typ)
        if isinstance(typ, t.Float):
            return Fixed("<f" if typ.bits == 32 else "<d", typ)
        if isinstance(typ, t.Bool):
            return Flag("bool", WireCheck.BOOL)
        if isinstance(typ, t.Char):
            return self.char()
        if isinstance(typ, t.Str):
            return Text(self.length, True, self.max_items)
        if isinstance(typ, t.Bytes):
            return RawBytes(typ.size) if typ.size is not None else Text(self.length, False, self.max_items)
        if isinstance(typ, t.Unit):
            return Record(None, [])
        raise TypeError(f"{self.wire_name} cannot encode {typ!r}")

    def option(self, typ: t.Option) -> c.Construct:
        return Optional(self.build(typ.inner))

    def seq(self, typ: t.Seq) -> c.Construct:
        return Sequence(self.length, [self.build(typ.inner)], self.min_size(typ.inner), self.max_items, False)

    def map(self, typ: t.Map) -> c.Construct:
        items = [self.build(typ.key), self.build(typ.value)]
        size = self.min_size(typ.key) + self.min_size(typ.value)
        return Sequence(self.length, items, size, self.max_items, True)

    def tuple(self, typ: t.Tuple) -> c.Construct:
        return Record(None, [self.build(i) for i in typ.items])

    def struct(self, typ: t.Struct) -> c.Construct:
        return Record(typ.field_names(), [self.build(f.type) for f in typ.fields])

    def enum(self, typ: t.Enum) -> c.Construct:
        return TaggedUnion(typ, self.variant_index, [[self.build(p) for p in v.types] for v in typ.variants])

"""A second postcard codec, plain Python, for the `.rzb` corpus: golden bytes and expected models come from
here, not from the reference reader and writer (`formats.wire.postcard`), so a fault in one is caught by the
other. Written from the wire rules of research A1; it walks the same type declarations (`formats.rzb.schema`),
which stay the single statement of the layout.

`encode` takes the Python values of `formats.types`; `decode` returns them and raises `Rejected` with the
error class a reader must report. `varint_width` lets a case force a non-minimal varint.
"""

from __future__ import annotations

import struct
from typing import Any

from binfmt_conformance.formats import types as t


class Rejected(Exception):
    def __init__(self, error_class: str, offset: int, message: str) -> None:
        super().__init__(f"{error_class} at {offset}: {message}")
        self.error_class = error_class
        self.offset = offset


def leb128(value: int, width: int = 0) -> bytes:
    """Unsigned LEB128; `width` pads with redundant zero groups (non-minimal, still valid for postcard)."""
    groups = []
    while True:
        groups.append(value & 0x7F)
        value >>= 7
        if not value:
            break
    groups += [0] * max(0, width - len(groups))
    return bytes(g | 0x80 for g in groups[:-1]) + bytes([groups[-1]])


def zigzag(value: int, bits: int) -> int:
    return (value << 1) ^ (value >> (bits - 1)) if value < 0 else value << 1


def encode(space: t.TypeSpace, typ: t.Type, value: Any, bad_variant: str | None = None) -> bytes:
    """postcard bytes of `value`; with `bad_variant`, the first value of that enum gets an index one past its
    last variant (what follows is then whatever the real variant's payload was)."""
    out = bytearray()
    _encode(space, typ, value, out, {"enum": bad_variant})
    return bytes(out)


def _encode(space: t.TypeSpace, typ: t.Type, value: Any, out: bytearray, fault: dict[str, Any] | None = None) -> None:
    fault = fault if fault is not None else {"enum": None}
    typ = space.resolve(typ)
    if isinstance(typ, t.Int):
        if typ.bits == 8:
            out += struct.pack("<b" if typ.signed else "<B", value)
        else:
            out += leb128(zigzag(value, typ.bits) & ((1 << typ.bits) - 1) if typ.signed else value)
    elif isinstance(typ, t.Float):
        out += struct.pack("<f" if typ.bits == 32 else "<d", value)
    elif isinstance(typ, t.Bool):
        out.append(1 if value else 0)
    elif isinstance(typ, t.Str):
        raw = value.encode("utf-8")
        out += leb128(len(raw)) + raw
    elif isinstance(typ, t.Bytes):
        out += bytes(value) if typ.size is not None else leb128(len(value)) + bytes(value)
    elif isinstance(typ, t.Option):
        if value is None:
            out.append(0)
        else:
            out.append(1)
            _encode(space, typ.inner, value, out, fault)
    elif isinstance(typ, t.Seq):
        out += leb128(len(value))
        for item in value:
            _encode(space, typ.inner, item, out, fault)
    elif isinstance(typ, t.Map):
        out += leb128(len(value))
        for key, item in value:
            _encode(space, typ.key, key, out, fault)
            _encode(space, typ.value, item, out, fault)
    elif isinstance(typ, t.Tuple):
        for item_type, item in zip(typ.items, value, strict=True):
            _encode(space, item_type, item, out, fault)
    elif isinstance(typ, t.Struct):
        assert list(value) == typ.field_names(), (typ.name, list(value))
        for f in typ.fields:
            _encode(space, f.type, value[f.name], out, fault)
    elif isinstance(typ, t.Enum):
        index = typ.index_of(value.name)
        variant = typ.variants[index]
        if fault["enum"] == typ.name:
            fault["enum"] = None
            out += leb128(len(typ.variants))
        else:
            out += leb128(index)
        if variant.kind == "newtype":
            _encode(space, variant.types[0], value.value, out, fault)
        elif variant.kind == "tuple":
            for item_type, item in zip(variant.types, value.value, strict=True):
                _encode(space, item_type, item, out, fault)
        elif variant.kind == "struct":
            assert list(value.value) == [p.name for p in variant.payload], (variant.name, list(value.value))
            for p in variant.payload:
                _encode(space, p.type, value.value[p.name], out, fault)
    else:
        raise TypeError(typ)


class Decoder:
    """Reads one value; every fault becomes `Rejected(class)` in the vocabulary of spec/conventions.md."""

    def __init__(
        self, space: t.TypeSpace, data: bytes, *, max_depth: int, minimal: bool = False, streaming: bool = False
    ) -> None:
        self.space, self.data, self.pos = space, data, 0
        self.max_depth, self.depth, self.minimal = max_depth, 0, minimal
        # streaming: a count is not held against the bytes left; the items are read one by one, as serde's
        # postcard does, so the first broken item (or the end) decides (rzb.wire.length leaves the order open)
        self.streaming = streaming

    def fail(self, error_class: str, message: str) -> Rejected:
        return Rejected(error_class, self.pos, message)

    def take(self, size: int) -> bytes:
        if self.pos + size > len(self.data):
            raise self.fail("truncated", f"{size} bytes wanted")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def varint(self, bits: int) -> int:
        value = 0
        for index in range(-(-bits // 7)):
            byte = self.take(1)[0]
            value |= (byte & 0x7F) << (7 * index)
            if byte < 0x80:
                if self.minimal and index and byte == 0:
                    raise self.fail("invalid_value", "non-minimal varint")
                if value >> bits:
                    raise self.fail("invalid_value", "varint overflows")
                return value
        raise self.fail("invalid_value", "varint too long")

    def count(self, least: int) -> int:
        n = self.varint(64)
        if least and not self.streaming and n * least > len(self.data) - self.pos:
            raise self.fail("truncated", f"{n} items cannot fit")
        return n

    def value(self, typ: t.Type) -> Any:
        if isinstance(typ, t.Ref):
            self.depth += 1
            if self.depth > self.max_depth:
                raise self.fail("limit_exceeded", "nested too deep")
            try:
                return self.value(self.space.types[typ.name])
            finally:
                self.depth -= 1
        if isinstance(typ, t.Int):
            if typ.bits == 8:
                return struct.unpack("<b" if typ.signed else "<B", self.take(1))[0]
            raw = self.varint(typ.bits)
            return (raw >> 1) ^ -(raw & 1) if typ.signed else raw
        if isinstance(typ, t.Float):
            return struct.unpack("<f" if typ.bits == 32 else "<d", self.take(typ.bits // 8))[0]
        if isinstance(typ, t.Bool):
            return self.flag("bool")
        if isinstance(typ, t.Str):
            raw = self.take(self.count(1))
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                raise self.fail("invalid_utf8", "string") from None
        if isinstance(typ, t.Bytes):
            return self.take(typ.size if typ.size is not None else self.count(1))
        if isinstance(typ, t.Option):
            return self.value(typ.inner) if self.flag("option") else None
        if isinstance(typ, t.Seq):
            return [self.value(typ.inner) for _ in range(self.count(self.least(typ.inner)))]
        if isinstance(typ, t.Map):
            n = self.count(self.least(typ.key) + self.least(typ.value))
            return [(self.value(typ.key), self.value(typ.value)) for _ in range(n)]
        if isinstance(typ, t.Tuple):
            return [self.value(i) for i in typ.items]
        if isinstance(typ, t.Struct):
            return {f.name: self.value(f.type) for f in typ.fields}
        if isinstance(typ, t.Enum):
            index = self.varint(32)
            if index >= len(typ.variants):
                raise self.fail("unknown_variant", f"{typ.name} {index}")
            variant = typ.variants[index]
            if variant.kind == "unit":
                return t.Variant(variant.name)
            if variant.kind == "newtype":
                return t.Variant(variant.name, self.value(variant.types[0]))
            if variant.kind == "tuple":
                return t.Variant(variant.name, [self.value(i) for i in variant.types])
            return t.Variant(variant.name, {p.name: self.value(p.type) for p in variant.payload})
        raise TypeError(typ)

    def flag(self, what: str) -> bool:
        byte = self.take(1)[0]
        if byte > 1:
            raise self.fail("invalid_value", f"{what} byte {byte}")
        return byte == 1

    def least(self, typ: t.Type, seen: frozenset[str] = frozenset()) -> int:
        """Fewest bytes a value occupies: a declared count beyond what is left cannot be honest."""
        if isinstance(typ, t.Ref):
            return 0 if typ.name in seen else self.least(self.space.types[typ.name], seen | {typ.name})
        if isinstance(typ, t.Float):
            return typ.bits // 8
        if isinstance(typ, t.Bytes) and typ.size is not None:
            return typ.size
        if isinstance(typ, t.Tuple):
            return sum(self.least(i, seen) for i in typ.items)
        if isinstance(typ, t.Struct):
            return sum(self.least(f.type, seen) for f in typ.fields)
        if isinstance(typ, t.Enum):
            return 1 + min(sum(self.least(p, seen) for p in v.types) for v in typ.variants)
        return 0 if isinstance(typ, t.Unit) else 1


def decode(
    space: t.TypeSpace, typ: t.Type, data: bytes, *, max_depth: int, minimal: bool = False, streaming: bool = False
) -> tuple[Any, int]:
    """(value, bytes used) of one value at the start of `data`."""
    reader = Decoder(space, data, max_depth=max_depth, minimal=minimal, streaming=streaming)
    return reader.value(typ), reader.pos

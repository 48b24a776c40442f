"""Values and bytes for the RunMat snapshot corpus, made without the reference reader or writer.

`encode` is a table-driven bincode-1 encoder written from the research notes (§2.4: fixint little-endian,
u64 lengths, u32 variant indices, u8 option tags, raw fixed arrays) that walks the schema's type nodes with
`struct.pack`; the payload is compressed with `lz4.block` and `zstandard` directly and the checksum is
`hashlib.sha256`. `Examples` makes deterministic values of any type of a body tree, rotating through the
variants of every enum so that a handful of bodies covers every variant.
"""

from __future__ import annotations

import hashlib
import struct
from collections import defaultdict
from typing import Any

import lz4.block
import zstandard

from binfmt_conformance.formats import types as t

INT_CODES = {(8, False): "<B", (16, False): "<H", (32, False): "<I", (64, False): "<Q"}
INT_CODES |= {(8, True): "<b", (16, True): "<h", (32, True): "<i", (64, True): "<q"}


def u32(n: int) -> bytes:
    return struct.pack("<I", n)


def u64(n: int) -> bytes:
    return struct.pack("<Q", n)


def encode(space: t.TypeSpace, typ: t.Type, value: Any) -> bytes:
    out = bytearray()
    write(space, typ, value, out)
    return bytes(out)


def write(space: t.TypeSpace, typ: t.Type, value: Any, out: bytearray) -> None:
    if isinstance(typ, t.Ref):
        write(space, space.types[typ.name], value, out)
    elif isinstance(typ, t.Int):
        out += struct.pack(INT_CODES[(typ.bits, typ.signed)], value)
    elif isinstance(typ, t.Float):
        out += struct.pack("<d" if typ.bits == 64 else "<f", value)
    elif isinstance(typ, t.Bool):
        out.append(1 if value else 0)
    elif isinstance(typ, t.Str):
        raw = value.encode("utf-8")
        out += u64(len(raw)) + raw
    elif isinstance(typ, t.Bytes):
        out += (b"" if typ.size is not None else u64(len(value))) + bytes(value)
    elif isinstance(typ, t.Option):
        if value is None:
            out.append(0)
        else:
            out.append(1)
            write(space, typ.inner, value, out)
    elif isinstance(typ, t.Seq):
        out += u64(len(value))
        for item in value:
            write(space, typ.inner, item, out)
    elif isinstance(typ, t.Map):
        out += u64(len(value))
        for key, item in value:
            write(space, typ.key, key, out)
            write(space, typ.value, item, out)
    elif isinstance(typ, t.Tuple):
        for item_type, item in zip(typ.items, value, strict=True):
            write(space, item_type, item, out)
    elif isinstance(typ, t.Struct):
        for field in typ.fields:
            write(space, field.type, value[field.name], out)
    elif isinstance(typ, t.Enum):
        index = typ.index_of(value.name)
        variant = typ.variants[index]
        out += u32(index)
        if variant.kind == "newtype":
            write(space, variant.types[0], value.value, out)
        elif variant.kind == "tuple":
            for item_type, item in zip(variant.types, value.value, strict=True):
                write(space, item_type, item, out)
        elif variant.kind == "struct":
            for field in variant.payload:
                assert isinstance(field, t.Field)
                write(space, field.type, value.value[field.name], out)
    else:
        raise TypeError(typ)


# -- payloads -----------------------------------------------------------------------------------------------


def lz4_block(data: bytes, fast: bool) -> bytes:
    if fast:
        return lz4.block.compress(data, mode="default", store_size=False)
    return lz4.block.compress(data, mode="high_compression", compression=12, store_size=False)


def zstd_frame(data: bytes, level: int) -> bytes:
    """`zstd::encode_all`: streaming, so no content size; no checksum."""
    writer = zstandard.ZstdCompressor(level=level, write_content_size=False).compressobj()
    return writer.compress(data) + writer.flush()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# -- example values -----------------------------------------------------------------------------------------

WORDS = ("sum", "mean", "zeros", "naïve ☃", "", "x_1", "eye", "linsolve", "🙂", "a b")
FLOATS = (0.5, -1.25, 0.0, 1e300, -0.0, 3.141592653589793, 2.0**-1074, 1e-7)
INTS = (0, 1, 7, 42, 255, 65535, 1 << 31, 3)
TIME_VALUES = {"Duration": ("secs", "nanos"), "SystemTime": ("secs_since_epoch", "nanos_since_epoch")}


def required_depth(space: t.TypeSpace) -> dict[str, int]:
    """For each named type, the fewest named types a value of it must nest (sequences may be empty, options
    None), so that examples stop recursing at a depth limit."""
    depth: dict[str, float] = {name: float("inf") for name in space.types}

    def of(typ: t.Type) -> float:
        if isinstance(typ, t.Ref):
            return 1 + depth[typ.name]
        if isinstance(typ, t.Option | t.Seq | t.Map):
            return 0
        if isinstance(typ, t.Tuple):
            return max((of(i) for i in typ.items), default=0)
        if isinstance(typ, t.Struct):
            return max((of(f.type) for f in typ.fields), default=0)
        if isinstance(typ, t.Enum):
            return min(max((of(p) for p in v.types), default=0) for v in typ.variants)
        return 0

    changed = True
    while changed:
        changed = False
        for name, typ in space.types.items():
            value = of(typ)
            if value < depth[name]:
                depth[name] = value
                changed = True
    return {name: int(value) for name, value in depth.items()}


class Examples:
    """Deterministic values: each enum's variants in turn, short sequences, and shallow values past `deep`."""

    def __init__(self, space: t.TypeSpace, *, deep: int = 7, seq_length: int = 1, start: int = 0) -> None:
        self.space = space
        self.deep = deep
        self.seq_length = seq_length
        self.turns: dict[str, int] = defaultdict(lambda: start)
        self.required = required_depth(space)
        self.scalar_turn = start

    def next_scalar(self, table: tuple[Any, ...]) -> Any:
        self.scalar_turn += 1
        return table[self.scalar_turn % len(table)]

    def value(self, typ: t.Type, depth: int = 0) -> Any:
        if isinstance(typ, t.Ref):
            if typ.name in TIME_VALUES:  # serde's time types: nanos stay below 10^9
                return dict(zip(TIME_VALUES[typ.name], (self.next_scalar(INTS), 250_000_000), strict=True))
            return self.value(self.space.types[typ.name], depth + 1)
        if isinstance(typ, t.Int):
            return self.next_scalar(INTS) % (1 << typ.bits)
        if isinstance(typ, t.Float):
            return float(self.next_scalar(FLOATS))
        if isinstance(typ, t.Bool):
            return bool(self.next_scalar((True, False, False)))
        if isinstance(typ, t.Str):
            return self.next_scalar(WORDS)
        if isinstance(typ, t.Bytes):
            return bytes(range(typ.size)) if typ.size is not None else b"\x00\x01"
        if isinstance(typ, t.Option):
            if depth >= self.deep or not self.next_scalar((True, False)):
                return None
            return self.value(typ.inner, depth)
        if isinstance(typ, t.Seq):
            count = self.seq_length if depth < self.deep else 0
            return [self.value(typ.inner, depth) for _ in range(count)]
        if isinstance(typ, t.Map):
            count = self.seq_length if depth < self.deep else 0
            return [(self.value(typ.key, depth), self.value(typ.value, depth)) for _ in range(count)]
        if isinstance(typ, t.Tuple):
            return [self.value(i, depth) for i in typ.items]
        if isinstance(typ, t.Struct):
            return {f.name: self.value(f.type, depth) for f in typ.fields}
        if isinstance(typ, t.Enum):
            return self.variant(typ, typ.variants[self.choose(typ, depth)], depth)
        raise TypeError(typ)

    def choose(self, enum: t.Enum, depth: int) -> int:
        if depth < self.deep:
            turn = self.turns[enum.name]
            self.turns[enum.name] = turn + 1
            return turn % len(enum.variants)
        costs = [max((self.cost(p) for p in v.types), default=0) for v in enum.variants]
        return costs.index(min(costs))

    def cost(self, typ: t.Type) -> int:
        if isinstance(typ, t.Ref):
            return 1 + self.required[typ.name]
        if isinstance(typ, t.Tuple):
            return max((self.cost(i) for i in typ.items), default=0)
        return 0

    def variant(self, enum: t.Enum, variant: t.VariantDef, depth: int) -> t.Variant:
        if variant.kind == "unit":
            return t.Variant(variant.name)
        if variant.kind == "newtype":
            return t.Variant(variant.name, self.value(variant.types[0], depth))
        if variant.kind == "tuple":
            return t.Variant(variant.name, [self.value(p, depth) for p in variant.types])
        fields = [p for p in variant.payload if isinstance(p, t.Field)]
        return t.Variant(variant.name, {f.name: self.value(f.type, depth) for f in fields})

    def every_variant(self, ref: t.Ref, depth: int = 1) -> list[t.Variant]:
        """One value of each variant of an enum, in wire order."""
        enum = self.space.resolve(ref)
        assert isinstance(enum, t.Enum)
        return [self.variant(enum, v, depth) for v in enum.variants]

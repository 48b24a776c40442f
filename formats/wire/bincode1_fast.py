"""The fast path of `bincode1` reading: one closure per type node, built once from the type tree, reading with
`struct.unpack_from` at an offset (no streams, no construct contexts), and whole lists of fixed-size values
(integers, floats, structs and tuples of them: spans, shapes) in one C call.

The construct codec (`bincode1.codec`) stays the judge. The fast path answers only on input it reads
completely, with exactly the checks the codec makes (bool and Option tags 0 or 1, UTF-8, variant indices,
declared counts against the bytes left and the item limit, the depth of named types); on anything else it
answers None and the caller runs the codec, which names the error and its offset.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from itertools import repeat
from typing import Any

from binfmt_conformance.formats import f32
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.model import ModelBuilder
from binfmt_conformance.formats.wire.bincode1 import int_format, min_size

# (data, offset, depth) → (value, offset after it)
Decode = Callable[[bytes, int, int], tuple[Any, int]]
U64 = struct.Struct("<Q")
U32 = struct.Struct("<I")


class Fallback(Exception):
    """The fast path cannot vouch for this input: the codec decides."""


def fixed_format(typ: t.Type) -> str | None:
    """The `struct` code of a fixed-width scalar (integers, floats), None for anything else."""
    if isinstance(typ, t.Int):
        return int_format(typ)[1:]
    if isinstance(typ, t.Float) and typ.bits == 64:
        return "d"
    return None  # an f32 is read by `single` (formats.f32 keeps a signaling NaN's bits; struct's "f" quiets it)


def single(data: bytes, pos: int, d: int) -> tuple[float, int]:
    return f32.unpack_from(data, pos)[0], pos + 4


class Decoder:
    """Reads a value of `typ` in bincode 1, or answers None."""

    def __init__(self, space: t.TypeSpace, typ: t.Type, *, max_depth: int, max_items: int, model: bool = False) -> None:
        """`model`: produce the JSON document model of the value (`formats.model`) instead of the value, in the
        same pass (what a decode returns, without building the value first)."""
        self.space = space
        self.max_depth = max_depth
        self.max_items = max_items
        self.model = ModelBuilder(space) if model else None
        self._named: dict[str, Decode] = {}
        self.read = self.build(typ)

    def decode(self, data: bytes, offset: int = 0) -> tuple[Any, int] | None:
        """(value, offset after it) as `parse_prefix` with the codec would give them, or None."""
        try:
            return self.read(data, offset, 0)
        except (Fallback, struct.error, IndexError, UnicodeDecodeError):
            return None

    def build(self, typ: t.Type, limit: int | None = None) -> Decode:
        """`limit`: `typ` is a named type and counts one level itself (one call less per value)."""
        if isinstance(typ, t.Ref):
            return self.ref(typ)
        if isinstance(typ, t.Struct):
            return self.record(typ.field_names(), [f.type for f in typ.fields], limit)
        if isinstance(typ, t.Enum):
            return self.enum(typ, limit)
        inner = self.plain(typ)
        if limit is None:
            return inner

        def nested(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            if d >= limit:
                raise Fallback
            return inner(data, pos, d + 1)

        return nested

    def ref(self, typ: t.Ref) -> Decode:
        if typ.name not in self._named:
            slot: list[Decode] = []
            # a placeholder while the target is built (recursion), replaced by the target's own decoder
            self._named[typ.name] = lambda data, pos, d: slot[0](data, pos, d)
            slot.append(self.build(self.space.types[typ.name], self.max_depth))
            self._named[typ.name] = slot[0]
        return self._named[typ.name]

    def plain(self, typ: t.Type) -> Decode:
        code = fixed_format(typ)
        if code is not None:
            unpack, size = struct.Struct("<" + code).unpack_from, struct.calcsize("<" + code)
            if self.model is not None:
                leaf = self.model.scalar(typ)
                assert leaf is not None
                return lambda data, pos, d: (leaf(unpack(data, pos)[0]), pos + size)
            return lambda data, pos, d: (unpack(data, pos)[0], pos + size)
        if self.model is not None and isinstance(typ, t.Bytes | t.Unit | t.Float):
            leaf, value_of = self.model.scalar(typ), self.plain_value(typ)
            assert leaf is not None
            return lambda data, pos, d: (lambda found: (leaf(found[0]), found[1]))(value_of(data, pos, d))
        return self.plain_value(typ)

    def plain_value(self, typ: t.Type) -> Decode:
        if isinstance(typ, t.Bool):
            return boolean
        if isinstance(typ, t.Float):  # f32 (an f64 is a fixed format)
            return single
        if isinstance(typ, t.Str):
            return self.text(utf8=True)
        if isinstance(typ, t.Bytes):
            if typ.size is None:
                return self.text(utf8=False)
            size = typ.size

            def raw(data: bytes, pos: int, d: int) -> tuple[Any, int]:
                end = pos + size
                if end > len(data):
                    raise Fallback
                return data[pos:end], end

            return raw
        if isinstance(typ, t.Char):
            return char
        if isinstance(typ, t.Unit):
            return lambda data, pos, d: ([], pos)  # a Record of no fields, as the codec reads it
        if isinstance(typ, t.Option):
            inner = self.build(typ.inner)

            def option(data: bytes, pos: int, d: int) -> tuple[Any, int]:
                tag = data[pos]
                if tag == 0:
                    return None, pos + 1
                if tag == 1:
                    return inner(data, pos + 1, d)
                raise Fallback

            return option
        if isinstance(typ, t.Seq):
            return self.seq(typ.inner)
        if isinstance(typ, t.Map):
            return self.pairs(typ.key, typ.value)
        if isinstance(typ, t.Tuple):
            return self.record(None, list(typ.items), None)
        raise TypeError(f"bincode cannot encode {typ!r}")

    def text(self, utf8: bool) -> Decode:
        max_items = self.max_items

        def text(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            (size,) = U64.unpack_from(data, pos)
            start = pos + 8
            end = start + size
            if size > max_items or end > len(data):
                raise Fallback
            raw = data[start:end]
            return (raw.decode("utf-8") if utf8 else raw), end

        return text

    def counted(self, data: bytes, pos: int, item_size: int) -> int:
        (count,) = U64.unpack_from(data, pos)
        if count > self.max_items or count * item_size > len(data) - pos - 8:
            raise Fallback
        return count

    def seq(self, inner_type: t.Type) -> Decode:
        item = self.build(inner_type)
        item_size = min_size(self.space, inner_type)
        counted = self.counted
        bulk = self.bulk(inner_type)

        def sequence(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            count = counted(data, pos, item_size)
            pos += 8
            if bulk is not None:
                return bulk(data, pos, d, count)
            out = []
            append = out.append
            for _ in range(count):
                value, pos = item(data, pos, d)
                append(value)
            return out, pos

        return sequence

    def bulk(self, typ: t.Type) -> Callable[[bytes, int, int, int], tuple[Any, int]] | None:
        """Whole lists of fixed-size values: scalars, and (named) structs or tuples of them."""
        named = isinstance(typ, t.Ref)
        target = self.space.resolve(typ)
        code = fixed_format(target)
        if code is not None:
            size = struct.calcsize("<" + code)

            models = None if self.model is None else self.model.scalars(target)

            def scalars(data: bytes, pos: int, d: int, count: int) -> tuple[Any, int]:
                values = list(struct.unpack_from(f"<{count}{code}", data, pos))
                return (values if models is None else models(values)), pos + size * count

            return scalars
        items = [f.type for f in target.fields] if isinstance(target, t.Struct) else None
        if isinstance(target, t.Tuple):
            items = list(target.items)
        codes = [fixed_format(self.space.resolve(i)) for i in items or ()]
        if not codes or None in codes:
            return None
        row = struct.Struct("<" + "".join(c for c in codes if c))
        names = target.field_names() if isinstance(target, t.Struct) else None
        limit = self.max_depth if named else self.max_depth + 1
        to_model = None if self.model is None else self.model.seq(typ)

        def records(data: bytes, pos: int, d: int, count: int) -> tuple[Any, int]:
            if count and d >= limit:
                raise Fallback
            end = pos + row.size * count
            rows = row.iter_unpack(data[pos:end])
            values = list(map(list, rows)) if names is None else list(map(dict, map(zip, repeat(names), rows)))
            return (values if to_model is None else to_model(values)), end

        return records

    def pairs(self, key_type: t.Type, value_type: t.Type) -> Decode:
        key, value = self.build(key_type), self.build(value_type)
        item_size = min_size(self.space, key_type) + min_size(self.space, value_type)
        counted = self.counted

        def mapping(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            count = counted(data, pos, item_size)
            pos += 8
            out = []
            for _ in range(count):
                k, pos = key(data, pos, d)
                v, pos = value(data, pos, d)
                out.append((k, v) if entries is None else [k, v])
            return (out if entries is None else {"type": "map", "entries": out}), pos

        entries = None if self.model is None else True
        return mapping

    def record(self, names: list[str] | None, types: list[t.Type], limit: int | None) -> Decode:
        """A struct (dict, `names`) or tuple (list): its fields in order."""
        fields = [self.build(typ) for typ in types]
        depth_limit = self.max_depth + 1 if limit is None else limit
        step = 0 if limit is None else 1

        def record(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            if d >= depth_limit:
                raise Fallback
            d += step
            values = []
            for field in fields:
                value, pos = field(data, pos, d)
                values.append(value)
            return (values if names is None else dict(zip(names, values, strict=True))), pos

        return record

    def enum(self, typ: t.Enum, limit: int | None) -> Decode:
        """An index (u32) and the variant's payload. Payloads of fixed-size scalars are read in one call."""
        depth_limit = self.max_depth + 1 if limit is None else limit
        step = 0 if limit is None else 1
        table: list[tuple[str, str, Any, Any]] = []  # (name, how, reader, size or field names)
        for variant in typ.variants:
            codes = [fixed_format(self.space.resolve(p)) for p in variant.types]
            if variant.kind == "unit":
                table.append((variant.name, "unit", None, 0))
            elif codes and None not in codes and variant.kind in ("newtype", "tuple"):
                row = struct.Struct("<" + "".join(c for c in codes if c))
                table.append((variant.name, variant.kind, row.unpack_from, row.size))
            else:
                readers = [self.build(p) for p in variant.types]
                names = [p.name for p in variant.payload if isinstance(p, t.Field)]
                table.append((variant.name, variant.kind, readers, names))
        count = len(table)
        if self.model is None:
            unit: Callable[[str], Any] = t.Variant
            tagged: Callable[[str, Any], Any] = t.Variant
            fixed: list[Any] = [None] * count
        else:
            unit, tagged = (lambda name: {"variant": name}), (lambda name, value: {"variant": name, "value": value})
            # the model of a payload of fixed-size scalars from the values one call read: one call per value
            fixed = [self.model.fixed_payload(v) if v.kind in ("newtype", "tuple") else None for v in typ.variants]

        def enumeration(data: bytes, pos: int, d: int) -> tuple[Any, int]:
            if d >= depth_limit:
                raise Fallback
            (index,) = U32.unpack_from(data, pos)
            if index >= count:
                raise Fallback
            name, how, read, extra = table[index]
            pos += 4
            if how == "unit":
                return unit(name), pos
            if type(extra) is int:  # fixed-size scalars
                values = read(data, pos)
                make = fixed[index]
                if make is not None:
                    return make(values), pos + extra
                return tagged(name, values[0] if how == "newtype" else list(values)), pos + extra
            d += step
            values = []
            for field in read:
                value, pos = field(data, pos, d)
                values.append(value)
            if how == "newtype":
                return tagged(name, values[0]), pos
            if how == "tuple":
                return tagged(name, values), pos
            return tagged(name, dict(zip(extra, values, strict=True))), pos

        return enumeration


def boolean(data: bytes, pos: int, d: int) -> tuple[Any, int]:
    byte = data[pos]
    if byte > 1:
        raise Fallback
    return byte == 1, pos + 1


def char(data: bytes, pos: int, d: int) -> tuple[Any, int]:
    lead = data[pos]
    width = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4
    end = pos + width
    if end > len(data):
        raise Fallback
    text = data[pos:end].decode("utf-8")
    if len(text) != 1:
        raise Fallback
    return text, end

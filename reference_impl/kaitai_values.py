"""The values a Kaitai parse tree holds, for parsers whose types `formats.ksy.KsyTypes` generated: the type tree
is walked beside the parse tree by the generator's rules (one Kaitai type per type node), so no field is listed
here. Shared by the Kaitai adapters of rzb (postcard) and runmat-snapshot (bincode 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.ksy import Wire


@dataclass(frozen=True)
class ParseTree:
    """Values of the parse trees of types generated from `space` on `wire`. Every named type entered counts one
    level, and past `max_depth` levels the file is refused (LIMIT_EXCEEDED); `check(name, value)` is called on
    each named type's value (for what a .ksy cannot say)."""

    space: t.TypeSpace
    wire: Wire
    max_depth: int
    check: Callable[[str, Any], None] | None = None

    def integer(self, typ: t.Int, node: Any) -> int:
        if not self.wire.varints or typ.bits == 8:
            return int(node)
        value = int(node.value)
        return (value >> 1) ^ -(value & 1) if typ.signed else value  # zigzag

    def value(self, typ: t.Type, node: Any, depth: int = 0) -> Any:
        """The Python value of `typ` that the Kaitai object `node` holds, read at nesting level `depth`."""
        if isinstance(typ, t.Ref):
            if depth + 1 > self.max_depth:
                raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"{typ.name} nested deeper than {self.max_depth}")
            found = self.value(self.space.types[typ.name], node, depth + 1)
            if self.check is not None:
                self.check(typ.name, found)
            return found
        if isinstance(typ, t.Int):
            return self.integer(typ, node)
        if isinstance(typ, t.Float):
            return float(node)
        if isinstance(typ, t.Bool):
            return node.value == 1
        if isinstance(typ, t.Str):
            return node.value
        if isinstance(typ, t.Bytes):
            return bytes(node if typ.size is not None else node.value)
        if isinstance(typ, t.Option):
            return None if node.tag == 0 else self.value(typ.inner, node.value, depth)
        if isinstance(typ, t.Seq):
            return [self.value(typ.inner, item, depth) for item in node.items]
        if isinstance(typ, t.Map):
            return [(self.value(typ.key, e.key, depth), self.value(typ.value, e.value, depth)) for e in node.entries]
        if isinstance(typ, t.Tuple):
            return [self.value(item, getattr(node, f"item{i}"), depth) for i, item in enumerate(typ.items)]
        if isinstance(typ, t.Struct):
            return {f.name: self.value(f.type, getattr(node, f.name), depth) for f in typ.fields}
        if isinstance(typ, t.Enum):
            return self.variant(typ, node, depth)
        raise TypeError(typ)

    def variant(self, typ: t.Enum, node: Any, depth: int) -> t.Variant:
        variant = typ.variants[self.integer(t.U32, node.tag)]
        if variant.kind == "unit":
            return t.Variant(variant.name)
        payload = node.payload
        if variant.kind == "newtype":
            inner = self.space.resolve(variant.types[0])
            if isinstance(inner, t.Bytes) and inner.size is not None:
                payload = payload.item0  # wrapped: a fixed array has no Kaitai type of its own
            return t.Variant(variant.name, self.value(variant.types[0], payload, depth))
        if variant.kind == "tuple":
            return t.Variant(variant.name, self.value(t.Tuple(variant.types), payload, depth))
        fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
        return t.Variant(variant.name, self.value(t.Struct(variant.name, fields), payload, depth))

"""The type-tree parts of `runmat_snapshot.ksy`, rendered from the schema (regen writes them between markers).

bincode 1 maps each type node onto one Kaitai type by one rule, so a program can walk the parse tree beside
the type tree: a struct is a type whose fields carry its field names; `Vec<T>` is `<p>vec_<T>` (`len`,
`items`); a map is `<p>map_<K>_<V>` (`len`, `entries` of `key`, `value`); `Option<T>` is `<p>opt_<T>` (`tag`,
`value`); a tuple `<p>tup_…` (`item0`, `item1`, …); `String` is `bincode_string` (`len`, `value`); `bool` is
`bincode_bool` (`value`); a byte buffer `bincode_bytes` (`len`, `value`); an enum is a type with `tag` (u4,
checked against the variant count) and `payload` (switch on the tag: the inner value of a newtype variant, a
type with the fields of a struct variant, or with the items of a tuple variant). Newtypes and aliases are their
inner type. Each type is written on one line as a YAML flow mapping (JSON), so nothing needs escaping.
"""

from __future__ import annotations

import json
from typing import Any

from formats import types as t
from formats.ksy import snake

INT_TYPES = {(8, False): "u1", (16, False): "u2", (32, False): "u4", (64, False): "u8"}
INT_TYPES |= {(8, True): "s1", (16, True): "s2", (32, True): "s4", (64, True): "s8"}
COMMON = {
    "bincode_bool": {"seq": [{"id": "value", "type": "u1", "valid": {"max": 1}}]},
    "bincode_string": {
        "seq": [{"id": "len", "type": "u8"}, {"id": "value", "size": "len", "type": "str", "encoding": "UTF-8"}]
    },
    "bincode_bytes": {"seq": [{"id": "len", "type": "u8"}, {"id": "value", "size": "len"}]},
}


class KsyTypes:
    """Kaitai types of one type space, each name prefixed (the body generations share type names)."""

    def __init__(self, space: t.TypeSpace, prefix: str) -> None:
        self.space = space
        self.prefix = prefix
        self.types: dict[str, dict[str, Any]] = {}

    def key(self, typ: t.Type) -> str:
        if isinstance(typ, t.Ref):
            target = self.space.types[typ.name]
            return snake(typ.name.replace("::", "_")) if isinstance(target, t.Struct | t.Enum) else self.key(target)
        if isinstance(typ, t.Int | t.Float):
            return typ.name
        if isinstance(typ, t.Bool):
            return "bool"
        if isinstance(typ, t.Str):
            return "string"
        if isinstance(typ, t.Bytes):
            return "bytes" if typ.size is None else f"bytes{typ.size}"
        if isinstance(typ, t.Option):
            return "opt_" + self.key(typ.inner)
        if isinstance(typ, t.Seq):
            return "vec_" + self.key(typ.inner)
        if isinstance(typ, t.Map):
            return f"map_{self.key(typ.key)}_{self.key(typ.value)}"
        if isinstance(typ, t.Tuple):
            return "tup_" + "_".join(self.key(i) for i in typ.items)
        raise TypeError(typ)

    def field(self, typ: t.Type) -> dict[str, Any]:
        """The attributes of a seq entry that reads `typ`."""
        if isinstance(typ, t.Ref):
            target = self.space.types[typ.name]
            if not isinstance(target, t.Struct | t.Enum):
                return self.field(target)  # a newtype or alias: its inner type
            name = self.prefix + self.key(typ)
            if name not in self.types:
                self.types[name] = {}
                self.types[name] = self.struct(target) if isinstance(target, t.Struct) else self.enum(target)
            return {"type": name}
        if isinstance(typ, t.Int):
            return {"type": INT_TYPES[(typ.bits, typ.signed)]}
        if isinstance(typ, t.Float):
            return {"type": "f8" if typ.bits == 64 else "f4"}
        if isinstance(typ, t.Bool):
            return {"type": "bincode_bool"}
        if isinstance(typ, t.Str):
            return {"type": "bincode_string"}
        if isinstance(typ, t.Bytes):
            return {"type": "bincode_bytes"} if typ.size is None else {"size": typ.size}
        name = self.prefix + self.key(typ)
        if name not in self.types:
            self.types[name] = {}
            self.types[name] = self.container(typ)
        return {"type": name}

    def type_name(self, typ: t.Type) -> str:
        """A type name for `typ` (a tuple wraps what has no type of its own, e.g. a fixed byte array)."""
        attributes = self.field(typ)
        return attributes["type"] if "type" in attributes else self.field(t.Tuple((typ,)))["type"]

    def container(self, typ: t.Type) -> dict[str, Any]:
        if isinstance(typ, t.Option):
            return {
                "seq": [
                    {"id": "tag", "type": "u1", "valid": {"max": 1}},
                    {"id": "value", **self.field(typ.inner), "if": "tag == 1"},
                ]
            }
        if isinstance(typ, t.Seq):
            items = {"id": "items", **self.field(typ.inner), "repeat": "expr", "repeat-expr": "len"}
            return {"seq": [{"id": "len", "type": "u8"}, items]}
        if isinstance(typ, t.Map):
            entry = self.field(t.Tuple((typ.key, typ.value)))
            return {
                "seq": [{"id": "len", "type": "u8"}, {"id": "entries", **entry, "repeat": "expr", "repeat-expr": "len"}]
            }
        if isinstance(typ, t.Tuple):
            return {"seq": [{"id": f"item{i}", **self.field(item)} for i, item in enumerate(typ.items)]}
        raise TypeError(typ)

    def struct(self, typ: t.Struct) -> dict[str, Any]:
        return {"seq": [{"id": f.name, **self.field(f.type)} for f in typ.fields]}

    def enum(self, typ: t.Enum) -> dict[str, Any]:
        cases: dict[int, str] = {}
        for index, variant in enumerate(typ.variants):
            if variant.kind == "newtype":
                cases[index] = self.type_name(variant.types[0])
            elif variant.kind == "tuple":
                cases[index] = self.type_name(t.Tuple(variant.types))
            elif variant.kind == "struct":
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                name = f"{self.prefix}{snake(typ.name.replace('::', '_'))}__{snake(variant.name)}"
                if name not in self.types:
                    self.types[name] = {}
                    self.types[name] = self.struct(t.Struct(variant.name, fields))
                cases[index] = name
        seq: list[dict[str, Any]] = [{"id": "tag", "type": "u4", "valid": {"max": len(typ.variants) - 1}}]
        if cases:
            seq.append({"id": "payload", "type": {"switch-on": "tag", "cases": cases}})
        return {"seq": seq}


def render(types: dict[str, dict[str, Any]]) -> str:
    return "".join(f"{name}: {json.dumps(spec, ensure_ascii=False)}\n" for name, spec in types.items())


def tree(space: t.TypeSpace, root: t.Type, prefix: str) -> dict[str, dict[str, Any]]:
    built = KsyTypes(space, prefix)
    built.field(root)
    return built.types

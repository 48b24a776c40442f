"""The type-tree parts of `rzb.ksy`, rendered from the seven generations of the schema (regen writes them).

postcard maps each type node onto one Kaitai type by one rule, so a program can walk the parse tree beside the
type tree of a generation: a struct is a type whose fields carry its field names; `Vec<T>` is `vec_<T>` (`len`,
`items`); a map is `map_<K>_<V>` (`len`, `entries` of `key`, `value`); `Option<T>` is `opt_<T>` (`tag`,
`value`); a tuple `tup_…` (`item0`, `item1`, …); `String` is `postcard_string` (`len`, `value`); `bool` is
`postcard_bool` (`value`); a byte buffer `postcard_bytes`; an integer wider than 8 bits is a
`postcard_varint(max_bytes, last_max)` (`groups`, `value`; signed ones zigzag-mapped, which the reader of the
parse undoes); an enum is a type with `tag` (a varint, checked against the variant count) and `payload`
(switch on the tag: the inner value of a newtype variant, a type with the fields of a struct variant, or with
the items of a tuple variant). Newtypes (`IrId`, …) are their inner type.

The generations are one declaration, as in the schema: the spec takes the generation (0 for S0 … 6 for S6) as
a parameter of its root, and a field or a variant count that only some generations have is written with an
`if:` (or a conditional bound) on `_root.generation`. Counts and string lengths are checked against the bytes
left (`min_size` per item, as the reference checks them) and against `max_items` before anything is read.
Each type is written on one line as a YAML flow mapping (JSON), so nothing needs escaping.
"""

from __future__ import annotations

import json
from typing import Any

from formats import types as t
from formats.ksy import snake
from formats.wire.postcard import min_size

Spec = dict[str, Any]


def varint_args(typ: t.Int) -> tuple[int, int]:
    """(max_bytes, last_max) of the `postcard_varint` reading `typ`: ceil(bits / 7) groups, the last of which
    may hold only the bits left over."""
    max_bytes = -(-typ.bits // 7)
    return max_bytes, (1 << (typ.bits - 7 * (max_bytes - 1))) - 1


def varint_type(typ: t.Int) -> str:
    return "postcard_varint({}, {})".format(*varint_args(typ))


LENGTH = varint_type(t.USIZE)
TAG = varint_type(t.U32)
# Nesting is counted as the reference counts it: each named type entered is one level, the root's bundle is
# level 1; every type of the tree takes the level it is read at, and a named type checks it first.
DEPTH: Spec = {"params": [{"id": "depth", "type": "u2", "doc": "nesting level (named types entered)"}]}
NEST: Spec = {"id": "nest", "size": 0, "valid": {"expr": "depth <= _root.max_depth"}, "doc": "rzb.limits.depth"}


def common(max_items: str) -> dict[str, Spec]:
    """The runtime helpers every postcard tree needs (the part of the spec no type tree states)."""
    group_value = " + ".join(
        ["(groups[0] & 0x7f)"]
        + [f"(groups.size > {i} ? (groups[{i}] & 0x7f) * {1 << (7 * i)} : 0)" for i in range(1, 10)]
    )
    return {
        "postcard_varint": {
            "doc": "LEB128: 7 bits a byte, least significant group first, at most max_bytes groups; the value "
            "must fit the integer type (the last group holds at most last_max). Non-minimal encodings that fit "
            "are accepted, as postcard accepts them.",
            "params": [
                {"id": "max_bytes", "type": "u1", "doc": "ceil(bits / 7): 3 for 16-bit, 5 for 32-bit, 10 for 64-bit"},
                {"id": "last_max", "type": "u1", "doc": "the largest group a varint of max_bytes groups may end with"},
            ],
            "seq": [
                {
                    "id": "groups",
                    "type": "u1",
                    "repeat": "until",
                    "repeat-until": "_ < 0x80 or groups.size >= max_bytes",
                },
                {
                    "id": "ends",
                    "size": 0,
                    "valid": {"expr": "groups.last < 0x80"},
                    "doc": "no more than max_bytes groups",
                },
                {
                    "id": "fits",
                    "size": 0,
                    "valid": {"expr": "groups.size < max_bytes or groups.last <= last_max"},
                    "doc": "the value fits the integer type",
                },
            ],
            "instances": {
                "value": {
                    "value": group_value,
                    "doc": "the unsigned value (exact in Python; JavaScript readers rebuild it from groups)",
                }
            },
        },
        "postcard_bool": {"seq": [{"id": "value", "type": "u1", "valid": {"max": 1}}]},
        "postcard_string": {
            "seq": [
                {"id": "len", "type": LENGTH},
                {"id": "fits", "size": 0, "valid": {"expr": "len.value <= _io.size - _io.pos"}},
                {"id": "bounded", "size": 0, "valid": {"expr": f"len.value <= {max_items}"}},
                {"id": "value", "size": "len.value", "type": "str", "encoding": "UTF-8"},
            ]
        },
        "postcard_bytes": {
            "seq": [
                {"id": "len", "type": LENGTH},
                {"id": "fits", "size": 0, "valid": {"expr": "len.value <= _io.size - _io.pos"}},
                {"id": "bounded", "size": 0, "valid": {"expr": f"len.value <= {max_items}"}},
                {"id": "value", "size": "len.value"},
            ]
        },
    }


class KsyTypes:
    """The Kaitai types of one generation's type space."""

    def __init__(self, space: t.TypeSpace, max_items: str) -> None:
        self.space = space
        self.max_items = max_items
        self.types: dict[str, Spec] = {}

    def key(self, typ: t.Type) -> str:
        if isinstance(typ, t.Ref):
            target = self.space.types[typ.name]
            return snake(typ.name) if isinstance(target, t.Struct | t.Enum) else self.key(target)
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

    def define(self, name: str, make: Any) -> None:
        if name not in self.types:
            self.types[name] = {}  # reserved first: recursion meets the name, not a second definition
            self.types[name] = make()

    def field(self, typ: t.Type) -> Spec:
        """The attributes of a seq entry that reads `typ`."""
        if isinstance(typ, t.Ref):
            target = self.space.types[typ.name]
            if not isinstance(target, t.Struct | t.Enum):
                return self.field(target)  # a newtype: its inner type
            name = self.key(typ)
            self.define(name, lambda: self.named(target))
            return {"type": f"{name}(depth + 1)"}
        if isinstance(typ, t.Int):
            if typ.bits == 8:
                return {"type": "s1" if typ.signed else "u1"}
            return {"type": varint_type(typ)}
        if isinstance(typ, t.Float):
            return {"type": "f8" if typ.bits == 64 else "f4"}
        if isinstance(typ, t.Bool):
            return {"type": "postcard_bool"}
        if isinstance(typ, t.Str):
            return {"type": "postcard_string"}
        if isinstance(typ, t.Bytes):
            return {"type": "postcard_bytes"} if typ.size is None else {"size": typ.size}
        name = self.key(typ)
        self.define(name, lambda: {**DEPTH, **self.container(typ)})
        return {"type": f"{name}(depth)"}

    def named(self, typ: t.Struct | t.Enum) -> Spec:
        """A named type: the nesting check first (the reference counts a level on entering it), then its own."""
        spec = self.struct(typ) if isinstance(typ, t.Struct) else self.enum(typ)
        return {**DEPTH, "seq": [NEST, *spec["seq"]]}

    def type_name(self, typ: t.Type) -> str:
        """A type name for `typ` (a tuple wraps what has no type of its own, e.g. a fixed byte array)."""
        attributes = self.field(typ)
        return attributes["type"] if "type" in attributes else self.field(t.Tuple((typ,)))["type"]

    def counted(self, items: Spec, item_size: int) -> list[Spec]:
        """`len`, the checks the reference makes on it before reading, then the repeated items."""
        seq: list[Spec] = [{"id": "len", "type": LENGTH}]
        if item_size:
            fits = (
                f"len.value * {item_size} <= _io.size - _io.pos" if item_size > 1 else "len.value <= _io.size - _io.pos"
            )
            seq.append({"id": "fits", "size": 0, "valid": {"expr": fits}, "doc": "the items fit the bytes left"})
        seq.append({"id": "bounded", "size": 0, "valid": {"expr": f"len.value <= {self.max_items}"}})
        seq.append({**items, "repeat": "expr", "repeat-expr": "len.value"})
        return seq

    def container(self, typ: t.Type) -> Spec:
        if isinstance(typ, t.Option):
            return {
                "seq": [
                    {"id": "tag", "type": "u1", "valid": {"max": 1}},
                    {"id": "value", **self.field(typ.inner), "if": "tag == 1"},
                ]
            }
        if isinstance(typ, t.Seq):
            items = {"id": "items", **self.field(typ.inner)}
            return {"seq": self.counted(items, min_size(self.space, typ.inner))}
        if isinstance(typ, t.Map):
            entry = self.entry(typ)
            size = min_size(self.space, typ.key) + min_size(self.space, typ.value)
            return {"seq": self.counted({"id": "entries", "type": entry}, size)}
        if isinstance(typ, t.Tuple):
            return {"seq": [{"id": f"item{i}", **self.field(item)} for i, item in enumerate(typ.items)]}
        raise TypeError(typ)

    def entry(self, typ: t.Map) -> str:
        name = f"entry_{self.key(typ.key)}_{self.key(typ.value)}"

        def entry() -> Spec:
            return {**DEPTH, "seq": [{"id": "key", **self.field(typ.key)}, {"id": "value", **self.field(typ.value)}]}

        self.define(name, entry)
        return f"{name}(depth)"

    def struct(self, typ: t.Struct) -> Spec:
        return {"seq": [{"id": f.name, **self.field(f.type)} for f in typ.fields]}

    def enum(self, typ: t.Enum) -> Spec:
        cases: dict[int, str] = {}
        for index, variant in enumerate(typ.variants):
            if variant.kind == "newtype":
                cases[index] = self.type_name(variant.types[0])
            elif variant.kind == "tuple":
                cases[index] = self.type_name(t.Tuple(variant.types))
            elif variant.kind == "struct":
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                name = f"{snake(typ.name)}__{snake(variant.name)}"
                self.define(
                    name,
                    lambda fields=fields, variant=variant: {**DEPTH, **self.struct(t.Struct(variant.name, fields))},
                )
                cases[index] = f"{name}(depth)"
        seq: list[Spec] = [
            {"id": "tag", "type": TAG},
            {"id": "known", "size": 0, "valid": {"expr": f"tag.value <= {len(typ.variants) - 1}"}},
        ]
        if cases:
            seq.append({"id": "payload", "type": {"switch-on": "tag.value", "cases": cases}})
        return {"seq": seq}


def condition(present: list[int], among: list[int]) -> str | None:
    """The `if:` of something present in the generations `present` of those `among` that have its type."""
    if present == among:
        return None
    if present == list(range(present[0], among[-1] + 1)):
        return f"_root.generation >= {present[0]}"
    return " or ".join(f"_root.generation == {g}" for g in present)


def merge(per_generation: list[dict[str, Spec]]) -> dict[str, Spec]:
    """One set of types for all generations: a type's fields in the order the generations declare them, each
    with an `if:` on the generations it is in; a check whose bound differs by generation becomes conditional."""
    names: list[str] = []
    for types in per_generation:
        names += [n for n in types if n not in names]
    merged: dict[str, Spec] = {}
    for name in names:
        having = [g for g, types in enumerate(per_generation) if name in types]
        specs = [per_generation[g][name] for g in having]
        if all(spec == specs[0] for spec in specs):
            merged[name] = specs[0]
            continue
        assert all(set(spec) <= {"seq", "params"} for spec in specs), f"{name}: only seqs change between generations"
        order: list[str] = []
        by_id: dict[str, dict[int, Spec]] = {}
        for g, spec in zip(having, specs, strict=True):
            last = -1
            for entry in spec["seq"]:
                ident = entry["id"]
                if ident not in by_id:
                    order.insert(last + 1, ident)
                    by_id[ident] = {}
                last = order.index(ident)
                by_id[ident][g] = entry
        seq: list[Spec] = []
        for ident in order:
            versions = by_id[ident]
            entries = list(versions.values())
            entry = dict(entries[0])
            if any(e != entry for e in entries):
                bounds = {g: e["valid"]["expr"] for g, e in versions.items()}
                assert all(set(e) == set(entry) and "valid" in e for e in entries), f"{name}.{ident} changes shape"
                expr = bounds[having[-1]]
                for g in reversed(having[:-1]):
                    if g + 1 in bounds and bounds[g] != bounds[g + 1]:
                        expr = f"(_root.generation <= {g} ? ({bounds[g]}) : ({expr}))"
                entry["valid"] = {"expr": expr}
            test = condition(sorted(versions), having)
            if test is not None:
                entry["if"] = test
            seq.append(entry)
        merged[name] = {**({"params": specs[0]["params"]} if "params" in specs[0] else {}), "seq": seq}
    return merged


def render(types: dict[str, Spec]) -> str:
    return "".join(f"{name}: {json.dumps(spec, ensure_ascii=False)}\n" for name, spec in types.items())


def tree(spaces: list[tuple[t.TypeSpace, t.Type]], max_items: str) -> dict[str, Spec]:
    """The helpers and the merged types of `root` in each (space, root), one per generation in order."""
    per_generation = []
    for space, root in spaces:
        built = KsyTypes(space, max_items)
        built.field(root)
        per_generation.append(built.types)
    return {**common(max_items), **merge(per_generation)}

"""The parts of a `.ksy` that mirror a type tree, rendered from it (`conformance regen` writes them between
`# BEGIN GENERATED: name` / `# END GENERATED: name` lines, indented like the markers; see formats/README.md).

Each function returns YAML at indentation zero. Strings are written as JSON strings, which YAML reads as
double-quoted scalars, so no doc text needs escaping by hand.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.wire import bincode1, postcard

# Identifiers the generated Python or JavaScript parsers cannot use as enum members, and what they become.
RESERVED = {"and": "logical_and", "or": "logical_or", "not": "logical_not", "return": "ret"}
KEYWORDS = set(keyword.kwlist) | {
    "break", "case", "catch", "class", "const", "continue", "default", "delete", "do", "else", "export",
    "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "switch",
    "this", "throw", "true", "false", "try", "typeof", "var", "void", "while", "with", "yield",
}  # fmt: skip


def snake(name: str) -> str:
    """A Kaitai identifier for a Rust name: `LoadConst` → `load_const`, `HTTPCode` → `http_code`."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


def member_id(name: str) -> str:
    """An enum member's identifier: `snake(name)`, but a word the generated parsers' languages reserve gets
    its `RESERVED` spelling (or a `_value` suffix), since enum members become attributes there."""
    snaked = snake(name)
    if snaked in RESERVED:
        return RESERVED[snaked]
    return f"{snaked}_value" if snaked in KEYWORDS else snaked


def scalar(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def enum(enum_type: t.Enum, name: str | None = None) -> str:
    """One Kaitai enum: the variants by wire index (their position in the declaration), with their Rust names."""
    lines = [f"{name or snake(enum_type.name) + '_kind'}:"]
    for index, variant in enumerate(enum_type.variants):
        lines += [f"  {index}:", f"    id: {member_id(variant.name)}", f"    -orig-id: {variant.name}"]
        if variant.doc:
            lines.append(f"    doc: {scalar(variant.doc)}")
    return "\n".join(lines) + "\n"


def enums(*enum_types: t.Enum, names: Mapping[str, str] | None = None) -> str:
    """Several enums, each under `names[enum.name]` or `<snake name>_kind`."""
    return "".join(enum(e, (names or {}).get(e.name)) for e in enum_types)


def instances(values: Iterable[tuple[str, int, str]]) -> str:
    """Constant instances (`value:` with a doc): limits a parser checks against (`_root.max_depth`)."""
    lines = []
    for name, value, doc in values:
        lines += [f"{name}:", f"  value: {value}"]
        if doc:
            lines.append(f"  doc: {scalar(doc)}")
    return "\n".join(lines) + "\n"


# --- the types of a type tree, one rule per node, for a wire encoding ------------------------------------

Spec = dict[str, Any]


def varint_args(typ: t.Int) -> tuple[int, int]:
    """(max_bytes, last_max) of the `postcard_varint` reading `typ`: ceil(bits / 7) groups, the last of which
    may hold only the bits left over."""
    max_bytes = -(-typ.bits // 7)
    return max_bytes, (1 << (typ.bits - 7 * (max_bytes - 1))) - 1


@dataclass(frozen=True)
class Wire:
    """How an encoding puts a type tree's nodes on the wire, as far as a Kaitai type reads them: integers
    (bincode 1: fixed width, little-endian; postcard: 8-bit ones as bytes, wider ones as LEB128 varints, signed
    ones zigzag-mapped), sequence lengths (a `usize`) and enum variant indices (a `u32`) are integers of the
    encoding; an Option is a 0/1 byte and its value; bools, strings and byte buffers are the helper types
    `<name>_bool`, `<name>_string`, `<name>_bytes` (`helpers`)."""

    name: str
    varints: bool
    min_size: Callable[[t.TypeSpace, t.Type], int]  # the fewest bytes a value takes (bounds a declared count)

    def int_type(self, typ: t.Int) -> str:
        if self.varints and typ.bits > 8:
            return "postcard_varint({}, {})".format(*varint_args(typ))
        return f"{'s' if typ.signed else 'u'}{typ.bits // 8}"

    @property
    def length(self) -> str:
        return self.int_type(t.USIZE)

    @property
    def tag(self) -> str:
        return self.int_type(t.U32)

    def value(self, ident: str) -> str:
        """The expression of the integer a field `ident` of the encoding's length or tag type read."""
        return f"{ident}.value" if self.varints else ident

    def helpers(self, max_items: str | None) -> dict[str, Spec]:
        """The runtime helpers the types use (the part of a spec no type tree states); a length is checked
        against the bytes left and `max_items` when that is given."""
        checks: list[Spec] = []
        if max_items is not None:
            length = self.value("len")
            checks = [
                {"id": "fits", "size": 0, "valid": {"expr": f"{length} <= _io.size - _io.pos"}},
                {"id": "bounded", "size": 0, "valid": {"expr": f"{length} <= {max_items}"}},
            ]
        counted = [{"id": "len", "type": self.length}, *checks]
        helpers = {"postcard_varint": VARINT_HELPER} if self.varints else {}
        return helpers | {
            f"{self.name}_bool": {"seq": [{"id": "value", "type": "u1", "valid": {"max": 1}}]},
            f"{self.name}_string": {
                "seq": [*counted, {"id": "value", "size": self.value("len"), "type": "str", "encoding": "UTF-8"}]
            },
            f"{self.name}_bytes": {"seq": [*counted, {"id": "value", "size": self.value("len")}]},
        }


VARINT_HELPER: Spec = {
    "doc": "LEB128: 7 bits a byte, least significant group first, at most max_bytes groups; the value must fit "
    "the integer type (the last group holds at most last_max). Non-minimal encodings that fit are accepted, as "
    "postcard accepts them.",
    "params": [
        {"id": "max_bytes", "type": "u1", "doc": "ceil(bits / 7): 3 for 16-bit, 5 for 32-bit, 10 for 64-bit"},
        {"id": "last_max", "type": "u1", "doc": "the largest group a varint of max_bytes groups may end with"},
    ],
    "seq": [
        {"id": "groups", "type": "u1", "repeat": "until", "repeat-until": "_ < 0x80 or groups.size >= max_bytes"},
        {"id": "ends", "size": 0, "valid": {"expr": "groups.last < 0x80"}, "doc": "no more than max_bytes groups"},
        {
            "id": "fits",
            "size": 0,
            "valid": {"expr": "groups.size < max_bytes or groups.last <= last_max"},
            "doc": "the value fits the integer type",
        },
    ],
    "instances": {
        "value": {
            "value": " + ".join(
                ["(groups[0] & 0x7f)"]
                + [f"(groups.size > {i} ? (groups[{i}] & 0x7f) * {1 << (7 * i)} : 0)" for i in range(1, 10)]
            ),
            "doc": "the unsigned value (exact in Python; JavaScript readers rebuild it from groups)",
        }
    },
}
BINCODE1 = Wire("bincode", varints=False, min_size=bincode1.min_size)
POSTCARD = Wire("postcard", varints=True, min_size=postcard.min_size)


@dataclass(frozen=True)
class Nesting:
    """The nesting bound as the types carry it: every type takes its level as the parameter `param`, and a
    named type (one level) first checks it with the empty field `check`."""

    param: Spec
    check: Spec

    def args(self, deeper: bool) -> str:
        return f"({self.param['id']} + 1)" if deeper else f"({self.param['id']})"


class KsyTypes:
    """The Kaitai types of a type tree on a wire encoding, one rule per type node, so a program can walk the
    parse tree beside the type tree: a struct `Foo` is type `foo` with its fields under their names;
    `Vec<T>` is `vec_<t>` (`len`, `items`); a map `map_<k>_<v>` (`len`, `entries` of `entry_<k>_<v>`: `key`,
    `value`); `Option<T>` is `opt_<t>` (`tag`, `value`); a tuple `tup_<t>_…` (`item0`, `item1`, …); bools,
    strings and byte buffers are the wire's helpers (`bool`: `value`; string and bytes: `len`, `value`), a
    fixed byte array a sized field; an enum is a type with `tag` (the wire's variant index, checked against the
    variant count) and `payload` (a switch on the index: the inner type of a newtype variant, the tuple of a
    tuple variant's items, the type `<enum>__<variant>` of a struct variant's fields). Newtypes and aliases are
    their inner type. Every name takes `prefix` (several trees in one spec).

    Bounds, where given: with `max_items` (a Kaitai expression) a count is checked against the bytes left (the
    wire's minimum size of an item: `fits`) and then `max_items` (`bounded`), before anything is read; with
    `nesting` every type takes the level it is read at and a named type counts one."""

    OPTION = "opt_"
    DOCS = False  # whether the types carry the tree's doc texts

    def __init__(
        self,
        space: t.TypeSpace,
        wire: Wire,
        *,
        prefix: str = "",
        max_items: str | None = None,
        nesting: Nesting | None = None,
    ) -> None:
        self.space = space
        self.wire = wire
        self.prefix = prefix
        self.max_items = max_items
        self.nesting = nesting
        self.types: dict[str, Spec] = {}

    def visit(self, *roots: t.Type) -> KsyTypes:
        """Defines every type reachable from `roots`, in the order first met."""
        for root in roots:
            self.field(root)
        return self

    def render(self, *roots: t.Type) -> str:
        """The `types:` entries of every type reachable from `roots`, one flow mapping a line."""
        return render(self.visit(*roots).types)

    def named_target(self, typ: t.Type) -> t.Struct | t.Enum | None:
        target = self.space.types[typ.name] if isinstance(typ, t.Ref) else None
        return target if isinstance(target, t.Struct | t.Enum) else None

    @staticmethod
    def type_id(name: str) -> str:
        """The Kaitai name of a named type (a path `a::B` is `a_b`)."""
        return snake(name.replace("::", "_"))

    def key(self, typ: t.Type) -> str:
        if isinstance(typ, t.Ref):
            return self.type_id(typ.name) if self.named_target(typ) else self.key(self.space.types[typ.name])
        if isinstance(typ, t.Int | t.Float):
            return typ.name
        if isinstance(typ, t.Bool):
            return "bool"
        if isinstance(typ, t.Str):
            return "string"
        if isinstance(typ, t.Bytes):
            return "bytes" if typ.size is None else f"bytes{typ.size}"
        if isinstance(typ, t.Option):
            return self.OPTION + self.key(typ.inner)
        if isinstance(typ, t.Seq):
            return "vec_" + self.key(typ.inner)
        if isinstance(typ, t.Map):
            return f"map_{self.key(typ.key)}_{self.key(typ.value)}"
        if isinstance(typ, t.Tuple):
            return "tup_" + "_".join(self.key(i) for i in typ.items)
        raise TypeError(f"no Kaitai type for {typ!r}")

    def define(self, name: str, make: Callable[[], Spec]) -> None:
        if name not in self.types:
            self.types[name] = {}  # reserved first: recursion meets the name, not a second definition
            self.types[name] = make()

    def takes_level(self, *types: t.Type) -> bool:
        """Whether the Kaitai type holding values of `types` takes the nesting level."""
        return self.nesting is not None

    def params(self, *types: t.Type) -> Spec:
        return {"params": [self.nesting.param]} if self.nesting is not None and self.takes_level(*types) else {}

    def args(self, deeper: bool, *types: t.Type) -> str:
        return self.nesting.args(deeper) if self.nesting is not None and self.takes_level(*types) else ""

    def doc(self, text: str) -> Spec:
        return {"doc": text} if self.DOCS and text else {}

    def field(self, typ: t.Type) -> Spec:
        """The attributes of a seq entry that reads `typ`."""
        if isinstance(typ, t.Ref):
            target = self.named_target(typ)
            if target is None:
                return self.field(self.space.types[typ.name])  # a newtype or alias: its inner type
            name = self.prefix + self.key(typ)
            self.define(name, lambda: self.named(target))
            return {"type": name + self.args(True, typ)}
        if isinstance(typ, t.Int):
            return {"type": self.wire.int_type(typ)}
        if isinstance(typ, t.Float):
            return {"type": f"f{typ.bits // 8}"}
        if isinstance(typ, t.Bool):
            return {"type": f"{self.wire.name}_bool"}
        if isinstance(typ, t.Str):
            return {"type": f"{self.wire.name}_string"}
        if isinstance(typ, t.Bytes):
            return {"type": f"{self.wire.name}_bytes"} if typ.size is None else {"size": typ.size}
        name = self.prefix + self.key(typ)
        self.define(name, lambda: self.container(typ))
        return {"type": name + self.args(False, typ)}

    def type_name(self, typ: t.Type) -> str:
        """A type name for `typ` (a tuple wraps what has no type of its own, e.g. a fixed byte array)."""
        attributes = self.field(typ)
        return attributes["type"] if "type" in attributes else self.field(t.Tuple((typ,)))["type"]

    def fields(self, fields: tuple[t.Field, ...]) -> list[Spec]:
        return [{"id": f.name, **self.field(f.type), **self.doc(f.doc)} for f in fields]

    def fields_type(self, name: str, fields: tuple[t.Field, ...]) -> str:
        """The name (with arguments) of a type `name` reading `fields`, defined on first use."""
        types = tuple(f.type for f in fields)
        self.define(name, lambda: {**self.params(*types), "seq": self.fields(fields)})
        return name + self.args(False, *types)

    def named(self, typ: t.Struct | t.Enum) -> Spec:
        """A named type: the nesting check first (entering it is one level), then its fields or tag and payload."""
        seq = self.fields(typ.fields) if isinstance(typ, t.Struct) else self.enum(typ)
        if self.nesting is None:
            return {**self.doc(typ.doc), "seq": seq}
        return {**self.doc(typ.doc), "params": [self.nesting.param], "seq": [self.nesting.check, *seq]}

    def container(self, typ: t.Type) -> Spec:
        if isinstance(typ, t.Option):
            tag = {"id": "tag", "type": "u1", "valid": {"max": 1}, **self.doc(OPTION_TAG_DOC)}
            return {**self.params(typ), "seq": [tag, {"id": "value", **self.field(typ.inner), "if": "tag == 1"}]}
        if isinstance(typ, t.Seq):
            return self.counted(typ, {"id": "items", **self.field(typ.inner)}, typ.inner)
        if isinstance(typ, t.Map):
            entry = self.fields_type(self.entry_name(typ), (t.Field("key", typ.key), t.Field("value", typ.value)))
            spec = self.counted(typ, {"id": "entries", "type": entry}, t.Tuple((typ.key, typ.value)))
            return spec | self.doc(MAP_DOC)
        if isinstance(typ, t.Tuple):
            items = tuple(t.Field(f"item{i}", item) for i, item in enumerate(typ.items))
            return {**self.params(typ), "seq": self.fields(items)}
        raise TypeError(f"no Kaitai type for {typ!r}")

    def entry_name(self, typ: t.Map) -> str:
        return f"{self.prefix}entry_{self.key(typ.key)}_{self.key(typ.value)}"

    def counted(self, typ: t.Seq | t.Map, items: Spec, item: t.Type) -> Spec:
        """`len`, the checks made on it before reading, then the repeated items."""
        length = self.wire.value("len")
        seq: list[Spec] = [{"id": "len", "type": self.wire.length}]
        if self.max_items is not None:
            size = self.wire.min_size(self.space, item)
            if size:
                fits = f"{length} * {size} <= _io.size - _io.pos" if size > 1 else f"{length} <= _io.size - _io.pos"
                seq.append({"id": "fits", "size": 0, "valid": {"expr": fits}, "doc": "the items fit the bytes left"})
            seq.append({"id": "bounded", "size": 0, "valid": {"expr": f"{length} <= {self.max_items}"}})
        seq.append({**items, "repeat": "expr", "repeat-expr": length})
        return {**self.params(typ), "seq": seq}

    def enum(self, typ: t.Enum) -> list[Spec]:
        cases: dict[int | str, str] = {}
        for index, variant in enumerate(typ.variants):
            if variant.kind != "unit":
                cases[self.case(typ, index)] = self.payload(typ, variant)
        seq = self.tag(typ)
        if cases:
            switch = {"id": "payload", "type": {"switch-on": self.wire.value("tag"), "cases": cases}}
            seq.append(switch | self.payload_doc(typ))
        return seq

    def tag(self, typ: t.Enum) -> list[Spec]:
        """The variant index, checked against the variant count (in place where it is a Kaitai integer)."""
        last = len(typ.variants) - 1
        if not self.wire.varints:
            return [{"id": "tag", "type": self.wire.tag, "valid": {"max": last}}]
        known = {"id": "known", "size": 0, "valid": {"expr": f"{self.wire.value('tag')} <= {last}"}}
        return [{"id": "tag", "type": self.wire.tag}, known]

    def case(self, typ: t.Enum, index: int) -> int | str:
        return index

    def payload(self, typ: t.Enum, variant: t.VariantDef) -> str:
        if variant.kind == "newtype":
            return self.type_name(variant.types[0])
        if variant.kind == "tuple":
            return self.type_name(t.Tuple(variant.types))
        fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
        return self.fields_type(f"{self.prefix}{self.type_id(typ.name)}__{snake(variant.name)}", fields)

    def payload_doc(self, typ: t.Enum) -> Spec:
        return {}


def render(types: Mapping[str, Spec]) -> str:
    """`types:` entries, each on one line as a YAML flow mapping (JSON), so nothing needs escaping."""
    return "".join(f"{name}: {json.dumps(spec, ensure_ascii=False)}\n" for name, spec in types.items())


def condition(present: list[int], among: list[int]) -> str | None:
    """The `if:` of something present in the generations `present` of those `among` that have its type."""
    if present == among:
        return None
    if present == list(range(present[0], among[-1] + 1)):
        return f"_root.generation >= {present[0]}"
    return " or ".join(f"_root.generation == {g}" for g in present)


def merge_generations(per_generation: list[dict[str, Spec]]) -> dict[str, Spec]:
    """One set of types for several generations of a tree, the spec taking the generation (its index here) as
    the root's parameter `generation`: a type's fields in the order the generations declare them, each with an
    `if:` on the generations it is in; a check whose bound differs by generation becomes conditional."""
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


# --- fzb's flavour: a bincode-1 tree with the readers' bounds, as block YAML with the tree's docs ----------

DEPTH_DOC = "Kaitai has no assertion statement: this empty field carries the nesting bound."
OPTION_TAG_DOC = "0 = None, 1 = Some; any other byte is invalid."
BOUNDED_COUNT_DOC = "Level of the value holding the sequence; its items are one deeper."
MAP_DOC = "Entries in the order written (a Rust HashMap writes hash order)."
LEVEL = Nesting(
    {"id": "level", "type": "u4"},
    {"id": "depth_check", "size": 0, "valid": {"expr": "level <= _root.max_depth"}, "doc": DEPTH_DOC},
)


class BincodeTypes(KsyTypes):
    """`KsyTypes` of a bincode-1 tree bounded as the kit's readers bound it (formats.wire.bincode1), with the
    tree's docs, as block YAML (fzb.ksy): `Option<T>` is `option_<t>`, a map's entries `map_<k>_<v>_entry`; an
    enum's `tag` is of the enum `<foo>_kind` (checked to be one of its variants) and its payload a newtype
    variant's inner type, a `<variant>_fields` type of a struct variant's fields or a `<variant>_args` type of
    a tuple variant's items `item0`, `item1`, …; strings and bools are the hand-written helpers
    `bincode_string` and `bincode_bool`.

    Bounds: every struct and enum counts one nesting level (parameter `level`, checked against
    `_root.max_depth` by an empty `depth_check` field); a field naming one is read one level deeper, while
    containers pass the level through, and only a type that reaches a struct or an enum takes it. A count is
    checked against the bytes left (each item takes at least `min_item_size` bytes: `truncated`) and then
    against `_root.max_items`."""

    OPTION = "option_"
    DOCS = True

    def __init__(self, space: t.TypeSpace) -> None:
        super().__init__(space, BINCODE1, max_items="_root.max_items", nesting=LEVEL)

    def render(self, *roots: t.Type) -> str:
        """The `types:` entries of every type reachable from `roots`, in the order first met, as block YAML."""
        return "".join(yaml_block({name: spec}) for name, spec in self.visit(*roots).types.items())

    def takes_level(self, *types: t.Type) -> bool:
        """Whether a type holding `types` reaches a struct or an enum."""
        for typ in types:
            if self.named_target(typ) is not None:
                return True
            if isinstance(typ, t.Ref) and self.takes_level(self.space.types[typ.name]):
                return True
            if isinstance(typ, t.Option | t.Seq) and self.takes_level(typ.inner):
                return True
            if isinstance(typ, t.Map) and self.takes_level(typ.key, typ.value):
                return True
            if isinstance(typ, t.Tuple) and self.takes_level(*typ.items):
                return True
        return False

    def entry_name(self, typ: t.Map) -> str:
        return f"{self.key(typ)}_entry"

    def counted(self, typ: t.Seq | t.Map, items: Spec, item: t.Type) -> Spec:
        params = [{**LEVEL.param, "doc": BOUNDED_COUNT_DOC}] if self.takes_level(typ) else []
        seq = [
            {"id": "len", "type": "u8", "valid": {"expr": "_ * min_item_size <= _io.size - _io.pos"}},
            {"id": "count_check", "size": 0, "valid": {"expr": f"len <= {self.max_items}"}},
            {**items, "repeat": "expr", "repeat-expr": "len"},
        ]
        size = {"min_item_size": {"value": self.wire.min_size(self.space, item)}}
        return ({"params": params} if params else {}) | {"seq": seq, "instances": size}

    def tag(self, typ: t.Enum) -> list[Spec]:
        return [{"id": "tag", "type": "u4", "enum": f"{self.type_id(typ.name)}_kind", "valid": {"in-enum": True}}]

    def case(self, typ: t.Enum, index: int) -> str:
        return f"{self.type_id(typ.name)}_kind::{member_id(typ.variants[index].name)}"

    def payload(self, typ: t.Enum, variant: t.VariantDef) -> str:
        if variant.kind == "newtype":
            return self.field(variant.types[0])["type"]
        fields = tuple(p if isinstance(p, t.Field) else t.Field(f"item{i}", p) for i, p in enumerate(variant.payload))
        return self.fields_type(f"{snake(variant.name)}_{'fields' if variant.kind == 'struct' else 'args'}", fields)

    def payload_doc(self, typ: t.Enum) -> Spec:
        units = [v.name for v in typ.variants if v.kind == "unit"]
        if 0 < len(units) <= 4:
            return {"doc": f"Absent for {', '.join(units)}."}
        return {"doc": "Absent for the variants without a payload."} if units else {}


PLAIN = re.compile(r"[a-z_][a-z0-9_-]*(\([a-z0-9_ +]*\))?")


def yaml_scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    assert isinstance(value, str), value
    return value if PLAIN.fullmatch(value) and value not in ("true", "false", "null") else scalar(value)


def yaml_block(value: object, indent: int = 0) -> str:
    """Block YAML of dicts, lists and scalars (strings JSON-quoted unless plain identifiers)."""
    pad = " " * indent
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            head = f"{pad}{yaml_scalar(key)}:"
            if isinstance(item, dict | list) and item:
                out.append(head + "\n" + yaml_block(item, indent + 2))
            else:
                out.append(f"{head} {yaml_scalar(item) if not isinstance(item, dict | list) else '{}'}\n")
        return "".join(out)
    assert isinstance(value, list)
    for item in value:
        text = yaml_block(item, indent + 2) if isinstance(item, dict | list) else f"{pad}  {yaml_scalar(item)}\n"
        out.append(f"{pad}- " + text[indent + 2 :])
    return "".join(out)

"""The parts of a `.ksy` that mirror a type tree, rendered from it (`conformance regen` writes them between
`# BEGIN GENERATED: name` / `# END GENERATED: name` lines, indented like the markers; see formats/README.md).

Each function returns YAML at indentation zero. Strings are written as JSON strings, which YAML reads as
double-quoted scalars, so no doc text needs escaping by hand.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Iterable, Mapping

from formats import types as t
from formats.wire import bincode1

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


# --- types of a bincode-1 tree with the readers' bounds ----------------------------------------------------

BINCODE_SCALARS = {"u8": "u1", "u16": "u2", "u32": "u4", "u64": "u8", "i8": "s1", "i16": "s2", "i32": "s4"}
BINCODE_SCALARS |= {"i64": "s8", "f32": "f4", "f64": "f8"}
DEPTH_DOC = "Kaitai has no assertion statement: this empty field carries the nesting bound."
OPTION_TAG_DOC = "0 = None, 1 = Some; any other byte is invalid."
BOUNDED_COUNT_DOC = "Level of the value holding the sequence; its items are one deeper."


class BincodeTypes:
    """The Kaitai types of a bincode-1 type tree, bounded as the kit's readers bound it (formats.wire.bincode1).

    One rule per type node, so a program can walk the parse tree beside the type tree: a struct `Foo` is
    type `foo`, its fields under their names; an enum is a type with `tag` (u4 of the enum `<foo>_kind`, checked
    to be one of its variants) and `payload` (a switch on the tag: a newtype variant's inner type, a
    `<variant>_fields` type of a struct variant's fields, an `<variant>_args` type of a tuple variant's
    items `item0`, `item1`, …); `Vec<T>` is `vec_<t>` (`len`, `items`), a map `map_<k>_<v>` (`len`,
    `entries` of `map_<k>_<v>_entry`: `key`, `value`), `Option<T>` is `option_<t>` (`tag`, `value`); strings
    and bools are the hand-written helpers `bincode_string` and `bincode_bool`.

    Bounds: every struct and enum counts one nesting level (parameter `level`, checked against
    `_root.max_depth` by an empty `depth_check` field); a field naming one is read one level deeper, while
    containers pass the level through. A count is checked against the bytes left (each item takes at least
    `min_item_size` bytes: `truncated`) and then against `_root.max_items`."""

    def __init__(self, space: t.TypeSpace) -> None:
        self.space = space
        self.types: dict[str, dict[str, object]] = {}

    def named(self, typ: t.Type) -> t.Struct | t.Enum | None:
        target = self.space.resolve(typ) if isinstance(typ, t.Ref) else None
        return target if isinstance(target, t.Struct | t.Enum) else None

    def leveled(self, typ: t.Type) -> bool:
        """Whether the Kaitai type of `typ` takes the `level` parameter (it reaches a struct or an enum)."""
        if self.named(typ) is not None:
            return True
        if isinstance(typ, t.Ref):
            return self.leveled(self.space.types[typ.name])
        if isinstance(typ, t.Option | t.Seq):
            return self.leveled(typ.inner)
        if isinstance(typ, t.Map):
            return self.leveled(typ.key) or self.leveled(typ.value)
        if isinstance(typ, t.Tuple):
            return any(self.leveled(i) for i in typ.items)
        return False

    def key(self, typ: t.Type) -> str:
        if isinstance(typ, t.Ref):
            return snake(typ.name) if self.named(typ) else self.key(self.space.types[typ.name])
        if isinstance(typ, t.Str):
            return "string"
        if isinstance(typ, t.Bool):
            return "bool"
        if isinstance(typ, t.Int | t.Float):
            return typ.name
        if isinstance(typ, t.Option):
            return "option_" + self.key(typ.inner)
        if isinstance(typ, t.Seq):
            return "vec_" + self.key(typ.inner)
        if isinstance(typ, t.Map):
            return f"map_{self.key(typ.key)}_{self.key(typ.value)}"
        raise TypeError(f"no Kaitai type for {typ!r} in a bincode tree")

    def ref(self, typ: t.Type) -> str:
        """The `type:` of a field reading `typ` inside a type at `level`: a struct or enum one level deeper."""
        named = self.named(typ)
        if named is not None:
            self.define_named(named)
            return f"{snake(named.name)}(level + 1)"
        if isinstance(typ, t.Ref):
            return self.ref(self.space.types[typ.name])
        if isinstance(typ, t.Str):
            return "bincode_string"
        if isinstance(typ, t.Bool):
            return "bincode_bool"
        if isinstance(typ, t.Int | t.Float):
            return BINCODE_SCALARS[typ.name]
        name = self.key(typ)
        if name not in self.types:
            self.types[name] = {}
            self.types[name] = self.container(typ)
        return f"{name}(level)" if self.leveled(typ) else name

    def counted(self, item: t.Type, items_id: str, item_type: str, doc: str | None = None) -> dict[str, object]:
        spec: dict[str, object] = {}
        spec["params"] = [{"id": "level", "type": "u4", "doc": BOUNDED_COUNT_DOC}]
        spec["seq"] = [
            {"id": "len", "type": "u8", "valid": {"expr": "_ * min_item_size <= _io.size - _io.pos"}},
            {"id": "count_check", "size": 0, "valid": {"expr": "len <= _root.max_items"}},
            {"id": items_id, "type": item_type, "repeat": "expr", "repeat-expr": "len"},
        ]
        size = {"value": bincode1.min_size(self.space, item)}
        spec["instances"] = {"min_item_size": size | ({"doc": doc} if doc else {})}
        return spec

    def container(self, typ: t.Type) -> dict[str, object]:
        if isinstance(typ, t.Option):
            return {
                "seq": [
                    {"id": "tag", "type": "u1", "valid": {"max": 1}, "doc": OPTION_TAG_DOC},
                    {"id": "value", "type": self.ref(typ.inner), "if": "tag == 1"},
                ]
            }
        if isinstance(typ, t.Seq):
            spec = self.counted(typ.inner, "items", self.ref(typ.inner))
            if not self.leveled(typ):
                del spec["params"]
            return spec
        if isinstance(typ, t.Map):
            entry = f"{self.key(typ)}_entry"
            leveled = self.leveled(typ)
            if entry not in self.types:
                self.types[entry] = {}
                fields = [{"id": "key", "type": self.ref(typ.key)}, {"id": "value", "type": self.ref(typ.value)}]
                self.types[entry] = ({"params": [{"id": "level", "type": "u4"}]} if leveled else {}) | {"seq": fields}
            pair = t.Tuple((typ.key, typ.value))
            spec = self.counted(pair, "entries", f"{entry}(level)" if leveled else entry)
            spec["doc"] = "Entries in the order written (a Rust HashMap writes hash order)."
            if not leveled:
                del spec["params"]
            return spec
        raise TypeError(f"no Kaitai type for {typ!r} in a bincode tree")

    def depth_checked(self, doc: str, seq: list[dict[str, object]]) -> dict[str, object]:
        check = {"id": "depth_check", "size": 0, "valid": {"expr": "level <= _root.max_depth"}, "doc": DEPTH_DOC}
        return ({"doc": doc} if doc else {}) | {"params": [{"id": "level", "type": "u4"}], "seq": [check, *seq]}

    def fields(self, fields: tuple[t.Field, ...]) -> list[dict[str, object]]:
        return [{"id": f.name, "type": self.ref(f.type)} | ({"doc": f.doc} if f.doc else {}) for f in fields]

    def define_named(self, typ: t.Struct | t.Enum) -> None:
        name = snake(typ.name)
        if name in self.types:
            return
        self.types[name] = {}
        if isinstance(typ, t.Struct):
            self.types[name] = self.depth_checked(typ.doc, self.fields(typ.fields))
            return
        kind = f"{name}_kind"
        cases: dict[str, str] = {}
        for variant in typ.variants:
            case = f"{kind}::{member_id(variant.name)}"
            if variant.kind == "newtype":
                cases[case] = self.ref(variant.types[0])
            elif variant.kind in ("struct", "tuple"):
                suffix = "fields" if variant.kind == "struct" else "args"
                payload = f"{snake(variant.name)}_{suffix}"
                fields = tuple(
                    p if isinstance(p, t.Field) else t.Field(f"item{i}", p) for i, p in enumerate(variant.payload)
                )
                leveled = any(self.leveled(f.type) for f in fields)
                if payload not in self.types:
                    self.types[payload] = {}
                    params = {"params": [{"id": "level", "type": "u4"}]} if leveled else {}
                    self.types[payload] = params | {"seq": self.fields(fields)}
                cases[case] = f"{payload}(level)" if leveled else payload
        seq: list[dict[str, object]] = [{"id": "tag", "type": "u4", "enum": kind, "valid": {"in-enum": True}}]
        if cases:
            units = [v.name for v in typ.variants if v.kind == "unit"]
            payload_doc = f"Absent for {', '.join(units)}." if 0 < len(units) <= 4 else ""
            payload_doc = payload_doc or ("Absent for the variants without a payload." if units else "")
            switch = {"id": "payload", "type": {"switch-on": "tag", "cases": cases}}
            seq.append(switch | ({"doc": payload_doc} if payload_doc else {}))
        self.types[name] = self.depth_checked(typ.doc, seq)

    def render(self, *roots: t.Type) -> str:
        """The `types:` entries of every type reachable from `roots`, in the order first met, as block YAML."""
        for root in roots:
            self.ref(root)
        return "".join(yaml_block({name: spec}) for name, spec in self.types.items())


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

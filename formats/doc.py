"""Markdown for the spec, rendered from the schemas (`conformance regen` writes it between markers).

    <!-- BEGIN GENERATED: ach.header -->
    ...
    <!-- END GENERATED: ach.header -->

Each format lists its blocks in `formats/<format>/__init__.py` as `SPEC_TABLES: dict[str, Callable[[], str]]`.
"""

from __future__ import annotations

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.layout import byte_table

__all__ = ["byte_table", "payload_text", "type_name", "type_tree"]


def type_name(typ: t.Type, map_name: str = "Map") -> str:
    """The Rust spelling of a type, as the spec's tables write it; `map_name` is the map type a format's
    upstream uses (`HashMap` in fzb)."""

    def name(inner: t.Type) -> str:
        return type_name(inner, map_name)

    if isinstance(typ, t.Ref):
        return typ.name
    if isinstance(typ, t.Int | t.Float):
        return typ.name
    if isinstance(typ, t.Bool):
        return "bool"
    if isinstance(typ, t.Char):
        return "char"
    if isinstance(typ, t.Str):
        return "String"
    if isinstance(typ, t.Bytes):
        return f"[u8; {typ.size}]" if typ.size is not None else "Vec<u8>"
    if isinstance(typ, t.Unit):
        return "()"
    if isinstance(typ, t.Option):
        return f"Option<{name(typ.inner)}>"
    if isinstance(typ, t.Seq):
        return f"Vec<{name(typ.inner)}>"
    if isinstance(typ, t.Tuple):
        return "(" + ", ".join(name(i) for i in typ.items) + ")"
    if isinstance(typ, t.Map):
        return f"{map_name}<{name(typ.key)}, {name(typ.value)}>"
    if isinstance(typ, t.Struct | t.Enum):
        return typ.name
    raise TypeError(typ)


def payload_text(variant: t.VariantDef, map_name: str = "Map") -> str:
    """A variant's payload as the spec's tables write it: `—`, `{ field: Type, … }` or `(Type, …)`."""
    if variant.kind == "unit":
        return "—"
    if variant.kind == "struct":
        fields = [f for f in variant.payload if isinstance(f, t.Field)]
        return "{ " + ", ".join(f"{f.name}: {type_name(f.type, map_name)}" for f in fields) + " }"
    return "(" + ", ".join(type_name(p, map_name) for p in variant.types) + ")"


def named_children(typ: t.Type) -> list[t.Type]:
    if isinstance(typ, t.Option | t.Seq):
        return [typ.inner]
    if isinstance(typ, t.Map):
        return [typ.key, typ.value]
    if isinstance(typ, t.Tuple):
        return list(typ.items)
    if isinstance(typ, t.Struct):
        return [f.type for f in typ.fields]
    if isinstance(typ, t.Enum):
        return [p for v in typ.variants for p in v.types]
    return []


def type_tree(space: t.TypeSpace, *roots: t.Type) -> str:
    """Every struct and enum reachable from `roots`, in the order met: fields in order, variants with their
    wire index (declaration order), payloads, and docs."""
    seen: set[str] = set()
    blocks: list[str] = []

    def visit(typ: t.Type) -> None:
        typ = space.resolve(typ) if isinstance(typ, t.Ref) else typ
        if isinstance(typ, t.Struct | t.Enum):
            if typ.name in seen:
                return
            seen.add(typ.name)
            blocks.append(render(typ))
        for child in named_children(typ):
            visit(child)

    for root in roots:
        visit(root)
    return "\n".join(blocks)


def render(typ: t.Struct | t.Enum) -> str:
    if isinstance(typ, t.Struct):
        rows = ["| # | field | type | notes |", "|---:|---|---|---|"]
        for index, f in enumerate(typ.fields):
            notes = "; ".join(x for x in (f.doc, "`#[serde(default)]`" if f.serde_default else "") if x)
            rows.append(f"| {index} | `{f.name}` | `{type_name(f.type)}` | {notes} |")
        return f"**struct `{typ.name}`**" + (f" — {typ.doc}" if typ.doc else "") + "\n\n" + "\n".join(rows) + "\n"
    rows = ["| index | variant | payload | notes |", "|---:|---|---|---|"]
    for index, v in enumerate(typ.variants):
        payload = payload_text(v)
        rows.append(f"| {index} | `{v.name}` | `{payload}` | {v.doc} |")
    return f"**enum `{typ.name}`**" + (f" — {typ.doc}" if typ.doc else "") + "\n\n" + "\n".join(rows) + "\n"

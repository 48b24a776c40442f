"""Markdown tables for spec/formats/rzb.md, rendered from the schema and the profiles."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.doc import named_children, payload_text
from binfmt_conformance.formats.doc import type_name as rust_type
from binfmt_conformance.formats.rzb import limits, schema
from binfmt_conformance.formats.rzb.profiles import PROFILES


def wire(typ: t.Type, space: t.TypeSpace) -> str:
    resolved = space.resolve(typ)
    if isinstance(resolved, t.Int):
        if resolved.bits == 8:
            return "1 raw byte"
        return f"{'zigzag ' if resolved.signed else ''}varint (≤ {-(-resolved.bits // 7)} bytes)"
    if isinstance(resolved, t.Float):
        return f"{resolved.bits // 8} bytes LE"
    if isinstance(resolved, t.Bool):
        return "1 byte 00/01"
    if isinstance(resolved, t.Str):
        return "varint length + UTF-8"
    if isinstance(resolved, t.Bytes):
        return f"{resolved.size} raw bytes" if resolved.size is not None else "varint length + bytes"
    if isinstance(resolved, t.Option):
        return "tag 00/01 (+ value)"
    if isinstance(resolved, t.Seq):
        return "varint count + items"
    if isinstance(resolved, t.Map):
        return "varint count + (key, value) pairs in wire order"
    if isinstance(resolved, t.Tuple):
        return "items in order"
    if isinstance(resolved, t.Enum):
        return "varint variant index + payload"
    return "fields in order"


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def since_note(owner: str, member: str) -> str:
    entry = schema.SINCE.get(f"{owner}.{member}")
    return f"since {entry[0]} ({entry[1]}, {entry[2]})" if entry else ""


def type_names(layout: schema.Layout, root: t.Ref) -> list[str]:
    """Named types reachable from `root`, in the order a depth-first walk of the fields meets them."""
    order: list[str] = []

    def walk(typ: t.Type) -> None:
        if isinstance(typ, t.Ref):
            if typ.name in order:
                return
            order.append(typ.name)
            typ = layout.space.types[typ.name]
        for child in named_children(typ):
            walk(child)

    walk(root)
    return order


def type_listing(layout: schema.Layout, root: t.Ref, skip: tuple[str, ...] = ()) -> str:
    out: list[str] = []
    newtypes = [n for n in type_names(layout, root) if n in schema.NEWTYPES]
    if newtypes:
        out += [f"Newtypes, each one `u32` written as a varint: {', '.join(f'`{n}`' for n in newtypes)}.", ""]
    for name in type_names(layout, root):
        typ = layout.space.types[name]
        if name in schema.NEWTYPES or name in skip:
            continue
        if isinstance(typ, t.Struct):
            out += [f"**`{name}`** (struct{': ' + typ.doc if typ.doc else ''})", ""]
            out += ["| # | field | type | wire | notes |", "|---:|---|---|---|---|"]
            for i, f in enumerate(typ.fields):
                notes = "; ".join(n for n in (f.doc, since_note(name, f.name)) if n)
                out.append(
                    f"| {i} | `{f.name}` | `{cell(rust_type(f.type))}` | {wire(f.type, layout.space)} | {cell(notes)} |"
                )
        elif isinstance(typ, t.Enum):
            out += [f"**`{name}`** (enum{': ' + typ.doc if typ.doc else ''})", ""]
            out += ["| index | variant | payload | notes |", "|---:|---|---|---|"]
            for i, v in enumerate(typ.variants):
                out.append(f"| {i} | `{v.name}` | `{cell(payload_text(v))}` | {cell(since_note(name, v.name))} |")
                for f in v.payload:
                    if isinstance(f, t.Field) and since_note(v.name, f.name):
                        out[-1] = out[-1][:-2] + f"`{f.name}` {since_note(v.name, f.name)} |"
        out.append("")
    return "\n".join(out)


def bundle_types() -> str:
    layout = schema.CURRENT
    return type_listing(layout, layout.bundle, skip=("BladeSymbolManifest",))


def symbol_types() -> str:
    layout = schema.CURRENT
    return type_listing(layout, layout.symbols)


def generations() -> str:
    out = ["| generation | upstream commit | date | wire change against the previous one |", "|---|---|---|---|"]
    out.append("| S0 | (first readable files) | 2026-01-24 | the tree below without any of the later additions |")
    by_generation: dict[str, list[str]] = {}
    for change, (generation, _, _) in schema.SINCE.items():
        by_generation.setdefault(generation, []).append(change)
    for generation in schema.GENERATIONS[1:]:
        changes = by_generation[generation]
        commits = sorted({schema.SINCE[c][1] for c in changes})
        date = schema.SINCE[changes[0]][2]
        what = ", ".join(f"+ `{c}`" for c in changes)
        if generation == "S3":
            what = "`BinaryOp::Ushr` inserted at 10 (FAdd … FRem move from 10–14 to 11–15)"
        out.append(f"| {generation} | {' / '.join(f'`{c}`' for c in commits)} | {date} | {what} |")
    return "\n".join(out) + "\n"


def profiles() -> str:
    out = [
        "| profile | generations tried | load order | trailing bytes | varints | body failure | meaning |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in PROFILES.values():
        tried = "all, detected" if p.detects else p.generations[0]
        varints = "minimal only" if p.minimal_varints else "any that fit"
        failure = f"`{p.body_error}`" if p.body_error else "the wire error's class"
        out.append(
            f"| `{p.name}` | {tried} | {p.load_order} | {p.trailing_bytes} | {varints} | {failure} | {cell(p.doc)} |"
        )
    return "\n".join(out) + "\n"


def limits_table() -> str:
    return (
        "| limit | value | clause |\n|---|---:|---|\n"
        f"| `MAX_DEPTH` (named types entered) | {limits.MAX_DEPTH} | rzb.limits.depth |\n"
        f"| `MAX_ITEMS` (count or string length) | {limits.MAX_ITEMS} | rzb.limits.items |\n"
        f"| `MAX_PAYLOAD` (decompressed bytes) | {limits.MAX_PAYLOAD} | rzb.limits.payload |\n"
        f"| `PAYLOAD_BASE` (decompressed bytes any zstd file may hold) | {limits.PAYLOAD_BASE} | rzb.limits.ratio |\n"
        f"| `PAYLOAD_RATIO` (decompressed bytes per byte of the file) | {limits.PAYLOAD_RATIO} | rzb.limits.ratio |\n"
    )


def checks_table() -> str:
    from binfmt_conformance.formats.rzb.checks import CHECKS

    return CHECKS.markdown(PROFILES)


def signed_header() -> str:
    from binfmt_conformance.formats import layout

    return layout.byte_table(schema.SIGNED_HEADER)


SPEC_TABLES = {
    "rzb-signed-header": signed_header,
    "rzb-checks": checks_table,
    "rzb-generations": generations,
    "rzb-profiles": profiles,
    "rzb-types": bundle_types,
    "rzb-symbol-types": symbol_types,
    "rzb-limits": limits_table,
}


# -- .ksy blocks --------------------------------------------------------------------------------------------

MAX_ITEMS = "_root.max_items"  # the bound of a count or string length, as the spec's expressions name it


def ksy_limits() -> str:
    from binfmt_conformance.formats import ksy

    return ksy.instances(
        [
            ("max_items", limits.MAX_ITEMS, "rzb.limits.items: the largest count or string length"),
            ("max_depth", limits.MAX_DEPTH, "rzb.limits.depth: named types entered, the bundle being level 1"),
        ]
    )


def ksy_tree() -> dict[str, Any]:
    """The helpers and the types of every generation's bundle as one description (the generation a parameter).
    Nesting is counted as the reference counts it: each named type entered is one level, the root's bundle is
    level 1; every type takes the level it is read at, and a named type checks it first."""
    from binfmt_conformance.formats import ksy

    nesting = ksy.Nesting(
        {"id": "depth", "type": "u2", "doc": "nesting level (named types entered)"},
        {"id": "nest", "size": 0, "valid": {"expr": "depth <= _root.max_depth"}, "doc": "rzb.limits.depth"},
    )
    per_generation = [
        ksy.KsyTypes(layout.space, ksy.POSTCARD, max_items=MAX_ITEMS, nesting=nesting).visit(layout.bundle).types
        for layout in schema.LAYOUTS.values()
    ]
    return {**ksy.POSTCARD.helpers(MAX_ITEMS), **ksy.merge_generations(per_generation)}


def ksy_type_tree() -> str:
    from binfmt_conformance.formats import ksy

    return ksy.render(ksy_tree())


KSY_BLOCKS = {"rzb.ksy-limits": ksy_limits, "rzb.ksy-types": ksy_type_tree}

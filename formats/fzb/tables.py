"""Markdown tables for spec/formats/fzb.md and the generated blocks of fzb.ksy, rendered from the schema."""

from __future__ import annotations

from binfmt_conformance.formats import doc, ksy, layout
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import limits, profiles, schema
from binfmt_conformance.formats.fzb.checks import CHECKS


def rust_type(typ: t.Type) -> str:
    return doc.type_name(typ, map_name="HashMap")


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def payload_size(types: tuple[t.Type, ...]) -> str:
    """Bytes an instruction payload occupies in bincode 1: fixed, or `8+n` with a string of n bytes."""
    fixed = sum(typ.bits // 8 if isinstance(typ, t.Int | t.Float) else 1 for typ in types if not isinstance(typ, t.Str))
    strings = sum(isinstance(typ, t.Str) for typ in types)
    return f"{fixed + 8 * strings}+n" if strings else str(fixed)


def payload_text(variant: t.VariantDef) -> str:
    return doc.payload_text(variant, map_name="HashMap")


def indices(generation: str, kind: str) -> dict[str, int]:
    lay = schema.LAYOUTS[generation]
    enum = lay.space.resolve(lay.instruction if kind == "instruction" else lay.value)
    assert isinstance(enum, t.Enum)
    return {v.name: i for i, v in enumerate(enum.variants)}


def instruction_table() -> str:
    current, legacy = indices("current", "instruction"), indices("b248970", "instruction")
    enum = schema.space.resolve(schema.INSTRUCTION)
    assert isinstance(enum, t.Enum)
    rows = [
        "| index | b248970 | variant | assembler | payload | payload bytes | meaning |",
        "|---:|---:|---|---|---|---|---|",
    ]
    for variant in enum.variants:
        rows.append(
            f"| {current[variant.name]} | {legacy.get(variant.name, '—')} | `{variant.name}` | "
            f"`{schema.mnemonic(variant.name)}` | {payload_text(variant)} | {payload_size(variant.types)} | "
            f"{cell(variant.doc)} |"
        )
    return "\n".join(rows) + "\n"


def value_table() -> str:
    current, legacy = indices("current", "value"), indices("b248970", "value")
    enum = schema.space.resolve(schema.VALUE)
    assert isinstance(enum, t.Enum)
    rows = ["| index | b248970 | variant | payload | notes |", "|---:|---:|---|---|---|"]
    for variant in enum.variants:
        rows.append(
            f"| {current[variant.name]} | {legacy.get(variant.name, '—')} | `{variant.name}` | "
            f"{payload_text(variant)} | {cell(variant.doc)} |"
        )
    return "\n".join(rows) + "\n"


def struct_table(generation: str, name: str) -> str:
    struct = schema.LAYOUTS[generation].space.types[name]
    assert isinstance(struct, t.Struct)
    rows = ["| # | field | type | wire | notes |", "|---:|---|---|---|---|"]
    for i, field in enumerate(struct.fields):
        notes = field.doc + (
            " `#[serde(default)]`: no effect in bincode, the field MUST be present" if field.serde_default else ""
        )
        wire = wire_text(field.type)
        rows.append(f"| {i} | `{field.name}` | `{rust_type(field.type)}` | {wire} | {notes.strip()} |")
    return "\n".join(rows) + "\n"


def wire_text(typ: t.Type) -> str:
    if isinstance(typ, t.Ref):
        resolved = schema.space.types.get(typ.name)
        return "u32 LE index + payload" if isinstance(resolved, t.Enum) else "fields in order"
    if isinstance(typ, t.Int):
        return "1 byte" if typ.bits == 8 else f"{typ.bits // 8} bytes LE"
    if isinstance(typ, t.Str):
        return "u64 LE byte length + UTF-8"
    if isinstance(typ, t.Option):
        return "u8 tag 0/1 (+ value)"
    if isinstance(typ, t.Seq):
        return "u64 LE count + items"
    return "…"


def profile_table() -> str:
    rows = ["| profile | wire layout | trailing bytes | purpose |", "|---|---|---|---|"]
    for profile in profiles.PROFILES.values():
        trailing = "ignored" if profile.trailing_bytes == "accept" else "`trailing_data`"
        rows.append(f"| `{profile.name}` | {profile.generation} | {trailing} | {profile.doc} |")
    return "\n".join(rows) + "\n"


def limits_table() -> str:
    depth = "nesting depth (Chunk, Closure, Value, Instruction, SourceSpan levels)"
    rows = [
        "| limit | value | class past it |",
        "|---|---:|---|",
        f"| {depth} | {limits.MAX_DEPTH} | `limit_exceeded` |",
        f"| items in one sequence or map, bytes in one string | {limits.MAX_ITEMS} | `limit_exceeded` |",
        f"| bytes in one file | {limits.MAX_FILE_BYTES} | `limit_exceeded` |",
    ]
    return "\n".join(rows) + "\n"


SPEC_TABLES = {
    "fzb-header": lambda: layout.byte_table(schema.HEADER),
    "fzb-chunk": lambda: struct_table("current", "Chunk"),
    "fzb-chunk-b248970": lambda: struct_table("b248970", "Chunk"),
    "fzb-source-span": lambda: struct_table("current", "SourceSpan"),
    "fzb-closure": lambda: struct_table("current", "Closure"),
    "fzb-instructions": instruction_table,
    "fzb-values": value_table,
    "fzb-profiles": profile_table,
    "fzb-limits": limits_table,
}


def current_enum(ref: t.Ref) -> t.Enum:
    enum = schema.CURRENT.space.resolve(ref)
    assert isinstance(enum, t.Enum)
    return enum


def ksy_enums() -> str:
    """Instructions and values of the current layout, numbered by their position in the declaration."""
    return ksy.enum(current_enum(schema.CURRENT.instruction)) + ksy.enum(current_enum(schema.CURRENT.value))


def ksy_types() -> str:
    """Every struct, enum payload and container reachable from the chunk, with the readers' bounds."""
    return ksy.BincodeTypes(schema.CURRENT.space).render(schema.CURRENT.chunk)


def ksy_limits() -> str:
    return ksy.instances(
        [
            ("max_depth", limits.MAX_DEPTH, "Deepest nesting (in levels as counted above) that a reader must accept."),
            (
                "max_items",
                limits.MAX_ITEMS,
                "Largest element count of a sequence or map, and largest byte length of a string, that a reader"
                " must accept; past it (when the bytes are there) a reader may answer limit_exceeded.",
            ),
        ]
    )


SPEC_TABLES["fzb-checks"] = lambda: CHECKS.markdown(profiles.PROFILES)
KSY_BLOCKS = {
    "fzb.limits": ksy_limits,
    "fzb.enums": ksy_enums,
    "fzb.types": ksy_types,
}

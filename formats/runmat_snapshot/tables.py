"""Markdown blocks of spec/formats/runmat-snapshot.md, rendered from the schema, the profiles and the checks."""

from __future__ import annotations

import json

from binfmt_conformance.formats import doc, ksy
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import limits, schema
from binfmt_conformance.formats.runmat_snapshot.checks import CHECKS
from binfmt_conformance.formats.runmat_snapshot.profiles import PROFILES


def file_table() -> str:
    return doc.byte_table(schema.FILE)


def header_offsets() -> str:
    rows = ["| offset (B–E) | offset (A) | size | field | encoding |", "|---:|---:|---:|---|---|"]
    for (offset, size, name, kind), (offset_a, size_a, _, kind_a) in zip(
        schema.header_fixed_prefix("runmat"), schema.header_fixed_prefix("rustmat"), strict=True
    ):
        size_text = size if size == size_a else f"{size} / {size_a}"
        kind_text = kind if kind == kind_a else f"{kind} / {kind_a}"
        rows.append(f"| {offset} | {offset_a} | {size_text} | `{name}` | {kind_text} |")
    return "\n".join(rows) + "\n"


def header_types() -> str:
    layout = schema.build_layout(schema.RAW)
    return doc.type_tree(layout.space, layout.header)


def body_tree(body_schema: str) -> str:
    layout = schema.build_layout(body_schema)
    return doc.type_tree(layout.space, layout.body)


def generations() -> str:
    rows = [
        "| body schema | era | releases | nominal types | structs (newtypes) | enums | variants | `Instr` | `Type` |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    releases = {
        "v0.4.4": "0.4.4 – 0.4.9",
        "v0.5.0": "0.5.0",
        "v0.5.2": "0.5.2",
        "v0.5.3": "0.5.3 – 0.5.5",
        "v0.5.6": "0.5.6",
        "f1bdecc37": "none (last code, by option only)",
    }
    for body_schema in schema.GENERATIONS:
        declared = schema.body_declarations(body_schema)
        counts = declared.counts()
        space = declared.space

        def variants(name: str, space: t.TypeSpace = space) -> int:
            enum = space.resolve(t.Ref(name))
            assert isinstance(enum, t.Enum)
            return len(enum.variants)

        rows.append(
            f"| `{body_schema}` | {schema.ERA_OF_SCHEMA[body_schema]} | {releases[body_schema]} | {counts['types']} | "
            f"{counts['structs']} ({counts['newtypes']}) | {counts['enums']} | {counts['variants']} | "
            f"{variants('Instr')} | {variants('Type')} |"
        )
    return "\n".join(rows) + "\n"


def eras() -> str:
    rows = [
        "| era | releases | magic | `version` accepted | written | `data_offset` written | body |",
        "|---|---|---|---|---:|---|---|",
    ]
    for era in schema.ERAS:
        first, last = ".".join(map(str, era.first)), ".".join(map(str, era.last))
        magic = " ".join(f"{b:02X}" for b in schema.MAGICS[era.magic])
        low, high = era.versions
        rows.append(
            f"| {era.name} | {first} – {last} | `{magic}` | {low} – {high} | {era.written_version} | "
            f"{'0' if era.zero_offset_written else '4 + H'} | {era.doc} |"
        )
    return "\n".join(rows) + "\n"


def checks() -> str:
    return CHECKS.markdown(PROFILES)


def profiles() -> str:
    rows = ["| profile | what it is |", "|---|---|"]
    rows += [f"| `{p.name}` | {p.doc} |" for p in PROFILES.values()]
    return "\n".join(rows) + "\n"


def limit_table() -> str:
    rows = ["| limit | value |", "|---|---:|"]
    for name in ("MAX_DEPTH", "MAX_ITEMS", "MAX_BODY_SIZE", "LZ4_MISSING_SIZE_FACTOR", "BODY_BASE", "BODY_RATIO"):
        rows.append(f"| `{name}` | {getattr(limits, name)} |")
    return "\n".join(rows) + "\n"


SPEC_TABLES = {
    "runmat-snapshot.file": file_table,
    "runmat-snapshot.header-offsets": header_offsets,
    "runmat-snapshot.header-types": header_types,
    "runmat-snapshot.eras": eras,
    "runmat-snapshot.generations": generations,
    "runmat-snapshot.profiles": profiles,
    "runmat-snapshot.checks": checks,
    "runmat-snapshot.limits": limit_table,
    "runmat-snapshot.body-v0.4.4": lambda: body_tree("v0.4.4"),
    "runmat-snapshot.body-v0.5.6": lambda: body_tree("v0.5.6"),
}


# -- .ksy blocks --------------------------------------------------------------------------------------------

KSY_BODIES = {"c_": "v0.4.4", "e_": "v0.5.6"}  # the body trees the .ksy declares, by type prefix


def ksy_releases() -> str:
    """One boolean instance per era: whether `release` is one of its releases."""
    lines = []
    for era in schema.ERAS:
        releases = " or ".join(f'release == "{r}"' for r in schema.releases_of(era))
        lines += [f"era_{era.name.lower()}:", f"  value: {json.dumps(releases)}"]
    return "\n".join(lines) + "\n"


def ksy_limits() -> str:
    return ksy.instances([("max_body_size", limits.MAX_BODY_SIZE, "Largest decompressed body a reader must support.")])


def ksy_type_tree() -> str:
    """The helpers, the header's types (prefix `h_`) and those of the bodies `KSY_BODIES` declares."""
    header = schema.build_layout(schema.RAW)
    built = ksy.KsyTypes(header.space, ksy.BINCODE1, prefix="h_")
    types = {
        **ksy.BINCODE1.helpers(None),
        **built.visit(header.metadata, t.Ref("DataSectionInfo"), t.Option(t.Ref("ChecksumInfo"))).types,
    }
    for prefix, body_schema in KSY_BODIES.items():
        layout = schema.build_layout(body_schema)
        types.update(ksy.KsyTypes(layout.space, ksy.BINCODE1, prefix=prefix).visit(layout.body).types)
    return ksy.render(types)


KSY_BLOCKS = {
    "runmat-snapshot.ksy-releases": ksy_releases,
    "runmat-snapshot.ksy-limits": ksy_limits,
    "runmat-snapshot.ksy-types": ksy_type_tree,
}

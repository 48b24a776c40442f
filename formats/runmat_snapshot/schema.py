"""RunMat standard-library snapshots: the single source of their layout.

File = `header_length` (u32 LE, H) ‖ bincode-1 `SnapshotHeader` (H bytes) ‖ payload (the bincode-1 `Snapshot`,
raw, as an LZ4 raw block or as a zstd frame) ‖ SHA-256 of the payload (32 bytes, present iff the header's
`checksum_info` is `Some`). The magic sits inside the bincode header at offset 4: `RUNMAT\\0` (7 bytes) from
v0.3.0 on, `RUSTMAT\\x01` (8 bytes, so every later offset moves by one) in era A. Upstream: `runmat-org/runmat`
`crates/runmat-snapshot` (deleted 2026-07-23); spec/formats/runmat-snapshot.md.

The layout varies along two parameters of one factory, `build_layout(body_schema, magic)`:
- `magic`: `runmat` (eras B–E) or `rustmat` (era A, 8-byte magic);
- `body_schema`: which type tree the payload is read with — `v0.4.4` (era C), `v0.5.0` (era D), `v0.5.2`,
  `v0.5.3`, `v0.5.6` (era E; the schema changed twice inside format version 2), `f1bdecc37` (the last code,
  unreleased), or `raw` (eras A and B, whose `runmat_ignition` body tree the spec does not declare: the body is
  reported as its decompressed bytes). `metadata.runmat_version` names the release that wrote a file, and
  `body_schema_for(version)` maps it onto the schema (`ERAS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import declarations, trees

MAGIC = b"RUNMAT\x00"
MAGIC_RUSTMAT = b"RUSTMAT\x01"
MAGICS = {"runmat": MAGIC, "rustmat": MAGIC_RUSTMAT}
HEADER_LENGTH_SIZE = 4
MAGIC_OFFSET = HEADER_LENGTH_SIZE
CHECKSUM_SIZE = 32
ALIGNMENT = 8  # `data_info.alignment` as every builder writes it (never used)
# The u32 the era-E builder writes, and the highest an era A–D loader accepts.
SNAPSHOT_VERSION = 2
SNAPSHOT_VERSION_V1 = 1

# Body schemas in the order the generations follow one another (conditions in trees.py refer to them).
GENERATIONS = ("v0.4.4", "v0.5.0", "v0.5.2", "v0.5.3", "v0.5.6", "f1bdecc37")
RAW = "raw"
BODY_SCHEMAS = (RAW, *GENERATIONS)
TRANSCRIBED = ("v0.4.4", "v0.5.6")  # the generations whose variant numbers the declaration carries


@dataclass(frozen=True)
class Era:
    """One span of releases that share a magic, a version rule and a body tree (research §2.1)."""

    name: str
    first: tuple[int, int, int]
    last: tuple[int, int, int]
    magic: str  # key of MAGICS
    versions: tuple[int, int]  # the `version` values its loader accepts, inclusive
    written_version: int
    zero_offset_written: bool  # its builders wrote data_offset 0 (the loader then reads at 4 + H)
    doc: str


ERAS = (
    Era("A", (0, 0, 0), (0, 2, 8), "rustmat", (0, 1), 1, True, "rustmat; runmat_ignition bytecode; data_offset 0"),
    Era("B", (0, 3, 0), (0, 4, 1), "runmat", (0, 1), 1, False, "runmat_ignition bytecode; data_offset 4+H"),
    Era("C", (0, 4, 4), (0, 4, 9), "runmat", (0, 1), 1, False, "HirProgram and runmat_vm::Bytecode"),
    Era("D", (0, 5, 0), (0, 5, 0), "runmat", (0, 1), 1, False, "HirAssembly and runmat_vm::Bytecode"),
    Era("E", (0, 5, 2), (0, 5, 6), "runmat", (2, 2), 2, False, "format version 2; MIN_SUPPORTED_SNAPSHOT_VERSION = 2"),
)
ERA_OF_SCHEMA = {"v0.4.4": "C", "v0.5.0": "D", "v0.5.2": "E", "v0.5.3": "E", "v0.5.6": "E", "f1bdecc37": "E"}
# Within era E the body schema follows the release: (first release, schema), latest first.
ERA_E_SCHEMAS = (((0, 5, 6), "v0.5.6"), ((0, 5, 3), "v0.5.3"), ((0, 5, 2), "v0.5.2"))
RELEASE = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def parse_release(version: str) -> tuple[int, int, int] | None:
    match = RELEASE.match(version)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def era_of(version: str) -> Era | None:
    """The era whose releases include `metadata.runmat_version`, or None for a string that names none."""
    release = parse_release(version)
    if release is None:
        return None
    return next((era for era in ERAS if era.first <= release <= era.last), None)


def body_schema_for(version: str) -> str | None:
    """The body schema `metadata.runmat_version` selects (runmat-snapshot.body.schema)."""
    era = era_of(version)
    release = parse_release(version)
    if era is None or release is None:
        return None
    if era.name in ("A", "B"):
        return RAW
    if era.name == "E":
        return next(schema for first, schema in ERA_E_SCHEMAS if release >= first)
    return {"C": "v0.4.4", "D": "v0.5.0"}[era.name]


def releases_of(era: Era) -> list[str]:
    """Every MAJOR.MINOR.PATCH inside an era's range (patch numbers up to 20)."""
    out = []
    for major in range(era.first[0], era.last[0] + 1):
        for minor in range(0, 10):
            for patch in range(0, 21):
                if era.first <= (major, minor, patch) <= era.last:
                    out.append(f"{major}.{minor}.{patch}")
    return out


def era_named(name: str) -> Era:
    return next(era for era in ERAS if era.name == name)


KNOWN_RELEASES = tuple(r for era in ERAS for r in releases_of(era))

# -- the container ---------------------------------------------------------------------------------------------

HEADER_LENGTH = c.Struct(
    "header_length" / c.Int32ul * "H: the byte length of the bincode-encoded header that follows",
)
CHECKSUM = c.Struct(
    "sha256" / c.Bytes(CHECKSUM_SIZE) * "SHA-256 of the payload exactly as stored; iff `checksum_info` is Some",
)
FILE = c.Struct(
    "header_length" / c.Int32ul * "H: the byte length of the bincode-encoded header that follows",
    "header" / c.Bytes(c.this.header_length) * "bincode-1 `SnapshotHeader` (below); the magic is its first field",
    "payload"
    / c.Bytes(lambda this: len(this.payload))
    * "at `data_offset` (0: at 4+H), `compressed_size` bytes: bincode-1 `Snapshot`, raw, LZ4 block or zstd",
    "checksum" / c.Bytes(CHECKSUM_SIZE) * "SHA-256 of the payload bytes; present iff `checksum_info` is Some",
)


@dataclass(frozen=True)
class Layout:
    """One combination of magic and body schema: its type space and the named types in it."""

    body_schema: str
    magic: str
    space: t.TypeSpace
    header: t.Ref
    metadata: t.Ref
    body: t.Type  # Ref("Snapshot"), or Bytes for the raw schema
    file_type: t.Ref
    declared: declarations.Declared | None  # the body tree's declarations (None for raw)


def selection(body_schema: str, magic: str) -> declarations.Selection:
    generation = body_schema if body_schema != RAW else GENERATIONS[-1]
    return declarations.Selection(generation, GENERATIONS, frozenset({magic}))


@cache
def build_layout(body_schema: str = "v0.5.6", magic: str = "runmat") -> Layout:
    assert body_schema in BODY_SCHEMAS and magic in MAGICS, (body_schema, magic)
    texts = [trees.STD, trees.METADATA, trees.HEADER]
    if body_schema != RAW:
        texts.append(trees.BODY)
    declared = declarations.build(texts, selection(body_schema, magic), TRANSCRIBED)
    space = declared.space
    body: t.Type = t.Ref("Snapshot") if body_schema != RAW else t.BYTES
    file_type = space.define(
        "SnapshotFile",
        t.Struct(
            "SnapshotFile",
            (
                t.Field("header", t.Ref("SnapshotHeader"), doc="the bincode header, as stored"),
                t.Field(
                    "body",
                    body,
                    doc="the decompressed payload read with the body schema"
                    + ("" if body_schema != RAW else " (undeclared here: its bytes)"),
                ),
                t.Field(
                    "checksum",
                    t.Option(t.Bytes(CHECKSUM_SIZE)),
                    doc="the 32 bytes after the payload when checksum_info is Some and they are there",
                ),
            ),
            doc=f"a snapshot read with body schema {body_schema}",
        ),
    )
    return Layout(
        body_schema,
        magic,
        space,
        t.Ref("SnapshotHeader"),
        t.Ref("SnapshotMetadata"),
        body,
        file_type,
        declared if body_schema != RAW else None,
    )


def body_declarations(body_schema: str) -> declarations.Declared:
    """The body tree of one generation without the header and std types (for counts and listings)."""
    layout = build_layout(body_schema)
    assert layout.declared is not None
    items = [i for i in layout.declared.items if i.crate not in ("std", "runmat-snapshot-format")]
    return declarations.Declared(layout.space, items, layout.declared.keys)


def layouts() -> dict[tuple[str, str], Layout]:
    """Every (body schema, magic) pair a file can be read with: era A's magic only goes with the raw body."""
    pairs = [(RAW, "rustmat")] + [(schema, "runmat") for schema in BODY_SCHEMAS]
    return {pair: build_layout(*pair) for pair in pairs}


def header_fixed_prefix(magic: str = "runmat") -> list[tuple[int, int, str, str]]:
    """(offset, size, field, type) of the header fields that sit at fixed file offsets (up to `runmat_version`)."""
    magic_size = len(MAGICS[magic])
    return [
        (0, 4, "header_length", "u32 LE"),
        (4, magic_size, "magic", f"[u8; {magic_size}] `" + " ".join(f"{b:02X}" for b in MAGICS[magic]) + "`"),
        (4 + magic_size, 4, "version", "u32 LE"),
        (8 + magic_size, 8, "metadata.created_at.secs_since_epoch", "u64 LE"),
        (16 + magic_size, 4, "metadata.created_at.nanos_since_epoch", "u32 LE"),
        (20 + magic_size, 8, "metadata.runmat_version (length)", "u64 LE, then that many UTF-8 bytes"),
    ]


# The fixed-size tail of the header, counted back from its end E = 4 + H (checksum_info Some / None).
HEADER_TAIL = (
    ("data_info.uncompressed_size", 8),
    ("data_info.compressed_size", 8),
    ("data_info.data_offset", 8),
    ("data_info.alignment", 8),
    ("checksum_info", None),
    ("header_size", 4),
)
CHECKSUM_INFO_SIZES = {"Some": 1 + 4 + 8 + 8, "None": 1}

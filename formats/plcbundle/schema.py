"""plcbundle: the single source of the bundle container, its metadata, the repository index and the record.

A bundle file (`NNNNNN.jsonl.zst`) holds JSON Lines content compressed with zstd, in one of two layouts:

- legacy: the content as one standard zstd frame;
- framed: a skippable frame (magic 0x184D2A50) carrying the metadata JSON, then one zstd frame per 100
  records; `frame_offsets` in the metadata locates every frame relative to the end of the metadata frame.

Upstream: atscan/plcbundle (Go) @ a35bdaa, atscan/plcbundle-rs @ f78030d, atscan/plcbundle-js @ c2c1f89
(spec/formats/plcbundle.md cites the research note for each fact). The construct structs below describe
the bytes; the `formats.types` structs describe the JSON documents (metadata, index, record) and the
decode document model. Nothing else restates these layouts.
"""

from __future__ import annotations

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.wire import zstd_frames

METADATA_MAGIC = 0x184D2A50  # the only skippable magic that carries plcbundle metadata
METADATA_MAGIC_BYTES = b"\x50\x2a\x4d\x18"
ZSTD_MAGIC_BYTES = b"\x28\xb5\x2f\xfd"

RECORDS_PER_FRAME = 100
RECORDS_PER_BUNDLE = 10_000
FORMAT_GO = "plcbundle-v1"
FORMAT_RUST = "plcbundle/1.0"
KNOWN_FORMATS = (FORMAT_GO, FORMAT_RUST)
INDEX_FILE = "plc_bundles.json"
INDEX_VERSION = "1.0"
GENESIS_PREFIX = "plcbundle:genesis:"

# --- bytes -------------------------------------------------------------------------------------------

METADATA_FRAME = c.Struct(
    "magic" / c.Const(METADATA_MAGIC_BYTES) * "skippable-frame magic 0x184D2A50, little-endian",
    "length" / c.Int32ul * "byte length of the metadata JSON that follows (no padding, no terminator)",
    "json" / c.Bytes(c.this.length) * "the metadata: one compact UTF-8 JSON object",
)
"""The first frame of a framed bundle: a zstd skippable frame whose payload is the metadata JSON."""

METADATA_HEADER = c.Struct(
    "magic" / c.Const(METADATA_MAGIC_BYTES) * "skippable-frame magic 0x184D2A50, little-endian",
    "length" / c.Int32ul * "byte length of the metadata JSON that follows",
)
METADATA_HEADER_SIZE = METADATA_HEADER.sizeof()

# What a reader looks at first, whatever frame starts the file: the frame's magic (zstd data frame, metadata
# frame or another skippable frame), and the header every skippable frame has (declared once, in zstd_frames).
FRAME_START = zstd_frames.FRAME_START
SKIPPABLE_HEADER = zstd_frames.SKIPPABLE_HEADER

# Any skippable frame (0x184D2A50..5F), as a standard zstd decoder skips it.
SKIPPABLE_FRAME = zstd_frames.SKIPPABLE_FRAME
DATA_FRAME_HEADER = zstd_frames.FRAME_HEADER


def frame_table(frame_count: int) -> c.Construct:
    """`frame_offsets` as a packed table (the kaitai/construct view of the JSON array): frame_count + 1
    little-endian i64, relative to the first byte after the metadata frame."""
    return c.Array(frame_count + 1, c.Int64sl)


# --- JSON documents ------------------------------------------------------------------------------------

space = t.TypeSpace()

# The record: one JSON object per line, kept as the exact bytes received. Members as the PLC directory's
# /export writes them (their order is not stable across server versions, so it is never checked).
RECORD_MEMBERS: dict[str, tuple[str, str]] = {
    "did": ("string", "`did:plc:` + 24 characters of `a-z2-7`"),
    "operation": ("object", "the signed PLC operation, kept verbatim"),
    "cid": ("string", "CIDv1 (dag-cbor, sha-256) of the operation, base32 `bafyrei…`"),
    "nullified": ("boolean", "whether the directory considered the operation nullified when exported"),
    "createdAt": ("string", "`YYYY-MM-DDTHH:MM:SS.mmmZ`, the directory's receive time"),
}

METADATA = t.Struct(
    "BundleMetadata",
    (
        t.Field("format", t.Option(t.STR), doc='`"plcbundle-v1"` (Go) or `"plcbundle/1.0"` (Rust)'),
        t.Field("origin", t.Option(t.STR), doc="source PLC directory URL"),
        t.Field("bundle_number", t.Option(t.U32), doc="the bundle's number, from 1"),
        t.Field("content_hash", t.Option(t.STR), doc="lowercase hex sha256 of the content"),
        t.Field("parent_hash", t.Option(t.STR), doc="previous bundle's chain hash; absent for bundle 1"),
        t.Field("uncompressed_size", t.Option(t.U64), doc="Rust only: bytes of content (or null)"),
        t.Field("compressed_size", t.Option(t.U64), doc="Rust only: bytes of the data frames (or null)"),
        t.Field("operation_count", t.Option(t.U64), doc="records in the file"),
        t.Field("did_count", t.Option(t.U64), doc="distinct `did` values"),
        t.Field("start_time", t.Option(t.STR), doc="first record's `createdAt`"),
        t.Field("end_time", t.Option(t.STR), doc="last record's `createdAt`"),
        t.Field("created_at", t.Option(t.STR), doc="wall-clock write time (RFC 3339)"),
        t.Field("created_by", t.Option(t.STR), doc='producer, `"plcbundle/" + version`'),
        t.Field("created_by_host", t.Option(t.STR), doc="Go only: 16 hex chars of sha256(hostname)"),
        t.Field("cursor", t.Option(t.STR), doc="Go only: the bundle's cursor"),
        t.Field("notes", t.Option(t.STR), doc="Go only: free text"),
        t.Field("frame_count", t.Option(t.U64), doc="data frames = ceil(records / 100)"),
        t.Field("frame_size", t.Option(t.U64), doc="records per frame: 100"),
        t.Field("frame_offsets", t.Seq(t.I64), doc="frame_count + 1 offsets relative to the end of the metadata frame"),
    ),
    doc="The metadata JSON object; absent members read as null (frame_offsets as []).",
)

# JSON kinds of the metadata members as the writers emit them: what a typed reader accepts.
METADATA_JSON_KINDS: dict[str, str] = {
    "format": "string",
    "origin": "string",
    "bundle_number": "uint",
    "content_hash": "string",
    "parent_hash": "string",
    "uncompressed_size": "uint?",
    "compressed_size": "uint?",
    "operation_count": "uint",
    "did_count": "uint",
    "start_time": "string",
    "end_time": "string",
    "created_at": "string",
    "created_by": "string",
    "created_by_host": "string",
    "cursor": "string",
    "notes": "string",
    "frame_count": "uint",
    "frame_size": "uint",
    "frame_offsets": "int[]",
}
assert list(METADATA_JSON_KINDS) == METADATA.field_names()

INDEX_ENTRY = t.Struct(
    "BundleEntry",
    (
        t.Field("bundle_number", t.U32, doc="sequence number, from 1"),
        t.Field("start_time", t.STR, doc="`createdAt` of the first record, copied"),
        t.Field("end_time", t.STR, doc="`createdAt` of the last record, copied"),
        t.Field("operation_count", t.U64, doc="records in the bundle: 10000 except in the last"),
        t.Field("did_count", t.U64, doc="distinct `did` values"),
        t.Field("hash", t.STR, doc="chain hash"),
        t.Field("content_hash", t.STR, doc="sha256 of the content"),
        t.Field("parent", t.STR, doc='previous bundle\'s `hash`; `""` for bundle 1'),
        t.Field("compressed_hash", t.STR, doc="sha256 of the whole file"),
        t.Field("compressed_size", t.U64, doc="bytes of the whole file"),
        t.Field("uncompressed_size", t.U64, doc="bytes of the content"),
        t.Field("cursor", t.STR, doc='previous bundle\'s `end_time`; `""` for bundle 1'),
        t.Field("created_at", t.STR, doc="when the entry was written (RFC 3339)"),
    ),
    doc="One element of the index's `bundles`, in writer order.",
)

INDEX = t.Struct(
    "Index",
    (
        t.Field("version", t.STR, doc='`"1.0"`'),
        t.Field("origin", t.STR, doc="PLC directory base URL"),
        t.Field("last_bundle", t.U32, doc="highest bundle number"),
        t.Field("updated_at", t.STR, doc="time of the last save (RFC 3339)"),
        t.Field("total_size_bytes", t.U64, doc="sum of `compressed_size`"),
        t.Field("total_uncompressed_size_bytes", t.U64, doc="sum of `uncompressed_size`"),
        t.Field("bundles", t.Seq(INDEX_ENTRY), doc="one entry per bundle, by `bundle_number`"),
    ),
    doc="`plc_bundles.json`, the repository index.",
)

LAYOUT = t.Enum(
    "Layout",
    (
        t.unit("Legacy", doc="records read by decompressing every frame in order (no usable metadata frame)"),
        t.unit("Framed", doc="records read through a metadata frame and its frame table"),
    ),
)

METADATA_FRAME_MODEL = t.Struct(
    "MetadataFrame",
    (
        t.Field("json", t.STR, doc="the metadata JSON exactly as stored"),
        t.Field("fields", METADATA, doc="its members as parsed"),
    ),
)

BUNDLE = space.define(
    "PlcBundle",
    t.Struct(
        "PlcBundle",
        (
            t.Field("layout", LAYOUT),
            t.Field("metadata", t.Option(METADATA_FRAME_MODEL), doc="null for the legacy layout"),
            t.Field("records", t.Seq(t.STR), doc="each record line exactly as stored, without its newline"),
        ),
        doc="The document model of one bundle file.",
    ),
)

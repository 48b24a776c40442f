"""Achronyme environment files (`.ach`): the single source of their layout.

File = 64-byte little-endian header ‖ body ‖ SHA-256 of the body as stored. The body is rmp-serde
MessagePack of `AchBody`, zstd-compressed when flags bit 0 is set. Upstream: achronyme-env
(`crates/achronyme-env`, achronyme/achronyme-core @ f92a572 and eddndev/achronyme-core @ ade946c).
"""

from __future__ import annotations

import hashlib

import construct as c

from binfmt_conformance.formats import layout
from binfmt_conformance.formats import types as t

MAGIC = b"ACH\x00"
FORMAT_VERSION_MAJOR = 1
FORMAT_VERSION_MINOR = 0
CHECKSUM_SIZE = 32

FLAG_COMPRESSED = 1 << 0
FLAG_HAS_METADATA = 1 << 1  # reserved, never set upstream
FLAG_HAS_FUNCTIONS = 1 << 2  # reserved, never set upstream
COMPRESSION_NONE = 0
COMPRESSION_ZSTD = 1

HEADER = c.Struct(
    "magic" / c.Const(MAGIC) * "ASCII `ACH` and a NUL; tools sniff this, never the extension",
    "version_major" / c.Int16ul * "format major version; 1 is the only one written",
    "version_minor" / c.Int16ul * "format minor version; 0 is the only one written, never examined",
    "flags" / c.Int32ul * "bit 0 COMPRESSED decides decompression; bits 1 and 2 reserved; others unused",
    "created_timestamp" / c.Int64ul * "Unix seconds at save",
    "achronyme_version" / c.Bytes(16) * "ASCII crate version, NUL-padded",
    "compression" / c.Int8ul * "0 = none, 1 = zstd; range-checked only",
    "reserved" / c.Bytes(27) * "zeros on write, ignored on read",
)
HEADER_SIZE = HEADER.sizeof()
MIN_FILE_SIZE = HEADER_SIZE + CHECKSUM_SIZE


def body_checksum(stored_body: bytes) -> bytes:
    """SHA-256 over the body bytes exactly as stored (after compression)."""
    return hashlib.sha256(stored_body).digest()


def file_layout(verify_checksum: bool = True) -> c.Struct:
    """The whole file. Building always computes the checksum; parsing verifies it only when asked, so that a
    reader can report the verdict (and keep the body) where a profile or tool reads past a mismatch."""
    checksum = c.Bytes(CHECKSUM_SIZE)
    return c.Struct(
        "header" / HEADER,
        # No length field: the body is whatever lies between the header and the final 32 bytes.
        "body"
        / c.Bytes(lambda this: c.stream_size(this._io) - MIN_FILE_SIZE if this._parsing else len(this.body))
        * "MessagePack(AchBody), zstd iff flags bit 0",
        "checksum"
        / (c.Checksum(checksum, body_checksum, c.this.body) if verify_checksum else checksum)
        * "SHA-256 over the body bytes exactly as stored (after compression)",
        c.Terminated,
    )


FILE = file_layout()
FILE_UNVERIFIED = file_layout(verify_checksum=False)

space = t.TypeSpace()
SerializedValue = t.Ref("SerializedValue")
PROPERTIES = t.Map(t.STR, SerializedValue)
space.define(
    "SerializedValue",
    t.Enum(
        "SerializedValue",
        (
            t.newtype("Number", t.F64),
            t.newtype("Boolean", t.BOOL),
            t.newtype("String", t.STR),
            t.tuple_variant("Complex", t.F64, t.F64, doc="(re, im)"),
            t.newtype("Vector", t.Seq(SerializedValue)),
            t.tuple_variant("Tensor", t.Seq(t.USIZE), t.Seq(t.F64), doc="(shape, row-major data)"),
            t.tuple_variant("ComplexTensor", t.Seq(t.USIZE), t.Seq(t.Tuple((t.F64, t.F64)))),
            t.newtype("Record", PROPERTIES),
            t.tuple_variant("Edge", t.STR, t.STR, t.BOOL, PROPERTIES, doc="(from, to, directed, properties)"),
            t.newtype("BuiltinFunction", t.STR),
            t.unit("Null"),
            t.newtype("Unsupported", t.STR, doc="type name of a value that could not be saved"),
        ),
    ),
)
METADATA = t.Struct(
    "Metadata",
    (
        t.Field("created_by", t.STR, doc='"Achronyme v" + crate version'),
        t.Field("created_at", t.STR, doc="RFC 3339 timestamp"),
        t.Field("platform", t.STR, doc='"<os> <arch>"'),
        t.Field("num_bindings", t.U32),
        t.Field("description", t.Option(t.STR), serde_default=True),
        t.Field("tags", t.Seq(t.STR), serde_default=True),
        t.Field("custom", t.Map(t.STR, t.STR), serde_default=True),
        t.Field("binding_names", t.Seq(t.STR), serde_default=True, doc="sorted bytewise"),
    ),
)
# Not a named (Ref) type: only SerializedValue recursion counts toward the nesting limit.
BODY = t.Struct("AchBody", (t.Field("metadata", METADATA), t.Field("bindings", t.Map(t.STR, SerializedValue))))

HEADER_TYPE = layout.struct_type("AchHeader", HEADER)
# The document model of a whole file: the header's fields and the decoded body. The checksum is not data: a
# decoder verifies it and an encoder computes it.
FILE_TYPE = t.Struct("AchFile", (t.Field("header", HEADER_TYPE), t.Field("body", BODY)))

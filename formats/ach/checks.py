"""Every check an `.ach` reader makes, in the order `restore_environment` makes them, with its clause and error
class; the reader raises only through this table and the spec's "Checks" table is rendered from it."""

from __future__ import annotations

from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck
from binfmt_conformance.formats.errors import ErrorClass as E

STRICT = ("strict",)

CHECKS = CheckTable(
    Check("limits.size", "ach.limits.size", E.LIMIT_EXCEEDED, summary="the file is at most 64 MiB + 96 bytes"),
    Check("header.size", "ach.header.size", E.TRUNCATED, summary="the file holds the 64-byte header"),
    Check("header.magic", "ach.header.magic", E.BAD_MAGIC, summary="the file starts with `ACH\\0`"),
    Check("header.compression", "ach.header.compression", E.INVALID_HEADER, summary="compression byte is 0 or 1"),
    Check("header.version", "ach.header.version", E.UNSUPPORTED_VERSION, summary="major version is at most 1"),
    Check("header.version-strict", "ach.header.version-strict", E.UNSUPPORTED_VERSION, STRICT, "major version is 1"),
    Check("header.flags", "ach.header.flags-reserved", E.INVALID_HEADER, STRICT, "no flag but COMPRESSED is set"),
    Check(
        "header.compression-agrees",
        "ach.header.compression-agrees",
        E.INVALID_HEADER,
        STRICT,
        "flags bit 0 and the compression byte agree",
    ),
    Check("header.reserved", "ach.header.reserved", E.INVALID_HEADER, STRICT, "the reserved bytes are zero"),
    Check("checksum.present", "ach.checksum.present", E.TRUNCATED, summary="32 checksum bytes follow the header"),
    Check("checksum.verify", "ach.checksum.verify", E.CHECKSUM_MISMATCH, summary="SHA-256 of the stored body"),
    Check(WireCheck.ZSTD, "ach.body.compression", E.DECOMPRESSION_FAILED, summary="the body is one zstd stream"),
    Check(WireCheck.ZSTD_EOF, "ach.body.compression", E.DECOMPRESSION_FAILED, summary="no zstd frame is cut short"),
    Check(WireCheck.ZSTD_LIMIT, "ach.limits.body-size", E.LIMIT_EXCEEDED, summary="it inflates to at most 64 MiB"),
    Check(WireCheck.EOF, "ach.body.encoding", E.TRUNCATED, summary="no MessagePack value is cut short"),
    Check(WireCheck.LENGTH, "ach.body.encoding", E.TRUNCATED, summary="declared lengths fit the body"),
    Check(WireCheck.MARKER, "ach.body.encoding", E.INVALID_VALUE, summary="no reserved marker (0xc1)"),
    Check(WireCheck.SHAPE, "ach.body.encoding", E.INVALID_VALUE, summary="every value has its type's form"),
    Check(WireCheck.FIELD, "ach.body.encoding", E.INVALID_VALUE, summary="struct fields present, none repeated"),
    Check(WireCheck.UTF8, "ach.body.encoding", E.INVALID_UTF8, summary="strings are UTF-8"),
    Check(WireCheck.VARIANT, "ach.value.variants", E.UNKNOWN_VARIANT, summary="SerializedValue has the variant"),
    Check(WireCheck.ARITY, "ach.body.struct-arity", E.INVALID_LENGTH, summary="arrays have the type's arity"),
    Check(WireCheck.DEPTH, "ach.limits.depth", E.LIMIT_EXCEEDED, summary="values nest at most 64 levels"),
    Check(WireCheck.ITEMS, "ach.limits.items", E.LIMIT_EXCEEDED, summary="2^17 values + 8 per file byte"),
    Check("body.trailing", "ach.body.trailing", E.TRAILING_DATA, STRICT, "nothing follows the MessagePack body"),
    Check("metadata.num-bindings", "ach.metadata.num-bindings", E.INVALID_VALUE, STRICT, "num_bindings counts them"),
    Check(
        "metadata.binding-names",
        "ach.metadata.binding-names",
        E.INVALID_VALUE,
        STRICT,
        "binding_names lists the names, sorted bytewise",
    ),
)

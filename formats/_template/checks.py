"""TEMPLATE: every rule the reader enforces, with its clause and error class, in the order the chapter states.

The reader raises only through `CHECKS.fail` / `CHECKS.require` (and `CHECKS.wire()` around the body codec);
the spec's "Checks" table is rendered from these rows. `header.size` and `header.magic` are in every table
(`CheckTable.parse_header` uses them). Rows with a `WireCheck` ID give the shared codecs' failures a clause.
"""

from __future__ import annotations

from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck
from binfmt_conformance.formats.errors import ErrorClass as E

STRICT = ("strict",)

CHECKS = CheckTable(
    Check("header.size", "template.header.size", E.TRUNCATED, summary="the file holds the whole header"),
    Check("header.magic", "template.header.magic", E.BAD_MAGIC, summary="the file starts with `TMPL`"),
    Check("header.version", "template.header.version", E.UNSUPPORTED_VERSION, summary="version is 1"),
    Check("header.flags", "template.header.flags", E.INVALID_HEADER, STRICT, "reserved flags are zero"),
    Check("limits.size", "template.limits.size", E.LIMIT_EXCEEDED, summary="the file is at most 16 MiB"),
    Check("body.length", "template.body.length", E.TRUNCATED, summary="the body length stays within the file"),
    Check("body.trailing-file", "template.body.trailing", E.TRAILING_DATA, summary="nothing follows the body"),
    Check("body.trailing", "template.body.trailing", E.TRAILING_DATA, summary="the body is one whole `Body`"),
    Check(WireCheck.EOF, "template.body.encoding", E.TRUNCATED, summary="no value is cut short"),
    Check(WireCheck.LENGTH, "template.body.encoding", E.TRUNCATED, summary="declared lengths fit the input"),
    Check(WireCheck.VARINT, "template.body.encoding", E.INVALID_VALUE, summary="varints are at most 10 bytes"),
    Check(WireCheck.VARIANT, "template.body.encoding", E.UNKNOWN_VARIANT, summary="Shape has the variant"),
    Check(WireCheck.UTF8, "template.body.encoding", E.INVALID_UTF8, summary="strings are UTF-8"),
    Check(WireCheck.ITEMS, "template.limits.items", E.LIMIT_EXCEEDED, summary="counts within MAX_ITEMS"),
    Check(WireCheck.DEPTH, "template.limits.depth", E.LIMIT_EXCEEDED, summary="nesting within MAX_DEPTH"),
)

"""Every check an `.fzb` reader makes, in the order fusabi-vm's `deserialize_chunk` makes them. The bincode-1
codec's own checks (`wire.*`) are rows too: this table gives them their clauses."""

from __future__ import annotations

from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck
from binfmt_conformance.formats.errors import ErrorClass as E
from binfmt_conformance.formats.fzb.profiles import PROFILES

REJECTS_TRAILING = tuple(name for name, p in PROFILES.items() if p.trailing_bytes == "reject")

CHECKS = CheckTable(
    Check("header.size", "fzb.header.size", E.TRUNCATED, summary="the file holds the 5-byte header"),
    Check("header.magic", "fzb.header.magic", E.BAD_MAGIC, summary="the file starts with `FZB\\x01`"),
    Check("header.version", "fzb.header.version", E.UNSUPPORTED_VERSION, summary="the version byte is 1"),
    Check("limits.size", "fzb.limits.size", E.LIMIT_EXCEEDED, summary="the file is at most 256 KiB"),
    Check(WireCheck.EOF, "fzb.wire.eof", E.TRUNCATED, summary="the chunk does not end early"),
    Check(WireCheck.LENGTH, "fzb.wire.length", E.TRUNCATED, summary="a length's items fit the bytes left"),
    Check(WireCheck.ITEMS, "fzb.limits.items", E.LIMIT_EXCEEDED, summary="lengths stay within MAX_ITEMS"),
    Check(WireCheck.DEPTH, "fzb.limits.depth", E.LIMIT_EXCEEDED, summary="nesting stays within MAX_DEPTH"),
    Check(WireCheck.OPTION, "fzb.wire.option", E.INVALID_VALUE, summary="an Option tag is 0 or 1"),
    Check(WireCheck.BOOL, "fzb.wire.bool", E.INVALID_VALUE, summary="a bool byte is 0 or 1"),
    Check(WireCheck.VARIANT, "fzb.wire.variant", E.UNKNOWN_VARIANT, summary="the enum has the variant index"),
    Check(WireCheck.UTF8, "fzb.wire.utf8", E.INVALID_UTF8, summary="strings are UTF-8"),
    Check(WireCheck.CHAR, "fzb.wire.utf8", E.INVALID_UTF8, summary="a char is one Unicode scalar value"),
    Check("trailing", "fzb.trailing.strict", E.TRAILING_DATA, REJECTS_TRAILING, "nothing follows the chunk"),
)

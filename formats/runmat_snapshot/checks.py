"""Every rule a RunMat snapshot reader enforces, in the order the chapter states them: its clause, its error
class and the profiles that run it. The reader raises only through `CHECKS.fail` / `CHECKS.require` (and
`CHECKS.wire()` around the bincode codecs, whose wire-level checks the `WireCheck` rows give a clause)."""

from __future__ import annotations

from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck
from binfmt_conformance.formats.errors import ErrorClass as E

P = "runmat-snapshot."
STRICT = ("strict",)


def check(check_id: str, error_class: E, summary: str, profiles: tuple[str, ...] | None = None) -> Check:
    """A row whose clause is the check ID under the format's prefix."""
    return Check(check_id, P + check_id, error_class, profiles, summary)


CHECKS = CheckTable(
    check("header.size", E.TRUNCATED, "the file holds the 4-byte header length"),
    check("header.magic", E.BAD_MAGIC, "the header starts with `RUNMAT\\0` or era A's `RUSTMAT\\x01`"),
    check("header.length", E.TRUNCATED, "the H header bytes are there"),
    check("header.release", E.UNSUPPORTED_VERSION, "`runmat_version` names a release of a known era"),
    check("header.era-magic", E.BAD_MAGIC, "the magic is the one of the era of `runmat_version`"),
    check("header.version", E.UNSUPPORTED_VERSION, "`version` is one the era's loader accepts"),
    check("header.version-written", E.UNSUPPORTED_VERSION, "`version` is the one the era writes", STRICT),
    check("header.exact-length", E.INVALID_HEADER, "the bincode header ends exactly at 4 + H", STRICT),
    check("header.data-offset", E.INVALID_HEADER, "`data_offset` is 4 + H (era A: or 0)", STRICT),
    check("payload.bounds", E.TRUNCATED, "the payload lies inside the file"),
    check("checksum.present", E.TRUNCATED, "the declared 32 checksum bytes are there", STRICT),
    check("checksum.algorithm", E.INVALID_HEADER, "the checksum is SHA-256 of 32 bytes", STRICT),
    check("checksum.verify", E.CHECKSUM_MISMATCH, "the SHA-256 matches the payload", STRICT),
    check("file.trailing", E.TRAILING_DATA, "nothing follows the payload and checksum", STRICT),
    check("header.compression", E.INVALID_HEADER, "level and parameters as the builder writes them", STRICT),
    check("header.dictionary", E.INVALID_HEADER, "a zstd `dictionary` is None", STRICT),
    check("payload.lz4-size-present", E.INVALID_HEADER, "an LZ4 payload has `original_size`", STRICT),
    check("payload.lz4-size", E.INVALID_HEADER, "`original_size` is a decimal usize when present"),
    check("payload.lz4", E.DECOMPRESSION_FAILED, "an LZ4 payload is one raw block that fits"),
    check("payload.zstd", E.DECOMPRESSION_FAILED, "a zstd payload is complete zstd frames"),
    check("limits.body", E.LIMIT_EXCEEDED, "decompressed size within MAX_BODY_SIZE"),
    check("limits.ratio", E.LIMIT_EXCEEDED, "a compressed body within BODY_BASE + BODY_RATIO × the file size"),
    check("payload.uncompressed-size", E.INVALID_HEADER, "the body is `uncompressed_size` bytes", STRICT),
    check("body.trailing", E.TRAILING_DATA, "the body's bincode value fills the decompressed bytes", STRICT),
    check("wire.time", E.INVALID_VALUE, "a Duration or SystemTime is in range (strict: nanos < 10^9)"),
    check("body.metadata", E.INVALID_HEADER, "the header's metadata equals the body's", STRICT),
    check("body.name-index", E.INVALID_VALUE, "every `name_index` entry points at its builtin"),
    check("body.default-preset", E.INVALID_VALUE, "`default_preset` names a GC preset"),
    Check(WireCheck.EOF, P + "wire.eof", E.TRUNCATED, summary="a bincode value does not run past its bytes"),
    Check(WireCheck.LENGTH, P + "wire.length", E.TRUNCATED, summary="a declared length fits the bytes left"),
    Check(WireCheck.BOOL, P + "wire.bool", E.INVALID_VALUE, summary="a bool byte is 0 or 1"),
    Check(WireCheck.OPTION, P + "wire.option", E.INVALID_VALUE, summary="an Option tag is 0 or 1"),
    Check(WireCheck.VARIANT, P + "wire.variant", E.UNKNOWN_VARIANT, summary="an enum index names a variant"),
    Check(WireCheck.UTF8, P + "wire.utf8", E.INVALID_UTF8, summary="a String is UTF-8"),
    Check(WireCheck.SHAPE, P + "wire.eof", E.INVALID_VALUE, summary="a value the codec cannot read otherwise"),
    Check(WireCheck.DEPTH, P + "limits.depth", E.LIMIT_EXCEEDED, summary="nesting within MAX_DEPTH"),
    Check(WireCheck.ITEMS, P + "limits.items", E.LIMIT_EXCEEDED, summary="counts within MAX_ITEMS"),
)

"""Every rule a RunMat snapshot reader enforces: its clause, its error class, the profiles that enforce it.

Readers raise through `CHECKS.fail(id, message)` / `CHECKS.require(id, condition, message)`, so an error always
carries the clause of the check that raised it; the chapter's "Checks" table is rendered from this list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from formats.errors import ErrorClass, FormatError

PREFIX = "runmat-snapshot."
BOTH = ("upstream", "strict")
STRICT = ("strict",)
E = ErrorClass


@dataclass(frozen=True)
class Check:
    id: str
    error_class: ErrorClass
    profiles: tuple[str, ...]
    summary: str

    @property
    def clause(self) -> str:
        return PREFIX + self.id


class CheckTable:
    def __init__(self, checks: tuple[Check, ...]) -> None:
        self.checks = {check.id: check for check in checks}
        assert len(self.checks) == len(checks), "check IDs repeat"

    def __iter__(self):
        return iter(self.checks.values())

    def __getitem__(self, check_id: str) -> Check:
        return self.checks[check_id]

    def error(self, check_id: str, message: str) -> FormatError:
        check = self.checks[check_id]
        return FormatError(check.error_class, message, check.clause)

    def fail(self, check_id: str, message: str) -> NoReturn:
        raise self.error(check_id, message)

    def require(self, check_id: str, condition: bool, message: str) -> None:
        if not condition:
            self.fail(check_id, message)


CHECKS = CheckTable(
    (
        Check("header.size", E.TRUNCATED, BOTH, "the file holds the 4-byte header length"),
        Check("header.length", E.TRUNCATED, BOTH, "the H header bytes are there"),
        Check("header.magic", E.BAD_MAGIC, BOTH, "the header starts with `RUNMAT\\0` or era A's `RUSTMAT\\x01`"),
        Check("header.release", E.UNSUPPORTED_VERSION, BOTH, "`runmat_version` names a release of a known era"),
        Check("header.era-magic", E.BAD_MAGIC, BOTH, "the magic is the one of the era of `runmat_version`"),
        Check("header.version", E.UNSUPPORTED_VERSION, BOTH, "`version` is one the era's loader accepts"),
        Check("header.version-written", E.UNSUPPORTED_VERSION, STRICT, "`version` is the one the era writes"),
        Check("header.exact-length", E.INVALID_HEADER, STRICT, "the bincode header ends exactly at 4 + H"),
        Check("header.data-offset", E.INVALID_HEADER, STRICT, "`data_offset` is 4 + H (never 0)"),
        Check("header.compression", E.INVALID_HEADER, STRICT, "level and parameters as the builder writes them"),
        Check("header.dictionary", E.INVALID_HEADER, STRICT, "a zstd `dictionary` is None"),
        Check("payload.bounds", E.TRUNCATED, BOTH, "the payload lies inside the file"),
        Check("payload.lz4-size", E.INVALID_HEADER, BOTH, "`original_size` is a decimal usize when present"),
        Check("payload.lz4-size-present", E.INVALID_HEADER, STRICT, "an LZ4 payload has `original_size`"),
        Check("payload.lz4", E.DECOMPRESSION_FAILED, BOTH, "an LZ4 payload is one raw block that fits"),
        Check("payload.zstd", E.DECOMPRESSION_FAILED, BOTH, "a zstd payload is complete zstd frames"),
        Check("payload.uncompressed-size", E.INVALID_HEADER, STRICT, "the body is `uncompressed_size` bytes"),
        Check("checksum.present", E.TRUNCATED, STRICT, "the declared 32 checksum bytes are there"),
        Check("checksum.algorithm", E.INVALID_HEADER, STRICT, "the checksum is SHA-256 of 32 bytes"),
        Check("checksum.verify", E.CHECKSUM_MISMATCH, STRICT, "the SHA-256 matches the payload"),
        Check("file.trailing", E.TRAILING_DATA, STRICT, "nothing follows the payload and checksum"),
        Check("body.trailing", E.TRAILING_DATA, STRICT, "the body's bincode value fills the decompressed bytes"),
        Check("body.metadata", E.INVALID_HEADER, STRICT, "the header's metadata equals the body's"),
        Check("body.name-index", E.INVALID_VALUE, BOTH, "every `name_index` entry points at its builtin"),
        Check("body.default-preset", E.INVALID_VALUE, BOTH, "`default_preset` names a GC preset"),
        Check("wire.time", E.INVALID_VALUE, BOTH, "a Duration or SystemTime is in range (strict: nanos < 10^9)"),
        Check("wire.eof", E.TRUNCATED, BOTH, "a bincode value does not run past its bytes"),
        Check("wire.length", E.TRUNCATED, BOTH, "a declared length fits the bytes left"),
        Check("wire.bool", E.INVALID_VALUE, BOTH, "a bool byte is 0 or 1"),
        Check("wire.option", E.INVALID_VALUE, BOTH, "an Option tag is 0 or 1"),
        Check("wire.variant", E.UNKNOWN_VARIANT, BOTH, "an enum index names a variant of the type"),
        Check("wire.utf8", E.INVALID_UTF8, BOTH, "a String is UTF-8"),
        Check("limits.depth", E.LIMIT_EXCEEDED, BOTH, "nesting within MAX_DEPTH"),
        Check("limits.items", E.LIMIT_EXCEEDED, BOTH, "counts within MAX_ITEMS"),
        Check("limits.body", E.LIMIT_EXCEEDED, BOTH, "decompressed size within MAX_BODY_SIZE"),
    )
)


def wire_check(error: FormatError) -> str:
    """The check a codec failure breaks: the codec reports the class, the message tells the sub-case."""
    message = error.message
    if error.error_class is ErrorClass.TRUNCATED:
        return "wire.length" if "declares" in message else "wire.eof"
    if error.error_class is ErrorClass.INVALID_VALUE:
        return "wire.option" if "Option tag" in message else "wire.bool"
    if error.error_class is ErrorClass.LIMIT_EXCEEDED:
        return "limits.depth" if "deeper" in message or "nesting" in message else "limits.items"
    if error.error_class is ErrorClass.UNKNOWN_VARIANT:
        return "wire.variant"
    return "wire.utf8"


def from_wire(error: FormatError, where: str) -> FormatError:
    """A codec failure with the clause of its wire check and where in the file it happened."""
    check = CHECKS[wire_check(error)]
    return FormatError(error.error_class, f"{where}: {error.message}", check.clause)

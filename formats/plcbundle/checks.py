"""Where each plcbundle check lives: decoding one bundle file, or verifying a repository, and under which
profiles it runs. The reference reader and verifier ask this table (`applies`, `fail`); the spec's
"Where each check lives" table is rendered from it; the corpus generator cites its clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from formats.errors import ErrorClass, FormatError

ALL = ("go", "rust", "examples", "strict")
SPEC_ONLY = ("examples", "strict")  # upstream readers do not check it; the examples profile reads by the spec


@dataclass(frozen=True)
class Check:
    id: str
    stage: str  # "decode" (one bundle file) or "verify" (a repository)
    clause: str
    error_class: ErrorClass
    profiles: tuple[str, ...]
    summary: str


E = ErrorClass
CHECKS: tuple[Check, ...] = (
    # --- decode: container --------------------------------------------------------------------------
    Check(
        "file.magic",
        "decode",
        "plcbundle.file.magic",
        E.BAD_MAGIC,
        ALL,
        "the file starts with the zstd frame magic or the metadata frame magic",
    ),
    Check(
        "metadata.length",
        "decode",
        "plcbundle.framed.metadata-length",
        E.TRUNCATED,
        ALL,
        "the metadata frame's length stays within the file",
    ),
    Check(
        "metadata.magic",
        "decode",
        "plcbundle.framed.metadata-frame",
        E.BAD_MAGIC,
        SPEC_ONLY,
        "a leading skippable frame has exactly the magic 0x184D2A50 (upstream: other magics are skipped)",
    ),
    Check(
        "metadata.json",
        "decode",
        "plcbundle.metadata.json",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "the metadata is one UTF-8 JSON object (upstream: unusable metadata → sequential scan)",
    ),
    Check(
        "metadata.members",
        "decode",
        "plcbundle.metadata.members",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "required metadata members are present with their JSON kinds (upstream: fallback)",
    ),
    Check(
        "metadata.format",
        "decode",
        "plcbundle.metadata.format",
        E.UNSUPPORTED_VERSION,
        SPEC_ONLY,
        "`format` is plcbundle-v1 or plcbundle/1.0",
    ),
    Check(
        "metadata.frame-size",
        "decode",
        "plcbundle.metadata.frame-size",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "`frame_size` is 100 (upstream readers assume 100 whatever it says)",
    ),
    Check(
        "frames.table",
        "decode",
        "plcbundle.framed.frame-table",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "frame_offsets has frame_count + 1 entries from 0, each on a frame boundary, the last at the end",
    ),
    Check(
        "frames.decode",
        "decode",
        "plcbundle.zstd.frame",
        E.DECOMPRESSION_FAILED,
        ALL,
        "every data frame is a complete, valid zstd frame (truncated / checksum_mismatch also apply)",
    ),
    Check(
        "frames.records",
        "decode",
        "plcbundle.framed.frames",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "each data frame holds exactly 100 whole lines, the last frame 1 to 100",
    ),
    Check("limits.file", "decode", "plcbundle.limits.file", E.LIMIT_EXCEEDED, ALL, "the file is at most 192 MiB"),
    Check(
        "limits.content",
        "decode",
        "plcbundle.limits",
        E.LIMIT_EXCEEDED,
        ALL,
        "decompressed content stays within 128 MiB (a frame within 10 MiB on random access)",
    ),
    Check(
        "limits.records",
        "decode",
        "plcbundle.limits.records",
        E.LIMIT_EXCEEDED,
        ALL,
        "the content has at most 1,000,000 lines (counted before any is split off or parsed)",
    ),
    # --- decode: content ----------------------------------------------------------------------------
    Check("content.utf8", "decode", "plcbundle.record.utf8", E.INVALID_UTF8, ALL, "the content is UTF-8"),
    Check(
        "content.final-newline",
        "decode",
        "plcbundle.record.newline",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "every line, the last included, ends with one 0x0A",
    ),
    Check(
        "content.empty-line",
        "decode",
        "plcbundle.record.newline",
        E.INVALID_VALUE,
        ("rust", "examples", "strict"),
        "no line is empty (Go skips empty lines)",
    ),
    Check(
        "record.line-limit",
        "decode",
        "plcbundle.limits.line",
        E.LIMIT_EXCEEDED,
        SPEC_ONLY,
        "no line is longer than 1 MiB (Go stops reading there without an error; Rust has no limit)",
    ),
    Check("record.json", "decode", "plcbundle.record.json", E.INVALID_VALUE, ALL, "every line is one JSON object"),
    Check(
        "record.members",
        "decode",
        "plcbundle.record.members",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "every record has did, operation, cid, nullified (boolean) and createdAt in their forms",
    ),
    Check(
        "content.records",
        "decode",
        "plcbundle.bundle.records",
        E.INVALID_LENGTH,
        SPEC_ONLY,
        "a bundle holds at least one record",
    ),
    Check(
        "metadata.content",
        "decode",
        "plcbundle.metadata.consistency",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "operation_count, did_count, start_time, end_time and the sizes describe the content",
    ),
    Check(
        "metadata.content-hash",
        "decode",
        "plcbundle.metadata.content-hash",
        E.CHECKSUM_MISMATCH,
        SPEC_ONLY,
        "the metadata content_hash is sha256 of the content",
    ),
    # --- verify: index --------------------------------------------------------------------------------
    Check(
        "index.file",
        "verify",
        "plcbundle.index.file",
        E.INVALID_VALUE,
        ALL,
        "plc_bundles.json exists and is one JSON object",
    ),
    Check(
        "index.version",
        "verify",
        "plcbundle.index.version",
        E.UNSUPPORTED_VERSION,
        ("go", "examples", "strict"),
        '`version` is "1.0"',
    ),
    Check(
        "index.members",
        "verify",
        "plcbundle.index.members",
        E.INVALID_VALUE,
        ALL,
        "the profile's required index and entry members are present with their JSON kinds",
    ),
    Check(
        "index.sequence",
        "verify",
        "plcbundle.index.sequence",
        E.INVALID_VALUE,
        ("rust", "examples", "strict"),
        "bundles are numbered 1, 2, … without a gap; last_bundle is the last one (Go allows gaps)",
    ),
    Check(
        "index.order",
        "verify",
        "plcbundle.index.sequence",
        E.INVALID_VALUE,
        ALL,
        "bundle numbers strictly increase through `bundles`",
    ),
    Check(
        "index.totals",
        "verify",
        "plcbundle.index.totals",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "total_size_bytes and total_uncompressed_size_bytes are the sums over the entries",
    ),
    Check(
        "repo.file",
        "verify",
        "plcbundle.repo.files",
        E.INVALID_VALUE,
        ALL,
        "every indexed bundle has its file NNNNNN.jsonl.zst",
    ),
    # --- verify: per bundle -------------------------------------------------------------------------
    Check(
        "hash.compressed",
        "verify",
        "plcbundle.hash.compressed",
        E.CHECKSUM_MISMATCH,
        ALL,
        "compressed_hash is sha256 of the file",
    ),
    Check(
        "size.compressed",
        "verify",
        "plcbundle.hash.compressed-size",
        E.INVALID_VALUE,
        ("go", "examples", "strict"),
        "compressed_size is the file size (Rust writes data-frame bytes)",
    ),
    Check(
        "bundle.decode",
        "verify",
        "plcbundle.verify.decode",
        E.INVALID_VALUE,
        ALL,
        "the file decodes under the profile (its own class)",
    ),
    Check(
        "hash.content",
        "verify",
        "plcbundle.hash.content",
        E.CHECKSUM_MISMATCH,
        ALL,
        "content_hash is sha256 of the content",
    ),
    Check(
        "size.uncompressed",
        "verify",
        "plcbundle.hash.uncompressed-size",
        E.INVALID_VALUE,
        ("go", "examples", "strict"),
        "uncompressed_size is the content's byte length",
    ),
    Check(
        "entry.operation-count",
        "verify",
        "plcbundle.index.entry",
        E.INVALID_VALUE,
        ("rust", "examples", "strict"),
        "operation_count is the number of records",
    ),
    Check(
        "entry.content",
        "verify",
        "plcbundle.index.entry",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "did_count, start_time, end_time are those of the records (times copied verbatim)",
    ),
    Check(
        "entry.metadata",
        "verify",
        "plcbundle.index.metadata-agreement",
        E.INVALID_VALUE,
        ("rust", "examples", "strict"),
        "a metadata frame agrees with the entry: number, content hash, count, parent (strict: origin too)",
    ),
    Check(
        "chain.parent",
        "verify",
        "plcbundle.chain.parent",
        E.CHECKSUM_MISMATCH,
        ALL,
        'parent is the previous bundle\'s hash, "" for bundle 1 (Go: first listed bundle unchecked)',
    ),
    Check(
        "chain.hash",
        "verify",
        "plcbundle.hash.chain",
        E.CHECKSUM_MISMATCH,
        SPEC_ONLY,
        "hash is recomputed from parent and content_hash (upstream CLIs never recompute it)",
    ),
    Check(
        "bundle.size",
        "verify",
        "plcbundle.bundle.size",
        E.INVALID_LENGTH,
        SPEC_ONLY,
        "every bundle but the last holds exactly 10,000 records",
    ),
    Check(
        "bundle.order",
        "verify",
        "plcbundle.bundle.order",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "createdAt never decreases, within a bundle and across bundles",
    ),
    Check(
        "bundle.boundary",
        "verify",
        "plcbundle.bundle.boundary",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "no CID of the previous bundle's boundary run starts the next bundle again",
    ),
    Check(
        "index.cursor",
        "verify",
        "plcbundle.index.cursor",
        E.INVALID_VALUE,
        ALL,
        "cursor follows the profile's rule (previous end_time; Go: empty or not before it)",
    ),
    Check(
        "mempool.file",
        "verify",
        "plcbundle.mempool",
        E.INVALID_VALUE,
        SPEC_ONLY,
        "a mempool file belongs to the next bundle, holds JSON lines in order after the last bundle",
    ),
)

BY_ID: dict[str, Check] = {check.id: check for check in CHECKS}
assert len(BY_ID) == len(CHECKS)


def applies(check_id: str, profile: str) -> bool:
    return profile in BY_ID[check_id].profiles


def error(check_id: str, message: str, error_class: ErrorClass | None = None) -> FormatError:
    check = BY_ID[check_id]
    return FormatError(error_class or check.error_class, message, check.clause)


def require(condition: bool, check_id: str, profile: str, message: str) -> None:
    """Raise the check's error when it runs under `profile` and `condition` does not hold."""
    if not condition and applies(check_id, profile):
        raise error(check_id, message)

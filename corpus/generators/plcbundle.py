"""plcbundle corpus: single bundle files (decode, get_operation) and repository folders (verify, replay).

Records come from the signed-operation generator (`plcbundle_ops`), which keeps its own bookkeeping of the
replay outcome; the 10,000-record head bundles that multi-bundle repositories need are cheap well-formed
"filler" records (they are never replayed). Files are written with the reference writers, but every expected
value is computed here from the generator's own inputs: the model from the lines and the metadata text
read back with a struct unpack, verdicts from hashlib over the content, classes from the checks table.
"""

from __future__ import annotations

import copy
import hashlib
import json
import struct
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import zstandard

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import hostile
from binfmt_conformance.corpus.generators import plcbundle_ops as ops
from binfmt_conformance.formats.plcbundle import checks, limits, schema
from binfmt_conformance.formats.plcbundle.profiles import PROFILE_NAMES
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.reference_impl.plcbundle import migrate, repository, writer

BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
FILLER_START = datetime(2024, 1, 1, tzinfo=UTC)
NO_GARBAGE = tuple(name for name in ops.ALL_SCENARIOS if name != "garbage_line")
UPSTREAM = ("go", "rust")
SPEC = ("examples", "strict")


def c(check_id: str) -> str:
    return checks.CHECKS[check_id].clause


def error_class(check_id: str) -> str:
    return checks.CHECKS[check_id].error_class.value


# --- records ---------------------------------------------------------------------------------------------


def iso_ms(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def filler_lines(count: int, start: datetime = FILLER_START, step_ms: int = 250, tag: str = "a") -> list[str]:
    """Well-formed export records that compress well (a 10,000-record bundle is ~64 KB)."""
    out = []
    for index in range(count):
        digits = "".join(BASE32[(index >> (5 * k)) % 32] for k in range(6))
        record = {
            "did": "did:plc:" + digits[:5] + tag * 19,
            "operation": {"sig": "x", "prev": None, "type": "plc_tombstone"},
            "cid": "bafyrei" + digits + tag * 46,
            "nullified": False,
            "createdAt": iso_ms(start + timedelta(milliseconds=index * step_ms)),
        }
        out.append(json.dumps(record, separators=(",", ":")))
    return out


@cache
def stream(seed: int, n_dids: int, flags: str = "final") -> ops.GeneratedStream:
    return ops.generate_stream(seed, n_dids, scenarios=NO_GARBAGE, nullified_flags=flags)


def realistic(seed: int = 3, n_dids: int = 32) -> list[str]:
    return list(stream(seed, n_dids).lines)


# --- independent expectations ----------------------------------------------------------------------------


def int_model(name: str, value: int) -> dict[str, str]:
    return {"type": name, "value": str(value)}


METADATA_MODEL_TYPES = {
    "bundle_number": "u32",
    "uncompressed_size": "u64",
    "compressed_size": "u64",
    "operation_count": "u64",
    "did_count": "u64",
    "frame_count": "u64",
    "frame_size": "u64",
}


def metadata_text(data: bytes) -> str:
    (length,) = struct.unpack_from("<I", data, 4)
    return data[8 : 8 + length].decode("utf-8")


def bundle_model(data: bytes, lines: list[str], framed: bool) -> dict[str, Any]:
    """The document model, from the lines the file was written from and its metadata text."""
    metadata = None
    if framed:
        text = metadata_text(data)
        members = json.loads(text)
        fields: dict[str, Any] = {}
        for name in schema.METADATA.field_names():
            value = members.get(name)
            if name == "frame_offsets":
                fields[name] = [int_model("i64", v) for v in value or []]
            elif value is not None and name in METADATA_MODEL_TYPES:
                fields[name] = int_model(METADATA_MODEL_TYPES[name], value)
            else:
                fields[name] = value
        metadata = {"json": text, "fields": fields}
    return {"layout": {"variant": "Framed" if framed else "Legacy"}, "metadata": metadata, "records": list(lines)}


def accept(model: Any, canonical: bool = False) -> Expect:
    return Expect("accept", model=model, canonical=canonical)


def reject(*classes: str) -> Expect:
    return Expect("reject", errors=tuple(classes))


def per_profile(**outcomes: Expect) -> dict[str, Expect]:
    assert set(outcomes) == set(PROFILE_NAMES), outcomes
    return {name: outcomes[name] for name in PROFILE_NAMES}


def split(default: Expect, spec: Expect) -> dict[str, Expect]:
    """Upstream profiles one way, the spec-reading profiles the other."""
    return per_profile(go=default, rust=default, examples=spec, strict=spec)


def content_of(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode()


def chain(parent: str, content_hash: str) -> str:
    text = ("plcbundle:genesis:" + content_hash) if not parent else parent + ":" + content_hash
    return hashlib.sha256(text.encode()).hexdigest()


def verify_result(
    bundles: list[list[str]], nullified: Callable[[Any], bool] = lambda v: v is True, mempool: int = 0
) -> dict[str, Any]:
    out, parent = [], ""
    for number, lines in enumerate(bundles, 1):
        records = [json.loads(line) for line in lines]
        content_hash = hashlib.sha256(content_of(lines)).hexdigest()
        parent = chain(parent, content_hash)
        out.append(
            {
                "bundle_number": number,
                "operation_count": len(lines),
                "did_count": len({r["did"] for r in records}),
                "nullified_count": sum(1 for r in records if nullified(r.get("nullified"))),
                "content_hash": content_hash,
                "hash": parent,
            }
        )
    return {"bundles": out, "chain_head": parent, "mempool_count": mempool}


# --- building blocks -------------------------------------------------------------------------------------


def framed(
    lines: list[str], profile: str = "strict", edit: Callable[[dict], dict] | None = None, frame_size: int = 100
) -> bytes:
    return writer.write_framed(lines, profile, writer.BundleInfo(), frame_size=frame_size, edit_metadata=edit)


def with_member(**changes: Any) -> Callable[[dict], dict]:
    def edit(members: dict) -> dict:
        members = dict(members)
        for name, value in changes.items():
            if value is REMOVE:
                members.pop(name, None)
            else:
                members[name] = value
        return members

    return edit


REMOVE = object()


def replace_metadata(data: bytes, payload: bytes, magic: int = schema.METADATA_MAGIC) -> bytes:
    (length,) = struct.unpack_from("<I", data, 4)
    return zstd_frames.skippable_frame(magic, payload) + data[8 + length :]


def data_frames(data: bytes) -> list[bytes]:
    return [data[o : o + s] for o, s in zstd_frames.split_frames(data)]


# --- single bundles --------------------------------------------------------------------------------------

BUNDLE_CLAUSES = [
    "plcbundle.model",
    "plcbundle.write",
    "plcbundle.record.bytes",
    "plcbundle.record.newline",
    "plcbundle.record.json",
    "plcbundle.record.members",
]
FRAMED_CLAUSES = [
    "plcbundle.file.magic",
    "plcbundle.framed.metadata-frame",
    "plcbundle.metadata.json",
    "plcbundle.metadata.members",
    "plcbundle.metadata.format",
    "plcbundle.metadata.frame-size",
    "plcbundle.framed.frame-table",
    "plcbundle.framed.frames",
    "plcbundle.metadata.consistency",
    "plcbundle.metadata.content-hash",
    "plcbundle.framed.compat",
]
LEGACY_CLAUSES = ["plcbundle.file.magic", "plcbundle.legacy.frames"]


def valid_bundle(
    path: str,
    description: str,
    data: bytes,
    lines: list[str],
    framed_file: bool,
    clauses: list[str],
    canonical: bool = True,
) -> GeneratedCase:
    return GeneratedCase(
        "valid", path, description, clauses, data, expect=accept(bundle_model(data, lines, framed_file), canonical)
    )


def bundle_cases() -> list[GeneratedCase]:
    lines = realistic()[:250]
    out = [
        valid_bundle(
            "bundle/framed-strict",
            "framed bundle, 250 signed records in 3 frames (last partial)",
            framed(lines),
            lines,
            True,
            FRAMED_CLAUSES + BUNDLE_CLAUSES,
        ),
        valid_bundle(
            "bundle/framed-rust",
            "framed bundle as Rust writes it: format plcbundle/1.0, sizes in the"
            " metadata, XXH64 checksum on every frame",
            framed(lines, "rust"),
            lines,
            True,
            [*FRAMED_CLAUSES, "plcbundle.framed.checksum", "plcbundle.metadata.sizes"],
        ),
        valid_bundle(
            "bundle/legacy",
            "legacy bundle of the same records: one zstd frame, level 3",
            writer.write_legacy(lines),
            lines,
            False,
            LEGACY_CLAUSES + BUNDLE_CLAUSES,
        ),
        valid_bundle(
            "bundle/legacy-checksum",
            "legacy bundle whose frame carries an XXH64 checksum (Go v0.1-v0.3)",
            writer.write_legacy(lines, checksum=True),
            lines,
            False,
            [*LEGACY_CLAUSES, "plcbundle.framed.checksum"],
            canonical=False,
        ),
        valid_bundle(
            "bundle/legacy-two-frames",
            "a bundle without metadata made of two zstd frames (Go"
            " v0.5.0-alpha.6 to .9 without its .idx): read by decompressing every frame in order",
            writer.write_legacy(lines[:120]) + writer.write_legacy(lines[120:]),
            lines,
            False,
            LEGACY_CLAUSES,
            canonical=False,
        ),
        valid_bundle(
            "bundle/framed-one-record",
            "framed bundle of one record",
            framed(lines[:1]),
            lines[:1],
            True,
            FRAMED_CLAUSES,
        ),
        valid_bundle(
            "bundle/framed-200-records",
            "framed bundle of exactly two full frames",
            framed(lines[:200]),
            lines[:200],
            True,
            FRAMED_CLAUSES,
        ),
    ]
    odd = [
        '{"did":"did:plc:ewvi7nxzyoun6zhxrhs64oiz","cid":"bafyreiaaa","createdAt":"2025-12-04T10:00:00.000Z",'
        '"operation":{"sig":"s","prev":"bafyreizzz","type":"plc_tombstone"},"nullified":false}',
        '{"did":"did:plc:ewvi7nxzyoun6zhxrhs64oiz", "operation": {"type":"plc_operation","alsoKnownAs":'
        '["at://ünïcode.example"],"note":"\\u00fc \\ud83d\\ude00 <&>"}, "cid":"bafyreibbb", "nullified":false, '
        '"createdAt":"2025-12-04T10:00:00.001Z"}',
    ]
    out.append(
        valid_bundle(
            "bundle/record-bytes-kept",
            "records in the post-2025-12 member order, with spaces, raw UTF-8 and"
            " escapes: the line text is kept byte for byte",
            framed(odd),
            odd,
            True,
            ["plcbundle.record.bytes", "plcbundle.record.utf8"],
        )
    )
    out += malformed_bundle_cases(lines)
    out += impl_defined_bundle_cases(lines)
    return out


def malformed_bundle_cases(lines: list[str]) -> list[GeneratedCase]:
    good = framed(lines)
    frames = data_frames(good)
    legacy = writer.write_legacy(lines)
    corrupt = bytearray(good)
    corrupt[len(frames[0]) + len(frames[1]) + 20] ^= 0xFF  # inside frame 1's block
    rust = framed(lines, "rust")
    rust_frames = data_frames(rust)
    bad_sum = bytearray(rust)
    bad_sum[len(rust_frames[0]) + len(rust_frames[1]) - 1] ^= 0x01  # frame 1's checksum
    bomb = zstd_frames.compress(b"\n" * (limits.MAX_CONTENT_BYTES + (1 << 20)), 19)

    def bad(path: str, description: str, data: bytes, check_id: str, *classes: str) -> GeneratedCase:
        return GeneratedCase(
            "malformed", path, description, [c(check_id)], data, expect=reject(*(classes or (error_class(check_id),)))
        )

    return [
        bad("file/empty", "an empty file", b"", "file.magic"),
        bad(
            "file/bad-magic",
            "a file that is neither zstd nor a metadata frame",
            b"PK\x03\x04" + good[4:64],
            "file.magic",
        ),
        bad(
            "metadata/length-past-end",
            "metadata frame whose length runs past the end of the file",
            good[:4] + struct.pack("<I", len(good)) + good[8:],
            "metadata.length",
        ),
        bad(
            "frames/truncated",
            "framed bundle cut short inside its last data frame",
            good[:-7],
            "frames.decode",
            "truncated",
            "decompression_failed",
        ),
        bad(
            "legacy/truncated",
            "legacy bundle cut short",
            legacy[: len(legacy) // 2],
            "frames.decode",
            "truncated",
            "decompression_failed",
        ),
        bad(
            "frames/corrupt-block",
            "a data frame whose compressed block is damaged",
            bytes(corrupt),
            "frames.decode",
            "decompression_failed",
            "checksum_mismatch",
        ),
        bad(
            "frames/checksum-mismatch",
            "a Rust-written frame whose XXH64 checksum does not match",
            bytes(bad_sum),
            "frames.decode",
            "checksum_mismatch",
            "decompression_failed",
        ),
        bad(
            "record/not-json",
            "a record line that is not JSON",
            framed([*lines[:5], "not json", *lines[5:9]]),
            "record.json",
        ),
        bad("record/not-object", "a record line that is a JSON array", framed([*lines[:5], "[1,2]"]), "record.json"),
        bad(
            "content/invalid-utf8",
            "content that is not UTF-8",
            writer.zstd_frames.compress(content_of(lines[:3])[:-2] + b"\xff\xfe\n", 3),
            "content.utf8",
        ),
        GeneratedCase(
            "malformed",
            "limits/decompression-bomb",
            "a 16 KB legacy frame that decompresses to 129 MiB of newlines: past the 128 MiB content limit",
            [c("limits.content")],
            bomb,
            expect=reject("limit_exceeded"),
        ),
    ]


def impl_defined_bundle_cases(lines: list[str]) -> list[GeneratedCase]:
    # Expectations repeat the records per profile: 130 records (two frames, the second partial) where the
    # frame table matters, 20 elsewhere, keep the committed corpus small.
    short = lines[:20]
    two_frames = lines[:130]
    good = framed(short)
    bundle_model(good, short, True)

    def legacy_view(data: bytes, records: list[str] = short) -> Expect:
        return accept({"layout": {"variant": "Legacy"}, "metadata": None, "records": list(records)})

    def case(
        path: str,
        description: str,
        clauses: list[str],
        data: bytes,
        outcomes: dict[str, Expect],
        notes: str,
        operation: str = "decode",
        options: dict | None = None,
    ) -> GeneratedCase:
        return GeneratedCase(
            "impl-defined",
            path,
            description,
            [*clauses, "plcbundle.profiles"],
            data,
            by_profile=outcomes,
            notes=notes,
            operation=operation,
            options=options or {},
        )

    def framed_accept(data: bytes, records: list[str] = short) -> Expect:
        return accept(bundle_model(data, records, True))

    out = []
    unknown_format = framed(short, edit=with_member(format="plcbundle-v2"))
    out.append(
        case(
            "metadata/format-unknown",
            "metadata `format` is neither plcbundle-v1 nor plcbundle/1.0 (#1)",
            [c("metadata.format")],
            unknown_format,
            split(framed_accept(unknown_format), reject("unsupported_version")),
            "#1: no upstream reader checks `format`; Go writes plcbundle-v1, Rust plcbundle/1.0.",
        )
    )
    lean = framed(short, edit=with_member(created_by=REMOVE, origin=REMOVE))
    out.append(
        case(
            "metadata/members-missing",
            "metadata without created_by and origin (#2)",
            [c("metadata.members"), "plcbundle.framed.fallback"],
            lean,
            per_profile(
                go=framed_accept(lean),
                rust=legacy_view(lean),
                examples=reject("invalid_value"),
                strict=reject("invalid_value"),
            ),
            "#2: Go's reader takes zero values for absent members; Rust's serde struct requires them, so"
            " Rust cannot use the metadata and falls back to a sequential scan (layout Legacy).",
        )
    )
    go_file = framed(short, "go")
    out.append(
        case(
            "metadata/go-time-text",
            "a bundle as Go writes it: start_time/end_time re-formatted by"
            " time.Time (trailing fractional zeros dropped), cursor and created_by_host members (#2, #3)",
            [c("metadata.content"), "plcbundle.metadata.times"],
            go_file,
            split(framed_accept(go_file), reject("invalid_value")),
            "#3: the spec requires times copied verbatim from createdAt; Go re-formats them. Upstream"
            " readers never compare them.",
        )
    )
    rust_file = framed(short, "rust")
    out.append(
        case(
            "frames/checksums",
            "Rust-written frames with XXH64 checksums (#12)",
            ["plcbundle.framed.checksum"],
            rust_file,
            per_profile(
                go=framed_accept(rust_file),
                rust=framed_accept(rust_file),
                examples=framed_accept(rust_file),
                strict=framed_accept(rust_file),
            ),
            "#12: Rust writes checksums, Go does not; every reader must accept both (and verify a"
            " checksum when present: frames/checksum-mismatch). Same outcome under every profile.",
        )
    )
    fifty = framed(two_frames, frame_size=50)
    out.append(
        case(
            "frames/frame-size-50-decode",
            "frames of 50 records with correct offsets and frame_size 50 (#16)",
            [c("metadata.frame-size")],
            fifty,
            split(framed_accept(fifty, two_frames), reject("invalid_value")),
            "#16: a full read ignores the frame table; strict refuses frame_size ≠ 100.",
        )
    )
    out.append(
        case(
            "frames/frame-size-50-access",
            "get_operation(120) on frames of 50 records (#16)",
            [c("metadata.frame-size"), "plcbundle.access.position"],
            fifty,
            split(accept(two_frames[70]), reject("invalid_value")),
            "#16: Go and Rust compute frame 120 div 100 = 1 from their constant, which holds records"
            " 50..99, and return record 70 without noticing.",
            "get_operation",
            {"position": 120},
        )
    )
    shifted = framed(
        two_frames,
        edit=lambda m: {**m, "frame_offsets": [0, *[o + 3 for o in m["frame_offsets"][1:-1]], m["frame_offsets"][-1]]},
    )
    out.append(
        case(
            "frames/offsets-off-boundary",
            "frame_offsets that do not land on frame boundaries",
            [c("frames.table")],
            shifted,
            split(framed_accept(shifted, two_frames), reject("invalid_value")),
            "A full read by Go or Rust decompresses every frame in order and never consults the table.",
        )
    )
    out.append(
        case(
            "frames/offsets-off-boundary-access",
            "get_operation(120) with frame_offsets off the frame boundaries",
            [c("frames.table"), "plcbundle.access.fallback"],
            shifted,
            split(accept(two_frames[120]), reject("invalid_value")),
            "Go and Rust fail on the frame path and fall back to a sequential scan.",
            "get_operation",
            {"position": 120},
        )
    )
    not_json = replace_metadata(good, b"{not json")
    out.append(
        case(
            "metadata/not-json",
            "a metadata frame whose payload is not JSON",
            [c("metadata.json"), "plcbundle.framed.fallback"],
            not_json,
            split(legacy_view(not_json), reject("invalid_value")),
            "Upstream readers cannot use the metadata and read the file sequentially, skipping the"
            " skippable frame as any zstd decoder does.",
        )
    )
    other_magic = replace_metadata(good, metadata_text(good).encode(), magic=0x184D2A5E)
    out.append(
        case(
            "metadata/other-skippable-magic",
            "a leading skippable frame with magic 0x184D2A5E",
            [c("metadata.magic"), "plcbundle.framed.fallback"],
            other_magic,
            split(legacy_view(other_magic), reject("bad_magic")),
            "Upstream metadata readers require 0x184D2A50 exactly and fall back to a scan otherwise.",
        )
    )
    bad_count = framed(short, edit=with_member(operation_count=19))
    out.append(
        case(
            "metadata/operation-count-mismatch",
            "metadata operation_count 19 for 20 lines",
            [c("metadata.content")],
            bad_count,
            split(framed_accept(bad_count), reject("invalid_value")),
            "Only Rust's verifier compares it (Metadata operation count mismatch), not its reader.",
        )
    )
    bad_hash = framed(short, edit=with_member(content_hash="0" * 64))
    out.append(
        case(
            "metadata/content-hash-mismatch",
            "metadata content_hash that is not the content's",
            [c("metadata.content-hash")],
            bad_hash,
            split(framed_accept(bad_hash), reject("checksum_mismatch")),
            "Upstream readers do not check it when reading; verification does.",
        )
    )
    no_newline = writer.zstd_frames.compress(content_of(short)[:-1], 3)
    out.append(
        case(
            "content/no-final-newline",
            "content whose last line has no 0x0A",
            [c("content.final-newline")],
            no_newline,
            split(legacy_view(no_newline), reject("invalid_value")),
            "Go's bufio.Scanner and Rust's lines() accept a last line without its newline.",
        )
    )
    empty_line = writer.zstd_frames.compress(content_of([*short[:3], "", *short[3:6]]), 3)
    out.append(
        case(
            "content/empty-line",
            "content with an empty line",
            [c("content.empty-line")],
            empty_line,
            per_profile(
                go=legacy_view(empty_line, short[:6]),
                rust=reject("invalid_value"),
                examples=reject("invalid_value"),
                strict=reject("invalid_value"),
            ),
            "Go's ParseJSONL skips empty lines; an empty line is not a JSON object for the others.",
        )
    )
    nothing = writer.zstd_frames.compress(b"", 3)
    out.append(
        case(
            "content/no-records",
            "a legacy bundle whose content is empty",
            [c("content.records")],
            nothing,
            split(legacy_view(nothing, []), reject("invalid_length")),
            "Upstream readers return an empty list; Go writes frame_offsets [0] for such a bundle.",
        )
    )
    stringly = [short[0], short[1].replace('"nullified":false', '"nullified":"bafyreinullifier"', 1), *short[2:5]]
    nullified = writer.write_legacy(stringly)
    out.append(
        case(
            "record/nullified-string",
            "a record whose nullified is a string (#14)",
            [c("record.members"), "plcbundle.record.nullified"],
            nullified,
            split(legacy_view(nullified, stringly), reject("invalid_value")),
            "#14: Go reads a non-empty string as nullified (the nullifying CID), Rust's bundle reader as"
            " not nullified; see repository/nullified-string for the counts.",
        )
    )
    no_cid = [
        short[0],
        json.dumps({k: v for k, v in json.loads(short[1]).items() if k != "cid"}, separators=(",", ":")),
        *short[2:4],
    ]
    missing = writer.write_legacy(no_cid)
    out.append(
        case(
            "record/cid-missing",
            "a record without cid",
            [c("record.members")],
            missing,
            split(legacy_view(missing, no_cid), reject("invalid_value")),
            "Go and Rust bundle readers take records without cid (Rust's cid is an Option).",
        )
    )
    long_line = json.dumps(
        {
            "did": "did:plc:" + "a" * 24,
            "operation": {"type": "plc_tombstone", "prev": "x", "sig": "A" * ((1 << 20) + 10)},
            "cid": "bafyreilong",
            "nullified": False,
            "createdAt": "2024-03-01T00:00:00.000Z",
        },
        separators=(",", ":"),
    )
    long_records = [*short[:3], long_line, *short[3:5]]
    long_file = writer.write_legacy(long_records, 19)
    out.append(
        case(
            "limits/over-long-line",
            "a record line of just over 1 MiB (#21)",
            [c("record.line-limit")],
            long_file,
            per_profile(
                go=legacy_view(long_file, short[:3]),
                rust=legacy_view(long_file, long_records),
                examples=reject("limit_exceeded"),
                strict=reject("limit_exceeded"),
            ),
            "#21: Go's scanner stops at its 1 MiB token limit and the error is never checked, so the"
            " records before the line come back without an error; Rust has no limit. Random access in Go"
            " also fails on lines over 64 KiB inside a frame (inferred upstream, not modelled).",
        )
    )
    flood_outcome = per_profile(**{name: reject(*FLOOD_ERRORS) for name in PROFILE_NAMES})
    out.append(
        case(
            "limits/record-flood",
            "a 300-byte legacy file of 1,000,001 `{}` lines, then one that is not JSON",
            [c("limits.records"), "plcbundle.limits.cost"],
            record_flood(limits.MAX_RECORDS + 1),
            flood_outcome,
            "Past the line limit a reader MAY stop with limit_exceeded; one with larger"
            " limits parses on (Go and Rust take `{}` as a record) and finds the line that is not JSON.",
        )
    )
    out.append(
        case(
            "limits/newline-flood",
            "1,000,001 empty lines, then one that is not JSON",
            [c("limits.records"), "plcbundle.limits.cost"],
            newline_flood(limits.MAX_RECORDS + 1),
            flood_outcome,
            "Go skips empty lines, so without a line limit it reaches the last line"
            " (invalid_value); the other profiles reject the first empty line (invalid_value).",
        )
    )
    blocks = hostile.empty_block_frame(content_of(short[:2]), 200_000)
    out.append(
        case(
            "limits/empty-blocks",
            "a legacy frame of 200,000 empty raw blocks before the records",
            ["plcbundle.limits.cost", c("frames.decode")],
            blocks,
            per_profile(**{name: legacy_view(blocks, short[:2]) for name in PROFILE_NAMES}),
            "valid zstd; walking 600 KB of block headers must take milliseconds",
        )
    )
    # The file cap tested without a 192 MiB file: the frame table declares data frames ending past the cap,
    # and the file is cut short, so a reader that does not take the declaration at its word meets the cut.
    declared = framed(short[:2], edit=with_member(frame_offsets=[0, limits.MAX_FILE_BYTES]))[:-1]
    out.append(
        case(
            "limits/declared-file-size",
            "a framed bundle whose frame_offsets declare a 192 MiB data frame, cut short after 2 records",
            [c("limits.file"), "plcbundle.zstd.frame"],
            declared,
            per_profile(**{name: reject(*DECLARED_SIZE_ERRORS) for name in PROFILE_NAMES}),
            "A reader MAY refuse from the declaration (limit_exceeded) before walking a frame; one with a larger"
            " cap, or one that ignores the frame table, walks the frames and finds the last one cut (truncated).",
        )
    )
    return out


# A declared size past the cap is refused from the declaration or, without the cap, the file is cut short.
DECLARED_SIZE_ERRORS = ("limit_exceeded", "truncated")


# A flood stops at the line limit or, with larger limits, at the line that is not JSON.
FLOOD_ERRORS = ("limit_exceeded", "invalid_value")


def record_flood(records: int) -> bytes:
    return zstandard.ZstdCompressor(level=19).compress(b"{}\n" * records + b"x\n")


def newline_flood(lines: int) -> bytes:
    return zstandard.ZstdCompressor(level=19).compress(b"\n" * lines + b"x\n")


# --- random access ---------------------------------------------------------------------------------------


def access_cases() -> list[GeneratedCase]:
    lines = realistic()[:250]
    data = framed(lines)
    legacy = writer.write_legacy(lines)
    out = []
    for position in (0, 99, 100, 249):
        out.append(
            GeneratedCase(
                "valid",
                f"access/framed-position-{position}",
                f"get_operation({position}) on a framed bundle of 250 records",
                ["plcbundle.access.position", c("frames.table")],
                data,
                expect=accept(lines[position]),
                operation="get_operation",
                options={"position": position},
            )
        )
    out.append(
        GeneratedCase(
            "valid",
            "access/legacy-position-200",
            "get_operation(200) on a legacy bundle",
            ["plcbundle.access.position", "plcbundle.legacy.frames"],
            legacy,
            expect=accept(lines[200]),
            operation="get_operation",
            options={"position": 200},
        )
    )
    out.append(
        GeneratedCase(
            "invalid",
            "access/position-past-end",
            "get_operation(250) on 250 records",
            ["plcbundle.access.bounds"],
            data,
            expect=reject("invalid_value"),
            operation="get_operation",
            options={"position": 250},
        )
    )
    out.append(
        GeneratedCase(
            "invalid",
            "access/legacy-position-past-end",
            "get_operation(300) on a legacy bundle of 250 records",
            ["plcbundle.access.bounds"],
            legacy,
            expect=reject("invalid_value"),
            operation="get_operation",
            options={"position": 300},
        )
    )
    return out


# --- repositories ----------------------------------------------------------------------------------------


def repo(bundles: list[list[str]], profile: str = "strict", **kwargs: Any) -> dict[str, bytes]:
    return repository.build_repository(bundles, profile, **kwargs)


def edit_index(files: dict[str, bytes], change: Callable[[dict], None], profile: str = "strict") -> dict[str, bytes]:
    files = dict(files)
    index = json.loads(files[schema.INDEX_FILE])
    change(index)
    files[schema.INDEX_FILE] = json.dumps(index, indent=2, ensure_ascii=False).encode()
    return files


@cache
def two_bundles() -> tuple[list[str], list[str]]:
    return filler_lines(schema.RECORDS_PER_BUNDLE), realistic(5, 10)


def verify_case(
    case_class: str,
    path: str,
    description: str,
    clauses: list[str],
    files: dict[str, bytes],
    expect: Expect | None = None,
    by_profile: dict[str, Expect] | None = None,
    notes: str = "",
) -> GeneratedCase:
    return GeneratedCase(
        case_class,
        path,
        description,
        clauses,
        files,
        expect=expect,
        by_profile=by_profile or {},
        operation="verify",
        notes=notes,
    )


REPO_CLAUSES = [
    "plcbundle.repo.files",
    "plcbundle.index.file",
    "plcbundle.index.version",
    "plcbundle.index.members",
    "plcbundle.index.sequence",
    "plcbundle.index.totals",
    "plcbundle.index.entry",
    "plcbundle.hash.content",
    "plcbundle.hash.compressed",
    "plcbundle.hash.compressed-size",
    "plcbundle.hash.uncompressed-size",
    "plcbundle.hash.chain",
    "plcbundle.chain.parent",
    "plcbundle.bundle.size",
    "plcbundle.bundle.order",
    "plcbundle.bundle.boundary",
    "plcbundle.index.cursor",
    "plcbundle.index.metadata-agreement",
    "plcbundle.verify.decode",
    "plcbundle.verify.report",
]


def repository_cases() -> list[GeneratedCase]:
    head, tail = two_bundles()
    bundles = [head, tail]
    clean = verify_result(bundles)
    out = [
        verify_case(
            "valid",
            "repository/framed",
            "two framed bundles (10,000 + a final bundle of signed"
            " records) and their index, written by the spec's rules",
            REPO_CLAUSES,
            repo(bundles),
            accept(clean),
        ),
        verify_case(
            "valid",
            "repository/legacy",
            "the same repository in the legacy layout",
            REPO_CLAUSES,
            repo(bundles, layouts=["legacy", "legacy"]),
            accept(clean),
        ),
        verify_case(
            "valid",
            "repository/mixed-layouts",
            "a legacy bundle followed by a framed one (half migrated)",
            REPO_CLAUSES,
            repo(bundles, layouts=["legacy", "framed"]),
            accept(clean),
        ),
        verify_case(
            "valid",
            "repository/single-bundle",
            "one final bundle of 150 signed records",
            ["plcbundle.bundle.size", "plcbundle.hash.chain"],
            repo([tail]),
            accept(verify_result([tail])),
        ),
        verify_case(
            "valid",
            "repository/with-mempool",
            "a repository with the next bundle's mempool file",
            ["plcbundle.mempool"],
            repo([tail[:60]], mempool=tail[60:90]),
            accept(verify_result([tail[:60]], mempool=30)),
        ),
    ]
    out += invalid_repository_cases(bundles)
    out += impl_defined_repository_cases(bundles)
    return out


def migrate_window(bundles: list[list[str]]) -> dict[str, bytes]:
    """A legacy repository as `migrate` leaves it killed between its commit point and the index's rename
    (plcbundle.write.migrate): the run is made to completion in a scratch folder, then the window assembled."""
    old = repo(bundles, layouts=["legacy"] * len(bundles))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        repository.write_files(root, old)
        migrate.migrate_repository(root, "strict")
        new = {path.name: path.read_bytes() for path in root.iterdir()}
    first, *rest = [repository.bundle_filename(number) for number in range(1, len(bundles) + 1)]
    waiting = {name + migrate.PENDING: new[name] for name in [*rest, schema.INDEX_FILE]}
    return {**old, first: new[first], **waiting}


def invalid_repository_cases(bundles: list[list[str]]) -> list[GeneratedCase]:
    _head, tail = bundles
    base = repo(bundles)
    small = repo([tail])

    def bad(
        path: str, description: str, check_id: str, files: dict[str, bytes], notes: str = "", *classes: str
    ) -> GeneratedCase:
        return verify_case(
            "invalid",
            path,
            description,
            [c(check_id)],
            files,
            reject(*(classes or (error_class(check_id),))),
            notes=notes,
        )

    def set_entry(position: int, **values: Any) -> Callable[[dict], None]:
        def change(index: dict) -> None:
            index["bundles"][position].update(values)

        return change

    missing_file = dict(base)
    del missing_file[repository.bundle_filename(2)]
    window = migrate_window(bundles)
    no_index = dict(small)
    del no_index[schema.INDEX_FILE]
    broken_bundle = repo([[*tail[:4], "not json", *tail[4:8]]])
    return [
        bad(
            "repository/chain-broken",
            "bundle 2's parent is not bundle 1's hash",
            "chain.parent",
            edit_index(base, set_entry(1, parent="ab" * 32)),
        ),
        bad(
            "repository/non-genesis-empty-parent",
            'bundle 2 with parent "" (#20)',
            "chain.parent",
            edit_index(base, set_entry(1, parent="")),
            "#20: Go's CLI slices parent[:16] when reporting a broken chain and would panic on this; a verifier"
            " must report it as a broken chain.",
        ),
        bad(
            "repository/content-hash-wrong",
            "index content_hash of bundle 2 is wrong",
            "hash.content",
            edit_index(base, set_entry(1, content_hash="0" * 64)),
        ),
        bad(
            "repository/compressed-hash-wrong",
            "index compressed_hash of bundle 1 is wrong",
            "hash.compressed",
            edit_index(base, set_entry(0, compressed_hash="f" * 64)),
        ),
        bad("repository/bundle-file-missing", "bundle 2's file is missing", "repo.file", missing_file),
        verify_case(
            "invalid",
            "repository/migrate-window",
            "a migration killed after its commit point and its first rename: bundle 1 framed, bundle 2 legacy"
            " with its framed version and the new index waiting beside them as .migrating files",
            ["plcbundle.write.migrate", c("hash.compressed"), "plcbundle.repo.files"],
            window,
            reject("checksum_mismatch", "invalid_value"),
            notes="The old index still describes bundle 1's legacy file; the records and the chain are unchanged."
            " A verifier reads plc_bundles.json only: the .migrating files are private.",
        ),
        bad("repository/index-missing", "no plc_bundles.json", "index.file", no_index),
        bad(
            "repository/index-not-json",
            "plc_bundles.json that is not JSON",
            "index.file",
            {**small, schema.INDEX_FILE: b'{"version": "1.0", '},
        ),
        bad(
            "repository/index-order",
            "index entries listed 2, 1",
            "index.order",
            edit_index(base, lambda index: index["bundles"].reverse()),
        ),
        bad(
            "repository/cursor-before-previous-end",
            "bundle 2's cursor is earlier than bundle 1's end_time",
            "index.cursor",
            edit_index(base, set_entry(1, cursor="2020-01-01T00:00:00.000Z")),
        ),
        bad(
            "repository/bundle-does-not-decode",
            "an indexed bundle with a line that is not JSON (hashes in the index are right)",
            "bundle.decode",
            broken_bundle,
            "",
            "invalid_value",
        ),
    ]


def impl_defined_repository_cases(bundles: list[list[str]]) -> list[GeneratedCase]:
    head, tail = bundles
    clean = verify_result(bundles)
    base = repo(bundles)
    small_tail = tail[:40]

    def case(
        path: str,
        description: str,
        clauses: list[str],
        files: dict[str, bytes],
        outcomes: dict[str, Expect],
        notes: str,
    ) -> GeneratedCase:
        return verify_case("impl-defined", path, description, clauses, files, by_profile=outcomes, notes=notes)

    def set_entry(position: int, **values: Any) -> Callable[[dict], None]:
        def change(index: dict) -> None:
            index["bundles"][position].update(values)

        return change

    iv = reject("invalid_value")
    out = [
        case(
            "repository/written-by-go",
            "a repository as Go's sync writes it: fetch cursors, Go time text, no parent member for bundle 1",
            ["plcbundle.index.cursor", "plcbundle.index.entry"],
            repo(bundles, "go"),
            per_profile(go=accept(clean), rust=iv, examples=iv, strict=iv),
            "#3, #6, #8 together. Rust's verify_chain compares the cursor with the previous end_time.",
        ),
        case(
            "repository/written-by-rust",
            "a repository as Rust's sync writes it: compressed_size counts the data frames only",
            ["plcbundle.hash.compressed-size"],
            repo(bundles, "rust"),
            per_profile(go=iv, rust=accept(clean), examples=iv, strict=iv),
            "#4: Go's verify reports `compressed size mismatch` (difference 8 + metadata length).",
        ),
        case(
            "repository/written-by-examples",
            "a legacy repository as the TypeScript/Python/Ruby scripts write"
            " it: no origin, no total_uncompressed_size_bytes",
            ["plcbundle.index.members"],
            repo(bundles, "examples"),
            per_profile(go=accept(clean), rust=iv, examples=accept(clean), strict=iv),
            "#7: Rust refuses an index without origin or total_uncompressed_size_bytes.",
        ),
        case(
            "repository/go-time-text",
            "index times re-formatted as Go does (trailing fractional zeros"
            " dropped), cursors consistent with them (#3)",
            ["plcbundle.index.entry", "plcbundle.index.cursor"],
            edit_index(base, go_times),
            per_profile(go=accept(clean), rust=accept(clean), examples=iv, strict=iv),
            "#3: the spec requires createdAt copied verbatim; Rust compares cursor and end_time as strings,"
            " which agree here.",
        ),
        case(
            "repository/compressed-size-frames",
            "compressed_size counting data frames only (#4)",
            ["plcbundle.hash.compressed-size"],
            edit_index(base, frames_only_sizes(base)),
            per_profile(go=iv, rust=accept(clean), examples=iv, strict=iv),
            "#4",
        ),
        case(
            "repository/uncompressed-size-zero",
            "uncompressed_size 0, as Rust's rebuild stores for Go-written bundles (#5)",
            ["plcbundle.hash.uncompressed-size"],
            edit_index(base, zero_uncompressed),
            per_profile(go=iv, rust=accept(clean), examples=iv, strict=iv),
            "#5",
        ),
        case(
            "repository/fetch-cursor",
            "bundle 2's cursor is its own end_time (Go sync's fetch cursor) (#6)",
            ["plcbundle.index.cursor"],
            edit_index(base, lambda i: i["bundles"][1].update(cursor=i["bundles"][1]["end_time"])),
            per_profile(go=accept(clean), rust=iv, examples=iv, strict=iv),
            "#6",
        ),
        case(
            "repository/index-without-origin",
            "an index without origin and total_uncompressed_size_bytes (#7)",
            ["plcbundle.index.members"],
            edit_index(base, lambda i: [i.pop("origin"), i.pop("total_uncompressed_size_bytes")]),
            per_profile(go=accept(clean), rust=iv, examples=accept(clean), strict=iv),
            "#7",
        ),
        case(
            "repository/starts-at-bundle-2",
            "a partial clone: only bundle 2, parent pointing at the absent bundle 1 (#7)",
            ["plcbundle.index.sequence", "plcbundle.chain.parent"],
            partial_clone(bundles),
            per_profile(go=accept(partial_result(bundles)), rust=iv, examples=iv, strict=iv),
            "#7: Go allows gaps (and leaves the first listed bundle's parent unchecked); Rust refuses an index"
            " that does not start at 1.",
        ),
        case(
            "repository/genesis-parent-omitted",
            "bundle 1's entry without a parent member (#8)",
            ["plcbundle.chain.parent", "plcbundle.index.members"],
            edit_index(repo([small_tail]), lambda i: i["bundles"][0].pop("parent")),
            per_profile(
                go=accept(verify_result([small_tail])), rust=accept(verify_result([small_tail])), examples=iv, strict=iv
            ),
            "#8: Go omits it (omitempty); Go and Rust read either.",
        ),
        case(
            "repository/origin-mismatch",
            'index origin "test-origin" (Go\'s auto-rebuild) while the metadata frames say https://plc.directory (#11)',
            ["plcbundle.index.metadata-agreement"],
            edit_index(base, lambda i: i.update(origin="test-origin")),
            per_profile(go=accept(clean), rust=accept(clean), examples=accept(clean), strict=iv),
            "#11: no upstream verifier compares origins; a later Go run with a real PLC client fails with"
            " `origin mismatch`.",
        ),
        case(
            "repository/nullified-string",
            "a record whose nullified is a CID string (#14)",
            ["plcbundle.record.nullified", "plcbundle.verify.report"],
            nullified_repo(small_tail),
            per_profile(
                go=accept(verify_result([nullified_lines(small_tail)], go_nullified)),
                rust=accept(verify_result([nullified_lines(small_tail)])),
                examples=iv,
                strict=iv,
            ),
            "#14: nullified_count differs — Go counts the string as nullified, Rust's reader does not.",
        ),
        case(
            "repository/forged-index",
            "bundle 2 replaced by other records with every hash and size updated except the chain hash (#15)",
            ["plcbundle.hash.chain"],
            forged(bundles),
            per_profile(
                go=accept(forged_result(bundles)),
                rust=accept(forged_result(bundles)),
                examples=reject("checksum_mismatch"),
                strict=reject("checksum_mismatch"),
            ),
            "#15: neither upstream CLI recomputes the chain hash, so a self-consistent forgery passes both.",
        ),
        case(
            "repository/short-non-final-bundle",
            "two bundles of 40 records: the first is not the last but holds fewer than 10,000",
            [c("bundle.size")],
            repo([small_tail[:20], small_tail[20:]]),
            split(accept(verify_result([small_tail[:20], small_tail[20:]])), reject("invalid_length")),
            "Upstream verifiers never count records against 10,000.",
        ),
        case(
            "repository/out-of-order",
            "a bundle whose records go back in time",
            [c("bundle.order")],
            repo([[*small_tail[5:10], *small_tail[:5]]]),
            split(accept(verify_result([[*small_tail[5:10], *small_tail[:5]]])), iv),
            "Upstream tools check order only while fetching, never when verifying.",
        ),
        case(
            "repository/boundary-repeated",
            "bundle 2 starts again with bundle 1's boundary record (#13)",
            [c("bundle.boundary")],
            repo([head, [head[-1], *tail[:30]]]),
            split(accept(verify_result([head, [head[-1], *tail[:30]]])), iv),
            "#13: what the TypeScript and Ruby scripts produce after a framed bundle they cannot decode.",
        ),
        case(
            "repository/index-version-2",
            'index version "2.0"',
            [c("index.version")],
            edit_index(repo([small_tail]), lambda i: i.update(version="2.0")),
            per_profile(
                go=reject("unsupported_version"),
                rust=accept(verify_result([small_tail])),
                examples=reject("unsupported_version"),
                strict=reject("unsupported_version"),
            ),
            "Go refuses any version but 1.0; Rust does not look.",
        ),
        case(
            "repository/totals-wrong",
            "total_size_bytes that is not the sum of compressed_size",
            [c("index.totals")],
            edit_index(repo([small_tail]), lambda i: i.update(total_size_bytes=1)),
            split(accept(verify_result([small_tail])), iv),
            "Upstream verifiers do not check the totals.",
        ),
        case(
            "repository/mempool-wrong-number",
            "a mempool file for a bundle other than the next one",
            [c("mempool.file")],
            {**repo([small_tail]), repository.mempool_filename(5): content_of(tail[40:45])},
            split(accept(verify_result([small_tail])), iv),
            "Rust deletes such files at start-up; Go ignores them; neither verifies them.",
        ),
    ]
    return out


def go_times(index: dict) -> None:
    previous = ""
    for entry in index["bundles"]:
        entry["start_time"], entry["end_time"] = writer.go_time(entry["start_time"]), writer.go_time(entry["end_time"])
        entry["cursor"] = previous
        previous = entry["end_time"]


def frames_only_sizes(files: dict[str, bytes]) -> Callable[[dict], None]:
    def change(index: dict) -> None:
        for entry in index["bundles"]:
            data = files[repository.bundle_filename(entry["bundle_number"])]
            (length,) = struct.unpack_from("<I", data, 4)
            entry["compressed_size"] = len(data) - 8 - length
        index["total_size_bytes"] = sum(e["compressed_size"] for e in index["bundles"])

    return change


def zero_uncompressed(index: dict) -> None:
    for entry in index["bundles"]:
        entry["uncompressed_size"] = 0
    index["total_uncompressed_size_bytes"] = 0


def partial_clone(bundles: list[list[str]]) -> dict[str, bytes]:
    full = repo(bundles)
    files = {name: data for name, data in full.items() if name != repository.bundle_filename(1)}
    return edit_index(
        files,
        lambda i: [
            i["bundles"].pop(0),
            i.update(
                total_size_bytes=i["bundles"][0]["compressed_size"],
                total_uncompressed_size_bytes=i["bundles"][0]["uncompressed_size"],
            ),
        ],
    )


def partial_result(bundles: list[list[str]]) -> dict[str, Any]:
    """Go verifying a clone that starts at bundle 2: the chain is recomputed from bundle 2 as if genesis."""
    tail = bundles[1]
    records = [json.loads(line) for line in tail]
    content_hash = hashlib.sha256(content_of(tail)).hexdigest()
    head = chain("", content_hash)
    return {
        "bundles": [
            {
                "bundle_number": 2,
                "operation_count": len(tail),
                "did_count": len({r["did"] for r in records}),
                "nullified_count": sum(1 for r in records if r["nullified"] is True),
                "content_hash": content_hash,
                "hash": head,
            }
        ],
        "chain_head": head,
        "mempool_count": 0,
    }


def nullified_lines(lines: list[str]) -> list[str]:
    return [lines[0], lines[1].replace('"nullified":false', '"nullified":"bafyreinullifier"', 1), *lines[2:]]


def go_nullified(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value != "")


def nullified_repo(lines: list[str]) -> dict[str, bytes]:
    return repo([nullified_lines(lines)], layouts=["legacy"])


def forged(bundles: list[list[str]]) -> dict[str, bytes]:
    head, tail = bundles
    honest = repo(bundles)
    forged_tail = [*tail[:-1], tail[-2]]  # the last record replaced by a copy of the one before
    other = repo([head, forged_tail])
    files = dict(other)

    def keep_chain(index: dict) -> None:
        true_index = json.loads(honest[schema.INDEX_FILE])
        index["bundles"][1]["hash"] = true_index["bundles"][1]["hash"]

    return edit_index(files, keep_chain)


def forged_result(bundles: list[list[str]]) -> dict[str, Any]:
    head, tail = bundles
    return verify_result([head, [*tail[:-1], tail[-2]]])


# --- replay and global positions -------------------------------------------------------------------------

REPLAY_CLAUSES = [
    "plcbundle.replay.order",
    "plcbundle.replay.genesis",
    "plcbundle.replay.cid",
    "plcbundle.replay.signature",
    "plcbundle.replay.prev",
    "plcbundle.replay.fork",
    "plcbundle.replay.tombstone",
    "plcbundle.replay.legacy-create",
    "plcbundle.replay.nullified-flag",
    "plcbundle.replay.invalid",
    "plcbundle.replay.state",
]


def replay_case(path: str, description: str, expected: dict[str, Any], files: dict[str, bytes]) -> GeneratedCase:
    return GeneratedCase("valid", path, description, REPLAY_CLAUSES, files, expect=accept(expected), operation="replay")


def replay_cases() -> list[GeneratedCase]:
    mixed = stream(11, 12)
    stale = stream(12, 8, "stale")
    curves = ops.generate_stream(13, 10, scenarios=NO_GARBAGE, curves=("p256",), legacy_fraction=0.5)
    signed = stream(14, 16)
    lines = list(signed.lines)
    return [
        replay_case(
            "replay/mixed",
            "every scenario on 12 DIDs, both curves, one framed bundle",
            ops.expected_snapshot(mixed),
            repo([list(mixed.lines)]),
        ),
        replay_case(
            "replay/stale-flags",
            "stored nullified flags all false (exported as accepted): the replay derives nullification itself",
            ops.expected_snapshot(stale),
            repo([list(stale.lines)], layouts=["legacy"]),
        ),
        replay_case(
            "replay/legacy-creates-p256",
            "half the DIDs created by legacy `create`, P-256 keys",
            ops.expected_snapshot(curves),
            repo([list(curves.lines)]),
        ),
        replay_case(
            "replay/two-bundles-and-mempool",
            "two bundles and a mempool: the stream runs across all"
            " three in order (replay does not verify, so bundle 1 need not hold 10,000 records)",
            ops.expected_snapshot(signed),
            repo([lines[:60], lines[60:120]], mempool=lines[120:]),
        ),
    ]


def global_cases() -> list[GeneratedCase]:
    first, second = filler_lines(10, tag="b"), filler_lines(10, FILLER_START + timedelta(hours=1), tag="c")
    files = repo([first, second])
    return [
        GeneratedCase(
            "impl-defined",
            "repository/global-position-10005",
            "the record at global position 10005 (#9)",
            ["plcbundle.access.global"],
            files,
            operation="get_operation",
            options={"global_position": 10005},
            by_profile=per_profile(
                go=accept(first[5]), rust=accept(second[5]), examples=accept(second[5]), strict=accept(second[5])
            ),
            notes="#9: Go numbers global positions bundle × 10000 + p, Rust (bundle − 1) × 10000 + p; the spec"
            " takes Rust's. (The bundles are short: get_operation does not verify the repository.)",
        )
    ]


def generate() -> list[GeneratedCase]:
    cases = bundle_cases() + access_cases() + repository_cases() + replay_cases() + global_cases()
    return copy.deepcopy(cases)

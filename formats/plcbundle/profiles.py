"""The implementation profiles of plcbundle: what each family of upstream tools writes and accepts.

`go` is atscan/plcbundle @ a35bdaa, `rust` atscan/plcbundle-rs @ f78030d, `examples` the TypeScript,
Python and Ruby scripts of atscan/plcbundle-js @ c2c1f89 (they write; they have no verifier, so the profile
reads and verifies by the spec and tolerates only what those writers produce), and `strict` is the kit's
own reading of the spec: it rejects everything the spec forbids even where upstream accepts it. The spec's
"Profiles" table is generated from this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from binfmt_conformance.formats.plcbundle import schema

PROFILE_NAMES = ("go", "rust", "examples", "strict")
DEFAULT_PROFILE = "strict"

GO_METADATA_ORDER = (
    "format",
    "origin",
    "bundle_number",
    "content_hash",
    "parent_hash",
    "operation_count",
    "did_count",
    "start_time",
    "end_time",
    "created_at",
    "created_by",
    "created_by_host",
    "cursor",
    "notes",
    "frame_count",
    "frame_size",
    "frame_offsets",
)
RUST_METADATA_ORDER = (
    "format",
    "bundle_number",
    "origin",
    "content_hash",
    "parent_hash",
    "uncompressed_size",
    "compressed_size",
    "operation_count",
    "did_count",
    "start_time",
    "end_time",
    "created_at",
    "created_by",
    "frame_count",
    "frame_size",
    "frame_offsets",
)
# Members a serde reader (Rust) cannot do without; Go's reader takes zero values for absent members.
RUST_METADATA_REQUIRED = (
    "format",
    "bundle_number",
    "origin",
    "content_hash",
    "operation_count",
    "did_count",
    "start_time",
    "end_time",
    "created_at",
    "created_by",
    "frame_count",
    "frame_size",
    "frame_offsets",
)


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    # --- writer ---
    layout: Literal["framed", "legacy"]
    format_string: str | None
    metadata_order: tuple[str, ...]
    zstd_level: int
    frame_checksum: bool
    index_compressed_size: Literal["file", "frames"]  # #4
    cursor_rule: Literal["previous_end", "fetch_cursor", "any_later"]  # written / accepted, #6
    genesis_parent_member: bool  # index entry of bundle 1 carries `"parent": ""` (#8)
    index_origin: bool  # writes `origin` (#7)
    index_total_uncompressed: bool  # writes `total_uncompressed_size_bytes` (#7)
    time_text: Literal["raw", "go"]  # how index/metadata times are written (#3)
    # --- reader ---
    spec_reader: bool  # reads by the spec (every check of the spec runs), not like an upstream tool
    metadata_fallback: bool  # unusable metadata → sequential scan instead of an error
    metadata_required: tuple[str, ...]  # members a metadata frame must have to be usable
    honours_frame_size: bool  # False: position p is always in frame p div 100 (#16)
    line_limit: Literal["reject", "stop", "none"]  # a line past MAX_LINE_BYTES (#21)
    final_newline_required: bool
    skips_empty_lines: bool
    checks_record_members: bool
    string_nullified: Literal["reject", "nullified", "not_nullified"]  # #14
    global_position_base: int  # global = (bundle - base) * 10000 + position (#9)
    # --- verifier (which repository checks run is in formats.plcbundle.checks) ---
    index_required: tuple[str, ...]
    entry_required: tuple[str, ...]


INDEX_ALL = tuple(f.name for f in schema.INDEX.fields)
ENTRY_ALL = tuple(f.name for f in schema.INDEX_ENTRY.fields)

PROFILES: dict[str, Profile] = {
    "go": Profile(
        name="go",
        summary="atscan/plcbundle (Go) ≥ v0.5.0-alpha.12: framed writer, level 1, no frame checksums",
        layout="framed",
        format_string=schema.FORMAT_GO,
        metadata_order=GO_METADATA_ORDER,
        zstd_level=1,
        frame_checksum=False,
        index_compressed_size="file",
        cursor_rule="fetch_cursor",
        genesis_parent_member=False,
        index_origin=True,
        index_total_uncompressed=True,
        time_text="go",
        spec_reader=False,
        metadata_fallback=True,
        metadata_required=("frame_offsets",),
        honours_frame_size=False,
        line_limit="stop",
        final_newline_required=False,
        skips_empty_lines=True,
        checks_record_members=False,
        string_nullified="nullified",
        global_position_base=0,
        index_required=("version", "bundles"),
        entry_required=("bundle_number",),
    ),
    "rust": Profile(
        name="rust",
        summary="atscan/plcbundle-rs 0.9.0-alpha.2: framed writer, level 1, XXH64 frame checksums",
        layout="framed",
        format_string=schema.FORMAT_RUST,
        metadata_order=RUST_METADATA_ORDER,
        zstd_level=1,
        frame_checksum=True,
        index_compressed_size="frames",
        cursor_rule="previous_end",
        genesis_parent_member=True,
        index_origin=True,
        index_total_uncompressed=True,
        time_text="raw",
        spec_reader=False,
        metadata_fallback=True,
        metadata_required=RUST_METADATA_REQUIRED,
        honours_frame_size=False,
        line_limit="none",
        final_newline_required=False,
        skips_empty_lines=False,
        checks_record_members=False,
        string_nullified="not_nullified",
        global_position_base=1,
        index_required=("origin", "last_bundle", "total_uncompressed_size_bytes", "bundles"),
        entry_required=tuple(n for n in ENTRY_ALL if n != "parent"),
    ),
    "examples": Profile(
        name="examples",
        summary="plcbundle-js TypeScript/Python/Ruby scripts: legacy writer (one zstd frame, level 3)",
        layout="legacy",
        format_string=None,
        metadata_order=(),
        zstd_level=3,
        frame_checksum=False,
        index_compressed_size="file",
        cursor_rule="previous_end",
        genesis_parent_member=True,
        index_origin=False,
        index_total_uncompressed=False,
        time_text="raw",
        spec_reader=True,
        metadata_fallback=False,
        metadata_required=RUST_METADATA_REQUIRED,
        honours_frame_size=True,
        line_limit="reject",
        final_newline_required=True,
        skips_empty_lines=False,
        checks_record_members=True,
        string_nullified="reject",
        global_position_base=1,
        index_required=tuple(n for n in INDEX_ALL if n not in ("origin", "total_uncompressed_size_bytes")),
        entry_required=ENTRY_ALL,
    ),
    "strict": Profile(
        name="strict",
        summary="the kit's verifier: the spec's rules, nothing tolerated; writes like Go but copies times",
        layout="framed",
        format_string=schema.FORMAT_GO,
        metadata_order=GO_METADATA_ORDER,
        zstd_level=1,
        frame_checksum=False,
        index_compressed_size="file",
        cursor_rule="previous_end",
        genesis_parent_member=True,
        index_origin=True,
        index_total_uncompressed=True,
        time_text="raw",
        spec_reader=True,
        metadata_fallback=False,
        metadata_required=RUST_METADATA_REQUIRED,
        honours_frame_size=True,
        line_limit="reject",
        final_newline_required=True,
        skips_empty_lines=False,
        checks_record_members=True,
        string_nullified="reject",
        global_position_base=1,
        index_required=INDEX_ALL,
        entry_required=ENTRY_ALL,
    ),
}
assert tuple(PROFILES) == PROFILE_NAMES


def get(name: str) -> Profile:
    return PROFILES[name]

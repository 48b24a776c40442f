"""Markdown blocks for spec/formats/plcbundle.md, rendered from the schema, the profiles and the checks table."""

from __future__ import annotations

from binfmt_conformance.formats import doc
from binfmt_conformance.formats.plcbundle import checks, profiles, schema


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def yes(flag: bool) -> str:
    return "yes" if flag else "—"


def metadata_frame() -> str:
    return doc.byte_table(schema.METADATA_FRAME)


def metadata_members() -> str:
    go, rust = profiles.GO_METADATA_ORDER, profiles.RUST_METADATA_ORDER
    rows = [
        "| member | JSON | Go writes | Rust writes | required (strict, examples, rust) | meaning |",
        "|---|---|---:|---:|---|---|",
    ]
    for field in schema.METADATA.fields:
        kind = schema.METADATA_JSON_KINDS[field.name]
        rows.append(
            f"| `{field.name}` | {kind} | {go.index(field.name) + 1 if field.name in go else '—'} | "
            f"{rust.index(field.name) + 1 if field.name in rust else '—'} | "
            f"{yes(field.name in profiles.RUST_METADATA_REQUIRED)} | {cell(field.doc)} |"
        )
    return "\n".join(rows) + "\n"


def record_members() -> str:
    rows = ["| member | JSON | meaning |", "|---|---|---|"]
    rows += [f"| `{name}` | {kind} | {cell(text)} |" for name, (kind, text) in schema.RECORD_MEMBERS.items()]
    return "\n".join(rows) + "\n"


def _json_struct(struct, required_by) -> str:
    names = profiles.PROFILE_NAMES
    rows = [
        "| member | type | " + " | ".join(f"required ({n})" for n in names) + " | meaning |",
        "|---|---|" + "---|" * len(names) + "---|",
    ]
    for field in struct.fields:
        marks = " | ".join(yes(field.name in required_by(profiles.PROFILES[n])) for n in names)
        rows.append(f"| `{field.name}` | `{doc.type_name(field.type)}` | {marks} | {cell(field.doc)} |")
    return "\n".join(rows) + "\n"


def index_members() -> str:
    return _json_struct(schema.INDEX, lambda p: p.index_required)


def entry_members() -> str:
    return _json_struct(schema.INDEX_ENTRY, lambda p: p.entry_required)


def check_table() -> str:
    return checks.CHECKS.markdown(profiles.PROFILE_NAMES, stages=True)


PROFILE_ROWS = (
    ("layout written", lambda p: p.layout),
    ("metadata `format`", lambda p: f"`{p.format_string}`" if p.format_string else "—"),
    ("zstd level", lambda p: str(p.zstd_level)),
    ("frame checksums (XXH64)", lambda p: yes(p.frame_checksum)),
    ("index `compressed_size`", lambda p: "data frames" if p.index_compressed_size == "frames" else "file size"),
    (
        "cursor rule",
        lambda p: {
            "previous_end": "previous end_time",
            "fetch_cursor": "empty or ≥ previous end_time",
            "any_later": "any later time",
        }[p.cursor_rule],
    ),
    ("bundle 1 entry has `parent`", lambda p: yes(p.genesis_parent_member)),
    ("index `origin` written", lambda p: yes(p.index_origin)),
    ("index `total_uncompressed_size_bytes` written", lambda p: yes(p.index_total_uncompressed)),
    ("times in metadata/index", lambda p: "Go re-formatted" if p.time_text == "go" else "copied verbatim"),
    ("reads by the spec", lambda p: yes(p.spec_reader)),
    ("unusable metadata", lambda p: "sequential scan" if p.metadata_fallback else "rejected"),
    ("honours `frame_size`", lambda p: yes(p.honours_frame_size)),
    (
        "line over 1 MiB",
        lambda p: {"reject": "limit_exceeded", "stop": "records stop before it", "none": "accepted"}[p.line_limit],
    ),
    ("empty line", lambda p: "skipped" if p.skips_empty_lines else "rejected"),
    (
        "string `nullified`",
        lambda p: {"reject": "rejected", "nullified": "nullified if non-empty", "not_nullified": "not nullified"}[
            p.string_nullified
        ],
    ),
    (
        "global position of (bundle b, p)",
        lambda p: "b × 10000 + p" if p.global_position_base == 0 else "(b − 1) × 10000 + p",
    ),
)


def profile_table() -> str:
    names = profiles.PROFILE_NAMES
    rows = ["| | " + " | ".join(f"`{n}`" for n in names) + " |", "|---|" + "---|" * len(names)]
    for label, render in PROFILE_ROWS:
        rows.append(f"| {label} | " + " | ".join(cell(render(profiles.PROFILES[n])) for n in names) + " |")
    return "\n".join(rows) + "\n"


def model() -> str:
    return doc.type_tree(schema.space, schema.BUNDLE)


SPEC_TABLES = {
    "plcbundle.metadata-frame": metadata_frame,
    "plcbundle.metadata": metadata_members,
    "plcbundle.record": record_members,
    "plcbundle.index": index_members,
    "plcbundle.entry": entry_members,
    "plcbundle.checks": check_table,
    "plcbundle.profiles": profile_table,
    "plcbundle.model": model,
}

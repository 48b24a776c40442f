"""Writing plcbundle files: framed bundles as each profile's writer lays them out, and legacy bundles.

The content is always the record lines, each followed by one 0x0A; what differs between writers is the
container around it (layout, metadata members and their order, zstd level, frame checksums, time text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.formats.plcbundle.profiles import Profile
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.reference_impl.plcbundle import jsontext
from binfmt_conformance.reference_impl.plcbundle.reader import did_count, profile_of

CREATED_BY = {"go": "plcbundle/v0.5.0-alpha.19", "rust": "plcbundle/0.9.0-alpha.2", "strict": "binfmt-conformance/0.1"}
FIXED_WRITE_TIME = datetime(2025, 11, 13, 12, 0, 0, tzinfo=UTC)  # the generator's clock: reproducible files


@dataclass
class BundleInfo:
    """What a writer needs beyond the records: the bundle's place in its repository and provenance."""

    bundle_number: int = 1
    origin: str = "https://plc.directory"
    parent_hash: str = ""
    cursor: str = ""
    created_at: datetime = FIXED_WRITE_TIME
    created_by: str | None = None  # default: per profile
    created_by_host: str = ""
    notes: str = ""


def content_of(lines: Sequence[str]) -> bytes:
    """The content: every line followed by one 0x0A, the last one included."""
    return "".join(line + "\n" for line in lines).encode("utf-8")


def chain_hash(parent: str, content_hash: str) -> str:
    """Genesis (`parent == ""`): sha256("plcbundle:genesis:" + content_hash); else sha256(parent + ":" + it)."""
    text = schema.GENESIS_PREFIX + content_hash if parent == "" else parent + ":" + content_hash
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def go_time(created_at: str) -> str:
    """A `createdAt` as Go writes a time.Time back (RFC3339Nano): fractional trailing zeros dropped."""
    if not created_at.endswith("Z") or "." not in created_at:
        return created_at
    whole, fraction = created_at[:-1].split(".", 1)
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}Z" if fraction else f"{whole}Z"


def profile_time(created_at: str, profile: Profile) -> str:
    return go_time(created_at) if profile.time_text == "go" else created_at


def write_time(moment: datetime, profile: Profile) -> str:
    """A wall-clock time as the profile's writer prints its own timestamps."""
    moment = moment.astimezone(UTC)
    if profile.name == "rust":
        return moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    if profile.name == "examples":
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += ("." + f"{moment.microsecond:06d}").rstrip("0")
    return text + "Z"


def record_fields(lines: Sequence[str]) -> list[dict[str, Any]]:
    """Each line's JSON object, or {} when it is not one (writers of broken cases still need a layout)."""
    out = []
    for line in lines:
        try:
            value = jsontext.loads(line)
        except (ValueError, RecursionError):
            value = None
        out.append(value if isinstance(value, dict) else {})
    return out


def compress_frames(lines: Sequence[str], profile: Profile, frame_size: int = schema.RECORDS_PER_FRAME) -> list[bytes]:
    return [
        zstd_frames.compress(content_of(lines[i : i + frame_size]), profile.zstd_level, checksum=profile.frame_checksum)
        for i in range(0, len(lines), frame_size)
    ]


def relative_offsets(frames: Sequence[bytes]) -> list[int]:
    offsets = [0]
    for frame in frames:
        offsets.append(offsets[-1] + len(frame))
    return offsets


def build_metadata(
    lines: Sequence[str], frames: Sequence[bytes], profile: Profile, info: BundleInfo, frame_size: int
) -> dict[str, Any]:
    """The metadata members `profile`'s writer emits, in its order (absent optional members left out)."""
    records = record_fields(lines)
    created = [r.get("createdAt") if isinstance(r.get("createdAt"), str) else "" for r in records]
    content = content_of(lines)
    values: dict[str, Any] = {
        "format": profile.format_string,
        "origin": info.origin,
        "bundle_number": info.bundle_number,
        "content_hash": hashlib.sha256(content).hexdigest(),
        "parent_hash": info.parent_hash or None,
        "uncompressed_size": len(content),
        "compressed_size": sum(len(f) for f in frames),
        "operation_count": len(lines),
        "did_count": did_count(records),
        "start_time": profile_time(created[0], profile) if created else "",
        "end_time": profile_time(created[-1], profile) if created else "",
        "created_at": write_time(info.created_at, profile),
        "created_by": info.created_by or CREATED_BY.get(profile.name, CREATED_BY["go"]),
        "created_by_host": info.created_by_host or None,
        "cursor": info.cursor or None,
        "notes": info.notes or None,
        "frame_count": len(frames),
        "frame_size": frame_size,
        "frame_offsets": relative_offsets(frames),
    }
    # Go and Rust leave out an empty parent (omitempty / skip_serializing_if); Go also its empty extras.
    return {name: values[name] for name in profile.metadata_order if values[name] is not None}


def assemble(metadata_text: str | bytes, frames: Sequence[bytes], magic: int = schema.METADATA_MAGIC) -> bytes:
    payload = metadata_text.encode("utf-8") if isinstance(metadata_text, str) else metadata_text
    return zstd_frames.skippable_frame(magic, payload) + b"".join(frames)


def write_framed(
    lines: Sequence[str],
    profile: str | Profile = "go",
    info: BundleInfo | None = None,
    *,
    frame_size: int = schema.RECORDS_PER_FRAME,
    edit_metadata: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> bytes:
    """A framed bundle as `profile`'s writer makes it (the examples profile has none: it writes as strict).

    `edit_metadata` rewrites the members before they are serialised (the corpus uses it for broken files)."""
    prof = profile_of(profile)
    if prof.layout != "framed":
        prof = profile_of("strict")
    info = info or BundleInfo()
    frames = compress_frames(lines, prof, frame_size)
    metadata = build_metadata(lines, frames, prof, info, frame_size)
    if edit_metadata is not None:
        metadata = edit_metadata(metadata)
    return assemble(jsontext.dumps_compact(metadata, go_escapes=prof.name == "go"), frames)


def write_legacy(lines: Sequence[str], level: int = 3, *, checksum: bool = False) -> bytes:
    """A legacy bundle: the whole content as one zstd frame (the examples write level 3, no checksum)."""
    return zstd_frames.compress(content_of(lines), level, checksum=checksum)


def write_bundle(lines: Sequence[str], profile: str | Profile = "go", info: BundleInfo | None = None) -> bytes:
    """A bundle in the layout `profile` writes."""
    prof = profile_of(profile)
    if prof.layout == "legacy":
        return write_legacy(lines, prof.zstd_level, checksum=prof.frame_checksum)
    return write_framed(lines, prof, info)

"""Reading one plcbundle file: layout detection, the metadata frame, the frame table, per-profile fallback,
random access to one record and range reads that decompress only the frames they need.

Which check runs under which profile is decided by `formats.plcbundle.checks`; what a profile's reader does
where upstream tools differ (fallback, line limit, empty lines) by `formats.plcbundle.profiles`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import construct as c
import zstandard

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.plcbundle import limits, schema
from binfmt_conformance.formats.plcbundle.checks import CHECKS
from binfmt_conformance.formats.plcbundle.profiles import PROFILES, Profile
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.reference_impl.plcbundle import jsontext

DID_PATTERN = re.compile(r"did:plc:[a-z2-7]{24}\Z")
CREATED_AT_PATTERN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")
DID_MATCH, CREATED_AT_MATCH = DID_PATTERN.match, CREATED_AT_PATTERN.match
# The fast paths of split_content and parse_records (tests turn them off to compare with the exact paths).
FAST_PATHS = True
HEX64 = re.compile(r"[0-9a-f]{64}\Z")
U32_MAX = (1 << 32) - 1
U64_MAX = (1 << 64) - 1
I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1


@dataclass
class Metadata:
    """A metadata frame: the JSON text exactly as stored and its members as parsed."""

    text: str
    members: dict[str, Any]
    frame_bytes: int  # 8 + payload length: where the data frames start

    def get(self, name: str, default: Any = None) -> Any:
        return self.members.get(name, default)

    @property
    def frame_offsets(self) -> list[int]:
        return self.members.get("frame_offsets") or []

    def fields(self) -> dict[str, Any]:
        """The members in the document model's order; absent ones are None (frame_offsets: [])."""
        out = {}
        for member in schema.METADATA.field_names():
            out[member] = self.members.get(member, [] if member == "frame_offsets" else None)
        return out


@dataclass
class Bundle:
    layout: str  # "legacy" or "framed" (how the records were read)
    metadata: Metadata | None
    records: list[str]
    content: bytes  # the decompressed content exactly as stored
    data_bytes: int = 0  # bytes of the data frames (file size minus the metadata frame)
    frame_count: int = 0
    parsed: list[dict[str, Any]] = field(default_factory=list)  # each record's JSON object

    @cached_property
    def content_hash(self) -> str:  # hashed once: the metadata check and verify both ask
        return hashlib.sha256(self.content).hexdigest()


def profile_of(name: str | Profile) -> Profile:
    return name if isinstance(name, Profile) else PROFILES[name]


# --- metadata ------------------------------------------------------------------------------------------


def kind_ok(kind: str, value: Any, member: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind in ("uint", "uint?"):
        if value is None:
            return kind == "uint?"
        limit = U32_MAX if member == "bundle_number" else U64_MAX
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit
    if kind == "int[]":
        return isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) and I64_MIN <= v <= I64_MAX for v in value
        )
    raise AssertionError(kind)


def parse_metadata(payload: bytes, profile: Profile) -> Metadata:
    """The metadata of a frame payload as `profile`'s reader takes it; FormatError when that reader cannot
    use it (the caller decides between failing and falling back)."""
    if len(payload) > limits.MAX_METADATA_BYTES:
        raise CHECKS.error("metadata.json", f"metadata of {len(payload)} bytes", ErrorClass.LIMIT_EXCEEDED)
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CHECKS.error("metadata.json", f"metadata is not UTF-8 ({exc.reason})", ErrorClass.INVALID_UTF8) from None
    try:
        members = jsontext.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CHECKS.error("metadata.json", f"metadata is not JSON: {exc}") from None
    if not isinstance(members, dict):
        raise CHECKS.error("metadata.json", "metadata is not a JSON object")
    for member, kind in schema.METADATA_JSON_KINDS.items():
        if member in members and not kind_ok(kind, members[member], member):
            raise CHECKS.error("metadata.members", f"metadata member {member} is not a {kind}")
    missing = [m for m in profile.metadata_required if m not in members]
    if missing:
        raise CHECKS.error("metadata.members", f"metadata lacks {', '.join(missing)}")
    if not members.get("frame_offsets"):
        raise CHECKS.error("frames.table", "metadata has no frame offsets")
    if profile.spec_reader:
        check_metadata_strict(members)
    return Metadata(text, members, schema.METADATA_HEADER_SIZE + len(payload))


def check_metadata_strict(members: dict[str, Any]) -> None:
    if members["format"] not in schema.KNOWN_FORMATS:
        raise CHECKS.error("metadata.format", f"unknown metadata format {members['format']!r}")
    if members["frame_size"] != schema.RECORDS_PER_FRAME:
        raise CHECKS.error("metadata.frame-size", f"frame_size {members['frame_size']}, not 100")
    number, parent = members["bundle_number"], members.get("parent_hash", "")
    if number < 1:
        raise CHECKS.error("metadata.members", "bundle_number 0")
    if number == 1 and parent:
        raise CHECKS.error("metadata.members", "bundle 1 has a parent_hash")
    if number > 1 and not HEX64.match(parent or ""):
        raise CHECKS.error("metadata.members", f"bundle {number} lacks a parent_hash of 64 hex digits")
    if not HEX64.match(members["content_hash"]):
        raise CHECKS.error("metadata.members", "content_hash is not 64 lowercase hex digits")


def frame_magic(data: bytes, offset: int = 0) -> int | None:
    """The magic of the frame at `offset` (schema.FRAME_START), None when fewer bytes remain than it has."""
    return zstd_frames.frame_magic(data, offset)


is_skippable_magic = zstd_frames.is_skippable_magic


def metadata_header(data: bytes) -> c.Container | None:
    """The header (magic, payload length) of a skippable frame at offset 0, None when the file does not start
    with one; a length past the end of the file is `truncated` under every profile."""
    if not is_skippable_magic(frame_magic(data)):
        return None
    header = CHECKS.parse(schema.SKIPPABLE_HEADER, data, {c.StreamError: "metadata.length"})
    if schema.SKIPPABLE_HEADER.sizeof() + header.length > len(data):
        CHECKS.fail("metadata.length", f"metadata frame of {header.length} bytes runs past the end of the file")
    return header


def read_metadata(data: bytes, profile: Profile) -> Metadata | None:
    """The usable metadata frame of `data` under `profile`, or None (legacy layout, or a fallback)."""
    header = metadata_header(data)
    if header is None:
        if frame_magic(data) != zstd_frames.FRAME_MAGIC:
            CHECKS.fail("file.magic", f"file starts with {data[:4].hex() or 'nothing'}, not a bundle")
        return None
    try:
        if header.magic != schema.METADATA_MAGIC:
            CHECKS.fail("metadata.magic", f"skippable frame magic {header.magic:#010x}, not 0x184d2a50")
        metadata = parse_metadata(schema.METADATA_FRAME.parse(data).json, profile)
    except FormatError:
        if profile.metadata_fallback:
            return None
        raise
    check_declared_size(metadata)
    return metadata


def check_declared_size(metadata: Metadata) -> None:
    """A file whose frame table ends past the file cap is refused from the declaration, before a frame is
    walked (plcbundle.limits.file): a reader need not be handed 192 MiB to apply the cap."""
    offsets = metadata.frame_offsets
    end = metadata.frame_bytes + max((o for o in offsets if isinstance(o, int)), default=0)
    if end > limits.MAX_FILE_BYTES:
        CHECKS.fail("limits.file", f"frame_offsets declare a file of {end} bytes, limit {limits.MAX_FILE_BYTES}")


def data_start(data: bytes) -> int:
    """Where the data frames start: after a leading skippable frame, if any."""
    header = metadata_header(data)
    return 0 if header is None else schema.SKIPPABLE_HEADER.sizeof() + header.length


# --- frames ---------------------------------------------------------------------------------------------


def decompress_frame(frame: bytes, limit: int) -> bytes:
    """One complete zstd frame (its extent already walked), bounded by `limit` output bytes; a bad XXH64
    checksum is `checksum_mismatch`."""
    try:
        return zstd_frames.decompress_bounded(frame, limit, across_frames=False, chunk=1 << 17)
    except zstd_frames.OverLimit:
        raise CHECKS.error("limits.content", f"decompressed size exceeds {limit} bytes") from None
    except zstandard.ZstdError as exc:
        error_class = ErrorClass.CHECKSUM_MISMATCH if "checksum" in str(exc) else ErrorClass.DECOMPRESSION_FAILED
        raise CHECKS.error("frames.decode", f"zstd: {exc}", error_class) from None


def walk_frames(data: bytes, start: int) -> list[tuple[int, int]]:
    """(offset, size) of every frame from `start` on; a frame cut short is `truncated`."""
    frames, offset = [], start
    while offset < len(data):
        try:
            size = zstd_frames.frame_size(data, offset)
        except FormatError as exc:
            raise CHECKS.error("frames.decode", exc.message, exc.error_class) from None
        frames.append((offset, size))
        offset += size
    return frames


def is_skippable(data: bytes, offset: int) -> bool:
    return is_skippable_magic(frame_magic(data, offset))


def decompress_all(data: bytes, start: int) -> tuple[list[bytes], list[tuple[int, int]]]:
    """Every data frame from `start` on, decompressed in order (skippable frames skipped), within the
    content limit; the frames' (offset, size) too."""
    frames = [f for f in walk_frames(data, start) if not is_skippable(data, f[0])]
    if not frames:
        raise CHECKS.error("frames.decode", "no zstd data frame")
    parts, total = [], 0
    for offset, size in frames:
        part = decompress_frame(data[offset : offset + size], limits.MAX_CONTENT_BYTES - total)
        total += len(part)
        parts.append(part)
    return parts, frames


def check_frame_table(data: bytes, metadata: Metadata, frames: list[tuple[int, int]]) -> None:
    """Strict: frame_offsets describes exactly the data frames that follow the metadata frame."""
    offsets, base = metadata.frame_offsets, metadata.frame_bytes
    count = metadata.get("frame_count")
    if len(offsets) != count + 1:
        raise CHECKS.error("frames.table", f"{len(offsets)} frame offsets for frame_count {count}")
    actual = [offset - base for offset, _ in frames] + [len(data) - base]
    if offsets != actual:
        first = (
            next(i for i, (a, b) in enumerate(zip(offsets, actual, strict=False)) if a != b)
            if len(offsets) == len(actual)
            else min(len(offsets), len(actual))
        )
        raise CHECKS.error("frames.table", f"frame_offsets[{first}] does not land on a frame boundary")


# --- content ---------------------------------------------------------------------------------------------


def split_content(content: bytes, profile: Profile) -> list[str]:
    """The record lines of `content` as `profile`'s reader sees them."""
    lines_held = content.count(b"\n") + (not content.endswith(b"\n"))
    if lines_held > limits.MAX_RECORDS:
        raise CHECKS.error("limits.records", f"content of {lines_held} lines, limit {limits.MAX_RECORDS}")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CHECKS.error("content.utf8", f"content is not UTF-8 at byte {exc.start}") from None
    if not text:
        return []
    lines = text.split("\n")
    del text  # the lines hold the content again: keep it only twice over (bytes, lines)
    if lines[-1]:
        CHECKS.require("content.final-newline", False, "the last line has no newline", profile.name)
    else:
        lines.pop()
    # No line is near the line limit (a character is at most 4 bytes) and none is empty: every line is a
    # record as it stands, found by two C scans; otherwise the loop below decides (and names the line).
    near_limit = profile.line_limit != "none" and max(map(len, lines), default=0) * 4 > limits.MAX_LINE_BYTES
    if FAST_PATHS and not near_limit and "" not in lines:
        return lines
    return checked_lines(lines, profile)


def checked_lines(lines: list[str], profile: Profile) -> list[str]:
    """The exact path of `split_content`: line by line, the line limit and empty lines as `profile` reads them."""
    out = []
    for number, line in enumerate(lines):
        long = len(line) * 4 > limits.MAX_LINE_BYTES and profile.line_limit != "none"
        if long and (len(line) if line.isascii() else len(line.encode())) > limits.MAX_LINE_BYTES:
            if profile.line_limit == "stop":  # Go's scanner stops at its 1 MiB token limit, reporting nothing
                break
            CHECKS.require("record.line-limit", False, f"line {number} is longer than 1 MiB", profile.name)
        if not line:
            if profile.skips_empty_lines:
                continue
            CHECKS.require("content.empty-line", False, f"line {number} is empty", profile.name)
        out.append(line)
    return out


def parse_records(lines: list[str], profile: Profile) -> list[dict[str, Any]]:
    """Each line's JSON object, members checked where the profile checks them.

    The fast path parses every line with orjson in one pass and checks all members at once; when any line
    is refused, is not an object or has a bad member, `parse_records_exact` runs instead: the per-line path
    that names the first bad record (and decides, with the standard parser, what orjson refuses)."""
    fast = jsontext.fast_loads
    if FAST_PATHS and fast is not None:
        try:
            parsed = list(map(fast, lines))
        except ValueError:
            pass
        else:
            if set(map(type, parsed)) <= {dict} and (not profile.checks_record_members or members_ok(parsed)):
                return parsed
    return parse_records_exact(lines, profile)


def column(records: list[dict[str, Any]], name: str) -> list[Any]:
    """One member of every record (None where absent), in a C loop: a column the checks read at once."""
    return list(map(dict.get, records, itertools.repeat(name)))


def member_key(value: Any) -> Any:
    """A record member as a set member. Where a profile does not check member kinds, a `did` or `cid` may be
    any JSON value: an array or object (unhashable) stands for its canonical JSON text, so equal values are one
    and no value raises (plcbundle.record.members)."""
    if isinstance(value, str) or value is None:
        return value
    return "\0json:" + json.dumps(value, sort_keys=True, separators=(",", ":"))


def member_keys(values: list[Any]) -> list[Any]:
    """`member_key` of every value; the values themselves when all are strings or absent (the C-loop check)."""
    return values if set(map(type, values)) <= {str, type(None)} else list(map(member_key, values))


def did_count(records: Sequence[dict[str, Any]]) -> int:
    """The number of distinct `did` members (absent counts as one value, as a zero value does upstream)."""
    return len(set(member_keys(column(list(records), "did"))))


def members_ok(records: list[dict[str, Any]]) -> bool:
    """True when `check_record_members` would pass on every record (it then runs to say what failed): the
    checks column by column, in C loops (no call per record)."""
    if not records:
        return True
    dids, created, cids = column(records, "did"), column(records, "createdAt"), column(records, "cid")
    return (
        set(map(type, dids)) == {str}
        and all(map(DID_MATCH, dids))
        and set(map(type, column(records, "operation"))) == {dict}
        and set(map(type, cids)) == {str}
        and "" not in cids
        and set(map(type, column(records, "nullified"))) == {bool}
        and set(map(type, created)) == {str}
        and all(map(CREATED_AT_MATCH, created))
    )


def parse_records_exact(lines: list[str], profile: Profile) -> list[dict[str, Any]]:
    parsed = []
    for number, line in enumerate(lines):
        try:
            record = jsontext.loads(line)
        except (ValueError, RecursionError):
            record = None
        if not isinstance(record, dict):
            raise CHECKS.error("record.json", f"record {number} is not a JSON object")
        if profile.checks_record_members:
            check_record_members(record, number)
        parsed.append(record)
    return parsed


def check_record_members(record: dict[str, Any], number: int) -> None:
    def bad(member: str, what: str) -> FormatError:
        return CHECKS.error("record.members", f"record {number}: {member} {what}")

    did = record.get("did")
    if not isinstance(did, str) or not DID_PATTERN.match(did):
        raise bad("did", "is not did:plc: and 24 base32 characters")
    if not isinstance(record.get("operation"), dict):
        raise bad("operation", "is not an object")
    if not isinstance(record.get("cid"), str) or not record["cid"]:
        raise bad("cid", "is not a non-empty string")
    if not isinstance(record.get("nullified"), bool):
        raise bad("nullified", "is not a boolean")
    created = record.get("createdAt")
    if not isinstance(created, str) or not CREATED_AT_PATTERN.match(created):
        raise bad("createdAt", "is not YYYY-MM-DDTHH:MM:SS.mmmZ")


def check_metadata_content(bundle: Bundle) -> None:
    """Strict: the metadata describes the content it travels with."""
    meta, records = bundle.metadata, bundle.parsed
    assert meta is not None
    expected = {
        "operation_count": len(records),
        "did_count": did_count(records),
        "start_time": records[0].get("createdAt") if records else "",
        "end_time": records[-1].get("createdAt") if records else "",
        "frame_count": bundle.frame_count,
    }
    for member, value in expected.items():
        if meta.get(member) != value:
            raise CHECKS.error("metadata.content", f"metadata {member} is {meta.get(member)!r}, content says {value!r}")
    for member, value in (("uncompressed_size", len(bundle.content)), ("compressed_size", bundle.data_bytes)):
        if meta.get(member) is not None and meta.get(member) != value:
            raise CHECKS.error("metadata.content", f"metadata {member} is {meta.get(member)}, not {value}")
    if meta.get("content_hash") != bundle.content_hash:
        raise CHECKS.error("metadata.content-hash", "metadata content_hash does not match the content")


def check_frame_records(part: bytes, index: int, last: bool) -> None:
    """Strict: a data frame holds whole lines, exactly 100 of them unless it is the last (1 to 100)."""
    lines = part.count(b"\n")
    if not part.endswith(b"\n") or not 0 < lines <= schema.RECORDS_PER_FRAME or (not last and lines != 100):
        raise CHECKS.error("frames.records", f"data frame {index} holds {lines} lines, not whole lines of 100")


# --- reading ---------------------------------------------------------------------------------------------


def read_bundle(data: bytes, profile: str | Profile = "strict") -> Bundle:
    """Decode one bundle file under `profile`: its layout, metadata and records."""
    prof = profile_of(profile)
    check_file_size(data)
    metadata = read_metadata(data, prof)
    start = data_start(data)  # an unusable metadata frame is skipped, as a zstd decoder skips it
    parts, frames = decompress_all(data, start)
    if metadata is not None and prof.spec_reader:
        check_frame_table(data, metadata, frames)
        for index, part in enumerate(parts):
            check_frame_records(part, index, index == len(parts) - 1)
    content = b"".join(parts)
    del parts  # the content is up to 128 MiB: hold it once
    lines = split_content(content, prof)
    bundle = Bundle(
        layout="framed" if metadata is not None else "legacy",
        metadata=metadata,
        records=lines,
        content=content,
        data_bytes=len(data) - start,
        frame_count=len(frames),
        parsed=parse_records(lines, prof),
    )
    CHECKS.require("content.records", bool(lines), "the bundle holds no record", prof.name)
    if metadata is not None and prof.spec_reader:
        check_metadata_content(bundle)
    return bundle


def check_file_size(data: bytes) -> None:
    if len(data) > limits.MAX_FILE_BYTES:
        raise CHECKS.error("limits.file", f"file of {len(data)} bytes, limit {limits.MAX_FILE_BYTES}")


def position_error(message: str) -> FormatError:
    return FormatError(ErrorClass.INVALID_VALUE, message, "plcbundle.access.bounds")


def frame_lines(data: bytes, metadata: Metadata, frame: int, prof: Profile) -> list[str]:
    """The lines of data frame `frame`, found through the frame table and decompressed alone."""
    offsets = metadata.frame_offsets
    if frame >= len(offsets) - 1:
        raise position_error(f"frame {frame} out of bounds ({len(offsets) - 1} frames)")
    start, end = metadata.frame_bytes + offsets[frame], metadata.frame_bytes + offsets[frame + 1]
    if not 0 < end - start <= limits.MAX_FRAME_CONTENT_BYTES or start < metadata.frame_bytes or end > len(data):
        raise CHECKS.error("frames.table", f"frame {frame} spans [{start}, {end}) outside the file")
    if prof.spec_reader:
        check_table_shape(data, metadata)
        try:
            spans = walk_frames(data[:end], start)
        except FormatError:
            spans = []
        if spans != [(start, end - start)]:
            raise CHECKS.error("frames.table", f"frame_offsets[{frame}] does not span exactly one zstd frame")
    part = decompress_frame(data[start:end], limits.MAX_FRAME_CONTENT_BYTES)
    if prof.spec_reader:
        check_frame_records(part, frame, frame == len(offsets) - 2)
    return split_content(part, prof)


def check_table_shape(data: bytes, metadata: Metadata) -> None:
    """Strict random access: what the frame table must satisfy without decompressing any frame."""
    offsets, count = metadata.frame_offsets, metadata.get("frame_count")
    if len(offsets) != count + 1 or offsets[0] != 0 or metadata.frame_bytes + offsets[-1] != len(data):
        raise CHECKS.error("frames.table", "frame_offsets do not span the data frames")
    if any(b <= a for a, b in itertools.pairwise(offsets)):
        raise CHECKS.error("frames.table", "frame_offsets do not strictly increase")
    records = metadata.get("operation_count")
    if count != -(-records // schema.RECORDS_PER_FRAME):
        raise CHECKS.error("metadata.content", f"frame_count {count} for {records} records")


def get_operation(data: bytes, position: int, profile: str | Profile = "strict") -> str:
    """The record line at bundle-local `position`, decompressing only its frame when the file is framed."""
    prof = profile_of(profile)
    if position < 0:
        raise position_error(f"position {position} is negative")
    check_file_size(data)
    metadata = read_metadata(data, prof)
    if metadata is not None:
        try:
            return frame_path(data, metadata, position, prof)
        except FormatError:
            if not prof.metadata_fallback:
                raise
    records = read_bundle(data, prof).records if prof.spec_reader else scan(data, prof)
    if position >= len(records):
        raise position_error(f"position {position} not found ({len(records)} records)")
    parse_records([records[position]], prof)
    return records[position]


def frame_path(data: bytes, metadata: Metadata, position: int, prof: Profile) -> str:
    frame_size = metadata.get("frame_size") if prof.honours_frame_size else schema.RECORDS_PER_FRAME
    if prof.spec_reader and position >= metadata.get("operation_count"):
        raise position_error(f"position {position} out of bounds ({metadata.get('operation_count')} records)")
    lines = frame_lines(data, metadata, position // frame_size, prof)
    if position % frame_size >= len(lines):
        raise position_error(f"position {position} not found in frame {position // frame_size}")
    line = lines[position % frame_size]
    parse_records([line], prof)
    return line


def scan(data: bytes, prof: Profile) -> list[str]:
    """An upstream sequential scan: decompress every frame, split lines; no record is parsed."""
    if metadata_header(data) is None and frame_magic(data) != zstd_frames.FRAME_MAGIC:
        CHECKS.fail("file.magic", f"file starts with {data[:4].hex() or 'nothing'}, not a bundle")
    parts, _ = decompress_all(data, data_start(data))
    return split_content(b"".join(parts), prof)


def read_range(data: bytes, first: int, count: int, profile: str | Profile = "strict") -> list[str]:
    """Records [first, first + count), decompressing only the frames that hold them when framed."""
    prof = profile_of(profile)
    if first < 0 or count < 0:
        raise position_error("a range starts at 0 or later and has a count of 0 or more")
    if count == 0:
        return []
    metadata = read_metadata(data, prof)
    if metadata is not None:
        try:
            frame_size = metadata.get("frame_size") if prof.honours_frame_size else schema.RECORDS_PER_FRAME
            out: list[str] = []
            for frame in range(first // frame_size, (first + count - 1) // frame_size + 1):
                lines = frame_lines(data, metadata, frame, prof)
                base = frame * frame_size
                out.extend(lines[max(first - base, 0) : first + count - base])
            if len(out) != count:
                raise position_error(f"range [{first}, {first + count}) runs past the records")
            parse_records(out, prof)
            return out
        except FormatError:
            if not prof.metadata_fallback:
                raise
    records = read_bundle(data, prof).records if prof.spec_reader else scan(data, prof)
    if first + count > len(records):
        raise position_error(f"range [{first}, {first + count}) runs past {len(records)} records")
    return records[first : first + count]

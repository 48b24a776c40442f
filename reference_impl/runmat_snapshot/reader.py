"""Reading RunMat snapshots, check by check in the order spec/formats/runmat-snapshot.md states them.

The container is parsed through the schema's constructs and the bincode-1 codecs derived from its type trees;
every refusal is a `FormatError` raised through `formats.runmat_snapshot.checks.CHECKS`, carrying its clause.
The profile (`upstream`, `strict`) decides what upstream's leniencies mean; the body schema comes from the
header's `metadata.runmat_version` unless the caller names one.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from functools import cache
from typing import Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.runmat_snapshot import limits, schema
from binfmt_conformance.formats.runmat_snapshot.checks import CHECKS
from binfmt_conformance.formats.runmat_snapshot.profiles import DEFAULT_PROFILE, PROFILES, Profile
from binfmt_conformance.formats.wire import bincode1, lz4_blocks, zstd_frames
from binfmt_conformance.formats.wire.codec import parse_prefix, run_build

NANOS_PER_SECOND = 1_000_000_000
U64_MAX = (1 << 64) - 1
I64_MAX = (1 << 63) - 1
TIME_TYPES = ("Duration", "SystemTime")


@cache
def header_codec(magic: str) -> c.Construct:
    layout = schema.build_layout(schema.RAW, magic)
    return bincode1.codec(layout.space, layout.header, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)


@cache
def body_codec(body_schema: str) -> c.Construct:
    layout = schema.build_layout(body_schema)
    return bincode1.codec(layout.space, layout.body, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)


@cache
def metadata_codec() -> c.Construct:
    layout = schema.build_layout(schema.RAW)
    return bincode1.codec(layout.space, layout.metadata, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)


@dataclass
class SnapshotFile:
    header: dict[str, Any]
    body: Any  # the `Snapshot` value of the body schema, or the decompressed bytes (raw schema)
    checksum: bytes | None  # the 32 bytes after the payload, when declared and present
    header_length: int  # H
    header_used: int  # bytes the bincode header occupies (≤ H)
    data_offset: int  # where the payload starts (data_offset, or 4 + H when it is 0)
    payload: bytes  # as stored
    body_bytes: bytes  # decompressed
    end: int  # just past the payload and checksum
    layout: schema.Layout
    era: schema.Era
    profile: Profile
    decompression_seconds: float = 0.0
    validation_seconds: float = 0.0  # the body's content validation
    body_seconds: float = 0.0  # decoding the body's bincode

    @property
    def checksum_ok(self) -> bool | None:
        """The integrity verdict: None when no checksum is declared or its bytes are missing."""
        if self.checksum is None:
            return None
        return hashlib.sha256(self.payload).digest() == self.checksum

    @property
    def document(self) -> dict[str, Any]:
        """The value of the layout's `SnapshotFile` type (what the document model is made from)."""
        return {"header": self.header, "body": self.body, "checksum": self.checksum}


def lookup(entries: list[tuple[str, str]], key: str) -> str | None:
    """A HashMap read from bincode keeps the last of repeated keys."""
    found = None
    for name, value in entries:
        if name == key:
            found = value
    return found


def decimal_usize(text: str) -> int | None:
    """Rust's `str::parse::<usize>()` on a 64-bit target: ASCII digits with an optional leading `+`."""
    digits = text[1:] if text.startswith("+") else text
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    value = int(digits)
    return value if value <= U64_MAX else None


def read_magic(data: bytes) -> str:
    CHECKS.require("header.size", len(data) >= schema.HEADER_LENGTH_SIZE, f"file of {len(data)} bytes has no header")
    start = schema.MAGIC_OFFSET
    for name, magic in schema.MAGICS.items():
        if data[start : start + len(magic)] == magic:
            return name
    CHECKS.fail("header.magic", f"bytes {data[start : start + 8].hex()} at offset 4 are no snapshot magic")


def read_header(data: bytes) -> tuple[dict[str, Any], int, int, str]:
    """(header, H, bytes the header occupies, magic name): length prefix, magic, then the bincode header."""
    magic = read_magic(data)
    length = schema.HEADER_LENGTH.parse(data[: schema.HEADER_LENGTH_SIZE]).header_length
    end = schema.HEADER_LENGTH_SIZE + length
    CHECKS.require("header.length", end <= len(data), f"header of {length} bytes runs past the {len(data)}-byte file")
    with CHECKS.wire():
        header, used = parse_prefix(header_codec(magic), data[schema.HEADER_LENGTH_SIZE : end])
    return header, length, used, magic


def choose(header: dict[str, Any], magic: str, body_schema: str | None) -> tuple[str, schema.Era]:
    """The body schema and the era whose loader rules apply (runmat-snapshot.body.schema)."""
    version = header["metadata"]["runmat_version"]
    era = schema.era_of(version)
    if body_schema is not None:
        if body_schema != schema.RAW:
            return body_schema, schema.era_named(schema.ERA_OF_SCHEMA[body_schema])
        return body_schema, era or schema.era_named("A" if magic == "rustmat" else "B")
    chosen = schema.body_schema_for(version)
    CHECKS.require(
        "header.release", chosen is not None and era is not None, f"runmat_version {version!r} names no known release"
    )
    assert chosen is not None and era is not None
    return chosen, era


def check_header(header: dict[str, Any], magic: str, era: schema.Era, rules: Profile) -> None:
    CHECKS.require(
        "header.era-magic", era.magic == magic, f"era {era.name} files start with {schema.MAGICS[era.magic]!r}"
    )
    version = header["version"]
    low, high = era.versions
    CHECKS.require("header.version", low <= version <= high, f"version {version}: era {era.name} reads {low}–{high}")
    if rules.written_version_only:
        CHECKS.require(
            "header.version-written", version == era.written_version, f"era {era.name} writes {era.written_version}"
        )


def check_compression_info(info: dict[str, Any], payload_size: int) -> None:
    """strict: level and parameters exactly as the builder writes them."""
    algorithm = info["compression"]["algorithm"]
    level = info["compression"]["level"]
    parameters = info["compression"]["parameters"]
    if algorithm.name == "None":
        CHECKS.require("header.compression", level == 0 and not parameters, "no compression: level 0, no parameters")
        return
    keys = sorted(k for k, _ in parameters)
    CHECKS.require(
        "header.compression",
        keys == ["compressed_size", "original_size"],
        f"parameters are {keys}, not original_size and compressed_size",
    )
    original = decimal_usize(lookup(parameters, "original_size") or "")
    compressed = decimal_usize(lookup(parameters, "compressed_size") or "")
    CHECKS.require(
        "header.compression",
        original == info["uncompressed_size"] and compressed == payload_size,
        "parameters disagree with uncompressed_size / the payload size",
    )
    if algorithm.name == "Zstd":
        CHECKS.require("header.dictionary", algorithm.value["dictionary"] is None, "a zstd dictionary is declared")


def decompress(info: dict[str, Any], payload: bytes, rules: Profile, file_size: int) -> bytes:
    """The body; a compressed one within `limits.body_cap(file_size)` (runmat-snapshot.limits.ratio)."""
    algorithm = info["compression"]["algorithm"]
    cap = limits.body_cap(file_size)
    if algorithm.name == "None":
        CHECKS.require("limits.body", len(payload) <= limits.MAX_BODY_SIZE, "body larger than MAX_BODY_SIZE")
        return payload
    if algorithm.name == "Lz4":
        declared = lookup(info["compression"]["parameters"], "original_size")
        if declared is None:
            CHECKS.require("payload.lz4-size-present", not rules.consistent_sizes, "LZ4 without original_size")
            capacity = limits.LZ4_MISSING_SIZE_FACTOR * len(payload)
        else:
            size = decimal_usize(declared)
            CHECKS.require("payload.lz4-size", size is not None, f"original_size {declared!r} is not a decimal usize")
            assert size is not None
            capacity = size
        over = f"LZ4 output size {capacity} exceeds {cap} bytes ({file_size}-byte file)"
        CHECKS.require("limits.ratio", capacity <= cap or capacity > limits.MAX_BODY_SIZE, over)
        try:
            return lz4_blocks.decompress(payload, capacity, limits.MAX_BODY_SIZE)
        except FormatError as error:
            raise codec_error(error, "payload.lz4") from None
    try:
        return zstd_frames.decompress(payload, cap, multiple_frames=True)
    except FormatError as error:
        if error.error_class is ErrorClass.LIMIT_EXCEEDED and cap < limits.MAX_BODY_SIZE:
            raise CHECKS.error("limits.ratio", f"{error.message} ({file_size}-byte file)") from None
        raise codec_error(error, "payload.zstd") from None


def codec_error(error: FormatError, check: str) -> FormatError:
    """A decompressor's refusal: past the body limit, or the stream's own fault."""
    return CHECKS.error("limits.body" if error.error_class is ErrorClass.LIMIT_EXCEEDED else check, error.message)


def visit_times(space: t.TypeSpace, typ: t.Type, value: Any, rules: Profile) -> None:
    """Apply serde's Duration / SystemTime rules to every such value (runmat-snapshot.wire.time)."""
    if isinstance(typ, t.Ref):
        if typ.name in TIME_TYPES:
            secs, nanos = value.values() if isinstance(value, dict) else (0, 0)
            if nanos >= NANOS_PER_SECOND:
                CHECKS.require("wire.time", rules.normalised_time, f"{typ.name} nanos {nanos} ≥ 10^9")
            carried = secs + nanos // NANOS_PER_SECOND
            CHECKS.require("wire.time", carried <= U64_MAX, f"{typ.name} overflows")
            if typ.name == "SystemTime":
                CHECKS.require("wire.time", carried <= I64_MAX, "SystemTime past what the platform holds")
            return
        visit_times(space, space.types[typ.name], value, rules)
    elif isinstance(typ, t.Option):
        if value is not None:
            visit_times(space, typ.inner, value, rules)
    elif isinstance(typ, t.Seq):
        if contains_time(space, typ.inner):
            for item in value:
                visit_times(space, typ.inner, item, rules)
    elif isinstance(typ, t.Map):
        if contains_time(space, typ.key) or contains_time(space, typ.value):
            for key, item in value:
                visit_times(space, typ.key, key, rules)
                visit_times(space, typ.value, item, rules)
    elif isinstance(typ, t.Tuple):
        for item_type, item in zip(typ.items, value, strict=True):
            visit_times(space, item_type, item, rules)
    elif isinstance(typ, t.Struct):
        for field in typ.fields:
            if contains_time(space, field.type):
                visit_times(space, field.type, value[field.name], rules)
    elif isinstance(typ, t.Enum):
        variant = typ.by_name(value.name)
        assert variant is not None
        if variant.kind == "newtype":
            visit_times(space, variant.types[0], value.value, rules)
        elif variant.kind == "tuple":
            visit_times(space, t.Tuple(variant.types), value.value, rules)
        elif variant.kind == "struct":
            fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
            visit_times(space, t.Struct(variant.name, fields), value.value, rules)


_time_cache: dict[tuple[int, t.Type], bool] = {}


def contains_time(space: t.TypeSpace, typ: t.Type) -> bool:
    key = (id(space), typ)
    if key not in _time_cache:
        _time_cache[key] = False  # a recursive type reaches a time value through its other paths or not at all
        _time_cache[key] = any_time(space, typ)
    return _time_cache[key]


def any_time(space: t.TypeSpace, typ: t.Type) -> bool:
    if isinstance(typ, t.Ref):
        return typ.name in TIME_TYPES or contains_time(space, space.types[typ.name])
    if isinstance(typ, t.Option | t.Seq):
        return contains_time(space, typ.inner)
    if isinstance(typ, t.Map):
        return contains_time(space, typ.key) or contains_time(space, typ.value)
    if isinstance(typ, t.Tuple):
        return any(contains_time(space, i) for i in typ.items)
    if isinstance(typ, t.Struct):
        return any(contains_time(space, f.type) for f in typ.fields)
    if isinstance(typ, t.Enum):
        return any(contains_time(space, p) for v in typ.variants for p in v.types)
    return False


def validate_content(body: dict[str, Any]) -> None:
    """What upstream's loader checks when validation is on (its default): runmat-snapshot.body.*."""
    functions = body["builtins"]["functions"]
    for name, index in body["builtins"]["name_index"]:
        CHECKS.require(
            "body.name-index",
            index < len(functions) and functions[index]["name"] == name,
            f"name_index {name!r} → {index} does not point at that builtin",
        )
    presets = body["gc_presets"]
    CHECKS.require(
        "body.default-preset",
        any(name == presets["default_preset"] for name, _ in presets["presets"]),
        f"default_preset {presets['default_preset']!r} is not among the presets",
    )


def read_file(data: bytes, profile: str = DEFAULT_PROFILE, *, body_schema: str | None = None) -> SnapshotFile:
    rules = PROFILES[profile]
    header, length, used, magic = read_header(data)
    header_end = schema.HEADER_LENGTH_SIZE + length
    if rules.consistent_sizes:
        CHECKS.require("header.exact-length", used == length, f"the header is {used} bytes, H says {length}")
    chosen, era = choose(header, magic, body_schema)
    check_header(header, magic, era, rules)
    layout = schema.build_layout(chosen, magic)
    info = header["data_info"]
    declared_offset = info["data_offset"]
    offset = declared_offset or header_end
    size = info["compressed_size"]
    CHECKS.require(
        "payload.bounds", offset + size <= len(data), f"payload {offset}+{size} runs past the {len(data)}-byte file"
    )
    payload = data[offset : offset + size]
    if not rules.zero_data_offset:
        written = (header_end, 0) if era.zero_offset_written else (header_end,)
        CHECKS.require("header.data-offset", declared_offset in written, f"data_offset {declared_offset}")
    end = offset + size
    checksum = None
    checksum_info = header["checksum_info"]
    if checksum_info is not None:
        if end + schema.CHECKSUM_SIZE <= len(data):
            checksum = schema.CHECKSUM.parse(data[end : end + schema.CHECKSUM_SIZE]).sha256
            end += schema.CHECKSUM_SIZE
        if rules.verify_checksum:
            CHECKS.require("checksum.present", checksum is not None, "the declared checksum is missing")
            CHECKS.require(
                "checksum.algorithm",
                checksum_info["algorithm"].name == "Sha256" and checksum_info["size"] == schema.CHECKSUM_SIZE,
                f"checksum {checksum_info['algorithm'].name} of {checksum_info['size']} bytes",
            )
            CHECKS.require("checksum.verify", hashlib.sha256(payload).digest() == checksum, "SHA-256 mismatch")
    if rules.trailing_bytes == "reject":
        CHECKS.require("file.trailing", end == len(data), f"{len(data) - end} bytes follow the snapshot")
    started = time.perf_counter()
    body_bytes = decompress(info, payload, rules, len(data))
    decompressed = time.perf_counter()
    if rules.consistent_sizes:
        check_compression_info(info, size)
    if rules.consistent_sizes:
        CHECKS.require(
            "payload.uncompressed-size",
            len(body_bytes) == info["uncompressed_size"],
            f"body of {len(body_bytes)} bytes, uncompressed_size {info['uncompressed_size']}",
        )
    visit_times(layout.space, layout.header, header, rules)
    body: Any = body_bytes
    decoded = validated = decompressed
    if chosen != schema.RAW:
        with CHECKS.wire():
            body, body_used = parse_prefix(body_codec(chosen), body_bytes)
        if rules.trailing_bytes == "reject":
            CHECKS.require("body.trailing", body_used == len(body_bytes), "bytes follow the body's bincode value")
        visit_times(layout.space, layout.body, body, rules)
        if rules.consistent_sizes:
            same = run_build(metadata_codec(), body["metadata"]) == run_build(metadata_codec(), header["metadata"])
            CHECKS.require("body.metadata", same, "the header's metadata differs from the body's")
        decoded = time.perf_counter()
        validate_content(body)
        validated = time.perf_counter()
    return SnapshotFile(
        header,
        body,
        checksum,
        length,
        used,
        offset,
        payload,
        body_bytes,
        end,
        layout,
        era,
        rules,
        decompressed - started,
        validated - decoded,
        decoded - decompressed,
    )

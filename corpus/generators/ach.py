"""The `.ach` corpus: deterministic cases, built independently of the reference codec.

Bodies are packed with the `msgpack` library from a plain-Python view of each value that follows rmp-serde's
rules (structs as arrays, enums as `{name: payload}`, unit variants as names) — so the reference's own
MessagePack codec is tested against bytes it did not write. Headers come from the schema's construct, the
checksum from hashlib, compression from python-zstandard. Expected models come from the values themselves.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import zstandard

from binfmt_conformance.conformance.cases import CORPUS_ROOT, Expect, GeneratedCase
from binfmt_conformance.corpus.generators import hostile
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.types import Variant as V

REAL_WORLD = CORPUS_ROOT / "ach" / "real-world"
UPSTREAM, STRICT = "upstream", "strict"


# ---------------------------------------------------------------- values and their rmp-serde view


def number(x: float) -> V:
    return V("Number", x)


def string(s: str) -> V:
    return V("String", s)


def metadata(names: list[str], **fields: Any) -> dict[str, Any]:
    out = {
        "created_by": "Achronyme v0.6.4",
        "created_at": "2025-11-20T07:37:38.123456789+00:00",
        "platform": "linux x86_64",
        "num_bindings": len(names),
        "description": None,
        "tags": [],
        "custom": [],
        "binding_names": sorted(names, key=str.encode),
    }
    out.update(fields)
    return out


def body(bindings: list[tuple[str, V]], **fields: Any) -> dict[str, Any]:
    return {"metadata": metadata([n for n, _ in bindings], **fields), "bindings": bindings}


class Raw:
    """Bytes spliced into the MessagePack stream as they are (for off-canonical encodings)."""

    def __init__(self, data: bytes) -> None:
        self.data = data


def rmp_view(value: Any, typ: t.Type = schema.BODY) -> Any:
    """What rmp-serde `to_vec` hands to the MessagePack writer, as plain Python for `msgpack.packb`: the
    oracle's own statement of rmp-serde's rules, walking the schema's type tree."""
    typ = schema.space.resolve(typ)
    if isinstance(typ, t.Struct):  # a struct: an array of its fields
        return [rmp_view(value[f.name], f.type) for f in typ.fields]
    if isinstance(typ, t.Enum):
        variant = typ.by_name(value.name)
        if variant.kind == "unit":
            return variant.name
        if variant.kind == "newtype":
            return {variant.name: rmp_view(value.value, variant.types[0])}
        return {variant.name: [rmp_view(v, p) for v, p in zip(value.value, variant.types, strict=True)]}
    if isinstance(typ, t.Map):
        return MapView([(rmp_view(k, typ.key), rmp_view(v, typ.value)) for k, v in value])
    if isinstance(typ, t.Seq):
        return [rmp_view(v, typ.inner) for v in value]
    if isinstance(typ, t.Tuple):
        return [rmp_view(v, p) for v, p in zip(value, typ.items, strict=True)]
    if isinstance(typ, t.Option):
        return None if value is None else rmp_view(value, typ.inner)
    return value


class MapView(list):
    """A map whose entries keep their order (and may repeat keys, which a dict cannot)."""


def pack(view: Any) -> bytes:
    """msgpack.packb, extended with ordered maps and raw splices."""
    if isinstance(view, Raw):
        return view.data
    if isinstance(view, MapView):
        return map_header(len(view)) + b"".join(pack(k) + pack(v) for k, v in view)
    if isinstance(view, dict):
        return map_header(len(view)) + b"".join(pack(k) + pack(v) for k, v in view.items())
    if isinstance(view, list):
        return array_header(len(view)) + b"".join(pack(v) for v in view)
    return msgpack.packb(view, use_bin_type=True, use_single_float=False)


def map_header(count: int) -> bytes:
    return msgpack.packb({i: None for i in range(count)})[: 1 if count < 16 else 3 if count < 65536 else 5]


def array_header(count: int) -> bytes:
    return msgpack.packb([None] * count)[: 1 if count < 16 else 3 if count < 65536 else 5]


# ---------------------------------------------------------------- files


def header(
    *,
    compressed: bool,
    major: int = 1,
    minor: int = 0,
    flags: int | None = None,
    compression: int | None = None,
    timestamp: int = 1763623058,
    version: bytes = b"0.6.4",
    reserved: bytes = bytes(27),
) -> dict[str, Any]:
    return {
        "version_major": major,
        "version_minor": minor,
        "flags": (1 if compressed else 0) if flags is None else flags,
        "created_timestamp": timestamp,
        "achronyme_version": version.ljust(16, b"\x00"),
        "compression": (1 if compressed else 0) if compression is None else compression,
        "reserved": reserved,
    }


def zstd(payload: bytes, level: int = 3, *, content_size: bool = False) -> bytes:
    compressor = zstandard.ZstdCompressor(level=level, write_content_size=content_size)
    if content_size:
        return compressor.compress(payload)
    writer = compressor.compressobj()
    return writer.compress(payload) + writer.flush()


def assemble(head: dict[str, Any], stored_body: bytes, checksum: bytes | None = None) -> bytes:
    return (
        schema.HEADER.build({"magic": schema.MAGIC, **head})
        + stored_body
        + (checksum if checksum is not None else hashlib.sha256(stored_body).digest())
    )


def ach_file(
    value: dict[str, Any],
    *,
    compressed: bool = False,
    level: int = 3,
    head: dict[str, Any] | None = None,
    payload: bytes | None = None,
    content_size: bool = False,
) -> bytes:
    raw = pack(rmp_view(value)) if payload is None else payload
    head = head or header(compressed=compressed)
    stored = zstd(raw, level, content_size=content_size) if head["flags"] & 1 else raw
    return assemble(head, stored)


def document(value: dict[str, Any], head: dict[str, Any]) -> Any:
    return model.to_model(schema.space, schema.FILE_TYPE, {"header": head, "body": value})


# ---------------------------------------------------------------- cases


def valid(
    path: str,
    description: str,
    clauses: list[str],
    value: dict[str, Any],
    *,
    compressed: bool = False,
    head: dict[str, Any] | None = None,
    canonical: bool = True,
    notes: str = "",
    **options: Any,
) -> GeneratedCase:
    head = head or header(compressed=compressed)
    data = ach_file(value, head=head, **options)
    writer = ["ach.writer.canonical"] if canonical else []
    return GeneratedCase(
        "valid",
        path,
        description,
        ["ach.file.layout", *clauses, *writer],
        data,
        Expect("accept", document(value, head), canonical=canonical),
        notes=notes,
    )


def reject(
    case_class: str,
    path: str,
    description: str,
    clauses: list[str],
    data: bytes,
    error: str | list[str],
    notes: str = "",
) -> GeneratedCase:
    errors = (error,) if isinstance(error, str) else tuple(error)
    return GeneratedCase(case_class, path, description, clauses, data, Expect("reject", errors=errors), notes=notes)


def per_profile(
    path: str, description: str, clauses: list[str], data: bytes, outcomes: dict[str, Expect], notes: str = ""
) -> GeneratedCase:
    return GeneratedCase("impl-defined", path, description, clauses, data, by_profile=outcomes, notes=notes)


def accepted(value: dict[str, Any], head: dict[str, Any]) -> Expect:
    return Expect("accept", document(value, head))


def rejected(error: str) -> Expect:
    return Expect("reject", errors=(error,))


ONE = body([("x", number(42.0))])
EVERY_VARIANT = [
    ("number", "a Number", number(42.0)),
    ("number-negative-zero", "Number(-0.0) keeps its sign bit", number(-0.0)),
    ("number-nan", "Number(NaN) with the canonical quiet NaN bits", number(math.nan)),
    (
        "number-nan-payload",
        "Number(NaN) with a payload: bits survive",
        number(struct.unpack(">d", bytes.fromhex("7ff4000000000001"))[0]),
    ),
    ("number-infinity", "Number(+inf)", number(math.inf)),
    ("number-negative-infinity", "Number(-inf)", number(-math.inf)),
    ("number-subnormal", "the smallest subnormal f64", number(5e-324)),
    ("number-max", "the largest finite f64", number(1.7976931348623157e308)),
    ("boolean-true", "Boolean(true)", V("Boolean", True)),
    ("boolean-false", "Boolean(false)", V("Boolean", False)),
    ("string", "a short String", string("hi")),
    ("string-empty", "the empty String", string("")),
    ("string-non-ascii", "a String of 2-, 3- and 4-byte UTF-8", string("héllo ∑ 😀 日本")),
    ("complex", "Complex(3.0, 4.0)", V("Complex", [3.0, 4.0])),
    ("vector-empty", "an empty Vector", V("Vector", [])),
    (
        "vector-mixed",
        "a Vector of every scalar variant",
        V("Vector", [number(1.0), V("Boolean", True), string("s"), V("Null")]),
    ),
    ("vector-nested", "Vectors nested three deep", V("Vector", [V("Vector", [V("Vector", [number(1.5)])])])),
    ("tensor", "Tensor([2, 2], [1, 2, 3, 4])", V("Tensor", [[2, 2], [1.0, 2.0, 3.0, 4.0]])),
    ("tensor-scalar", "a rank-0 Tensor: empty shape, one element", V("Tensor", [[], [7.0]])),
    (
        "tensor-shape-mismatch",
        "a Tensor whose shape does not match its data decodes (restore skips it)",
        V("Tensor", [[3], [1.0]]),
    ),
    ("complex-tensor", "ComplexTensor([1], [(1, 2)])", V("ComplexTensor", [[1], [[1.0, 2.0]]])),
    ("record", "Record({a: Null})", V("Record", [("a", V("Null"))])),
    (
        "record-nested",
        "a Record holding a Record and a Vector",
        V("Record", [("inner", V("Record", [("k", number(2.0))])), ("list", V("Vector", [string("v")]))]),
    ),
    ("record-empty", "an empty Record", V("Record", [])),
    ("edge-directed", "Edge(a → b) with properties", V("Edge", ["a", "b", True, [("weight", number(0.5))]])),
    ("edge-undirected", "Edge(a — b) without properties", V("Edge", ["a", "b", False, []])),
    ("builtin-function", "BuiltinFunction(sin)", V("BuiltinFunction", "sin")),
    ("null", "Null, a unit variant written as a bare string", V("Null")),
    ("unsupported", "Unsupported(generator)", V("Unsupported", "generator")),
]


def variant_cases() -> list[GeneratedCase]:
    return [
        valid(f"variants/{name}", description, ["ach.body.encoding", "ach.value.variants"], body([("v", value)]))
        for name, description, value in EVERY_VARIANT
    ]


def width_cases() -> list[GeneratedCase]:
    cases = []
    for size, form in (
        (31, "fixstr"),
        (32, "str8"),
        (255, "str8"),
        (256, "str16"),
        (65535, "str16"),
        (65536, "str32"),
    ):
        cases.append(
            valid(
                f"widths/{form}-{size}",
                f"a {size}-byte String ({form})",
                ["ach.body.encoding"],
                body([("s", string("a" * size))]),
                compressed=size > 1000,
            )
        )
    for count, form in ((15, "fixarray"), (16, "array16"), (300, "array16")):
        cases.append(
            valid(
                f"widths/{form}-{count}",
                f"a Vector of {count} Nulls ({form})",
                ["ach.body.encoding"],
                body([("v", V("Vector", [V("Null")] * count))]),
                compressed=count > 1000,
            )
        )
    for count, form in ((15, "fixmap"), (16, "map16")):
        entries = [(f"k{i:02d}", number(float(i))) for i in range(count)]
        cases.append(
            valid(
                f"widths/{form}-{count}",
                f"a Record of {count} entries ({form})",
                ["ach.body.encoding"],
                body([("r", V("Record", entries))]),
            )
        )
    shape = [127, 128, 255, 256, 65535, 65536, 4294967295, 4294967296, 18446744073709551615]
    cases.append(
        valid(
            "widths/uint-every-width",
            "usize shape values at each unsigned width boundary (positive fixint, uint8, uint16, uint32, uint64)",
            ["ach.body.encoding"],
            body([("t", V("Tensor", [shape, []]))]),
        )
    )
    names = [f"b{i:03d}" for i in range(128)]
    cases.append(
        valid(
            "widths/num-bindings-uint8",
            "128 bindings: num_bindings needs uint8",
            ["ach.body.encoding", "ach.metadata.num-bindings"],
            body([(n, V("Null")) for n in names]),
        )
    )
    return cases


def container_cases() -> list[GeneratedCase]:
    empty = body([])
    cases = [
        valid(
            "container/empty-uncompressed",
            "an empty environment, uncompressed",
            ["ach.body.compression"],
            empty,
        ),
        valid(
            "container/empty-zstd",
            "an empty environment, zstd level 3 as `zstd::encode_all` writes it",
            ["ach.body.compression"],
            empty,
            compressed=True,
        ),
        valid("container/one-binding-zstd", "one binding, zstd", ["ach.body.compression"], ONE, compressed=True),
    ]
    for level in (1, 19, 22):
        cases.append(
            valid(
                f"container/zstd-level-{level}",
                f"zstd level {level}: any level decodes",
                ["ach.body.compression"],
                ONE,
                compressed=True,
                level=level,
            )
        )
    cases.append(
        valid(
            "container/zstd-content-size",
            "a zstd frame that declares its content size",
            ["ach.body.compression"],
            ONE,
            compressed=True,
            content_size=True,
        )
    )
    raw = pack(rmp_view(ONE))
    skippable = struct.pack("<II", 0x184D2A50, 4) + b"skip"
    head = header(compressed=True)
    cases.append(
        GeneratedCase(
            "valid",
            "container/zstd-skippable-frame",
            "a skippable frame before the data frame (decode_all skips it)",
            ["ach.file.layout", "ach.body.compression", "ach.writer.canonical"],
            assemble(head, skippable + zstd(raw)),
            Expect("accept", document(ONE, head), canonical=True),
        )
    )
    half = len(raw) // 2
    cases.append(
        GeneratedCase(
            "valid",
            "container/zstd-two-frames",
            "the body split over two concatenated zstd frames",
            ["ach.file.layout", "ach.body.compression", "ach.writer.canonical"],
            assemble(head, zstd(raw[:half]) + zstd(raw[half:])),
            Expect("accept", document(ONE, head), canonical=True),
        )
    )
    cases.append(
        valid(
            "container/minor-version",
            "minor version 7: the minor version is never examined",
            ["ach.header.version"],
            ONE,
            head=header(compressed=False, minor=7),
        )
    )
    cases.append(
        valid(
            "container/timestamp-max",
            "created_timestamp = 2^64 - 1",
            ["ach.header.layout"],
            ONE,
            head=header(compressed=False, timestamp=(1 << 64) - 1),
        )
    )
    cases.append(
        valid(
            "container/version-field-full",
            "a 15-character version string",
            ["ach.header.layout"],
            ONE,
            head=header(compressed=False, version=b"0.6.4-rc.123456"),
        )
    )
    return cases


def metadata_cases() -> list[GeneratedCase]:
    described = body(
        [("x", number(1.0))],
        description="My experiment",
        tags=["ml", "training"],
        custom=[("experiment_id", "exp_001"), ("owner", "ñ")],
    )
    names = ["b", "a", "Z", "é", "_"]
    return [
        valid(
            "metadata/description-tags-custom",
            "description, tags and custom entries",
            ["ach.metadata.fields"],
            described,
        ),
        valid(
            "metadata/binding-names-bytewise",
            "binding_names sorted bytewise (uppercase before lowercase, non-ASCII last)",
            ["ach.metadata.binding-names"],
            body([(n, number(1.0)) for n in names]),
        ),
        valid(
            "metadata/depth-64",
            "Vectors nested to depth 64, the depth every decoder must support",
            ["ach.limits.depth"],
            body([("deep", nested(64))]),
            compressed=True,
        ),
    ]


def nested(depth: int) -> V:
    value = number(0.0)
    for _ in range(depth - 1):
        value = V("Vector", [value])
    return value


def replace_once(data: bytes, old: bytes, new: bytes) -> bytes:
    assert data.count(old) >= 1, old
    return data.replace(old, new, 1)


def must_reject_cases() -> list[GeneratedCase]:
    good = ach_file(ONE)
    zgood = ach_file(ONE, compressed=True)
    raw = pack(rmp_view(ONE))
    plain = header(compressed=False)
    zipped = header(compressed=True)
    cases = [
        reject(
            "malformed",
            "header/bad-magic-version-byte",
            "magic ACH\\x01",
            ["ach.header.magic"],
            b"ACH\x01" + good[4:],
            "bad_magic",
        ),
        reject(
            "malformed",
            "header/bad-magic-lowercase",
            "magic ach\\0",
            ["ach.header.magic"],
            b"ach\x00" + good[4:],
            "bad_magic",
        ),
        reject(
            "malformed",
            "header/bad-magic-zeros",
            "64 zero bytes then a body",
            ["ach.header.magic"],
            bytes(4) + good[4:],
            "bad_magic",
        ),
        reject(
            "malformed",
            "header/source-file",
            "an Achronyme source file sharing the .ach extension",
            ["ach.header.magic"],
            b"let x = 42\nlet y = x * 2\n" * 5,
            "bad_magic",
        ),
        reject(
            "invalid",
            "header/major-2",
            "major version 2",
            ["ach.header.version"],
            assemble(header(compressed=False, major=2), raw),
            "unsupported_version",
        ),
        reject(
            "invalid",
            "header/major-65535",
            "major version 65535",
            ["ach.header.version"],
            assemble(header(compressed=False, major=0xFFFF), raw),
            "unsupported_version",
        ),
        reject(
            "invalid",
            "header/compression-2",
            "compression byte 2",
            ["ach.header.compression"],
            assemble(header(compressed=False, compression=2), raw),
            "invalid_header",
        ),
        reject(
            "invalid",
            "header/compression-255",
            "compression byte 255",
            ["ach.header.compression"],
            assemble(header(compressed=False, compression=255), raw),
            "invalid_header",
        ),
        reject(
            "invalid",
            "checksum/body-byte-flipped",
            "one body byte flipped after the checksum was computed",
            ["ach.checksum.verify"],
            good[:70] + bytes([good[70] ^ 0x01]) + good[71:],
            "checksum_mismatch",
        ),
        reject(
            "invalid",
            "checksum/checksum-byte-flipped",
            "one checksum byte flipped",
            ["ach.checksum.verify"],
            good[:-1] + bytes([good[-1] ^ 0x80]),
            "checksum_mismatch",
        ),
        reject(
            "invalid",
            "checksum/zstd-body-flipped",
            "a compressed body changed after checksumming",
            ["ach.checksum.verify"],
            zgood[:66] + bytes([zgood[66] ^ 0xFF]) + zgood[67:],
            "checksum_mismatch",
        ),
        reject(
            "invalid",
            "checksum/header-not-covered-but-body-is",
            "checksum of header + body instead of body",
            ["ach.checksum.verify"],
            assemble(
                plain,
                raw,
                hashlib.sha256(schema.HEADER.build({"magic": schema.MAGIC, **plain}) + raw).digest(),
            ),
            "checksum_mismatch",
        ),
    ]
    for size in (0, 3, 10, 63):
        cases.append(
            reject(
                "malformed",
                f"truncated/file-{size}-bytes",
                f"a file of {size} bytes: no full header",
                ["ach.header.size"],
                good[:size],
                "truncated",
            )
        )
    for size in (64, 80, 95):
        cases.append(
            reject(
                "malformed",
                f"truncated/file-{size}-bytes",
                f"a file of {size} bytes: a header but no room for the checksum",
                ["ach.checksum.present"],
                good[:size],
                "truncated",
            )
        )
    garbage = b"this is not zstd at all"
    truncated_frame = zstd(raw)[:-4]
    cases += [
        reject(
            "malformed",
            "zstd/not-zstd",
            "flags bit 0 set, body is not a zstd frame",
            ["ach.body.compression"],
            assemble(zipped, garbage),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "zstd/plain-body-flagged",
            "flags bit 0 set over uncompressed MessagePack",
            ["ach.body.compression"],
            assemble(zipped, raw),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "zstd/gzip-body",
            "flags bit 0 set over a gzip stream of the body: only zstd frames are read",
            ["ach.body.compression"],
            assemble(zipped, gzip.compress(raw, mtime=0)),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "zstd/truncated-frame",
            "a zstd frame cut short (checksum recomputed)",
            ["ach.body.compression"],
            assemble(zipped, truncated_frame),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "zstd/trailing-garbage",
            "garbage after the zstd frame (decode_all rejects it)",
            ["ach.body.compression"],
            assemble(zipped, zstd(raw) + b"\x01\x02\x03\x04\x05\x06\x07\x08"),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "zstd/empty",
            "flags bit 0 set over an empty body",
            ["ach.body.compression"],
            assemble(zipped, b""),
            "decompression_failed",
        ),
        reject(
            "malformed",
            "msgpack/empty-body",
            "an empty uncompressed body",
            ["ach.body.encoding"],
            assemble(plain, b""),
            "truncated",
        ),
        reject(
            "malformed",
            "msgpack/truncated",
            "the MessagePack body cut in the middle of a float",
            ["ach.body.encoding"],
            assemble(plain, raw[:-4]),
            "truncated",
        ),
        reject(
            "malformed",
            "msgpack/truncated-zstd",
            "a compressed body whose MessagePack is cut short",
            ["ach.body.encoding"],
            assemble(zipped, zstd(raw[:-10])),
            "truncated",
        ),
        reject(
            "malformed",
            "msgpack/metadata-array-too-long",
            "a Metadata array of 9 fields",
            ["ach.body.encoding", "ach.body.struct-arity"],
            assemble(plain, replace_once(raw, b"\x92\x98", b"\x92\x99").replace(b"\x81\xa1x", b"\xc0\x81\xa1x", 1)),
            "invalid_length",
        ),
        reject(
            "malformed",
            "msgpack/metadata-array-of-3",
            "a Metadata array of 3 fields, one short of the four required",
            ["ach.body.encoding", "ach.body.struct-arity"],
            assemble(plain, pack([rmp_view(metadata(["x"]), schema.METADATA)[:3], {"x": {"Number": 42.0}}])),
            "invalid_length",
        ),
        reject(
            "malformed",
            "msgpack/body-array-too-long",
            "an AchBody array of 3",
            ["ach.body.encoding", "ach.body.struct-arity"],
            assemble(plain, b"\x93" + raw[1:] + b"\xc0"),
            "invalid_length",
        ),
        reject(
            "malformed",
            "msgpack/invalid-utf8",
            "a binding name that is not UTF-8",
            ["ach.body.encoding"],
            assemble(plain, replace_once(raw, b"\xa1x\x81", b"\xa1\xff\x81")),
            "invalid_utf8",
        ),
        reject(
            "malformed",
            "msgpack/unknown-variant",
            "a variant name the enum lacks (Integer)",
            ["ach.value.variants"],
            assemble(plain, pack(rmp_view(body([("x", V("Vector", []))]))).replace(b"\xa6Vector", b"\xa6Matrix")),
            "unknown_variant",
        ),
        reject(
            "malformed",
            "msgpack/wrong-payload-type",
            "Number with a string payload",
            ["ach.value.variants"],
            assemble(plain, pack([rmp_view(metadata(["x"]), schema.METADATA), {"x": {"Number": "42"}}])),
            "invalid_value",
        ),
        reject(
            "malformed",
            "msgpack/reserved-marker",
            "the never-used MessagePack marker c1",
            ["ach.body.encoding"],
            assemble(plain, b"\x92\xc1"),
            "invalid_value",
        ),
        reject(
            "malformed",
            "msgpack/map-key-not-string",
            "a binding name that is an integer",
            ["ach.body.encoding"],
            assemble(plain, pack([rmp_view(metadata(["x"]), schema.METADATA), {7: "Null"}])),
            "invalid_value",
        ),
        reject(
            "malformed",
            "msgpack/unit-variant-with-payload-missing",
            "Number written as a bare name",
            ["ach.value.variants"],
            assemble(plain, pack([rmp_view(metadata(["x"]), schema.METADATA), {"x": "Number"}])),
            "invalid_value",
        ),
        reject(
            "malformed",
            "msgpack/string-length-past-end",
            "a str32 that declares 4 GiB",
            ["ach.body.encoding"],
            assemble(plain, b"\x92\x98\xdb\xff\xff\xff\xff"),
            "truncated",
        ),
        reject(
            "malformed",
            "msgpack/map-count-past-end",
            "a map32 of bindings that declares 4 billion entries",
            ["ach.body.encoding"],
            assemble(plain, b"\x92" + pack(rmp_view(metadata(["x"]), schema.METADATA)) + b"\xdf\xff\xff\xff\xff"),
            "truncated",
        ),
    ]
    return cases


def impl_defined_cases() -> list[GeneratedCase]:
    raw = pack(rmp_view(ONE))
    plain = header(compressed=False)
    struct_map = pack(
        {
            "metadata": {f.name: rmp_view(metadata(["x"])[f.name], f.type) for f in schema.METADATA.fields},
            "bindings": {"x": {"Number": 42.0}},
        }
    )
    short_meta = pack([rmp_view(metadata(["x"]), schema.METADATA)[:4], {"x": {"Number": 42.0}}])
    short_value = {"metadata": metadata(["x"], binding_names=[]), "bindings": [("x", number(42.0))]}
    by_index = pack([rmp_view(metadata(["x"]), schema.METADATA), {"x": {0: 42.0}}])
    unit_map = pack([rmp_view(metadata(["x"]), schema.METADATA), {"x": {"Null": None}}])
    null_value = body([("x", V("Null"))])
    int_number = pack([rmp_view(metadata(["x"]), schema.METADATA), {"x": {"Number": 42}}])
    float32 = pack(
        [
            rmp_view(metadata(["x"]), schema.METADATA),
            MapView([("x", {"Number": Raw(b"\xca" + struct.pack(">f", 1.5))})]),
        ]
    )
    fields = rmp_view(metadata(["x"]), schema.METADATA)
    wide_int = pack([[*fields[:3], Raw(b"\xcd\x00\x01"), *fields[4:]], {"x": {"Number": 42.0}}])
    str8 = pack([rmp_view(metadata(["x"]), schema.METADATA), MapView([(Raw(b"\xd9\x01x"), {"Number": 42.0})])])
    array16 = b"\xdc\x00\x02" + raw[1:]  # the AchBody array of 2 in array 16 form
    assert raw[0] == 0x92
    bin_str = pack([rmp_view(metadata(["x"]), schema.METADATA), MapView([(Raw(b"\xc4\x01x"), {"Number": 42.0})])])
    enum_map16 = pack(
        [
            rmp_view(metadata(["x"]), schema.METADATA),
            MapView([("x", Raw(b"\xde\x00\x01\xa6Number" + struct.pack(">Bd", 0xCB, 42.0)))]),
        ]
    )
    duplicate = pack(
        [
            rmp_view(metadata(["x"]), schema.METADATA),
            MapView([("x", {"Number": 1.0}), ("x", {"Number": 42.0})]),
        ]
    )
    zipped_no_byte = header(compressed=True, compression=0)
    byte_no_flag = header(compressed=False, compression=1)
    accept_one = accepted(ONE, plain)

    def both(value_head: dict[str, Any], value: dict[str, Any], strict_error: str) -> dict[str, Expect]:
        return {UPSTREAM: accepted(value, value_head), STRICT: rejected(strict_error)}

    wrong_count = body([("x", number(42.0))])
    wrong_count["metadata"]["num_bindings"] = 2
    unsorted = body([("b", number(1.0)), ("a", number(2.0))])
    unsorted["metadata"]["binding_names"] = ["b", "a"]
    return [
        per_profile(
            "version/major-0",
            "major version 0: upstream reads older majors, strict only 1",
            ["ach.header.version", "ach.header.version-strict"],
            assemble(header(compressed=False, major=0), raw),
            both(header(compressed=False, major=0), ONE, "unsupported_version"),
        ),
        per_profile(
            "flags/bit0-without-compression-byte",
            "flags bit 0 set, compression byte 0: upstream decides by the flag",
            ["ach.header.compression-agrees", "ach.body.compression"],
            assemble(zipped_no_byte, zstd(raw)),
            both(zipped_no_byte, ONE, "invalid_header"),
        ),
        per_profile(
            "flags/compression-byte-without-bit0",
            "compression byte 1 but flags bit 0 clear over a zstd body: "
            "upstream reads zstd bytes as MessagePack and fails",
            ["ach.header.compression-agrees"],
            assemble(byte_no_flag, zstd(raw)),
            {UPSTREAM: rejected("invalid_value"), STRICT: rejected("invalid_header")},
        ),
        per_profile(
            "flags/has-metadata-bit",
            "the reserved HAS_METADATA flag set",
            ["ach.header.flags-reserved"],
            assemble(header(compressed=False, flags=2), raw),
            both(header(compressed=False, flags=2), ONE, "invalid_header"),
        ),
        per_profile(
            "header/reserved-nonzero",
            "non-zero reserved bytes",
            ["ach.header.reserved"],
            assemble(header(compressed=False, reserved=b"\x01" * 27), raw),
            both(header(compressed=False, reserved=b"\x01" * 27), ONE, "invalid_header"),
        ),
        per_profile(
            "encoding/structs-as-maps",
            "AchBody and Metadata written as maps keyed by field name (rmp-serde `to_vec_named`)",
            ["ach.body.encoding"],
            assemble(plain, struct_map),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/metadata-array-of-4",
            "a Metadata array without its four default fields",
            ["ach.body.encoding", "ach.body.struct-arity"],
            assemble(plain, short_meta),
            {UPSTREAM: accepted(short_value, plain), STRICT: rejected("invalid_length")},
        ),
        per_profile(
            "encoding/variant-by-index",
            "a variant named by its index ({0: 42.0})",
            ["ach.value.variants"],
            assemble(plain, by_index),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/unit-variant-as-map",
            'Null written as {"Null": nil}',
            ["ach.value.variants"],
            assemble(plain, unit_map),
            {UPSTREAM: accepted(null_value, plain), STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/number-as-int",
            "Number(42) written as a MessagePack integer",
            ["ach.body.encoding"],
            assemble(plain, int_number),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/number-as-float32",
            "Number(1.5) written as float32",
            ["ach.body.encoding"],
            assemble(plain, float32),
            {UPSTREAM: accepted(body([("x", number(1.5))]), plain), STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/non-minimal-int",
            "num_bindings 1 written as uint16",
            ["ach.body.encoding"],
            assemble(plain, wide_int),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/array16-short",
            "the AchBody array of 2 written as array 16",
            ["ach.body.encoding"],
            assemble(plain, array16),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/str8-short",
            "a one-byte binding name written as str8",
            ["ach.body.encoding"],
            assemble(plain, str8),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/bin-as-string",
            "a binding name written as bin holding UTF-8",
            ["ach.body.encoding"],
            assemble(plain, bin_str),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/enum-map16",
            "a variant's one-entry map written as map16",
            ["ach.body.encoding", "ach.value.variants"],
            assemble(plain, enum_map16),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "encoding/duplicate-binding",
            "the same binding name twice: a HashMap keeps the last value",
            ["ach.body.encoding"],
            assemble(plain, duplicate),
            {UPSTREAM: accept_one, STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "trailing/after-body",
            "bytes after the MessagePack body (from_slice ignores them)",
            ["ach.body.trailing"],
            assemble(plain, raw + b"\xc0\xc0"),
            {UPSTREAM: accept_one, STRICT: rejected("trailing_data")},
        ),
        per_profile(
            "trailing/after-body-zstd",
            "bytes after the MessagePack body inside the zstd payload",
            ["ach.body.trailing"],
            assemble(header(compressed=True), zstd(raw + b"junk")),
            {UPSTREAM: accepted(ONE, header(compressed=True)), STRICT: rejected("trailing_data")},
        ),
        per_profile(
            "metadata/num-bindings-wrong",
            "num_bindings disagrees with the bindings",
            ["ach.metadata.num-bindings"],
            ach_file(wrong_count),
            {UPSTREAM: accepted(wrong_count, plain), STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "metadata/binding-names-unsorted",
            "binding_names not sorted",
            ["ach.metadata.binding-names"],
            ach_file(unsorted),
            {UPSTREAM: accepted(unsorted, plain), STRICT: rejected("invalid_value")},
        ),
        per_profile(
            "limits/nesting-100000",
            "Vectors nested 100,000 deep (a stack-overflow bomb)",
            ["ach.limits.depth"],
            ach_file(body([("deep", nested(1))]), head=header(compressed=True), payload=deep_payload(100_000)),
            {UPSTREAM: rejected("limit_exceeded"), STRICT: rejected("limit_exceeded")},
        ),
        per_profile(
            "limits/zstd-bomb",
            "a zstd body that inflates past the declared body limit",
            ["ach.limits.body-size"],
            assemble(header(compressed=True), zstd_bomb()),
            {UPSTREAM: rejected_as(BOMB_ERRORS), STRICT: rejected_as(BOMB_ERRORS)},
            notes="a decoder MAY stop at the body limit; one that supports more inflates on and finds no valid "
            "MessagePack body in the zeros",
        ),
        per_profile(
            "limits/item-flood",
            "a 240-byte file whose zstd body inflates to half a million one-byte values, then a Tensor without data",
            ["ach.limits.items", "ach.limits.cost"],
            assemble(header(compressed=True), zstd(item_flood(1 << 19), 19)),
            {UPSTREAM: rejected_as(FLOOD_ERRORS), STRICT: rejected_as(FLOOD_ERRORS)},
            notes="past the value budget a decoder MAY stop with limit_exceeded; one with larger limits reads on "
            "and finds nil where the Tensor's data array belongs",
        ),
        per_profile(
            "limits/empty-blocks",
            "a zstd frame of 65,536 empty raw blocks before the one block that holds the body",
            ["ach.limits.cost", "ach.body.compression"],
            assemble(header(compressed=True), hostile.empty_block_frame(raw, 1 << 16)),
            {UPSTREAM: accepted(ONE, header(compressed=True)), STRICT: accepted(ONE, header(compressed=True))},
            notes="valid zstd; walking block headers must cost microseconds each, not tens of them",
        ),
    ]


# A value flood stops at the value budget, or (with larger limits) at the nil where an array belongs.
FLOOD_ERRORS = ("limit_exceeded", "invalid_value")
BOMB_ERRORS = ("limit_exceeded", "invalid_value")


def rejected_as(errors: tuple[str, ...]) -> Expect:
    return Expect("reject", errors=errors)


def item_flood(count: int) -> bytes:
    """A body binding `x` to a Tensor whose shape has `count` (≥ 65,536) zeros, one byte each, and whose data
    is nil."""
    shape = b"\xdd" + struct.pack(">I", count)  # array 32, the smallest form from 65,536 items on
    tensor = MapView([("Tensor", Raw(array_header(2) + shape + bytes(count) + pack(None)))])
    return pack([rmp_view(metadata(["x"]), schema.METADATA), MapView([("x", tensor)])])


def deep_payload(depth: int) -> bytes:
    level = b"\x81\xa6Vector\x91"
    return pack(
        [
            rmp_view(metadata(["deep"]), schema.METADATA),
            MapView([("deep", Raw(level * (depth - 1) + pack(rmp_view(number(0.0), schema.SerializedValue))))]),
        ]
    )


def zstd_bomb() -> bytes:
    """More zeros than the 64 MiB body limit, compressed to a few kilobytes."""
    compressor = zstandard.ZstdCompressor(level=19, write_content_size=False).compressobj()
    chunk = bytes(1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(65)) + compressor.flush()


def real_world_cases() -> list[GeneratedCase]:
    data = (REAL_WORLD / "test.ach").read_bytes()
    reference_header = schema.HEADER.parse(data[:64])
    head = {name: reference_header[name] for name in schema.HEADER_TYPE.field_names()}
    value = {
        "metadata": {
            "created_by": "Achronyme v0.1.0",
            "created_at": "2025-11-13T18:14:21.645511600+00:00",
            "platform": "windows x86_64",
            "num_bindings": 0,
            "description": None,
            "tags": [],
            "custom": [],
            "binding_names": [],
        },
        "bindings": [],
    }
    return [
        GeneratedCase(
            "real-world",
            "test",
            "the only public binary .ach: an empty environment saved by achronyme-env 0.1.0 on Windows, zstd level 3",
            [
                "ach.file.layout",
                "ach.header.magic",
                "ach.checksum.verify",
                "ach.body.compression",
                "ach.body.encoding",
            ],
            None,
            Expect("accept", document(value, head), canonical=True),
            notes="decoded byte by byte in the research note (formats-runmat-ach.md §3.10)",
            provenance={
                "repository": "eddndev/achronyme-core",
                "commit": "ade946cc0a03821c47b7fe1e2f3ac006570bc85e",
                "path": "crates/achronyme-eval/test.ach",
                "sha256": hashlib.sha256(data).hexdigest(),
                "license": "MIT",
                "writer": "achronyme-env 0.1.0",
            },
        )
    ]


GROUPS: list[Callable[[], list[GeneratedCase]]] = [
    variant_cases,
    width_cases,
    container_cases,
    metadata_cases,
    must_reject_cases,
    impl_defined_cases,
    real_world_cases,
]


def generate() -> list[GeneratedCase]:
    return [case for group in GROUPS for case in group()]


if __name__ == "__main__":
    for case in generate():
        print(case.case_class, case.path, Path(case.path).name)

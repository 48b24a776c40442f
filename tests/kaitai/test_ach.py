"""The Kaitai parser of `.ach` (formats/ach/ach.ksy → formats/ach/kaitai) and the testee built on it
(reference_impl/kaitai_testee.py) read files the way the spec says, and print the reference's model."""

from __future__ import annotations

import json
import struct
import subprocess
from io import BytesIO
from typing import Any

import msgpack
import pytest
import zstandard
from kaitaistruct import KaitaiStream

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.ach.kaitai.ach import Ach
from binfmt_conformance.formats.ach.kaitai.zstd_limited import ZstdLimited
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.wire import msgpack_rmp, zstd_frames
from binfmt_conformance.reference_impl import kaitai_testee
from binfmt_conformance.reference_impl.ach import FORMAT as REFERENCE

from .conftest import REPO, real_ach

V = t.Variant
BODY_TYPE = next(f.type for f in schema.space.resolve(schema.FILE_TYPE).fields if f.name == "body")
BODY_WRITER = msgpack_rmp.codec(schema.space, BODY_TYPE, lenient=False, max_depth=1000)
NAN_WITH_PAYLOAD = struct.unpack(">d", bytes.fromhex("7ff80000000abcde"))[0]


def header(compressed: bool = False, **changes: Any) -> dict[str, Any]:
    fields = {
        "version_major": 1,
        "version_minor": 0,
        "flags": int(compressed),
        "created_timestamp": 1_700_000_000,
        "achronyme_version": b"0.6.4".ljust(16, b"\x00"),
        "compression": int(compressed),
        "reserved": bytes(27),
    }
    fields.update(changes)
    return fields


def metadata(names: list[str]) -> dict[str, Any]:
    return {
        "created_by": "Achronyme v0.6.4",
        "created_at": "2025-11-20T07:37:38.123456789+00:00",
        "platform": "linux x86_64",
        "num_bindings": len(names),
        "description": None,
        "tags": [],
        "custom": [],
        "binding_names": sorted(names),
    }


def body_of(bindings: list[tuple[str, V]]) -> dict[str, Any]:
    return {"metadata": metadata([name for name, _ in bindings]), "bindings": bindings}


def encode_body(body: dict[str, Any]) -> bytes:
    """rmp-serde `to_vec` of a body (the schema's codec, strict writing)."""
    return BODY_WRITER.build(body)


def ach_file(payload: bytes, compressed: bool = False, **header_changes: Any) -> bytes:
    """Header ‖ stored body ‖ SHA-256 of the stored body (schema.FILE computes the checksum)."""
    stored = zstd_frames.compress(payload, 3, content_size=False) if compressed else payload
    return schema.FILE.build({"header": header(compressed, **header_changes), "body": stored, "checksum": None})


def expected_model(body: dict[str, Any], compressed: bool = False) -> Any:
    return model.to_model(schema.space, schema.FILE_TYPE, {"header": header(compressed), "body": body})


def outcome(decode, data: bytes) -> Any:
    try:
        return decode(data)
    except FormatError as error:
        return error.error_class.value


def reference(data: bytes) -> Any:
    return outcome(lambda d: REFERENCE.decode(d, "upstream"), data)


def kaitai_decode(data: bytes) -> Any:
    return outcome(kaitai_testee.decode_ach, data)


EVERY_VARIANT = [
    ("number", V("Number", 42.0)),
    ("nan", V("Number", NAN_WITH_PAYLOAD)),
    ("big", V("Number", 1e16)),
    ("minus_zero", V("Number", -0.0)),
    ("bool", V("Boolean", True)),
    ("text", V("String", "h\u00e9llo \ufeff\U0001f600")),
    ("complex", V("Complex", [3.0, -4.5])),
    ("vector", V("Vector", [V("Null"), V("Number", 1.0), V("Vector", [])])),
    ("tensor", V("Tensor", [[2], [1.0, 2.0]])),
    ("complex_tensor", V("ComplexTensor", [[1], [[1.0, 2.0]]])),
    ("record", V("Record", [("a", V("Null")), ("b", V("Record", []))])),
    ("edge", V("Edge", ["a", "b", True, [("w", V("Number", 0.5))]])),
    ("builtin", V("BuiltinFunction", "sin")),
    ("unsupported", V("Unsupported", "generator")),
    ("null", V("Null")),
]


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "zstd"])
def test_every_variant_gives_the_model_of_what_was_written(compressed: bool) -> None:
    body = body_of(EVERY_VARIANT)
    data = ach_file(encode_body(body), compressed)
    want = expected_model(body, compressed)
    assert kaitai_decode(data) == want
    assert reference(data) == want


def test_number_model_is_type_exact() -> None:
    body = body_of([("x", V("Number", 42.0)), ("n", V("Number", NAN_WITH_PAYLOAD))])
    bindings = kaitai_decode(ach_file(encode_body(body)))["body"]["bindings"]["entries"]
    assert bindings[0] == ["x", {"variant": "Number", "value": {"type": "f64", "value": "42.0"}}]
    assert bindings[1][1]["value"] == {"type": "f64", "value": "nan", "bits": "7ff80000000abcde"}


def test_what_rmp_serde_also_reads_is_read() -> None:
    """Structs as maps (unknown keys skipped, defaults filled), short struct arrays, enums by index,
    unit variants as {name: nil}, f64 from an integer or a float32, strings from bin."""
    payload = msgpack.packb(
        {
            "bindings": {
                "x": {0: 42},
                "y": {"Null": None},
                "z": {"Vector": [{"Number": 1.5}]},
                b"w": {"String": b"bin"},
            },
            "metadata": {
                "platform": "p",
                "zz_unknown": [1, {"k": [2.0]}],
                "created_at": "t",
                "num_bindings": 3,
                "created_by": "c",
            },
        },
        use_bin_type=True,
        use_single_float=True,
    )
    body = {
        "metadata": {
            "created_by": "c",
            "created_at": "t",
            "platform": "p",
            "num_bindings": 3,
            "description": None,
            "tags": [],
            "custom": [],
            "binding_names": [],
        },
        "bindings": [
            ("x", V("Number", 42.0)),
            ("y", V("Null")),
            ("z", V("Vector", [V("Number", 1.5)])),
            ("w", V("String", "bin")),
        ],
    }
    data = ach_file(payload)
    assert kaitai_decode(data) == expected_model(body)
    short_metadata = msgpack.packb([["c", "t", "p", 0], {}])
    assert kaitai_decode(ach_file(short_metadata)) == reference(ach_file(short_metadata)) != "invalid_length"


def test_bytes_after_the_body_value_are_ignored() -> None:
    body = body_of([("x", V("Null"))])
    assert kaitai_decode(ach_file(encode_body(body) + b"\xc1\xff trailing")) == expected_model(body)


def with_byte(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + bytes([value]) + data[offset + 1 :]


VALID = ach_file(encode_body(body_of([("x", V("Number", 1.0))])), compressed=True)
PLAIN = encode_body(body_of([("x", V("Number", 1.0))]))
FAULTS = {
    "empty file": (b"", ErrorClass.TRUNCATED),
    "10 bytes, bad magic": (b"let x = 1\n", ErrorClass.TRUNCATED),
    "header only": (VALID[:64], ErrorClass.TRUNCATED),
    "header and 16 bytes": (VALID[:80], ErrorClass.TRUNCATED),
    "bad magic": (b"ACX\x00" + VALID[4:], ErrorClass.BAD_MAGIC),
    "compression byte 2": (with_byte(VALID, 36, 2), ErrorClass.INVALID_HEADER),
    "major version 2": (with_byte(VALID, 4, 2), ErrorClass.UNSUPPORTED_VERSION),
    "compression byte checked before the version": (
        with_byte(with_byte(VALID, 4, 2), 36, 2),
        ErrorClass.INVALID_HEADER,
    ),
    "checksum flipped": (with_byte(VALID, len(VALID) - 1, VALID[-1] ^ 1), ErrorClass.CHECKSUM_MISMATCH),
    "checksum checked before decompression": (with_byte(VALID, 70, VALID[70] ^ 0xFF), ErrorClass.CHECKSUM_MISMATCH),
    "flag set, body not zstd": (ach_file(PLAIN, flags=1), ErrorClass.DECOMPRESSION_FAILED),
    "zstd frame cut short": (
        schema.FILE.build({"header": header(True), "body": VALID[64:-32][:-3], "checksum": None}),
        ErrorClass.DECOMPRESSION_FAILED,
    ),
    "reserved marker": (ach_file(b"\xc1"), ErrorClass.INVALID_VALUE),
    "body cut short": (ach_file(PLAIN[:-4]), ErrorClass.TRUNCATED),
    "unknown variant": (
        ach_file(msgpack.packb([["c", "t", "p", 1], {"x": {"Quaternion": 1.0}}])),
        ErrorClass.UNKNOWN_VARIANT,
    ),
    "complex of three": (
        ach_file(msgpack.packb([["c", "t", "p", 1], {"x": {"Complex": [1.0, 2.0, 3.0]}}])),
        ErrorClass.INVALID_LENGTH,
    ),
    "metadata of nine": (
        ach_file(msgpack.packb([["c", "t", "p", 0, None, [], {}, [], 9], {}])),
        ErrorClass.INVALID_LENGTH,
    ),
    "string where a u32 goes": (ach_file(msgpack.packb([["c", "t", "p", "0"], {}])), ErrorClass.INVALID_VALUE),
    "u32 out of range": (ach_file(msgpack.packb([["c", "t", "p", 1 << 32], {}])), ErrorClass.INVALID_VALUE),
    "invalid UTF-8": (ach_file(b"\x92\x94\xa2\xc3\x28\xa1t\xa1p\x00\x80"), ErrorClass.INVALID_UTF8),
    # rmp-serde stops at the first value of the wrong type, before it would run out of bytes
    "wrong type, then cut short": (ach_file(b"\x92\x94\x07" + b"\xa9cut"), ErrorClass.INVALID_VALUE),
    "array count past the end": (
        ach_file(b"\x92\x98\xa1c\xa1t\xa1p\x00\xc0\xdd\x00\x01\x00\x00"),
        ErrorClass.TRUNCATED,
    ),
}


@pytest.mark.parametrize("name", FAULTS)
def test_faults_are_reported_as_the_spec_classes(name: str) -> None:
    data, error_class = FAULTS[name]
    assert kaitai_decode(data) == error_class.value
    assert reference(data) == error_class.value


def nested_vectors(levels: int) -> V:
    value = V("Null")
    for _ in range(levels):
        value = V("Vector", [value])
    return value


def test_nesting_limit_is_the_references() -> None:
    """Somewhere between 60 and 70 nested vectors the schema's limit (64 named-type levels) is reached."""
    verdicts = []
    for levels in range(60, 70):
        data = ach_file(encode_body(body_of([("v", nested_vectors(levels))])))
        got = kaitai_decode(data)
        assert got == reference(data)
        verdicts.append(got == ErrorClass.LIMIT_EXCEEDED.value)
    assert verdicts[0] is False and verdicts[-1] is True and verdicts == sorted(verdicts)


def test_unknown_key_values_are_skipped_to_a_bounded_depth() -> None:
    for levels, verdict in ((64, "accept"), (65, ErrorClass.LIMIT_EXCEEDED.value)):
        deep: Any = 0
        for _ in range(levels):
            deep = [deep]
        data = ach_file(
            msgpack.packb(
                [{"created_by": "c", "created_at": "t", "platform": "p", "num_bindings": 0, "unknown": deep}, {}]
            )
        )
        got = kaitai_decode(data)
        assert got == reference(data)
        assert (got if isinstance(got, str) else "accept") == verdict


def test_real_file_through_the_kaitai_parser() -> None:
    """crates/achronyme-eval/test.ach, decoded by hand in the format research (§3.10)."""
    parsed = Ach(KaitaiStream(BytesIO(real_ach().read_bytes())))
    assert parsed.header.version_major == 1 and parsed.header.version_minor == 0
    assert parsed.header.flags == 1 and parsed.header.is_compressed
    assert int(parsed.header.compression) == 1
    assert parsed.header.created_timestamp == 1763057661
    assert parsed.header.achronyme_version == b"0.1.0".ljust(16, b"\x00")
    assert len(parsed.stored_body) == 86 and parsed.checksum.hex().startswith("1f5ed8ec")
    tree = parsed.body_tree
    metadata_tree = tree.elements[0]
    assert [element.str_value for element in metadata_tree.elements[:3]] == [
        "Achronyme v0.1.0",
        "2025-11-13T18:14:21.645511600+00:00",
        "windows x86_64",
    ]
    assert metadata_tree.elements[3].head.int_value == 0
    assert tree.elements[1].head.is_map and tree.elements[1].head.num_items == 0
    assert len(parsed.body) == 77  # the MessagePack inside the raw zstd block


def test_real_file_through_the_testee() -> None:
    document = kaitai_decode(real_ach().read_bytes())
    assert document["header"]["created_timestamp"] == {"type": "u64", "value": "1763057661"}
    assert document["body"]["metadata"]["created_by"] == "Achronyme v0.1.0"
    assert document["body"]["bindings"] == {"type": "map", "entries": []}
    assert document == reference(real_ach().read_bytes())


ZSTD = zstandard.ZstdCompressor(level=3).compress(b"hello world " * 50)
SKIPPABLE = zstd_frames.skippable_frame(0x184D2A50, b"abc")
STREAMS = {
    "one frame": ZSTD,
    "no content size": zstd_frames.compress(b"x" * 1000, content_size=False),
    "two frames": ZSTD + ZSTD,
    "skippable first": SKIPPABLE + ZSTD,
    "skippable last": ZSTD + SKIPPABLE,
    "only skippable": SKIPPABLE,
    "empty": b"",
    "cut short": ZSTD[:-2],
    "3 bytes of garbage after": ZSTD + b"xyz",
    "garbage after": ZSTD + b"0123456789",
    "not zstd": b"\x92\x90\x80" * 4,
}


@pytest.mark.parametrize("name", STREAMS)
def test_zstd_routine_reads_what_decode_all_reads(name: str) -> None:
    stream = STREAMS[name]
    assert outcome(ZstdLimited(1 << 20).decode, stream) == outcome(lambda d: zstd_frames.decompress(d, 1 << 20), stream)


def test_zstd_routine_stops_at_its_limit() -> None:
    bomb = zstd_frames.compress(bytes(10_000_000), content_size=False)
    assert len(bomb) < 1000
    with pytest.raises(FormatError) as raised:
        ZstdLimited(1 << 20).decode(bomb)
    assert raised.value.error_class is ErrorClass.LIMIT_EXCEEDED


def run_testee(*args: str, data: bytes = b"") -> tuple[int, Any]:
    done = subprocess.run(
        [str(REPO / "bin" / "kaitai-testee"), *args], input=data, capture_output=True, check=False, timeout=60
    )
    assert done.stderr == b"", done.stderr.decode()
    return done.returncode, json.loads(done.stdout)


# rzb is read under every generation the spec names (spec/formats/rzb.md, "Profiles"), sniffed by default
RZB_OFFER = {
    "operations": ["decode"],
    "profiles": ["auto", "s0", "s1", "s2", "s3", "s4", "s5", "s6"],
    "default_profile": "auto",
}


def test_protocol() -> None:
    code, capabilities = run_testee("capabilities")
    offer = {"operations": ["decode"], "profiles": ["upstream"], "default_profile": "upstream"}
    assert code == 0 and capabilities == {
        "protocol": 1,
        "name": "kaitai-python",
        "serve": False,
        "formats": {"ach": offer, "runmat-snapshot": offer, "rzb": RZB_OFFER},
    }
    assert run_testee("decode", "ach", data=VALID) == (0, kaitai_decode(VALID))
    code, answer = run_testee("decode", "ach", "--profile", "upstream", data=b"ACX\x00" + VALID[4:])
    assert code == 1 and answer["error"] == "bad_magic"
    for args in (("decode", "ach", "--profile", "strict"), ("encode", "ach"), ("decode", "fzb")):
        code, answer = run_testee(*args)
        assert code == 3 and set(answer) == {"unsupported"}


def test_a_bug_is_not_a_verdict(monkeypatch, capsys) -> None:
    def broken(data: bytes, profile: str) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(kaitai_testee, "DECODERS", {"ach": broken})
    monkeypatch.setattr("sys.argv", ["kaitai-testee", "decode", "ach"])
    monkeypatch.setattr("sys.stdin", type("In", (), {"buffer": BytesIO(b"")})())
    assert kaitai_testee.run() == kaitai_testee.EXIT_BUG
    captured = capsys.readouterr()
    assert captured.out == "" and "internal error: KeyError" in captured.err

"""MessagePack as rmp-serde 1.x writes and reads it, against the byte vectors of the research note
(formats-runmat-ach.md §3.6, produced by an independent encoder that reproduces the real sample)."""

from __future__ import annotations

import math
import struct

import msgpack
import pytest
from hypothesis import given, settings

from binfmt_conformance.formats import model, strategies
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.formats.wire import msgpack_rmp
from binfmt_conformance.formats.wire.codec import run_build, run_parse

VALUE = schema.SerializedValue
STRICT = msgpack_rmp.codec(schema.space, VALUE, lenient=False)
LENIENT = msgpack_rmp.codec(schema.space, VALUE, lenient=True)


def f64(x: float) -> bytes:
    return b"\xcb" + struct.pack(">d", x)


RESEARCH_VECTORS = [
    (V("Number", 42.0), b"\x81\xa6Number" + bytes.fromhex("cb4045000000000000")),
    (V("Boolean", True), b"\x81\xa7Boolean\xc3"),
    (V("String", "hi"), b"\x81\xa6String\xa2hi"),
    (V("Complex", [3.0, 4.0]), b"\x81\xa7Complex\x92" + f64(3.0) + f64(4.0)),
    (V("Vector", [V("Number", 1.0)]), b"\x81\xa6Vector\x91\x81\xa6Number" + f64(1.0)),
    (V("Tensor", [[2], [1.0, 2.0]]), b"\x81\xa6Tensor\x92\x91\x02\x92" + f64(1.0) + f64(2.0)),
    (
        V("ComplexTensor", [[1], [[1.0, 2.0]]]),
        b"\x81\xadComplexTensor\x92\x91\x01\x91\x92" + f64(1.0) + f64(2.0),
    ),
    (V("Record", [("a", V("Null"))]), b"\x81\xa6Record\x81\xa1a\xa4Null"),
    (V("Edge", ["a", "b", True, []]), b"\x81\xa4Edge\x94\xa1a\xa1b\xc3\x80"),
    (V("BuiltinFunction", "sin"), b"\x81\xafBuiltinFunction\xa3sin"),
    (V("Null"), b"\xa4Null"),
    (V("Unsupported", "generator"), b"\x81\xabUnsupported\xa9generator"),
]


@pytest.mark.parametrize(("value", "wire"), RESEARCH_VECTORS, ids=[v.name for v, _ in RESEARCH_VECTORS])
def test_research_vectors_encode_and_decode(value: V, wire: bytes) -> None:
    assert run_build(STRICT, value) == wire
    assert run_parse(STRICT, wire) == value
    assert run_parse(LENIENT, wire) == value


def test_research_body_example() -> None:
    """§3.6: one binding x = 42.0 on linux, byte for byte."""
    created_at = "2025-11-20T07:37:38.123456789+00:00"
    expected = (
        b"\x92\x98\xb0Achronyme v0.6.4\xd9\x23" + created_at.encode() + b"\xaclinux x86_64\x01\xc0\x90\x80"
        b"\x91\xa1x\x81\xa1x\x81\xa6Number" + bytes.fromhex("cb4045000000000000")
    )
    body = {
        "metadata": {
            "created_by": "Achronyme v0.6.4",
            "created_at": created_at,
            "platform": "linux x86_64",
            "num_bindings": 1,
            "description": None,
            "tags": [],
            "custom": [],
            "binding_names": ["x"],
        },
        "bindings": [("x", V("Number", 42.0))],
    }
    codec = msgpack_rmp.codec(schema.space, schema.BODY, lenient=False)
    assert run_build(codec, body) == expected
    assert run_parse(codec, expected) == body


@pytest.mark.parametrize(
    ("size", "marker"),
    [
        (0, b"\xa0"),
        (31, b"\xbf"),
        (32, b"\xd9\x20"),
        (255, b"\xd9\xff"),
        (256, b"\xda\x01\x00"),
        (65535, b"\xda\xff\xff"),
        (65536, b"\xdb\x00\x01\x00\x00"),
    ],
)
def test_string_widths(size: int, marker: bytes) -> None:
    codec = msgpack_rmp.codec(schema.space, t.STR, lenient=False)
    text = "a" * size
    assert run_build(codec, text) == marker + text.encode()
    assert run_build(codec, text) == msgpack.packb(text)  # the msgpack library agrees


@pytest.mark.parametrize("value", [0, 127, 128, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**64 - 1])
def test_unsigned_smallest_form_matches_msgpack_library(value: int) -> None:
    codec = msgpack_rmp.codec(schema.space, t.USIZE, lenient=False)
    assert run_build(codec, value) == msgpack.packb(value)
    assert run_parse(codec, msgpack.packb(value)) == value


@pytest.mark.parametrize("value", [-1, -32, -33, -128, -129, -32768, -32769, -(2**31), -(2**31) - 1, -(2**63)])
def test_signed_smallest_form_matches_msgpack_library(value: int) -> None:
    codec = msgpack_rmp.codec(schema.space, t.I64, lenient=False)
    assert run_build(codec, value) == msgpack.packb(value)
    assert run_parse(codec, msgpack.packb(value)) == value


@pytest.mark.parametrize("count", [0, 15, 16, 65535, 65536])
def test_array_and_map_widths_match_msgpack_library(count: int) -> None:
    seq = msgpack_rmp.codec(schema.space, t.Seq(t.BOOL), lenient=False)
    assert run_build(seq, [True] * count) == msgpack.packb([True] * count)
    entries = [(f"{i}", True) for i in range(min(count, 70000))]
    mapping = msgpack_rmp.codec(schema.space, t.Map(t.STR, t.BOOL), lenient=False)
    assert run_build(mapping, entries) == msgpack.packb(dict(entries))


def test_f64_always_float64_big_endian_and_nan_bits_survive() -> None:
    codec = msgpack_rmp.codec(schema.space, t.F64, lenient=False)
    assert run_build(codec, 1.0) == bytes.fromhex("cb3ff0000000000000")
    payload_nan = struct.unpack(">d", bytes.fromhex("7ff4000000000001"))[0]
    assert run_build(codec, payload_nan) == bytes.fromhex("cb7ff4000000000001")
    assert struct.pack(">d", run_parse(codec, bytes.fromhex("cb7ff4000000000001"))).hex() == "7ff4000000000001"
    assert math.copysign(1, run_parse(codec, run_build(codec, -0.0))) == -1


def test_option_none_is_nil_and_some_is_bare() -> None:
    codec = msgpack_rmp.codec(schema.space, t.Option(t.STR), lenient=False)
    assert run_build(codec, None) == b"\xc0"
    assert run_build(codec, "x") == b"\xa1x"


@pytest.mark.parametrize(
    ("wire", "lenient_value"),
    [
        (b"\x81\x00" + f64(42.0), V("Number", 42.0)),  # variant by index
        (b"\x81\xa4Null\xc0", V("Null")),  # unit variant as a map
        (b"\x81\xa6Number\x2a", V("Number", 42.0)),  # f64 from a positive fixint
        (b"\x81\xa6Number\xca" + struct.pack(">f", 1.5), V("Number", 1.5)),  # f64 from float32
        (b"\x81\xa6String\xc4\x02hi", V("String", "hi")),  # str from bin
        (b"\x81\xa6String\xd9\x02hi", V("String", "hi")),  # non-minimal str8
    ],
)
def test_lenient_forms_only_upstream(wire: bytes, lenient_value: V) -> None:
    assert run_parse(LENIENT, wire) == lenient_value
    with pytest.raises(FormatError) as error:
        run_parse(STRICT, wire)
    assert error.value.error_class == ErrorClass.INVALID_VALUE


@pytest.mark.parametrize(
    ("wire", "error_class"),
    [
        (b"\x81\xa7Integer\x01", ErrorClass.UNKNOWN_VARIANT),
        (b"\x81\xa6Number", ErrorClass.TRUNCATED),
        (b"\x81\xa6String\xa3\xff\xfe\xfd", ErrorClass.INVALID_UTF8),
        (b"\x81\xa7Complex\x93" + f64(1) + f64(2) + f64(3), ErrorClass.INVALID_LENGTH),
        (b"\xc1", ErrorClass.INVALID_VALUE),
        (b"\x81\xa6Vector\xdd\xff\xff\xff\xff", ErrorClass.TRUNCATED),
    ],
)
def test_rejections_have_their_class(wire: bytes, error_class: ErrorClass) -> None:
    for codec in (STRICT, LENIENT):
        with pytest.raises(FormatError) as error:
            run_parse(codec, wire)
        assert error.value.error_class == error_class


def test_variant_index_out_of_range_upstream() -> None:
    with pytest.raises(FormatError) as error:
        run_parse(LENIENT, b"\x81\x0c\x01")
    assert error.value.error_class == ErrorClass.UNKNOWN_VARIANT


def test_struct_as_map_with_unknown_keys_and_defaults_upstream() -> None:
    codec = msgpack_rmp.codec(schema.space, schema.METADATA, lenient=True)
    wire = msgpack.packb(
        {
            "platform": "p",
            "unknown": [1, {"deep": None}],
            "created_by": "c",
            "created_at": "t",
            "num_bindings": 0,
        }
    )
    assert run_parse(codec, wire) == {
        "created_by": "c",
        "created_at": "t",
        "platform": "p",
        "num_bindings": 0,
        "description": None,
        "tags": [],
        "custom": [],
        "binding_names": [],
    }
    with pytest.raises(FormatError) as error:
        run_parse(codec, msgpack.packb({"created_by": "c"}))
    assert error.value.error_class == ErrorClass.INVALID_VALUE


def test_nesting_is_bounded_without_recursion_error() -> None:
    codec = msgpack_rmp.codec(schema.space, VALUE, lenient=True, max_depth=50)
    wire = b"\x81\xa6Vector\x91" * 10_000 + b"\xa4Null"
    with pytest.raises(FormatError) as error:
        run_parse(codec, wire)
    assert error.value.error_class == ErrorClass.LIMIT_EXCEEDED


@settings(max_examples=150, deadline=None)
@given(strategies.values(schema.space, VALUE, max_depth=4))
def test_round_trip_and_msgpack_library_reads_our_bytes(value: V) -> None:
    wire = run_build(STRICT, value)
    back = run_parse(STRICT, wire)
    # compared through the document model, whose floats carry their bits: NaN != NaN as Python floats
    assert model.to_model(schema.space, VALUE, back) == model.to_model(schema.space, VALUE, value)
    assert run_build(STRICT, back) == wire
    msgpack.unpackb(wire, strict_map_key=False, raw=False)  # the bytes are well-formed MessagePack

"""bincode 1.3 (legacy top-level functions) and postcard 1.x, on the wire rules of the research note
(formats-rzb-fzb.md A1, B2, B5) and on vectors worked out by hand from those rules."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats import strategies
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.formats.wire import bincode1, postcard
from binfmt_conformance.formats.wire.codec import parse_prefix, run_build, run_parse

SPACE = t.TypeSpace()
NODE = t.Ref("Node")
SPACE.define(
    "Node",
    t.Enum(
        "Node",
        (
            t.newtype("LoadConst", t.U16),
            t.newtype("LoadLocal", t.U8),
            t.newtype("StoreLocal", t.U8),
            t.tuple_variant("CallMethod", t.U16, t.U8),
            t.unit("Return"),
            t.newtype("Text", t.STR),
            t.struct_variant("Cons", t.Field("head", NODE), t.Field("tail", NODE)),
            t.newtype("List", t.Seq(NODE)),
            t.newtype("Number", t.F64),
            t.newtype("Signed", t.I64),
            t.newtype("Maybe", t.Option(t.U32)),
            t.newtype("Letter", t.CHAR),
            t.newtype("Table", t.Map(t.STR, t.BOOL)),
        ),
    ),
)


def bincode(typ: t.Type = NODE) -> object:
    return bincode1.codec(SPACE, typ)


def pc(typ: t.Type = NODE) -> object:
    return postcard.codec(SPACE, typ)


@pytest.mark.parametrize(
    ("value", "hex_bytes"),
    [
        # the instruction encodings of tui.fzb's worked hex (research B5)
        (V("LoadConst", 0), "00000000 0000"),
        (V("StoreLocal", 0), "02000000 00"),
        (V("LoadConst", 1), "00000000 0100"),
        (V("CallMethod", [1, 0]), "03000000 0100 00"),
        (V("Return"), "04000000"),
        (V("Text", "0.1.0"), "05000000 0500000000000000 302e312e30"),
        (V("Maybe", None), "0a000000 00"),
        (V("Maybe", 7), "0a000000 01 07000000"),
        (V("Letter", "é"), "0b000000 c3a9"),
        (V("Signed", -2), "09000000 feffffffffffffff"),
        (V("Table", [("a", True)]), "0c000000 0100000000000000 0100000000000000 61 01"),
    ],
)
def test_bincode_vectors(value: V, hex_bytes: str) -> None:
    wire = bytes.fromhex(hex_bytes.replace(" ", ""))
    assert run_build(bincode(), value) == wire
    assert run_parse(bincode(), wire) == value


def test_bincode_allows_trailing_bytes_and_reports_consumption() -> None:
    assert parse_prefix(bincode(), bytes.fromhex("04000000") + b"junk") == (V("Return"), 4)


@pytest.mark.parametrize(
    ("hex_bytes", "error_class"),
    [
        ("0d000000", ErrorClass.UNKNOWN_VARIANT),  # 13 variants: index 13 is out of range
        ("0a000000 02", ErrorClass.INVALID_VALUE),  # Option tag 2
        ("0c000000 0100000000000000 0100000000000000 61 02", ErrorClass.INVALID_VALUE),  # bool 2
        ("05000000 0200000000000000 ff61", ErrorClass.INVALID_UTF8),
        ("05000000 ffffffffffffff7f", ErrorClass.TRUNCATED),  # length past the end, refused before allocating
        ("00000000 00", ErrorClass.TRUNCATED),
        ("", ErrorClass.TRUNCATED),
    ],
)
def test_bincode_rejections(hex_bytes: str, error_class: ErrorClass) -> None:
    with pytest.raises(FormatError) as error:
        run_parse(bincode(), bytes.fromhex(hex_bytes.replace(" ", "")))
    assert error.value.error_class == error_class


@pytest.mark.parametrize(
    ("typ", "value", "hex_bytes"),
    [
        (t.U16, 300, "ac02"),
        (t.U32, 0, "00"),
        (t.U32, 127, "7f"),
        (t.U32, 128, "8001"),
        (t.U64, 2**64 - 1, "ffffffffffffffffff01"),
        (t.I32, -1, "01"),
        (t.I32, 1, "02"),
        (t.I64, -(2**63), "ffffffffffffffffff01"),
        (t.U8, 200, "c8"),
        (t.I8, -1, "ff"),
        (t.F32, 1.5, "0000c03f"),
        (t.STR, "hé", "03 68c3a9"),
        (t.CHAR, "é", "02 c3a9"),
        (t.Option(t.BOOL), True, "01 01"),
        (t.Seq(t.U16), [1, 300], "02 01 ac02"),
        (NODE, V("CallMethod", [1, 0]), "03 01 00"),
        (NODE, V("Return"), "04"),
    ],
)
def test_postcard_vectors(typ: t.Type, value: object, hex_bytes: str) -> None:
    wire = bytes.fromhex(hex_bytes.replace(" ", ""))
    assert run_build(pc(typ), value) == wire
    assert run_parse(pc(typ), wire) == value


def test_postcard_accepts_non_minimal_varints() -> None:
    assert run_parse(pc(t.U32), bytes.fromhex("8000")) == 0
    assert run_parse(pc(t.U16), bytes.fromhex("ff8300")) == 0x1FF


@pytest.mark.parametrize(
    ("typ", "hex_bytes", "error_class"),
    [
        (t.U16, "ffff07", ErrorClass.INVALID_VALUE),  # 0x1ffff overflows u16
        (t.U16, "80808000", ErrorClass.INVALID_VALUE),  # longer than 3 bytes
        (t.U32, "8080", ErrorClass.TRUNCATED),
        (t.BOOL, "02", ErrorClass.INVALID_VALUE),
        (t.Option(t.U8), "05", ErrorClass.INVALID_VALUE),
        (t.STR, "05 6869", ErrorClass.TRUNCATED),
        (NODE, "0d", ErrorClass.UNKNOWN_VARIANT),
    ],
)
def test_postcard_rejections(typ: t.Type, hex_bytes: str, error_class: ErrorClass) -> None:
    with pytest.raises(FormatError) as error:
        run_parse(pc(typ), bytes.fromhex(hex_bytes.replace(" ", "")))
    assert error.value.error_class == error_class


@pytest.mark.parametrize("encoding", [bincode1, postcard])
def test_recursion_is_bounded(encoding: object) -> None:
    codec = encoding.codec(SPACE, NODE, max_depth=32)
    deep = V("Return")
    for _ in range(40):
        deep = V("List", [deep])
    with pytest.raises(FormatError) as error:
        run_build(codec, deep)
    assert error.value.error_class == ErrorClass.LIMIT_EXCEEDED
    index = SPACE.resolve(NODE).index_of("List")
    wire = (
        (struct.pack("<I", index) + struct.pack("<Q", 1)) * 10_000
        if encoding is bincode1
        else bytes([index, 1]) * 10_000
    )
    with pytest.raises(FormatError) as error:
        run_parse(codec, wire)
    assert error.value.error_class == ErrorClass.LIMIT_EXCEEDED


def test_model_errors_are_invalid_model() -> None:
    for value in (V("Nope"), V("LoadConst", 70000), V("LoadConst", "x"), V("Text", 5), "not a variant"):
        with pytest.raises(FormatError) as error:
            run_build(bincode(), value)
        assert error.value.error_class == ErrorClass.INVALID_MODEL


@settings(max_examples=150, deadline=None)
@given(strategies.values(SPACE, NODE, max_depth=4))
def test_round_trips(value: V) -> None:
    for codec in (bincode(), pc()):
        wire = run_build(codec, value)
        assert repr(run_parse(codec, wire)) == repr(value)  # repr: NaN payloads compare by spelling


@given(st.binary(max_size=64))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_only_raise_format_errors(data: bytes) -> None:
    for codec in (bincode(), pc()):
        try:
            run_parse(codec, data)
        except FormatError:
            pass

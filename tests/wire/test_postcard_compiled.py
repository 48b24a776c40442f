"""The compiled postcard decoder (formats.wire.postcard_compiled) against the construct codec it stands in for,
on a tree with every node kind and small limits: the same values, the same rejections, and the same offset for
each rejection (the offset rzb's generation detection ranks generations by, spec/formats/rzb.md
rzb.generation.none). The vectors' offsets are worked out by hand from the codec's rule: a rejection stands
where the codec's stream stood when it raised."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats import strategies
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.wire import postcard, postcard_compiled
from binfmt_conformance.formats.wire.codec import parse_prefix, run_build

from .values import exactly

MAX_DEPTH = 6
MAX_ITEMS = 3

SPACE = t.TypeSpace()
ID = SPACE.define("Id", t.U32)  # a newtype of a scalar: inlined by the compiler, still a named level
COLOR = SPACE.define("Color", t.Enum("Color", (t.unit("Red"), t.unit("Green"))))  # unit variants only
NODE = t.Ref("Node")
BOX = SPACE.define("Box", t.Struct("Box", (t.Field("inner", NODE),)))
SPACE.define(
    "Node",
    t.Enum(
        "Node",
        (
            t.unit("Leaf"),  # 0
            t.newtype("Id", ID),  # 1
            t.newtype("Small", t.I8),  # 2
            t.newtype("Byte", t.U8),  # 3
            t.newtype("Short", t.I16),  # 4
            t.newtype("Long", t.U64),  # 5
            t.newtype("Signed", t.I64),  # 6
            t.newtype("Half", t.F32),  # 7
            t.newtype("Full", t.F64),  # 8
            t.newtype("Flag", t.BOOL),  # 9
            t.newtype("Letter", t.CHAR),  # 10
            t.newtype("Text", t.STR),  # 11
            t.newtype("Blob", t.BYTES),  # 12
            t.newtype("Hash", t.Bytes(4)),  # 13
            t.newtype("Empties", t.Seq(t.UNIT)),  # 14: items of no bytes, bounded by MAX_ITEMS alone
            t.newtype("Maybe", t.Option(NODE)),  # 15
            t.newtype("List", t.Seq(NODE)),  # 16
            t.newtype("Table", t.Map(t.STR, COLOR)),  # 17
            t.tuple_variant("Pair", NODE, t.U16),  # 18
            t.struct_variant(  # 19
                "Record",
                t.Field("id", ID),
                t.Field("color", COLOR),
                t.Field("nothing", t.Tuple(())),
                t.Field("pair", t.Tuple((t.U8, t.BOOL))),
            ),
            t.newtype("Boxed", BOX),  # 20
        ),
    ),
)


@cache
def compiled(minimal: bool) -> postcard_compiled.Decoder:
    return postcard_compiled.decoder(SPACE, NODE, max_depth=MAX_DEPTH, max_items=MAX_ITEMS, minimal=minimal)


@cache
def codec(minimal: bool) -> Any:
    return postcard.codec(SPACE, NODE, max_depth=MAX_DEPTH, max_items=MAX_ITEMS, minimal_varints=minimal)


def fast(data: bytes, minimal: bool) -> tuple[Any, ...]:
    try:
        value, end = compiled(minimal)(data)
    except postcard_compiled.Rejected as rejected:
        return ("reject", rejected.offset)
    return ("accept", exactly(value), end)


def slow(data: bytes, minimal: bool) -> tuple[Any, ...]:
    try:
        value, end = parse_prefix(codec(minimal), data)
    except FormatError as error:
        return ("reject", error.offset)
    return ("accept", exactly(value), end)


def wire(hex_bytes: str) -> bytes:
    return bytes.fromhex(hex_bytes.replace(" ", ""))


@pytest.mark.parametrize(
    ("hex_bytes", "minimal", "check", "offset"),
    [
        ("", False, "wire.eof", 0),
        ("02", False, "wire.eof", 1),  # an i8 of no byte
        ("05 80", False, "wire.eof", 2),  # inside a varint
        ("07 0000", False, "wire.eof", 3),  # an f32 of two bytes: the short read takes them
        ("0d 0102", False, "wire.eof", 3),  # a [u8; 4] of two
        ("0a 02 c3", False, "wire.eof", 3),  # a char of two bytes, one there
        ("04 808080", False, "wire.varint", 4),  # longer than an i16's 3 bytes
        ("04 ffff07", False, "wire.varint", 4),  # 0x1ffff overflows an i16
        ("05 8000", True, "wire.minimal", 3),
        ("8100", True, "wire.minimal", 2),  # the variant index itself
        ("09 02", False, "wire.bool", 2),
        ("0f 02", False, "wire.option", 2),
        ("15", False, "wire.variant", 1),  # 21 variants
        ("11 01 01 61 02", False, "wire.variant", 5),  # a Color of index 2, in a map
        ("0b 02 ff61", False, "wire.utf8", 4),  # after the string
        ("0a 01 ff", False, "wire.utf8", 3),
        ("0a 05", False, "wire.char", 2),  # a char of 5 bytes, refused before reading them
        ("0a 02 6161", False, "wire.char", 4),  # two chars
        ("0b 05 6869", False, "wire.length", 2),  # 5 bytes declared, 2 left
        ("0c 03 00", False, "wire.length", 2),
        ("10 05 00", False, "wire.length", 2),  # 5 nodes of a byte at least, 1 byte left
        ("0e 04", False, "wire.items", 2),  # 4 units, past MAX_ITEMS though they take no bytes
        ("1001 1001 1001 1001 1001 1001 00", False, "wire.depth", 12),  # the 7th Node, where it starts
        ("1001 1001 1001 1001 1001 01 05", False, "wire.depth", 11),  # the Id inside the 6th
        ("14 14 14 14 14 00", False, "wire.depth", 3),  # Box, Node, Box, Node, Box, Node: the 7th level
    ],
)
def test_each_rejection_stands_where_the_codec_stands(hex_bytes: str, minimal: bool, check: str, offset: int) -> None:
    data = wire(hex_bytes)
    with pytest.raises(FormatError) as caught:
        parse_prefix(codec(minimal), data)
    assert (caught.value.check, caught.value.offset) == (check, offset)
    assert fast(data, minimal) == ("reject", offset)


def test_a_char_length_may_be_a_non_minimal_varint_as_in_the_codec() -> None:
    """The codec reads a char's length with postcard's own varint rule even when it asks for minimal ones."""
    data = wire("0a 8100 61")
    assert fast(data, True) == slow(data, True) == ("accept", exactly(t.Variant("Letter", "a")), 4)


@settings(max_examples=400, deadline=None)
@given(data=st.binary(max_size=48), minimal=st.booleans())
def test_arbitrary_bytes_decode_or_reject_alike(data: bytes, minimal: bool) -> None:
    assert fast(data, minimal) == slow(data, minimal)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=strategies.values(SPACE, NODE, max_depth=MAX_DEPTH + 1),
    cut=st.integers(0, 3),
    flips=st.lists(st.tuples(st.integers(0), st.integers(0, 255)), max_size=3),
    minimal=st.booleans(),
)
def test_mutated_values_decode_or_reject_alike(value: Any, cut: int, flips: list[tuple[int, int]], minimal: bool):
    try:
        data = bytearray(run_build(postcard.codec(SPACE, NODE, max_depth=2 * MAX_DEPTH), value))
    except FormatError:
        assume(False)  # the strategy draws a unit as None, which the codec does not write (a unit is [])
    for at, byte in flips:
        data[at % len(data)] = byte
    data = bytes(data[: len(data) - cut])
    assert fast(data, minimal) == slow(data, minimal)

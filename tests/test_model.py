"""The document model conventions (spec/conventions.md): tagged, type-exact, schema'd."""

from __future__ import annotations

import json
import math
import struct

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats import model, strategies
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V

SPACE = t.TypeSpace()
TREE = t.Ref("Tree")
SPACE.define(
    "Tree",
    t.Enum(
        "Tree",
        (
            t.unit("Leaf"),
            t.newtype("Value", t.F64),
            t.tuple_variant("Pair", TREE, TREE),
            t.struct_variant("Node", t.Field("label", t.STR), t.Field("children", t.Seq(TREE))),
        ),
    ),
)
RECORD = t.Struct(
    "Record",
    (
        t.Field("id", t.U64),
        t.Field("delta", t.I32),
        t.Field("ratio", t.F32),
        t.Field("raw", t.Bytes(4)),
        t.Field("blob", t.BYTES),
        t.Field("tags", t.Map(t.STR, t.U8)),
        t.Field("maybe", t.Option(t.BOOL)),
        t.Field("tree", TREE),
    ),
)


def test_integers_are_decimal_strings_even_past_2_53() -> None:
    assert model.to_model(SPACE, t.U64, 2**64 - 1) == {"type": "u64", "value": "18446744073709551615"}
    assert model.from_model(SPACE, t.I32, {"type": "i32", "value": "-5"}) == -5


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.5, "1.5"), (-0.0, "-0.0"), (math.inf, "inf"), (-math.inf, "-inf"), (1e16, "1e+16"), (5e-324, "5e-324")],
)
def test_float_spelling(value: float, text: str) -> None:
    node = model.to_model(SPACE, t.F64, value)
    assert node == {"type": "f64", "value": text}
    assert struct.pack(">d", model.from_model(SPACE, t.F64, node)) == struct.pack(">d", value)


def test_nan_keeps_its_payload_bits() -> None:
    nan = struct.unpack(">d", bytes.fromhex("fff0000000000001"))[0]
    node = model.to_model(SPACE, t.F64, nan)
    assert node == {"type": "f64", "value": "nan", "bits": "fff0000000000001"}
    assert struct.pack(">d", model.from_model(SPACE, t.F64, node)).hex() == "fff0000000000001"


def test_f32_uses_the_shortest_decimal_that_round_trips_in_f32() -> None:
    f32_tenth = struct.unpack(">f", struct.pack(">f", 0.1))[0]
    assert model.to_model(SPACE, t.F32, f32_tenth) == {"type": "f32", "value": "0.1"}


def test_f32_text_reads_back_as_the_f32_it_names() -> None:
    """The shortest decimal of an f32 (74372928 is written 74372930.0) is not itself an f32: reading the model
    gives the f32 nearest to it, the one that was written."""
    written = struct.unpack("<f", bytes.fromhex("e8da8d4c"))[0]  # 74372928.0, from its IEEE-754 bits
    text = model.to_model(SPACE, t.F32, written)
    assert text == {"type": "f32", "value": "74372930.0"}
    assert model.from_model(SPACE, t.F32, text) == written


def test_f32_extremes_round_trip_and_larger_values_are_invalid_model() -> None:
    largest = struct.unpack(">f", bytes.fromhex("7f7fffff"))[0]  # FLT_MAX, from its IEEE-754 bits
    for value in (largest, -largest):
        text = model.to_model(t.TypeSpace(), t.F32, value)
        assert struct.pack(">f", model.from_model(t.TypeSpace(), t.F32, text)) == struct.pack(">f", value)
    with pytest.raises(FormatError) as raised:
        model.from_model(t.TypeSpace(), t.F32, {"type": "f32", "value": "1e39"})
    assert raised.value.error_class is ErrorClass.INVALID_MODEL


def test_floats_compare_by_bits_not_spelling() -> None:
    assert (
        model.first_difference({"type": "f64", "value": "1e+16"}, {"type": "f64", "value": "10000000000000000"}) is None
    )
    assert model.first_difference({"type": "f64", "value": "0.0"}, {"type": "f64", "value": "-0.0"}) is not None
    assert model.first_difference({"type": "f64", "value": "1"}, {"type": "f32", "value": "1"}) is not None


def test_maps_keep_wire_order_and_enums_are_tagged() -> None:
    value = {
        "id": 1,
        "delta": -1,
        "ratio": 0.5,
        "raw": b"\x00\x01\x02\x03",
        "blob": b"",
        "tags": [("b", 1), ("a", 2)],
        "maybe": None,
        "tree": V("Pair", [V("Leaf"), V("Node", {"label": "n", "children": [V("Value", 2.0)]})]),
    }
    document = model.to_model(SPACE, RECORD, value)
    assert document["tags"] == {
        "type": "map",
        "entries": [["b", {"type": "u8", "value": "1"}], ["a", {"type": "u8", "value": "2"}]],
    }
    assert document["raw"] == {"type": "bytes", "value": "00010203"}
    assert document["tree"] == {
        "variant": "Pair",
        "value": [
            {"variant": "Leaf"},
            {
                "variant": "Node",
                "value": {"label": "n", "children": [{"variant": "Value", "value": {"type": "f64", "value": "2.0"}}]},
            },
        ],
    }
    assert model.from_model(SPACE, RECORD, json.loads(json.dumps(document))) == value


@pytest.mark.parametrize(
    ("typ", "document"),
    [
        (t.U8, {"type": "u8", "value": "256"}),
        (t.U8, {"type": "u16", "value": "1"}),
        (t.U8, 1),
        (t.I32, {"type": "i32", "value": "1.0"}),
        (t.F64, {"type": "f64", "value": "nan"}),
        (t.F64, {"type": "f64", "value": "nan", "bits": "0000000000000000"}),
        (t.F64, {"type": "f64", "value": "nan", "bits": {"not": "hex"}}),
        (t.STR, "lone \ud800 surrogate"),
        (t.Bytes(4), {"type": "bytes", "value": "00"}),
        (t.BYTES, {"type": "bytes", "value": "zz"}),
        (t.Map(t.STR, t.BOOL), {"type": "map", "entries": [["a"]]}),
        (TREE, {"variant": "Leaf", "value": None}),
        (TREE, {"variant": "Branch"}),
        (RECORD, {"id": {"type": "u64", "value": "1"}}),
    ],
)
def test_off_shape_models_are_invalid_model(typ: t.Type, document: object) -> None:
    with pytest.raises(FormatError) as error:
        model.from_model(SPACE, typ, document)
    assert error.value.error_class == ErrorClass.INVALID_MODEL


@settings(max_examples=100, deadline=None)
@given(strategies.values(SPACE, RECORD, max_depth=3))
def test_every_model_fits_the_derived_json_schema(value: dict) -> None:
    schema = model.json_schema(SPACE, RECORD)
    document = json.loads(json.dumps(model.to_model(SPACE, RECORD, value)))
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    again = model.from_model(SPACE, RECORD, document)
    assert model.first_difference(document, model.to_model(SPACE, RECORD, again)) is None


def schema_trees() -> list[tuple[str, t.TypeSpace, t.Type]]:
    from binfmt_conformance.formats.ach import schema as ach
    from binfmt_conformance.formats.fzb import schema as fzb
    from binfmt_conformance.formats.plcbundle import schema as plcbundle

    return [
        ("record", SPACE, RECORD),
        ("lists", SPACE, t.Seq(t.Tuple((t.Seq(t.F64), t.Seq(t.F32), t.Seq(t.I8), t.Seq(t.UNIT), t.Seq(TREE))))),
        ("ach", ach.space, ach.FILE_TYPE),
        ("fzb", fzb.space, fzb.FILE_TYPE),
        ("fzb-b248970", fzb.legacy_space, fzb.LEGACY_FILE_TYPE),
        ("plcbundle", plcbundle.space, plcbundle.BUNDLE),
    ]


@pytest.mark.parametrize(("space", "typ"), [tree[1:] for tree in schema_trees()], ids=[t[0] for t in schema_trees()])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_converters_build_what_the_walk_builds(space: t.TypeSpace, typ: t.Type, data: st.DataObject) -> None:
    """`to_model` (one converter per type, bulk lists) against `walk_to_model`, the plain per-value walk."""
    value = data.draw(strategies.values(space, typ, max_depth=3, max_size=5))
    assert model.to_model(space, typ, value) == model.walk_to_model(space, typ, value)


@pytest.mark.parametrize(
    "values",
    [[1.5, math.inf, -0.0, math.nan, -math.inf], [V("Value", 1.0), V("Value", math.nan)], [V("Value", 2.0), V("Leaf")]],
)
def test_bulk_lists_keep_nan_bits_and_mixed_variants(values: list) -> None:
    typ = t.Seq(t.F64) if isinstance(values[0], float) else t.Seq(TREE)
    assert model.to_model(SPACE, typ, values) == model.walk_to_model(SPACE, typ, values)


SPELLING_EDGES = [
    1e-4,
    math.nextafter(1e-4, 0.0),
    math.nextafter(1e-4, 1.0),
    1e-5,
    -1.5e-7,
    5e-324,
    -0.0,
    0.0,
    1e16,
    math.nextafter(1e16, 0.0),
    1e22,
    1.7976931348623157e308,
    123456789012345678.0,
    10.00001,
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.floats(allow_nan=False, allow_infinity=False)
        | st.floats(min_value=-1e-3, max_value=1e-3)
        | st.sampled_from(SPELLING_EDGES)
        | st.builds(lambda bits: struct.unpack("<d", struct.pack("<Q", bits))[0], st.integers(0, 2**64 - 1)).filter(
            math.isfinite
        ),
        max_size=40,
    )
)
def test_bulk_float_texts_are_repr(values: list[float]) -> None:
    """The C-loop spelling of a list of finite floats is repr's, digit for digit, small magnitudes included."""
    assert model.f64_texts(values) == [repr(v) for v in values]


@pytest.mark.parametrize("odd", [math.nan, math.inf, -math.inf, True, 2**70])
def test_bulk_float_texts_decline_what_orjson_cannot_spell(odd: object) -> None:
    values = [1.5, odd, 2.5]
    assert model.f64_texts(values) is None
    if isinstance(odd, float):
        assert model.to_model(SPACE, t.Seq(t.F64), values) == model.walk_to_model(SPACE, t.Seq(t.F64), values)


def test_bulk_float_texts_on_a_large_list() -> None:
    values = [math.ldexp(1.0 + i / 7919, e) for i in range(400) for e in range(-1074, 1024, 53)]
    values += [-v for v in values]
    assert model.f64_texts(values) == list(map(repr, values))

"""The C-library fast path of the MessagePack codec (`msgpack_c`) against the exact codec (`msgpack_rmp`).

The fast path may decline (None) whenever it likes, but when it answers it must give exactly the exact codec's
value, and it must decline every input the exact codec rejects. Inputs: the `.ach` corpus, hypothesis values
of the schema's type tree, and non-canonical encodings of them written by a loose encoder of this file (wider
integer, string and container forms, float32, structs as maps, unit variants as maps, repeated keys, trailing
bytes), where the two must disagree on canonicity and the fast path must fall back.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import msgpack
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binfmt_conformance.conformance.cases import CORPUS_ROOT
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import limits, schema
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.formats.wire import msgpack_rmp
from binfmt_conformance.formats.wire.codec import parse_prefix, run_build
from binfmt_conformance.reference_impl.ach import reader, writer
from tests.wire.values import exactly

PROFILES = ("upstream", "strict")
EXACT_WRITER = msgpack_rmp.codec(schema.space, schema.BODY, lenient=False, max_depth=limits.MAX_NESTING)
ENOUGH = 1 << 30  # an item budget no test payload reaches


def exact(payload: bytes, profile: str, budget: int = ENOUGH) -> tuple[Any, ...]:
    items = msgpack_rmp.ItemBudget(0, budget, 0, "ach.limits.items")
    try:
        value, used = parse_prefix(reader.BODY_CODECS[profile], payload, **items.context())
    except FormatError as error:
        return ("error", error.error_class, error.message)
    return ("ok", exactly(value), used)


def agree(payload: bytes, profile: str, budget: int = ENOUGH) -> bool:
    """Assert the fast path agrees with the exact codec on `payload`; whether it answered."""
    want = exact(payload, profile, budget)
    answer = FAST[profile].decode(payload, budget)
    if want[0] == "error":
        assert answer is None, f"exact codec says {want[1:]}, fast path answered"
        return False
    if answer is not None:
        assert ("ok", exactly(answer[0]), answer[1]) == want
    return answer is not None


FAST = reader.FAST_BODY_READERS


def outcome(data: bytes, profile: str, fast_path: bool) -> tuple[Any, ...]:
    try:
        parsed = reader.read_file(data, profile, fast_path=fast_path)
    except FormatError as error:
        return ("error", error.error_class, error.message, error.clause, error.offset)
    return ("ok", parsed.header, exactly(parsed.body), parsed.payload, parsed.checksum_ok)


CORPUS = sorted((CORPUS_ROOT / "ach").rglob("*.ach"))


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(CORPUS_ROOT)) for p in CORPUS])
def test_corpus_files_read_the_same_either_way(path: Path) -> None:
    data = path.read_bytes()
    for profile in PROFILES:
        assert outcome(data, profile, True) == outcome(data, profile, False)


def test_the_fast_path_answers_for_canonical_corpus_bodies() -> None:
    """Not a vacuous agreement: every corpus body the exact writer reproduces goes through the C library."""
    answered = 0
    for path in CORPUS:
        try:
            parsed = reader.read_file(path.read_bytes(), "upstream", verify_checksum=False, fast_path=False)
        except FormatError:
            continue
        if run_build(EXACT_WRITER, parsed.body) != parsed.payload:
            continue
        for profile in PROFILES:
            assert agree(parsed.payload, profile) or exact(parsed.payload, profile)[0] == "error", path
        answered += 1
    assert answered >= 10


# ---------------------------------------------------------------- a loose encoder (non-canonical forms)


@st.composite
def loose(draw: st.DrawFn, value: Any, typ: t.Type) -> bytes:
    """Bytes rmp-serde's reader takes for `value` (msgpack_rmp's module docstring), in forms drawn at random:
    the canonical one or a wider / alternative one."""
    typ = schema.space.resolve(typ)
    if isinstance(typ, t.Struct):
        if draw(st.booleans()):  # as a map keyed by field name
            entries = [(pack_str(draw, f.name), draw(loose(value[f.name], f.type))) for f in typ.fields]
            return length(draw, "map", len(entries)) + b"".join(k + v for k, v in entries)
        return length(draw, "array", len(typ.fields)) + b"".join(draw(loose(value[f.name], f.type)) for f in typ.fields)
    if isinstance(typ, t.Enum):
        variant = typ.by_name(value.name)
        assert variant is not None
        key = pack_str(draw, variant.name) if draw(st.booleans()) else pack_uint(draw, typ.index_of(variant.name))
        if variant.kind == "unit":
            return length(draw, "map", 1) + key + b"\xc0" if draw(st.booleans()) else key
        if variant.kind == "newtype":
            payload = draw(loose(value.value, variant.types[0]))
        else:
            items = [draw(loose(v, p)) for v, p in zip(value.value, variant.types, strict=True)]
            payload = length(draw, "array", len(items)) + b"".join(items)
        return length(draw, "map", 1) + key + payload
    if isinstance(typ, t.Map):
        entries = [draw(loose(k, typ.key)) + draw(loose(v, typ.value)) for k, v in value]
        if entries and draw(st.integers(0, 4)) == 0:  # a repeated key: upstream keeps the last value
            entries.append(entries[0])
        return length(draw, "map", len(entries)) + b"".join(entries)
    if isinstance(typ, t.Seq):
        return length(draw, "array", len(value)) + b"".join(draw(loose(v, typ.inner)) for v in value)
    if isinstance(typ, t.Tuple):
        return length(draw, "array", len(value)) + b"".join(
            draw(loose(v, p)) for v, p in zip(value, typ.items, strict=True)
        )
    if isinstance(typ, t.Option):
        return b"\xc0" if value is None else draw(loose(value, typ.inner))
    if isinstance(typ, t.Float):
        try:
            single: bytes | None = struct.pack(">f", value)  # rounded: the test compares two readers only
        except OverflowError:
            single = None
        if single is not None and draw(st.booleans()):
            return b"\xca" + single
        return b"\xcb" + struct.pack(">d", value)
    if isinstance(typ, t.Int):
        return pack_uint(draw, value) if value >= 0 else msgpack.packb(value)
    if isinstance(typ, t.Str):
        return pack_str(draw, value)
    return msgpack.packb(value)


def length(draw: st.DrawFn, kind: str, count: int) -> bytes:
    forms = {"array": (0x90, 0xDC, 0xDD), "map": (0x80, 0xDE, 0xDF)}[kind]
    choices = ([bytes([forms[0] | count])] if count < 16 else []) + [bytes([forms[1]]) + struct.pack(">H", count)]
    return draw(st.sampled_from([*choices, bytes([forms[2]]) + struct.pack(">I", count)]))


def pack_uint(draw: st.DrawFn, value: int) -> bytes:
    forms = [msgpack.packb(value)]
    for marker, fmt, top in msgpack_rmp.UINT_FORMS + msgpack_rmp.INT_FORMS:
        if value <= top and not (fmt.islower() and value >= top):
            forms.append(bytes([marker]) + struct.pack(fmt, value))
    return draw(st.sampled_from(forms))


def pack_str(draw: st.DrawFn, text: str) -> bytes:
    raw = text.encode()
    forms = [msgpack.packb(text)]
    if len(raw) < 256:
        forms += [b"\xd9" + bytes([len(raw)]) + raw, b"\xc4" + bytes([len(raw)]) + raw]
    forms.append(b"\xda" + struct.pack(">H", len(raw)) + raw)
    return draw(st.sampled_from(forms))


BODIES = derive.values(schema.space, schema.BODY, max_depth=3, max_size=3)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(BODIES)
def test_canonical_bodies_decode_and_encode_the_same_either_way(body: dict[str, Any]) -> None:
    payload = run_build(EXACT_WRITER, body)
    assert writer.FAST_BODY_WRITER.encode(body) == payload
    for profile in PROFILES:
        assert agree(payload, profile)  # a canonical payload always goes through the C library
        assert agree(payload + b"\xc1", profile) == (profile == "upstream")  # trailing bytes: strict's error


@SETTINGS
@given(BODIES.flatmap(lambda body: st.tuples(st.just(body), loose(body, schema.BODY))))
def test_non_canonical_encodings_fall_back_where_they_must(case: tuple[dict[str, Any], bytes]) -> None:
    body, payload = case
    canonical = run_build(EXACT_WRITER, body)
    for profile in PROFILES:
        answered = agree(payload, profile)
        if profile == "strict" and payload != canonical:
            assert not answered  # the exact reader names the first non-canonical byte
            assert exact(payload, "strict")[0] == "error"


@SETTINGS
@given(BODIES, st.data())
def test_damaged_encodings_agree(body: dict[str, Any], data: st.DataObject) -> None:
    payload = bytearray(run_build(EXACT_WRITER, body))
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.integers(0, len(payload) - 1))
        action = data.draw(st.sampled_from(["set", "insert", "delete"]))
        byte = data.draw(st.integers(0, 255))
        if action == "set":
            payload[where] = byte
        elif action == "insert":
            payload.insert(where, byte)
        elif len(payload) > 1:
            del payload[where]
    for profile in PROFILES:
        agree(bytes(payload), profile)


def nested_vector(depth: int) -> V:
    value = V("Null")
    for _ in range(depth - 1):
        value = V("Vector", [value])
    return value


def body_of(value: V) -> dict[str, Any]:
    metadata = {"created_by": "", "created_at": "", "platform": "", "num_bindings": 1, "description": None}
    return {"metadata": metadata | {"tags": [], "custom": [], "binding_names": ["x"]}, "bindings": [("x", value)]}


@pytest.mark.parametrize("depth", [limits.MAX_NESTING, limits.MAX_NESTING + 1])
def test_depth_limit_either_way(depth: int) -> None:
    payload = encode_unchecked(body_of(nested_vector(depth)))
    for profile in PROFILES:
        assert agree(payload, profile) == (depth <= limits.MAX_NESTING)
    assert (writer.FAST_BODY_WRITER.encode(body_of(nested_vector(depth))) is None) == (depth > limits.MAX_NESTING)


def encode_unchecked(body: dict[str, Any]) -> bytes:
    """The body's canonical bytes, whatever its depth (the exact writer refuses to write past the limit)."""
    deep = msgpack_rmp.codec(schema.space, schema.BODY, lenient=False, max_depth=1000)
    return run_build(deep, body)


def test_item_budget_sends_long_payloads_to_the_exact_codec() -> None:
    payload = run_build(EXACT_WRITER, body_of(V("Tensor", [[40], [0.5] * 40])))
    assert agree(payload, "upstream", budget=len(payload))
    assert not agree(payload, "upstream", budget=len(payload) - 1)


def test_skipped_fields_are_bounded_as_the_exact_codec_bounds_them() -> None:
    """An unknown metadata key is skipped by the lenient reading, up to 64 levels of nesting."""
    base = run_build(EXACT_WRITER, body_of(V("Null")))
    fields = msgpack.unpackb(base)[0]
    names = schema.METADATA.field_names()
    for levels, accepted in ((64, True), (65, False)):
        unknown: Any = 0
        for _ in range(levels):
            unknown = [unknown]
        metadata = dict(zip(names, fields, strict=True)) | {"zzz": unknown}
        payload = b"\x92" + msgpack.packb(metadata) + base[1 + len(msgpack.packb(fields)) :]
        assert agree(payload, "upstream") == accepted
        assert exact(payload, "upstream")[0] == ("ok" if accepted else "error")


@pytest.mark.parametrize(
    "value",
    [
        V("Record", [("a", V("Null")), ("a", V("Boolean", True))]),  # a repeated key: dicts cannot hold it
        V("Number", 1),  # not a float
        V("Tensor", [[-1], [1.0]]),  # not a usize
        V("String", "\ud800"),  # a lone surrogate
        V("Nope", None),
        V("Vector", [V("Number", 1.0), V("Boolean", 1)]),
    ],
)
def test_writer_falls_back_and_gives_the_exact_result(value: V) -> None:
    body = body_of(value)
    assert writer.FAST_BODY_WRITER.encode(body) is None
    try:
        want: Any = run_build(EXACT_WRITER, body)
    except FormatError as error:
        want = error.error_class
    try:
        got: Any = writer.encode_body(body)
    except FormatError as error:
        got = error.error_class
    assert got == want

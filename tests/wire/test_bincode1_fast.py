"""The fast bincode reader (`bincode1_fast`) against the construct codec (`bincode1.codec`).

The fast path may decline (None), but when it answers it must give exactly the codec's value and end offset,
and it must decline every input the codec rejects: the `.fzb` corpus under every profile, hypothesis chunks of
both wire generations, damaged encodings of them, and inputs built to be rejected (tags, indices, UTF-8,
counts, depth).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binfmt_conformance.conformance.cases import CORPUS_ROOT
from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import limits, profiles, schema
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.formats.wire import bincode1, bincode1_fast
from binfmt_conformance.formats.wire.codec import parse_prefix, run_build
from binfmt_conformance.reference_impl.fzb import reader
from tests.wire.values import exactly


def agree(codec: Any, fast: bincode1_fast.Decoder, data: bytes) -> bool:
    """Assert the fast reader agrees with the codec on `data`; whether it answered."""
    try:
        value, end = parse_prefix(codec, data)
        want: Any = ("ok", exactly(value), end)
    except FormatError as error:
        want = ("error", error.error_class)
    answer = fast.decode(data)
    if want[0] == "error":
        assert answer is None, f"the codec says {want[1]}, the fast reader answered"
        return False
    if answer is not None:
        assert ("ok", exactly(answer[0]), answer[1]) == want
    return answer is not None


def outcome(data: bytes, profile: str, fast_path: bool) -> tuple[Any, ...]:
    try:
        parsed = reader.read_file(data, profile, fast_path=fast_path)
    except FormatError as error:
        return ("error", error.error_class, error.message, error.clause, error.offset)
    return ("ok", parsed.version, exactly(parsed.chunk), parsed.end, parsed.profile)


CORPUS = sorted((CORPUS_ROOT / "fzb").rglob("*.fzb"))


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(CORPUS_ROOT)) for p in CORPUS])
def test_corpus_files_read_the_same_either_way(path: Path) -> None:
    data = path.read_bytes()
    for profile in profiles.PROFILES:
        assert outcome(data, profile, True) == outcome(data, profile, False)


def test_the_fast_reader_answers_for_every_file_the_codec_reads() -> None:
    """Not a vacuous agreement: whatever the codec reads completely, the fast reader reads too."""
    answered = 0
    for path in CORPUS:
        data = path.read_bytes()
        for generation, codec in schema.CHUNK_CODECS.items():
            try:
                parse_prefix(codec, data[schema.HEADER_SIZE :])
            except FormatError:
                continue
            assert reader.FAST_CHUNK_READERS[generation].decode(data, schema.HEADER_SIZE) is not None, path
            answered += 1
    assert answered >= 50


GENERATIONS = sorted(schema.LAYOUTS)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def chunk_bytes(generation: str, chunk: dict[str, Any]) -> bytes:
    return run_build(schema.CHUNK_CODECS[generation], chunk)


@st.composite
def chunks(draw: st.DrawFn) -> tuple[str, bytes]:
    generation = draw(st.sampled_from(GENERATIONS))
    layout = schema.LAYOUTS[generation]
    chunk = draw(derive.values(layout.space, layout.chunk, max_depth=3, max_size=4))
    return generation, chunk_bytes(generation, chunk)


@SETTINGS
@given(chunks())
def test_chunks_read_the_same_either_way(case: tuple[str, bytes]) -> None:
    generation, data = case
    assert agree(schema.CHUNK_CODECS[generation], reader.FAST_CHUNK_READERS[generation], data)
    assert agree(schema.CHUNK_CODECS[generation], reader.FAST_CHUNK_READERS[generation], data + b"\x07")


@SETTINGS
@given(chunks(), st.data())
def test_damaged_chunks_agree(case: tuple[str, bytes], data: st.DataObject) -> None:
    generation, raw = case
    damaged = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.integers(0, len(damaged) - 1))
        action = data.draw(st.sampled_from(["set", "insert", "delete"]))
        byte = data.draw(st.sampled_from([0, 1, 2, 0x7F, 0x80, 0xC3, 0xFF]))
        if action == "set":
            damaged[where] = byte
        elif action == "insert":
            damaged.insert(where, byte)
        elif len(damaged) > 1:
            del damaged[where]
    agree(schema.CHUNK_CODECS[generation], reader.FAST_CHUNK_READERS[generation], bytes(damaged))


# ---------------------------------------------------------------- inputs built to be rejected

SPACE = t.TypeSpace()
NODE = SPACE.define(
    "Node",
    t.Enum(
        "Node",
        (
            t.unit("Leaf"),
            t.newtype("Wrap", t.Ref("Node")),
            t.struct_variant("Pair", t.Field("flag", t.BOOL), t.Field("name", t.Option(t.STR))),
            t.tuple_variant("Point", t.I16, t.F32),
            t.newtype("Units", t.Seq(t.Tuple(()))),  # zero-size items (bincode writes unit only from [])
            t.newtype("Letter", t.CHAR),
            t.newtype("Blob", t.Bytes(3)),
            t.newtype("Shape", t.Seq(t.Tuple((t.U8, t.F64)))),
            t.newtype("Table", t.Map(t.STR, t.I64)),
            # payloads of fixed-size scalars read in one call: an integer, a float, all integers
            t.newtype("Count", t.U16),
            t.newtype("Weight", t.F64),
            t.tuple_variant("Range", t.U8, t.I64),
        ),
    ),
)
CODEC = bincode1.codec(SPACE, NODE, max_depth=8, max_items=1000)
FAST = bincode1_fast.Decoder(SPACE, NODE, max_depth=8, max_items=1000)


def index(i: int) -> bytes:
    return struct.pack("<I", i)


def count(n: int) -> bytes:
    return struct.pack("<Q", n)


@pytest.mark.parametrize(
    ("data", "accepted"),
    [
        (index(0), True),
        (index(9), False),  # no such variant
        (index(1) * 7 + index(0), True),  # 8 levels
        (index(1) * 8 + index(0), False),  # 9 levels: past the depth limit
        (index(2) + b"\x01\x00", True),
        (index(2) + b"\x02\x00", False),  # bool byte 2
        (index(2) + b"\x01\x02", False),  # Option tag 2
        (index(2) + b"\x00\x01" + count(2) + b"\xc3\xa9", True),
        (index(2) + b"\x00\x01" + count(2) + b"\xc3\x28", False),  # invalid UTF-8
        (index(2) + b"\x00\x01" + count(3) + b"ab", False),  # a string longer than the input
        (index(3) + struct.pack("<hf", -5, 1.5), True),
        (index(3) + b"\x01", False),  # cut short
        (index(4) + count(1000), True),  # zero-size items up to the item limit
        (index(4) + count(1001), False),  # past it, however few bytes they take
        (index(5) + "é".encode(), True),
        (index(5) + b"\xe9", False),
        (index(6) + b"abc", True),
        (index(6) + b"ab", False),
        (index(7) + count(2) + struct.pack("<BdBd", 1, 0.5, 2, -0.0), True),
        (index(7) + count(2) + struct.pack("<BdB", 1, 0.5, 2), False),
        (index(8) + count(1) + count(1) + b"k" + struct.pack("<q", -1), True),
        (index(8) + count(1 << 40), False),  # a count the input cannot hold
    ],
)
def test_inputs_the_codec_rejects_are_declined(data: bytes, accepted: bool) -> None:
    assert agree(CODEC, FAST, data) == accepted


@SETTINGS
@given(derive.values(SPACE, NODE, max_depth=6, max_size=4))
def test_every_node_kind_reads_the_same_either_way(value: Any) -> None:
    data = run_build(CODEC, value)
    assert agree(CODEC, FAST, data)


def test_deep_closures_are_declined_past_the_limit() -> None:
    layout = schema.CURRENT
    chunk: dict[str, Any] = {"instructions": [], "constants": [], "name": None, "spans": [], "source": None}
    chunk["source_file"] = None
    for _ in range(limits.MAX_DEPTH):
        closure = {"chunk": chunk, "arity": 0, "name": None}
        chunk = dict(chunk, constants=[V("Closure", closure)])
    deep = bincode1.codec(layout.space, layout.chunk, max_depth=1000, max_items=limits.MAX_ITEMS)
    data = run_build(deep, chunk)
    assert not agree(schema.CHUNK_CODECS["current"], reader.FAST_CHUNK_READERS["current"], data)


# ---------------------------------------------------------------- straight to the document model


def model_of(data: bytes, profile: str) -> Any:
    """The document model the slow way: the codec's value, then the per-value walk."""
    try:
        parsed = reader.read_file(data, profile, fast_path=False)
    except FormatError as error:
        return ("error", error.error_class, error.message)
    layout = parsed.profile.layout
    return model.walk_to_model(layout.space, layout.file_type, parsed.document)


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(CORPUS_ROOT)) for p in CORPUS])
def test_corpus_documents_are_the_same_either_way(path: Path) -> None:
    data = path.read_bytes()
    for profile in profiles.PROFILES:
        try:
            got: Any = reader.read_document(data, profile)
        except FormatError as error:
            got = ("error", error.error_class, error.message)
        assert got == model_of(data, profile)


@SETTINGS
@given(chunks())
def test_chunks_decode_to_the_same_document_either_way(case: tuple[str, bytes]) -> None:
    generation, raw = case
    layout = schema.LAYOUTS[generation]
    value, end = parse_prefix(schema.CHUNK_CODECS[generation], raw)
    answer = reader.FAST_CHUNK_MODELS[generation].decode(raw)
    assert answer == (model.walk_to_model(layout.space, layout.chunk, value), end)


@SETTINGS
@given(derive.values(SPACE, NODE, max_depth=6, max_size=4))
def test_every_node_kind_decodes_to_the_same_document(value: Any) -> None:
    data = run_build(CODEC, value)
    fast = bincode1_fast.Decoder(SPACE, NODE, max_depth=8, max_items=1000, model=True)
    assert fast.decode(data) == (model.walk_to_model(SPACE, NODE, parse_prefix(CODEC, data)[0]), len(data))

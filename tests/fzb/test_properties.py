"""Round trips over chunks drawn from strategies derived from the type tree."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from binfmt_conformance.formats import model
from binfmt_conformance.formats.fzb import schema
from binfmt_conformance.reference_impl.fzb import FORMAT, api, reader, writer
from binfmt_conformance.reference_impl.fzb.asm import assemble
from binfmt_conformance.reference_impl.fzb.dis import disassemble
from binfmt_conformance.reference_impl.fzb.strategies import chunks, documents

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def chunk_model(generation: str, value):
    layout = schema.LAYOUTS[generation]
    return model.to_model(layout.space, layout.chunk, value)  # compares NaNs by their bits


@SETTINGS
@given(chunks())
def test_write_then_read_is_identity(chunk) -> None:
    data = api.serialize_chunk(chunk)
    assert chunk_model("current", api.deserialize_chunk(data, "strict")) == chunk_model("current", chunk)


@SETTINGS
@given(chunks("b248970"))
def test_legacy_write_then_read_is_identity(chunk) -> None:
    data = writer.write_file({"version": 1, "chunk": chunk}, "legacy-b248970")
    read = reader.read_file(data, "legacy-b248970")
    assert read.end == len(data)
    assert chunk_model("b248970", read.chunk) == chunk_model("b248970", chunk)


@SETTINGS
@given(documents())
def test_model_encode_then_decode_is_identity(document) -> None:
    data = FORMAT.encode(document, "strict")
    assert FORMAT.decode(data, "strict") == document


@SETTINGS
@given(chunks())
def test_disassembly_reassembles_byte_for_byte(chunk) -> None:
    data = api.serialize_chunk(chunk)
    assert assemble(disassemble(data)) == data

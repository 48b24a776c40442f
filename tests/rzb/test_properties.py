"""Properties of the rzb reader and writer over bundles drawn from each generation's type tree
(reference_impl/rzb/strategies.py): round trips, the compiled decoder against the construct codec, the Kaitai
parser against the reference, and mutated input that never escapes as anything but a FormatError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.wire import postcard_compiled
from binfmt_conformance.formats.wire.codec import parse_prefix
from binfmt_conformance.reference_impl.rzb import FORMAT, kaitai_adapter, reader, strategies, writer

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def same(a: object, b: object) -> bool:
    return repr(a) == repr(b)  # NaN payloads compare by their text, as the model writes them


@pytest.mark.parametrize("generation", schema.GENERATIONS)
@SETTINGS
@given(data=st.data())
def test_round_trip_under_each_generation(generation: str, data: st.DataObject) -> None:
    value = data.draw(strategies.bundles(generation))
    container = data.draw(st.sampled_from(("Raw", "Zstd")))
    encoded = writer.write_bytes(value, generation, container)
    decoded = reader.read_bundle(encoded, generation.lower())
    assert same(decoded.value, value) and decoded.container == container
    assert generation in reader.read_bundle(encoded, "auto").generations


@SETTINGS
@given(drawn=strategies.files(), flips=st.lists(st.tuples(st.integers(0), st.integers(0, 255)), max_size=4))
def test_compiled_decoder_accepts_exactly_what_the_codec_accepts(drawn, flips) -> None:
    generation, _, value, _ = drawn
    payload = bytearray(writer.encode_payload(value, generation))
    for at, byte in flips:
        payload[at % len(payload)] = byte
    for name in schema.GENERATIONS:
        for minimal in (False, True):
            try:
                fast = reader.payload_decoder(reader.BUNDLE, name, minimal)(bytes(payload))
            except postcard_compiled.Rejected:
                fast = None
            try:
                slow = parse_prefix(reader.payload_codec(reader.BUNDLE, name, minimal), bytes(payload))
            except FormatError:
                slow = None
            assert same(fast, slow), (name, minimal)


@SETTINGS
@given(drawn=strategies.files())
def test_kaitai_parser_reads_what_the_reference_reads(drawn) -> None:
    _, _, _, data = drawn
    assert kaitai_adapter.decode(data, "auto") == FORMAT.decode(data, "auto")


@SETTINGS
@given(drawn=strategies.files(), cut=st.integers(0), flips=st.lists(st.tuples(st.integers(0), st.integers(0, 255))))
def test_mutated_input_is_decoded_or_rejected_with_a_format_error(drawn, cut, flips) -> None:
    generation, _, value, _ = drawn
    payload = bytearray(writer.encode_payload(value, generation))
    for at, byte in flips:
        payload[at % len(payload)] = byte
    payload = payload[: len(payload) - cut % 8]
    for data in (bytes(payload), writer.wrap(bytes(payload), "Zstd")):
        for profile in ("auto", "strict", "newer-loader", generation.lower()):
            try:
                document = FORMAT.decode(data, profile)
            except FormatError:
                continue
            layout = schema.LAYOUTS[document["generations"][-1]]
            model.from_model(layout.space, layout.file_type, document)  # what decode returns is a model

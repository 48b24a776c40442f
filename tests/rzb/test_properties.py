"""Properties of the rzb reader and writer over bundles drawn from each generation's type tree
(reference_impl/rzb/strategies.py) and over the corpus's small files of every kind: round trips, the compiled
decoder against the construct codec (what each accepts, and where each rejects), the reader's verdicts against
the generation choice it made before the compiled decoder reported offsets, the Kaitai parser against the
reference, and mutated input that never escapes as anything but a FormatError."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.rzb.profiles import PROFILES, Profile
from binfmt_conformance.formats.wire import postcard_compiled
from binfmt_conformance.formats.wire.codec import parse_prefix
from binfmt_conformance.reference_impl.rzb import FORMAT, kaitai_adapter, reader, strategies, writer

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "rzb"
KIND_OF_OPERATION = {"decode_blade": reader.BLADE, "decode_bsym": reader.SYMBOLS}


def corpus_payloads() -> list[tuple[str, bytes]]:
    """(kind, payload) of every corpus file of at most 4 KiB (the fuzzer's inputs are as small), the zstd
    layer removed where it decompresses: mutations then reach the postcard."""
    found = []
    for path in sorted(CORPUS.rglob("*.rzb")):
        data = path.read_bytes()
        if len(data) > 4096:
            continue
        expectation = json.loads(path.with_suffix(".json").read_text())
        kind = KIND_OF_OPERATION.get(expectation.get("operation", "decode"), reader.BUNDLE)
        if kind.compressed:
            try:
                data, _ = reader.unwrap(data, kind.checks)
            except FormatError:
                pass
        found.append((kind.name, data))
    return found


CORPUS_PAYLOADS = corpus_payloads()
MUTATIONS = st.tuples(
    st.lists(st.tuples(st.integers(0), st.integers(0, 255)), max_size=4),  # (where, byte) overwrites
    st.integers(0, 7),  # bytes cut off the end
)


def mutated(payload: bytes, mutation: tuple[list[tuple[int, int]], int]) -> bytes:
    flips, cut = mutation
    out = bytearray(payload)
    for at, byte in flips:
        if out:
            out[at % len(out)] = byte
    return bytes(out[: max(0, len(out) - cut)])


def rejection_offsets(kind: reader.Kind, payload: bytes, generation: str, minimal: bool) -> tuple[Any, Any]:
    """What the compiled decoder and the construct codec say of one payload: a value or a rejection's offset."""
    try:
        fast: Any = reader.payload_decoder(kind, generation, minimal)(payload)
    except postcard_compiled.Rejected as rejected:
        fast = ("rejected at", rejected.offset)
    try:
        slow: Any = parse_prefix(reader.payload_codec(kind, generation, minimal), payload)
    except FormatError as error:
        slow = ("rejected at", error.offset)
    return repr(fast), repr(slow)  # repr: NaN payloads compare by their text


def old_decode_payload(kind: reader.Kind, payload: bytes, rules: Profile) -> tuple[list[str], Any, int]:
    """The oracle: the reader's choice of generations as it was made before the compiled decoder reported
    offsets, by the construct codec alone: every generation read to its end or its error, and for a payload
    no generation decodes, the error of the one whose codec error stands furthest (ties: the newest)."""
    checks = kind.checks
    tried = kind.tried(rules)
    results: dict[str, tuple[Any, int]] = {}
    failures: dict[str, FormatError] = {}
    for generation in tried:
        try:
            with checks.wire():
                results[generation] = parse_prefix(
                    reader.payload_codec(kind, generation, rules.minimal_varints), payload
                )
        except FormatError as error:
            failures[generation] = error
    if len(tried) == 1:
        if failures:
            error = failures[tried[0]]
            if rules.body_error is not None:
                checks.fail("order.newer-body", f"bundle payload does not match this compiler's MIR layout ({error})")
            raise error
        ((generation, (value, end)),) = results.items()
        return [generation], value, end
    exact = [g for g, (_, end) in results.items() if end == len(payload)]
    if exact:
        value, end = results[exact[-1]]
        return exact, value, end
    if results:
        partial = ", ".join(f"{g} ends at {end}" for g, (_, end) in results.items())
        checks.fail("generation.exact", f"no generation uses all {len(payload)} bytes ({partial})")
    furthest = max(failures, key=lambda g: (failures[g].offset, tried.index(g)))
    error = failures[furthest]
    summary = "; ".join(f"{g}: {e.error_class.value} at byte {e.offset}" for g, e in failures.items())
    message = f"decodes under no generation ({summary}); {furthest}: {error.message}"
    raise checks.error("generation.none", message, error.error_class)


def verdict(kind: reader.Kind, data: bytes, profile: str) -> tuple[Any, ...]:
    """The outcome of `reader.read`: the generations, value and end, or the error's class, clause and message;
    of a `generation.none` message, the offset it gives each generation and the furthest one's own message
    (the old message named every generation's class, the new names the furthest's alone)."""
    try:
        decoded = reader.read(kind, data, profile)
    except FormatError as error:
        message: Any = error.message
        if error.clause == "rzb.generation.none":
            summary, _, furthest = message.partition("); ")
            message = (re.findall(r"(\S+): \S+ at byte (\d+)", summary), furthest)
        return ("reject", error.error_class, error.clause, message)
    return ("accept", decoded.generations, repr(decoded.value), decoded.end)


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
            fast, slow = rejection_offsets(reader.BUNDLE, bytes(payload), name, minimal)
            assert fast == slow, (name, minimal)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=st.sampled_from(CORPUS_PAYLOADS), mutation=MUTATIONS)
def test_compiled_decoder_rejects_where_the_codec_rejects_for_every_kind(drawn, mutation) -> None:
    """Corpus payloads of `.rzb`, `.blade` and `.bsym`, mutated, under every layout of their kind: the same value,
    or a `Rejected` whose offset is the codec's FormatError's (what generation detection ranks by)."""
    name, payload = drawn
    kind = reader.KINDS[name]
    data = mutated(payload, mutation)
    for layout in kind.layouts:
        for minimal in (False, True):
            fast, slow = rejection_offsets(kind, data, layout, minimal)
            assert fast == slow, (layout, minimal)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=st.sampled_from(CORPUS_PAYLOADS), mutation=MUTATIONS, zstd=st.booleans())
def test_verdicts_are_those_of_rereading_every_rejected_generation(drawn, mutation, zstd) -> None:
    """Under the detecting profiles (and the others, which try one layout or a few), `read` of a mutated corpus
    file reaches the verdict the oracle does (outcome, class, clause; for `generation.none` the same offsets
    and the same furthest generation), though the codec now re-reads one generation at most."""
    name, payload = drawn
    kind = reader.KINDS[name]
    data = mutated(payload, mutation)
    if zstd and kind.compressed:
        data = writer.wrap(data, "Zstd")
    for profile in ("auto", "strict", "newer-loader", "s2"):
        new = verdict(kind, data, profile)
        with mock.patch.object(reader, "decode_payload", old_decode_payload):
            old = verdict(kind, data, profile)
        assert new == old, profile


def test_the_profiles_the_verdict_test_names_exist() -> None:
    assert {"auto", "strict", "newer-loader", "s2"} <= set(PROFILES)
    assert {kind for kind, _ in CORPUS_PAYLOADS} == set(reader.KINDS)


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

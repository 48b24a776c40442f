"""The bundle reader and writers: hashes against fixed vectors, layouts, random access, range reads, the
document model round trip and the Kaitai description's agreement with the reader."""

from __future__ import annotations

import hashlib
import json
import struct

import pytest
from hypothesis import HealthCheck, given, settings

from binfmt_conformance.corpus.generators.plcbundle import filler_lines, realistic
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.formats.plcbundle.kaitai.plcbundle import Plcbundle
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.reference_impl.plcbundle import COMPRESSION_MEMBERS, FORMAT, decode, encode, reader, writer
from binfmt_conformance.reference_impl.plcbundle.jsontext import replace_members
from binfmt_conformance.reference_impl.plcbundle.strategies import bundle_models

# Vectors computed independently with hashlib for the research note (formats-plcbundle.md §3.3).
TWO_LINES = [
    '{"did":"did:plc:aaaaaaaaaaaaaaaaaaaaaaaa","operation":{"type":"plc_tombstone","prev":"bafyx","sig":"x"},'
    '"cid":"bafyone","nullified":false,"createdAt":"2024-01-01T00:00:00.000Z"}',
    '{"did":"did:plc:bbbbbbbbbbbbbbbbbbbbbbbb","operation":{"type":"plc_tombstone","prev":"bafyy","sig":"y"},'
    '"cid":"bafytwo","nullified":false,"createdAt":"2024-01-01T00:00:00.001Z"}',
]
TWO_LINES_CONTENT_HASH = "4be528d720e83d97682dff90412baea5d816f948238e3f09ec56596a4b00b596"
TWO_LINES_GENESIS = "26da85ae997617ff1c7c8484caaf5e2bfea9c0b4e5ea2443b0e68cca43bcd971"
TWO_LINES_SECOND = "3e2ffb3a408a5ff1b25e55a73dca2611f4ef282a9fbc3f706c64249d31c02ddd"
EMPTY_GENESIS = "b066c26550d65497480aa3d843fa592c400c43f29bec5131e3f72a4c4710a833"

LINES = realistic()[:250]


def test_hash_vectors() -> None:
    content = writer.content_of(TWO_LINES)
    assert len(content) == 356
    assert hashlib.sha256(content).hexdigest() == TWO_LINES_CONTENT_HASH
    assert writer.chain_hash("", TWO_LINES_CONTENT_HASH) == TWO_LINES_GENESIS
    assert writer.chain_hash(TWO_LINES_GENESIS, TWO_LINES_CONTENT_HASH) == TWO_LINES_SECOND
    assert writer.chain_hash("", hashlib.sha256(b"").hexdigest()) == EMPTY_GENESIS
    assert reader.read_bundle(writer.write_framed(TWO_LINES, "rust")).content_hash == TWO_LINES_CONTENT_HASH


@pytest.mark.parametrize("profile", ["go", "rust", "strict"])
def test_framed_layout_bytes(profile: str) -> None:
    data = writer.write_framed(LINES, profile)
    assert data[:4] == bytes.fromhex("502a4d18")
    (length,) = struct.unpack_from("<I", data, 4)
    metadata = json.loads(data[8 : 8 + length])
    offsets = metadata["frame_offsets"]
    assert metadata["frame_count"] == 3 and len(offsets) == 4 and offsets[0] == 0
    assert 8 + length + offsets[-1] == len(data)
    for index in range(3):  # each offset starts a standard zstd frame holding 100 (then 50) whole lines
        frame = data[8 + length + offsets[index] : 8 + length + offsets[index + 1]]
        assert frame[:4] == bytes.fromhex("28b52ffd")
        part = zstd_frames.decompress(frame, 1 << 20, multiple_frames=False)
        assert part == writer.content_of(LINES[index * 100 : index * 100 + 100])
    # a plain zstd decoder of the whole file (skippable frames skipped) yields the content
    assert zstd_frames.decompress(data, 1 << 24) == writer.content_of(LINES)
    assert list(metadata)[:3] == (
        ["format", "origin", "bundle_number"] if profile != "rust" else ["format", "bundle_number", "origin"]
    )


def test_rust_frames_carry_checksums_and_go_frames_do_not() -> None:
    for profile, expected in (("rust", True), ("go", False)):
        parsed = Plcbundle.from_bytes(writer.write_framed(LINES, profile))
        assert {f.data.has_checksum for f in parsed.frames} == {expected}


def test_kaitai_walk_agrees_with_the_frame_table() -> None:
    data = writer.write_framed(LINES, "go")
    parsed = Plcbundle.from_bytes(data)
    assert parsed.is_framed
    metadata = json.loads(parsed.metadata.json)
    sizes = [len(writer.compress_frames(LINES[i : i + 100], reader.profile_of("go"))[0]) for i in range(0, 250, 100)]
    assert [b - a for a, b in zip(metadata["frame_offsets"], metadata["frame_offsets"][1:], strict=False)] == sizes
    assert [f.data.content_size for f in parsed.frames] == [
        len(writer.content_of(LINES[i : i + 100])) for i in range(0, 250, 100)
    ]
    legacy = Plcbundle.from_bytes(writer.write_legacy(LINES))
    assert not legacy.is_framed and len(legacy.frames) == 1


def test_get_operation_decompresses_only_one_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    data = writer.write_framed(LINES, "strict")
    calls: list[int] = []
    real = reader.decompress_frame

    def counting(frame: bytes, limit: int) -> bytes:
        calls.append(len(frame))
        return real(frame, limit)

    monkeypatch.setattr(reader, "decompress_frame", counting)
    for position in (0, 99, 100, 249):
        calls.clear()
        assert reader.get_operation(data, position) == LINES[position]
        assert len(calls) == 1
    calls.clear()
    assert reader.read_range(data, 95, 10) == LINES[95:105]
    assert len(calls) == 2


def test_range_reads_and_bounds() -> None:
    data = writer.write_framed(LINES, "go")
    legacy = writer.write_legacy(LINES)
    for source in (data, legacy):
        assert reader.read_range(source, 0, 250) == LINES
        assert reader.read_range(source, 240, 10) == LINES[240:]
        assert reader.read_range(source, 7, 0) == []
        with pytest.raises(FormatError) as caught:
            reader.read_range(source, 245, 10)
        assert caught.value.error_class.value == "invalid_value"
    with pytest.raises(FormatError):
        reader.get_operation(data, -1)


def test_legacy_and_framed_share_content_and_model_records() -> None:
    framed_model = decode(writer.write_framed(LINES, "strict"))
    legacy_model = decode(writer.write_legacy(LINES))
    assert framed_model["records"] == legacy_model["records"] == LINES
    assert legacy_model["layout"] == {"variant": "Legacy"} and legacy_model["metadata"] is None
    assert framed_model["metadata"]["fields"]["operation_count"] == {"type": "u64", "value": "250"}


@pytest.mark.parametrize("profile", ["go", "rust", "strict"])
def test_encode_keeps_metadata_text_and_reproduces_own_bytes(profile: str) -> None:
    data = writer.write_framed(LINES, profile)
    model = decode(data, "go")
    assert encode(model, profile) == data  # same writer settings: byte for byte
    other = encode(model, "rust" if profile != "rust" else "go")  # other frame settings: offsets recomputed
    assert other != data
    assert decode(other, "go")["records"] == LINES
    assert FORMAT.canonical_view(other) == FORMAT.canonical_view(data)


def test_encode_rejects_inconsistent_models() -> None:
    model = decode(writer.write_framed(LINES[:5], "strict"))
    model["metadata"]["fields"]["did_count"] = {"type": "u64", "value": "1"}
    with pytest.raises(FormatError) as caught:
        encode(model)
    assert caught.value.error_class.value == "invalid_model"
    model = decode(writer.write_legacy(LINES[:5]))
    model["records"][0] += "\n{}"
    with pytest.raises(FormatError):
        encode(model)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundle_models())
def test_model_round_trip(model: dict) -> None:
    assert decode(encode(model, "strict"), "strict") == model
    # under another profile's frame settings only the compression-dependent members change
    again = decode(encode(model, "rust"), "go")
    assert again["records"] == model["records"] and again["layout"] == model["layout"]
    if model["metadata"] is not None:
        blank = dict.fromkeys(COMPRESSION_MEMBERS)
        assert replace_members(again["metadata"]["json"], blank) == replace_members(model["metadata"]["json"], blank)


def test_upstream_fallback_reads_past_unusable_metadata() -> None:
    good = writer.write_framed(LINES[:10], "strict")
    (length,) = struct.unpack_from("<I", good, 4)
    broken = zstd_frames.skippable_frame(schema.METADATA_MAGIC, b"[]") + good[8 + length :]
    assert reader.read_bundle(broken, "go").records == LINES[:10]
    assert reader.get_operation(broken, 3, "rust") == LINES[3]
    with pytest.raises(FormatError) as caught:
        reader.read_bundle(broken, "strict")
    assert caught.value.error_class.value == "invalid_value"
    assert caught.value.clause == "plcbundle.metadata.json"


def test_large_bundle_positions() -> None:
    lines = filler_lines(schema.RECORDS_PER_BUNDLE)
    data = writer.write_framed(lines, "strict")
    for position in (0, 5000, 9999):
        assert reader.get_operation(data, position) == lines[position]
    assert reader.read_bundle(data).frame_count == 100


def test_construct_schema_describes_the_metadata_frame() -> None:
    data = writer.write_framed(LINES, "go")
    frame = schema.METADATA_FRAME.parse(data)
    metadata = json.loads(frame.json)
    assert 8 + frame.length + metadata["frame_offsets"][-1] == len(data)
    table = schema.frame_table(metadata["frame_count"])
    assert table.parse(table.build(metadata["frame_offsets"])) == metadata["frame_offsets"]
    assert schema.METADATA_HEADER.build({"length": frame.length}) == data[:8]

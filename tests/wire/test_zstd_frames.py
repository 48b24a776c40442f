"""zstd frames: header and block parsing on the real `.ach` sample (research formats-runmat-ach.md §3.10),
skippable frames, frame walking, and bounded decompression."""

from __future__ import annotations

from pathlib import Path

import pytest
import zstandard

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.wire import zstd_frames

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "ach" / "real-world" / "test.ach"


def test_real_sample_frame_as_the_research_decodes_it() -> None:
    body = SAMPLE.read_bytes()[64:-32]
    header = zstd_frames.parse_frame_header(body)
    assert header.descriptor.content_size_flag == 0 and not header.descriptor.single_segment
    assert not header.descriptor.content_checksum and header.window_descriptor == 0x58
    assert zstd_frames.content_size(header) is None
    block = zstd_frames.BLOCK_HEADER.parse(body[6:9])
    assert body[6:9] == bytes.fromhex("690200")
    assert (block.last, block.type, block.size) == (True, zstd_frames.RAW, 77)
    assert zstd_frames.frame_size(body) == len(body) == 86
    assert zstd_frames.decompress(body, 1000) == body[9:86]


def test_content_size_present_or_not() -> None:
    with_size = zstd_frames.compress(b"x" * 1000, content_size=True)
    without = zstd_frames.compress(b"x" * 1000, content_size=False)
    assert zstd_frames.content_size(zstd_frames.parse_frame_header(with_size)) == 1000
    assert zstd_frames.content_size(zstd_frames.parse_frame_header(without)) is None
    for frame in (with_size, without):
        assert zstd_frames.decompress(frame, 1000) == b"x" * 1000
        assert zstd_frames.frame_size(frame) == len(frame)


def test_skippable_frames_are_walked_and_skipped() -> None:
    skippable = zstd_frames.skippable_frame(0x184D2A50, b'{"meta": 1}')
    assert skippable[:8] == bytes.fromhex("502a4d18") + (11).to_bytes(4, "little")
    data = skippable + zstd_frames.compress(b"a") + zstd_frames.compress(b"b", checksum=True)
    frames = zstd_frames.split_frames(data)
    assert [size for _, size in frames] == [
        19,
        len(zstd_frames.compress(b"a")),
        len(zstd_frames.compress(b"b", checksum=True)),
    ]
    assert zstd_frames.decompress(data, 10) == b"ab"
    with pytest.raises(FormatError) as error:
        zstd_frames.decompress(data, 10, multiple_frames=False)
    assert error.value.error_class == ErrorClass.DECOMPRESSION_FAILED


def test_agrees_with_the_zstd_library_on_many_frames() -> None:
    for level in (1, 3, 19):
        payload = bytes(range(256)) * 300 + b"tail"
        frame = zstandard.ZstdCompressor(level=level).compress(payload)
        assert zstd_frames.frame_size(frame + b"more") == len(frame)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "reserved-block"])
def test_damaged_streams_fail_with_decompression_failed(damage: str) -> None:
    frame = zstd_frames.compress(b"hello " * 50)
    data = {
        "truncate": frame[:-3],
        "garbage": frame + b"\x00\x01",
        "empty": b"",
        "reserved-block": frame[:6] + b"\x07\x00\x00",
    }[damage]
    with pytest.raises(FormatError) as error:
        zstd_frames.decompress(data, 10_000)
    assert error.value.error_class == ErrorClass.DECOMPRESSION_FAILED


def test_bomb_stops_at_the_limit() -> None:
    bomb = zstd_frames.compress(bytes(50 << 20), level=1)
    assert len(bomb) < 1 << 16
    with pytest.raises(FormatError) as error:
        zstd_frames.decompress(bomb, 1 << 20)
    assert error.value.error_class == ErrorClass.LIMIT_EXCEEDED


@pytest.mark.parametrize("content_size", [True, False])
@pytest.mark.parametrize("checksum", [True, False])
def test_frame_header_length_is_what_the_declaration_reads(content_size: bool, checksum: bool) -> None:
    """The walk starts the blocks where FRAME_HEADER stops reading: its length is the declaration's, found by
    parsing, and the first block header follows it (written by python-zstandard, not by this module)."""
    frame = zstandard.ZstdCompressor(write_content_size=content_size, write_checksum=checksum).compress(b"abc" * 50)
    header, length = zstd_frames.read_frame_header(frame)
    assert length == len(zstd_frames.FRAME_HEADER.build(header))
    first_block = zstd_frames.BLOCK_HEADER.parse(frame[length : length + zstd_frames.BLOCK_HEADER_SIZE])
    assert first_block.type in (zstd_frames.RAW, zstd_frames.RLE, zstd_frames.COMPRESSED)
    assert zstd_frames.frame_size(frame) == len(frame)

"""The fast block-header decoder is read off the schema's declaration and agrees with the construct on every
header; frame extents found by the walk agree with python-zstandard on real frames."""

from __future__ import annotations

import zstandard
from hypothesis import given
from hypothesis import strategies as st

from binfmt_conformance.formats.wire import zstd_frames


@given(st.binary(min_size=3, max_size=3))
def test_bit_fields_agree_with_the_block_header_construct(raw: bytes) -> None:
    word = int.from_bytes(raw, "little")
    parsed = zstd_frames.BLOCK_HEADER.parse(raw)
    for name, (shift, mask) in zstd_frames.BLOCK_FIELDS.items():
        assert word >> shift & mask == int(parsed[name]), name


@given(st.binary(max_size=300_000), st.integers(1, 19), st.booleans())
def test_frame_size_is_the_whole_frame(payload: bytes, level: int, checksum: bool) -> None:
    frame = zstd_frames.compress(payload, level, checksum=checksum)
    assert zstd_frames.frame_size(frame + b"trailing") == len(frame)
    assert zstandard.ZstdDecompressor().decompress(frame) == payload

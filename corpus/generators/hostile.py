"""Byte builders for the hostile inputs of `impl-defined/limits/` cases shared by several formats, written
from RFC 8878 directly (not through `formats.wire.zstd_frames`, whose walker they test)."""

from __future__ import annotations

import struct

ZSTD_MAGIC = 0xFD2FB528
RAW_BLOCK_MAX = 128 << 10  # Block_Maximum_Size


def empty_block_frame(payload: bytes, empty_blocks: int) -> bytes:
    """One zstd frame (RFC 8878 §3.1.1): no content size, no checksum, an 8 MiB window, `empty_blocks` raw
    blocks of size 0, then the payload as raw blocks (block header: size << 3 | type << 1 | last)."""
    assert payload, "the last block carries the payload"
    descriptor, window = 0x00, (23 - 10) << 3
    blocks = [payload[i : i + RAW_BLOCK_MAX] for i in range(0, len(payload), RAW_BLOCK_MAX)]
    body = b"".join(
        struct.pack("<I", len(block) << 3 | (i == len(blocks) - 1))[:3] + block for i, block in enumerate(blocks)
    )
    return struct.pack("<I", ZSTD_MAGIC) + bytes([descriptor, window]) + bytes(3) * empty_blocks + body

"""LZ4 raw blocks (no frame, no size prefix), through the `lz4` library, with a bound on what a read allocates.

A raw block does not say how large its output is; the container says it (RunMat: a decimal string in the
header), so the reader passes that size, and refuses sizes past the caller's limit before allocating.
"""

from __future__ import annotations

import lz4.block

from binfmt_conformance.formats.errors import ErrorClass, FormatError

HC_LEVEL = 12  # what Rust's `lz4::block::compress` calls high compression


def compress(data: bytes, *, high_compression: bool = False) -> bytes:
    """One raw block: `lz4::block::compress(data, mode, prepend_size = false)` (fast, or HC level 12)."""
    if high_compression:
        return lz4.block.compress(data, mode="high_compression", compression=HC_LEVEL, store_size=False)
    return lz4.block.compress(data, mode="default", store_size=False)


def decompress(data: bytes, capacity: int, limit: int) -> bytes:
    """At most `capacity` output bytes (the block may hold fewer: the output is what it holds); a capacity
    past `limit` is limit_exceeded, a corrupt block or one that needs more room is decompression_failed."""
    if capacity > limit:
        raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"LZ4 output size {capacity} exceeds {limit} bytes")
    try:
        return lz4.block.decompress(data, uncompressed_size=capacity)
    except lz4.block.LZ4BlockError as exc:
        raise FormatError(ErrorClass.DECOMPRESSION_FAILED, f"LZ4: {exc}") from None

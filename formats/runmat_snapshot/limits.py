"""Limits of spec/formats/runmat-snapshot.md, "Limits" (runmat-snapshot.limits.*)."""

from __future__ import annotations

# runmat-snapshot.limits.depth: nesting of named types a reader MUST support (each struct, enum or newtype
# entered counts one level, the file's header and body start at one).
MAX_DEPTH = 96
# runmat-snapshot.limits.items: element count of a sequence or map, and byte length of a string.
MAX_ITEMS = 1 << 24
# runmat-snapshot.limits.body: decompressed body size a reader MUST support; past it (an LZ4 output size, or
# zstd output) a reader MAY answer limit_exceeded and MUST NOT allocate more.
MAX_BODY_SIZE = 64 << 20
# runmat-snapshot.limits.ratio: a compressed body a reader must read is at most BODY_BASE bytes plus BODY_RATIO
# per byte of the file; past it a reader MAY stop (a 754-byte zstd file held 64 MiB of values: a minute to decode).
BODY_BASE = 1 << 18
BODY_RATIO = 16


def body_cap(file_size: int) -> int:
    """The most a reader decompresses from a snapshot of `file_size` bytes (limits.body, limits.ratio)."""
    return min(MAX_BODY_SIZE, BODY_BASE + BODY_RATIO * file_size)


# Upstream's native LZ4 reader sizes its buffer as 4 × the compressed length when `original_size` is missing.
LZ4_MISSING_SIZE_FACTOR = 4

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
# Upstream's native LZ4 reader sizes its buffer as 4 × the compressed length when `original_size` is missing.
LZ4_MISSING_SIZE_FACTOR = 4

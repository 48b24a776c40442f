"""Every limit spec/formats/rzb.md declares, with the clause that states it."""

from __future__ import annotations

MAX_DEPTH = 128  # rzb.limits.depth: named types entered on the way down, the file's top type being level 1
MAX_ITEMS = 1 << 24  # rzb.limits.items: largest element count or string length a reader must accept
MAX_PAYLOAD = 1 << 25  # rzb.limits.payload: decompressed bytes (32 MiB; the largest real payload is 68 KB)

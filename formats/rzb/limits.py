"""Every limit spec/formats/rzb.md declares, with the clause that states it."""

from __future__ import annotations

MAX_DEPTH = 128  # rzb.limits.depth: named types entered on the way down, the file's top type being level 1
MAX_ITEMS = 1 << 24  # rzb.limits.items: largest element count or string length a reader must accept
MAX_PAYLOAD = 1 << 25  # rzb.limits.payload: decompressed bytes (32 MiB; the largest real payload is 68 KB)
# Fuzzing budget (fuzz/harness.py): one input is decoded under all ten profiles, and a real bundle of 68 KB
# takes the pure-Python reader about 0.2 s per generation tried; a zstd bomb decompresses MAX_PAYLOAD each time.
FUZZ_SECONDS_PER_INPUT = 30.0

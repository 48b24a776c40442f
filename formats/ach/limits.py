"""The limits of spec/formats/ach.md ("Limits"): what every decoder MUST support; past them it MAY answer
`limit_exceeded`. Each constant names the clause that states it."""

from __future__ import annotations

MAX_NESTING = 64  # ach.limits.depth: SerializedValue levels
MAX_BODY_SIZE = 64 << 20  # ach.limits.body-size: decompressed body bytes
# ach.limits.items: MAX_ITEMS_FLOOR values plus MAX_ITEMS_PER_FILE_BYTE per byte of the file. An uncompressed
# body holds at most one value per byte, so only compression amplification can reach it.
MAX_ITEMS_FLOOR = 1 << 17
MAX_ITEMS_PER_FILE_BYTE = 8

"""The limits of spec/formats/fzb.md ("Limits"), each with the clause that states it."""

from __future__ import annotations

# fzb.limits.depth: every Chunk, Closure, Value, Instruction and SourceSpan entered on the way down counts one
# level, the top-level Chunk being level 1; past it a reader MAY answer limit_exceeded.
MAX_DEPTH = 64
# fzb.limits.items: the largest element count of a sequence and byte length of a string a reader MUST accept.
MAX_ITEMS = 1 << 24
# fzb.limits.size: the largest file a reader MUST accept. Decoding costs about a microsecond per byte, so this
# bounds any decode (and the instruction count: at most 65,536 four-byte instructions) at a fraction of a second.
MAX_FILE_BYTES = 1 << 18

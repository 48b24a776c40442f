"""TEMPLATE: every limit the chapter declares, with the clause that states it (a decoder MUST support values
up to the limit and MAY answer `limit_exceeded` past it)."""

from __future__ import annotations

MAX_FILE_SIZE = 16 << 20  # template.limits.size
MAX_DEPTH = 32  # template.limits.depth (Shape nests nothing here; recursive trees count levels of named types)
MAX_ITEMS = 1 << 16  # template.limits.items: elements of a sequence, bytes of a string

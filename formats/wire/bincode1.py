"""bincode 1.3 as its top-level `serialize`/`deserialize` configure it.

Fixed-width little-endian integers, u64 lengths for strings, sequences and maps, a u32 variant index,
`Option` as a u8 tag, `bool` as one byte that must be 0 or 1, `char` as its UTF-8 bytes, and trailing
bytes after the top-level value allowed (the caller decides whether to reject them).
"""

from __future__ import annotations

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.wire.codec import Fixed
from binfmt_conformance.formats.wire.codec import min_size as least_size
from binfmt_conformance.formats.wire.serde_binary import BinaryBuilder, Utf8Char

INT_FORMATS = {8: "B", 16: "H", 32: "I", 64: "Q"}
LENGTH = Fixed("<Q", t.U64)
VARIANT_INDEX = Fixed("<I", t.U32)


def int_format(typ: t.Int) -> str:
    code = INT_FORMATS[typ.bits]
    return "<" + (code.lower() if typ.signed else code)


class BincodeBuilder(BinaryBuilder):
    length = LENGTH
    variant_index = VARIANT_INDEX

    wire_name = "bincode"

    def integer(self, typ: t.Int) -> c.Construct:
        return Fixed(int_format(typ), typ)

    def char(self) -> c.Construct:
        return Utf8Char()

    def min_size(self, typ: t.Type) -> int:
        return min_size(self.space, typ)


def min_size(space: t.TypeSpace, typ: t.Type) -> int:
    """The fewest bytes a value of `typ` occupies in bincode 1 (fixed-width ints, u64 lengths, u32 indices)."""
    return least_size(space, typ, fixed_ints=True, length=8, tag=4)


def codec(
    space: t.TypeSpace, typ: t.Type, *, max_depth: int = 64, max_items: int = 1 << 24, trace: bool = False
) -> c.Construct:
    """The bincode-1 construct for `typ`; recursion through named types is bounded by `max_depth`; `trace`
    records where each value lies (formats.wire.trace)."""
    builder = BincodeBuilder(space, max_depth, max_items)
    builder.trace = trace
    return builder.build(typ)

"""postcard 1.x (`to_allocvec` / `from_bytes`).

u8 and i8 are one raw byte; wider integers are unsigned LEB128 varints of at most 3/5/10 bytes (signed ones
zigzag-mapped first); floats are raw little-endian; strings, byte buffers, sequences and maps carry a varint
length; an enum is a varint variant index; `Option` a 0/1 tag. The reader accepts non-minimal varints that
fit the type (as postcard does) and ignores trailing bytes after the top-level value; the writer is minimal.
A codec built with `minimal_varints=True` rejects a varint with a redundant zero group (a stricter reader's
choice, never postcard's).
"""

from __future__ import annotations

from typing import IO, Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.checks import WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass
from binfmt_conformance.formats.wire.codec import Codec, Fixed, check_scalar, decode_utf8, encode_utf8, read, where
from binfmt_conformance.formats.wire.codec import min_size as least_size
from binfmt_conformance.formats.wire.serde_binary import BinaryBuilder


class Varint(Codec):
    """LEB128 of at most ceil(bits / 7) bytes, zigzag for signed types; overflow → invalid_value."""

    def __init__(self, typ: t.Int, minimal: bool = False) -> None:
        super().__init__()
        self.typ = typ
        self.max_bytes = -(-typ.bits // 7)
        self.minimal = minimal

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        value = 0
        for index in range(self.max_bytes):
            byte = read(stream, 1, path)[0]
            value |= (byte & 0x7F) << (7 * index)
            if not byte & 0x80:
                if self.minimal and byte == 0 and index:
                    raise wire_error(
                        WireCheck.MINIMAL,
                        ErrorClass.INVALID_VALUE,
                        f"non-minimal varint of {index + 1} bytes{where(path)}",
                    )
                break
        else:
            raise wire_error(
                WireCheck.VARINT, ErrorClass.INVALID_VALUE, f"varint longer than {self.max_bytes} bytes{where(path)}"
            )
        if value >> self.typ.bits:
            raise wire_error(
                WireCheck.VARINT, ErrorClass.INVALID_VALUE, f"varint overflows {self.typ.name}{where(path)}"
            )
        if self.typ.signed:
            value = (value >> 1) ^ -(value & 1)
        return value

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(self.typ, obj, path)
        value = ((obj << 1) ^ (obj >> (self.typ.bits - 1))) & self.typ.max * 2 + 1 if self.typ.signed else obj
        out = bytearray()
        while True:
            byte = value & 0x7F
            value >>= 7
            out.append(byte | (0x80 if value else 0))
            if not value:
                break
        stream.write(bytes(out))
        return obj


LENGTH = Varint(t.USIZE)
VARIANT_INDEX = Varint(t.U32)


class StrChar(Codec):
    """postcard writes a `char` as a one-character string."""

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        size = LENGTH._parse(stream, context, path)
        if not 1 <= size <= 4:
            raise wire_error(WireCheck.CHAR, ErrorClass.INVALID_VALUE, f"char of {size} bytes{where(path)}")
        text = decode_utf8(read(stream, size, path), path)
        if len(text) != 1:
            raise wire_error(WireCheck.CHAR, ErrorClass.INVALID_VALUE, f"not one char{where(path)}")
        return text

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(t.CHAR, obj, path)
        raw = encode_utf8(obj, path)
        LENGTH._build(len(raw), stream, context, path)
        stream.write(raw)
        return obj


class PostcardBuilder(BinaryBuilder):
    length = LENGTH
    variant_index = VARIANT_INDEX
    minimal_varints = False

    wire_name = "postcard"

    def integer(self, typ: t.Int) -> c.Construct:
        if typ.bits == 8:
            return Fixed("<b" if typ.signed else "<B", typ)
        return Varint(typ, self.minimal_varints)

    def char(self) -> c.Construct:
        return StrChar()

    def min_size(self, typ: t.Type) -> int:
        return min_size(self.space, typ)


def min_size(space: t.TypeSpace, typ: t.Type) -> int:
    """The fewest bytes a value of `typ` occupies in postcard (varints)."""
    return least_size(space, typ, fixed_ints=False, length=1, tag=1)


def codec(
    space: t.TypeSpace,
    typ: t.Type,
    *,
    max_depth: int = 64,
    max_items: int = 1 << 24,
    minimal_varints: bool = False,
    trace: bool = False,
) -> c.Construct:
    """The postcard construct for `typ`; recursion through named types is bounded by `max_depth`; `trace`
    records where each value lies (formats.wire.trace)."""
    builder = PostcardBuilder(space, max_depth, max_items)
    builder.trace = trace
    if minimal_varints:
        builder.minimal_varints = True
        builder.length = Varint(t.USIZE, True)
        builder.variant_index = Varint(t.U32, True)
    return builder.build(typ)

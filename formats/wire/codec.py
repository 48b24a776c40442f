"""What every wire encoding shares: the construct base for typed codecs, bounded reads, depth limits.

Each wire module (`bincode1`, `postcard`, `msgpack_rmp`) maps the nodes of `formats.types` onto construct
`Construct`s built from this base. Reads never allocate more than the input can hold: a declared length is
checked against the bytes left before anything is read, and recursion passes through `Nested`, which
counts depth and answers `limit_exceeded` past the schema's declared limit instead of a RecursionError.

Within `items_one_by_one()` the serde-binary and MessagePack codecs read a sequence's or map's items as
serde's bincode 1.3, postcard and rmp-serde do, without first holding the count against the bytes left
(every item takes at least one byte, so the bytes still bound the work): the kit's way to know what a
reader of that order answers, since the specs leave the order open (`fzb.wire.length`, `rzb.wire.length`,
`runmat-snapshot.wire.length`, `ach.body.encoding`).
"""

from __future__ import annotations

import io
import math
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, Any

import construct as c

from binfmt_conformance.formats import f32
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.checks import WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass, FormatError

DEPTH_KEY = "_wire_depth"
COUNT_FIRST: ContextVar[bool] = ContextVar("count_first", default=True)


@contextmanager
def items_one_by_one() -> Iterator[None]:
    """Read the items of every sequence and map without checking their count against the bytes left first."""
    token = COUNT_FIRST.set(False)
    try:
        yield
    finally:
        COUNT_FIRST.reset(token)


def where(path: str | None) -> str:
    return f" at {path.replace('(parsing) -> ', '').replace('(building) -> ', '')}" if path else ""


def read(stream: io.BytesIO, size: int, path: str | None) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise wire_error(WireCheck.EOF, ErrorClass.TRUNCATED, f"needed {size} bytes, {len(data)} left{where(path)}")
    return data


def remaining(stream: io.BytesIO) -> int:
    return len(stream.getbuffer()) - stream.tell()


def check_count(stream: io.BytesIO, count: int, min_item_size: int, max_items: int, what: str, path: str | None):
    """Reject a declared element count that the remaining input cannot hold (before allocating)."""
    if min_item_size > 0 and count * min_item_size > remaining(stream):
        raise wire_error(
            WireCheck.LENGTH,
            ErrorClass.TRUNCATED,
            f"{what} declares {count} items but only {remaining(stream)} bytes remain{where(path)}",
        )
    if count > max_items:
        raise wire_error(
            WireCheck.ITEMS, ErrorClass.LIMIT_EXCEEDED, f"{what} declares {count} items, limit {max_items}{where(path)}"
        )


def min_size(space: t.TypeSpace, typ: t.Type, *, fixed_ints: bool, length: int, tag: int) -> int:
    """The fewest bytes a value of `typ` occupies (bounds declared counts before reading) in an encoding whose
    integers take their width (`fixed_ints`) or, as varints, a byte at least, whose lengths take `length` bytes
    at least and whose variant indices `tag`; a type met again inside itself counts nothing."""

    def size(typ: t.Type, seen: frozenset[str]) -> int:
        if isinstance(typ, t.Ref):
            return 0 if typ.name in seen else size(space.types[typ.name], seen | {typ.name})
        if isinstance(typ, t.Float) or (isinstance(typ, t.Int) and fixed_ints):
            return typ.bits // 8
        if isinstance(typ, t.Int | t.Bool | t.Char | t.Option):
            return 1
        if isinstance(typ, t.Str | t.Seq | t.Map):
            return length
        if isinstance(typ, t.Bytes):
            return typ.size if typ.size is not None else length
        if isinstance(typ, t.Tuple):
            return sum(size(i, seen) for i in typ.items)
        if isinstance(typ, t.Struct):
            return sum(size(f.type, seen) for f in typ.fields)
        if isinstance(typ, t.Enum):
            return tag + min(sum(size(p, seen) for p in v.types) for v in typ.variants)
        return 0

    return size(typ, frozenset())


def decode_utf8(raw: bytes, path: str | None) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise wire_error(
            WireCheck.UTF8, ErrorClass.INVALID_UTF8, f"invalid UTF-8 ({exc.reason}){where(path)}"
        ) from None


def model_error(message: str, path: str | None) -> FormatError:
    return FormatError(ErrorClass.INVALID_MODEL, f"{message}{where(path)}")


class Codec(c.Construct):
    """A construct whose parse and build speak the Python values of `formats.types`."""

    flagbuildnone = False

    def _sizeof(self, context: Any, path: str | None) -> int:
        raise c.SizeofError("variable-size wire value", path=path)


class Nested(Codec):
    """Counts recursion depth through named (recursive) types and bounds it."""

    def __init__(self, make: Callable[[], c.Construct], limit: int, name: str) -> None:
        super().__init__()
        self.make = make
        self.limit = limit
        self.type_name = name
        self._subcon: c.Construct | None = None

    @property
    def subcon(self) -> c.Construct:
        if self._subcon is None:
            self._subcon = self.make()
        return self._subcon

    def _enter(self, context: Any, path: str | None) -> None:
        root = context._root if "_root" in context else context
        depth = root.get(DEPTH_KEY, 0) + 1
        if depth > self.limit:
            raise wire_error(
                WireCheck.DEPTH,
                ErrorClass.LIMIT_EXCEEDED,
                f"{self.type_name} nested deeper than {self.limit}{where(path)}",
            )
        root[DEPTH_KEY] = depth

    def _leave(self, context: Any) -> None:
        root = context._root if "_root" in context else context
        root[DEPTH_KEY] -= 1

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        self._enter(context, path)
        try:
            return self.subcon._parsereport(stream, context, path)
        finally:
            self._leave(context)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        self._enter(context, path)
        try:
            return self.subcon._build(obj, stream, context, path)
        finally:
            self._leave(context)


class Fixed(Codec):
    """A fixed-width number through a `struct` format (bincode's ints and floats, postcard's bytes and floats)."""

    def __init__(self, fmt: str, typ: t.Type) -> None:
        super().__init__()
        self.packer = struct.Struct(fmt)
        self.typ = typ
        # an f32 goes through formats.f32, which keeps a signaling NaN's bits (struct's "f" quiets it)
        self.order = fmt[0] if isinstance(typ, t.Float) and typ.bits == 32 else None

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        raw = read(stream, self.packer.size, path)
        return self.packer.unpack(raw)[0] if self.order is None else f32.from_bytes(raw, self.order)

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        check_scalar(self.typ, obj, path)
        stream.write(self.packer.pack(obj) if self.order is None else f32.to_bytes(obj, self.order))
        return obj

    def _sizeof(self, context: c.Container, path: str | None) -> int:
        return self.packer.size


def check_scalar(typ: t.Type, obj: Any, path: str | None) -> None:
    """Validate a Python value against a scalar type node before it is written."""
    if isinstance(typ, t.Int):
        if not isinstance(obj, int) or isinstance(obj, bool) or not typ.min <= obj <= typ.max:
            raise model_error(f"{obj!r} is not a {typ.name}", path)
    elif isinstance(typ, t.Float):
        if not isinstance(obj, float):
            raise model_error(f"{obj!r} is not a {typ.name}", path)
        if typ.bits == 32 and math.isfinite(obj) and struct.unpack("<f", struct.pack("<f", obj))[0] != obj:
            raise model_error(f"{obj!r} is not exactly representable as f32", path)
    elif isinstance(typ, t.Bool):
        if not isinstance(obj, bool):
            raise model_error(f"{obj!r} is not a bool", path)
    elif isinstance(typ, t.Str):
        if not isinstance(obj, str):
            raise model_error(f"{obj!r} is not a string", path)
    elif isinstance(typ, t.Char):
        if not isinstance(obj, str) or len(obj) != 1:
            raise model_error(f"{obj!r} is not a char", path)
    elif isinstance(typ, t.Bytes) and (
        not isinstance(obj, bytes | bytearray) or (typ.size is not None and len(obj) != typ.size)
    ):
        raise model_error(f"{obj!r} is not {typ.size or 'a byte string of any'} bytes", path)


def encode_utf8(obj: Any, path: str | None) -> bytes:
    if not isinstance(obj, str):
        raise model_error(f"{obj!r} is not a string", path)
    try:
        return obj.encode("utf-8")
    except UnicodeEncodeError:
        raise model_error(f"{obj!r} holds a lone surrogate", path) from None


def check_variant(enum: t.Enum, obj: Any, path: str | None) -> tuple[int, t.VariantDef]:
    if not isinstance(obj, t.Variant):
        raise model_error(f"{obj!r} is not a {enum.name} variant", path)
    variant = enum.by_name(obj.name)
    if variant is None:
        raise model_error(f"{enum.name} has no variant {obj.name!r}", path)
    return enum.index_of(obj.name), variant


def variant_fields(variant: t.VariantDef, obj: t.Variant, path: str | None) -> list[tuple[t.Type, Any]]:
    """The (type, value) pairs a variant's payload writes, in wire order."""
    if variant.kind == "unit":
        return []
    if variant.kind == "newtype":
        return [(variant.types[0], obj.value)]
    if variant.kind == "tuple":
        if not isinstance(obj.value, list | tuple) or len(obj.value) != len(variant.types):
            raise model_error(f"{variant.name} takes {len(variant.types)} values", path)
        return list(zip(variant.types, obj.value, strict=True))
    fields = [p for p in variant.payload if isinstance(p, t.Field)]
    if not isinstance(obj.value, dict) or list(obj.value) != [f.name for f in fields]:
        raise model_error(f"{variant.name} takes fields {[f.name for f in fields]}", path)
    return [(f.type, obj.value[f.name]) for f in fields]


def variant_value(variant: t.VariantDef, values: list[Any]) -> t.Variant:
    """Assemble a decoded variant from its payload values, in wire order."""
    if variant.kind == "unit":
        return t.Variant(variant.name)
    if variant.kind == "newtype":
        return t.Variant(variant.name, values[0])
    if variant.kind == "tuple":
        return t.Variant(variant.name, values)
    names = [p.name for p in variant.payload if isinstance(p, t.Field)]
    return t.Variant(variant.name, dict(zip(names, values, strict=True)))


def struct_items(struct_type: t.Struct, obj: Any, path: str | None) -> list[tuple[t.Field, Any]]:
    if not isinstance(obj, dict) or list(obj) != struct_type.field_names():
        raise model_error(f"{struct_type.name} takes fields {struct_type.field_names()}", path)
    return [(f, obj[f.name]) for f in struct_type.fields]


def map_items(obj: Any, path: str | None) -> list[tuple[Any, Any]]:
    if not isinstance(obj, list) or not all(isinstance(e, tuple | list) and len(e) == 2 for e in obj):
        raise model_error("a map is a list of (key, value) pairs", path)
    return [tuple(e) for e in obj]


class Builder:
    """Turns a type tree into constructs, one per node, memoising named types (so recursion terminates).

    Subclasses implement `scalar`, `option`, `seq`, `tuple`, `map`, `struct`, `enum` for their wire."""

    trace = False  # wrap every node in `formats.wire.trace.Traced` (offsets of each value, for diagnostics)

    def __init__(self, space: t.TypeSpace, max_depth: int, max_items: int) -> None:
        self.space = space
        self.max_depth = max_depth
        self.max_items = max_items
        self._named: dict[str, Nested] = {}

    def build(self, typ: t.Type) -> c.Construct:
        built = self.node(typ)
        if self.trace:
            from binfmt_conformance.formats.wire.trace import Traced

            return Traced(built, typ)
        return built

    def node(self, typ: t.Type) -> c.Construct:
        if isinstance(typ, t.Ref):
            if typ.name not in self._named:
                target = self.space.types[typ.name]
                self._named[typ.name] = Nested(lambda: self.build(target), self.max_depth, typ.name)
            return self._named[typ.name]
        if isinstance(typ, t.Option):
            return self.option(typ)
        if isinstance(typ, t.Seq):
            return self.seq(typ)
        if isinstance(typ, t.Tuple):
            return self.tuple(typ)
        if isinstance(typ, t.Map):
            return self.map(typ)
        if isinstance(typ, t.Struct):
            return self.struct(typ)
        if isinstance(typ, t.Enum):
            return self.enum(typ)
        return self.scalar(typ)

    def scalar(self, typ: t.Type) -> c.Construct:
        raise NotImplementedError

    def option(self, typ: t.Option) -> c.Construct:
        raise NotImplementedError

    def seq(self, typ: t.Seq) -> c.Construct:
        raise NotImplementedError

    def tuple(self, typ: t.Tuple) -> c.Construct:
        raise NotImplementedError

    def map(self, typ: t.Map) -> c.Construct:
        raise NotImplementedError

    def struct(self, typ: t.Struct) -> c.Construct:
        raise NotImplementedError

    def enum(self, typ: t.Enum) -> c.Construct:
        raise NotImplementedError


def run_parse(codec: c.Construct, data: bytes, **context: Any) -> Any:
    """Parse with every construct-level failure mapped onto the error-class vocabulary."""
    return parse_prefix(codec, data, **context)[0]


def parse_prefix(codec: c.Construct, data: bytes, **context: Any) -> tuple[Any, int]:
    """Parse one value from the start of `data`: (value, bytes used); what follows is the caller's concern."""
    stream = io.BytesIO(data)
    root = c.Container(**context)
    # What construct's own parse_stream sets up, so that a container Struct around a codec parses too.
    root._parsing, root._building, root._sizing, root._params = True, False, False, root
    try:
        try:
            value = codec._parsereport(stream, root, "(parsing)")
            return value, stream.tell()
        except FormatError:
            raise
        except c.StreamError as exc:
            raise wire_error(WireCheck.EOF, ErrorClass.TRUNCATED, str(exc)) from None
        except c.ConstructError as exc:
            raise wire_error(WireCheck.SHAPE, ErrorClass.INVALID_VALUE, str(exc)) from None
        except RecursionError:
            raise wire_error(WireCheck.DEPTH, ErrorClass.LIMIT_EXCEEDED, "nesting too deep") from None
    except FormatError as error:
        error.offset = stream.tell()  # where the reader stood: detection reports the furthest failure
        raise


def run_build(codec: c.Construct, obj: Any, **context: Any) -> bytes:
    try:
        return codec.build(obj, **context)
    except FormatError:
        raise
    except (c.ConstructError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise FormatError(ErrorClass.INVALID_MODEL, f"cannot encode: {exc}") from None
    except RecursionError:
        raise FormatError(ErrorClass.LIMIT_EXCEEDED, "nesting too deep") from None

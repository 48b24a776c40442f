"""The fast path of `msgpack_rmp`: the C `msgpack` library does the MessagePack, a converter compiled once per
type from the type tree turns its objects into the values of `formats.types` (and back for writing).

The exact codec (`msgpack_rmp`) stays the judge. The fast path answers only when it is sure the exact codec
would give the same value; otherwise it answers None and the caller runs the exact codec, which names the
error and its offset:
- `strict` reading: `packb(obj) == payload` decides canonicity in one C call (smallest forms, float64 only,
  no repeated keys: any of those makes the bytes differ). Then the maps may be dicts and the converter
  applies the type rules; any other payload goes to the exact codec, which names the first non-canonical byte;
- `upstream` (lenient) reading: the payload is unpacked with maps as `Pairs` (order and repeated keys kept),
  so every rule of rmp-serde's reader that the objects still show is applied by the converter; the wire
  forms they do not show (integer widths, float32, str8 for short strings) are all accepted by that reading;
- item budget: every MessagePack value takes at least one byte, so a payload no longer than the budget cannot
  exceed it; a longer one goes to the exact codec;
- depth: the converter counts named-type (`Ref`) levels as `Nested` does, and measures the height of values
  a lenient struct skips as `skip_value` does.

Writing builds the objects `packb` writes as rmp-serde's `to_vec` would (structs as arrays, enums as
one-entry maps or bare names) after the checks `check_scalar` and friends make; anything it cannot state
(f32 fields, repeated map keys) goes to the exact writer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

import msgpack

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.wire.msgpack_rmp import default_value

Convert = Callable[[Any, int], Any]
SKIP_DEPTH = 64  # msgpack_rmp.RmpStruct.parse_map skips unknown fields with this nesting limit


class Fallback(Exception):
    """The fast path cannot vouch for this input: the exact codec decides."""


class Pairs(list):
    """A MessagePack map as the lenient reading sees it: its (key, value) entries in wire order."""

    __slots__ = ()


# What the C library raises on input it refuses or objects it cannot build; the exact codec then decides.
UNPACK_FAILURES = (msgpack.UnpackException, ValueError, TypeError, UnicodeDecodeError, OverflowError, MemoryError)
PACK_FAILURES = (ValueError, TypeError, OverflowError, UnicodeEncodeError)


def height(obj: Any) -> int:
    """Levels of containers below `obj` that hold something (what `skip_value` counts)."""
    if type(obj) is Pairs or type(obj) is dict:
        entries = obj.items() if type(obj) is dict else obj
        return 1 + max((max(height(k), height(v)) for k, v in entries), default=-1)
    if type(obj) is list:
        return 1 + max(map(height, obj), default=-1)
    return 0


class Reader:
    """Decodes a value of `typ` from MessagePack bytes through the C library, or answers None."""

    def __init__(self, space: t.TypeSpace, typ: t.Type, *, lenient: bool, max_depth: int) -> None:
        self.lenient = lenient
        # strict: a payload equal to its repacking holds no repeated key, so its maps may arrive as dicts;
        # lenient: maps as Pairs, repeated keys and all (cheaper than repacking a payload of floats).
        maps = Pairs if lenient else dict
        self.converter = Converter(space, typ, lenient=lenient, max_depth=max_depth, map_type=maps)

    def decode(self, payload: bytes, max_items: int) -> tuple[Any, int] | None:
        """(value, bytes used) as `parse_prefix` with the exact codec would give them, or None."""
        if len(payload) > max_items:
            return None
        try:
            if self.lenient:  # no canonicity to decide: one unpacking, maps as Pairs
                obj, consumed = unpack(payload, Pairs)
                return self.converter.convert(obj, 0), consumed
            obj, consumed = unpack(payload, None)
            if consumed != len(payload) or msgpack.packb(obj, use_bin_type=True) != payload:
                return None
            return self.converter.convert(obj, 0), consumed
        except (Fallback, *UNPACK_FAILURES):
            return None


def unpack(payload: bytes, pairs: type | None) -> tuple[Any, int]:
    """The first value of `payload` and the bytes it takes (rmp-serde reads one value; what follows is the
    caller's concern)."""
    try:
        return msgpack.unpackb(payload, raw=False, strict_map_key=False, object_pairs_hook=pairs), len(payload)
    except msgpack.ExtraData as extra:
        return extra.unpacked, len(payload) - len(extra.extra)


class TypeWalk:
    """One function per type node, built from the type tree; subclasses give each kind of node."""

    def build(self, typ: t.Type) -> Any:
        if isinstance(typ, t.Ref):
            return self.ref(typ)
        if isinstance(typ, t.Option):
            inner = self.build(typ.inner)
            return lambda x, d: None if x is None else inner(x, d)
        if isinstance(typ, t.Seq):
            return self.seq(typ)
        if isinstance(typ, t.Tuple):
            return self.fixed([self.build(i) for i in typ.items])
        if isinstance(typ, t.Map):
            return self.map(self.build(typ.key), self.build(typ.value))
        if isinstance(typ, t.Struct):
            return self.struct(typ)
        if isinstance(typ, t.Enum):
            return self.enum(typ)
        return self.scalar(typ)

    def ref(self, typ: t.Ref) -> Any:
        raise NotImplementedError

    def seq(self, typ: t.Seq) -> Any:
        raise NotImplementedError

    def fixed(self, items: list[Any]) -> Any:
        raise NotImplementedError

    def map(self, key: Any, value: Any) -> Any:
        raise NotImplementedError

    def struct(self, typ: t.Struct) -> Any:
        raise NotImplementedError

    def enum(self, typ: t.Enum) -> Any:
        raise NotImplementedError

    def scalar(self, typ: t.Type) -> Any:
        raise NotImplementedError


class Converter(TypeWalk):
    """MessagePack objects (maps as `map_type`) to the values of `typ`, built once from the type tree."""

    def __init__(self, space: t.TypeSpace, typ: t.Type, *, lenient: bool, max_depth: int, map_type: type) -> None:
        self.space = space
        self.lenient = lenient
        self.max_depth = max_depth
        self.map_type = map_type
        self._named: dict[str, Convert] = {}
        self.convert = self.build(typ)

    # ------------------------------------------------------------ converters, one per type node

    def ref(self, typ: t.Ref) -> Convert:
        """A named type counts one level, as `Nested` does (an enum counts it itself: one call less a value)."""
        if typ.name not in self._named:
            limit, target = self.max_depth, self.space.types[typ.name]
            if isinstance(target, t.Enum):
                return self.enum(target, limit, typ.name)

            def nested(x: Any, d: int) -> Any:
                if d >= limit:
                    raise Fallback
                return slot[0](x, d + 1)

            slot = []
            self._named[typ.name] = nested
            slot.append(self.build(target))
        return self._named[typ.name]

    def scalar(self, typ: t.Type) -> Convert:
        lenient = self.lenient
        if isinstance(typ, t.Int):
            return integer(typ)
        if isinstance(typ, t.Float):
            if typ.bits != 64:
                # strict: the payload equals its repacking, so every float in it is float64, which an f32
                # field refuses; lenient: any number, as its value.
                if not lenient:
                    return fail
            return number if lenient else float64
        if isinstance(typ, t.Bool):
            return boolean
        if isinstance(typ, t.Str):
            return lenient_text if lenient else text
        if isinstance(typ, t.Unit):
            return lenient_unit if lenient else unit
        return fail  # no MessagePack mapping: the exact codec says so

    def seq(self, typ: t.Seq) -> Convert:
        item = self.build(typ.inner)
        inner = self.space.resolve(typ.inner)
        scalars = bulk_check(inner, self.lenient)
        bulk = (
            (lambda x, d: scalars(x))
            if scalars is not None
            else self.bulk_variants(typ.inner)
            if isinstance(inner, t.Enum)
            else bulk_tuples(inner, self.lenient, (list,))
        )

        def sequence(x: Any, d: int) -> Any:
            if type(x) is not list:
                raise Fallback
            if bulk is not None:
                done = bulk(x, d)
                if done is not None:
                    return done
            return [item(v, d) for v in x]

        return sequence

    def bulk_variants(self, typ: t.Type) -> Callable[[Any, int], Any] | None:
        """A list whose items are all the same newtype variant of a scalar (a vector of numbers): checked and
        built in C loops, one `Variant` per item."""
        enum = self.space.resolve(typ)
        assert isinstance(enum, t.Enum)
        # The items' enum counts a level when it is a named type (`ref`); past the limit, the items' own
        # converter answers.
        limit = self.max_depth if isinstance(typ, t.Ref) else self.max_depth + 1
        payloads = {
            v.name: check
            for v in enum.variants
            if v.kind == "newtype" and (check := bulk_check(self.space.resolve(v.types[0]), self.lenient))
        }
        return bulk_variants(payloads, limit, self.map_type)

    def fixed(self, items: list[Convert]) -> Convert:
        count = len(items)

        def tuple_(x: Any, d: int) -> Any:
            if type(x) is not list or len(x) != count:
                raise Fallback
            return [f(v, d) for f, v in zip(items, x, strict=True)]

        return tuple_

    def map(self, key: Convert, value: Convert) -> Convert:
        lenient, map_type = self.lenient, self.map_type

        def mapping(x: Any, d: int) -> Any:
            if type(x) is not map_type:
                raise Fallback
            entries: list[tuple[Any, Any]] = []
            positions: dict[Any, int] = {}
            for k, v in x.items() if map_type is dict else x:
                k, v = key(k, d), value(v, d)
                if k in positions:
                    if not lenient:
                        raise Fallback
                    entries[positions[k]] = (k, v)  # a Rust HashMap keeps the last value
                    continue
                positions[k] = len(entries)
                entries.append((k, v))
            return entries

        return mapping

    def struct(self, typ: t.Struct) -> Convert:
        lenient, map_type = self.lenient, self.map_type
        names = typ.field_names()
        fields = [(f.name, self.build(f.type)) for f in typ.fields]
        by_name = dict(fields)
        defaults = [(f.name, f.serde_default, f.type) for f in typ.fields]
        required = max((i + 1 for i, f in enumerate(typ.fields) if not f.serde_default), default=0)
        lowest = required if lenient else len(fields)

        def structure(x: Any, d: int) -> Any:
            if type(x) is list:
                if not lowest <= len(x) <= len(fields):
                    raise Fallback
                out = {name: f(v, d) for (name, f), v in zip(fields, x, strict=False)}
                for name, _, field_type in defaults[len(x) :]:
                    out[name] = default_value(field_type)
                return out
            if type(x) is not map_type or not lenient:  # only the lenient reading takes a struct as a map
                raise Fallback
            found: dict[str, Any] = {}
            for k, v in x.items() if map_type is dict else x:
                name = lenient_text(k, d)
                if name in found:
                    raise Fallback
                if name in by_name:
                    found[name] = by_name[name](v, d)
                elif height(v) > SKIP_DEPTH:
                    raise Fallback
            out = {}
            for name, has_default, field_type in defaults:
                if name in found:
                    out[name] = found[name]
                elif has_default:
                    out[name] = default_value(field_type)
                else:
                    raise Fallback
            return out

        assert names == [name for name, _ in fields]
        return structure

    def enum(self, typ: t.Enum, limit: int | None = None, name: str | None = None) -> Convert:
        """An externally tagged enum: a variant name (unit variants) or `{name: payload}`; the lenient reading
        also takes variant indices and `{name: nil}` for a unit variant. `limit`: the enum is the named type
        `name` and counts the level itself (one call less per value)."""
        lenient, map_type = self.lenient, self.map_type
        depth_limit = self.max_depth + 1 if limit is None else limit
        step = 0 if limit is None else 1
        entries: list[tuple[str, Convert | None]] = []
        by_name: dict[str, tuple[str, Convert | None]] = {}
        count = len(typ.variants)

        def identify(key: Any) -> tuple[str, Convert | None]:
            if type(key) is str:
                found = by_name.get(key)
                if found is not None:
                    return found
            elif lenient and type(key) is int and 0 <= key < count:
                return entries[key]
            raise Fallback

        def enumeration(x: Any, d: int) -> Any:
            if d >= depth_limit:
                raise Fallback
            if type(x) is map_type:
                if len(x) != 1:
                    raise Fallback
                if map_type is dict:
                    (key,) = x
                    payload = x[key]
                else:
                    ((key, payload),) = x
                name, convert = identify(key)
                if convert is not None:
                    return t.Variant(name, convert(payload, d + step))
                lenient_unit(payload, d)  # a unit variant as {name: nil}: rmp-serde's reader only
                if not lenient:
                    raise Fallback
                return t.Variant(name)
            name, convert = identify(x)
            if convert is not None:  # a variant with a payload needs the map
                raise Fallback
            return t.Variant(name)

        if name is not None:  # registered before the payloads are built: they may refer to it
            self._named[name] = enumeration
        for variant in typ.variants:
            if variant.kind == "unit":
                entries.append((variant.name, None))
            elif variant.kind == "newtype":
                entries.append((variant.name, self.build(variant.types[0])))
            elif variant.kind == "tuple":
                entries.append((variant.name, self.fixed([self.build(p) for p in variant.types])))
            else:
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                entries.append((variant.name, self.struct(t.Struct(variant.name, fields))))
        by_name.update((entry[0], entry) for entry in entries)
        return enumeration


def bulk_check(typ: t.Type, lenient: bool) -> Callable[[Any], Any] | None:
    """A whole-list check for a sequence of scalars (tensor data, shapes, names) in C loops: the list as its
    items convert, or None when an item needs a look of its own."""
    if isinstance(typ, t.Float) and typ.bits == 64:

        def floats(x: Any) -> Any:
            if all(map(is_float, x)):  # the library builds exact floats: no subclass passes for one
                return x
            kinds = set(map(type, x))
            if lenient and kinds <= {float, int}:
                return list(map(float, x))
            return None

        return floats
    if isinstance(typ, t.Int):
        low, high = typ.min, typ.max

        def integers(x: Any) -> Any:
            if not x or (set(map(type, x)) == {int} and low <= min(x) and max(x) <= high):
                return x
            return None

        return integers
    kind = bool if isinstance(typ, t.Bool) else str if isinstance(typ, t.Str) else None
    if kind is None:
        return None
    return lambda x: x if set(map(type, x)) <= {kind} else None


def bulk_variants(
    payloads: dict[str, Callable[[Any], Any]], limit: int, map_type: type
) -> Callable[[Any, int], Any] | None:
    """The reading side of a homogeneous list of newtype variants: every item a one-entry map (a dict or
    `Pairs`) with the same variant name, whose payloads pass the variant's scalar check."""
    if not payloads:
        return None
    first, second = itemgetter(0), itemgetter(1)

    def variants(x: Any, d: int) -> Any:
        if d >= limit or set(map(type, x)) != {map_type} or set(map(len, x)) != {1}:
            return None
        entries = None if map_type is dict else list(map(first, x))  # each Pairs' one (key, value)
        names = set(map(next, map(iter, x))) if entries is None else set(map(first, entries))
        if len(names) != 1:
            return None
        (name,) = names
        check = payloads.get(name) if type(name) is str else None
        if check is None:
            return None
        values = check(list(map(itemgetter(name), x)) if entries is None else list(map(second, entries)))
        if values is None:
            return None
        return list(map(t.Variant, repeat(name, len(values)), values))

    return variants


def bulk_tuples(typ: t.Type, lenient: bool, row_types: tuple[type, ...]) -> Callable[[Any, int], Any] | None:
    """A list of tuples of scalars (complex tensor data), checked column by column in C loops; it is taken
    as it is, so a column that would need converting sends the list to the item-by-item path."""
    if not isinstance(typ, t.Tuple):
        return None
    columns = [bulk_check(item, lenient) for item in typ.items]
    if any(check is None for check in columns):
        return None
    width, kinds = len(columns), set(row_types)

    def tuples(x: Any, d: int) -> Any:
        if not x or not set(map(type, x)) <= kinds or set(map(len, x)) != {width}:
            return None
        for index, check in enumerate(columns):
            column = list(map(itemgetter(index), x))
            if check(column) is not column:  # type: ignore[misc]
                return None
        return x

    return tuples


is_float = float.__instancecheck__


def fail(x: Any, d: int) -> Any:
    raise Fallback


def exactly(kind: type, convert: Mapping[type, Callable[[Any], Any]] | None = None) -> Callable[[Any, int], Any]:
    """The check of a scalar: a value of exactly `kind` (no subclass: a bool is no int) is itself, one of a type
    `convert` names becomes what it makes of it (the lenient reading), anything else goes to the exact codec."""
    conversions = dict(convert or {})

    def check(x: Any, d: int) -> Any:
        if type(x) is kind:
            return x
        make = conversions.get(type(x))
        if make is None:
            raise Fallback
        return make(x)

    return check


float64 = exactly(float)
number = exactly(float, {int: float})
boolean = exactly(bool)
text = exactly(str)
lenient_text = exactly(str, {bytes: bytes.decode})  # UTF-8; UnicodeDecodeError: the exact codec names it
unit = exactly(type(None))


def integer(typ: t.Int) -> Callable[[Any, int], Any]:
    """The check of an integer: an int (no bool) in the type's range is itself, anything else goes to the exact
    codec (which names the fault)."""
    low, high = typ.min, typ.max

    def check(x: Any, d: int) -> Any:
        if type(x) is int and low <= x <= high:
            return x
        raise Fallback

    return check


def lenient_unit(x: Any, d: int) -> Any:
    if x is None or (type(x) is list and not x):
        return None
    raise Fallback


# ---------------------------------------------------------------- writing

Prepare = Callable[[Any, int], Any]


class Writer(TypeWalk):
    """Encodes a value of `typ` as rmp-serde `to_vec` does, through `msgpack.packb`, or answers None."""

    def __init__(self, space: t.TypeSpace, typ: t.Type, *, max_depth: int) -> None:
        self.space = space
        self.max_depth = max_depth
        self._named: dict[str, Prepare] = {}
        self.prepare = self.build(typ)

    def encode(self, value: Any) -> bytes | None:
        try:
            return msgpack.packb(self.prepare(value, 0), use_bin_type=True)
        except (Fallback, *PACK_FAILURES):
            return None

    def ref(self, typ: t.Ref) -> Prepare:
        if typ.name not in self._named:
            limit, slot = self.max_depth, []

            def nested(x: Any, d: int) -> Any:
                if d >= limit:
                    raise Fallback
                return slot[0](x, d + 1)

            self._named[typ.name] = nested
            slot.append(self.build(self.space.types[typ.name]))
        return self._named[typ.name]

    def scalar(self, typ: t.Type) -> Prepare:
        if isinstance(typ, t.Int):
            return integer(typ)
        if isinstance(typ, t.Float) and typ.bits == 64:
            return exactly(float)
        if isinstance(typ, t.Bool):
            return exactly(bool)
        if isinstance(typ, t.Str):
            return exactly(str)  # a lone surrogate fails in packb
        if isinstance(typ, t.Unit):
            return lambda x, d: None  # RmpUnit writes nil whatever it is given
        return fail  # f32 (packb cannot write one field as float32) and the rest: the exact writer

    def seq(self, typ: t.Seq) -> Prepare:
        item = self.build(typ.inner)
        inner = self.space.resolve(typ.inner)
        scalars = bulk_check(inner, lenient=False)
        bulk = (
            (lambda x, d: scalars(x))
            if scalars is not None
            else self.bulk_variants(typ.inner)
            if isinstance(inner, t.Enum)
            else bulk_tuples(inner, False, (list, tuple))
        )

        def sequence(x: Any, d: int) -> Any:
            if type(x) is not list and type(x) is not tuple:
                raise Fallback
            if bulk is not None:
                done = bulk(x, d)
                if done is not None:
                    return done
            return [item(v, d) for v in x]

        return sequence

    def bulk_variants(self, typ: t.Type) -> Prepare | None:
        """A list of the same newtype variant of a scalar (a vector of numbers): `{name: payload}` per item."""
        enum = self.space.resolve(typ)
        assert isinstance(enum, t.Enum)
        limit = self.max_depth if isinstance(typ, t.Ref) else self.max_depth + 1
        payloads = {
            v.name: check
            for v in enum.variants
            if v.kind == "newtype" and (check := bulk_check(self.space.resolve(v.types[0]), False))
        }
        if not payloads:
            return None
        names, values = attrgetter("name"), attrgetter("value")

        def variants(x: Any, d: int) -> Any:
            if d >= limit or set(map(type, x)) != {t.Variant}:
                return None
            found = set(map(names, x))
            if len(found) != 1:
                return None
            (name,) = found
            check = payloads.get(name) if type(name) is str else None
            checked = None if check is None else check(list(map(values, x)))
            if checked is None:
                return None
            return [{name: value} for value in checked]

        return variants

    def fixed(self, items: list[Prepare]) -> Prepare:
        count = len(items)

        def tuple_(x: Any, d: int) -> Any:
            if (type(x) is not list and type(x) is not tuple) or len(x) != count:
                raise Fallback
            return [f(v, d) for f, v in zip(items, x, strict=True)]

        return tuple_

    def map(self, key: Prepare, value: Prepare) -> Prepare:
        def mapping(x: Any, d: int) -> Any:
            if type(x) is not list:
                raise Fallback
            out = {}
            for entry in x:
                if (type(entry) is not tuple and type(entry) is not list) or len(entry) != 2:
                    raise Fallback
                out[key(entry[0], d)] = value(entry[1], d)
            if len(out) != len(x):  # a repeated key: a dict cannot hold it, the exact writer can
                raise Fallback
            return out

        return mapping

    def struct(self, typ: t.Struct) -> Prepare:
        names = typ.field_names()
        fields = [(f.name, self.build(f.type)) for f in typ.fields]

        def structure(x: Any, d: int) -> Any:
            if type(x) is not dict or list(x) != names:
                raise Fallback
            return [f(x[name], d) for name, f in fields]

        return structure

    def enum(self, typ: t.Enum) -> Prepare:
        by_name: dict[str, tuple[str, Prepare | None]] = {}
        for variant in typ.variants:
            if variant.kind == "unit":
                by_name[variant.name] = (variant.kind, None)
            elif variant.kind == "newtype":
                by_name[variant.name] = (variant.kind, self.build(variant.types[0]))
            elif variant.kind == "tuple":
                by_name[variant.name] = (variant.kind, self.fixed([self.build(p) for p in variant.types]))
            else:
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                by_name[variant.name] = (variant.kind, self.struct(t.Struct(variant.name, fields)))

        def enumeration(x: Any, d: int) -> Any:
            if type(x) is not t.Variant or type(x.name) is not str:
                raise Fallback
            kind, prepare = by_name.get(x.name, ("missing", None))
            if prepare is None:
                if kind == "unit":
                    return x.name
                raise Fallback
            return {x.name: prepare(x.value, d)}

        return enumeration

"""The JSON document model (spec/conventions.md, "Document model"): type-exact, language-neutral.

Derived from a type tree, for any format:
- integers: `{"type": "u32", "value": "42"}` (decimal string, so u64 beyond 2^53 survives every JSON parser);
- floats: `{"type": "f64", "value": "1.5"}` with the shortest round-trip decimal, `"inf"`, `"-inf"`, `"-0.0"`;
  NaN is `{"type": "f64", "value": "nan", "bits": "7ff8000000000000"}` so payloads are exact;
- bytes: `{"type": "bytes", "value": "<lowercase hex>"}`; strings, booleans: plain JSON; unit and `None`: null;
- sequences and tuples: arrays; maps: `{"type": "map", "entries": [[key, value], ...]}` in wire order;
- structs: objects with the fields in declaration order;
- enums: `{"variant": "Name"}` for unit variants, else `{"variant": "Name", "value": payload}` where the
  payload is the inner model (newtype), an array (tuple variant) or an object (struct variant).

`to_model` / `from_model` convert between this and the Python values of `formats.types`; `json_schema`
derives the JSON Schema; `strategy` derives hypothesis strategies of Python values.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import struct
from collections.abc import Callable
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter
from typing import Any

import orjson

from binfmt_conformance.formats import f32
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError

DEFS = "$defs"
# Canonical decimal integer text (spec/conventions.md, [conv.model.exact]): `0`, `-5`; never `007`, `+5`, `-0`.
UNSIGNED_TEXT = "^(0|[1-9][0-9]*)$"
SIGNED_TEXT = "^(0|-?[1-9][0-9]*)$"
CANONICAL_INTEGER = re.compile(SIGNED_TEXT)
INTEGER_RULE = "integers are canonical decimal text: no sign but a leading minus, no leading zeros, no -0"


def float_text(value: float, bits: int) -> dict[str, str]:
    if math.isnan(value):
        raw = struct.pack(">d", value) if bits == 64 else f32.to_bytes(value, ">")
        return {"type": f"f{bits}", "value": "nan", "bits": raw.hex()}
    if math.isinf(value):
        return {"type": f"f{bits}", "value": "inf" if value > 0 else "-inf"}
    if bits == 32:
        text = repr(struct.unpack(">f", struct.pack(">f", value))[0])
        # shortest decimal that round-trips through f32
        for digits in range(1, 18):
            candidate = f"{value:.{digits}g}"
            if f32_bits(float(candidate)) == f32_bits(value):
                text = repr(float(candidate))
                break
        return {"type": "f32", "value": text}
    return {"type": "f64", "value": repr(value)}


# Below this magnitude orjson spells a float otherwise than repr does (`0.00001` for `1e-05`, `1e-7` for
# `1e-07`); from it up, both write the same shortest round-trip digits (tests/test_model.py compares them).
SAME_SPELLING = 1e-4


def f64_texts(values: Any) -> list[str] | None:
    """`repr` of each float, in C loops: orjson writes every finite float (and int) of a magnitude of at least
    `SAME_SPELLING` as repr does, the rest are spelt by repr. None when orjson cannot say (NaN and infinities,
    which it writes as null; bools; anything else it refuses): the caller converts one value at a time."""
    if not values:
        return []
    try:
        text = orjson.dumps(values).decode()
    except orjson.JSONEncodeError:
        return None
    if "l" in text or "t" in text:  # null, true, false: not floats
        return None
    texts = text[1:-1].split(",")
    if len(texts) != len(values):  # pragma: no cover - a list of numbers writes one item each
        return None
    if "e-" in text or "[0.0000" in text or "[-0.0000" in text or ",0.0000" in text or ",-0.0000" in text:
        for index in compress(count(), map(SAME_SPELLING.__gt__, map(abs, values))):
            texts[index] = repr(values[index])
    return texts


def float_value(model: Any, bits: int, path: str) -> float:
    if not isinstance(model, dict) or model.get("type") != f"f{bits}" or not isinstance(model.get("value"), str):
        raise bad_model(f"expected an f{bits} object", path)
    text = model["value"]
    if text == "nan":
        if not isinstance(model.get("bits"), str):
            raise bad_model("a NaN needs its bits in hex", path)
        try:
            raw = bytes.fromhex(model["bits"])
            value = struct.unpack(">d", raw)[0] if bits == 64 else f32.from_bytes(raw, ">")
        except (KeyError, ValueError, struct.error):
            raise bad_model("a NaN needs its bits in hex", path) from None
        if not math.isnan(value):
            raise bad_model("bits of a NaN do not encode a NaN", path)
        return value
    try:
        value = float(text)
    except ValueError:
        raise bad_model(f"{text!r} is not a float", path) from None
    if math.isnan(value):
        raise bad_model("write NaN as value 'nan' with its bits", path)
    if bits == 32:
        # the text is the shortest decimal that reads back to the f32 (`float_text`): the f32 nearest to it
        nearest = f32_bits(value)
        if nearest is None:
            raise bad_model(f"{text!r} is out of range for f32 (write inf for an infinity)", path)
        return float(struct.unpack(">f", nearest)[0])
    return value


def f32_bits(value: float) -> bytes | None:
    """The f32 nearest to `value`, as bytes; None when it lies beyond the largest f32 (struct refuses it)."""
    try:
        return struct.pack(">f", value)
    except OverflowError:
        return None


def bad_model(message: str, path: str) -> FormatError:
    return FormatError(ErrorClass.INVALID_MODEL, f"{message} at {path or '$'}")


def to_model(space: t.TypeSpace, typ: t.Type, value: Any) -> Any:
    """The document model of `value` (a value of `typ`), through the converter built once for `typ`."""
    return converter(space, typ)(value)


ToModel = Callable[[Any], Any]


def converter(space: t.TypeSpace, typ: t.Type) -> ToModel:
    """The value → model function of `typ`, built from the type tree on first use and kept on the space."""
    cache: dict[t.Type, ToModel] = vars(space).setdefault("_to_model", {})
    found = cache.get(typ)
    if found is None:
        found = cache[typ] = ModelBuilder(space).build(typ)
    return found


class ModelBuilder:
    """One closure per type node: no type tests or variant searches per value; lists of scalars (and of one
    newtype variant of a scalar) are converted in C loops."""

    def __init__(self, space: t.TypeSpace) -> None:
        self.space = space
        self._named: dict[str, ToModel] = {}

    def build(self, typ: t.Type) -> ToModel:
        if isinstance(typ, t.Ref):
            if typ.name not in self._named:
                target = self.space.types[typ.name]
                if isinstance(target, t.Enum):  # registered before its variants are built: they may refer to it
                    return self.enum(target, typ.name)
                slot: list[ToModel] = []
                self._named[typ.name] = lambda value: slot[0](value)
                slot.append(self.build(target))
                self._named[typ.name] = slot[0]  # later users call it directly
            return self._named[typ.name]
        scalar = self.scalar(typ)
        if scalar is not None:
            return scalar
        if isinstance(typ, t.Option):
            inner = self.build(typ.inner)
            return lambda value: None if value is None else inner(value)
        if isinstance(typ, t.Seq):
            return self.seq(typ.inner)
        if isinstance(typ, t.Tuple):
            items = [self.build(i) for i in typ.items]
            return lambda value: [f(v) for f, v in zip(items, value, strict=True)]
        if isinstance(typ, t.Map):
            key, entry = self.build(typ.key), self.build(typ.value)
            return lambda value: {"type": "map", "entries": [[key(k), entry(v)] for k, v in value]}
        if isinstance(typ, t.Struct):
            fields = [(f.name, self.build(f.type)) for f in typ.fields]
            return lambda value: {name: f(value[name]) for name, f in fields}
        if isinstance(typ, t.Enum):
            return self.enum(typ)
        raise TypeError(typ)

    def scalar(self, typ: t.Type) -> ToModel | None:
        """The model of one value of a scalar type, or None when `typ` is not one."""
        typ = self.space.resolve(typ)
        if isinstance(typ, t.Int):
            name = typ.name
            return lambda value: {"type": name, "value": str(value)}
        if isinstance(typ, t.Float) and typ.bits == 64:
            return lambda value: {"type": "f64", "value": repr(value)} if value == value else float_text(value, 64)
        if isinstance(typ, t.Bool | t.Str | t.Char):
            return lambda value: value
        many = self.scalars(typ)
        return None if many is None else lambda value: many([value])[0]

    def scalars(self, typ: t.Type) -> Callable[[Any], list[Any]] | None:
        """Models of a list of values of a scalar type, or None when `typ` is not one."""
        typ = self.space.resolve(typ)
        if isinstance(typ, t.Int):
            name = typ.name
            return lambda values: [{"type": name, "value": text} for text in map(str, values)]
        if isinstance(typ, t.Float):
            bits = typ.bits
            if bits != 64:
                return lambda values: [float_text(v, bits) for v in values]

            def floats(values: Any) -> list[Any]:
                texts = f64_texts(values)
                if texts is None:  # NaN carries its bits; inf, -inf
                    return [float_text(v, 64) for v in values]
                return [{"type": "f64", "value": text} for text in texts]

            return floats
        if isinstance(typ, t.Bytes):
            return lambda values: [{"type": "bytes", "value": bytes(v).hex()} for v in values]
        if isinstance(typ, t.Bool | t.Str | t.Char):
            return list
        if isinstance(typ, t.Unit):
            return lambda values: [None] * len(values)
        return None

    def seq(self, inner_type: t.Type) -> ToModel:
        inner = self.build(inner_type)
        scalars = self.scalars(inner_type)
        if scalars is not None:
            return scalars
        enum = self.space.resolve(inner_type)
        if isinstance(enum, t.Struct | t.Tuple):
            return self.records(enum, inner)
        if not isinstance(enum, t.Enum):
            return lambda value: [inner(v) for v in value]
        payloads = {
            v.name: check
            for v in enum.variants
            if v.kind == "newtype" and (check := self.scalars(v.types[0])) is not None
        }
        names, payload_of = attrgetter("name"), attrgetter("value")

        def variants(value: Any) -> Any:
            found = set(map(names, value))
            if len(found) == 1:
                (name,) = found
                models = payloads.get(name)
                if models is not None:  # a list of one newtype variant of a scalar: a vector of numbers
                    return [{"variant": name, "value": m} for m in models(list(map(payload_of, value)))]
            return [inner(v) for v in value]

        return variants

    def records(self, typ: t.Struct | t.Tuple, inner: ToModel) -> ToModel:
        """A list of structs or tuples of scalars (source spans, complex pairs): converted column by column."""
        types = [f.type for f in typ.fields] if isinstance(typ, t.Struct) else list(typ.items)
        columns = [self.scalars(i) for i in types]
        if not columns or any(c is None for c in columns):
            return lambda value: [inner(v) for v in value]
        keys: list[Any] = typ.field_names() if isinstance(typ, t.Struct) else list(range(len(types)))
        getters = [itemgetter(k) for k in keys]
        names = keys if isinstance(typ, t.Struct) else None

        def records(value: Any) -> Any:
            if not value:
                return []
            cells = [convert(list(map(get, value))) for convert, get in zip(columns, getters, strict=True)]  # type: ignore[misc]
            if names is None:
                return list(map(list, zip(*cells, strict=True)))
            return list(map(dict, map(zip, repeat(names), zip(*cells, strict=True))))

        return records

    def enum(self, typ: t.Enum, name: str | None = None) -> ToModel:
        table: dict[str, ToModel] = {}

        def enumeration(value: Any) -> Any:
            convert = table.get(value.name)
            assert convert is not None, value.name
            return convert(value)

        if name is not None:
            self._named[name] = enumeration
        for variant in typ.variants:
            table[variant.name] = self.variant(variant)
        return enumeration

    def fixed_payload(self, variant: t.VariantDef) -> Callable[[Any], Any] | None:
        """The model of a newtype or tuple variant of scalars from its payload values in order (a tuple, as one
        `struct.unpack` reads them): one call per value; integer operands without a call each. None when a
        payload type is not a scalar."""
        name = variant.name
        resolved = [self.space.resolve(p) for p in variant.types]
        leaves = [self.scalar(p) for p in resolved]
        if not leaves or any(leaf is None for leaf in leaves):
            return None
        kinds = [p.name for p in resolved if isinstance(p, t.Int)]
        if variant.kind == "newtype":
            if kinds:
                (kind,) = kinds
                return lambda values: {"variant": name, "value": {"type": kind, "value": str(values[0])}}
            (leaf,) = leaves
            return lambda values: {"variant": name, "value": leaf(values[0])}  # type: ignore[misc]
        if len(kinds) == len(resolved):
            return lambda values: {
                "variant": name,
                "value": [{"type": k, "value": str(v)} for k, v in zip(kinds, values, strict=True)],
            }
        return lambda values: {
            "variant": name,
            "value": [f(v) for f, v in zip(leaves, values, strict=True)],  # type: ignore[misc]
        }

    def variant(self, variant: t.VariantDef) -> ToModel:
        name = variant.name
        if variant.kind == "unit":
            return lambda value: {"variant": name}
        ints = [self.space.resolve(p) for p in variant.types]
        if variant.kind in ("newtype", "tuple") and ints and all(isinstance(i, t.Int) for i in ints):
            # instruction operands: the integer models without a call each
            payload = self.fixed_payload(variant)
            assert payload is not None
            if variant.kind == "newtype":
                return lambda value: payload((value.value,))
            return lambda value: payload(value.value)
        if variant.kind == "newtype":
            inner = self.build(variant.types[0])
            return lambda value: {"variant": name, "value": inner(value.value)}
        if variant.kind == "tuple":
            items = [self.build(p) for p in variant.types]
            return lambda value: {"variant": name, "value": [f(v) for f, v in zip(items, value.value, strict=True)]}
        fields = [(f.name, self.build(f.type)) for f in variant.payload if isinstance(f, t.Field)]
        return lambda value: {"variant": name, "value": {f: c(value.value[f]) for f, c in fields}}


def walk_to_model(space: t.TypeSpace, typ: t.Type, value: Any) -> Any:
    """`to_model` as one walk of the value and the type tree together: the plain statement of the mapping,
    kept to check the converters against (tests/test_model.py)."""
    typ = space.resolve(typ)
    if isinstance(typ, t.Int):
        return {"type": typ.name, "value": str(value)}
    if isinstance(typ, t.Float):
        return float_text(value, typ.bits)
    if isinstance(typ, t.Bytes):
        return {"type": "bytes", "value": bytes(value).hex()}
    if isinstance(typ, t.Bool | t.Str | t.Char):
        return value
    if isinstance(typ, t.Unit):
        return None
    if isinstance(typ, t.Option):
        return None if value is None else walk_to_model(space, typ.inner, value)
    if isinstance(typ, t.Seq):
        return [walk_to_model(space, typ.inner, v) for v in value]
    if isinstance(typ, t.Tuple):
        return [walk_to_model(space, i, v) for i, v in zip(typ.items, value, strict=True)]
    if isinstance(typ, t.Map):
        return {
            "type": "map",
            "entries": [[walk_to_model(space, typ.key, k), walk_to_model(space, typ.value, v)] for k, v in value],
        }
    if isinstance(typ, t.Struct):
        return {f.name: walk_to_model(space, f.type, value[f.name]) for f in typ.fields}
    if isinstance(typ, t.Enum):
        variant = typ.by_name(value.name)
        assert variant is not None, value.name
        if variant.kind == "unit":
            return {"variant": variant.name}
        if variant.kind == "newtype":
            return {"variant": variant.name, "value": walk_to_model(space, variant.types[0], value.value)}
        if variant.kind == "tuple":
            return {
                "variant": variant.name,
                "value": [walk_to_model(space, p, v) for p, v in zip(variant.types, value.value, strict=True)],
            }
        fields = [p for p in variant.payload if isinstance(p, t.Field)]
        return {
            "variant": variant.name,
            "value": {f.name: walk_to_model(space, f.type, value.value[f.name]) for f in fields},
        }
    raise TypeError(typ)


def from_model(space: t.TypeSpace, typ: t.Type, model: Any, path: str = "$") -> Any:
    """The Python value a model describes; anything off-shape is `invalid_model`, never an exception."""
    typ = space.resolve(typ)
    if isinstance(typ, t.Int):
        if not isinstance(model, dict) or model.get("type") != typ.name or not isinstance(model.get("value"), str):
            raise bad_model(f"expected a {typ.name} object", path)
        text = model["value"]
        if not CANONICAL_INTEGER.match(text):
            raise bad_model(f"{text!r} is not a canonical decimal integer ({INTEGER_RULE})", path)
        value = int(text)
        if not typ.min <= value <= typ.max:
            raise bad_model(f"{value} out of range for {typ.name}", path)
        return value
    if isinstance(typ, t.Float):
        return float_value(model, typ.bits, path)
    if isinstance(typ, t.Bytes):
        if not isinstance(model, dict) or model.get("type") != "bytes" or not isinstance(model.get("value"), str):
            raise bad_model("expected a bytes object", path)
        try:
            raw = bytes.fromhex(model["value"])
        except ValueError:
            raise bad_model("bytes value is not hex", path) from None
        if typ.size is not None and len(raw) != typ.size:
            raise bad_model(f"expected {typ.size} bytes", path)
        return raw
    if isinstance(typ, t.Bool):
        if not isinstance(model, bool):
            raise bad_model("expected a boolean", path)
        return model
    if isinstance(typ, t.Str | t.Char):
        if not isinstance(model, str) or (isinstance(typ, t.Char) and len(model) != 1):
            raise bad_model("expected a string", path)
        if not model.isascii():
            try:
                model.encode("utf-8")
            except UnicodeEncodeError:  # JSON can escape a lone surrogate; no file can hold one
                raise bad_model("a string holds a lone surrogate", path) from None
        return model
    if isinstance(typ, t.Unit):
        if model is not None:
            raise bad_model("expected null", path)
        return None
    if isinstance(typ, t.Option):
        return None if model is None else from_model(space, typ.inner, model, path)
    if isinstance(typ, t.Seq):
        if not isinstance(model, list):
            raise bad_model("expected an array", path)
        return [from_model(space, typ.inner, m, f"{path}[{i}]") for i, m in enumerate(model)]
    if isinstance(typ, t.Tuple):
        if not isinstance(model, list) or len(model) != len(typ.items):
            raise bad_model(f"expected an array of {len(typ.items)}", path)
        return [from_model(space, i, m, f"{path}[{n}]") for n, (i, m) in enumerate(zip(typ.items, model, strict=True))]
    if isinstance(typ, t.Map):
        entries = model.get("entries") if isinstance(model, dict) and model.get("type") == "map" else None
        if not isinstance(entries, list) or not all(isinstance(e, list) and len(e) == 2 for e in entries):
            raise bad_model("expected a map object with entries [[key, value], ...]", path)
        return [
            (
                from_model(space, typ.key, k, f"{path}.entries[{i}][0]"),
                from_model(space, typ.value, v, f"{path}.entries[{i}][1]"),
            )
            for i, (k, v) in enumerate(entries)
        ]
    if isinstance(typ, t.Struct):
        if not isinstance(model, dict) or list(model) != typ.field_names():
            raise bad_model(f"expected an object with fields {typ.field_names()} in that order", path)
        return {f.name: from_model(space, f.type, model[f.name], f"{path}.{f.name}") for f in typ.fields}
    if isinstance(typ, t.Enum):
        if not isinstance(model, dict) or not isinstance(model.get("variant"), str):
            raise bad_model(f"expected a {typ.name} variant object", path)
        variant = typ.by_name(model["variant"])
        if variant is None:
            raise bad_model(f"{typ.name} has no variant {model['variant']!r}", path)
        inner = f"{path}.value"
        if variant.kind == "unit":
            if set(model) != {"variant"}:
                raise bad_model(f"unit variant {variant.name} takes no value", path)
            return t.Variant(variant.name)
        if set(model) != {"variant", "value"}:
            raise bad_model(f"variant {variant.name} needs a value", path)
        payload = model["value"]
        if variant.kind == "newtype":
            return t.Variant(variant.name, from_model(space, variant.types[0], payload, inner))
        if variant.kind == "tuple":
            return t.Variant(variant.name, from_model(space, t.Tuple(variant.types), payload, inner))
        fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
        return t.Variant(variant.name, from_model(space, t.Struct(variant.name, fields), payload, inner))
    raise TypeError(typ)


def json_schema(space: t.TypeSpace, typ: t.Type) -> dict[str, Any]:
    """JSON Schema (2020-12) of the model of `typ`; named types become `$defs`."""
    defs: dict[str, Any] = {}
    root = _schema(space, typ, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, DEFS: defs} if defs else root


def _tagged(type_name: str, pattern: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"const": type_name}, "value": {"type": "string", "pattern": pattern}},
        "required": ["type", "value"],
        "additionalProperties": False,
    }


def _schema(space: t.TypeSpace, typ: t.Type, defs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(typ, t.Ref):
        if typ.name not in defs:
            defs[typ.name] = {}
            defs[typ.name] = _schema(space, space.types[typ.name], defs)
        return {"$ref": f"#/{DEFS}/{typ.name}"}
    if isinstance(typ, t.Int):
        return _tagged(typ.name, SIGNED_TEXT if typ.signed else UNSIGNED_TEXT)
    if isinstance(typ, t.Float):
        finite = _tagged(typ.name, r"^(-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|-?inf)$")
        nan = {
            "type": "object",
            "properties": {
                "type": {"const": typ.name},
                "value": {"const": "nan"},
                "bits": {"type": "string", "pattern": f"^[0-9a-f]{{{typ.bits // 4}}}$"},
            },
            "required": ["type", "value", "bits"],
            "additionalProperties": False,
        }
        return {"oneOf": [finite, nan]}
    if isinstance(typ, t.Bytes):
        size = "*" if typ.size is None else f"{{{2 * typ.size}}}"
        return _tagged("bytes", f"^([0-9a-f][0-9a-f]){size}$" if typ.size is None else f"^[0-9a-f]{size}$")
    if isinstance(typ, t.Bool):
        return {"type": "boolean"}
    if isinstance(typ, t.Str):
        return {"type": "string"}
    if isinstance(typ, t.Char):
        return {"type": "string", "minLength": 1, "maxLength": 1}
    if isinstance(typ, t.Unit):
        return {"type": "null"}
    if isinstance(typ, t.Option):
        return {"anyOf": [{"type": "null"}, _schema(space, typ.inner, defs)]}
    if isinstance(typ, t.Seq):
        return {"type": "array", "items": _schema(space, typ.inner, defs)}
    if isinstance(typ, t.Tuple):
        items = [_schema(space, i, defs) for i in typ.items]
        return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}
    if isinstance(typ, t.Map):
        entry = {
            "type": "array",
            "prefixItems": [_schema(space, typ.key, defs), _schema(space, typ.value, defs)],
            "items": False,
            "minItems": 2,
        }
        return {
            "type": "object",
            "properties": {"type": {"const": "map"}, "entries": {"type": "array", "items": entry}},
            "required": ["type", "entries"],
            "additionalProperties": False,
        }
    if isinstance(typ, t.Struct):
        return {
            "type": "object",
            "properties": {f.name: _schema(space, f.type, defs) for f in typ.fields},
            "required": typ.field_names(),
            "additionalProperties": False,
        }
    if isinstance(typ, t.Enum):
        options = []
        for variant in typ.variants:
            props: dict[str, Any] = {"variant": {"const": variant.name}}
            if variant.kind == "newtype":
                props["value"] = _schema(space, variant.types[0], defs)
            elif variant.kind == "tuple":
                props["value"] = _schema(space, t.Tuple(variant.types), defs)
            elif variant.kind == "struct":
                fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
                props["value"] = _schema(space, t.Struct(variant.name, fields), defs)
            options.append(
                {
                    "type": "object",
                    "properties": props,
                    "required": list(props),
                    "additionalProperties": False,
                }
            )
        return {"oneOf": options}
    raise TypeError(typ)


FLOAT_TYPES = ("f32", "f64")
INTEGER_TYPES = frozenset(i.name for i in (t.U8, t.U16, t.U32, t.U64, t.USIZE, t.I8, t.I16, t.I32, t.I64))


def float_bits(node: dict[str, Any]) -> bytes | None:
    """The exact bits a float node denotes, whatever decimal spelling it uses (None if it is not a float)."""
    bits = 32 if node.get("type") == "f32" else 64
    try:
        value = float_value(node, bits, "$")
    except FormatError:
        return None
    return f32.to_bytes(value, ">") if bits == 32 else struct.pack(">d", value)


def json_kind(value: Any) -> str:
    """The JSON name of a parsed value's kind, for messages that never show Python's type names."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def first_difference(want: Any, got: Any, path: str = "$") -> str | None:
    """Where two document models first differ, or None when they are equal. Object key order is not
    significant (RFC 8259 objects are unordered); array order is. Floats compare by their bits, so any decimal
    spelling of the same value is equal (`1e+16` and `10000000000000000`); integer text must be canonical."""
    if isinstance(want, dict) and isinstance(got, dict) and want.get("type") in FLOAT_TYPES:
        if want.get("type") == got.get("type") and float_bits(want) is not None and float_bits(want) == float_bits(got):
            return None
        return f"{path}: expected {want}, got {got}"
    if isinstance(want, bool) or isinstance(got, bool) or type(want) is not type(got):
        if want == got and type(want) is type(got):
            return None
        return f"{path}: expected {json_kind(want)}, got {json_kind(got)}"
    if isinstance(want, dict):
        missing = [key for key in want if key not in got]
        extra = [key for key in got if key not in want]
        if missing or extra:
            return f"{path}: " + "; ".join(
                part
                for part in (
                    f"missing keys {missing}" if missing else "",
                    f"unexpected keys {extra}" if extra else "",
                )
                if part
            )
        if (
            isinstance(got.get("value"), str)
            and got.get("type") in INTEGER_TYPES
            and not CANONICAL_INTEGER.match(got["value"])
        ):
            return f"{path}: {got['type']} value {got['value']!r} is not canonical ({INTEGER_RULE}; [conv.model.exact])"
        for key in want:
            found = first_difference(want[key], got[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(want, list):
        if len(want) != len(got):
            return f"{path}: expected {len(want)} items, got {len(got)}"
        for index, (w, g) in enumerate(zip(want, got, strict=True)):
            found = first_difference(w, g, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if want == got else f"{path}: expected {want!r}, got {got!r}"


def prefixed_definitions(document: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The same JSON Schema with every `$defs` name (and every reference to one) prefixed."""
    marker = f"#/{DEFS}/"
    text = json.dumps(document).replace(f'"{marker}', f'"{marker}{prefix}')
    renamed = json.loads(text)
    renamed[DEFS] = {prefix + name: body for name, body in renamed[DEFS].items()}
    return renamed


def canonical_floats(document: Any) -> Any:
    """The model with every float spelt as the reference spells it (`float_text`): a model that spells the same
    bits otherwise (`2` for `2.0`, `1e-5` for `1e-05`) gets the reference's digest. A float node that denotes
    no float is left as it is (its digest differs)."""
    if isinstance(document, list):
        return [canonical_floats(item) for item in document]
    if not isinstance(document, dict):
        return document
    if document.get("type") in FLOAT_TYPES:
        bits = 32 if document["type"] == "f32" else 64
        try:
            return float_text(float_value(document, bits, "$"), bits)
        except FormatError:
            return document
    return {key: canonical_floats(value) for key, value in document.items()}


def digest(document: Any) -> str:
    """SHA-256 of a model's JSON with sorted keys and no spaces: equal models, equal digests."""
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

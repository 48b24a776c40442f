"""Decoding Rayzor bundles with the Kaitai-generated parser (formats/rzb/kaitai, from rzb.ksy), for the Kaitai
testee: profile `auto` (detection) and the named generations `s0` … `s6`.

Kaitai parses the postcard payload under one generation (the spec's parameter) and checks everything a
postcard reader checks on the way: bools, option tags, variant indices, varint widths, counts against the
bytes left and `max_items`, UTF-8, then magic and version. This module adds what a .ksy cannot say: the zstd
frame around the payload (decompressed outside Kaitai, bounded by MAX_PAYLOAD), the nesting bound (counted
while the parse tree is turned into values, MAX_DEPTH named types as the spec counts them), and generation
detection (rzb.generation.detect: parse under every generation, keep those that use every byte). The parse
tree becomes the document model by walking the generation's type tree beside it (the rules of
formats/rzb/ksy_types.py); no field is listed here.
"""

from __future__ import annotations

import sys
from functools import cache
from io import BytesIO
from typing import Any

import kaitaistruct
from kaitaistruct import KaitaiStream

from formats import model
from formats import types as t
from formats.errors import ErrorClass, FormatError
from formats.rzb import limits, schema
from formats.rzb.kaitai.rzb import Rzb
from formats.wire import zstd_frames

PROFILES = ("auto", *(g.lower() for g in schema.GENERATIONS))
DEFAULT_PROFILE = "auto"
# The root's checks, by their place in the root's seq: after the body, as upstream's loader at the pin.
HEADER_FAULTS = {"/seq/1": ErrorClass.BAD_MAGIC, "/seq/2": ErrorClass.UNSUPPORTED_VERSION}
sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))


@cache
def validations() -> dict[str, ErrorClass]:
    """The class each `valid` rule of the generated types reports, from the check's name in the tree that
    rzb.ksy was generated from (`known`: a variant index; `fits`: a count against the bytes left, or in a
    varint the value against its type; `ends`: a varint's width; `bounded`: MAX_ITEMS; `nest`: MAX_DEPTH;
    else a 0/1 byte)."""
    from formats.rzb import ksy_types

    spaces = [(layout.space, layout.bundle) for layout in schema.LAYOUTS.values()]
    out: dict[str, ErrorClass] = {}
    for name, spec in ksy_types.tree(spaces, "_root.max_items").items():
        for index, entry in enumerate(spec.get("seq", [])):
            if "valid" not in entry:
                continue
            ident = entry["id"]
            if ident == "known":
                error_class = ErrorClass.UNKNOWN_VARIANT
            elif ident in ("bounded", "nest"):
                error_class = ErrorClass.LIMIT_EXCEEDED
            elif ident == "fits" and name != "postcard_varint":
                error_class = ErrorClass.TRUNCATED
            else:
                error_class = ErrorClass.INVALID_VALUE
            out[f"/types/{name}/seq/{index}"] = error_class
    return out


class HeaderFault(Exception):
    """The body parsed (ending at `end`), then magic or version failed."""

    def __init__(self, error: FormatError, end: int) -> None:
        super().__init__(error.message)
        self.error = error
        self.end = end


def value_of(space: t.TypeSpace, typ: t.Type, node: Any, depth: int) -> Any:
    """The Python value of `typ` that a Kaitai object holds; every named type entered counts one level."""
    if isinstance(typ, t.Ref):
        if depth + 1 > limits.MAX_DEPTH:
            raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"{typ.name} nested deeper than {limits.MAX_DEPTH}")
        return value_of(space, space.types[typ.name], node, depth + 1)
    if isinstance(typ, t.Int):
        if typ.bits == 8:
            return int(node)
        value = node.value
        return (value >> 1) ^ -(value & 1) if typ.signed else value
    if isinstance(typ, t.Float):
        return float(node)
    if isinstance(typ, t.Bool):
        return node.value == 1
    if isinstance(typ, t.Str):
        return node.value
    if isinstance(typ, t.Bytes):
        return bytes(node if typ.size is not None else node.value)
    if isinstance(typ, t.Option):
        return None if node.tag == 0 else value_of(space, typ.inner, node.value, depth)
    if isinstance(typ, t.Seq):
        return [value_of(space, typ.inner, item, depth) for item in node.items]
    if isinstance(typ, t.Map):
        return [
            (value_of(space, typ.key, e.key, depth), value_of(space, typ.value, e.value, depth)) for e in node.entries
        ]
    if isinstance(typ, t.Tuple):
        return [value_of(space, item, getattr(node, f"item{i}"), depth) for i, item in enumerate(typ.items)]
    if isinstance(typ, t.Struct):
        return {f.name: value_of(space, f.type, getattr(node, f.name), depth) for f in typ.fields}
    if isinstance(typ, t.Enum):
        variant = typ.variants[node.tag.value]
        if variant.kind == "unit":
            return t.Variant(variant.name)
        payload = node.payload
        if variant.kind == "newtype":
            inner = space.resolve(variant.types[0])
            if isinstance(inner, t.Bytes) and inner.size is not None:
                payload = payload.item0  # wrapped: a fixed array has no Kaitai type of its own
            return t.Variant(variant.name, value_of(space, variant.types[0], payload, depth))
        if variant.kind == "tuple":
            return t.Variant(variant.name, value_of(space, t.Tuple(variant.types), payload, depth))
        fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
        return t.Variant(variant.name, value_of(space, t.Struct(variant.name, fields), payload, depth))
    raise TypeError(typ)


def parse(payload: bytes, generation: str) -> tuple[Any, int]:
    """(bundle value, end) of the payload under one generation; a magic or version fault is a HeaderFault."""
    io = KaitaiStream(BytesIO(payload))
    try:
        parsed = Rzb(schema.GENERATIONS.index(generation), io)
    except kaitaistruct.ValidationFailedError as error:
        if error.src_path in HEADER_FAULTS:
            raise HeaderFault(FormatError(HEADER_FAULTS[error.src_path], str(error)), io.pos()) from None
        error_class = validations().get(error.src_path)
        if error_class is None:
            raise
        raise located(FormatError(error_class, str(error)), io.pos()) from None
    except EOFError as error:
        raise located(FormatError(ErrorClass.TRUNCATED, str(error)), len(payload)) from None
    except UnicodeDecodeError as error:
        raise located(FormatError(ErrorClass.INVALID_UTF8, str(error)), io.pos()) from None
    except RecursionError:
        raise located(FormatError(ErrorClass.LIMIT_EXCEEDED, "nesting deeper than this parser goes"), 0) from None
    layout = schema.LAYOUTS[generation]
    try:
        return value_of(layout.space, layout.bundle, parsed.bundle, 0), io.pos()
    except FormatError as error:
        raise located(error, io.pos()) from None


def located(error: FormatError, offset: int) -> FormatError:
    error.offset = offset
    return error


def unwrap(data: bytes) -> tuple[bytes, str]:
    """The postcard payload and its container (one zstd stream when the frame magic starts the file)."""
    if data[:4] != schema.ZSTD_MAGIC:
        return data, "Raw"
    try:
        return zstd_frames.decompress(data, limits.MAX_PAYLOAD), "Zstd"
    except FormatError as error:
        over = error.error_class is ErrorClass.LIMIT_EXCEEDED
        raise FormatError(
            ErrorClass.LIMIT_EXCEEDED if over else ErrorClass.DECOMPRESSION_FAILED, error.message
        ) from None


def detect(payload: bytes, tried: tuple[str, ...]) -> tuple[list[str], Any]:
    """(generations, value) as rzb.generation.detect defines them; a single generation ignores what follows."""
    results: dict[str, tuple[Any, int]] = {}
    failures: dict[str, FormatError] = {}
    for generation in tried:
        try:
            results[generation] = parse(payload, generation)
        except HeaderFault as fault:
            results[generation] = (fault, fault.end)
        except FormatError as error:
            failures[generation] = error
    if len(tried) == 1:
        if failures:
            raise failures[tried[0]]
        chosen = tried
    else:
        chosen = tuple(g for g, (_, end) in results.items() if end == len(payload))
        if not chosen and results:
            raise FormatError(ErrorClass.TRAILING_DATA, f"no generation uses all {len(payload)} bytes")
        if not chosen:
            furthest = max(failures, key=lambda g: (failures[g].offset or 0, tried.index(g)))
            raise failures[furthest]
    value = results[chosen[-1]][0]
    if isinstance(value, HeaderFault):
        raise value.error
    return list(chosen), value


def decode(data: bytes, profile: str = DEFAULT_PROFILE) -> Any:
    payload, container = unwrap(data)
    tried = schema.GENERATIONS if profile == "auto" else (profile.upper(),)
    generations, value = detect(payload, tried)
    layout = schema.LAYOUTS[generations[-1]]
    document = {"container": t.Variant(container), "generations": generations, "bundle": value}
    return model.to_model(layout.space, layout.file_type, document)

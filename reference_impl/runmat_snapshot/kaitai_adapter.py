"""Decoding RunMat snapshots with the Kaitai-generated parser (formats/runmat_snapshot/kaitai, from
runmat_snapshot.ksy), for the Kaitai testee: profile `upstream` only.

Kaitai reads the container, checks magic, release, era and version, decompresses the payload (through the
`lz4` / `zstandard` process routine) and parses the era-C and v0.5.6 bodies. This module adds what a .ksy cannot
say: serde's time ranges and upstream's content validation (name_index, default_preset), and it turns the
parse tree into the document model by walking the schema's type tree beside it (no field is listed here).
Bodies of the releases the .ksy does not declare are `Unsupported`.
"""

from __future__ import annotations

import sys
from io import BytesIO
from typing import Any

import kaitaistruct
from kaitaistruct import KaitaiStream

from formats import model
from formats import types as t
from formats.errors import ErrorClass, FormatError
from formats.runmat_snapshot import limits, schema
from formats.runmat_snapshot.kaitai.runmat_snapshot import RunmatSnapshot

# Which fault each `valid` rule of runmat_snapshot.ksy reports, by the rule's path (types by name pattern).
TOP_VALIDATIONS = {
    "/seq/1": ErrorClass.BAD_MAGIC,
    "/seq/3": ErrorClass.UNSUPPORTED_VERSION,
    "/seq/4": ErrorClass.BAD_MAGIC,
    "/seq/5": ErrorClass.UNSUPPORTED_VERSION,
}
BODY_OF_ERA = {3: "v0.4.4"}
U64_MAX = (1 << 64) - 1
I64_MAX = (1 << 63) - 1
NANOS = 1_000_000_000
sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))


class Unsupported(Exception):
    """A body whose type tree the .ksy does not declare."""


def validation_class(path: str) -> ErrorClass:
    if path in TOP_VALIDATIONS:
        return TOP_VALIDATIONS[path]
    if path.startswith("/types/bincode_bool/") or "_opt_" in path:
        return ErrorClass.INVALID_VALUE
    return ErrorClass.UNKNOWN_VARIANT  # every other `valid` is an enum tag against its variant count


def check_time(name: str, value: dict[str, int]) -> None:
    secs, nanos = value.values()
    carried = secs + nanos // NANOS
    if carried > U64_MAX or (name == "SystemTime" and carried > I64_MAX):
        raise FormatError(ErrorClass.INVALID_VALUE, f"{name} out of range")


def value_of(space: t.TypeSpace, typ: t.Type, node: Any, depth: int = 0) -> Any:
    """The Python value of `typ` that a Kaitai object holds (the rules of formats/runmat_snapshot/ksy_types.py);
    every named type entered counts one level, and past MAX_DEPTH levels the file is refused as the spec lets
    a reader refuse it (Kaitai itself has no bound)."""
    if isinstance(typ, t.Ref):
        if depth + 1 > limits.MAX_DEPTH:
            raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"{typ.name} nested deeper than {limits.MAX_DEPTH}")
        found = value_of(space, space.types[typ.name], node, depth + 1)
        if typ.name in ("Duration", "SystemTime"):
            check_time(typ.name, found)
        return found
    if isinstance(typ, t.Int):
        return int(node)
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
            (value_of(space, typ.key, e.item0, depth), value_of(space, typ.value, e.item1, depth)) for e in node.entries
        ]
    if isinstance(typ, t.Tuple):
        return [value_of(space, item, getattr(node, f"item{i}"), depth) for i, item in enumerate(typ.items)]
    if isinstance(typ, t.Struct):
        return {f.name: value_of(space, f.type, getattr(node, f.name), depth) for f in typ.fields}
    if isinstance(typ, t.Enum):
        variant = typ.variants[node.tag]
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


def validate(body: dict[str, Any]) -> None:
    functions = body["builtins"]["functions"]
    for name, index in body["builtins"]["name_index"]:
        if index >= len(functions) or functions[index]["name"] != name:
            raise FormatError(ErrorClass.INVALID_VALUE, f"name_index {name!r} does not point at that builtin")
    presets = body["gc_presets"]
    if not any(name == presets["default_preset"] for name, _ in presets["presets"]):
        raise FormatError(ErrorClass.INVALID_VALUE, "default_preset names no preset")


def parse(data: bytes) -> tuple[schema.Layout, dict[str, Any]]:
    parsed = RunmatSnapshot(KaitaiStream(BytesIO(data)))
    magic = "rustmat" if parsed.is_rustmat else "runmat"
    if parsed.era in (1, 2):
        body_schema, node = schema.RAW, None
    elif parsed.era == 3:
        body_schema, node = "v0.4.4", parsed.body_c
    elif parsed.release == "0.5.6":
        body_schema, node = "v0.5.6", parsed.body_e
    else:
        raise Unsupported(f"runmat {parsed.release}: the .ksy declares no body tree for it")
    layout = schema.build_layout(body_schema, magic)
    header = value_of(layout.space, layout.header, parsed.header)
    body = parsed.body_bytes if node is None else value_of(layout.space, layout.body, node)
    if node is not None:
        validate(body)
    checksum = parsed.checksum if parsed.has_checksum else None
    return layout, {"header": header, "body": body, "checksum": checksum}


def decode(data: bytes) -> Any:
    try:
        layout, document = parse(data)
    except kaitaistruct.ValidationFailedError as error:
        raise FormatError(validation_class(error.src_path), str(error)) from None
    except EOFError as error:
        raise FormatError(ErrorClass.TRUNCATED, str(error)) from None
    except UnicodeDecodeError as error:
        raise FormatError(ErrorClass.INVALID_UTF8, str(error)) from None
    except OverflowError as error:  # a payload offset past anything a file can hold
        raise FormatError(ErrorClass.TRUNCATED, str(error)) from None
    except RecursionError:
        raise FormatError(ErrorClass.LIMIT_EXCEEDED, "nesting deeper than this parser goes") from None
    return model.to_model(layout.space, layout.file_type, document)

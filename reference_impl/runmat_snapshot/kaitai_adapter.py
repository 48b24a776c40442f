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

from binfmt_conformance.formats import ksy, model
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.runmat_snapshot import limits, schema
from binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_snapshot import RunmatSnapshot
from binfmt_conformance.reference_impl.kaitai_values import ParseTree

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


def check_time(name: str, value: Any) -> None:
    """serde's range of a Duration or SystemTime (the parse tree's other named types have no check)."""
    if name not in ("Duration", "SystemTime"):
        return
    secs, nanos = value.values()
    carried = secs + nanos // NANOS
    if carried > U64_MAX or (name == "SystemTime" and carried > I64_MAX):
        raise FormatError(ErrorClass.INVALID_VALUE, f"{name} out of range")


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
    tree = ParseTree(layout.space, ksy.BINCODE1, limits.MAX_DEPTH, check_time)
    header = tree.value(layout.header, parsed.header)
    body = parsed.body_bytes if node is None else tree.value(layout.body, node)
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

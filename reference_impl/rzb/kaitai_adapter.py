"""Decoding Rayzor bundles with the Kaitai-generated parser (formats/rzb/kaitai, from rzb.ksy), for the Kaitai
testee: profile `auto` (detection) and the named generations `s0` … `s6`.

Kaitai parses the postcard payload under one generation (the spec's parameter) and checks everything a
postcard reader checks on the way: bools, option tags, variant indices, varint widths, counts against the
bytes left and `max_items`, UTF-8, then magic and version. This module adds what a .ksy cannot say: the zstd
frame around the payload (decompressed outside Kaitai, bounded by MAX_PAYLOAD), the nesting bound (counted
while the parse tree is turned into values, MAX_DEPTH named types as the spec counts them), and generation
detection (rzb.generation.detect: parse under every generation, keep those that use every byte). The parse
tree becomes the document model by walking the generation's type tree beside it (the rules of
formats.ksy.KsyTypes, reference_impl.kaitai_values); no field is listed here.
"""

from __future__ import annotations

import sys
from functools import cache
from io import BytesIO
from typing import Any

import kaitaistruct
from kaitaistruct import KaitaiStream

from binfmt_conformance.formats import ksy, model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import limits, schema, tables
from binfmt_conformance.formats.rzb.kaitai.rzb import Rzb
from binfmt_conformance.reference_impl.kaitai_values import ParseTree
from binfmt_conformance.reference_impl.rzb.reader import (
    unwrap,  # the zstd frame around the payload, as the reference reads it
)

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
    out: dict[str, ErrorClass] = {}
    for name, spec in tables.ksy_tree().items():
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
        return ParseTree(layout.space, ksy.POSTCARD, limits.MAX_DEPTH).value(layout.bundle, parsed.bundle), io.pos()
    except FormatError as error:
        raise located(error, io.pos()) from None


def located(error: FormatError, offset: int) -> FormatError:
    error.offset = offset
    return error


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

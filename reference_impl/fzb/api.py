"""The reference API, named as fusabi-vm's (`lib.rs`): FZB_MAGIC, FZB_VERSION, serialize_chunk,
deserialize_chunk. A chunk is the Python value of `formats.fzb.schema.CHUNK` (a dict in field order, with
`formats.types.Variant` instructions and values); `instruction`, `value` and `chunk` build them by name.
"""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.formats.fzb.schema import FZB_MAGIC, FZB_VERSION
from binfmt_conformance.reference_impl.fzb import reader, writer

__all__ = [
    "FZB_MAGIC",
    "FZB_VERSION",
    "chunk",
    "deserialize_chunk",
    "instruction",
    "serialize_chunk",
    "value",
]


def serialize_chunk(chunk_value: dict[str, Any], profile: str = profiles.DEFAULT_PROFILE) -> bytes:
    """magic ‖ version ‖ bincode(chunk); a chunk off the schema raises FormatError(invalid_model)."""
    return writer.write_file({"version": FZB_VERSION, "chunk": chunk_value}, profile)


def deserialize_chunk(data: bytes, profile: str = profiles.DEFAULT_PROFILE) -> dict[str, Any]:
    """The chunk of a file; bad bytes raise FormatError with the class and clause they break."""
    return reader.read_chunk(data, profile)


def _variant(enum_ref: t.Ref, space: t.TypeSpace, name: str, operands: tuple[Any, ...]) -> t.Variant:
    enum = space.resolve(enum_ref)
    assert isinstance(enum, t.Enum)
    variant = enum.by_name(name)
    if variant is None:
        raise FormatError(ErrorClass.INVALID_MODEL, f"{enum.name} has no variant {name!r}")
    if len(operands) != len(variant.payload):
        raise FormatError(
            ErrorClass.INVALID_MODEL, f"{name} takes {len(variant.payload)} operands, got {len(operands)}"
        )
    if variant.kind == "unit":
        return t.Variant(name)
    if variant.kind == "newtype":
        return t.Variant(name, operands[0])
    if variant.kind == "tuple":
        return t.Variant(name, list(operands))
    names = [f.name for f in variant.payload if isinstance(f, t.Field)]
    return t.Variant(name, dict(zip(names, operands, strict=True)))


def instruction(name: str, *operands: Any, generation: str = "current") -> t.Variant:
    """`instruction("CallMethod", 3, 1)` → Variant("CallMethod", [3, 1])."""
    layout = schema.LAYOUTS[generation]
    return _variant(layout.instruction, layout.space, name, operands)


def value(name: str, *payload: Any, generation: str = "current") -> t.Variant:
    """`value("Int", 5)`, `value("Cons", head, tail)` (struct variants take their fields in order)."""
    layout = schema.LAYOUTS[generation]
    return _variant(layout.value, layout.space, name, payload)


def chunk(
    instructions: list[t.Variant],
    constants: list[t.Variant] | None = None,
    name: str | None = None,
    *,
    spans: list[dict[str, int]] | None = None,
    source: str | None = None,
    source_file: str | None = None,
    generation: str = "current",
) -> dict[str, Any]:
    """A chunk value; by default with one all-zero span per instruction, as upstream's compiler writes."""
    out: dict[str, Any] = {
        "instructions": list(instructions),
        "constants": list(constants or []),
        "name": name,
    }
    if generation == "current":
        zero = {"line": 0, "column": 0, "offset": 0, "length": 0}
        out["spans"] = [dict(zero) for _ in instructions] if spans is None else spans
        out["source"] = source
        out["source_file"] = source_file
    return out

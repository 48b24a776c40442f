"""Reading `.fzb` files, check by check in the order fusabi-vm's `deserialize_chunk` makes them.

Each check names the spec clause it enforces (spec/formats/fzb.md). The chunk itself is read by the bincode-1
codec derived from `formats.fzb.schema`; the profile picks the wire generation and what trailing bytes mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from formats.errors import ErrorClass, FormatError
from formats.fzb import schema
from formats.wire import bincode1
from formats.wire.codec import parse_prefix
from reference_impl.registry import require, require_header

PROFILES = tuple(schema.PROFILES)
CHUNK_CODECS = {
    generation: bincode1.codec(lay.space, lay.chunk, max_depth=schema.MAX_DEPTH, max_items=schema.MAX_ITEMS)
    for generation, lay in schema.LAYOUTS.items()
}


@dataclass
class FzbFile:
    version: int
    chunk: dict[str, Any]
    end: int  # offset just past the chunk; anything after it is trailing data
    profile: schema.Profile

    @property
    def document(self) -> dict[str, Any]:
        """The value of the profile's `FILE_TYPE` (what the document model is made from)."""
        return {"version": self.version, "chunk": self.chunk}


def read_header(data: bytes) -> int:
    """The version byte, after upstream's three checks in upstream's order."""
    require_header(data, schema.HEADER_SIZE, schema.FZB_MAGIC, "fzb")
    require(
        data[4] == schema.FZB_VERSION,
        ErrorClass.UNSUPPORTED_VERSION,
        f"unsupported version {data[4]} (only {schema.FZB_VERSION} exists)",
        "fzb.header.version",
    )
    return data[4]


def read_file(data: bytes, profile: str = schema.DEFAULT_PROFILE) -> FzbFile:
    rules = schema.PROFILES[profile]
    version = read_header(data)
    require(
        len(data) <= schema.MAX_FILE_BYTES,
        ErrorClass.LIMIT_EXCEEDED,
        f"file of {len(data)} bytes, limit {schema.MAX_FILE_BYTES}",
        "fzb.limits.size",
    )
    try:
        chunk, used = parse_prefix(CHUNK_CODECS[rules.generation], data[schema.HEADER_SIZE :])
    except FormatError as error:
        raise explained(error, data, rules) from None
    end = schema.HEADER_SIZE + used
    if rules.trailing_bytes == "reject":
        require(
            end == len(data),
            ErrorClass.TRAILING_DATA,
            f"{len(data) - end} bytes follow the chunk, which ends at {end}",
            "fzb.trailing.strict",
        )
    return FzbFile(version, chunk, end, rules)


def read_chunk(data: bytes, profile: str = schema.DEFAULT_PROFILE) -> dict[str, Any]:
    return read_file(data, profile).chunk


def wire_clause(error: FormatError) -> str | None:
    """The clause a codec failure breaks; the codec reports the class, the message tells the sub-case."""
    message = error.message
    if error.error_class is ErrorClass.TRUNCATED:
        return "fzb.wire.length" if "declares" in message else "fzb.wire.eof"
    if error.error_class is ErrorClass.INVALID_VALUE:
        return "fzb.wire.option" if "Option tag" in message else "fzb.wire.bool"
    if error.error_class is ErrorClass.LIMIT_EXCEEDED:
        return "fzb.limits.depth" if "deeper" in message or "nesting" in message else "fzb.limits.items"
    return {ErrorClass.UNKNOWN_VARIANT: "fzb.wire.variant", ErrorClass.INVALID_UTF8: "fzb.wire.utf8"}.get(
        error.error_class, error.clause
    )


def explained(error: FormatError, data: bytes, rules: schema.Profile) -> FormatError:
    """The codec's error with its clause, and a hint when the bytes are a whole chunk of the other generation
    (no header field tells the generations apart: fzb.profile.generation)."""
    message = error.message
    for generation, codec in CHUNK_CODECS.items():
        if generation == rules.generation:
            continue
        try:
            _, used = parse_prefix(codec, data[schema.HEADER_SIZE :])
        except FormatError:
            continue
        if schema.HEADER_SIZE + used == len(data):
            other = next(p.name for p in schema.PROFILES.values() if p.generation == generation)
            message += f" (the file reads completely under the {generation} layout: profile {other!r})"
    return FormatError(error.error_class, message, wire_clause(error))

"""Writing `.fzb` files as fusabi-vm's `serialize_chunk` does: magic, version byte, bincode-1 chunk."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.formats.wire.codec import run_build


def encode_chunk(chunk: dict[str, Any], generation: str = "current") -> bytes:
    """The bincode-1 bytes of a chunk value (no header): what upstream's `bincode::serialize` returns."""
    return run_build(schema.CHUNK_CODECS[generation], chunk)


def write_file(document: dict[str, Any], profile: str = profiles.DEFAULT_PROFILE) -> bytes:
    """A `FILE_TYPE` value → file bytes; nothing follows the chunk (fzb.write.layout)."""
    if not isinstance(document, dict) or document.get("version") != schema.FZB_VERSION:
        message = f"version must be {schema.FZB_VERSION}"
        raise FormatError(ErrorClass.INVALID_MODEL, message, "fzb.write.version")
    generation = profiles.PROFILES[profile].generation
    return run_build(schema.FILES[generation], {"header": {"version": schema.FZB_VERSION}, "chunk": document["chunk"]})

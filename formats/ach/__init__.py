"""Achronyme `.ach`: schema, profiles, limits, checks, the Kaitai description (`ach.ksy`, compiled into
`kaitai/`) and the spec and `.ksy` blocks rendered from them (`tables.py`)."""

from __future__ import annotations

from binfmt_conformance.formats.ach.tables import KSY_BLOCKS, SPEC_TABLES

NAME = "ach"
EXTENSION = ".ach"
TITLE = "Achronyme environment files"
__all__ = ["EXTENSION", "FUZZ_TOKENS", "KSY_BLOCKS", "NAME", "SPEC_TABLES", "TITLE"]


def FUZZ_TOKENS() -> list[bytes]:
    """Magic, flag values, the zstd magic and every name the MessagePack body spells (variants, as str)."""
    from binfmt_conformance.formats.ach import schema, tables
    from binfmt_conformance.formats.types import STR
    from binfmt_conformance.formats.wire import msgpack_rmp, zstd_frames
    from binfmt_conformance.formats.wire.codec import run_build

    strings = msgpack_rmp.codec(schema.space, STR, lenient=False)
    names = [v.name for v in tables.value_enum().variants]
    return [schema.MAGIC, b"\x01\x00\x00\x00", zstd_frames.FRAME_MAGIC.to_bytes(4, "little"), b"\x92\x98"] + [
        run_build(strings, name) for name in names
    ]

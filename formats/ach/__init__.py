"""Achronyme `.ach`: schema (schema.py), Kaitai description (ach.ksy) and the spec blocks derived from them."""

from __future__ import annotations

from collections.abc import Callable

from formats import doc


def _header() -> str:
    from formats.ach import schema

    return doc.byte_table(schema.HEADER)


def _file() -> str:
    from formats.ach import schema

    return doc.byte_table(schema.FILE)


def _types() -> str:
    from formats.ach import schema

    return doc.type_tree(schema.space, schema.BODY)


SPEC_TABLES: dict[str, Callable[[], str]] = {"ach.file": _file, "ach.header": _header, "ach.types": _types}


def FUZZ_TOKENS() -> list[bytes]:
    """Magic, flag values, the zstd magic and every name the MessagePack body spells (variants, as str)."""
    from formats.ach import schema
    from formats.types import STR, Enum
    from formats.wire import msgpack_rmp, zstd_frames
    from formats.wire.codec import run_build

    strings = msgpack_rmp.codec(schema.space, STR, lenient=False)
    enum = schema.space.resolve(schema.SerializedValue)
    assert isinstance(enum, Enum)
    names = [v.name for v in enum.variants]
    return [schema.MAGIC, b"\x01\x00\x00\x00", zstd_frames.FRAME_MAGIC.to_bytes(4, "little"), b"\x92\x98"] + [
        run_build(strings, name) for name in names
    ]

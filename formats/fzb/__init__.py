"""Fusabi bytecode `.fzb`: schema (`schema.py`), Kaitai description (`fzb.ksy`) and the spec's tables."""

from __future__ import annotations

from collections.abc import Callable

from formats.fzb.tables import SPEC_TABLES as _TABLES

SPEC_TABLES: dict[str, Callable[[], str]] = dict(_TABLES)


def FUZZ_TOKENS() -> list[bytes]:  # the name fuzz/dictionaries.py looks for
    """Byte strings a mutator should splice in: the header, variant indices at the ends of both enums and
    both layouts, option tags, and counts around the limits."""
    from formats import types as t
    from formats.fzb import schema

    out = [schema.FZB_MAGIC, schema.FZB_MAGIC + bytes([schema.FZB_VERSION])]
    for layout in schema.LAYOUTS.values():
        for ref in (layout.instruction, layout.value):
            enum = layout.space.resolve(ref)
            assert isinstance(enum, t.Enum)
            out.extend(n.to_bytes(4, "little") for n in (len(enum.variants) - 1, len(enum.variants)))
    out.extend(n.to_bytes(8, "little") for n in (0, 1, 2, 255, schema.MAX_ITEMS, (1 << 64) - 1))
    out.extend([b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", b"\x01", b"\x02", b"\xff\xff\xff\xff"])
    return out

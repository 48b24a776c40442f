"""Fusabi bytecode `.fzb`: schema, profiles, limits, checks, the Kaitai description (`fzb.ksy`, compiled into
`kaitai/`) and the spec and `.ksy` blocks rendered from them (`tables.py`)."""

from __future__ import annotations

from binfmt_conformance.formats.fzb.tables import KSY_BLOCKS, SPEC_TABLES

NAME = "fzb"
EXTENSION = ".fzb"
TITLE = "Fusabi bytecode"
__all__ = ["EXTENSION", "FUZZ_TOKENS", "KSY_BLOCKS", "NAME", "SPEC_TABLES", "TITLE"]


def FUZZ_TOKENS() -> list[bytes]:  # the name formats.dictionaries looks for
    """Byte strings a mutator should splice in: the header, variant indices at the ends of both enums and
    both layouts, option tags, and counts around the limits."""
    from binfmt_conformance.formats import types as t
    from binfmt_conformance.formats.fzb import limits, schema

    out = [schema.FZB_MAGIC, schema.FZB_MAGIC + bytes([schema.FZB_VERSION])]
    for layout in schema.LAYOUTS.values():
        for ref in (layout.instruction, layout.value):
            enum = layout.space.resolve(ref)
            assert isinstance(enum, t.Enum)
            out.extend(n.to_bytes(4, "little") for n in (len(enum.variants) - 1, len(enum.variants)))
    out.extend(n.to_bytes(8, "little") for n in (0, 1, 2, 255, limits.MAX_ITEMS, (1 << 64) - 1))
    out.extend([b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", b"\x01", b"\x02", b"\xff\xff\xff\xff"])
    return out

"""Rayzor bundles `.rzb` (with `.blade` and `.bsym`): schema (`schema.py`), profiles and the spec's tables."""

from __future__ import annotations

from collections.abc import Callable

from binfmt_conformance.formats.rzb.tables import KSY_BLOCKS as _KSY
from binfmt_conformance.formats.rzb.tables import SPEC_TABLES as _TABLES

NAME = "rzb"
EXTENSION = ".rzb"
TITLE = "Rayzor bundles: postcard-encoded MIR, optionally one zstd frame"
SPEC_TABLES: dict[str, Callable[[], str]] = dict(_TABLES)
KSY_BLOCKS: dict[str, Callable[[], str]] = dict(_KSY)


def FUZZ_TOKENS() -> list[bytes]:  # the name fuzz/dictionaries.py looks for
    """The magics, the zstd frame magic, option and bool bytes, variant indices at the ends of every enum of
    every generation, and varints at the width boundaries."""
    from binfmt_conformance.formats import types as t
    from binfmt_conformance.formats.rzb import schema

    out = [schema.BUNDLE_MAGIC + b"\x01", schema.BLADE_MAGIC, schema.SYMBOL_MAGIC, schema.ZSTD_MAGIC]
    out += [b"\x00", b"\x01", b"\x02", b"\x80\x00", b"\xff\xff\xff\xff\x0f", b"\xff\xff\xff\xff\x1f"]
    for layout in schema.LAYOUTS.values():
        for typ in layout.space.types.values():
            if isinstance(typ, t.Enum) and len(typ.variants) < 128:
                out += [bytes([len(typ.variants) - 1]), bytes([len(typ.variants)])]
    return sorted(set(out))

"""RunMat stdlib snapshots: schema (`schema.py`, type trees in `trees.py`), profiles, limits, checks, spec tables."""

from __future__ import annotations

from collections.abc import Callable

NAME = "runmat-snapshot"
EXTENSION = ".snapshot"
TITLE = "RunMat standard-library snapshots (u32 header length, bincode header, raw / LZ4 / zstd body, SHA-256)"


def _tables() -> dict[str, Callable[[], str]]:
    from binfmt_conformance.formats.runmat_snapshot.tables import SPEC_TABLES as tables

    return tables


SPEC_TABLES: dict[str, Callable[[], str]] = _tables()


def _ksy_blocks() -> dict[str, Callable[[], str]]:
    from binfmt_conformance.formats.runmat_snapshot.tables import KSY_BLOCKS as blocks

    return blocks


KSY_BLOCKS: dict[str, Callable[[], str]] = _ksy_blocks()


def FUZZ_TOKENS() -> list[bytes]:  # the name fuzz/dictionaries.py looks for
    """Both magics, the versions, variant indices at the ends of the big enums, option tags and counts, the
    decimal parameter keys and the zstd magic."""
    from binfmt_conformance.formats import types as t
    from binfmt_conformance.formats.runmat_snapshot import schema

    out = [schema.MAGIC, schema.MAGIC_RUSTMAT, b"original_size", b"compressed_size", b"\x28\xb5\x2f\xfd"]
    out += [n.to_bytes(4, "little") for n in (0, 1, 2, 3)]
    for body_schema in ("v0.4.4", "v0.5.6"):
        space = schema.build_layout(body_schema).space
        for name in ("Instr", "HirExprKind", "Type"):
            enum = space.resolve(t.Ref(name))
            assert isinstance(enum, t.Enum)
            out += [n.to_bytes(4, "little") for n in (len(enum.variants) - 1, len(enum.variants))]
    out += [n.to_bytes(8, "little") for n in (0, 1, 32, 255, 1 << 24, (1 << 64) - 1)]
    out += [b"\x00", b"\x01", b"\x02", b"0.4.5", b"0.5.6"]
    return out

"""plcbundle: schema (`schema.py`), profiles (`profiles.py`), limits (`limits.py`), where each check lives
(`checks.py`), the Kaitai description (`plcbundle.ksy`, compiled into `kaitai/`; it mirrors no type tree, so it
has no generated block) and the spec blocks rendered from them (`tables.py`)."""

from __future__ import annotations

from collections.abc import Callable

from binfmt_conformance.formats.plcbundle.tables import SPEC_TABLES

NAME = "plcbundle"
EXTENSION = ".jsonl.zst"
TITLE = "did:plc operation bundles"
KSY_BLOCKS: dict[str, Callable[[], str]] = {}
__all__ = ["EXTENSION", "FUZZ_TOKENS", "KSY_BLOCKS", "NAME", "SPEC_TABLES", "TITLE"]


def FUZZ_TOKENS() -> list[bytes]:  # the name formats.dictionaries looks for
    """Byte strings a mutator should splice in: both magics, metadata member names, limits."""
    from binfmt_conformance.formats.plcbundle import limits, schema

    out = [
        schema.METADATA_MAGIC_BYTES,
        schema.ZSTD_MAGIC_BYTES,
        b'"frame_offsets":[0,',
        b'"frame_count":',
        b'"frame_size":100',
        b'"operation_count":',
        b'"content_hash":"',
        b'"nullified":true',
        b"\n",
        b"\n\n",
    ]
    out.extend(n.to_bytes(4, "little") for n in (0, 1, 0xFFFFFFFF, limits.MAX_METADATA_BYTES + 1))
    return out

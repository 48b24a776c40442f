"""plcbundle: schema (`schema.py`), profiles (`profiles.py`), where each check lives (`checks.py`), the Kaitai
description (`plcbundle.ksy`, compiled into `kaitai/`) and the spec blocks rendered from them."""

from __future__ import annotations

from collections.abc import Callable

from formats.plcbundle.tables import SPEC_TABLES as _TABLES

SPEC_TABLES: dict[str, Callable[[], str]] = dict(_TABLES)


def FUZZ_TOKENS() -> list[bytes]:  # the name fuzz/dictionaries.py looks for
    """Byte strings a mutator should splice in: both magics, metadata member names, limits."""
    from formats.plcbundle import schema

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
    out.extend(n.to_bytes(4, "little") for n in (0, 1, 0xFFFFFFFF, schema.MAX_METADATA_BYTES + 1))
    return out

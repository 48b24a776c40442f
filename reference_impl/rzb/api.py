"""The upstream API under upstream's names (`compiler/src/ir/blade.rs`): `load_bundle`,
`load_bundle_from_bytes`, `save_bundle`, `BUNDLE_MAGIC`, `BUNDLE_VERSION`, and `RayzorBundle::new` as
`new_bundle`. Upstream's `BladeError` kinds map onto the error classes as `BLADE_ERRORS` says."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass
from binfmt_conformance.formats.rzb.schema import BUNDLE_MAGIC, BUNDLE_VERSION
from binfmt_conformance.reference_impl.files import atomic_write
from binfmt_conformance.reference_impl.rzb import reader, writer

__all__ = ["BLADE_ERRORS", "BUNDLE_MAGIC", "BUNDLE_VERSION", "load_bundle", "load_bundle_from_bytes", "save_bundle"]

# BladeError kind → the classes a reader reports for it (spec/formats/rzb.md). `Io` is not a format error:
# it surfaces as OSError. `Serialization(postcard::Error)` splits by postcard's error.
BLADE_ERRORS: dict[str, tuple[ErrorClass, ...]] = {
    "Io": (),
    "Compression": (ErrorClass.DECOMPRESSION_FAILED, ErrorClass.LIMIT_EXCEEDED),
    "Serialization": (
        ErrorClass.TRUNCATED,  # DeserializeUnexpectedEnd
        ErrorClass.INVALID_VALUE,  # DeserializeBadVarint, DeserializeBadBool, DeserializeBadOption
        ErrorClass.UNKNOWN_VARIANT,  # SerdeDeCustom (variant index out of range)
        ErrorClass.INVALID_UTF8,  # DeserializeBadUtf8
        ErrorClass.TRAILING_DATA,  # never upstream: the kit's `auto` and `strict` only
        ErrorClass.LIMIT_EXCEEDED,  # never upstream: the kit's limits
    ),
    "InvalidMagic": (ErrorClass.BAD_MAGIC,),
    "UnsupportedVersion": (ErrorClass.UNSUPPORTED_VERSION,),
}


def load_bundle_from_bytes(data: bytes, profile: str = "auto") -> reader.Decoded:
    return reader.read_bundle(data, profile)


def load_bundle(path: str | os.PathLike[str], profile: str = "auto") -> reader.Decoded:
    return load_bundle_from_bytes(Path(path).read_bytes(), profile)


def save_bundle(bundle: dict[str, Any], path: str | os.PathLike[str], generation: str = "S6") -> None:
    """postcard, then `zstd::encode_all(P, 3)` exactly when `flags.compressed` (rzb.write.zstd); atomic."""
    container = "Zstd" if bundle["flags"]["compressed"] else "Raw"
    atomic_write(path, writer.write_bytes(bundle, generation, container))


def new_bundle(
    modules: list[dict[str, Any]],
    entry_module: str,
    entry_function: str,
    entry_function_id: int | None,
    *,
    compressed: bool = True,
    compiler_version: str = "0.1.0",
    target_platform: str = "x86_64",
    build_timestamp: int | None = None,
) -> dict[str, Any]:
    """`RayzorBundle::new` plus the bundler's build info: the module table is placeholders
    `{name, offset: index, size: 0}` (rzb.write.module-table), `symbols` is None."""
    index = next((i for i, m in enumerate(modules) if m["name"] == entry_module), None)
    return {
        "magic": BUNDLE_MAGIC,
        "version": BUNDLE_VERSION,
        "flags": {"compressed": compressed, "debug_info": False, "source_maps": False},
        "entry_module": entry_module,
        "entry_function": entry_function,
        "entry_module_index": index,
        "entry_function_id": entry_function_id,
        "module_table": [{"name": m["name"], "offset": i, "size": 0} for i, m in enumerate(modules)],
        "modules": modules,
        "symbols": None,
        "build_info": {
            "compiler_version": compiler_version,
            "build_timestamp": int(time.time()) if build_timestamp is None else build_timestamp,
            "target_platform": target_platform,
            "source_files": [m["source_file"] for m in modules],
        },
    }

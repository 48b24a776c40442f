"""The reference API, shaped like achronyme-env's: save_environment, restore_environment, get_metadata.

An environment is a mapping from binding name to `SerializedValue` (a `formats.types.Variant`). Writes are
atomic (temporary file in the target's folder, then rename) and never replace a file unless allowed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.ach.checks import CHECKS
from binfmt_conformance.formats.types import Variant
from binfmt_conformance.reference_impl.ach import reader, writer
from binfmt_conformance.reference_impl.files import atomic_write

log = logging.getLogger(__name__)
CRATE_VERSION = "0.6.4"  # the achronyme-env version whose output this writer reproduces


@dataclass
class SaveOptions:
    compress: bool = True
    compression_level: int = 3
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    include_only: list[str] | None = None
    exclude: list[str] = field(default_factory=list)
    allow_overwrite: bool = False


@dataclass
class RestoreOptions:
    include_only: list[str] | None = None
    exclude: list[str] = field(default_factory=list)
    verify_checksum: bool = True
    strict_version: bool = False


def selected(name: str, include_only: list[str] | None, exclude: list[str]) -> bool:
    """Upstream's filter: `include_only` is exact equality; an `exclude` pattern ending in `*` is a prefix
    match on the pattern minus that one `*`, any other pattern an exact match."""
    if include_only is not None and name not in include_only:
        return False
    return not any(name.startswith(p[:-1]) if p.endswith("*") else name == p for p in exclude)


def platform_name() -> str:
    system = {"Darwin": "macos"}.get(platform.system(), platform.system().lower())
    machine = {"AMD64": "x86_64", "arm64": "aarch64"}.get(platform.machine(), platform.machine())
    return f"{system} {machine}"


def save_environment(
    env: Mapping[str, Variant],
    path: str | os.PathLike[str],
    options: SaveOptions | None = None,
    *,
    clock: Callable[[], float] = time.time,
) -> None:
    options = options or SaveOptions()
    target = Path(path)
    if target.exists() and not options.allow_overwrite:
        raise FileExistsError(f"File already exists: {target}. Use allow_overwrite option.")
    bindings = []
    for name, value in env.items():
        if not selected(name, options.include_only, options.exclude):
            continue
        if value.name == "Unsupported":  # upstream skips an unsaveable top-level binding with a warning
            log.warning("Variable %r is not serializable", name)
            continue
        bindings.append((name, value))
    now = clock()
    body = {
        "metadata": {
            "created_by": f"Achronyme v{CRATE_VERSION}",
            "created_at": dt.datetime.fromtimestamp(now, dt.UTC).isoformat(timespec="microseconds"),
            "platform": platform_name(),
            "num_bindings": len(bindings),
            "description": options.description,
            "tags": list(options.tags),
            "custom": [],
            "binding_names": sorted((n for n, _ in bindings), key=str.encode),
        },
        "bindings": bindings,
    }
    header = new_header(int(now), options.compress)
    atomic_write(target, writer.write_file(header, body, options.compression_level), options.allow_overwrite)


def new_header(timestamp: int, compress: bool) -> dict[str, Any]:
    return {
        "version_major": schema.FORMAT_VERSION_MAJOR,
        "version_minor": schema.FORMAT_VERSION_MINOR,
        "flags": schema.FLAG_COMPRESSED if compress else 0,
        "created_timestamp": timestamp,
        "achronyme_version": writer.version_field(CRATE_VERSION),
        "compression": schema.COMPRESSION_ZSTD if compress else schema.COMPRESSION_NONE,
        "reserved": bytes(27),
    }


def restore_environment(path: str | os.PathLike[str], options: RestoreOptions | None = None) -> dict[str, Variant]:
    """The bindings that pass the filters; a binding upstream cannot restore (BuiltinFunction, Unsupported,
    a tensor whose shape does not match its data, anywhere inside) is skipped with a warning, as upstream does."""
    options = options or RestoreOptions()
    data = Path(path).read_bytes()
    if options.strict_version:
        parsed = read_strict_version(data, options.verify_checksum)
    else:
        parsed = reader.read_file(data, "upstream", verify_checksum=options.verify_checksum)
    restored = {}
    for name, value in parsed.body["bindings"]:
        if not selected(name, options.include_only, options.exclude):
            continue
        problem = unrestorable(value)
        if problem:
            log.warning("Skipping %r: %s", name, problem)
            continue
        restored[name] = value
    return restored


def read_strict_version(data: bytes, verify_checksum: bool) -> reader.AchFile:
    """`strict_version` only adds the exact-major check to upstream's reading."""
    header = reader.read_header(data, "upstream")
    CHECKS.require(
        "header.version-strict",
        header.version_major == schema.FORMAT_VERSION_MAJOR,
        f"major version {header.version_major}",
    )
    return reader.read_file(data, "upstream", verify_checksum=verify_checksum)


# Variants that hold no other value and restore whatever they hold.
RESTORABLE_LEAVES = frozenset({"Number", "Boolean", "String", "Complex", "Null"})


def unrestorable(value: Variant) -> str | None:
    name = value.name
    if name in RESTORABLE_LEAVES:
        return None
    if name in ("BuiltinFunction", "Unsupported"):
        return f"{name} values cannot be restored"
    if name in ("Tensor", "ComplexTensor"):
        shape, data = value.value
        size = 1
        for extent in shape:
            size *= extent
        if size != len(data):
            return f"tensor shape {shape} does not match {len(data)} elements"
        return None
    children: list[Variant] = []
    if name == "Vector":
        children = value.value
    elif name == "Record":
        children = [v for _, v in value.value]
    elif name == "Edge":
        children = [v for _, v in value.value[3]]
    for child in children:
        if child.name not in RESTORABLE_LEAVES:
            problem = unrestorable(child)
            if problem:
                return problem
    return None


def get_metadata(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Upstream's `get_metadata`: magic, compression byte and the 32-byte tail only — no version or checksum check."""
    data = Path(path).read_bytes()
    return reader.read_file(data, "upstream", verify_checksum=False, check_version=False).body["metadata"]

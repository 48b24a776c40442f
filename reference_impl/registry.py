"""The reference implementation's formats, behind one interface that the testee, runner and fuzzers share.

Formats are found by looking: every package `reference_impl/<pkg>/` whose `__init__.py` assigns `FORMAT` (an
instance of a `ReferenceFormat` subclass) is the format `<pkg>` with `_` read as `-`. Packages whose name
starts with `_` (the `_template`) are not formats. Operations beyond decode/encode (fzb's `execute`,
plcbundle's `verify`, ...) go through `operate`. Each format's `cli.py` offers `HELP` and `main(argv)`.
"""

from __future__ import annotations

import importlib
import re
from abc import ABC, abstractmethod
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass, FormatError

PACKAGE_ROOT = Path(__file__).resolve().parent
DECLARES_FORMAT = re.compile(r"^FORMAT\b\s*(:[^=]*)?=", re.M)


def package_name(format_name: str) -> str:
    """The Python package of a format: its name with `-` as `_` (`runmat-snapshot` → `runmat_snapshot`)."""
    return format_name.replace("-", "_")


@cache
def format_packages() -> dict[str, str]:
    """Format name → package name, for every package here that declares `FORMAT` (found without importing)."""
    found = {}
    for init in sorted(PACKAGE_ROOT.glob("*/__init__.py")):
        package = init.parent.name
        if package.startswith("_") or not DECLARES_FORMAT.search(init.read_text(encoding="utf-8")):
            continue
        found[package.replace("_", "-")] = package
    return found


def format_module(name: str, module: str = "") -> ModuleType:
    """`reference_impl.<pkg>` of a discovered format, or one of its modules (`cli`, `reader`, ...)."""
    if name not in format_packages():
        raise Unsupported(f"unknown format {name!r}")
    return importlib.import_module(
        f"binfmt_conformance.reference_impl.{format_packages()[name]}" + (f".{module}" if module else "")
    )


class Unsupported(Exception):
    """The implementation does not offer what was asked (protocol answer `unsupported`, reported as skipped)."""


class ReferenceFormat(ABC):
    name: str
    extension: str  # of a single-file case in the corpus, with the dot
    profiles: tuple[str, ...]
    default_profile: str
    # decode and encode always; others are listed here and served by `operate`
    operations: tuple[str, ...] = ("decode", "encode")

    def check_profile(self, profile: str | None) -> str:
        profile = profile or self.default_profile
        if profile not in self.profiles:
            raise Unsupported(f"{self.name} has no profile {profile!r} (profiles: {', '.join(self.profiles)})")
        return profile

    @abstractmethod
    def decode(self, data: bytes, profile: str) -> Any:
        """Bytes → JSON document model; bad input raises FormatError."""

    @abstractmethod
    def encode(self, model: Any, profile: str) -> bytes:
        """JSON document model → bytes; a model off the schema raises FormatError(invalid_model)."""

    @abstractmethod
    def canonical_view(self, data: bytes) -> bytes:
        """What two encodings must share to count as the same file (spec/conventions.md, "Canonical"):
        for compressed containers, header + decompressed payload + integrity verdict, never compressed bytes."""

    def field_at(self, view: bytes, offset: int) -> str | None:
        """The schema field holding byte `offset` of a canonical view (`canonical_view`), derived from the type
        trees (formats.wire.trace, formats.layout.field_at): a byte difference names it. None when unknown."""
        return None

    @abstractmethod
    def model_schema(self) -> dict[str, Any]:
        """JSON Schema of the decode model."""

    def model_strategy(self) -> Any:
        """A hypothesis strategy of valid models (for round-trip properties); None when not offered."""
        return None

    def operate(self, operation: str, profile: str, data: bytes | None, options: dict[str, Any]) -> Any:
        """Operations other than decode/encode; `data` is the input bytes, or None when `options["path"]`
        names a directory."""
        raise Unsupported(f"{self.name} does not offer {operation!r}")


_loaded: dict[str, ReferenceFormat] = {}


def available_formats() -> list[str]:
    """Every format of the reference implementation, by name, in name order."""
    return list(format_packages())


def get_format(name: str) -> ReferenceFormat:
    if name not in _loaded:
        found = format_module(name).FORMAT
        if not isinstance(found, ReferenceFormat) or found.name != name:
            raise TypeError(f"reference_impl/{package_name(name)}: FORMAT is not the ReferenceFormat of {name!r}")
        _loaded[name] = found
    return _loaded[name]


def require(condition: bool, error_class: ErrorClass, message: str, clause: str | None = None) -> None:
    """Raise the declared error when a spec clause does not hold."""
    if not condition:
        raise FormatError(error_class, message, clause)


def require_header(data: bytes, header_size: int, magic: bytes, format_name: str) -> None:
    """The two checks every format's reader makes first, in this order: room for the header, then the magic
    (clauses `<format>.header.size` → truncated and `<format>.header.magic` → bad_magic)."""
    require(
        len(data) >= header_size,
        ErrorClass.TRUNCATED,
        f"file of {len(data)} bytes is shorter than the {header_size}-byte header",
        f"{format_name}.header.size",
    )
    require(
        data[: len(magic)] == magic,
        ErrorClass.BAD_MAGIC,
        f"magic {data[: len(magic)].hex()} is not {magic.hex()}",
        f"{format_name}.header.magic",
    )

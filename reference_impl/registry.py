"""The reference implementation's formats, behind one interface that the testee, runner and fuzzers share.

Each format folder `reference_impl/<name>/` exposes `FORMAT`, an instance of a `ReferenceFormat` subclass.
Operations beyond decode/encode (fzb's `execute`, plcbundle's `verify`, ...) go through `operate`.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from typing import Any

from formats.errors import ErrorClass, FormatError

FORMAT_MODULES = {
    "ach": "reference_impl.ach",
    "fzb": "reference_impl.fzb",
    "plcbundle": "reference_impl.plcbundle",
}


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
    names = []
    for name, module in FORMAT_MODULES.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        if hasattr(importlib.import_module(module), "FORMAT"):
            names.append(name)
    return names


def get_format(name: str) -> ReferenceFormat:
    if name not in _loaded:
        if name not in FORMAT_MODULES:
            raise Unsupported(f"unknown format {name!r}")
        _loaded[name] = importlib.import_module(FORMAT_MODULES[name]).FORMAT
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

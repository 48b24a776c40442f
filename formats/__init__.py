"""The single source of truth: one package `formats/<pkg>/` per format (see formats/README.md, the contract),
the shared wire encodings in `formats/wire/`, and the modules every format builds on."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

FORMATS_ROOT = Path(__file__).resolve().parent
SHARED_PACKAGES = ("wire",)


def format_packages() -> list[str]:
    """The package name of every format here, found by looking (`_template` and `wire` are not formats)."""
    return [
        init.parent.name
        for init in sorted(FORMATS_ROOT.glob("*/__init__.py"))
        if not init.parent.name.startswith("_") and init.parent.name not in SHARED_PACKAGES
    ]


def format_package(format_name: str) -> ModuleType:
    """`formats.<pkg>` of a format name (`runmat-snapshot` → `formats.runmat_snapshot`)."""
    return importlib.import_module(f"binfmt_conformance.formats.{format_name.replace('-', '_')}")

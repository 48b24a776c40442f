"""TEMPLATE: the upstream implementation's API under upstream's names (here `load` and `save`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from binfmt_conformance.formats._template import schema
from binfmt_conformance.reference_impl._template import reader, writer
from binfmt_conformance.reference_impl.files import atomic_write


def load(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The body of a file (upstream's reader returns the payload, not the header)."""
    return reader.read_file(Path(path).read_bytes())["body"]


def save(path: str | os.PathLike[str], body: dict[str, Any]) -> None:
    """Write `body` under the current version, atomically."""
    atomic_write(path, writer.write_file({"header": {"version": schema.VERSION, "flags": 0}, "body": body}))

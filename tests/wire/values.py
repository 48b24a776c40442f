"""What the fast-path tests share: values compared exactly."""

from __future__ import annotations

import struct
from typing import Any

from binfmt_conformance.formats.types import Variant as V


def exactly(value: Any) -> Any:
    """`value` with every float as its bits (NaN payloads compare), every container tagged with its type."""
    if isinstance(value, float):
        return ("float", struct.pack(">d", value))
    if isinstance(value, V):
        return ("Variant", value.name, exactly(value.value))
    if isinstance(value, dict):
        return ("dict", [(k, exactly(v)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [exactly(v) for v in value])
    return (type(value).__name__, value)

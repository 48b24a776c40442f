"""Writing `.rzb` (and `.blade` / `.bsym`) files as upstream's `save_bundle` does: postcard of the value, then
one zstd frame at level 3 when the file is to be compressed (rzb.write.zstd). Files are written atomically."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.formats.wire.codec import run_build
from binfmt_conformance.reference_impl.rzb.reader import BUNDLE, Kind, payload_codec


def encode_payload(value: dict[str, Any], generation: str = "S6", kind: Kind = BUNDLE) -> bytes:
    """The postcard bytes of a value (minimal varints, maps in the value's pair order)."""
    return run_build(payload_codec(kind, generation, False), value)


def wrap(payload: bytes, container: str) -> bytes:
    """`zstd::encode_all(P, 3)`: one frame without content size or checksum; or P as it is."""
    if container == "Zstd":
        return zstd_frames.compress(payload, schema.ZSTD_LEVEL, content_size=False)
    return payload


def write_bytes(value: dict[str, Any], generation: str, container: str, kind: Kind = BUNDLE) -> bytes:
    return wrap(encode_payload(value, generation, kind), container)

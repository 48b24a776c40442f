"""Writing `.ach` files as achronyme-env's `save_environment` does: header, body, SHA-256 of the stored body."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats.ach import limits, schema
from binfmt_conformance.formats.wire import msgpack_c, msgpack_rmp, zstd_frames
from binfmt_conformance.formats.wire.codec import run_build

BODY_WRITER = msgpack_rmp.codec(schema.space, schema.BODY, lenient=False, max_depth=limits.MAX_NESTING)
# The same writing through the C library; the exact writer takes what it cannot state (see msgpack_c).
FAST_BODY_WRITER = msgpack_c.Writer(schema.space, schema.BODY, max_depth=limits.MAX_NESTING)
DEFAULT_LEVEL = 3  # SaveOptions::default().compression_level


def encode_body(body: dict[str, Any], *, fast_path: bool = True) -> bytes:
    """`fast_path=False` writes with the exact codec only (the tests compare the two)."""
    return (fast_path and FAST_BODY_WRITER.encode(body)) or run_build(BODY_WRITER, body)


def write_file(header: dict[str, Any], body: dict[str, Any], level: int = DEFAULT_LEVEL) -> bytes:
    """Header fields as given (flags bit 0 decides compression), body as rmp-serde `to_vec` writes it, zstd as
    `zstd::encode_all` writes it (no content size, no checksum), then the checksum over the stored body."""
    payload = encode_body(body)
    stored = zstd_frames.compress(payload, level, content_size=False) if header["flags"] & 1 else payload
    return schema.FILE.build({"header": header, "body": stored, "checksum": None})


def version_field(version: str) -> bytes:
    """The header's 16-byte NUL-padded ASCII version (at most 15 characters, as upstream truncates)."""
    return version.encode("ascii")[:15].ljust(16, b"\x00")

"""Writing RunMat snapshots as the builder does: u32 header length, bincode header, payload, SHA-256.

`write_file` takes a `SnapshotFile` value and keeps every header field as given except those that follow from
the bytes it writes: `compressed_size` (and the `compressed_size` parameter, when present), and `data_offset`
when it is not 0 (then it is 4 + H, settled by re-encoding as upstream's `encode_header_with_offset` does).
`save` writes a file atomically: a temporary file in the target's folder, then a rename.
"""

from __future__ import annotations

import copy
import hashlib
import os
from pathlib import Path
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.formats.wire import lz4_blocks, zstd_frames
from binfmt_conformance.formats.wire.codec import run_build
from binfmt_conformance.reference_impl.files import atomic_write
from binfmt_conformance.reference_impl.runmat_snapshot.reader import body_codec, header_codec

# Re-encoding the header settles `data_offset` after one pass (it is a fixed-width u64); upstream tries 4 times.
OFFSET_PASSES = 4


def encode_body(body: Any, body_schema: str) -> bytes:
    """bincode::serialize(&Snapshot), or the bytes themselves for the raw schema."""
    if body_schema == schema.RAW:
        if not isinstance(body, bytes | bytearray):
            raise FormatError(ErrorClass.INVALID_MODEL, "a raw body is bytes", "runmat-snapshot.write.layout")
        return bytes(body)
    return run_build(body_codec(body_schema), body)


def compress(body: bytes, algorithm: t.Variant, level: int) -> bytes:
    """The payload for a compression algorithm of the header (runmat-snapshot.payload.*)."""
    if algorithm.name == "None":
        return body
    if algorithm.name == "Lz4":
        return lz4_blocks.compress(body, high_compression=not algorithm.value["fast"])
    return zstd_frames.compress(body, level, content_size=False)


def with_payload_size(header: dict[str, Any], size: int) -> dict[str, Any]:
    header = copy.deepcopy(header)
    info = header["data_info"]
    info["compressed_size"] = size
    parameters = info["compression"]["parameters"]
    info["compression"]["parameters"] = [(k, str(size) if k == "compressed_size" else v) for k, v in parameters]
    return header


def encode_header(header: dict[str, Any], magic: str) -> bytes:
    """The bincode header with `data_offset` = 4 + H when it is not 0."""
    encoded = run_build(header_codec(magic), header)
    if header["data_info"]["data_offset"] == 0:
        return encoded
    for _ in range(OFFSET_PASSES):
        header["data_info"]["data_offset"] = schema.HEADER_LENGTH_SIZE + len(encoded)
        again = run_build(header_codec(magic), header)
        if again == encoded:
            break
        encoded = again
    return encoded


def assemble(header: dict[str, Any], payload: bytes, magic: str, checksum: bool) -> bytes:
    header = with_payload_size(header, len(payload))
    encoded = encode_header(header, magic)
    out = schema.HEADER_LENGTH.build({"header_length": len(encoded)}) + encoded + payload
    if checksum:
        out += schema.CHECKSUM.build({"sha256": hashlib.sha256(payload).digest()})
    return out


def write_file(document: dict[str, Any], body_schema: str, magic: str = "runmat") -> bytes:
    """A `SnapshotFile` value → file bytes. The checksum is written when `checksum_info` is Some and the
    value carries one (a value without it stands for a file whose checksum bytes are missing)."""
    header = document["header"]
    algorithm = header["data_info"]["compression"]["algorithm"]
    payload = compress(
        encode_body(document["body"], body_schema), algorithm, header["data_info"]["compression"]["level"]
    )
    with_checksum = header["checksum_info"] is not None and document.get("checksum") is not None
    return assemble(header, payload, magic, with_checksum)


def save(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` atomically (a temporary file in the target's folder, then a rename)."""
    atomic_write(path, data)
    return Path(path)

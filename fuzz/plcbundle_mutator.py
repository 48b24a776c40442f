"""A structure-keeping libFuzzer mutator for plcbundle files: mutations that get past the framing.

A byte mutator breaks the frame table or a zstd frame on nearly every input, so the reader would stop at
`plcbundle.framed.frame-table` or `plcbundle.zstd.frame`. This mutator splits a bundle into its metadata
members (framed layout) and the decompressed record lines of each data frame, mutates one of them (a record
line's bytes, whole lines, a metadata member, the frame split), then compresses every frame again and
rewrites `frame_offsets`, `frame_count` and the metadata length so the container stays valid. A few outputs
keep stale offsets or get a raw byte mutation, so the error paths stay covered too.

`mutate` never raises, whatever the input; byte-level changes go through a `ByteMutator` (`atheris.Mutate`
inside the fuzzer, `fuzz.harness.python_byte_mutator` in tests).
"""

from __future__ import annotations

import json
import random
import struct
from collections.abc import Callable
from typing import Any

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.formats.wire import zstd_frames

ByteMutator = Callable[[bytes, int], bytes]
PAYLOAD_LIMIT = 1 << 20  # the mutator decompresses at most this much; bigger inputs are mutated as bytes
STALE_OFFSETS = 0.05
RAW_BYTES = 0.05
MEMBER_VALUES: tuple[Any, ...] = (
    0,
    1,
    50,
    99,
    100,
    101,
    -1,
    1 << 32,
    1 << 63,
    None,
    "",
    "plcbundle-v2",
    [],
    [0],
    {},
    True,
    "0" * 64,
)


def split_bundle(data: bytes) -> tuple[dict[str, Any] | None, list[list[bytes]]]:
    """(metadata members or None, the lines of every data frame); FormatError/ValueError when it does not
    split."""
    metadata = None
    start = 0
    if data[:4] == schema.METADATA_MAGIC_BYTES and len(data) >= 8:
        (length,) = struct.unpack_from("<I", data, 4)
        metadata = json.loads(data[8 : 8 + length])
        if not isinstance(metadata, dict):
            raise ValueError("metadata is not an object")
        start = 8 + length
    frames = []
    total = 0
    for offset, size in zstd_frames.split_frames(data[start:]):
        part = zstd_frames.decompress(
            data[start + offset : start + offset + size], PAYLOAD_LIMIT - total, multiple_frames=False
        )
        total += len(part)
        frames.append(part.split(b"\n"))
    return metadata, frames


def join_bundle(metadata: dict[str, Any] | None, frames: list[list[bytes]], rng: random.Random) -> bytes:
    compressed = [zstd_frames.compress(b"\n".join(lines), 1, checksum=rng.random() < 0.3) for lines in frames]
    if metadata is None:
        return b"".join(compressed)
    if rng.random() >= STALE_OFFSETS:
        offsets = [0]
        for frame in compressed:
            offsets.append(offsets[-1] + len(frame))
        metadata["frame_offsets"] = offsets
        metadata["frame_count"] = len(compressed)
    payload = json.dumps(metadata, separators=(",", ":")).encode()
    return zstd_frames.skippable_frame(schema.METADATA_MAGIC, payload) + b"".join(compressed)


def mutate_lines(frames: list[list[bytes]], rng: random.Random, byte_mutator: ByteMutator, max_size: int) -> None:
    frame = rng.choice(frames)
    index = rng.randrange(len(frame))
    choice = rng.randrange(6)
    if choice == 0:
        frame[index] = byte_mutator(frame[index], max(len(frame[index]) * 2, 16))
    elif choice == 1:
        frame.insert(index, frame[index])
    elif choice == 2 and len(frame) > 1:
        del frame[index]
    elif choice == 3:
        frame[index] = frame[index].replace(
            b'"nullified":false', rng.choice((b'"nullified":true', b'"nullified":"bafyrei"', b'"nullified":1'))
        )
    elif choice == 4:
        frame[index] = frame[index].replace(b'"createdAt":"', b'"createdAt":"1', 1)
    else:
        frame[index] = b""


def mutate_frames(frames: list[list[bytes]], rng: random.Random) -> None:
    lines = [line for frame in frames for line in frame]
    size = rng.choice((1, 50, 99, 100, 101, 200))
    frames[:] = [lines[i : i + size] for i in range(0, len(lines), size)] or [[b""]]


def mutate(data: bytes, max_size: int, seed: int, byte_mutator: ByteMutator) -> bytes:
    rng = random.Random(seed)
    try:
        if rng.random() < RAW_BYTES:
            raise ValueError("raw")
        metadata, frames = split_bundle(data)
        if not frames:
            raise ValueError("no frames")
        choice = rng.randrange(4)
        if choice == 0 and metadata is not None and metadata:
            metadata[rng.choice(sorted(metadata))] = rng.choice(MEMBER_VALUES)
        elif choice == 1 and metadata is not None:
            metadata.pop(rng.choice(sorted(metadata)), None) if metadata else None
        elif choice == 2:
            mutate_frames(frames, rng)
        else:
            mutate_lines(frames, rng, byte_mutator, max_size)
        out = join_bundle(metadata, frames, rng)
    except (FormatError, ValueError, RecursionError, TypeError, OverflowError, struct.error):
        out = byte_mutator(data, max_size)
    return out[:max_size]

"""A libFuzzer mutator for `.rzb` files that keeps the zstd wrapper valid, so mutations reach postcard.

A byte mutation of a compressed bundle breaks the zstd frame nearly every time and the reader stops at
`rzb.container.zstd`. This mutator decompresses a zstd-wrapped input, mutates the postcard payload (bytes,
or a varint widened to a non-minimal form, or a variant index bumped past its end), and compresses again, so
the container stays whole. A few outputs get a raw byte mutation of the compressed form, or are written raw,
so the container's own error paths stay covered. `mutate` never raises, whatever the input.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.wire import zstd_frames

ByteMutator = Callable[[bytes, int], bytes]
PAYLOAD_LIMIT = 1 << 20  # the mutator decompresses at most this much; bigger inputs are mutated as bytes
RAW_BYTES = 0.05  # share of outputs mutated as compressed bytes
UNWRAP = 0.05  # share of outputs written as raw postcard


def widen_varint(payload: bytes, rng: random.Random) -> bytes:
    """Give a one-byte varint at a random place a redundant zero group (`05` → `85 00`)."""
    if not payload:
        return payload
    at = rng.randrange(len(payload))
    if payload[at] >= 0x80:
        return payload
    return payload[:at] + bytes([payload[at] | 0x80, 0]) + payload[at + 1 :]


def mutate_payload(payload: bytes, max_size: int, rng: random.Random, byte_mutator: ByteMutator) -> bytes:
    choice = rng.random()
    if choice < 0.15:
        return widen_varint(payload, rng)
    if choice < 0.25 and payload:
        at = rng.randrange(len(payload))
        return payload[:at] + bytes([rng.choice((0x02, 0x7F, 0x80, 0xFF, rng.randrange(64)))]) + payload[at + 1 :]
    return byte_mutator(payload, max_size)


def mutate(data: bytes, max_size: int, seed: int, byte_mutator: ByteMutator) -> bytes:
    rng = random.Random(seed)
    if data[:4] != schema.ZSTD_MAGIC or rng.random() < RAW_BYTES:
        return byte_mutator(data, max_size)
    try:
        payload = zstd_frames.decompress(data, PAYLOAD_LIMIT)
    except FormatError:
        return byte_mutator(data, max_size)
    mutated = mutate_payload(payload, max_size, rng, byte_mutator)
    if rng.random() < UNWRAP:
        return mutated[:max_size]
    wrapped = zstd_frames.compress(mutated, 1, content_size=False)
    return wrapped if len(wrapped) <= max_size else mutated[:max_size]

"""The RunMat snapshot mutator: never raises, keeps the container consistent (checked here with struct and
hashlib from the spec's layout, not with the mutator's helpers), and its outputs meet the crash rule."""

from __future__ import annotations

import hashlib
import random
import struct

from binfmt_conformance.fuzz import harness, runmat_snapshot_mutator
from binfmt_conformance.reference_impl.runmat_snapshot import FORMAT

SEEDS = [p.read_bytes() for p in harness.seed_files("runmat-snapshot") if "/valid/" in p.as_posix()]


def container_holds(data: bytes) -> bool | None:
    """Whether the payload lies where data_offset / compressed_size say and the SHA-256 after it matches (None
    when no checksum is declared). Offsets from the header's end E = 4 + H: with a checksum, its Option tag
    is at E−25 and data_offset / compressed_size at E−41 / E−49 (spec: header tail)."""
    if len(data) < 4:
        return False
    end = 4 + struct.unpack_from("<I", data)[0]
    if end > len(data) or end < 60:
        return False
    if data[end - 25] != 1:
        return None
    offset, size = struct.unpack_from("<Q", data, end - 41)[0], struct.unpack_from("<Q", data, end - 49)[0]
    offset = offset or end
    payload = data[offset : offset + size]
    return hashlib.sha256(payload).digest() == data[offset + size : offset + size + 32]


def test_mutations_keep_the_container_and_meet_the_crash_rule() -> None:
    rng = random.Random(5)
    byte_mutator = harness.python_byte_mutator(rng)
    verdicts = []
    for seed in range(300):
        data = runmat_snapshot_mutator.mutate(rng.choice(SEEDS), 1 << 16, seed, byte_mutator)
        verdicts.append(container_holds(data))
        harness.decode_every_profile(FORMAT, data)
    declared = [v for v in verdicts if v is not None]
    assert sum(declared) >= 0.8 * len(declared), f"{sum(declared)} of {len(declared)} keep their SHA-256"


def test_garbage_falls_back_to_byte_mutations() -> None:
    byte_mutator = harness.python_byte_mutator(random.Random(1))
    for seed in range(50):
        out = runmat_snapshot_mutator.mutate(bytes(range(seed)), 100, seed, byte_mutator)
        assert len(out) <= 100

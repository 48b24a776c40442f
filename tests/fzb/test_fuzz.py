"""The fuzz target survives mutated corpus inputs without atheris (deterministic mutations)."""

from __future__ import annotations

import random

from binfmt_conformance.corpus.generators import fzb as generator
from binfmt_conformance.fuzz.fzb import test_one_input as fuzz_one

RUNS = 3000


def mutate(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        position = rng.randrange(len(buffer) + 1)
        if choice < 0.4 and buffer:
            buffer[min(position, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.6:
            buffer[position:position] = bytes(rng.choice([[0xFF] * 4, [0] * 8, [rng.randrange(256)]]))
        elif choice < 0.8:
            del buffer[position : position + rng.randint(1, 8)]
        else:
            buffer[position : position + 4] = rng.randrange(60).to_bytes(4, "little")
    return bytes(buffer)


def test_fuzz_target_survives_mutated_corpus() -> None:
    seeds = [c.data for c in generator.generate() if isinstance(c.data, bytes)]
    rng = random.Random(20251122)
    for _ in range(RUNS):
        fuzz_one(mutate(rng, rng.choice(seeds)))

"""atheris over the `.ach` reference reader, under both profiles, with a mutator that keeps the SHA-256 right.

    .venv/bin/python fuzz/ach.py -atheris_runs=10000          # or: make fuzz FORMAT=ach RUNS=10000
    .venv/bin/python fuzz/ach.py fuzz/crashes/ach/crash-...   # replay one input

A crash is any exception other than `FormatError` from `FORMAT.decode` (header, checksum, zstd, MessagePack,
model), a hang, or memory past libFuzzer's `-rss_limit_mb`; so is an input `strict` accepts that does not
re-encode to the same canonical view (strict reads only what `to_vec` writes). Seeds, dictionary and crash
folder: fuzz/harness.py.
The mutator (fuzz/ach_mutator.py) re-compresses and re-checksums, so inputs reach the MessagePack reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

# Code under test (and the mutator) is instrumented for coverage feedback; this file's own code is not.
with atheris.instrument_imports(include=["formats", "reference_impl", "fuzz.ach_mutator"]):
    from fuzz import ach_mutator
    from reference_impl.ach import FORMAT

from formats.errors import FormatError
from fuzz import harness

PROFILES = FORMAT.profiles


def test_one_input(data: bytes) -> None:
    for profile in PROFILES:
        harness.check_one(lambda d, p=profile: FORMAT.decode(d, p), data)
    check_strict_is_canonical(data)


def check_strict_is_canonical(data: bytes) -> None:
    """What `strict` accepts is exactly what `to_vec` writes: re-encoding it changes nothing canonical."""
    try:
        model = FORMAT.decode(data, "strict")
    except FormatError:
        return
    again = FORMAT.encode(model, "strict")
    if FORMAT.canonical_view(again) != FORMAT.canonical_view(data):
        raise AssertionError(f"strict accepted a non-canonical encoding: {data.hex()}")


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return ach_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("ach", test_one_input, custom_mutator)

"""atheris over the `.ach` reference reader, one profile per input (its first byte), with a mutator that keeps
the SHA-256 right.

    make fuzz FORMAT=ach TIME=60                               # = .venv/bin/python fuzz/ach.py -max_total_time=60
    .venv/bin/python fuzz/ach.py reports/fuzz/ach/crash-...    # replay one input

The crash rule (fuzz/harness.py): any exception other than `FormatError` from `FORMAT.decode` (header,
checksum, zstd, MessagePack, model), an input over the budget, and an input `strict` accepts that does not
re-encode to the same canonical view (strict reads only what `to_vec` writes).
The mutator (fuzz/ach_mutator.py) re-compresses and re-checksums, so inputs reach the MessagePack reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

# Code under test is instrumented for coverage feedback; the mutator and this file's own code are not.
with atheris.instrument_imports(include=["binfmt_conformance.formats", "binfmt_conformance.reference_impl"]):
    from binfmt_conformance.fuzz import ach_mutator
    from binfmt_conformance.reference_impl.ach import FORMAT

from binfmt_conformance.fuzz import harness

PROFILE_BYTE = True  # the first byte of an input picks the profile (fuzz/harness.py)
MAX_LEN = 4096


def test_one_input(data: bytes) -> None:
    harness.decode_one_profile(FORMAT, data)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return ach_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("ach", test_one_input, custom_mutator)

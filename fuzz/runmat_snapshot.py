"""atheris over the RunMat snapshot reference reader, one profile per input (its first byte), with a mutator
that repairs the container (H, data_offset, sizes, LZ4 original_size, SHA-256) after each mutation.

    make fuzz FORMAT=runmat_snapshot RUNS=10000     # = .venv/bin/python fuzz/runmat_snapshot.py -atheris_runs=10000
    .venv/bin/python fuzz/runmat_snapshot.py reports/fuzz/runmat_snapshot/crash-...    # replay one input

The crash rule (fuzz/harness.py): any exception other than `FormatError` from `FORMAT.decode`, an input over
the budget, and an input `strict` accepts that does not re-encode to the same canonical view.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

with atheris.instrument_imports(include=["binfmt_conformance.formats", "binfmt_conformance.reference_impl"]):
    from binfmt_conformance.fuzz import runmat_snapshot_mutator
    from binfmt_conformance.reference_impl.runmat_snapshot import FORMAT

from binfmt_conformance.fuzz import harness

PROFILE_BYTE = True  # the first byte of an input picks the profile (fuzz/harness.py)
MAX_LEN = 4096


def test_one_input(data: bytes) -> None:
    harness.decode_one_profile(FORMAT, data)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return runmat_snapshot_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("runmat_snapshot", test_one_input, custom_mutator)

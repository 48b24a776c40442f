"""atheris over the `.rzb` reference reader, one profile per input (its first byte), with a mutator that
repairs the zstd wrapper.

    .venv/bin/python fuzz/rzb.py -atheris_runs=10000          # or: make fuzz FORMAT=rzb RUNS=10000
    .venv/bin/python fuzz/rzb.py fuzz/crashes/rzb/crash-...   # replay one input

A crash is any exception other than `FormatError` from `FORMAT.decode`, a hang, or memory past libFuzzer's
`-rss_limit_mb`; so is an input `strict` accepts that does not re-encode to the same canonical view (strict
reads only minimal postcard with nothing after it). Seeds, dictionary and crash folder: fuzz/harness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

with atheris.instrument_imports(include=["binfmt_conformance.formats", "binfmt_conformance.reference_impl"]):
    from binfmt_conformance.fuzz import rzb_mutator
    from binfmt_conformance.reference_impl.rzb import FORMAT

from binfmt_conformance.fuzz import harness

PROFILE_BYTE = True  # the first byte of an input picks the profile (fuzz/harness.py)
MAX_LEN = 4096


def test_one_input(data: bytes) -> None:
    harness.decode_one_profile(FORMAT, data)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return rzb_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("rzb", test_one_input, custom_mutator)

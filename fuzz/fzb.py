"""atheris over the `.fzb` reference reader: every input must decode or fail with a FormatError,
under the profile its first byte picks (fuzz/harness.py).

    make fuzz FORMAT=fzb TIME=60                               # = .venv/bin/python fuzz/fzb.py -max_total_time=60
    .venv/bin/python fuzz/fzb.py reports/fuzz/fzb/crash-...    # replay one input

The crash rule (fuzz/harness.py): any other exception, an input over the budget, and a file the `strict`
profile reads but the writer does not reproduce (canonically: bincode 1 has one encoding per value, so byte
for byte up to the end of the chunk).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

with atheris.instrument_imports(include=["binfmt_conformance.formats", "binfmt_conformance.reference_impl"]):
    from binfmt_conformance.reference_impl.fzb import FORMAT

from binfmt_conformance.fuzz import harness

PROFILE_BYTE = True  # the first byte of an input picks the profile (fuzz/harness.py)
MAX_LEN = 4096


def test_one_input(data: bytes) -> None:
    harness.decode_one_profile(FORMAT, data)


if __name__ == "__main__":
    harness.main("fzb", test_one_input)

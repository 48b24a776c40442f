"""atheris over the plcbundle container reader (every profile, decode and random access) and the replay.

    make fuzz FORMAT=plcbundle TIME=60       # = .venv/bin/python fuzz/plcbundle.py -max_total_time=60
    .venv/bin/python fuzz/plcbundle.py reports/fuzz/plcbundle/crash-...

The first byte of an input picks the profile, the rest is the bundle (fuzz/harness.py). A crash is any
exception other than `FormatError` from `FORMAT.decode` / `get_operation` under that profile, any exception at
all from the replay of the decoded records (it reports invalid operations, it never raises), an input over the
budget, or a bundle `strict` accepts that does not re-encode canonically (fuzz/harness.py).
The mutator (fuzz/plcbundle_mutator.py) re-compresses every frame and recomputes frame_offsets, frame_count
and the metadata length, so inputs get past the framing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere: the repo

import atheris

with atheris.instrument_imports(include=["binfmt_conformance.formats", "binfmt_conformance.reference_impl"]):
    from binfmt_conformance.fuzz import plcbundle_mutator
    from binfmt_conformance.reference_impl.plcbundle import FORMAT
    from binfmt_conformance.reference_impl.plcbundle.replay import replay

from binfmt_conformance.fuzz import harness

PROFILE_BYTE = True  # the first byte of an input picks the profile (fuzz/harness.py)
MAX_LEN = 16384
# The replay costs a DAG-CBOR encoding and an ECDSA verification per record: the first records of a bundle
# reach every rule (genesis, updates, chains of prev, nullification) at a bounded cost per input.
REPLAYED_RECORDS = 32


def test_one_input(data: bytes) -> None:
    profile, bundle, model = harness.decode_one_profile(FORMAT, data)
    for position in (0, 150):
        harness.check_one(lambda d, n=position: FORMAT.operate("get_operation", profile, d, {"position": n}), bundle)
    if model is not None:
        replay(model["records"][:REPLAYED_RECORDS])


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return plcbundle_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("plcbundle", test_one_input, custom_mutator)

"""atheris over the plcbundle container reader (every profile, decode and random access) and the replay.

    make fuzz FORMAT=plcbundle TIME=60       # = .venv/bin/python fuzz/plcbundle.py -max_total_time=60
    .venv/bin/python fuzz/plcbundle.py reports/fuzz/plcbundle/crash-...

A crash is any exception other than `FormatError` from `FORMAT.decode` / `get_operation`, any exception at
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

with atheris.instrument_imports(include=["formats", "reference_impl", "fuzz.plcbundle_mutator"]):
    from fuzz import plcbundle_mutator
    from reference_impl.plcbundle import FORMAT
    from reference_impl.plcbundle.replay import replay

from fuzz import harness

PROFILES = FORMAT.profiles


def test_one_input(data: bytes) -> None:
    models = harness.decode_every_profile(FORMAT, data)
    records: list[str] = next((model["records"] for model in models.values()), [])
    for profile in PROFILES:
        for position in (0, 150):
            harness.check_one(
                lambda d, p=profile, n=position: FORMAT.operate("get_operation", p, d, {"position": n}), data
            )
    if records:
        replay(records[:200])


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return plcbundle_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("plcbundle", test_one_input, custom_mutator)

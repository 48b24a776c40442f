"""atheris over the plcbundle container reader (every profile, decode and random access) and the replay.

    .venv/bin/python fuzz/plcbundle.py -atheris_runs=10000       # or: make fuzz FORMAT=plcbundle RUNS=10000
    .venv/bin/python fuzz/plcbundle.py fuzz/crashes/plcbundle/crash-...

A crash is any exception other than `FormatError` from `FORMAT.decode` / `get_operation`, any exception at
all from the replay of the decoded records (it reports invalid operations, it never raises), a hang, or memory
past libFuzzer's `-rss_limit_mb`. The mutator (fuzz/plcbundle_mutator.py) re-compresses every frame and
recomputes frame_offsets, frame_count and the metadata length, so inputs get past the framing.
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
    records: list[str] = []
    for profile in PROFILES:
        model = harness.check_one(lambda d, p=profile: FORMAT.decode(d, p), data)
        if model is not None and not records:
            records = model["records"]
        for position in (0, 150):
            harness.check_one(lambda d, p=profile, n=position: FORMAT.operate("get_operation", p, d, {"position": n}),
                              data)
    if records:
        replay(records[:200])


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    return plcbundle_mutator.mutate(data, max_size, seed, atheris.Mutate)


if __name__ == "__main__":
    harness.main("plcbundle", test_one_input, custom_mutator)

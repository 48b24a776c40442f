"""The fuzz mutator keeps the framing valid most of the time and the reader never crashes on its outputs."""

from __future__ import annotations

import random

from binfmt_conformance.corpus.generators.plcbundle import realistic
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.fuzz import harness, plcbundle_mutator
from binfmt_conformance.reference_impl.plcbundle import FORMAT, reader, writer
from binfmt_conformance.reference_impl.plcbundle.replay import replay


def test_mutations_keep_the_frame_table_and_never_crash_the_reader() -> None:
    seeds = [writer.write_framed(realistic()[:180], "strict"), writer.write_legacy(realistic()[:60])]
    rng = random.Random(5)
    byte_mutator = harness.python_byte_mutator(rng)
    framed_kept = framed_total = 0
    for run in range(60):
        data = plcbundle_mutator.mutate(rng.choice(seeds), 1 << 20, run, byte_mutator)
        if data[:4] == b"\x50\x2a\x4d\x18":
            framed_total += 1
            try:
                metadata = reader.parse_metadata(
                    data[8 : 8 + int.from_bytes(data[4:8], "little")], reader.profile_of("go")
                )
                reader.check_frame_table(data, metadata, reader.walk_frames(data, metadata.frame_bytes))
                framed_kept += 1
            except FormatError:
                pass
        records = None
        for profile in FORMAT.profiles:
            try:
                records = FORMAT.decode(data, profile)["records"]
                FORMAT.operate("get_operation", profile, data, {"position": 120})
            except FormatError:
                pass
        if records:
            replay(records[:20])
    assert framed_total > 20
    assert framed_kept / framed_total > 0.7  # most mutations get past the framing

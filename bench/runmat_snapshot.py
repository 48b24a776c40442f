"""Benchmark: decoding a large era-E (v0.5.6) RunMat snapshot against its floor, on the same bytes.

    python bench/runmat_snapshot.py [--scale N] [--repeat R]

`run()` returns (seconds are the best of `repeat` runs):
- `reader_s`: bytes → `SnapshotFile` (`reader.read_file` under `upstream`: container checks, LZ4, bincode body,
  time ranges, content validation);
- `floor_s`: `lz4.block.decompress` of the payload plus a bare bincode walk of the body (the schema's codec,
  no container or content checks): the least any reader of this design does;
- `ratio_reader_vs_floor` = reader_s / floor_s (the goal is ≤ 1.5: the container and checks cost little).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lz4.block

from bench import best_of, measure, row
from binfmt_conformance.corpus.generators.runmat_snapshot import (
    builtin_functions,
    builtins,
    instruction_sweep_body,
    rich_body,
)
from binfmt_conformance.formats.runmat_snapshot import limits, schema
from binfmt_conformance.formats.wire import bincode1
from binfmt_conformance.formats.wire.codec import parse_prefix
from binfmt_conformance.reference_impl.runmat_snapshot import api, reader

GOAL = 1.5


def large_snapshot(scale: int = 1) -> bytes:
    """About 600 builtins (upstream's v0.5.6 count) and 40 × scale bytecodes holding every instruction, LZ4 HC."""
    body = rich_body("v0.5.6", 1)
    functions = [dict(f, name=f"{f['name']}_{i}") for i in range(22) for f in builtin_functions("v0.5.6")]
    body["builtins"] = builtins(functions)
    sweep = instruction_sweep_body("v0.5.6")["bytecode_cache"]["stdlib_bytecode"][0][1]
    body["bytecode_cache"]["stdlib_bytecode"] = [(f"builtin_{i}", sweep) for i in range(40 * scale)]
    config = api.SnapshotConfig(compression_algorithm="lz4", compression_level=6)
    return api.SnapshotBuilder(config).build(body)


def run(scale: int = 1, repeat: int = 3, quick: bool = False) -> dict[str, Any]:
    if quick:
        repeat = 1
    data = large_snapshot(scale)
    parsed = reader.read_file(data, "upstream")
    assert parsed.header["data_info"]["compression"]["algorithm"].name == "Lz4"
    payload, size = parsed.payload, len(parsed.body_bytes)
    layout = schema.build_layout("v0.5.6")
    codec = bincode1.codec(layout.space, layout.body, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)

    def floor() -> Any:
        return parse_prefix(codec, lz4.block.decompress(payload, uncompressed_size=size))

    reader_s = best_of(repeat, lambda: reader.read_file(data, "upstream"))
    floor_s = best_of(repeat, floor)
    return {
        "rows": [
            row(
                "runmat-snapshot-reader",
                measured=measure("reader.read_file (upstream) of a large v0.5.6 snapshot", reader_s),
                baseline=measure("lz4 decompress + bare bincode walk of the body", floor_s),
                goal=f"ratio <= {GOAL}",
            )
        ],
        "bytes": len(data),
        "body_bytes": size,
        "builtins": len(parsed.body["builtins"]["functions"]),
        "repeat": repeat,
        "reader_s": round(reader_s, 4),
        "reader_mb_s": round(size / 1e6 / reader_s, 2),
        "floor_s": round(floor_s, 4),
        "ratio_reader_vs_floor": round(reader_s / floor_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.scale, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: the reference `.ach` reader and writer against the C libraries they lean on, on the same bytes.

    python bench/ach.py [--scale N] [--repeat R]

The environment is a deterministic mix of about 10 MB of MessagePack per unit of scale: tensors (most of the
bytes), complex tensors, vectors of numbers, records of strings, and one value of each other kind. Every
action runs in turn in each round (interleaved), and each ratio is the median over rounds of the two timings
(seconds are the best round). Rows:
- `restore`: `api.restore_environment(path)` against `baseline_read` (read the file, SHA-256 of the stored
  body, zstd decompression, `msgpack.unpackb`): the goal is ≤ 1.5;
- `write`: `writer.write_file(header, body)` against `baseline_write` (`msgpack.packb` of the same body as
  plain MessagePack objects, zstd level 3, SHA-256): the goal is ≤ 2;
- `decode`: `FORMAT.decode` (bytes → JSON document model) against `reader.read_file` alone: the goal is ≤ 1.2;
- `strict_read`: `reader.read_file` under `strict` against `baseline_read` (not a row of the issue).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import msgpack
import zstandard

from bench import interleaved, measure, row
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.ach import FORMAT, api, reader, writer

CLOCK = 1_764_000_000.0


def environment(scale: int = 1, size: float = 1.0) -> dict[str, V]:
    """About 9 MB of MessagePack per unit of scale (`size` shrinks every list, for a quick run)."""
    rng = random.Random(20251120)
    env: dict[str, V] = {}
    n = max(1, int(15_000 * size))
    for i in range(60 * scale):
        env[f"weights_{i}"] = V("Tensor", [[n], [rng.gauss(0.0, 1.0) for _ in range(n)]])
    n = max(1, int(2000 * size))
    for i in range(10 * scale):
        env[f"spectrum_{i}"] = V("ComplexTensor", [[n], [[rng.random(), rng.random()] for _ in range(n)]])
    for i in range(20 * scale):
        env[f"series_{i}"] = V("Vector", [V("Number", rng.random() * 100) for _ in range(n)])
    for i in range(10 * scale):
        env[f"labels_{i}"] = V("Record", [(f"key_{j}", V("String", f"label {j} é")) for j in range(200)])
    env["graph_edge"] = V("Edge", ["a", "b", True, [("weight", V("Number", 1.5))]])
    env["nothing"] = V("Null")
    env["flag"] = V("Boolean", True)
    env["z"] = V("Complex", [1.0, -2.0])
    return env


def run(scale: int = 1, repeat: int = 7, quick: bool = False) -> dict[str, Any]:
    result = measured(scale, 1 if quick else repeat, quick)
    result["rows"] = rows(result)
    return result


def measured(scale: int, repeat: int, quick: bool = False) -> dict[str, Any]:
    env = environment(scale, 0.02 if quick else 1.0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.ach"
        api.save_environment(env, path, clock=lambda: CLOCK)
        data = path.read_bytes()
        parsed = reader.read_file(data, "upstream", fast_path=False)
        header = {name: parsed.header[name] for name in api.new_header(0, True)}
        plain = msgpack.unpackb(parsed.payload)  # the same body as plain MessagePack objects

        def baseline_read() -> Any:
            raw = path.read_bytes()
            hashlib.sha256(raw[64:-32]).digest()
            return msgpack.unpackb(zstandard.ZstdDecompressor().decompressobj().decompress(raw[64:-32]))

        def baseline_write() -> Any:
            packed = msgpack.packb(plain, use_bin_type=True)
            compressed = zstandard.ZstdCompressor(level=3, write_content_size=False).compress(packed)
            return hashlib.sha256(compressed).digest()

        assert api.restore_environment(path) == env
        assert writer.write_file(header, parsed.body) == data  # the writer reproduces the file it is timed on
        assert reader.read_file(data, "strict").body == parsed.body
        times = interleaved(
            repeat,
            lambda: api.restore_environment(path),
            baseline_read,
            lambda: writer.write_file(header, parsed.body),
            baseline_write,
            lambda: FORMAT.decode(data, "upstream"),
            lambda: reader.read_file(data, "upstream"),
            lambda: reader.read_file(data, "strict"),
        )
    names = ("restore_s", "baseline_read_s", "write_s", "baseline_write_s", "decode_s", "reader_s", "strict_read_s")
    return {
        "file_bytes": len(data),
        "payload_bytes": len(parsed.payload),
        "bindings": len(env),
        "repeat": repeat,
        **{name: round(seconds, 5) for name, seconds in zip(names, times, strict=True)},
    }


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    size = f"{result['payload_bytes'] / 1e6:.1f} MB of MessagePack"
    return [
        row(
            "ach-reader",
            measured=measure(f"api.restore_environment ({size})", result["restore_s"]),
            baseline=measure("read + sha256 + zstd + msgpack.unpackb of the same body", result["baseline_read_s"]),
            goal="ratio <= 1.5",
        ),
        row(
            "ach-writer",
            measured=measure("writer.write_file of the same environment", result["write_s"]),
            baseline=measure("msgpack.packb + zstd level 3 + sha256", result["baseline_write_s"]),
            goal="ratio <= 2",
        ),
        row(
            "ach-decode-overhead",
            measured=measure("FORMAT.decode, bytes to document model", result["decode_s"]),
            baseline=measure("reader.read_file, bytes to body value", result["reader_s"]),
            goal="ratio <= 1.2",
        ),
        row(
            "ach-reader-strict",
            measured=measure("reader.read_file under strict (repacking decides canonicity)", result["strict_read_s"]),
            baseline=measure("read + sha256 + zstd + msgpack.unpackb of the same body", result["baseline_read_s"]),
            goal="ratio <= 1.5",
            note="not a row of the issue: the strict reading, for comparison",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.scale, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

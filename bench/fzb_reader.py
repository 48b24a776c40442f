"""Benchmark: the reference `.fzb` reader against the Kaitai-generated Python parser, on the same bytes.

    python bench/fzb_reader.py [--scale N] [--repeat R]

`run()` returns the numbers as a dict (seconds are the best of `repeat` runs, throughput in MB/s):
- `reader_s`: bytes → chunk value (`reader.read_file`: the fast bincode reader built from the type tree,
  `formats/wire/bincode1_fast.py`; the construct codec decides what it declines);
- `decode_s`: bytes → JSON document model (what the testee protocol returns; `reader.read_document` builds
  the model in the reading pass);
- `kaitai_s`: bytes → Kaitai parse tree (`formats/fzb/kaitai/fzb.py`, `Fzb.from_bytes`);
- `ratio_reader_vs_kaitai` = kaitai_s / reader_s (the goal is ≥ 1: the reader at least as fast).
When the Kaitai parser is missing, `kaitai` says so and no ratio is given.
"""

from __future__ import annotations

import importlib
import json
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import best_of, measure, row
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import schema
from binfmt_conformance.reference_impl.fzb import FORMAT, api, reader

KAITAI_MODULE = "binfmt_conformance.formats.fzb.kaitai.fzb"
INSTRUCTIONS, CONSTANTS = 8_000, 800
SAMPLES = {
    t.U8: lambda r: r.randrange(256),
    t.U16: lambda r: r.randrange(65536),
    t.I16: lambda r: r.randrange(-32768, 32768),
    t.I64: lambda r: r.randrange(-(1 << 63), 1 << 63),
    t.BOOL: lambda r: r.random() < 0.5,
    t.STR: lambda r: f"tag{r.randrange(1000)}",
}


def instructions(rng: random.Random, count: int) -> list[t.Variant]:
    enum = schema.space.resolve(schema.INSTRUCTION)
    assert isinstance(enum, t.Enum)
    out = []
    for _ in range(count):
        variant = rng.choice(enum.variants)
        out.append(api.instruction(variant.name, *(SAMPLES[p](rng) for p in variant.types)))
    return out


def constants(rng: random.Random, count: int) -> list[t.Variant]:
    """The kinds a compiler writes (Int, Float, Str, Bool, Unit, Closure) plus some structured values."""
    out: list[t.Variant] = []
    for index in range(count):
        kind = index % 8
        if kind == 0:
            out.append(api.value("Int", rng.randrange(-(1 << 40), 1 << 40)))
        elif kind == 1:
            out.append(api.value("Float", rng.random() * 1e6))
        elif kind in (2, 3):
            out.append(api.value("Str", f"name_{index}_é"))
        elif kind == 4:
            out.append(api.value("Bool", index % 3 == 0))
        elif kind == 5:
            out.append(api.value("Unit"))
        elif kind == 6:
            body = api.chunk(instructions(rng, 20), [api.value("Int", index)])
            out.append(api.value("Closure", {"chunk": body, "arity": 1, "name": None}))
        else:
            out.append(api.value("Tuple", [api.value("Int", 1), api.value("Nil"), api.value("Str", "x")]))
    return out


def large_chunk_bytes(scale: int = 1) -> bytes:
    """A deterministic chunk of about 230 KB per unit of scale (under fzb.limits.size, 256 KiB, at scale 1: the
    issue's 576 KB chunk predates that limit): every instruction kind, every constant kind
    a compiler writes, nested closures, one zero span per instruction."""
    rng = random.Random(704365)
    body = api.chunk(instructions(rng, INSTRUCTIONS * scale), constants(rng, CONSTANTS * scale), "bench")
    return api.serialize_chunk(body)


def kaitai_parser() -> Any | None:
    try:
        return importlib.import_module(KAITAI_MODULE).Fzb
    except ModuleNotFoundError:
        return None


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """fzb-decode-overhead (decode / reader, goal <= 1.2) and fzb-kaitai (kaitai / decode, goal >= 1)."""
    out = [
        row(
            "fzb-decode-overhead",
            measured=measure("FORMAT.decode, bytes to document model", result["decode_s"]),
            baseline=measure("reader.read_file, bytes to chunk value", result["reader_s"]),
            goal="ratio <= 1.2",
        )
    ]
    kaitai_s = result.get("kaitai_s")
    out.append(
        row(
            "fzb-kaitai",
            measured=measure("FORMAT.decode", result["decode_s"]),
            baseline=measure("Kaitai-generated Python parser, Fzb.from_bytes", kaitai_s),
            ratio=None if kaitai_s is None else kaitai_s / result["decode_s"],
            goal="ratio >= 1",
            note="ratio = kaitai / decode (as fast as)",
        )
    )
    return out


def run(scale: int = 1, repeat: int = 5, quick: bool = False) -> dict[str, Any]:
    result = measured(scale, 1 if quick else repeat)
    result["rows"] = rows(result)
    return result


def measured(scale: int, repeat: int) -> dict[str, Any]:
    data = large_chunk_bytes(scale)
    megabytes = len(data) / 1e6
    reader_s = best_of(repeat, lambda: reader.read_file(data, "upstream"))
    decode_s = best_of(repeat, lambda: FORMAT.decode(data, "upstream"))
    result: dict[str, Any] = {
        "bytes": len(data),
        "instructions": INSTRUCTIONS * scale,
        "repeat": repeat,
        "reader_s": round(reader_s, 4),
        "reader_mb_s": round(megabytes / reader_s, 2),
        "decode_s": round(decode_s, 4),
        "decode_mb_s": round(megabytes / decode_s, 2),
    }
    parser = kaitai_parser()
    if parser is None:
        result["kaitai"] = f"missing: {KAITAI_MODULE.replace('.', '/')}.py does not exist"
        return result
    tree = parser.from_bytes(data)
    assert len(tree.chunk.instructions.items) == result["instructions"]  # both parsed the whole chunk
    kaitai_s = best_of(repeat, lambda: parser.from_bytes(data))
    result.update(
        {
            "kaitai": KAITAI_MODULE,
            "kaitai_s": round(kaitai_s, 4),
            "kaitai_mb_s": round(megabytes / kaitai_s, 2),
            "ratio_reader_vs_kaitai": round(kaitai_s / reader_s, 2),
            "ratio_decode_vs_kaitai": round(kaitai_s / decode_s, 2),
        }
    )
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.scale, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

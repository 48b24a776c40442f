"""Benchmark: the reference `.fzb` reader against the Kaitai-generated Python parser, on the same bytes.

    python bench/fzb_reader.py [--scale N] [--repeat R]

`run()` returns the numbers as a dict (seconds are the best of `repeat` runs, throughput in MB/s):
- `reader_s`: bytes → chunk value (`reader.read_file`, the construct codec derived from the schema);
- `decode_s`: bytes → JSON document model (what the testee protocol returns);
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

from bench import best_of
from formats import types as t
from formats.fzb import schema
from reference_impl.fzb import FORMAT, api, reader

KAITAI_MODULE = "formats.fzb.kaitai.fzb"
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
    """A deterministic chunk of about 0.5 MB per unit of scale: every instruction kind, every constant kind
    a compiler writes, nested closures, one zero span per instruction."""
    rng = random.Random(704365)
    body = api.chunk(instructions(rng, 20_000 * scale), constants(rng, 2_000 * scale), "bench")
    return api.serialize_chunk(body)


def kaitai_parser() -> Any | None:
    try:
        return importlib.import_module(KAITAI_MODULE).Fzb
    except ModuleNotFoundError:
        return None


def run(scale: int = 1, repeat: int = 5) -> dict[str, Any]:
    data = large_chunk_bytes(scale)
    megabytes = len(data) / 1e6
    reader_s = best_of(repeat, lambda: reader.read_file(data, "upstream"))
    decode_s = best_of(repeat, lambda: FORMAT.decode(data, "upstream"))
    result: dict[str, Any] = {
        "bytes": len(data),
        "instructions": 20_000 * scale,
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

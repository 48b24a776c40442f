"""Benchmark: loading `deltablue.rzb` (30 KB zstd, 68 KB of postcard MIR) with the reference reader, against
the Kaitai-generated Python parser when it exists, and against the seed's headline (bundle load 539 µs, Rust).

    python bench/rzb.py [--repeat R]

`run()` returns (seconds are the best of `repeat` runs):
- `load_s`: bytes → bundle value under `s5`, the file's generation (`reader.read_bundle`; zstd included);
- `detect_s`: the same under `auto`, which tries all seven generations;
- `decode_s`: bytes → JSON document model under `auto` (what the testee protocol returns);
- `ratio_vs_seed_headline` = load_s / 539 µs: how many times slower than upstream's Rust loader;
- `kaitai_s`: the Kaitai-generated Python parser (formats/rzb/kaitai/rzb.py) on the same decompressed payload
  under S5, parse tree only;
- `ratio_reader_vs_kaitai` = (kaitai_s, decompression included) / load_s; rows `rzb-kaitai` (goal ≥ 1) and
  `rzb-seed-headline` (load_s / 539 µs).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import best_of, measure, row
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.reference_impl.rzb import FORMAT, reader

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "rzb" / "real-world" / "deltablue.rzb"
SEED_HEADLINE_S = 539e-6  # seed 000_c7382275dc8c4844: "bundle load 539 µs" (Rust, upstream's machine)
KAITAI_MODULE = "binfmt_conformance.formats.rzb.kaitai.rzb"


def run(repeat: int = 3, quick: bool = False) -> dict[str, Any]:
    if quick:
        repeat = 1
    data = SAMPLE.read_bytes()
    load_s = best_of(repeat, lambda: reader.read_bundle(data, "s5"))
    detect_s = best_of(repeat, lambda: reader.read_bundle(data, "auto"))
    decode_s = best_of(repeat, lambda: FORMAT.decode(data, "auto"))
    result: dict[str, Any] = {
        "file": "deltablue.rzb",
        "bytes": len(data),
        "repeat": repeat,
        "load_s": round(load_s, 4),
        "detect_s": round(detect_s, 4),
        "decode_s": round(decode_s, 4),
        "seed_headline_s": SEED_HEADLINE_S,
        "ratio_vs_seed_headline": round(load_s / SEED_HEADLINE_S, 1),
        "goal": "reader at least as fast as the Kaitai Python parser (ratio_reader_vs_kaitai >= 1)",
    }
    from io import BytesIO

    from kaitaistruct import KaitaiStream

    parser = importlib.import_module(KAITAI_MODULE).Rzb
    s5 = schema.GENERATIONS.index("S5")
    # the Kaitai side decompresses too (reader.unwrap, as its testee adapter does), so both start from the file
    kaitai_s = best_of(repeat, lambda: parser(s5, KaitaiStream(BytesIO(reader.unwrap(data)[0]))))
    result.update({"kaitai_s": round(kaitai_s, 4), "ratio_reader_vs_kaitai": round(kaitai_s / load_s, 2)})
    result["rows"] = [
        row(
            "rzb-kaitai",
            measured=measure("reader.read_bundle (s5) of deltablue.rzb", load_s),
            baseline=measure("Kaitai-generated Python parser, Rzb(5, stream) of the decompressed payload", kaitai_s),
            ratio=kaitai_s / load_s,
            goal="ratio >= 1",
            note="ratio = kaitai / reader (as fast as)",
        ),
        row(
            "rzb-seed-headline",
            measured=measure("reader.read_bundle (s5) of deltablue.rzb", load_s),
            baseline=measure("seed headline: bundle load in Rust (upstream's machine)", SEED_HEADLINE_S),
            goal="ratio <= 100",
            note="ratio = reader / 539 µs (times slower than upstream's Rust loader); the goal is informational",
        ),
    ]
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

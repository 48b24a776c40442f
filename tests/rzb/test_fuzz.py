"""The `.rzb` fuzz target and its mutator, without atheris: deterministic mutations of the corpus seeds."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import zstandard

from binfmt_conformance.fuzz import harness, rzb_mutator

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_bytes() for p in harness.seed_files("rzb") if p.stat().st_size < 4096]


def decompresses(data: bytes) -> bool:
    try:
        zstandard.ZstdDecompressor().decompressobj().decompress(data)
    except zstandard.ZstdError:
        return False
    return True


def test_mutator_keeps_the_zstd_wrapper_whole() -> None:
    compressed = [s for s in SEEDS if s[:4] == b"\x28\xb5\x2f\xfd" and decompresses(s)]
    assert compressed
    rng = random.Random(7)
    kept = 0
    for run in range(300):
        seed = rng.choice(compressed)
        out = rzb_mutator.mutate(seed, 1 << 16, run, harness.python_byte_mutator(rng))
        kept += decompresses(out)  # not: a raw byte mutation of the compressed form, or a raw payload
    assert kept > 200  # most keep a valid frame (seeds the mutator cannot unwrap, a bomb, are mutated as bytes)


def test_fuzz_target_survives_a_short_atheris_run(tmp_path: Path) -> None:
    """A few hundred real atheris runs: any non-FormatError exception fails the run (exit code ≠ 0)."""
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "fuzz" / "rzb.py"), "-atheris_runs=300", "-max_len=4096",
         f"-artifact_prefix={tmp_path}/", str(tmp_path)],
        capture_output=True, text=True, timeout=600, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]

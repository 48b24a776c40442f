"""The `.rzb` corpus: real files of every generation, synthetic bundles, must-reject and impl-defined bytes.

Every expectation comes from `rzb_oracle` (python-zstandard and the generator's own postcard codec), never
from the reference reader; synthetic bytes come from `rzb_postcard.encode`, never from the reference writer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conformance.cases import GeneratedCase
from corpus.generators import rzb_oracle as oracle

REAL_WORLD_DIR = Path(__file__).resolve().parent.parent / "rzb" / "real-world"
PINNED_REPO, PINNED_COMMIT = "rayzor-blade/rayzor", "72bdcdb77f407319e961ec926228b9389bafc346"
DARMIE_REPO, DARMIE_COMMIT = "darmie/rayzor", "f316973664f2eb3aa8c09298c7887d3dc9e4278f"
PRECOMPILED = "compiler/benchmarks/precompiled/"

# stem → (repository, commit, path, bytes, sha256, generations as PROVENANCE.md states them, description)
REAL_WORLD: dict[str, tuple[str, str, str, int, str, tuple[str, ...], str]] = {
    "fibonacci": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "fibonacci.rzb", 611,
        "966879de692b7b15385ed49dabcfa9b9d28b64db0c0fb667f266c89755f75c4a", ("S4", "S5"),
        "fibonacci.rzb (2026-03-21): 7 functions, no Store or GetElementPtr, so S4 and S5 read it alike",
    ),
    "mandelbrot": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "mandelbrot.rzb", 6055,
        "49226c0d905c5807403da235ef97ac28e474ab85e89d35b4ba970e7329e8253a", ("S5",),
        "mandelbrot.rzb (2026-03-21): 35 functions, 5 globals, extern malloc",
    ),
    "nbody": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "nbody.rzb", 9928,
        "f2211955200a3746a31882bd6606365c8648c886e7d90ad7a49fe02cfd2d753f", ("S5",),
        "nbody.rzb (2026-03-21): 31 functions, 3 globals",
    ),
    "deltablue": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "deltablue.rzb", 30295,
        "5665d592eb5daed6d5ceca6c197df0f9127028e7091bb5a89d29ded6d4f94eed", ("S5",),
        "deltablue.rzb (2026-03-21): 114 functions, CallIndirect",
    ),
    "mandelbrot-s2": (
        DARMIE_REPO, DARMIE_COMMIT, PRECOMPILED + "mandelbrot.rzb", 4339,
        "eb770104111483af20663de8d828daccb3e5cc279060028fb6c20e9e959496b6", ("S2", "S3"),
        "mandelbrot.rzb of the S2 era: no BinaryOp index of 10 or more, so S2 and S3 read it alike",
    ),
    "nbody-s2": (
        DARMIE_REPO, DARMIE_COMMIT, PRECOMPILED + "nbody.rzb", 8317,
        "f41372d051384015f7ac7132efbd97b5f1565263c0d29cf61f91bffb2d8f8d8b", ("S2", "S3"),
        "nbody.rzb of the S2 era (S2 and S3 alike)",
    ),
    "history/2026-01-24_126bb80_arithmetic": (
        PINNED_REPO, "126bb80d0818a5a9cf855faff385646563a909e6", PRECOMPILED + "arithmetic.rzb", 23781,
        "b12c62b43f228e90d0c09a55d76d18e06ab9bd0b561bb307ca7726fd2298ec5e", ("S0",),
        "arithmetic.rzb of 2026-01-24: the oldest layout S0, raw postcard without zstd",
    ),
    "history/2026-02-09_c9d9f09_mandelbrot": (
        PINNED_REPO, "c9d9f09531b5084642a635beb3055ddc2d1d298d", PRECOMPILED + "mandelbrot.rzb", 3911,
        "488f9000bba7adf6c6251f7a667ecfc7f6f2cb95598650fea087e1d6234cc99b", ("S1",),
        "mandelbrot.rzb of 2026-02-09: S1 (IrTypeDef.super_type_id, before type_param_tag_fixups)",
    ),
    "history/2026-03-13_08be35d_mandelbrot": (
        PINNED_REPO, "08be35dff18e47cc06cca640c2ea7feafe5ad448", PRECOMPILED + "mandelbrot.rzb", 4862,
        "f494664cd616b655376af82830ecec97ced615e20f8a497f49ffbe82a2583780", ("S4",),
        "mandelbrot.rzb of 2026-03-13: S4 (external_function_names, before Store.store_ty)",
    ),
    "history/2026-03-16_c2b0ce6_deltablue": (
        PINNED_REPO, "c2b0ce6f1d5ba157b0a2239b5ebc6be3e04af2fa", PRECOMPILED + "deltablue.rzb", 29564,
        "a527a5206f25a89da6cd6b8033aa5acf199cbef83d48185ee41a7efb15e0a5cd", ("S4",),
        "deltablue.rzb of 2026-03-16: S4",
    ),
    "history/2026-01-20_18b3126_arithmetic": (
        PINNED_REPO, "18b3126611ba4f4b2eca1178c8e14fabebcdfca0", PRECOMPILED + "arithmetic.rzb", 23801,
        "310fecda017a0bab43ec57033dff5111b6b6d04ad95c39710439bcba88252050", (),
        "arithmetic.rzb of the first bundle commit (2026-01-20): decodes under no specified generation",
    ),
}  # fmt: skip

GENERATION_CLAUSES = ["rzb.generation.detect", "rzb.generation.named", "rzb.generation.ambiguous"]
COMMON = ["rzb.container.sniff", "rzb.payload.postcard", "rzb.model.file", "rzb.maps.order"]


def provenance(stem: str) -> dict[str, Any]:
    repo, commit, path, size, sha256, generations, _ = REAL_WORLD[stem]
    status = f"valid under {'/'.join(generations)}" if generations else "decodes under no specified generation"
    return {
        "repository": repo,
        "commit": commit,
        "path": path,
        "bytes": size,
        "sha256": sha256,
        "licence": "Apache-2.0",
        "status": status,
    }


def real_world_cases() -> Iterator[GeneratedCase]:
    """Expectations only: the bytes are the copies in corpus/rzb/real-world/, never regenerated. Each file's
    generation set under `auto` must be the one PROVENANCE.md states; the rest follows from the rules."""
    for stem, (_, _, _, size, _, generations, description) in REAL_WORLD.items():
        data = (REAL_WORLD_DIR / f"{stem}.rzb").read_bytes()
        assert len(data) == size, stem
        by_profile = oracle.outcomes(data)
        found = by_profile["auto"].model["generations"] if by_profile["auto"].outcome == "accept" else []
        assert tuple(found) == generations, (stem, found, generations)
        clauses = [*COMMON, *GENERATION_CLAUSES, "rzb.order.pinned", "rzb.order.newer", "rzb.container.zstd"]
        if not generations:
            clauses = ["rzb.container.sniff", "rzb.payload.postcard", "rzb.generation.none", "rzb.order.newer"]
        yield GeneratedCase("real-world", stem, description, clauses, None, by_profile=by_profile,
                            provenance=provenance(stem))  # fmt: skip


def generate() -> Iterator[GeneratedCase]:
    yield from real_world_cases()

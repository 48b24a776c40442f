"""The compiled engines agree with the interpreter: result, stdout and error class, on the corpus programs
and on hypothesis-driven random chunks, and under every step limit up to a program's length in steps (so the
compiled step count, made per segment, fails at exactly the interpreter's step, and a fault before the limit
still wins)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.fuzz import fzb_vm as fuzzer
from binfmt_conformance.reference_impl.fzb import api, asm, compile_py, vm

PROGRAMS = Path(__file__).resolve().parents[2] / "corpus" / "fzb-programs"
SMALL = ["closures", "records", "lists", "variants", "numbers"]


def outcome(chunk: dict, profile: str, engine: str, step_limit: int | None = None) -> tuple:
    options = dict(fuzzer.LIMITS)
    if step_limit is not None:
        options["step_limit"] = step_limit
    try:
        run = vm.execute(chunk, profile, options, engine=engine)
    except FormatError as error:
        return ("error", error.error_class.value)
    except (compile_py.NotCompilable, compile_py.Bail):
        return ("declined",)
    return ("ok", repr(run.result), run.stdout)


def steps_of(chunk: dict, profile: str) -> int:
    """How many steps the interpreter takes (the least limit it runs under), by bisection."""
    low, high = 1, fuzzer.LIMITS["step_limit"]
    if outcome(chunk, profile, "interpreter", high) == ("error", "step_limit_exceeded"):
        return high
    while low < high:
        middle = (low + high) // 2
        if outcome(chunk, profile, "interpreter", middle) == ("error", "step_limit_exceeded"):
            low = middle + 1
        else:
            high = middle
    return low


def agree(chunk: dict, limits: list[int | None]) -> int:
    compared = 0
    for profile in ("upstream", "intended"):
        for limit in limits:
            compiled = outcome(chunk, profile, "compiled", limit)
            if compiled == ("declined",):
                continue
            assert compiled == outcome(chunk, profile, "interpreter", limit), (profile, limit)
            compared += 1
    return compared


def program_chunks() -> list[tuple[str, dict]]:
    chunks = []
    for path in sorted(PROGRAMS.glob("*.fzs")):
        if path.stem in SMALL:
            chunks.append((path.stem, api.deserialize_chunk(asm.assemble(path.read_text(encoding="utf-8")))))
    return chunks


@pytest.mark.parametrize(("name", "chunk"), program_chunks(), ids=lambda x: x if isinstance(x, str) else "")
def test_corpus_programs_under_every_step_limit(name: str, chunk: dict) -> None:
    for profile in ("upstream", "intended"):
        total = steps_of(chunk, profile)
        limits = sorted({*range(1, min(total, 60) + 2), *range(total - 20, total + 2)} - {0})
        for limit in (x for x in limits if x > 0):
            compiled = outcome(chunk, profile, "compiled", limit)
            if compiled != ("declined",):
                assert compiled == outcome(chunk, profile, "interpreter", limit), (profile, limit)


def test_random_chunks_under_many_step_limits() -> None:
    compared = 0
    for run in range(80):
        chunk = fuzzer.ProgramMaker(random.Random(f"engines/{run}")).chunk(depth=2)
        compared += agree(chunk, [None, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
    assert compared > 600


@settings(max_examples=100, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(1, 200))
def test_hypothesis_chunks_agree(rng: random.Random, limit: int) -> None:
    chunk = fuzzer.ProgramMaker(rng).chunk(depth=2)
    agree(chunk, [None, limit])

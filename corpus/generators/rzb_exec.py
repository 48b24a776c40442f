"""The `.rzb` corpus, execution side: `execute` cases (spec/formats/rzb-execution.md).

- the real benchmark bundles (`real-world`): their upstream outputs where a run here is quick, else the
  same bundle with its size constants patched (`valid`), expected output from the plain-Python ports of
  `rzb_exec_ports.py` for the same sizes; fibonacci unpatched under a step limit fails with the step limit;
- the synthetic programs of `rzb_exec_cases.py`, each for a rule the real bundles do not reach.

Expected results never come from the interpreter. The reader and writer are used only to build inputs:
a patched bundle is the real one decoded, one `Const` per size replaced, and written back raw (no zstd).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import rzb_exec_cases, rzb_exec_ports
from binfmt_conformance.formats import types as t

REAL_WORLD = Path(__file__).resolve().parent.parent / "rzb" / "real-world"  # the corpus's copies of the real files
BASE = ["rzb.exec.operation", "rzb.exec.startup.order", "rzb.exec.frame.blocks", "rzb.exec.call.direct"]
REAL_CLAUSES = [
    *BASE,
    "rzb.exec.result",
    "rzb.exec.phi.parallel",
    "rzb.exec.memory.gep",
    "rzb.exec.memory.load",
    "rzb.exec.memory.store",
    "rzb.exec.rt.haxe_trace_string_struct",
]


@dataclass(frozen=True)
class Patch:
    """One size constant of a real bundle: `Const` at (function, block, instruction index) and what it was."""

    function: int
    block: int
    index: int
    original: int


# The size constants of each real bundle, by file (function/block/index as the bundle holds them).
FIBONACCI_N = {"fibonacci.rzb": Patch(3, 0, 0, 40)}
MANDELBROT = {  # width, height, and width * height - 1 twice (the image's last index)
    "mandelbrot.rzb": (
        Patch(10, 9, 0, 875),
        Patch(10, 5, 0, 500),
        (Patch(10, 3, 18, 437499), Patch(10, 3, 22, 437499)),
    ),
    "mandelbrot-s2.rzb": (
        Patch(10, 9, 0, 875),
        Patch(10, 5, 0, 500),
        (Patch(10, 3, 16, 437499), Patch(10, 3, 19, 437499)),
    ),
    "history/2026-02-09_c9d9f09_mandelbrot.rzb": (
        Patch(10, 9, 0, 875),
        Patch(10, 5, 0, 500),
        (Patch(10, 3, 16, 437499), Patch(10, 3, 18, 437499)),
    ),
    "history/2026-03-13_08be35d_mandelbrot.rzb": (
        Patch(10, 9, 0, 875),
        Patch(10, 5, 0, 500),
        (Patch(10, 3, 16, 437499), Patch(10, 3, 20, 437499)),
    ),
}
NBODY = {  # the outer (20) and inner (500000) loop counts of main
    "nbody.rzb": (Patch(4, 1, 0, 20), Patch(4, 5, 0, 500000)),
    "nbody-s2.rzb": (Patch(4, 1, 0, 20), Patch(4, 5, 0, 500000)),
}
DELTABLUE = {  # main's 40 rounds (the corpus runs them all; the patch serves tests and benchmarks)
    "deltablue.rzb": Patch(76, 1, 0, 40),
    "history/2026-03-16_c2b0ce6_deltablue.rzb": Patch(76, 1, 0, 40),
}
MANDELBROT_SIZE = (300, 250)  # a quarter of a second per generation here; the set's edge is inside it
NBODY_SIZE = (1, 200)


def decoded(name: str) -> tuple[dict[str, Any], str]:
    """A real bundle's value and the generation it decodes under."""
    from binfmt_conformance.reference_impl.rzb import reader

    result = reader.read_bundle((REAL_WORLD / name).read_bytes(), "auto")
    return result.value, result.generation


def patched(name: str, values: dict[Patch, int]) -> bytes:
    """The real bundle with each patched `Const` set to its new value, written back raw."""
    from binfmt_conformance.reference_impl.rzb import writer

    bundle, generation = decoded(name)
    functions = {fid: f for module in bundle["modules"] for fid, f in module["functions"]}
    for patch, value in values.items():
        blocks = dict(functions[patch.function]["cfg"]["blocks"])
        instruction = blocks[patch.block]["instructions"][patch.index]
        constant = instruction.value["value"]
        assert instruction.name == "Const" and constant.value == patch.original, (name, patch, instruction)
        instruction.value["value"] = t.Variant(constant.name, value)
    return writer.write_bytes(bundle, generation, "Raw")


def unreadable_under(data: bytes) -> dict[str, Expect]:
    """The outcome under each profile that cannot read the bytes (by the corpus's independent decoder,
    rzb_oracle): its decoding rejection. Every other profile runs the program."""
    from binfmt_conformance.corpus.generators import rzb_oracle

    return {p: e for p, e in rzb_oracle.outcomes(data).items() if e.outcome != "accept"}


def ok(stdout: str, result: Any = None) -> Expect:
    return Expect("accept", {"result": result, "stdout": stdout})


def real(path: str, description: str, name: str, expect: Expect, clauses: list[str], **kw: Any) -> GeneratedCase:
    from binfmt_conformance.corpus.generators.rzb import provenance

    data = (REAL_WORLD / name).read_bytes()
    case = GeneratedCase(
        "real-world",
        f"execute/{path}",
        description,
        [*REAL_CLAUSES, *[c for c in clauses if c not in REAL_CLAUSES]],
        data,
        expect=expect,
        operation="execute",
        by_profile=unreadable_under(data),
        **kw,
    )
    case.provenance = provenance(name.removesuffix(".rzb"))
    return case


def patched_case(path: str, description: str, data: bytes, expect: Expect, clauses: list[str]) -> GeneratedCase:
    return GeneratedCase(
        "valid",
        f"execute/{path}",
        description,
        [*REAL_CLAUSES, *[c for c in clauses if c not in REAL_CLAUSES]],
        data,
        expect=expect,
        operation="execute",
        notes="a real bundle with size constants patched; expected output from the plain-Python port",
        by_profile=unreadable_under(data),
    )


def real_world_cases() -> list[GeneratedCase]:
    deltablue = ["rzb.exec.call.indirect", "rzb.exec.rt.haxe_vtable_lookup", "rzb.exec.rt.haxe_array_pop_i64"]
    mandelbrot = ["rzb.exec.float.rounding", "rzb.exec.rt.haxe_array_set_i64", "rzb.exec.rt.haxe_std_int"]
    nbody = ["rzb.exec.rt.haxe_math_sqrt", "rzb.exec.float.rounding"]
    cases = [
        real(
            "fibonacci-step-limit",
            "fibonacci.rzb as written (fib 40, about 3.3e9 steps) passes a step limit of 10^6",
            "fibonacci.rzb",
            Expect("reject", errors=("step_limit_exceeded",)),
            ["rzb.exec.limit.steps"],
            options={"step_limit": 1_000_000},
        )
    ]
    for name in DELTABLUE:  # about 45 million steps: a few seconds here, so the real size runs
        stem = name.removesuffix(".rzb")
        description = f"{name} ({'S5' if stem == 'deltablue' else 'S4'}) prints the upstream total"
        cases.append(real(stem, description, name, ok(rzb_exec_ports.deltablue()), deltablue))
    for n in (1, 10, 20):
        data = patched("fibonacci.rzb", {FIBONACCI_N["fibonacci.rzb"]: n})
        cases.append(
            patched_case(f"fibonacci-{n}", f"fibonacci.rzb with fib({n})", data, ok(rzb_exec_ports.fibonacci(n)), [])
        )
    width, height = MANDELBROT_SIZE
    for name, (w, h, last) in MANDELBROT.items():
        stem = Path(name).stem.replace("_", "-")
        values = {w: width, h: height, last[0]: width * height - 1, last[1]: width * height - 1}
        expected = rzb_exec_ports.mandelbrot(width, height)
        cases.append(
            patched_case(
                f"{stem}-{width}x{height}",
                f"{name} on a {width} x {height} image",
                patched(name, values),
                ok(expected),
                mandelbrot,
            )
        )
    outer, inner = NBODY_SIZE
    for name, (o, i) in NBODY.items():
        stem = Path(name).stem.replace("_", "-")
        data = patched(name, {o: outer, i: inner})
        cases.append(
            patched_case(
                f"{stem}-{outer}x{inner}",
                f"{name} advancing {outer * inner} times",
                data,
                ok(rzb_exec_ports.nbody(outer, inner)),
                nbody,
            )
        )
    return cases


def synthetic_cases() -> list[GeneratedCase]:
    from binfmt_conformance.reference_impl.rzb import writer

    cases = []
    for program in rzb_exec_cases.programs():
        cited = [*BASE, "rzb.exec.result" if program.expect.outcome == "accept" else "rzb.exec.errors"]
        data = writer.write_bytes(program.bundle, "S5", "Raw")
        cases.append(
            GeneratedCase(
                "valid" if program.expect.outcome == "accept" else "invalid",
                f"execute/{program.path}",
                program.description,
                [*cited, *[c for c in program.clauses if c not in cited]],
                data,
                expect=program.expect,
                operation="execute",
                options=dict(program.options),
                by_profile=unreadable_under(data),
            )
        )
    return cases


def generate() -> list[GeneratedCase]:
    from binfmt_conformance.reference_impl.registry import get_format

    # The cases arrive with the operation: until the rzb FORMAT offers `execute` (the hook into
    # reference_impl/rzb/__init__.py), a corpus of execute cases would only be unsupported checks.
    if "execute" not in get_format("rzb").operations:
        return []
    return [*real_world_cases(), *synthetic_cases()]

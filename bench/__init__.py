"""Benchmarks: each `bench/<name>.py` exposes `run(quick: bool = False) -> dict`; `make bench` runs them all.

A module's dict holds its raw numbers and, under `"rows"`, its rows of the speed table: each made by `row()`
in one common shape (name, measured, baseline, ratio, goal, met), so that `bench/__main__.py` can print one
table and write one results file whatever the module measured. `quick=True` asks for the smallest run that
still produces every row (fewer repeats, smaller inputs): the shape of the results, not their speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

# The rows of the issue's speed table (name → what the row compares). Modules use these names, so that the
# table says which rows nobody measured yet. Rows of other issues may use any other name.
ISSUE_ROWS: dict[str, str] = {
    "ach-reader": "`.ach` 10 MB environment, restore_environment vs sha256 + zstd + msgpack.unpackb",
    "ach-writer": "`.ach` writer vs packb + zstd + sha256",
    "ach-decode-overhead": "`.ach` FORMAT.decode (to the document model) vs the reader alone",
    "fzb-decode-overhead": "`.fzb` FORMAT.decode (to the document model) vs the reader alone",
    "fzb-kaitai": "`.fzb` 576 KB chunk, FORMAT.decode vs the Kaitai-generated parser",
    "plcbundle-verify": "plcbundle repository verify vs `zstd -d | sha256sum` (in-process)",
    "plcbundle-verify-process": "plcbundle repository verify vs `zstd -d | sha256sum` (whole process)",
    "fzb-vm-fib-upstream": "Fusabi VM fib(25) under upstream vs CPython's recursive fib(25)",
    "fzb-vm-fib-intended": "Fusabi VM fib(25) under intended vs CPython's recursive fib(25) (keep it)",
    "suite-serve-j1": "whole suite against the reference, serve mode, -j 1",
    "atheris-ach": "atheris exec/s, small inputs: ach",
    "atheris-fzb": "atheris exec/s, small inputs: fzb",
    "atheris-fzb-vm": "atheris exec/s, small inputs: fzb VM",
    "atheris-plcbundle": "atheris exec/s, small inputs: plcbundle",
}

# Why a row of the issue's table misses its goal, from its profile, and what would close it (the issue asks
# for this of every missed row). `make bench` attaches the text to each missed row as "explained" and prints it
# under the table; a missed row that has none is printed as unexplained.
MISSED_BECAUSE: dict[str, str] = {
    "ach-reader": (
        "at the goal's edge: the body is unpacked by msgpack's C unpacker, then a converter compiled once per "
        "type walks the unpacked objects in Python to apply rmp-serde's rules (Value tags and arities, "
        "map keys) and build the kit's values (float and integer arrays are checked in bulk already); "
        "closing it with margin needs that walk in C"
    ),
    "ach-reader-strict": (
        "not a row of the issue: strict adds one msgpack.packb of the whole body (canonicity decided in one C "
        "call) to ach-reader's work, about 0.1 of the baseline, which takes it just past 1.5"
    ),
    "ach-decode-overhead": (
        "the document model spells every float of a tensor as one JSON object with one decimal string (exact "
        "for -0.0, the infinities and NaN), about a million of them in the 10 MB environment: one dict per "
        "number in Python (the decimal texts are made in C loops already); closing it needs a bulk model node "
        "for f64 arrays (one string per tensor, a model change in spec/formats/ach.md) or a C model builder"
    ),
    "fzb-decode-overhead": (
        "the document model builds about 7 dicts per instruction (the variant object, its operand objects and "
        "the source span record) in Python, after the bincode reader has built the chunk; closing it needs the "
        "model built directly by the compiled reader (one pass, no intermediate chunk value)"
    ),
    "plcbundle-verify": (
        "of the verify's time, parsing each JSON line (orjson) alone is about half of the pipeline's whole "
        "budget, then the member checks per record and the zstd frame walk; a verifier that parses every line "
        "cannot reach 0.5 against a pipeline that never parses JSON, unless lines are parsed lazily (only the "
        "fields the chain hash and the order checks need) and the frame headers are read by the C library"
    ),
    "plcbundle-verify-process": (
        "whole-process time is dominated by Python start-up and imports (about 0.3 s: construct, cryptography, "
        "the schema modules and the document model), against a pipeline of two small C programs; closing it "
        "needs lazy imports of everything the verify path does not use, or a resident verifier"
    ),
    "fzb-vm-fib-upstream": (
        "run alone it meets the goal (19-20x); upstream's frames share one stack, so every call materialises "
        "the pushed values into the shared list and every Return leaves the callee's slots on it "
        "(compile_upstream), 242,785 times for fib 25; closing it with margin needs calls between compiled "
        "closures whose stack height is static compiled as direct calls with Python locals"
    ),
    "fzb-vm-fib-intended": (
        "run alone it is at 10-11x (the issue measured 9x on its machine); each compiled function is a loop "
        "over `if pc == N:` block sections with a step count per segment and a depth argument (compile_py), "
        "fixed costs that fib's tiny blocks make a large share; closing it needs straight-line functions "
        "compiled without the block loop"
    ),
    "rzb-vm-deltablue": (
        "not a row of this table (the MIR interpreter's), at its goal's edge: 11.9-15.2x across runs here; "
        "deltablue is allocation- and field-heavy, and every malloc fills one cell per 8-byte slot of a flat "
        "address-keyed dict (runtime.Memory) and every field access is a GetElementPtr addition plus a dict "
        "lookup, where the port reads a Python attribute; closing it with margin needs blocks as Python lists "
        "addressed by (block, slot) when the offset is a constant"
    ),
    "suite-serve-j1": (
        "the runner costs well under a millisecond per check and the protocol carries thousands of round trips "
        "a second; the time is the reference testee working: fzb execute and property checks run programs and "
        "hypothesis examples in Python, rzb execute runs MIR programs, and the decoders build document models "
        "per check; 3,000 checks/s needs a reference testee that does not interpret programs in Python "
        "(compiled or cached per case) and answers decode checks from a cache of the corpus's models"
    ),
    "atheris-ach": (
        "atheris instruments every line of the kit's Python wire codecs; nearly every mutated input is declined "
        "by the C fast path and read by the exact Python MessagePack codec, a few hundred microseconds "
        "instrumented; closing it needs the exact codec's hot loops out of instrumentation (or in C)"
    ),
    "atheris-fzb": (
        "each input is decoded under one profile by the bincode reader and, under strict, re-encoded: pure "
        "Python under atheris's line instrumentation, 0.2-1 ms an input; closing it needs a compiled (C) "
        "bincode walk or instrumentation restricted to the reader's decision points"
    ),
    "atheris-fzb-vm": (
        "every input is a new program: its Python source is generated and compile()d, then run under the step "
        "and allocation limits, all under atheris's instrumentation of the VM modules; closing it needs the "
        "compiler's hot paths out of instrumentation and a cache of compiled prototypes by their bytes"
    ),
    "atheris-plcbundle": (
        "each input decompresses its frames, parses its JSON lines, and replays the first 32 records: a "
        "DAG-CBOR encoding (pure-Python dag_cbor) and an ECDSA verification per record are most of the cost; "
        "closing it needs a C DAG-CBOR encoder or fewer replayed records per input"
    ),
}

OPS: dict[str, Callable[[float, float], bool]] = {"<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def best_of(repeat: int, action: Callable[[], Any]) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by whatever else the machine does."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat: int, *actions: Callable[[], Any]) -> list[float]:
    """The best of `repeat` rounds for each action, the actions alternating in every round, so that each sees
    the same machine load as the others (side by side, not one after the other)."""
    best = [float("inf")] * len(actions)
    for _ in range(repeat):
        for index, action in enumerate(actions):
            start = time.perf_counter()
            action()
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def measure(what: str, value: float | None, unit: str = "s") -> dict[str, Any]:
    """One side of a row: what ran, the number, its unit ("s", "checks/s", "exec/s", ...)."""
    return {"what": what, "value": None if value is None else round(float(value), 6), "unit": unit}


def row(
    name: str,
    *,
    measured: dict[str, Any],
    baseline: dict[str, Any] | None,
    goal: str,
    ratio: float | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One row of the speed table.

    `goal` is "<op> <number>" or "ratio <op> <number>" (op `<=` or `>=`): either the ratio or the measured
    value itself (a rate such as checks/s) is held against the number. `ratio` defaults to measured / baseline
    (how many times the baseline's time: "N× slower"); pass it for an "as fast as" row (baseline / measured).
    `met` is None when the number the goal needs is missing (say, a tool the baseline needs is not installed).
    """
    words = goal.split()
    of = "ratio" if words[0] == "ratio" else "measured"
    op, target = words[-2], float(words[-1])
    if op not in OPS or len(words) not in (2, 3):
        raise ValueError(f"goal {goal!r}: expected '[ratio] <=|>= number'")
    if ratio is None and baseline is not None and baseline["value"] and measured["value"] is not None:
        ratio = measured["value"] / baseline["value"]
    checked = ratio if of == "ratio" else measured["value"]
    return {
        "name": name,
        "measured": measured,
        "baseline": baseline,
        "ratio": None if ratio is None else round(ratio, 3),
        "goal": {"of": of, "op": op, "value": target, "text": goal},
        "met": None if checked is None else OPS[op](checked, target),
        "note": note,
    }

"""The `.fzb` corpus, execution side: `execute` cases (spec/formats/fzb-execution.md).

Every case is a chunk (assembled here from `.fzs` text, or a golden program of `corpus/fzb-programs/`) with
its expected outcome per profile: `upstream` and `strict` run the upstream semantics, `intended` the
intended one. A case whose outcome is the same success everywhere is `valid`, the same runtime error
everywhere `invalid`, and anything else `impl-defined`; paths start with `execute/`.

Expected results never come from the VM: for the golden programs they are computed by the plain Python
programs below (`expected_*`), for the small cases they are written out by hand from the spec's clauses.
The assembler and the reader are used to build inputs, never to compute an expectation.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import fzb as gen
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import schema
from binfmt_conformance.reference_impl.fzb import asm

PROGRAMS = Path(__file__).resolve().parent.parent / "fzb-programs"
REAL_WORLD = Path(__file__).resolve().parent.parent / "fzb" / "real-world"
BASE = ["fzb.exec.operation", "fzb.exec.profiles", "fzb.exec.machine.start", "fzb.exec.machine.fetch"]
W = t.Variant
UNIT = W("Unit")
NIL = W("Nil")


# -- expected values ----------------------------------------------------------------------------------------


def I(n: int) -> W:  # noqa: E743 - short names keep the expectations readable
    return W("Int", n)


def F(x: float) -> W:
    return W("Float", x)


def B(b: bool) -> W:
    return W("Bool", b)


def S(s: str) -> W:
    return W("Str", s)


def T(*items: W) -> W:
    return W("Tuple", list(items))


def LIST(*items: W, tail: W = NIL) -> W:
    result = tail
    for item in reversed(items):
        result = W("Cons", {"head": item, "tail": result})
    return result


def ARR(*items: W) -> W:
    return W("Array", list(items))


def REC(**fields: W) -> W:
    return W("Record", sorted(fields.items()))


def VAR(type_name: str, variant_name: str, *fields: W) -> W:
    return W("Variant", {"type_name": type_name, "variant_name": variant_name, "fields": list(fields)})


def NF(name: str, arity: int, *args: W) -> W:
    return W("NativeFn", {"name": name, "arity": arity, "args": list(args)})


def nan(bits: int) -> float:
    return struct.unpack(">d", bits.to_bytes(8, "big"))[0]


def ok(value: W, stdout: str = "") -> Expect:
    return Expect("accept", {"result": model.to_model(schema.space, schema.VALUE, value), "stdout": stdout})


def fails(error_class: str) -> Expect:
    return Expect("reject", errors=(error_class,))


# -- building cases -----------------------------------------------------------------------------------------


def assemble(text: str) -> bytes:
    return asm.assemble(".fzb 1 current\n" + text)


def program(name: str) -> bytes:
    return asm.assemble((PROGRAMS / f"{name}.fzs").read_text(encoding="utf-8"))


def case(
    path: str,
    description: str,
    clauses: list[str],
    source: str | bytes,
    *,
    both: Expect | None = None,
    upstream: Expect | None = None,
    intended: Expect | None = None,
    options: dict[str, Any] | None = None,
    notes: str = "",
    case_class: str | None = None,
) -> GeneratedCase:
    """One execute case; `both` is the outcome under every profile, else `upstream` (also `strict`) and
    `intended` separately. The class follows from the outcomes."""
    by_profile: dict[str, Expect] = {}
    upstream = upstream or both
    intended = intended or both
    if upstream is not None:
        by_profile["upstream"] = upstream
        by_profile["strict"] = upstream
    if intended is not None:
        by_profile["intended"] = intended
    outcomes = {repr(e.to_json("execute")) for e in by_profile.values()}
    kinds = {e.outcome for e in by_profile.values()}
    if case_class is None:
        if len(outcomes) > 1:
            case_class = "impl-defined"
        else:
            case_class = "valid" if kinds == {"accept"} else "invalid"
    cited = list(BASE)
    if "accept" in kinds:
        cited.append("fzb.exec.result")
    if "reject" in kinds:
        cited.append("fzb.exec.errors")
    cited += [c for c in clauses if c not in cited]
    data = assemble(source) if isinstance(source, str) else source
    return GeneratedCase(
        case_class,
        f"execute/{path}",
        description,
        cited,
        data,
        by_profile=by_profile,
        operation="execute",
        options=dict(options or {}),
        notes=notes,
    )


# -- golden programs and their independent twins ------------------------------------------------------------


def expected_fib(n: int) -> tuple[int, int]:
    """(fib n, number of calls of fib)."""
    calls = 0

    def fib(k: int) -> int:
        nonlocal calls
        calls += 1
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    return fib(n), calls


def expected_tak(x: int, y: int, z: int) -> int:
    def tak(a: int, b: int, c: int) -> int:
        return tak(tak(a - 1, b, c), tak(b - 1, c, a), tak(c - 1, a, b)) if b < a else c

    return tak(x, y, z)


def expected_primes(limit: int) -> list[int]:
    marks = [False] * (limit + 1)
    primes = []
    for i in range(2, limit + 1):
        if not marks[i]:
            primes.append(i)
            for j in range(i * i, limit + 1, i):
                marks[j] = True
    return primes


def expected_binary_trees(n: int, depth: int) -> int:
    """iterate n depth: the sum over i = 1..n of check (make i depth), by building the trees."""

    def make(i: int, d: int) -> tuple[int, Any, Any]:
        if d == 0:
            return (i, None, None)
        return (i, make(2 * i, d - 1), make(2 * i + 1, d - 1))

    def check(tree: Any) -> int:
        if tree is None:
            return 0
        i, left, right = tree
        return i + check(left) + check(right)

    total = sum(check(make(i, depth)) for i in range(1, n + 1))
    # the same sum in closed form: level k of make i d holds i*2^k .. i*2^k + 2^k - 1
    closed = sum(4**k * i + 2**k * (2**k - 1) // 2 for i in range(1, n + 1) for k in range(depth + 1))
    assert total == closed
    return total


def record_display(fields: dict[str, str]) -> str:
    return "{ " + "; ".join(f"{k} = {fields[k]}" for k in sorted(fields)) + " }"


def program_cases() -> Iterator[GeneratedCase]:
    everywhere = [
        "fzb.exec.call",
        "fzb.exec.call.closure",
        "fzb.exec.return",
        "fzb.exec.upstream.return",
        "fzb.exec.intended.return",
    ]
    fib, calls = expected_fib(25)
    assert (fib, calls) == (75025, 242785)
    yield case("programs/fib", f"fib 25 by {calls} recursive calls", everywhere, program("fib"), both=ok(I(fib)))
    yield case(
        "programs/tak",
        "tak 18 12 6 by recursive calls",
        everywhere,
        program("tak"),
        both=ok(I(expected_tak(18, 12, 6))),
    )
    primes = expected_primes(1000)
    assert (len(primes), primes[-1]) == (168, 997)
    sieve = [
        "fzb.exec.make-array",
        "fzb.exec.array-get",
        "fzb.exec.array-set",
        "fzb.exec.jump",
        "fzb.exec.jump-if-false",
        "fzb.exec.host.standard",
        "fzb.exec.upstream.native-call",
        "fzb.exec.intended.native-call",
    ]
    yield case(
        "programs/sieve-1000",
        "the sieve of Eratosthenes up to 1000, printing every prime",
        sieve,
        program("sieve-1000"),
        both=ok(T(I(len(primes)), I(primes[-1])), "".join(f"{p}\n" for p in primes)),
    )
    primes = expected_primes(10000)
    assert (len(primes), primes[-1]) == (1229, 9973)
    yield case(
        "programs/sieve-10000",
        "the sieve of Eratosthenes up to 10000",
        sieve,
        program("sieve-10000"),
        both=ok(T(I(len(primes)), I(primes[-1]))),
    )
    trees = expected_binary_trees(100, 10)
    assert trees == 7130212750
    yield case(
        "programs/binary_trees",
        "binary_trees: iterate 100 10, building and checking 100 trees of 2047 nodes",
        [*everywhere, "fzb.exec.make-variant", "fzb.exec.check-variant-tag", "fzb.exec.get-variant-field"],
        program("binary_trees"),
        intended=ok(I(trees)),
        notes="The golden run is under intended; upstream computes the same sum (about 15 million "
        "steps), which the tests check on smaller trees.",
    )
    yield case(
        "programs/closures",
        "closures that capture: an adder, a counter, a recursive factorial",
        [
            "fzb.exec.make-closure",
            "fzb.exec.load-upvalue",
            "fzb.exec.store-upvalue",
            "fzb.exec.upstream.closures",
            "fzb.exec.intended.closures",
            "fzb.exec.value.sharing",
        ],
        program("closures"),
        upstream=fails("runtime_invalid_index"),
        intended=ok(T(I(5 + 10), I(3), I(math.factorial(10)))),
    )
    total = sum(range(1, 100001))
    yield case(
        "programs/tail_calls",
        "a tail-recursive loop of 100000 calls, and a tail call of a host function",
        [
            "fzb.exec.tail-call",
            "fzb.exec.upstream.tail-call",
            "fzb.exec.intended.tail-call",
            "fzb.exec.limit.call-depth",
        ],
        program("tail_calls"),
        upstream=fails("runtime_not_implemented"),
        intended=ok(T(I(total), S(str(total)))),
    )
    p = {"x": 3, "y": 4}
    q = {**p, "y": 10}
    r = p["x"] * q["y"]
    yield case(
        "programs/records",
        "records: make, get, update, methods and Display",
        [
            "fzb.exec.make-record",
            "fzb.exec.get-record-field",
            "fzb.exec.update-record",
            "fzb.exec.call-method",
            "fzb.exec.call.method",
            "fzb.exec.call.native",
            "fzb.exec.value.display",
        ],
        program("records"),
        both=ok(
            T(REC(x=I(q["x"]), y=I(q["y"])), I(r), I(2 * 21), S(f"r={r}")),
            record_display({k: str(v) for k, v in q.items()}) + "\n",
        ),
    )
    shapes = [("Circle", (2,)), ("Rect", (3, 4)), ("Square", (5,)), ("Dot", ())]
    areas = {"Circle": lambda r: 3 * r * r, "Rect": lambda w, h: w * h, "Square": lambda a: a * a, "Dot": lambda: 0}
    total_area = sum(areas[name](*fields) for name, fields in shapes)
    items: list[Any] = [(0, "a"), (1, "x"), (2, "y"), 7]

    def classify(item: Any) -> str:
        if isinstance(item, tuple) and len(item) == 2:
            return "zero" if item[0] == 0 else "x" if item[1] == "x" else "pair"
        return "other"

    shown = "[" + "; ".join(name + (f"({', '.join(map(str, f))})" if f else "") for name, f in shapes) + "]"
    yield case(
        "programs/variants",
        "variants and pattern matching: areas of shapes, a tuple classifier",
        [
            "fzb.exec.check-variant-tag",
            "fzb.exec.get-variant-field",
            "fzb.exec.check-tuple-len",
            "fzb.exec.get-tuple-elem",
            "fzb.exec.check-int",
            "fzb.exec.check-string",
            "fzb.exec.concat",
            "fzb.exec.make-list",
            "fzb.exec.is-nil",
            "fzb.exec.value.display",
        ],
        program("variants"),
        both=ok(T(I(total_area), S("".join(classify(i) + "," for i in items))), shown + "\n"),
    )
    ys = [0, 1, 2, 3, 4, 5]
    yield case(
        "programs/lists",
        "lists: make, cons, walk, reverse, and Display of proper and improper lists",
        [
            "fzb.exec.make-list",
            "fzb.exec.cons",
            "fzb.exec.list-head",
            "fzb.exec.list-tail",
            "fzb.exec.is-nil",
            "fzb.exec.value.display",
        ],
        program("lists"),
        both=ok(T(I(sum(ys)), LIST(*(I(v) for v in reversed(ys)))), "[" + "; ".join(map(str, ys)) + "]\nCons(1, 2)\n"),
    )
    wrapped = ((2**63 - 1 + 1 + 2**63) % 2**64) - 2**63
    float_line = "(0.30000000000000004, 3, 1000000000000000000000, 0.0000001, -0, NaN, inf, 0.3333333333333333)"
    yield case(
        "programs/numbers",
        "Int wrap-around and division, Float Display, NaN, logic, arrays",
        [
            "fzb.exec.add",
            "fzb.exec.div",
            "fzb.exec.lt",
            "fzb.exec.eq",
            "fzb.exec.neq",
            "fzb.exec.and",
            "fzb.exec.or",
            "fzb.exec.not",
            "fzb.exec.array-update",
            "fzb.exec.array-length",
            "fzb.exec.value.display",
            "fzb.exec.value.sharing",
        ],
        program("numbers"),
        both=ok(
            T(I(wrapped), I(int(-7 / 2)), I(int(7 / -2)), B(False), B(False), B(True), B(True), I(3), F(0.1 + 0.2)),
            float_line + "\n[|10; 2; 3|] [|10; 20; 3|]\n",
        ),
    )


def real_world_cases() -> Iterator[GeneratedCase]:
    from binfmt_conformance.corpus.generators.fzb import provenance

    tui = [
        "fzb.exec.host.registry",
        "fzb.exec.host.tui",
        "fzb.exec.host.standard",
        "fzb.exec.host.format",
        "fzb.exec.call.native",
        "fzb.exec.upstream.native-call",
        "fzb.exec.intended.native-call",
        "fzb.exec.store-local",
        "fzb.exec.load-global",
    ]
    hello = case(
        "hello_tui",
        "hello_tui.fzb under the TUI test host",
        tui,
        (REAL_WORLD / "hello_tui.fzb").read_bytes(),
        upstream=ok(UNIT, "Buffer created: 40x10\n"),
        intended=fails("runtime_type_mismatch"),
        case_class="real-world",
        notes="Under intended the match on `area` fails: the compiler put the locals w and h in slots "
        "that, without upstream's leftover stack, hold the matched value itself (GET_VARIANT_FIELD 3 "
        "then reads an Int).",
    )
    hello.provenance = provenance("hello_tui")
    yield hello
    small = case(
        "tui",
        "tui.fzb: binds the version string to a local and returns ()",
        ["fzb.exec.store-local"],
        (REAL_WORLD / "tui.fzb").read_bytes(),
        both=ok(UNIT),
        case_class="real-world",
    )
    small.provenance = provenance("tui")
    yield small
    past_end = Expect("reject", errors=gen.LEGACY_UNDER_CURRENT)  # why: corpus/generators/fzb.py
    legacy = case(
        "hello-legacy",
        "examples/hello.fzb runs only under legacy-b248970",
        ["fzb.exec.load-const"],
        (REAL_WORLD / "hello-legacy.fzb").read_bytes(),
        both=past_end,
        case_class="real-world",
        notes=gen.LEGACY_UNDER_CURRENT_NOTES,
    )
    legacy.by_profile["legacy-b248970"] = ok(S("Hello, FSRS!"))
    legacy.clauses.append("fzb.exec.result")
    legacy.provenance = provenance("hello-legacy")
    yield legacy


def generate() -> list[GeneratedCase]:
    from binfmt_conformance.corpus.generators import fzb_exec_cases

    cases: list[GeneratedCase] = []
    for produce in (program_cases, real_world_cases, *fzb_exec_cases.GROUPS):
        cases.extend(produce())
    return cases

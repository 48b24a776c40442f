"""A fuzzer for the fzb VM: random well-formed chunks, run under every execution semantics and small limits.

    python fuzz/fzb_vm.py [--runs N] [--seed S]        # plain random search, deterministic per seed
    make fuzz FORMAT=fzb_vm TIME=60                    # atheris, seeded from corpus/fzb (fuzz/harness.py)
    python fuzz/fzb_vm.py reports/fuzz/fzb_vm/crash-…  # replay one input

An input that reads as a `.fzb` chunk (the corpus seeds and what libFuzzer makes of them) runs as it is;
any other input drives the random program generator, so both real programs and generated ones are fuzzed.

The crash rule: running a chunk ends with a result or a `FormatError` whose class is one of the declared
runtime classes (`RUNTIME_CLASSES`); the result converts to the document model (or the conversion says
`value_size_exceeded`). Anything else — another exception, a RecursionError, a hang past the step limit —
is a crash. The compiled engines (`compile_py`, `compile_upstream`) must also agree with the interpreter
exactly: the same result model and stdout, or the same error class.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.formats.fzb.limits import RUNTIME_CLASSES

INTERPRETER = True  # `make fuzz-campaign` runs interpreters for fewer inputs than readers (fuzz/campaign.py)
LIMITS = {"step_limit": 3000, "call_depth_limit": 40, "stack_limit": 400, "value_size_limit": 4000}
NAMES = ("printfn", "print", "sprintf", "fst", "snd", "createRect", "withFg", "emptyStyle", "nope", "x", "f")
FORMATS = ("%d", "%s|%d", "%A", "%b%%", "plain", "%q")
INSTRUCTIONS = [(name, payload) for name, payload, _ in schema.INSTRUCTIONS]


class ProgramMaker:
    """Random chunks that are valid on the wire and mostly keep the stack deep enough to run a while."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def value(self, depth: int) -> t.Variant:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return t.Variant("Int", rng.choice([0, 1, 2, -1, 3, 7, (1 << 63) - 1, -(1 << 63), rng.randint(-99, 99)]))
        if roll < 0.4:
            return t.Variant("Float", rng.choice([0.0, -0.0, 1.5, float("inf"), float("nan"), 1e300, 0.1]))
        if roll < 0.48:
            return t.Variant("Bool", rng.random() < 0.5)
        if roll < 0.62:
            return t.Variant("Str", rng.choice(NAMES + FORMATS + ("", "é")))
        if roll < 0.66:
            return t.Variant("Unit")
        if roll < 0.68:
            return t.Variant("Nil")
        if depth <= 0 or roll < 0.72:
            return t.Variant("Int", rng.randint(0, 5))
        if roll < 0.76:
            return t.Variant("Tuple", [self.value(depth - 1) for _ in range(rng.randint(0, 3))])
        if roll < 0.79:
            tail = rng.choice([t.Variant("Nil"), self.value(depth - 1)])
            return t.Variant("Cons", {"head": self.value(depth - 1), "tail": tail})
        if roll < 0.82:
            return t.Variant("Array", [self.value(depth - 1) for _ in range(rng.randint(0, 3))])
        if roll < 0.86:
            pairs = [(rng.choice(NAMES), self.value(depth - 1)) for _ in range(rng.randint(0, 3))]
            return t.Variant(rng.choice(["Record", "Map"]), pairs)
        if roll < 0.89:
            fields = [self.value(depth - 1) for _ in range(rng.randint(0, 2))]
            name = rng.choice(["A", "B", "Rect"])
            return t.Variant("Variant", {"type_name": "T", "variant_name": name, "fields": fields})
        if roll < 0.92:
            args = [self.value(depth - 1) for _ in range(rng.randint(0, 1))]
            return t.Variant("NativeFn", {"name": rng.choice(NAMES), "arity": rng.randint(0, 3), "args": args})
        arity = rng.randint(0, 3)
        name = rng.choice([None, "g"])
        return t.Variant("Closure", {"chunk": self.chunk(depth - 1, arity), "arity": arity, "name": name})

    def chunk(self, depth: int, height: int = 0) -> dict[str, Any]:
        rng = self.rng
        constants = [self.value(depth) for _ in range(rng.randint(0, 6))]
        constants += [t.Variant("Str", rng.choice(NAMES)), t.Variant("Str", rng.choice(FORMATS))]
        if depth > 0 and rng.random() < 0.6:
            arity = rng.randint(0, 2)
            chunk = self.chunk(depth - 1, arity)
            constants.append(t.Variant("Closure", {"chunk": chunk, "arity": arity, "name": None}))
        rng.shuffle(constants)
        target = rng.randint(1, 30)
        instructions: list[t.Variant] = []
        while len(instructions) < target:
            height = self.extend(instructions, constants, height, target)
        if rng.random() < 0.85:
            instructions.append(t.Variant("Return"))
        return {
            "instructions": instructions,
            "constants": constants,
            "name": None,
            "spans": [],
            "source": None,
            "source_file": None,
        }

    def extend(self, out: list[t.Variant], constants: list[t.Variant], height: int, target: int) -> int:
        """Append an idiom or a single instruction; returns the new estimated stack height."""
        from binfmt_conformance.reference_impl.fzb import compile_py
        from binfmt_conformance.reference_impl.fzb.vm import OPCODES

        rng = self.rng
        count = len(constants)
        roll = rng.random()
        if roll < 0.12:  # call something with arguments
            callees = [i for i, c in enumerate(constants) if c.name in ("Closure", "NativeFn", "Str")]
            k = rng.choice(callees) if callees else 0
            if constants and constants[k % count].name == "Str":
                out.append(t.Variant("LoadGlobal", k))
            else:
                out.append(t.Variant("LoadConst", k))
            argc = rng.randint(0, 2)
            out.extend(t.Variant("LoadConst", rng.randrange(count)) for _ in range(argc))
            out.append(t.Variant(rng.choice(["Call", "Call", "TailCall"]), argc))
            return height + 1
        if roll < 0.2:  # build an aggregate
            n = rng.randint(0, 3)
            kind = rng.choice(["MakeTuple", "MakeList", "MakeArray", "MakeVariant", "MakeRecord"])
            if kind == "MakeVariant":
                out += [t.Variant("LoadConst", rng.randrange(count)), t.Variant("LoadConst", rng.randrange(count))]
            pushes = 2 * n if kind == "MakeRecord" else n
            out.extend(t.Variant("LoadConst", rng.randrange(count)) for _ in range(pushes))
            out.append(t.Variant(kind, n))
            return height + 1
        if roll < 0.45 or height == 0:  # push something
            choice = rng.random()
            if choice < 0.5 or height == 0:
                out.append(t.Variant("LoadConst", rng.randrange(count + 1)))
            elif choice < 0.8:
                out.append(t.Variant("LoadLocal", rng.randrange(height + 1)))
            else:
                out.append(t.Variant("Dup"))
            return height + 1
        name, payload = rng.choice(INSTRUCTIONS)
        instruction = self.instruction(len(out), target, count, height, name, payload)
        op = OPCODES[name]
        operands = instruction.value if isinstance(instruction.value, list) else [instruction.value, None]
        pops, pushes = compile_py.stack_effect(op, operands[0], operands[1])
        out.append(instruction)
        if name == "StoreLocal":
            return max(height - 1, operands[0] + 1)
        return max(0, height - pops + pushes)

    def instruction(
        self, index: int, count: int, constants: int, height: int, name: str, payload: tuple[t.Type, ...]
    ) -> t.Variant:
        rng = self.rng
        operands = []
        for position, typ in enumerate(payload):
            if name in ("Jump", "JumpIfFalse"):
                operands.append(rng.randint(-index - 2, count - index + 1))
            elif name in ("LoadConst", "LoadGlobal", "MakeClosure", "CallMethod") and position == 0:
                operands.append(rng.randint(0, constants) if constants else rng.randint(0, 1))
            elif name in ("LoadLocal", "StoreLocal", "Call", "TailCall") or position == 1:
                operands.append(rng.randint(0, max(height, 1)))
            elif typ == t.BOOL:
                operands.append(rng.random() < 0.5)
            elif typ == t.STR:
                operands.append(rng.choice(["A", "Rect", "x", ""]))
            elif typ == t.I64:
                operands.append(rng.choice([0, 1, -1, 7]))
            else:
                operands.append(rng.randint(0, 3))
        if not payload:
            return t.Variant(name)
        return t.Variant(name, operands[0] if len(operands) == 1 else operands)


def outcome(chunk: dict[str, Any], profile: str, engine: str) -> tuple[str, Any]:
    """("ok", (result model, stdout)) or ("error", class); raises on anything outside the crash rule."""
    from binfmt_conformance.reference_impl.fzb import vm
    from binfmt_conformance.reference_impl.fzb.values import to_wire

    layout = profiles.PROFILES[profile].layout
    try:
        run = vm.execute(chunk, profile, LIMITS, engine=engine)
        wire = to_wire(run.result, LIMITS["value_size_limit"])
        return "ok", (model.to_model(layout.space, layout.value, wire), run.stdout)
    except FormatError as error:
        if error.error_class not in RUNTIME_CLASSES:
            raise AssertionError(f"undeclared error class {error.error_class}: {error}") from error
        return "error", error.error_class.value


def check_chunk(chunk: dict[str, Any]) -> None:
    """The crash rule for one chunk, under both semantics and both engines, which must agree."""
    from binfmt_conformance.reference_impl.fzb import compile_py

    for profile in ("upstream", "intended"):
        interpreted = outcome(chunk, profile, "interpreter")
        try:
            compiled = outcome(chunk, profile, "compiled")
        except (compile_py.NotCompilable, compile_py.Bail):
            continue
        if compiled != interpreted:
            raise AssertionError(f"{profile}: compiled {compiled!r} but interpreted {interpreted!r}")


def test_one_input(data: bytes) -> None:
    from binfmt_conformance.reference_impl.fzb import reader

    try:
        chunk = reader.read_chunk(data, "upstream")
    except FormatError:
        chunk = ProgramMaker(random.Random(data)).chunk(depth=2)
    check_chunk(chunk)


def search(runs: int, seed: int) -> int:
    """Plain random search; returns how many chunks ran."""
    for run in range(runs):
        maker = ProgramMaker(random.Random(f"{seed}/{run}"))
        chunk = maker.chunk(depth=2)
        try:
            check_chunk(chunk)
        except AssertionError as error:
            raise AssertionError(f"seed {seed} run {run}: {error}\nchunk: {chunk!r}") from error
    return runs


def main() -> None:
    libfuzzer = [a for a in sys.argv[1:] if (a.startswith("-") and not a.startswith("--")) or Path(a).is_file()]
    if libfuzzer:  # libFuzzer flags (-atheris_runs=N, ...) or crash files to replay
        import atheris

        from binfmt_conformance.fuzz import harness

        with atheris.instrument_imports(
            include=["binfmt_conformance.reference_impl.fzb"]
        ):  # coverage feedback from the VM
            from binfmt_conformance.reference_impl.fzb import compile_py, compile_upstream, hosts, values, vm  # noqa: F401
        harness.main("fzb_vm", test_one_input)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    print(f"{search(arguments.runs, arguments.seed)} chunks ran within the crash rule")


if __name__ == "__main__":
    main()

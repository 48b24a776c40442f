"""A fuzzer for the Rayzor MIR interpreter: random well-formed MIR programs, run under small limits.

    python fuzz/rzb_vm.py [--runs N] [--seed S]        # plain random search, deterministic per seed
    python fuzz/rzb_vm.py -atheris_runs=N              # atheris: its input bytes drive the generator
    python fuzz/rzb_vm.py CRASH_FILE                   # replay one input

The crash rule: running a bundle ends with a result (that converts to the result model) or a `FormatError`
whose class is one of the runtime classes of spec/formats/rzb-execution.md (`RUNTIME_CLASSES`). Anything else
— another exception, a Python RecursionError escaping, a hang past the step limit — is a crash.

Programs are random but shaped like compiler output: a few functions of a few blocks, registers mostly
written before they are read, branches to existing blocks with phis, calls to each other, to runtime
functions (including one the kit lacks) and through function references, memory through malloc'd objects
and HaxeArrays, and every instruction kind now and then.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from binfmt_conformance.corpus.generators import rzb_exec_mir as mir
from binfmt_conformance.corpus.generators.rzb_exec_cases import MALLOC, RT, RUNTIME, program
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.rzb.limits import RUNTIME_CLASSES
from binfmt_conformance.fuzz import harness

INTERPRETER = True  # `make fuzz-campaign` runs interpreters for fewer inputs than readers (fuzz/campaign.py)
LIMITS = {"step_limit": 3000, "call_depth_limit": 30, "memory_limit": 1 << 16, "output_limit": 4096}
TYPES = [mir.I32, mir.I64, mir.F64, mir.Bool, mir.U8, mir.F32, mir.ptr(mir.Void), mir.Any_]
BINARY = "Add Sub Mul Div Rem And Or Xor Shl Shr Ushr FAdd FSub FMul FDiv FRem".split()
COMPARE = "Eq Ne Lt Le Gt Ge ULt ULe UGt UGe FEq FNe FLt FLe FGt FGe FOrd FUno".split()
RARE = ["Panic", "Throw", "LandingPad", "InlineAsm", "Jump", "Phi"]


class ProgramMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next_reg = 0
        self.function_ids: list[int] = []

    def reg(self) -> int:
        self.next_reg += 1
        return self.next_reg

    def constant(self) -> mir.V:
        rng = self.rng
        return rng.choice(
            [
                mir.i32(rng.choice([0, 1, -1, 7, 2147483647, -2147483648, rng.randint(-99, 99)])),
                mir.i64(rng.choice([0, 1, -1, (1 << 63) - 1, -(1 << 63), rng.randint(-999, 999)])),
                mir.f64(rng.choice([0.0, -0.0, 1.5, float("inf"), float("nan"), 1e300, 0.1])),
                mir.boolean(rng.random() < 0.5),
                mir.u64(rng.choice([0, 8, 16, 24, 32, 1 << 40])),
                mir.string(rng.choice(["", "a", "é", "x" * 20])),
                mir.NULL,
                mir.V("Struct", [mir.i64(1), mir.i64(2)]),
                mir.V("Function", rng.choice([*self.function_ids, 999])),
            ]
        )

    def instruction(self, live: list[int]) -> mir.Ins:
        rng = self.rng

        def pick() -> int:
            return rng.choice(live) if live and rng.random() < 0.95 else rng.randint(0, self.next_reg + 2)

        dest = self.reg()
        roll = rng.random()
        if roll < 0.2 or not live:
            return mir.const(dest, self.constant())
        if roll < 0.35:
            return mir.binop(dest, rng.choice(BINARY), pick(), pick(), rng.choice(TYPES))
        if roll < 0.45:
            return mir.cmp(dest, rng.choice(COMPARE), pick(), pick())
        if roll < 0.5:
            return mir.unop(dest, rng.choice(["Neg", "Not", "FNeg"]), pick(), rng.choice(TYPES))
        if roll < 0.55:
            return mir.cast(dest, pick(), rng.choice(TYPES), rng.choice(TYPES))
        if roll < 0.6:
            return mir.call(dest, MALLOC, [pick()], mir.ptr(mir.U8))
        if roll < 0.65:
            return mir.gep(dest, pick(), [pick()], rng.choice(TYPES))
        if roll < 0.7:
            return mir.load(dest, pick(), rng.choice(TYPES))
        if roll < 0.74:
            return mir.store(pick(), pick())
        if roll < 0.8:
            name = rng.choice(list(RUNTIME))
            arity = len(RUNTIME[name][1])
            return mir.call(dest, RT[name], [pick() for _ in range(arity)], RUNTIME[name][2])
        if roll < 0.85:
            target = rng.choice(self.function_ids)
            return mir.call(dest, target, [pick() for _ in range(rng.randint(0, 3))], mir.I64)
        if roll < 0.88:
            return mir.function_ref(dest, rng.choice([*self.function_ids, 999]))
        if roll < 0.9:
            return mir.call_indirect(dest, pick(), [pick()], mir.fn_type([mir.I64], mir.I64), mir.I64)
        if roll < 0.92:
            return mir.select(dest, pick(), pick(), pick())
        if roll < 0.94:
            return mir.store_global(rng.randint(0, 3), pick())
        if roll < 0.96:
            return mir.load_global(dest, rng.randint(0, 3), mir.I64)
        if roll < 0.97:
            return mir.ins("CreateStruct", mir.Any_, dest=dest, ty=mir.Any_, fields=[pick(), pick()])
        if roll < 0.98:
            return mir.ins("ExtractValue", mir.I64, dest=dest, aggregate=pick(), indices=[rng.randint(0, 2)])
        kind = rng.choice([*RARE, "VectorSplat", "Alloc", "Free", "MemSet"])
        vec = mir.vector(mir.I64, 2)
        fields: dict[str, Any] = {
            "Panic": {"message": "fuzz"},
            "Throw": {"exception": pick()},
            "LandingPad": {"dest": dest, "ty": mir.Any_, "clauses": []},
            "InlineAsm": {"dest": None, "asm": "", "inputs": [], "outputs": [], "clobbers": []},
            "Jump": {"target": 0},
            "Phi": {"dest": dest, "incoming": [[pick(), 0]]},
            "VectorSplat": {"dest": dest, "scalar": pick(), "vec_ty": vec},
            "Alloc": {"dest": dest, "ty": rng.choice(TYPES), "count": pick() if rng.random() < 0.5 else None},
            "Free": {"ptr": pick()},
            "MemSet": {"dest": pick(), "value": pick(), "size": pick()},
        }[kind]
        return mir.ins(kind, None, **fields)

    def function(self, function_id: int, params: int) -> mir.Fn:
        rng = self.rng
        self.next_reg = params
        f = mir.Fn(
            function_id,
            "main" if function_id == 1 else f"f{function_id}",
            [(i, mir.I64) for i in range(params)],
            mir.I64,
        )
        blocks = rng.randint(1, 4)
        live = list(range(params))
        for block_id in range(blocks):
            instructions = [self.instruction(live) for _ in range(rng.randint(0, 6))]
            live += [i.fields["dest"] for i in instructions if i.fields.get("dest") is not None]
            phis = []
            if block_id and live and rng.random() < 0.5:
                phis = [mir.phi(self.reg(), [(rng.randint(0, blocks - 1), rng.choice(live))], mir.I64)]
                live.append(phis[0]["dest"])
            roll = rng.random()
            target = rng.randint(0, blocks)  # one past the last block now and then
            if roll < 0.3 or not live:
                terminator = mir.ret(rng.choice(live) if live else None)
            elif roll < 0.6:
                terminator = mir.cond_br(rng.choice(live), target, rng.randint(0, blocks - 1))
            elif roll < 0.85:
                terminator = mir.br(min(block_id + 1, blocks - 1) if rng.random() < 0.8 else target)
            elif roll < 0.95:
                terminator = mir.switch(rng.choice(live), [(0, target), (1, rng.randint(0, blocks - 1))], 0)
            else:
                terminator = mir.UNREACHABLE
            f.block(block_id, instructions, terminator, phis)
        return f

    def bundle(self) -> dict[str, Any]:
        rng = self.rng
        count = rng.randint(1, 3)
        self.function_ids = [1] + [10 + i for i in range(count)]
        functions = [self.function(1, 0)] + [self.function(10 + i, rng.randint(0, 2)) for i in range(count)]
        if rng.random() < 0.2:
            init = self.function(50, 0)
            init.name = rng.choice(["__init__", "__vtable_init__"])
            functions.append(init)
        globals_ = [mir.global_var(0, "g", mir.I64, mir.i64(3))]
        return program(*functions, globals_=globals_)


def outcome(bundle: dict[str, Any]) -> tuple[str, Any]:
    from binfmt_conformance.reference_impl.rzb import vm

    try:
        return "ok", vm.execute_model(bundle, LIMITS)
    except FormatError as error:
        if error.error_class not in RUNTIME_CLASSES:
            raise AssertionError(f"undeclared class {error.error_class}: {error.message}") from error
        return "error", error.error_class.value


def test_one_input(data: bytes) -> None:
    outcome(ProgramMaker(random.Random(data)).bundle())


def search(runs: int, seed: int) -> int:
    """Plain random search; returns how many programs ran."""
    for run in range(runs):
        bundle = ProgramMaker(random.Random(f"{seed}/{run}")).bundle()
        try:
            outcome(bundle)
        except AssertionError as error:
            raise AssertionError(f"seed {seed} run {run}: {error}") from error
        except Exception as error:
            raise AssertionError(f"seed {seed} run {run}: {type(error).__name__}: {error}") from error
    return runs


def main() -> None:
    libfuzzer = [a for a in sys.argv[1:] if (a.startswith("-") and not a.startswith("--")) or Path(a).is_file()]
    if libfuzzer:  # libFuzzer flags (-atheris_runs=N, ...) or crash files to replay
        import atheris

        with atheris.instrument_imports(
            include=["binfmt_conformance.reference_impl.rzb"]
        ):  # coverage feedback from the VM
            from binfmt_conformance.reference_impl.rzb import runtime, vm, vm_compile  # noqa: F401
        harness.main("rzb_vm", test_one_input)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    print(f"{search(arguments.runs, arguments.seed)} programs ran within the crash rule")


if __name__ == "__main__":
    main()

"""Benchmark: the Rayzor MIR interpreter running the real deltablue and mandelbrot bundles against the
plain-Python ports of the same programs (corpus/generators/rzb_exec_ports.py), in one process.

    python bench/rzb_vm.py [--quick]

`run()` returns (seconds are CPU seconds of this process, the best of the repeats):
- `deltablue`: the unpatched `deltablue.rzb` (40 rounds) under the interpreter, decoding excluded and
  compiling included, and the port of `deltablue.hx`; both must print `total: 14065400`;
- `mandelbrot_ratio`: `mandelbrot.rzb` patched to a 300 x 250 image, interpreter and port (same checksum);
- `mandelbrot_full` (unless `--quick`): the unpatched `mandelbrot.rzb` under the interpreter, which must
  print upstream's `Checksum: 112790102`, and the port at full size;
- `ratio_*` = interpreter / port against the goal (≤ 15);
- `load_s`: decoding `deltablue.rzb` plus compiling its 114 functions to Python, beside the seed's figures for
  upstream (`rayzor run` bundle load 539 µs; "Bundle + Interp" 596.58 µs end to end, seed
  000_c7382275dc8c4844.txt), which are native-code numbers: the row shows the distance, not a goal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, row
from binfmt_conformance.corpus.generators import rzb_exec, rzb_exec_ports
from binfmt_conformance.reference_impl.rzb import reader, vm
from binfmt_conformance.reference_impl.rzb import runtime as rt
from binfmt_conformance.reference_impl.rzb.vm_compile import compile_program

GOAL = 15.0
SEED_BUNDLE_LOAD_S = 539e-6
SEED_BUNDLE_INTERP_S = 596.58e-6
UPSTREAM = {"deltablue": "total: 14065400\n", "mandelbrot": "Checksum: 112790102\n"}


def cpu(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    value = action()
    return time.process_time() - start, value


def interpreted(name: str, patches: dict[rzb_exec.Patch, int] | None = None) -> Callable[[], str]:
    data = rzb_exec.patched(name, patches) if patches else (rzb_exec.REAL_WORLD / name).read_bytes()
    bundle = reader.read_bundle(data, "auto").value
    return lambda: vm.execute(bundle, {"step_limit": 10**12}).stdout


def pair(interpreter: Callable[[], str], port: Callable[[], str], repeat: int) -> dict[str, Any]:
    best_vm, best_port = float("inf"), float("inf")
    for _ in range(repeat):
        seconds, printed = cpu(port)
        best_port = min(best_port, seconds)
        expected = printed
        seconds, printed = cpu(interpreter)
        best_vm = min(best_vm, seconds)
        assert printed == expected, (printed, expected)
    return {
        "output": expected.strip(),
        "interpreter_s": round(best_vm, 3),
        "port_s": round(best_port, 3),
        "ratio": round(best_vm / best_port, 2),
    }


def load_time() -> float:
    data = (rzb_exec.REAL_WORLD / "deltablue.rzb").read_bytes()

    def load() -> None:
        bundle = reader.read_bundle(data, "auto").value
        compile_program(vm.program_of(bundle), rt.Runtime(1 << 24, 1 << 24), 10**9, 1000)

    return min(cpu(load)[0] for _ in range(3))


def run(quick: bool = False, repeat: int = 2) -> dict[str, Any]:
    if quick:
        repeat = 1
    deltablue = pair(interpreted("deltablue.rzb"), rzb_exec_ports.deltablue, repeat)
    assert deltablue["output"] + "\n" == UPSTREAM["deltablue"]
    width, height = rzb_exec.MANDELBROT_SIZE
    w, h, last = rzb_exec.MANDELBROT["mandelbrot.rzb"]
    patches = {w: width, h: height, last[0]: width * height - 1, last[1]: width * height - 1}
    mandelbrot = pair(interpreted("mandelbrot.rzb", patches), lambda: rzb_exec_ports.mandelbrot(width, height), repeat)
    rows = [
        row(
            f"rzb-vm-{name}",
            measured=measure(f"MIR interpreter, {name}.rzb{size}", numbers["interpreter_s"], "cpu s"),
            baseline=measure(f"plain-Python port of {name}", numbers["port_s"], "cpu s"),
            goal=f"ratio <= {GOAL}",
        )
        for name, size, numbers in (("deltablue", "", deltablue), ("mandelbrot", f" at {width}x{height}", mandelbrot))
    ]
    result: dict[str, Any] = {
        "rows": rows,
        "deltablue": deltablue,
        "mandelbrot_ratio": {"size": f"{width}x{height}", **mandelbrot},
        "load_s": round(load_time(), 4),
        "seed_bundle_load_s": SEED_BUNDLE_LOAD_S,
        "seed_bundle_interp_s": SEED_BUNDLE_INTERP_S,
    }
    if not quick:
        full = pair(interpreted("mandelbrot.rzb"), rzb_exec_ports.mandelbrot, 1)
        assert full["output"] + "\n" == UPSTREAM["mandelbrot"]
        result["mandelbrot_full"] = full
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the full-size mandelbrot (minutes)")
    print(json.dumps(run(parser.parse_args().quick), indent=1))


if __name__ == "__main__":
    main()

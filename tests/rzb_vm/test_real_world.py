"""The real benchmark bundles, read by the reference reader, print what upstream and the ports say.

Sizes are patched where the real size takes too long here (the corpus generator's patch tables); the
unpatched deltablue runs in full, and `make bench` runs the unpatched mandelbrot to upstream's checksum.
"""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import rzb_exec, rzb_exec_ports
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.rzb import reader, vm


def run(data: bytes, options: dict | None = None) -> str:
    return vm.execute(reader.read_bundle(data, "auto").value, options).stdout


@pytest.mark.parametrize("name", sorted(rzb_exec.DELTABLUE))
def test_deltablue_prints_the_upstream_total(name: str) -> None:
    assert run((rzb_exec.REAL_WORLD / name).read_bytes()) == "total: 14065400\n"


@pytest.mark.parametrize("name", sorted(rzb_exec.MANDELBROT))
def test_mandelbrot_of_every_generation_matches_the_port(name: str) -> None:
    width, height = 120, 90
    w, h, last = rzb_exec.MANDELBROT[name]
    data = rzb_exec.patched(name, {w: width, h: height, last[0]: width * height - 1, last[1]: width * height - 1})
    assert run(data) == rzb_exec_ports.mandelbrot(width, height)


@pytest.mark.parametrize("name", sorted(rzb_exec.NBODY))
def test_nbody_runs_to_completion_silently(name: str) -> None:
    outer, inner = rzb_exec.NBODY[name]
    assert run(rzb_exec.patched(name, {outer: 2, inner: 50})) == ""


@pytest.mark.parametrize("n", [0, 2, 15])
def test_fibonacci_patched(n: int) -> None:
    data = rzb_exec.patched("fibonacci.rzb", {rzb_exec.FIBONACCI_N["fibonacci.rzb"]: n})
    assert run(data) == rzb_exec_ports.fibonacci(n)


def test_fibonacci_as_written_hits_the_step_limit() -> None:
    with pytest.raises(FormatError) as caught:
        run((rzb_exec.REAL_WORLD / "fibonacci.rzb").read_bytes(), {"step_limit": 200_000})
    assert caught.value.error_class.value == "step_limit_exceeded"


def test_patching_checks_the_constant_it_replaces() -> None:
    wrong = rzb_exec.Patch(3, 0, 0, 41)
    with pytest.raises(AssertionError):
        rzb_exec.patched("fibonacci.rzb", {wrong: 5})


def test_the_bundles_runtime_functions_are_all_provided() -> None:
    """Every runtime function a real benchmark bundle declares is in the kit's library."""
    from binfmt_conformance.reference_impl.rzb import runtime

    for name in ["deltablue.rzb", "mandelbrot.rzb", "nbody.rzb", "fibonacci.rzb", "mandelbrot-s2.rzb"]:
        bundle = reader.read_bundle((rzb_exec.REAL_WORLD / name).read_bytes(), "auto").value
        for module in bundle["modules"]:
            declared = {f["name"] for _, f in module["functions"] if f["kind"].name == "ExternC"}
            declared |= {e["name"] for _, e in module["extern_functions"]}
            assert declared <= set(runtime.LIBRARY), (name, declared - set(runtime.LIBRARY))

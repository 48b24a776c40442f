"""The plain-Python ports of the benchmark programs print what upstream states (where it is quick to check)."""

from __future__ import annotations

from binfmt_conformance.corpus.generators import rzb_exec_ports as ports


def test_deltablue_port_prints_the_upstream_total() -> None:
    assert ports.deltablue() == "total: 14065400\n"  # upstream commit 00eb55f: 40 × (4950 + 346685)


def test_deltablue_port_scales_with_its_iterations() -> None:
    assert ports.deltablue(1) == f"total: {4950 + 346685}\n"


def test_fibonacci_port() -> None:
    assert ports.fibonacci(20) == "fib(40) = 6765\n"
    assert ports.fib(30) == 832040


def test_nbody_port_prints_nothing() -> None:
    assert ports.nbody(1, 50) == ""


def test_mandelbrot_port_agrees_with_complex_arithmetic() -> None:
    """A second, independent rendering: Python's complex multiply rounds exactly as the port's real
    arithmetic does (z*z: re = a*a - b*b, im = a*b + b*a, and doubling is exact), so the checksums agree."""

    def iterations(c: complex) -> int:
        z, n = 0j, 0
        while (z.real * z.real + z.imag * z.imag) < 65536 and n < 1000:
            z = z * z + c
            n += 1
        return n

    def colour(n: int) -> int:
        f = n / 1000
        return int(f * 255) + int((1 - f) * 255) + int((0.5 - abs(f - 0.5)) * 2 * 255)

    scale = 0.1 / 25
    width, height = 40, 30
    expected = sum(
        colour(iterations(complex(x * scale - 2.5, y * scale - 1))) for y in range(height) for x in range(width)
    )
    assert ports.mandelbrot(width, height) == f"Checksum: {expected}\n"

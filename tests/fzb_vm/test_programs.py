"""The golden programs: they assemble, round-trip through the disassembler, state their profiles, and run
as independent arithmetic says (small instances here; the full ones are corpus cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from binfmt_conformance.corpus.generators.fzb_exec import (
    expected_binary_trees,
    expected_fib,
    expected_primes,
    expected_tak,
)
from binfmt_conformance.reference_impl.fzb import api, asm, dis, vm
from binfmt_conformance.reference_impl.fzb.values import Loader

PROGRAMS = Path(__file__).resolve().parents[2] / "corpus" / "fzb-programs"
NAMES = sorted(p.stem for p in PROGRAMS.glob("*.fzs"))


def source(name: str, **replacements: str) -> str:
    text = (PROGRAMS / f"{name}.fzs").read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def chunk(name: str, **replacements: str) -> dict:
    return api.deserialize_chunk(asm.assemble(source(name, **replacements)))


@pytest.mark.parametrize("name", NAMES)
def test_program_assembles_and_round_trips(name: str) -> None:
    data = asm.assemble(source(name))
    assert asm.assemble(dis.disassemble(data)) == data
    assert "; Runs under:" in source(name)


def upstream_machine(chunk_value: dict) -> tuple[object, vm.Machine]:
    machine = vm.Machine(vm.Limits(), False, vm.hosts.CONFORMANCE)
    top = Loader(vm.OPCODES).prototype(vm.top_level(chunk_value))
    return machine.run(top), machine


def test_fib_calls_and_upstream_leftovers() -> None:
    """fib 12 makes 2 fib(13) - 1 calls; upstream leaves each call's function value and two arguments."""
    value, machine = upstream_machine(chunk("fib", **{"1: Int 25": "1: Int 12"}))
    answer, calls = expected_fib(12)
    assert (value, machine.calls) == (answer, calls) == (144, 465)
    assert len(machine.stack) == 3 * calls
    assert vm.execute(chunk("fib", **{"1: Int 25": "1: Int 12"}), "intended").result == answer


def test_fib_25_compiled() -> None:
    outcome = vm.execute(chunk("fib"), "intended")
    assert (outcome.result, outcome.engine) == (75025, "compiled")


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_tak_small(profile: str) -> None:
    text = {"1: Int 18": "1: Int 9", "2: Int 12": "2: Int 6", "3: Int 6": "3: Int 3"}
    assert vm.execute(chunk("tak", **text), profile).result == expected_tak(9, 6, 3)


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_binary_trees_small(profile: str) -> None:
    text = {"4: Int 100": "4: Int 3", "5: Int 10": "5: Int 4"}
    assert vm.execute(chunk("binary_trees", **text), profile).result == expected_binary_trees(3, 4)


def test_sieve_prints_every_prime() -> None:
    outcome = vm.execute(chunk("sieve-1000"), "intended")
    primes = expected_primes(1000)
    assert outcome.result == (len(primes), primes[-1])
    assert outcome.stdout.split() == [str(p) for p in primes]


def test_closure_program_needs_intended() -> None:
    assert vm.execute(chunk("closures"), "intended").result == (15, 3, 3628800)

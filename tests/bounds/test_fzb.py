"""fzb attacks from issue 7 decided within 2 s of CPU and 512 MiB of RSS (spec/formats/fzb.md, Limits)."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import fzb as gen
from binfmt_conformance.formats.fzb import limits, schema
from binfmt_conformance.reference_impl.fzb import api, asm, vm

from .bounded import assert_within, run_bounded

READ = "binfmt_conformance.reference_impl.fzb.reader:read_file"


def pops(count: int) -> bytes:
    """A chunk of `count` Pops and a Return, no constants, no spans: every byte of it well-formed."""
    body = gen.writer.encode_chunk(gen.chunk([gen.ins("Pop"), gen.ins("Return")], [], spans=[]))
    pop, rest = body[8:12], body[12:]  # after the u64 instruction count: Pop's u32 tag, then Return and the rest
    return schema.FZB_MAGIC + bytes([schema.FZB_VERSION]) + gen.u64(count + 1) + pop * count + rest


@pytest.mark.parametrize("profile", ["upstream", "strict"])
def test_sixteen_megabytes_of_pops_are_refused_at_once(profile: str) -> None:
    data = pops(4_000_000)
    assert len(data) > 16_000_000
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost, cpu_seconds=0.5)


def test_a_file_at_the_size_limit_decodes_within_budget() -> None:
    count = (limits.MAX_FILE_BYTES - 64) // 4
    data = pops(count)
    assert len(data) <= limits.MAX_FILE_BYTES
    cost = run_bounded(READ, data, "strict")
    assert cost.outcome == "accept", cost.message
    assert_within(cost)


def execute_bytes(data: bytes, profile: str) -> None:
    """The `execute` operation on an assembled chunk, for run_bounded."""
    vm.execute(api.deserialize_chunk(data), profile)


SHARED_PAIRS = asm.assemble(
    ".fzb 1 current\n.constants\n  0: Int 1\n.code\n  LOAD_CONST 0\n  loop: DUP\n  MAKE_TUPLE 2\n  JUMP loop\n"
)


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_pairs_that_keep_each_other_alive_exhaust_the_allocation_budget(profile: str) -> None:
    cost = run_bounded("tests.bounds.test_fzb:execute_bytes", SHARED_PAIRS, profile)
    assert (cost.outcome, cost.error) == ("reject", "value_size_exceeded"), cost.message
    assert "allocated" in cost.message, cost.message
    assert_within(cost)


PLAIN_LOOP = asm.assemble(
    ".fzb 1 current\n.constants\n  0: Int 1\n.code\n  LOAD_CONST 0\n  loop: LOAD_CONST 0\n  ADD\n  JUMP loop\n"
)


@pytest.mark.parametrize("profile", ["upstream", "intended"])
def test_a_plain_loop_reaches_the_default_step_limit_within_budget(profile: str) -> None:
    """2^24 steps run compiled to the end: the compiled code decides the step limit itself, exactly, instead
    of handing the run to the interpreter near the limit (issue 7: that cost ~5 s)."""
    cost = run_bounded("tests.bounds.test_fzb:execute_bytes", PLAIN_LOOP, profile)
    assert (cost.outcome, cost.error) == ("reject", "step_limit_exceeded"), cost.message
    assert_within(cost)

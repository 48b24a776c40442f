"""plcbundle attacks from issue 7, each decided within 2 s of CPU and 512 MiB of RSS
(spec/formats/plcbundle.md, "Bundle size and limits")."""

from __future__ import annotations

import pytest
import zstandard

from binfmt_conformance.corpus.generators import hostile
from binfmt_conformance.corpus.generators import plcbundle as gen
from binfmt_conformance.formats.plcbundle import limits
from binfmt_conformance.formats.plcbundle.profiles import PROFILE_NAMES

from .bounded import assert_within, run_bounded

READ = "binfmt_conformance.reference_impl.plcbundle.reader:read_bundle"


def compressed(content: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=3 if len(content) > 1 << 24 else 19).compress(content)


@pytest.mark.parametrize("profile", PROFILE_NAMES)
def test_five_million_empty_objects_from_a_small_file_are_refused(profile: str) -> None:
    data = compressed(b"{}\n" * 5_600_000)
    assert len(data) < 2048
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


def test_a_content_limit_of_empty_objects_is_refused() -> None:
    data = compressed(b"{}\n" * (limits.MAX_CONTENT_BYTES // 3))
    cost = run_bounded(READ, data, "rust")
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


@pytest.mark.parametrize("profile", ["go", "strict"])
def test_newlines_up_to_the_content_limit_are_refused(profile: str) -> None:
    data = compressed(b"\n" * (limits.MAX_CONTENT_BYTES - 1))
    assert len(data) < 16384
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


@pytest.mark.parametrize("profile", ["rust", "strict"])
def test_one_line_as_long_as_the_content_limit_is_decided_within_budget(profile: str) -> None:
    data = compressed(b"a" * (limits.MAX_CONTENT_BYTES - 1) + b"\n")
    cost = run_bounded(READ, data, profile)
    expected = "invalid_value" if profile == "rust" else "limit_exceeded"
    assert (cost.outcome, cost.error) == ("reject", expected), cost.message
    assert_within(cost)


@pytest.mark.parametrize("profile", PROFILE_NAMES)
def test_a_frame_of_empty_blocks_is_walked_quickly(profile: str) -> None:
    data = hostile.empty_block_frame(gen.content_of(gen.filler_lines(3)), 200_000)
    cost = run_bounded(READ, data, profile)
    assert cost.outcome == "accept", cost.message
    assert_within(cost, cpu_seconds=0.5)


def test_a_file_past_the_size_limit_is_refused_before_it_is_read() -> None:
    data = hostile.empty_block_frame(b"{}\n", (limits.MAX_FILE_BYTES // 3) + 1)
    cost = run_bounded(READ, data, "strict")
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost, cpu_seconds=0.5)

"""RunMat snapshots at the edges of the cost model, each decided within 2 s of CPU and 512 MiB of RSS
(spec/formats/runmat-snapshot.md, Limits: runmat-snapshot.limits.ratio, runmat-snapshot.limits.cost)."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import runmat_snapshot as gen
from binfmt_conformance.formats.runmat_snapshot import limits

from .bounded import assert_within, run_bounded

READ = "binfmt_conformance.reference_impl.runmat_snapshot.reader:read_file"
PROFILES = ("upstream", "strict")


@pytest.mark.parametrize("profile", PROFILES)
def test_a_small_zstd_snapshot_of_16_million_values_is_refused_at_once(profile: str) -> None:
    """16 million one-byte values within MAX_BODY_SIZE, in a file of about a kilobyte: decoding them would take
    a minute and gigabytes; the ratio limit refuses the file while it decompresses."""
    data = gen.value_flood(16_000_000)
    assert len(data) < 4096
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost, cpu_seconds=0.5, rss_mib=256)


@pytest.mark.parametrize("profile", PROFILES)
def test_an_lz4_original_size_past_the_ratio_limit_is_refused_before_decompressing(profile: str) -> None:
    data = gen.value_flood(8_000_000, compression="lz4-fast")  # LZ4 holds at most 255 bytes per byte
    assert len(data) < limits.MAX_BODY_SIZE // 200
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost, cpu_seconds=0.5, rss_mib=256)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_body_at_the_ratio_limit_is_decided_within_budget(profile: str) -> None:
    """The largest body a small zstd file may hold, read to its last byte before it is found cut short."""
    data = gen.value_flood(limits.BODY_BASE)
    assert limits.BODY_BASE < limits.body_cap(len(data)) < limits.BODY_BASE + 16 * 1024
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "truncated"), cost.message
    assert_within(cost)


@pytest.mark.parametrize("cut", [0, 1])
def test_a_megabyte_of_uncompressed_values_decodes_in_linear_time(cut: int) -> None:
    """A million one-byte values stored raw, whole or cut short: one pass, about 1 µs per byte."""
    data = gen.value_flood(1 << 20, compression="none", cut=cut)
    cost = run_bounded(READ, data, "strict")
    assert (cost.outcome, cost.error) == (("accept", None) if cut == 0 else ("reject", "truncated")), cost.message
    assert_within(cost)

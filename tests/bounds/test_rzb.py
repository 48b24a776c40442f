""".rzb inputs at the edges of the cost model, each decided within 2 s of CPU and 512 MiB of RSS
(spec/formats/rzb.md, Limits: rzb.limits.ratio, rzb.limits.cost)."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import rzb as gen
from binfmt_conformance.formats.rzb import limits

from .bounded import assert_within, run_bounded

READ = "binfmt_conformance.reference_impl.rzb.reader:read_bundle"
DETECTING = ("auto", "strict")  # every generation is tried: the dearest profiles


@pytest.mark.parametrize("profile", DETECTING)
def test_a_small_zstd_file_of_32_mib_of_values_is_refused_at_once(profile: str) -> None:
    """16 million 2-byte values within MAX_PAYLOAD, in a file of a few kilobytes: decoding them would take
    minutes and gigabytes; the ratio limit refuses the file while it decompresses."""
    data = gen.zstd(gen.value_flood(16_000_000))
    assert len(data) < 8192
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert "rzb.limits.ratio" in cost.message, cost.message
    assert_within(cost, cpu_seconds=0.5, rss_mib=256)


@pytest.mark.parametrize("profile", DETECTING)
def test_a_zstd_payload_at_the_ratio_limit_is_decided_within_budget(profile: str) -> None:
    """The largest payload a small zstd file may hold, every generation reading it to its last byte before it
    fails: the dearest input of that size."""
    count = (limits.PAYLOAD_BASE - 300) // 2
    data = gen.zstd(gen.value_flood(count))
    payload = gen.value_flood(count)
    assert limits.PAYLOAD_BASE - 400 < len(payload) <= limits.payload_cap(len(data))
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "truncated"), cost.message
    assert_within(cost)


def test_a_raw_value_flood_decodes_in_linear_time() -> None:
    """100,000 values in a 200 KB raw file, read by every generation: linear, about 5 µs per byte."""
    data = gen.value_flood(100_000, cut=0)
    cost = run_bounded(READ, data, "auto")
    assert cost.outcome == "accept", cost.message
    assert_within(cost)


def test_a_raw_value_flood_every_generation_rejects_costs_a_small_factor_more() -> None:
    """The same values cut one byte short: every generation reads to the end, then the codec that names the
    error reads it again for the generation that read furthest alone (about 8 µs per byte, 1.5 times a valid
    payload; measured 0.28-0.42 s for these 32 KB on a loaded 2-core machine, 1.1-1.4 s when the codec re-read
    every generation)."""
    data = gen.value_flood(16_000)
    cost = run_bounded(READ, data, "auto")
    assert (cost.outcome, cost.error) == ("reject", "truncated"), cost.message
    assert_within(cost, cpu_seconds=1.0)

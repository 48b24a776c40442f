"""`.ach` attacks from issue 7, each decided within 2 s of CPU and 512 MiB of RSS (spec/formats/ach.md, Limits)."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators import ach as gen
from binfmt_conformance.corpus.generators import hostile
from binfmt_conformance.formats.ach import schema

from .bounded import assert_within, run_bounded

READ = "binfmt_conformance.reference_impl.ach.reader:read_file"
PROFILES = ("upstream", "strict")


def compressed_file(payload: bytes) -> bytes:
    return gen.assemble(gen.header(compressed=True), gen.zstd(payload, 3))


def null_vector_flood(count: int) -> bytes:
    """`x` bound to a Vector of `count` Nulls: five bytes per value, all alike, so zstd keeps only a reference."""
    nulls = b"\xdd" + count.to_bytes(4, "big") + gen.pack("Null") * count
    vector = gen.MapView([("Vector", gen.Raw(nulls))])
    return gen.pack([gen.rmp_view(gen.metadata(["x"]), schema.METADATA), gen.MapView([("x", vector)])])


def duplicate_key_flood(count: int) -> bytes:
    """A bindings map declaring `count` entries, every one `x: Null`: rmp-serde keeps the last of each key."""
    entries = gen.pack("x") + gen.pack("Null")
    bindings = gen.Raw(b"\xdf" + count.to_bytes(4, "big") + entries * count)
    return gen.pack([gen.rmp_view(gen.metadata(["x"]), schema.METADATA), bindings])


@pytest.mark.parametrize("profile", PROFILES)
def test_one_byte_value_flood_is_refused_cheaply(profile: str) -> None:
    data = compressed_file(gen.item_flood(60_000_000))
    assert len(data) < 4096
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


@pytest.mark.parametrize("profile", PROFILES)
def test_tiny_enum_value_flood_is_refused_cheaply(profile: str) -> None:
    data = compressed_file(null_vector_flood(12_000_000))
    assert len(data) < 8192
    cost = run_bounded(READ, data, profile)
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


def test_duplicate_key_flood_is_refused_cheaply() -> None:
    data = compressed_file(duplicate_key_flood(10_000_000))
    cost = run_bounded(READ, data, "upstream")  # strict stops at the first duplicate
    assert (cost.outcome, cost.error) == ("reject", "limit_exceeded"), cost.message
    assert_within(cost)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_million_empty_zstd_blocks_are_walked_cheaply(profile: str) -> None:
    data = gen.assemble(
        gen.header(compressed=True), hostile.empty_block_frame(gen.pack(gen.rmp_view(gen.ONE)), 1 << 20)
    )
    assert len(data) > 3_000_000
    cost = run_bounded(READ, data, profile)
    assert cost.outcome == "accept", cost.message
    assert_within(cost)


def test_an_uncompressed_body_never_reaches_the_value_budget() -> None:
    """One value per byte at most: a plain body of one-byte values as large as the file is accepted."""
    payload = gen.item_flood(1 << 18)[:-1] + b"\x90"  # data: an empty array instead of nil
    cost = run_bounded(READ, gen.assemble(gen.header(compressed=False), payload), "strict")
    assert cost.outcome == "accept", cost.message


def test_a_file_past_the_size_cap_is_refused_before_it_is_parsed() -> None:
    """ach.limits.size has no small corpus case (the format declares no length a reader could refuse from): a
    file one byte past 64 MiB + 96, the magic then zeros, is limit_exceeded before any byte is parsed."""
    from binfmt_conformance.formats.ach import limits
    from binfmt_conformance.formats.errors import ErrorClass, FormatError
    from binfmt_conformance.reference_impl.ach import reader

    data = schema.MAGIC + bytes(limits.MAX_BODY_SIZE + schema.MIN_FILE_SIZE + 1 - len(schema.MAGIC))
    with pytest.raises(FormatError) as raised:
        reader.read_file(data)
    assert (raised.value.error_class, raised.value.clause) == (ErrorClass.LIMIT_EXCEEDED, "ach.limits.size")

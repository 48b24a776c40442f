"""The reference reader and writer against the generator's independent bytes, both profiles, and bad input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from binfmt_conformance.conformance.cases import load_cases
from binfmt_conformance.corpus.generators.runmat_snapshot import FileSpec, build, empty_body, rich_body
from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.reference_impl.runmat_snapshot import FORMAT, reader, strategies, writer

CASES = load_cases(formats=["runmat-snapshot"])
VALID = [c for c in CASES if c.case_class == "valid"]


def test_the_corpus_is_as_large_as_the_issue_asks() -> None:
    rejects = [c for c in CASES if c.case_class in ("malformed", "invalid")]
    assert len(VALID) >= 60 and len(rejects) >= 35
    assert any(c.case_class == "impl-defined" for c in CASES)


@pytest.mark.parametrize("case", VALID, ids=[c.id for c in VALID])
def test_valid_files_pass_strict_too(case) -> None:
    got = FORMAT.decode(case.read_input(), "strict")
    assert case.expect is not None and model.first_difference(case.expect.model, got) is None


@pytest.mark.parametrize("case", [c for c in VALID if c.expect and c.expect.canonical], ids=lambda c: c.id)
def test_the_writer_reproduces_the_independent_bytes(case) -> None:
    """Same compressors and levels: the reference writer's bytes equal the generator's, byte for byte."""
    assert case.expect is not None
    assert FORMAT.encode(case.expect.model, "upstream") == case.read_input()


def test_body_schema_option_reads_the_unreleased_generation() -> None:
    """f1bdecc37 has no release string: only an option selects it. A v0.5.6 body with HIR classes does not
    fit it (HirClass gained a field); an empty one reads the same under both."""
    rich = build(FileSpec("v0.5.6", rich_body("v0.5.6", 1), "zstd")).data
    assert reader.read_file(rich).layout.body_schema == "v0.5.6"
    with pytest.raises(FormatError):
        reader.read_file(rich, "strict", body_schema="f1bdecc37")
    empty = build(FileSpec("v0.5.6", empty_body("v0.5.6"))).data
    parsed = reader.read_file(empty, "strict", body_schema="f1bdecc37")
    assert parsed.layout.body_schema == "f1bdecc37" and parsed.era.name == "E"


def test_a_release_without_a_schema_reads_by_option() -> None:
    body = empty_body("v0.5.6")
    body["metadata"]["runmat_version"] = "0.6.0"
    data = build(FileSpec("v0.5.6", body, version=2)).data
    with pytest.raises(FormatError) as refused:
        reader.read_file(data)
    assert refused.value.clause == "runmat-snapshot.header.release"
    assert reader.read_file(data, body_schema="v0.5.6").era.name == "E"


def test_mutations_only_ever_raise_format_errors() -> None:
    rng = random.Random(11)
    seeds = [c.read_input() for c in VALID[:: max(1, len(VALID) // 8)]]
    for _ in range(600):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(data))
            data[position] = rng.randrange(256)
        if rng.random() < 0.2:
            del data[rng.randrange(len(data)) :]
        for profile in ("upstream", "strict"):
            try:
                FORMAT.decode(bytes(data), profile)
            except FormatError as error:
                assert error.clause and error.clause.startswith("runmat-snapshot.")


def test_save_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "stdlib.snapshot"
    target.write_bytes(b"old")
    data = build(FileSpec("v0.4.4", empty_body("v0.4.4"))).data
    writer.save(target, data)
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["stdlib.snapshot"]


def test_every_layout_has_a_model_schema_branch() -> None:
    document = FORMAT.model_schema()
    assert len([k for k in document["$defs"] if k.endswith(".SnapshotFile")]) == len(schema.layouts()) - 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(strategies.documents())
def test_models_round_trip(document) -> None:
    """Drawn nanos may reach 2^32 − 1: upstream carries them (strict refuses them, wire.time)."""
    data = FORMAT.encode(document, "upstream")
    assert model.first_difference(document, FORMAT.decode(data, "upstream")) is None

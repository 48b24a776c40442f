"""SnapshotBuilder's compression choices (presets, adaptive engine, the 0.95 rule), SnapshotLoader, the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from binfmt_conformance.corpus.generators.runmat_snapshot import empty_body, rich_body
from binfmt_conformance.corpus.generators.runmat_snapshot_values import sha256
from binfmt_conformance.reference_impl.runmat_snapshot import api, cli, reader


def algorithm(data: bytes) -> str:
    return reader.read_file(data, "strict").header["data_info"]["compression"]["algorithm"].name


def test_small_bodies_stay_uncompressed() -> None:
    data = api.SnapshotBuilder().build(empty_body("v0.5.6"))
    assert algorithm(data) == "None"


@pytest.mark.parametrize(
    ("preset", "expected", "checksum"),
    [
        (api.SnapshotPreset.DEVELOPMENT, "Lz4", True),
        (api.SnapshotPreset.HIGH_PERFORMANCE, "Lz4", False),
        (api.SnapshotPreset.LOW_MEMORY, "Zstd", True),
        (api.SnapshotPreset.DEBUG, "None", True),
    ],
)
def test_presets_choose_as_upstream(preset: api.SnapshotPreset, expected: str, checksum: bool) -> None:
    data = api.SnapshotBuilder(api.SnapshotConfig.preset(preset)).build(rich_body("v0.5.6", 2))
    parsed = reader.read_file(data, "strict")
    assert parsed.header["data_info"]["compression"]["algorithm"].name == expected
    assert (parsed.header["checksum_info"] is not None) == checksum
    if expected == "Lz4":
        assert parsed.header["data_info"]["compression"]["algorithm"].value == {"fast": True}


def test_era_c_ignores_the_configured_algorithm() -> None:
    config = api.SnapshotConfig.preset(api.SnapshotPreset.LOW_MEMORY)  # zstd, but era C is always adaptive
    data = api.SnapshotBuilder(config, body_schema="v0.4.4").build(rich_body("v0.4.4", 2))
    assert algorithm(data) in ("Lz4", "Zstd", "None")
    parsed = reader.read_file(data, "strict")
    assert parsed.header["version"] == 1 and parsed.era.name == "C"


def test_incompressible_bodies_fall_back_to_none() -> None:
    """High-entropy bytes: the adaptive engine stores them raw (entropy/8 > 0.9), and an explicit zstd, whose
    output is larger than 0.95 × the input, falls back to None with level 0 and no parameters."""
    noise = b"".join(sha256(bytes([i, j])) for i in range(16) for j in range(16))
    assert api.byte_entropy(noise) / 8 > api.ENTROPY_LIMIT
    assert api.compress_body(noise, api.SnapshotConfig(), "E")[0].name == "None"
    zstd = api.SnapshotConfig(compression_algorithm="zstd", compression_level=3)
    assert api.choose_compression(noise, zstd, "E")[0].name == "Zstd"
    algorithm, level, payload, parameters = api.compress_body(noise, zstd, "E")
    assert (algorithm.name, level, payload, parameters) == ("None", 0, noise, [])
    repetitive = b"abcdefgh" * 400
    assert api.compress_body(repetitive, api.SnapshotConfig(), "C")[0].name == "Zstd"


def test_loader_stats_and_atomic_save(tmp_path: Path) -> None:
    target = tmp_path / "stdlib.snapshot"
    api.SnapshotBuilder().build_and_save(rich_body("v0.5.6", 1), target)
    loaded = api.SnapshotLoader().load(target)
    stats = loaded.stats
    assert stats.total_size == len(loaded.file.body_bytes) and stats.compressed_size == len(loaded.file.payload)
    assert stats.builtin_count == len(loaded.file.body["builtins"]["functions"]) > 0
    assert 0 <= stats.compression_efficiency() < 1 and stats.loading_throughput() > 0
    assert os.listdir(tmp_path) == ["stdlib.snapshot"]


def test_cli_info_dump_and_disassembly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.snapshot"
    api.SnapshotBuilder().build_and_save(rich_body("v0.5.6", 1), target)
    assert cli.main(["info", str(target), "--bytecode"]) == 0
    out = capsys.readouterr().out
    assert "compression_efficiency" in out and "stdlib_bytecode['sum_vec']" in out
    assert cli.main(["dump", str(target), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["header"]["metadata"]["runmat_version"] == "0.5.6"

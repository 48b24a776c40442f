"""Migration legacy → framed and the CLI text (`conformance plcbundle info|op|verify|migrate|replay`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from binfmt_conformance.corpus.generators import plcbundle_ops as ops
from binfmt_conformance.corpus.generators.plcbundle import NO_GARBAGE, filler_lines, realistic
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.reference_impl.plcbundle import cli, migrate, reader, repository


def legacy_repository(root: Path, profile: str) -> list[list[str]]:
    bundles = [filler_lines(schema.RECORDS_PER_BUNDLE), realistic()[:70]]
    repository.write_files(root, repository.build_repository(bundles, profile, layouts=["legacy", "legacy"]))
    return bundles


@pytest.mark.parametrize("profile", ["go", "rust", "strict"])
def test_migration_keeps_content_and_chain(profile: str, tmp_path: Path) -> None:
    bundles = legacy_repository(tmp_path, profile)
    before = json.loads((tmp_path / schema.INDEX_FILE).read_text())
    report = migrate.migrate_repository(tmp_path, profile)
    assert report.migrated == [1, 2]
    after = json.loads((tmp_path / schema.INDEX_FILE).read_text())
    for old, new, lines in zip(before["bundles"], after["bundles"], bundles, strict=True):
        keep = ("content_hash", "hash", "parent")
        assert [new.get(k) for k in keep] == [old.get(k) for k in keep]
        data = (tmp_path / repository.bundle_filename(new["bundle_number"])).read_bytes()
        assert data[:4] == schema.METADATA_MAGIC_BYTES
        assert reader.read_bundle(data, profile).records == lines
        assert new["compressed_size"] == (len(data) - reader.data_start(data) if profile == "rust" else len(data))
    assert repository.verify_repository(tmp_path, profile).ok
    assert migrate.migrate_repository(tmp_path, profile).skipped == [1, 2]


def test_rust_migration_rewrites_go_cursor(tmp_path: Path) -> None:
    legacy_repository(tmp_path, "go")
    before = json.loads((tmp_path / schema.INDEX_FILE).read_text())
    assert before["bundles"][1]["cursor"] != before["bundles"][0]["end_time"]  # Go's fetch cursor (#6)
    assert not repository.verify_repository(tmp_path, "rust").ok
    migrate.migrate_repository(tmp_path, "rust")
    after = json.loads((tmp_path / schema.INDEX_FILE).read_text())
    assert after["bundles"][1]["cursor"] == before["bundles"][0]["end_time"]  # research #18


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    legacy_repository(tmp_path, "strict")
    snapshot = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    output = cli.migrate(tmp_path, "strict", dry_run=True)
    assert output.text.startswith("Would migrate 2 bundles: 000001, 000002")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == snapshot


def test_cli_text(tmp_path: Path) -> None:
    stream = ops.generate_stream(41, 6, scenarios=NO_GARBAGE)
    lines = list(stream.lines)
    repository.write_files(tmp_path, repository.build_repository([lines], "strict"))
    op = cli.op(tmp_path, 1, 3)
    assert op.text == lines[3] + "\n" and op.exit_code == 0
    assert cli.op(tmp_path, global_position=4).text == lines[4] + "\n"
    shown = cli.op(tmp_path / "000001.jsonl.zst", position=0, show=True).text
    assert shown.startswith("Operation 000001:0000\n") and json.loads(lines[0])["did"] in shown
    verified = cli.verify(tmp_path)
    assert verified.exit_code == 0 and "✓ Chain is valid (1 bundles verified)" in verified.text
    info = json.loads(cli.info(tmp_path / "000001.jsonl.zst").text)
    assert info["operation_count"] == len(lines) and info["has_frame_index"] and info["layout"] == "framed"
    assert "Bundles:  1 (000001 → 000001)" in cli.info(tmp_path).text
    replayed = json.loads(cli.replay(tmp_path).text)
    expected = ops.expected_snapshot(stream)
    assert replayed["dids"] == expected["dids"]
    assert [{k: v for k, v in e.items() if k != "detail"} for e in replayed["invalid"]] == expected["invalid"]
    (tmp_path / "000001.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd")
    failed = cli.verify(tmp_path)
    assert failed.exit_code == 1 and "✗ Bundle 000001 is invalid" in failed.text

"""Repository verification on a full-size repository built at test time, the per-bundle report, the index
(re)builder under each profile, and what stays comparable across writers."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from binfmt_conformance.corpus.generators import plcbundle_ops as ops
from binfmt_conformance.corpus.generators.plcbundle import realistic
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.reference_impl.plcbundle import FORMAT, reader, repository, writer

SIGNED_SCENARIOS = (*ops.UPDATE_SCENARIOS, "recovery", "tombstone", "wrong_prev", "cid_mismatch", "duplicate")


@cache
def full_size_lines() -> tuple[str, ...]:
    """Over 10,000 validly signed records (P-256 signs fastest), enough for one full bundle and a tail."""
    stream = ops.generate_stream(
        31, 1500, episodes_per_did=6, scenarios=SIGNED_SCENARIOS, curves=("p256",), legacy_fraction=0.1
    )
    assert len(stream.lines) > schema.RECORDS_PER_BUNDLE + 100
    return tuple(stream.lines)


def full_size_bundles() -> list[list[str]]:
    lines = list(full_size_lines())
    return [lines[: schema.RECORDS_PER_BUNDLE], lines[schema.RECORDS_PER_BUNDLE :]]


@pytest.mark.parametrize("profile", ["go", "rust", "examples", "strict"])
def test_full_size_repository_verifies_clean_under_its_profile(profile: str, tmp_path: Path) -> None:
    bundles = full_size_bundles()
    repository.write_files(tmp_path, repository.build_repository(bundles, profile))
    report = repository.verify_repository(tmp_path, profile)
    assert report.ok, report.text()
    parent = ""
    for entry, lines in zip(report.bundles, bundles, strict=True):
        content_hash = hashlib.sha256("".join(line + "\n" for line in lines).encode()).hexdigest()
        text = ("plcbundle:genesis:" if not parent else parent + ":") + content_hash
        parent = hashlib.sha256(text.encode()).hexdigest()
        assert (entry.content_hash, entry.hash, entry.operation_count) == (content_hash, parent, len(lines))
    assert FORMAT.operate("verify", profile, None, {"path": str(tmp_path)})["chain_head"] == parent


def test_report_lists_every_failure_per_bundle(tmp_path: Path) -> None:
    lines = realistic()[:90]
    files = repository.build_repository([lines[:30], lines[30:60], lines[60:]], "strict")
    index = json.loads(files[schema.INDEX_FILE])
    index["bundles"][1]["content_hash"] = "0" * 64
    index["bundles"][2]["compressed_hash"] = "1" * 64
    files[schema.INDEX_FILE] = json.dumps(index).encode()
    repository.write_files(tmp_path, files)
    report = repository.verify_repository(tmp_path, "strict")
    by_bundle = {b.bundle_number: [(e.error_class.value, e.clause) for e in b.errors] for b in report.bundles}
    # bundles 1 and 2 are not the last yet hold 30 records; 2's content hash and 3's compressed hash are wrong
    assert ("invalid_length", "plcbundle.bundle.size") in by_bundle[1]
    assert ("checksum_mismatch", "plcbundle.hash.content") in by_bundle[2]
    assert ("checksum_mismatch", "plcbundle.hash.compressed") in by_bundle[3]
    assert "✗ Bundle 000002 is invalid" in report.text()
    with pytest.raises(FormatError) as caught:
        FORMAT.operate("verify", "strict", None, {"path": str(tmp_path)})
    assert caught.value.error_class.value == "invalid_length"  # the first failure: bundle 1 is short
    assert "bundle 000003" in caught.value.message


@pytest.mark.parametrize("profile", ["go", "strict", "examples"])
def test_rebuilt_index_verifies(profile: str, tmp_path: Path) -> None:
    lines = realistic()[:80]
    files = repository.build_repository([lines], profile)
    del files[schema.INDEX_FILE]
    repository.write_files(tmp_path, files)
    index = repository.rebuild_index(tmp_path, profile)
    (tmp_path / schema.INDEX_FILE).write_bytes(repository.index_text(index, repository.profile_of(profile)))
    assert repository.verify_repository(tmp_path, profile).ok


def test_rust_rebuild_needs_metadata_frames(tmp_path: Path) -> None:
    repository.write_files(tmp_path, repository.build_repository([realistic()[:20]], "examples"))
    assert repository.rebuild_index(tmp_path, "go")["bundles"][0]["operation_count"] == 20
    with pytest.raises(FormatError) as caught:  # research #17
        repository.rebuild_index(tmp_path, "rust")
    assert caught.value.error_class.value == "invalid_header"


def test_writers_agree_on_content_and_chain_not_on_compressed_hash() -> None:
    # research #19: only content_hash and hash are comparable across producers
    lines = realistic()[:120]
    indexes = {
        p: json.loads(repository.build_repository([lines], p)[schema.INDEX_FILE])
        for p in ("go", "rust", "examples", "strict")
    }
    entries = [index["bundles"][0] for index in indexes.values()]
    assert len({(e["content_hash"], e["hash"]) for e in entries}) == 1
    assert len({e["compressed_hash"] for e in entries}) == 4
    later = repository.build_repository([lines], "go", written_at=writer.FIXED_WRITE_TIME.replace(year=2026))
    assert json.loads(later[schema.INDEX_FILE])["bundles"][0]["compressed_hash"] != entries[0]["compressed_hash"]


@pytest.mark.parametrize("profile", ["go", "rust", "examples", "strict"])
@pytest.mark.parametrize(("member", "value"), [("did", ["x"]), ("cid", {"a": 1}), ("createdAt", [1]), ("createdAt", 5)])
def test_members_of_any_json_kind_get_a_verdict(profile: str, member: str, value: Any, tmp_path: Path) -> None:
    """A did, cid or createdAt that is an array, an object or a number: profiles that check record members
    reject the bundle (plcbundle.record.members); the others count and order it without raising."""
    lines = list(realistic()[:60])
    for at in (5, 35):  # one in each bundle: the second bundle's boundary check sees the first's CIDs
        record = json.loads(lines[at])
        record[member] = value
        lines[at] = json.dumps(record)
    repository.write_files(tmp_path, repository.build_repository([lines[:30], lines[30:]], profile))
    report = repository.verify_repository(tmp_path, profile)
    assert report.ok is (profile in ("go", "rust")), report.text()
    if not report.ok:
        assert "invalid_value [plcbundle.record.members]" in report.text(), report.text()


def test_did_count_counts_equal_json_values_once() -> None:
    records = [{"did": ["x"]}, {"did": ["x"]}, {"did": "a"}, {"did": {"k": [1]}}, {}]
    assert reader.did_count(records) == 4  # ["x"], "a", {"k": [1]} and the absent did

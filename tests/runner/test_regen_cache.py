"""`conformance regen`'s cache: a hit is what the computation returns now (same key only for the same name,
inputs and code), and the rzb oracle's remembered outcomes are its fresh outcomes."""

from __future__ import annotations

from pathlib import Path

import pytest

from binfmt_conformance.conformance import regen_cache
from binfmt_conformance.conformance.cases import REPO_ROOT
from binfmt_conformance.corpus.generators import rzb_oracle


@pytest.fixture
def scratch_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(regen_cache, "CACHE_ROOT", tmp_path)
    monkeypatch.setenv("BINFMT_REGEN_CACHE", "1")
    return tmp_path


def test_a_hit_needs_the_same_name_inputs_and_code(scratch_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def compute(value: bytes) -> list[bytes]:
        calls.append(value)
        return [value]

    assert regen_cache.cached("n", b"a", lambda: compute(b"a")) == [b"a"]
    assert regen_cache.cached("n", b"a", lambda: compute(b"x")) == [b"a"]  # a hit: not computed again
    assert regen_cache.cached("n", b"b", lambda: compute(b"b")) == [b"b"]
    assert regen_cache.cached("m", b"a", lambda: compute(b"m")) == [b"m"]
    assert calls == [b"a", b"b", b"m"]
    regen_cache.code_digest.cache_clear()
    monkeypatch.setattr(regen_cache, "SOURCE_FOLDERS", ("formats",))  # other code: other keys
    try:
        assert regen_cache.cached("n", b"a", lambda: compute(b"new code")) == [b"new code"]
    finally:
        regen_cache.code_digest.cache_clear()
    monkeypatch.setenv("BINFMT_REGEN_CACHE", "0")
    assert regen_cache.cached("n", b"b", lambda: compute(b"fresh")) == [b"fresh"]


def test_a_broken_entry_is_computed_again(scratch_cache: Path) -> None:
    regen_cache.cached("n", b"a", lambda: 1)
    (entry,) = scratch_cache.rglob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert regen_cache.cached("n", b"a", lambda: 2) == 2


def test_remembered_oracle_outcomes_are_fresh_outcomes(scratch_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((REPO_ROOT / "corpus" / "rzb" / "valid").rglob("*.rzb"))[::25][:6]
    files += sorted((REPO_ROOT / "corpus" / "rzb" / "malformed").rglob("*.rzb"))[::25][:4]
    assert len(files) >= 6
    for path in files:
        data = path.read_bytes()
        stored = rzb_oracle.outcomes(data)
        remembered = rzb_oracle.outcomes(data)
        monkeypatch.setenv("BINFMT_REGEN_CACHE", "0")
        fresh = rzb_oracle.outcomes(data)
        monkeypatch.setenv("BINFMT_REGEN_CACHE", "1")
        assert stored == remembered == fresh, path.name


def test_remembered_property_models_are_the_fresh_draw(scratch_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from binfmt_conformance.conformance import plan
    from binfmt_conformance.reference_impl import testee

    def models(name: str) -> list[object]:
        checks = plan.property_checks(plan.Plan(testee.capabilities(), examples=4, seed=11), name)
        return [c.request.model for c in checks if c.kind == "property-encode"]

    stored, remembered = models("ach"), models("ach")
    monkeypatch.setenv("BINFMT_REGEN_CACHE", "0")
    assert stored == remembered == models("ach") and len(stored) == 4


def test_generator_inputs_are_the_corpus_files_regen_does_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generators' cached output is keyed by every corpus file they may read (a real-world input, a
    program), never by the files they write: rewriting a case keeps the key, editing an input changes it."""
    from binfmt_conformance.conformance import regen

    monkeypatch.setattr(regen, "CORPUS_ROOT", tmp_path / "corpus")
    monkeypatch.setattr(regen, "REPO_ROOT", tmp_path)
    monkeypatch.setattr(regen, "format_names", lambda: ["fzb"])
    files = {
        "corpus/fzb/valid/values/unit.fzb": b"written",
        "corpus/fzb/real-world/hello.json": b"written",
        "corpus/fzb/real-world/hello.fzb": b"read",
        "corpus/fzb-programs/fib.fzs": b"read",
    }
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    before = regen.generator_inputs()
    for name in files:
        (tmp_path / name).write_bytes(b"rewritten")
        after = regen.generator_inputs()
        assert (after != before) == (files[name] == b"read"), name
        before = after
    (tmp_path / "corpus/fzb-programs/new.fzs").write_bytes(b"")
    assert regen.generator_inputs() != before

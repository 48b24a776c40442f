"""Each writer killed at 20 random moments leaves its target old or new, whole; the next run leaves the new
state and no debris (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from binfmt_conformance.conformance import report
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.formats.types import Variant
from binfmt_conformance.reference_impl.ach import api
from binfmt_conformance.reference_impl.fzb import cli as fzb_cli
from binfmt_conformance.reference_impl.plcbundle import migrate, reader, repository, repository_lines

from .killer import State, kill_at_random

DEBRIS_MARKS = (".partial", ".migrating")


def save_environment(folder: Path) -> None:
    env = {"big": Variant("Tensor", [[20_000], [float(i) for i in range(20_000)]]), "x": Variant("Number", 2.0)}
    options = api.SaveOptions(compress=False, allow_overwrite=True)
    api.save_environment(env, folder / "env.ach", options, clock=lambda: 1_763_623_058.0)


def assemble(folder: Path) -> None:
    fzb_cli.asm(folder / "new.fzs", folder / "out.fzb", force=True)


def write_report(folder: Path) -> None:
    report.write_atomically(folder / "report.json", "[" + ",".join(["{}"] * 500_000) + "]")


def migrate_go(folder: Path) -> None:
    migrate.migrate_repository(folder, "go")


def without_debris(state: State) -> State:
    return {name: data for name, data in state.items() if not any(mark in name for mark in DEBRIS_MARKS)}


FZS = "; returns 42\n.fzb 1 current\n.constants\n  0: Int 42\n.code\n    LOAD_CONST 0\n    RETURN\n"
ONE_FILE_WRITERS = {
    "save_environment": (save_environment, "env.ach", {"env.ach": b"old environment"}),
    "fzb asm --force": (assemble, "out.fzb", {"new.fzs": FZS.encode(), "out.fzb": b"the previous output"}),
    "report": (write_report, "report.json", {"report.json": b"[]"}),
}


@pytest.mark.parametrize("writer", sorted(ONE_FILE_WRITERS))
def test_a_file_writer_survives_kills(writer: str, tmp_path: Path) -> None:
    write, target, old = ONE_FILE_WRITERS[writer]
    new, left = kill_at_random(write, tmp_path, old)
    for state in left:
        assert without_debris(state)[target] in (old[target], new[target])
    assert set(new) == set(old)


def test_migrate_survives_kills(tmp_path: Path) -> None:
    from binfmt_conformance.corpus.generators.plcbundle import filler_lines

    lines = filler_lines(schema.RECORDS_PER_BUNDLE + 300)
    bundles = [lines[i : i + schema.RECORDS_PER_BUNDLE] for i in range(0, len(lines), schema.RECORDS_PER_BUNDLE)]
    repository.write_files(tmp_path, repository.build_repository(bundles, "go", layouts=["legacy"] * len(bundles)))
    old = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    index_next = schema.INDEX_FILE + ".migrating"

    new, left = kill_at_random(migrate_go, tmp_path, old)
    for state in left:
        if index_next in state:  # committed: each bundle is new, or its new version waits beside it
            assert all(state[n] == new[n] or state.get(n + ".migrating") == new[n] for n in new if n != index_next)
        else:  # killed before the commit point or after the switch: the old repository or the new, whole
            assert without_debris(state) in (old, new), "outside the switch the repository is old or new, whole"
    assert set(new) == set(old)
    assert json.loads(new[schema.INDEX_FILE]) != json.loads(old[schema.INDEX_FILE])
    assert repository.verify_repository(tmp_path, "go").ok


def test_migrate_killed_mid_switch_is_finished_by_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one window where the repository is neither old nor new, made deterministic: the run dies after its
    first rename; the rerun finishes the switch from the committed index."""
    from binfmt_conformance.corpus.generators.plcbundle import filler_lines

    lines = filler_lines(schema.RECORDS_PER_BUNDLE + 50)
    bundles = [lines[: schema.RECORDS_PER_BUNDLE], lines[schema.RECORDS_PER_BUNDLE :]]
    repository.write_files(tmp_path, repository.build_repository(bundles, "go", layouts=["legacy", "legacy"]))
    renames = 0
    real_replace = migrate.os.replace

    def dies_after_one_rename(source: object, target: object) -> None:
        nonlocal renames
        renames += str(source).endswith(".migrating")  # the switch's renames, not atomic_write's
        if renames == 2:
            raise KeyboardInterrupt("killed")
        real_replace(source, target)

    monkeypatch.setattr(migrate.os, "replace", dies_after_one_rename)
    with pytest.raises(KeyboardInterrupt):
        migrate.migrate_repository(tmp_path, "go")
    monkeypatch.setattr(migrate.os, "replace", real_replace)
    assert (tmp_path / (schema.INDEX_FILE + ".migrating")).exists()
    # What a reader sees in the window (plcbundle.write.migrate): the old index over bundle 1 framed and bundle 2
    # legacy; the records, the chain and the replay are the old repository's, only bundle 1's file hash and
    # size disagree with the index.
    assert reader.read_bundle((tmp_path / repository.bundle_filename(1)).read_bytes(), "go").layout == "framed"
    assert reader.read_bundle((tmp_path / repository.bundle_filename(2)).read_bytes(), "go").layout == "legacy"
    assert repository_lines(tmp_path, "go") == lines
    window = repository.verify_repository(tmp_path, "go")
    assert [b.bundle_number for b in window.bundles if b.errors] == [1]
    assert {e.clause for b in window.bundles for e in b.errors} == {
        "plcbundle.hash.compressed",
        "plcbundle.hash.compressed-size",
    }
    assert window.first_error().error_class.value == "checksum_mismatch"
    migrate.migrate_repository(tmp_path, "go")
    assert repository.verify_repository(tmp_path, "go").ok
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [schema.INDEX_FILE, *(repository.bundle_filename(n) for n in (1, 2))]
    )

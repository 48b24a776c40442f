"""The upstream implementations' API under their names: Go's `LoadBundle` / `LoadOperation` / `VerifyChain`
and `Migrate`, Rust's `get_operation_raw` (spec/formats/plcbundle.md, "Random access" and "Repositories").

A repository is a folder holding `plc_bundles.json` and the bundle files `NNNNNN.jsonl.zst`; a bundle is read
under a profile (`go` by default here, as upstream's Go tool is the one that writes repositories).
"""

from __future__ import annotations

import os
from pathlib import Path

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.plcbundle import profiles, schema
from binfmt_conformance.reference_impl.plcbundle import migrate, reader, repository


def load_bundle(root: str | os.PathLike[str], bundle_number: int, profile: str = "go") -> reader.Bundle:
    """Bundle `bundle_number` of the repository at `root`, read whole."""
    path = Path(root) / repository.bundle_filename(bundle_number)
    if not path.is_file():
        raise FormatError(ErrorClass.INVALID_VALUE, f"bundle {bundle_number} not found", "plcbundle.access.global")
    return reader.read_bundle(path.read_bytes(), profile)


def load_operation(root: str | os.PathLike[str], bundle_number: int, position: int, profile: str = "go") -> str:
    """Go's `LoadOperation`: the record line at bundle-local `position`; the bundle must be in the index and
    the position in 0‥9999 (`invalid position`), then the frame path of `get_operation_raw` is taken."""
    prof = profiles.get(profile)
    index = repository.load_index(Path(root), prof)
    if not any(entry["bundle_number"] == bundle_number for entry in index["bundles"]):
        raise FormatError(
            ErrorClass.INVALID_VALUE, f"bundle {bundle_number} not in the index", "plcbundle.access.global"
        )
    if not 0 <= position < schema.RECORDS_PER_BUNDLE:
        raise reader.position_error(f"invalid position: {position} (must be 0-{schema.RECORDS_PER_BUNDLE - 1})")
    path = Path(root) / repository.bundle_filename(bundle_number)
    return reader.get_operation(path.read_bytes(), position, prof)


def get_operation_raw(path: str | os.PathLike[str], position: int, profile: str = "rust") -> str:
    """Rust's `get_operation_raw`: the record line at `position` of one bundle file; only the file is needed."""
    return reader.get_operation(Path(path).read_bytes(), position, profile)


def verify_chain(root: str | os.PathLike[str], profile: str = "go") -> repository.VerifyReport:
    """`plcbundle verify`: every hash and the whole chain recomputed (the report lists each failure)."""
    return repository.verify_repository(root, profile)


def migrate_repository(
    root: str | os.PathLike[str], profile: str = "go", dry_run: bool = False
) -> migrate.MigrateReport:
    """`plcbundle migrate`: legacy bundles re-framed beside the old files, the index switched last; a rerun
    finishes or discards what a killed run left (spec clause plcbundle.migrate.atomic)."""
    return migrate.migrate_repository(root, profile, dry_run=dry_run)

"""Legacy → framed migration: re-frame every legacy bundle of a repository, keeping its content (so its
`content_hash`, chain `hash` and `parent`) and updating what depends on the file bytes.

Go keeps `cursor` and stores the file size; Rust first checks that the stored chain hash recomputes (and
aborts otherwise), rewrites `cursor` to the previous bundle's `end_time` and stores the data-frame bytes
as `compressed_size` (research #18, #4, #6).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.formats.plcbundle.profiles import Profile
from binfmt_conformance.reference_impl.files import atomic_write, sweep
from binfmt_conformance.reference_impl.plcbundle import reader, repository, writer
from binfmt_conformance.reference_impl.plcbundle.reader import profile_of


@dataclass
class MigrateReport:
    migrated: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # already framed

    def text(self, dry_run: bool) -> str:
        verb = "Would migrate" if dry_run else "Migrated"
        return (
            f"{verb} {len(self.migrated)} bundles"
            + (f": {', '.join(f'{n:06d}' for n in self.migrated)}" if self.migrated else "")
            + f"\nAlready framed: {len(self.skipped)}\n"
        )


def migrate_bundle(data: bytes, profile: str | Profile, info: writer.BundleInfo) -> bytes:
    """A legacy bundle re-written framed by `profile`'s writer; the content is unchanged."""
    bundle = reader.read_bundle(data, profile)
    return writer.write_framed(bundle.records, profile, info)


# Kill-safety (issue 7). A run writes every new bundle beside its old one (`NNNNNN.jsonl.zst.migrating`), then
# the new index beside the old (`plc_bundles.json.migrating`): that file is the commit point. Only then are the
# bundles renamed over the old ones and, last, the index. Killed before the commit point, the repository is the
# old one and a rerun discards the leftovers; killed after it, a rerun finishes the renames first.
PENDING = ".migrating"


def pending(path: Path) -> Path:
    return path.with_name(path.name + PENDING)


def finish_or_discard(root: Path) -> bool:
    """Complete a switch a killed run committed to, or remove what an uncommitted one left; True if finished."""
    index_next = pending(root / schema.INDEX_FILE)
    leftovers = sorted(p for p in root.glob("*" + PENDING) if p != index_next)
    sweep(root)
    if index_next.exists():
        for path in leftovers:
            os.replace(path, path.with_name(path.name[: -len(PENDING)]))
        os.replace(index_next, root / schema.INDEX_FILE)
        return True
    for path in leftovers:
        path.unlink()
    return False


def migrate_repository(
    path: str | Path,
    profile: str | Profile = "go",
    *,
    dry_run: bool = False,
    written_at: datetime = writer.FIXED_WRITE_TIME,
) -> MigrateReport:
    prof = profile_of(profile)
    root = Path(path)
    if not dry_run:
        finish_or_discard(root)
    index = repository.load_index(root, prof)
    report = MigrateReport()
    previous_end = ""
    changed = False
    for entry in index["bundles"]:
        number = entry["bundle_number"]
        file = root / repository.bundle_filename(number)
        data = file.read_bytes()
        if reader.metadata_header(data) is not None:
            report.skipped.append(number)
            previous_end = entry.get("end_time", "")
            if entry.get("compressed_hash") != hashlib.sha256(data).hexdigest():
                # A file an earlier migration rewrote without its index entry: the content still matches the
                # index, so the entry is repaired.
                framed = reader.read_bundle(data, prof)
                if framed.content_hash == entry.get("content_hash"):
                    changed |= record_file(entry, data, framed, prof, entry.get("cursor", ""))
            continue
        bundle = reader.read_bundle(data, prof)
        parent = entry.get("parent", "")
        if prof.name == "rust" and writer.chain_hash(parent, bundle.content_hash) != entry.get("hash"):
            raise FormatError(
                ErrorClass.CHECKSUM_MISMATCH,
                f"bundle {number}: stored chain hash does not recompute; migration aborted",
                "plcbundle.hash.chain",
            )
        cursor = previous_end if prof.name == "rust" else entry.get("cursor", "")
        info = writer.BundleInfo(
            number,
            index.get("origin", "https://plc.directory"),
            parent,
            cursor if prof.name == "go" else "",
            written_at,
        )
        framed = writer.write_framed(bundle.records, prof, info)
        report.migrated.append(number)
        previous_end = entry.get("end_time", "")
        if dry_run:
            continue
        record_file(entry, framed, bundle, prof, cursor)
        atomic_write(pending(file), framed)
        changed = True
    if not dry_run and changed:
        index["total_size_bytes"] = sum(e.get("compressed_size", 0) for e in index["bundles"])
        if "total_uncompressed_size_bytes" in index:
            index["total_uncompressed_size_bytes"] = sum(e.get("uncompressed_size", 0) for e in index["bundles"])
        index["updated_at"] = writer.write_time(written_at, prof)
        atomic_write(pending(root / schema.INDEX_FILE), repository.index_text(index, prof))
        finish_or_discard(root)
    return report


def record_file(entry: dict, data: bytes, bundle: reader.Bundle, prof: Profile, cursor: str) -> bool:
    """Set the index entry's file-dependent members for the framed `data`; True when one changed."""
    before = dict(entry)
    entry["compressed_hash"] = hashlib.sha256(data).hexdigest()
    entry["compressed_size"] = (
        len(data) - reader.data_start(data) if prof.index_compressed_size == "frames" else len(data)
    )
    entry["uncompressed_size"] = len(bundle.content)
    entry["cursor"] = cursor
    return entry != before

"""What `conformance plcbundle info|op|verify|migrate|replay` prints, shaped like the upstream CLIs' output.

Each function returns a `CommandOutput`: the text for stdout and the exit code (0 success, 1 failure).
Bad input raises FormatError; the command wiring prints `{"error": CLASS, ...}` and exits 1, as elsewhere.

    info(path, profile="strict")                      path: a bundle file or a repository directory
    op(path, bundle=None, position=None, *, global_position=None, profile="strict", show=False)
    verify(path, profile="strict")                    path: a repository directory
    migrate(path, profile="go", dry_run=False)        path: a repository directory
    replay(path, profile="strict")                    path: a repository directory; prints JSON
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from binfmt_conformance.formats.plcbundle import profiles, schema
from binfmt_conformance.reference_impl.plcbundle import global_lookup, jsontext, reader, repository, repository_lines
from binfmt_conformance.reference_impl.plcbundle import migrate as migration

HELP = "plcbundle tools (info, op, verify, migrate, replay)"


@dataclass(frozen=True)
class CommandOutput:
    text: str
    exit_code: int = 0


def info(path: str | Path, profile: str = "strict") -> CommandOutput:
    """A bundle file: Go `inspect`-like report; a directory: `status`-like summary of the index."""
    target = Path(path)
    if target.is_dir():
        index = repository.load_index(target, profiles.get(profile))
        entries = index["bundles"]
        lines = [
            f"Repository: {target.name}",
            f"  Origin:   {index.get('origin', '(none)')}",
            f"  Bundles:  {len(entries)}"
            + (f" ({entries[0]['bundle_number']:06d} → {entries[-1]['bundle_number']:06d})" if entries else ""),
            f"  Operations: {sum(e.get('operation_count', 0) for e in entries)}",
            f"  Size:     {index.get('total_size_bytes', 0)} bytes compressed,"
            f" {index.get('total_uncompressed_size_bytes', 0)} uncompressed",
        ]
        if entries:
            lines += [
                f"  Timeline: {entries[0].get('start_time', '')} → {entries[-1].get('end_time', '')}",
                f"  Chain root: {entries[0].get('hash', '')}",
                f"  Chain head: {entries[-1].get('hash', '')}",
            ]
        return CommandOutput("\n".join(lines) + "\n")
    data = target.read_bytes()
    bundle = reader.read_bundle(data, profile)
    meta = bundle.metadata
    report = {
        "file": target.name,
        "file_size": len(data),
        "has_metadata_frame": meta is not None,
        "has_frame_index": bool(meta and meta.frame_offsets),
        "layout": bundle.layout,
        "frame_count": bundle.frame_count,
        "operation_count": len(bundle.records),
        "did_count": reader.did_count(bundle.parsed),
        "start_time": bundle.parsed[0].get("createdAt") if bundle.parsed else None,
        "end_time": bundle.parsed[-1].get("createdAt") if bundle.parsed else None,
        "content_hash": bundle.content_hash,
        "uncompressed_size": len(bundle.content),
        "metadata": jsontext.loads(meta.text) if meta is not None else None,
    }
    return CommandOutput(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def op(
    path: str | Path,
    bundle: int | None = None,
    position: int | None = None,
    *,
    global_position: int | None = None,
    profile: str = "strict",
    show: bool = False,
) -> CommandOutput:
    """`op get`: the raw line and a newline. `path` is a repository (with bundle + position, or a global
    position) or a bundle file (with position). `show=True`: Go's `op show` report."""
    target = Path(path)
    if global_position is not None:
        line = global_lookup(target, global_position, profile)
        number = (
            max(1, global_position // schema.RECORDS_PER_BUNDLE + profiles.get(profile).global_position_base)
            if global_position >= schema.RECORDS_PER_BUNDLE
            else 1
        )
        position = global_position % schema.RECORDS_PER_BUNDLE
    else:
        if position is None:
            raise ValueError("op needs a position")
        file = target / repository.bundle_filename(bundle or 1) if target.is_dir() else target
        line = reader.get_operation(file.read_bytes(), position, profile)
        number = bundle or 1
    if not show:
        return CommandOutput(line + "\n")
    record = jsontext.loads(line)
    operation = record.get("operation") if isinstance(record.get("operation"), dict) else {}
    text = "\n".join(
        [
            f"Operation {number:06d}:{position:04d}",
            f"  DID:       {record.get('did')}",
            f"  CID:       {record.get('cid')}",
            f"  Created:   {record.get('createdAt')}",
            f"  Status:    {'nullified' if record.get('nullified') else 'active'}",
            f"  Type:      {operation.get('type')}",
            "  Raw JSON:",
            json.dumps(record, indent=2, ensure_ascii=False),
        ]
    )
    return CommandOutput(text + "\n")


def verify(path: str | Path, profile: str = "strict") -> CommandOutput:
    report = repository.verify_repository(path, profile)
    return CommandOutput(report.text(), 0 if report.ok else 1)


def migrate(path: str | Path, profile: str = "go", dry_run: bool = False) -> CommandOutput:
    report = migration.migrate_repository(path, profile, dry_run=dry_run)
    return CommandOutput(report.text(dry_run))


def replay(path: str | Path, profile: str = "strict") -> CommandOutput:
    from binfmt_conformance.reference_impl.plcbundle.replay import replay as run_replay

    result = run_replay(repository_lines(Path(path), profile)).to_json(include_detail=True)
    return CommandOutput(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """`conformance plcbundle info|op|verify|migrate|replay …`, shaped like the upstream CLIs."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="conformance plcbundle", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("info", "a bundle file or a repository"),
        ("verify", "recompute every hash and the chain"),
        ("replay", "validating replay into DID state (JSON)"),
    ):
        command = sub.add_parser(name, help=helptext)
        command.add_argument("path")
        command.add_argument("--profile", default="strict", choices=profiles.PROFILE_NAMES)
    op_parser = sub.add_parser("op", help="one operation by bundle and position, or by global position")
    op_parser.add_argument("path")
    op_parser.add_argument("bundle", nargs="?", type=int)
    op_parser.add_argument("position", nargs="?", type=int)
    op_parser.add_argument("--global", dest="global_position", type=int)
    op_parser.add_argument("--profile", default="strict", choices=profiles.PROFILE_NAMES)
    op_parser.add_argument("--show", action="store_true", help="print the operation pretty")
    migrate_parser = sub.add_parser("migrate", help="rewrite legacy bundles as framed ones, keeping every hash")
    migrate_parser.add_argument("path")
    migrate_parser.add_argument("--profile", default="go", choices=profiles.PROFILE_NAMES)
    migrate_parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "op":
        output = op(
            args.path,
            args.bundle,
            args.position,
            global_position=args.global_position,
            profile=args.profile,
            show=args.show,
        )
    elif args.command == "migrate":
        output = migrate(args.path, args.profile, args.dry_run)
    else:
        output = {"info": info, "verify": verify, "replay": replay}[args.command](args.path, args.profile)
    sys.stdout.write(output.text)
    return output.exit_code

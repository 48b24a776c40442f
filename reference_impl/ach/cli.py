"""`conformance ach info FILE`: what `env_info` shows, plus the header and the integrity verdict."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant
from binfmt_conformance.reference_impl.ach import reader


def summary(value: Variant) -> str:
    if value.name in ("Number", "Boolean", "String", "BuiltinFunction", "Unsupported"):
        return f"{value.name}({value.value!r})"
    if value.name == "Vector":
        return f"Vector[{len(value.value)}]"
    if value.name in ("Tensor", "ComplexTensor"):
        return f"{value.name}(shape={value.value[0]})"
    if value.name == "Record":
        return f"Record{{{', '.join(k for k, _ in value.value)}}}"
    if value.name == "Edge":
        source, target, directed, _ = value.value
        return f"Edge({source} {'->' if directed else '--'} {target})"
    if value.name == "Complex":
        return f"Complex({value.value[0]!r}, {value.value[1]!r})"
    return value.name


def info(path: Path) -> str:
    return inspect(path)[0]


def inspect(path: Path) -> tuple[str, bool]:
    """The summary, and whether the stored checksum matches (a damaged file still gets its summary)."""
    data = path.read_bytes()
    parsed = reader.read_file(data, "upstream", verify_checksum=False)
    header, metadata = parsed.header, parsed.body["metadata"]
    version = header.achronyme_version.rstrip(b"\x00").decode("ascii", "replace")
    created = dt.datetime.fromtimestamp(header.created_timestamp, dt.UTC).isoformat()
    lines = [
        f"file:         {path} ({len(data)} bytes)",
        f"format:       .ach {header.version_major}.{header.version_minor}",
        f"written by:   achronyme-env {version}",
        f"created:      {created} (header), {metadata['created_at']} (metadata)",
        f"flags:        {header.flags:#010x}" + (" COMPRESSED" if header.flags & schema.FLAG_COMPRESSED else ""),
        f"compression:  {'zstd' if header.compression else 'none'}; body {len(reader.read_container(data).body)} bytes "
        f"stored, {len(parsed.payload)} bytes of MessagePack",
        f"checksum:     {'ok' if parsed.checksum_ok else 'MISMATCH'} (SHA-256 of the stored body)",
        f"created_by:   {metadata['created_by']}",
        f"platform:     {metadata['platform']}",
        f"description:  {metadata['description'] or '-'}",
        f"tags:         {', '.join(metadata['tags']) or '-'}",
        f"bindings:     {metadata['num_bindings']}",
    ]
    lines += [f"  {name} = {summary(value)}" for name, value in parsed.body["bindings"]]
    return "\n".join(lines), parsed.checksum_ok


HELP = "Achronyme .ach tools (info)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance ach", description=__doc__)
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("info", help="header, metadata and bindings of a file").add_argument("file")
    args = parser.parse_args(argv)
    text, checksum_ok = inspect(Path(args.file))
    sys.stdout.write(text + "\n")
    if not checksum_ok:
        # The same line and exit status as any other damaged file (conformance's FormatError handler).
        damaged = FormatError(ErrorClass.CHECKSUM_MISMATCH, "SHA-256 of the body does not match the stored checksum")
        print(f"error: {damaged}", file=sys.stderr)
        return 1
    return 0

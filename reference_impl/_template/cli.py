"""TEMPLATE: `conformance template info FILE`. The kit's CLI finds `HELP` and `main(argv)` here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from binfmt_conformance.reference_impl._template import reader

HELP = "template tools (info)"


def info(path: Path) -> str:
    value = reader.read_file(path.read_bytes())
    header, body = value["header"], value["body"]
    return f"version {header['version']}, flags {header['flags']:#x}, {body['name']!r}: {len(body['shapes'])} shapes"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance template", description=__doc__)
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("info", help="summary of a file").add_argument("file")
    args = parser.parse_args(argv)
    sys.stdout.write(info(Path(args.file)) + "\n")
    return 0

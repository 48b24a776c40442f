"""`conformance rzb info FILE` (shaped like upstream's `rayzor bundle info`) and `conformance rzb dump FILE
--format json` (the document model)."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from binfmt_conformance.reference_impl.files import atomic_write
from binfmt_conformance.reference_impl.rzb import reader, signing
from binfmt_conformance.reference_impl.rzb.api import load_bundle

HELP = "Rayzor bundle tools (info, dump, sign, verify)"


def info(path: Path, profile: str = "auto") -> str:
    decoded = load_bundle(path, profile)
    bundle = decoded.value
    built = datetime.datetime.fromtimestamp(bundle["build_info"]["build_timestamp"], datetime.UTC)
    entry_id = bundle["entry_function_id"]
    lines = [
        f"Bundle: {path}",
        f"  Version: {bundle['version']}",
        f"  Size: {path.stat().st_size} bytes"
        + (f" (zstd; payload {len(decoded.payload)} bytes)" if decoded.container == "Zstd" else " (raw postcard)"),
        f"  Generations: {', '.join(decoded.generations)}",
        f"  Modules: {len(bundle['modules'])}",
        *(f"    {m['name']} ({len(m['functions'])} functions)" for m in bundle["modules"]),
        f"  Entry: {bundle['entry_module']}::{bundle['entry_function']}"
        + (f" (function id {entry_id})" if entry_id is not None else " (no entry function id)"),
        f"  Built: {built:%Y-%m-%d %H:%M:%S} UTC",
        f"  Compiler: {bundle['build_info']['compiler_version']} ({bundle['build_info']['target_platform']})",
    ]
    return "\n".join(lines)


def dump(path: Path, profile: str = "auto") -> str:
    from binfmt_conformance.reference_impl.rzb import FORMAT

    return json.dumps(FORMAT.decode(path.read_bytes(), profile), indent=1, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance rzb", description=__doc__)
    sub = parser.add_subparsers(dest="action", required=True)
    for name, text in (("info", "summary of a bundle"), ("dump", "the document model of a bundle")):
        command = sub.add_parser(name, help=text)
        command.add_argument("file")
        command.add_argument("--profile", default="auto", choices=reader.PROFILE_NAMES)
        if name == "dump":
            command.add_argument("--format", choices=("json",), default="json")
    sign = sub.add_parser("sign", help="wrap a bundle in a signed envelope (a proposal beyond upstream)")
    sign.add_argument("file")
    sign.add_argument("--key", required=True, help="file holding the 32-byte Ed25519 seed in hex")
    sign.add_argument("-o", "--output", required=True)
    verify = sub.add_parser("verify", help="check a signed envelope and the bundle inside it")
    verify.add_argument("file")
    verify.add_argument("--key", help="file holding the trusted signer's public key in hex")
    args = parser.parse_args(argv)
    if args.action == "sign":
        seed = bytes.fromhex(Path(args.key).read_text().strip())
        atomic_write(args.output, signing.sign(Path(args.file).read_bytes(), seed))
        return 0
    if args.action == "verify":
        trusted = bytes.fromhex(Path(args.key).read_text().strip()) if args.key else None
        signer, bundle = signing.verify(Path(args.file).read_bytes(), trusted)
        decoded = reader.read_bundle(bundle)
        sys.stdout.write(f"signature OK (Ed25519, signer {signer.hex()}); bundle of {', '.join(decoded.generations)}\n")
        return 0
    render = info if args.action == "info" else dump
    sys.stdout.write(render(Path(args.file), args.profile) + "\n")
    return 0

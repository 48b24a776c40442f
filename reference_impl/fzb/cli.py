"""What `conformance fzb info|dis|asm` runs: each function takes paths and returns text or writes a file.

info(path) -> str              a summary of a file (header, layout, counts, trailing bytes)
dis(path, profile=None) -> str its `.fzs` disassembly
asm(src, out) -> int           assembles `src` (.fzs) into `out` (.fzb); returns the bytes written
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path
from typing import Any

from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.reference_impl.files import atomic_write
from binfmt_conformance.reference_impl.fzb import asm as assembler
from binfmt_conformance.reference_impl.fzb import dis as disassembler

PathLike = str | os.PathLike[str]
HELP = "Fusabi .fzb tools (info, dis, asm)"


def closures(chunk: dict[str, Any]) -> list[dict[str, Any]]:
    """Every closure prototype in the chunk's constants, nested ones included (depth first)."""
    found = []
    stack = list(chunk["constants"])
    while stack:
        value = stack.pop()
        if value.name == "Closure":
            found.append(value.value)
            stack.extend(value.value["chunk"]["constants"])
        elif value.name in ("Tuple", "Array"):
            stack.extend(value.value)
        elif value.name in ("Record", "Map"):
            stack.extend(v for _, v in value.value)
        elif value.name == "Cons":
            stack.extend((value.value["head"], value.value["tail"]))
        elif value.name in ("Variant", "NativeFn"):
            stack.extend(value.value["fields" if value.name == "Variant" else "args"])
    return found


def info(path: PathLike) -> str:
    data = Path(path).read_bytes()
    parsed = disassembler.read_any(data)
    chunk = parsed.chunk
    constants = Counter(value.name for value in chunk["constants"])
    used = Counter(schema.mnemonic(i.name) for i in chunk["instructions"])
    nested = closures(chunk)
    optional = ", ".join(
        f"{name} {'none' if chunk[name] is None else repr(chunk[name])}"
        for name in ("name", "source", "source_file")
        if name in chunk
    )
    lines = [
        f"file: {Path(path).name} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()})",
        f"header: magic {data[:4].hex()} version {parsed.version}; layout {parsed.profile.generation} "
        f"(profile {parsed.profile.name})",
        f"chunk: {len(chunk['instructions'])} instructions, {len(chunk['constants'])} constants"
        + (f", {len(chunk['spans'])} spans" if "spans" in chunk else "")
        + f"; {optional}",
        "constants: " + (", ".join(f"{name} ×{n}" for name, n in sorted(constants.items())) or "none"),
        "instructions: " + (", ".join(f"{name} ×{n}" for name, n in sorted(used.items())) or "none"),
        f"closure prototypes: {len(nested)}"
        + (f" ({sum(len(c['chunk']['instructions']) for c in nested)} instructions)" if nested else ""),
        f"trailing bytes: {len(data) - parsed.end}",
    ]
    return "\n".join(lines) + "\n"


def dis(path: PathLike, profile: str | None = None) -> str:
    return disassembler.disassemble(Path(path).read_bytes(), profile)


def asm(src: PathLike, out: PathLike, *, force: bool = False) -> int:
    """Assemble `src` into `out`, written atomically; an existing `out` is replaced only with `force`, and
    never when it is the source itself."""
    if Path(out).exists() and Path(out).resolve() == Path(src).resolve():
        raise FileExistsError(f"{out} is the source file; refusing to write over it")
    data = assembler.assemble(Path(src).read_text(encoding="utf-8"))
    try:
        atomic_write(out, data, allow_overwrite=force)
    except FileExistsError:
        raise FileExistsError(f"{out} exists; pass --force to replace it") from None
    return len(data)


def main(argv: list[str] | None = None) -> int:
    """`conformance fzb info FILE | dis FILE [--profile P] | asm FILE.fzs -o FILE.fzb`."""
    import argparse
    import sys

    from binfmt_conformance.formats.errors import FormatError
    from binfmt_conformance.reference_impl.fzb.syntax import AsmError

    parser = argparse.ArgumentParser(
        prog="conformance fzb", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("info", help="summary of a .fzb file").add_argument("file")
    dis_parser = sub.add_parser("dis", help="disassemble a .fzb file to .fzs text")
    dis_parser.add_argument("file")
    dis_parser.add_argument("--profile", choices=tuple(profiles.PROFILES))
    asm_parser = sub.add_parser("asm", help="assemble .fzs text into a .fzb file")
    asm_parser.add_argument("file")
    asm_parser.add_argument("-o", "--output", required=True)
    asm_parser.add_argument("--force", action="store_true", help="replace an existing output file")
    args = parser.parse_args(argv)
    try:
        if args.action == "info":
            sys.stdout.write(info(args.file))
        elif args.action == "dis":
            sys.stdout.write(dis(args.file, args.profile))
        else:
            size = asm(args.file, args.output, force=args.force)
            print(f"wrote {args.output} ({size} bytes)")
    except (FormatError, AsmError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except FileExistsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0

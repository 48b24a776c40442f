"""`conformance runmat-snapshot info FILE [--bytecode]` and `dump FILE --format json`.

`info` prints the header, the payload and checksum verdict, and the seed's `LoadingStats` figures; with
`--bytecode` it disassembles every `runmat_vm::Bytecode` in the body (it never runs one: the matrix VM is
outside the file format). `dump` prints the document model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.reference_impl.runmat_snapshot.api import LoadedSnapshot, SnapshotLoader

HELP = "RunMat snapshot tools (info, dump)"


def operand_text(value: Any) -> str:
    if isinstance(value, t.Variant):
        if value.value is None:
            return value.name
        return f"{value.name}({operand_text(value.value)})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {operand_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(operand_text(v) for v in value) + "]"
    return repr(value)


def instruction_text(instruction: t.Variant) -> str:
    if instruction.value is None:
        return instruction.name
    operands = instruction.value if isinstance(instruction.value, list) else [instruction.value]
    if isinstance(instruction.value, dict):
        operands = [f"{k}={operand_text(v)}" for k, v in instruction.value.items()]
        return f"{instruction.name} " + " ".join(operands)
    return f"{instruction.name} " + ", ".join(operand_text(v) for v in operands)


def bytecodes(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every Bytecode of the body with where it sits, in file order."""
    cache = body["bytecode_cache"]
    found = [(f"stdlib_bytecode[{name!r}]", code) for name, code in cache["stdlib_bytecode"]]
    found += [(f"operation_sequences[{s['name']!r}]", s["bytecode"]) for s in cache["operation_sequences"]]
    found += [(f"hotspots[{h['name']!r}]", h["bytecode"]) for h in cache["hotspots"]]
    return found


def disassemble(label: str, bytecode: dict[str, Any]) -> list[str]:
    lines = [f"{label}: {len(bytecode['instructions'])} instructions, {bytecode['var_count']} variables"]
    width = len(str(max(len(bytecode["instructions"]) - 1, 0)))
    for index, instruction in enumerate(bytecode["instructions"]):
        lines.append(f"  {index:>{width}}  {instruction_text(instruction)}")
    for name, function in bytecode.get("bound_functions", []):
        lines += disassemble(f"  bound function {name} ({function['display_name']})", function)
    return lines


def info(loaded: LoadedSnapshot, with_bytecode: bool = False) -> str:
    parsed, stats = loaded.file, loaded.stats
    header, info_ = parsed.header, parsed.header["data_info"]
    meta = header["metadata"]
    algorithm = info_["compression"]["algorithm"]
    verdict = {None: "none declared" if header["checksum_info"] is None else "declared, bytes missing"}.get(
        parsed.checksum_ok, "ok" if parsed.checksum_ok else "MISMATCH (upstream never checks)"
    )
    lines = [
        f"file:               {loaded.source} ({parsed.end} bytes read)",
        f"magic / version:    {bytes(header['magic'])!r} / {header['version']} (era {parsed.era.name})",
        f"runmat_version:     {meta['runmat_version']} (body schema {parsed.layout.body_schema})",
        f"created_at:         {meta['created_at']['secs_since_epoch']}.{meta['created_at']['nanos_since_epoch']:09d}",
        f"platform:           {meta['target_platform']['os']} {meta['target_platform']['arch']}",
        f"header:             H = {parsed.header_length} (bincode uses {parsed.header_used})",
        f"payload:            {algorithm.name} {operand_text(algorithm.value) if algorithm.value else ''}"
        f" level {info_['compression']['level']}, at {parsed.data_offset}, {len(parsed.payload)} bytes",
        f"parameters:         {dict(info_['compression']['parameters'])}",
        f"checksum:           {verdict}",
        f"total_size:         {stats.total_size}",
        f"compressed_size:    {stats.compressed_size}",
        f"builtin_count:      {stats.builtin_count}",
        f"compression_efficiency: {stats.compression_efficiency():.4f}",
        f"loading_throughput: {stats.loading_throughput():.0f} bytes/s",
    ]
    if with_bytecode and isinstance(parsed.body, dict):
        for label, code in bytecodes(parsed.body):
            lines += disassemble(label, code)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance runmat-snapshot", description=__doc__)
    sub = parser.add_subparsers(dest="action", required=True)
    for action, help_text in (("info", "header, sizes and LoadingStats"), ("dump", "the document model")):
        command = sub.add_parser(action, help=help_text)
        command.add_argument("file")
        command.add_argument("--profile", choices=tuple(PROFILES), default=DEFAULT_PROFILE)
        command.add_argument("--body-schema", help="read the body with this schema instead of the release's")
        if action == "info":
            command.add_argument("--bytecode", action="store_true", help="disassemble every Bytecode")
        else:
            command.add_argument("--format", choices=("json",), default="json")
    args = parser.parse_args(argv)
    loaded = SnapshotLoader(args.profile, args.body_schema).load(Path(args.file))
    if args.action == "info":
        sys.stdout.write(info(loaded, args.bytecode) + "\n")
    else:
        layout = loaded.file.layout
        document = model.to_model(layout.space, layout.file_type, loaded.file.document)
        sys.stdout.write(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    return 0

"""The execution chapter's tables agree with the code: host registry, limit defaults, runtime classes."""

from __future__ import annotations

import re
from pathlib import Path

from binfmt_conformance.formats.fzb import limits
from binfmt_conformance.reference_impl.fzb import hosts, vm

SPEC = (Path(__file__).resolve().parents[2] / "spec" / "formats" / "fzb-execution.md").read_text(encoding="utf-8")


def table_rows(header: str) -> list[list[str]]:
    start = SPEC.index(header)
    rows = []
    for line in SPEC[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_host_table() -> None:
    rows = table_rows("| global | arity | does |")
    listed = {row[0].strip("`"): row[1] for row in rows}
    functions = {name: str(f.arity) for name, f in hosts.CONFORMANCE.functions.items()}
    values = {name: "value" for name in hosts.CONFORMANCE.values}
    assert listed == {**functions, **values}


def test_limit_defaults() -> None:
    rows = table_rows("| option | default | bounds |")
    assert {row[0].strip("`"): int(row[1]) for row in rows} == vm.Limits().__dict__


def test_runtime_classes_table() -> None:
    rows = table_rows("| class | upstream `VmError` |")
    listed = set()
    for row in rows:
        listed |= set(re.findall(r"`([a-z_]+)`", row[0]))
    assert listed == {c.value for c in limits.RUNTIME_CLASSES}

"""The execution chapter and the implementation name the same things: every runtime function with its C
signature, and every clause a runtime error carries."""

from __future__ import annotations

import re
from pathlib import Path

from binfmt_conformance.reference_impl.rzb import runtime

CHAPTER = Path(__file__).resolve().parents[2] / "spec" / "formats" / "rzb-execution.md"
SOURCES = [Path(runtime.__file__).parent / name for name in ("vm.py", "vm_compile.py", "runtime.py")]


def test_every_runtime_function_has_its_clause_and_signature() -> None:
    text = CHAPTER.read_text(encoding="utf-8")
    for name, spec in runtime.LIBRARY.items():
        row = next((line for line in text.splitlines() if f"**[rzb.exec.rt.{name}]**" in line), None)
        assert row is not None, name
        assert f"`{spec.signature}`" in row, name


def test_every_listed_runtime_function_is_implemented() -> None:
    listed = re.findall(r"\*\*\[rzb\.exec\.rt\.([a-z0-9_]+)\]\*\*", CHAPTER.read_text(encoding="utf-8"))
    assert sorted(listed) == sorted(runtime.LIBRARY)


def test_clauses_the_code_raises_are_defined() -> None:
    defined = set(re.findall(r"\*\*\[(rzb\.exec\.[a-z0-9_.-]+)\]\*\*", CHAPTER.read_text(encoding="utf-8")))
    cited = set()
    for source in SOURCES:
        cited |= set(re.findall(r"\"(rzb\.exec\.[a-z0-9_.-]+)\"", source.read_text(encoding="utf-8")))
        cited |= set(re.findall(r"'(rzb\.exec\.[a-z0-9_.-]+)'", source.read_text(encoding="utf-8")))
    assert cited, "no clause found in the sources"
    assert cited <= defined, sorted(cited - defined)


def test_every_error_class_of_the_chapter_exists() -> None:
    from binfmt_conformance.formats.errors import ERROR_CLASSES

    table = CHAPTER.read_text(encoding="utf-8").split("## Runtime errors", 1)[1]
    classes = re.findall(r"^\| `([a-z_]+)` \|", table, re.M)
    assert len(classes) == 16
    assert set(classes) <= set(ERROR_CLASSES)

"""spec/protocol.md documents every check kind the runner makes, and every format chapter describes its document
model in prose (issue 15, item 5). The kinds are read from the reference's own formats (their operations) and
the generated kinds; the tables are read from the Markdown."""

from __future__ import annotations

import re

from binfmt_conformance.reference_impl.registry import available_formats, get_format
from tests.runner.support import REPO_ROOT

SPEC = REPO_ROOT / "spec"
GENERATED_KINDS = ("encode", "property-encode", "property-decode", "differential")


def section(text: str, heading: str) -> str:
    """The body of the first Markdown section whose heading is `heading` (any level), up to the next heading
    of the same or a higher level."""
    match = re.search(rf"^(#+) {re.escape(heading)}\s*$", text, re.M)
    assert match, f"no section {heading!r}"
    level = len(match.group(1))
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.M)
    return rest[: end.start()] if end else rest


def first_column(table: str) -> set[str]:
    """The backticked names in the first cell of each row of the Markdown tables in `table`."""
    names: set[str] = set()
    for line in table.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            names.update(re.findall(r"`([a-z_-]+)", line.split("|")[1]))
    return names


def every_operation() -> set[str]:
    return {op for name in available_formats() for op in get_format(name).operations}


def test_every_check_kind_has_a_row_in_the_checks_table() -> None:
    documented = first_column(section((SPEC / "protocol.md").read_text(encoding="utf-8"), "Checks"))
    missing = (every_operation() | set(GENERATED_KINDS)) - documented
    assert not missing, f"spec/protocol.md, Checks: no row for {sorted(missing)}"


def test_the_capabilities_table_names_every_operation() -> None:
    text = section((SPEC / "protocol.md").read_text(encoding="utf-8"), "Capabilities")
    row = next(line for line in text.splitlines() if line.startswith("| `formats.F.operations`"))
    missing = every_operation() - set(re.findall(r"`([a-z_]+)`", row.split("|")[3]))
    assert not missing, f"spec/protocol.md, Capabilities: operations {sorted(missing)} are not listed"


def test_every_format_chapter_describes_its_document_model_in_prose() -> None:
    for name in available_formats():
        text = (SPEC / "formats" / f"{name}.md").read_text(encoding="utf-8")
        body = section(text, "Document model")
        prose = re.sub(r"```.*?```", "", body, flags=re.S)  # examples do not count as description
        words = re.findall(r"[A-Za-z]{3,}", prose)
        assert len(words) >= 40, f"spec/formats/{name}.md: the document model is not described ({len(words)} words)"

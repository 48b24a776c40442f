"""The parts of a `.ksy` that mirror a type tree, rendered from it (`conformance regen` writes them between
`# BEGIN GENERATED: name` / `# END GENERATED: name` lines, indented like the markers; see formats/README.md).

Each function returns YAML at indentation zero. Strings are written as JSON strings, which YAML reads as
double-quoted scalars, so no doc text needs escaping by hand.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Iterable, Mapping

from formats import types as t

# Identifiers the generated Python or JavaScript parsers cannot use as enum members, and what they become.
RESERVED = {"and": "logical_and", "or": "logical_or", "not": "logical_not", "return": "ret"}
KEYWORDS = set(keyword.kwlist) | {
    "break", "case", "catch", "class", "const", "continue", "default", "delete", "do", "else", "export",
    "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "switch",
    "this", "throw", "true", "false", "try", "typeof", "var", "void", "while", "with", "yield",
}  # fmt: skip


def snake(name: str) -> str:
    """A Kaitai identifier for a Rust name: `LoadConst` → `load_const`, `HTTPCode` → `http_code`."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


def member_id(name: str) -> str:
    """An enum member's identifier: `snake(name)`, but a word the generated parsers' languages reserve gets
    its `RESERVED` spelling (or a `_value` suffix), since enum members become attributes there."""
    snaked = snake(name)
    if snaked in RESERVED:
        return RESERVED[snaked]
    return f"{snaked}_value" if snaked in KEYWORDS else snaked


def scalar(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def enum(enum_type: t.Enum, name: str | None = None) -> str:
    """One Kaitai enum: the variants by wire index (their position in the declaration), with their Rust names."""
    lines = [f"{name or snake(enum_type.name) + '_kind'}:"]
    for index, variant in enumerate(enum_type.variants):
        lines += [f"  {index}:", f"    id: {member_id(variant.name)}", f"    -orig-id: {variant.name}"]
        if variant.doc:
            lines.append(f"    doc: {scalar(variant.doc)}")
    return "\n".join(lines) + "\n"


def enums(*enum_types: t.Enum, names: Mapping[str, str] | None = None) -> str:
    """Several enums, each under `names[enum.name]` or `<snake name>_kind`."""
    return "".join(enum(e, (names or {}).get(e.name)) for e in enum_types)


def instances(values: Iterable[tuple[str, int, str]]) -> str:
    """Constant instances (`value:` with a doc): limits a parser checks against (`_root.max_depth`)."""
    lines = []
    for name, value, doc in values:
        lines += [f"{name}:", f"  value: {value}"]
        if doc:
            lines.append(f"  doc: {scalar(doc)}")
    return "\n".join(lines) + "\n"

"""The `.fzs` assembly text shared by the assembler and the disassembler (spec/formats/fzb.md, "Assembly").

Lexically a `.fzs` file is a stream of tokens; line breaks only end `;` comments. Tokens: strings in JSON
syntax, hex words (`0x7ff8000000000001`, a NaN's bits), numbers, `inf`/`-inf`, words (mnemonics, variant
names, labels, `true`, `none`, ...), directives (`.code`) and the punctuation `{ } [ ] ( ) , : = @ +`.
Values are written by their type, which the schema gives, so nothing here restates a layout.
"""

from __future__ import annotations

import json
import math
import re
import struct
from dataclasses import dataclass

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import schema

TOKEN = re.compile(
    r"""
    (?P<skip>\s+|;[^\n]*)
    |(?P<string>"(?:[^"\\\n]|\\.)*")
    |(?P<hex>0x[0-9a-fA-F]+)
    |(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
    |(?P<inf>-?inf\b)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<directive>\.[a-z_]+)
    |(?P<punct>[{}\[\](),:=@+])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    column: int


class AsmError(ValueError):
    """Text the assembler cannot turn into a chunk, with the line and column where it went wrong."""


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position, line, line_start = 0, 1, 0
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None:
            raise AsmError(f"{line}:{position - line_start + 1}: unexpected character {text[position]!r}")
        kind = match.lastgroup
        assert kind is not None
        if kind != "skip":
            tokens.append(Token(kind, match.group(), line, position - line_start + 1))
        newlines = match.group().count("\n")
        if newlines:
            line += newlines
            line_start = match.start() + match.group().rindex("\n") + 1
        position = match.end()
    return tokens


def mnemonics(layout: schema.Layout) -> dict[str, t.VariantDef]:
    """Assembler names (LOAD_CONST) and variant names (LoadConst) of the layout's instructions."""
    enum = layout.space.resolve(layout.instruction)
    assert isinstance(enum, t.Enum)
    table = {schema.mnemonic(v.name): v for v in enum.variants}
    table.update({v.name: v for v in enum.variants})
    return table


def string_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def float_text(value: float) -> str:
    """Finite floats as Python's shortest round-trip repr; NaN with its exact bits."""
    if math.isnan(value):
        return "nan 0x" + struct.pack(">d", value).hex()
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


def span_text(span: dict[str, int]) -> str:
    return f"@ {span['line']}:{span['column']} {span['offset']}+{span['length']}"


def chunk_type(layout: schema.Layout, typ: t.Type) -> bool:
    return isinstance(typ, t.Ref) and typ.name == layout.chunk.name

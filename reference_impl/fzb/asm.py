"""The assembler: `.fzs` text (the disassembler's output, or written by hand) → a chunk and file bytes.

Grammar (spec/formats/fzb.md, "Assembly"); tokens as in `syntax.py`:

    file        := [".fzb" INT [WORD]] body
    body        := { ".name" opt-str | ".source" opt-str | ".source_file" opt-str
                   | ".constants" { [INT ":"] value }
                   | ".code" { INT | WORD ":" | MNEMONIC operand* [span] }
                   | ".spans" { span } }
    span        := "@" INT ":" INT INT "+" INT          ; line:column offset+length
    value       := by its type: INT, float (NUMBER, inf, -inf, nan HEX), true/false, STRING, none,
                   "[" items "]", "{" STRING ":" value, ... "}", "(" field "=" value, ... ")",
                   a variant name followed by its payload, and a chunk as "{" body "}"

Instruction addresses (`0003`) and constant indices (`3:`) are optional; when given they must match the
position. A jump operand may be a label (`loop:` before an instruction) instead of a relative offset.
"""

from __future__ import annotations

import json
import math
import struct
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.reference_impl.fzb import writer
from binfmt_conformance.reference_impl.fzb.syntax import AsmError, Token, chunk_type, mnemonics, tokenize

JUMPS = {"Jump", "JumpIfFalse"}


class Parser:
    def __init__(self, tokens: list[Token], layout: schema.Layout, position: int = 0) -> None:
        self.tokens = tokens
        self.position = position
        self.layout = layout
        self.space = layout.space
        self.mnemonics = mnemonics(layout)

    # -- tokens ------------------------------------------------------------------------------------------
    def peek(self, offset: int = 0) -> Token | None:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def error(self, message: str, token: Token | None = None) -> AsmError:
        token = token or self.peek()
        where = f"{token.line}:{token.column}" if token else "end of text"
        return AsmError(f"{where}: {message}")

    def take(self, kind: str | None = None, text: str | None = None) -> Token:
        token = self.peek()
        if token is None or (kind and token.kind != kind) or (text is not None and token.text != text):
            wanted = repr(text) if text is not None else kind or "a token"
            raise self.error(f"expected {wanted}, found {token.text if token else 'the end'!r}")
        self.position += 1
        return token

    def at(self, kind: str, text: str | None = None, offset: int = 0) -> bool:
        token = self.peek(offset)
        return token is not None and token.kind == kind and (text is None or token.text == text)

    # -- scalars -----------------------------------------------------------------------------------------
    def integer(self, typ: t.Int) -> int:
        token = self.take("number")
        if not token.text.lstrip("-").isdigit():
            raise self.error(f"{token.text} is not an integer", token)
        value = int(token.text)
        if not typ.min <= value <= typ.max:
            raise self.error(f"{value} is out of range for {typ.name}", token)
        return value

    def floating(self) -> float:
        token = self.take()
        if token.kind == "number":
            return float(token.text)
        if token.kind == "inf":
            return -math.inf if token.text.startswith("-") else math.inf
        if token.kind == "word" and token.text == "nan":
            bits = self.take("hex")
            if len(bits.text) != 18:
                raise self.error("a NaN's bits are 16 hex digits", bits)
            value = struct.unpack(">d", bytes.fromhex(bits.text[2:]))[0]
            if not math.isnan(value):
                raise self.error(f"{bits.text} is not a NaN", bits)
            return value
        raise self.error(f"{token.text!r} is not a float", token)

    def string(self) -> str:
        token = self.take("string")
        try:
            return json.loads(token.text)
        except ValueError:
            raise self.error("bad string escape", token) from None

    def boolean(self) -> bool:
        token = self.take("word")
        if token.text not in ("true", "false"):
            raise self.error(f"{token.text!r} is not true or false", token)
        return token.text == "true"

    # -- values by type ----------------------------------------------------------------------------------
    def value(self, typ: t.Type) -> Any:
        if chunk_type(self.layout, typ):
            self.take("punct", "{")
            body = self.chunk_body(closing="}")
            self.take("punct", "}")
            return body
        typ = self.space.resolve(typ)
        if isinstance(typ, t.Int):
            return self.integer(typ)
        if isinstance(typ, t.Float):
            return self.floating()
        if isinstance(typ, t.Bool):
            return self.boolean()
        if isinstance(typ, t.Str):
            return self.string()
        if isinstance(typ, t.Option):
            if self.at("word", "none"):
                self.position += 1
                return None
            return self.value(typ.inner)
        if isinstance(typ, t.Seq):
            return self.items("[", "]", lambda: self.value(typ.inner))
        if isinstance(typ, t.Map):
            return self.items("{", "}", lambda: self.entry(typ))
        if isinstance(typ, t.Struct):
            return self.fields(list(typ.fields))
        if isinstance(typ, t.Enum):
            return self.variant(typ)
        raise TypeError(typ)

    def items(self, opening: str, closing: str, item: Any) -> list[Any]:
        self.take("punct", opening)
        out = []
        while not self.at("punct", closing):
            if out:
                self.take("punct", ",")
            out.append(item())
        self.take("punct", closing)
        return out

    def entry(self, typ: t.Map) -> tuple[Any, Any]:
        key = self.value(typ.key)
        self.take("punct", ":")
        return key, self.value(typ.value)

    def fields(self, fields: list[t.Field]) -> dict[str, Any]:
        """`(name=value, ...)`: every field once, in any order; the value keeps declaration order."""
        by_name = {f.name: f for f in fields}
        found: dict[str, Any] = {}

        def one() -> None:
            name = self.take("word")
            if name.text not in by_name or name.text in found:
                raise self.error(f"unexpected field {name.text!r} (fields: {', '.join(by_name)})", name)
            self.take("punct", "=")
            found[name.text] = self.value(by_name[name.text].type)

        self.items("(", ")", one)
        missing = [n for n in by_name if n not in found]
        if missing:
            raise self.error(f"missing fields {missing}")
        return {name: found[name] for name in by_name}

    def variant(self, enum: t.Enum) -> t.Variant:
        token = self.take("word")
        variant = enum.by_name(token.text)
        if variant is None:
            raise self.error(f"{enum.name} has no variant {token.text!r}", token)
        if variant.kind == "unit":
            return t.Variant(variant.name)
        if variant.kind == "newtype":
            return t.Variant(variant.name, self.value(variant.types[0]))
        if variant.kind == "tuple":
            values = iter(variant.types)
            items = self.items("(", ")", lambda: self.value(next(values)))
            if len(items) != len(variant.types):
                raise self.error(f"{variant.name} takes {len(variant.types)} values", token)
            return t.Variant(variant.name, items)
        return t.Variant(variant.name, self.fields([p for p in variant.payload if isinstance(p, t.Field)]))

    # -- chunks ------------------------------------------------------------------------------------------
    def chunk_body(self, closing: str | None) -> dict[str, Any]:
        struct_type = self.space.resolve(self.layout.chunk)
        assert isinstance(struct_type, t.Struct)
        names = struct_type.field_names()
        chunk: dict[str, Any] = {name: None for name in names}
        chunk.update({name: [] for name in ("instructions", "constants", "spans") if name in names})
        inline_spans: list[dict[str, int] | None] = []
        seen: set[str] = set()
        while (token := self.peek()) is not None and not (closing and token.text == closing):
            directive = self.take("directive")
            name = {".code": "instructions", ".constants": "constants", ".spans": "spans"}.get(
                directive.text, directive.text[1:]
            )
            if name not in names or name in seen:
                problem = "repeated" if name in seen else "unknown"
                raise self.error(f"{problem} directive {directive.text}", directive)
            seen.add(name)
            if name == "constants":
                chunk["constants"] = self.constants()
            elif name == "instructions":
                chunk["instructions"], inline_spans = self.code()
            elif name == "spans":
                chunk["spans"] = self.span_list()
            else:
                field = next(f for f in struct_type.fields if f.name == name)
                chunk[name] = self.value(field.type)
        if any(span is not None for span in inline_spans):
            if None in inline_spans:
                raise self.error("either every instruction carries a span or none does")
            if "spans" in seen:
                raise self.error("spans are given both inline and in .spans")
            if "spans" not in names:
                raise self.error(f"the {self.layout.generation} layout has no spans")
            chunk["spans"] = inline_spans
        return chunk

    def section_goes_on(self) -> bool:
        token = self.peek()
        return token is not None and token.kind != "directive" and token.text != "}"

    def constants(self) -> list[t.Variant]:
        out = []
        while self.section_goes_on():
            if self.at("number") and self.at("punct", ":", 1):
                index = self.take("number")
                if int(index.text) != len(out):
                    raise self.error(f"constant {index.text} is at position {len(out)}", index)
                self.take("punct", ":")
            out.append(self.value(self.layout.value))
        return out

    def code(self) -> tuple[list[t.Variant], list[dict[str, int] | None]]:
        instructions: list[t.Variant] = []
        spans: list[dict[str, int] | None] = []
        labels: dict[str, int] = {}
        pending: list[tuple[int, Token]] = []  # (instruction index, label token) of jumps to resolve
        while self.section_goes_on():
            token = self.peek()
            assert token is not None
            if token.kind == "number":
                self.position += 1
                if not token.text.isdigit() or int(token.text) != len(instructions):
                    raise self.error(f"address {token.text} is instruction {len(instructions)}", token)
                continue
            if token.kind == "word" and self.at("punct", ":", 1):
                if token.text in labels:
                    raise self.error(f"label {token.text} defined twice", token)
                labels[token.text] = len(instructions)
                self.position += 2
                continue
            instructions.append(self.instruction(len(instructions), pending))
            spans.append(self.span() if self.at("punct", "@") else None)
        for index, label in pending:
            if label.text not in labels:
                raise self.error(f"undefined label {label.text}", label)
            offset = labels[label.text] - (index + 1)
            if not t.I16.min <= offset <= t.I16.max:
                raise self.error(f"jump to {label.text} is {offset}, beyond an i16", label)
            instructions[index] = t.Variant(instructions[index].name, offset)
        return instructions, spans

    def instruction(self, index: int, pending: list[tuple[int, Token]]) -> t.Variant:
        token = self.take("word")
        variant = self.mnemonics.get(token.text)
        if variant is None:
            raise self.error(f"no instruction {token.text!r} in the {self.layout.generation} layout", token)
        if variant.name in JUMPS and self.at("word"):
            pending.append((index, self.take("word")))
            return t.Variant(variant.name, 0)
        operands = [self.value(typ) for typ in variant.types]
        if variant.kind == "unit":
            return t.Variant(variant.name)
        return t.Variant(variant.name, operands[0] if variant.kind == "newtype" else operands)

    def span(self) -> dict[str, int]:
        self.take("punct", "@")
        line = self.integer(t.U32)
        self.take("punct", ":")
        column = self.integer(t.U32)
        offset = self.integer(t.U32)
        self.take("punct", "+")
        return {"line": line, "column": column, "offset": offset, "length": self.integer(t.U32)}

    def span_list(self) -> list[dict[str, int]]:
        out = []
        while self.section_goes_on():
            out.append(self.span())
        return out


def parse(text: str) -> tuple[dict[str, Any], str]:
    """`.fzs` text → (`FILE_TYPE` value, wire generation)."""
    tokens = tokenize(text)
    version, generation, position = schema.FZB_VERSION, "current", 0
    if tokens and tokens[0].kind == "directive" and tokens[0].text == ".fzb":
        header = Parser(tokens, schema.CURRENT, 1)
        version = header.integer(t.U8)
        if header.at("word"):
            layout_name = header.take("word")
            if layout_name.text not in schema.LAYOUTS:
                raise header.error(f"unknown layout {layout_name.text!r}", layout_name)
            generation = layout_name.text
        position = header.position
    parser = Parser(tokens, schema.LAYOUTS[generation], position)
    chunk = parser.chunk_body(closing=None)
    return {"version": version, "chunk": chunk}, generation


def assemble(text: str) -> bytes:
    """`.fzs` text → `.fzb` bytes; bad text raises AsmError, a chunk the writer refuses FormatError."""
    document, generation = parse(text)
    profile = next(p.name for p in profiles.PROFILES.values() if p.generation == generation)
    try:
        return writer.write_file(document, profile)
    except FormatError as error:
        raise AsmError(f"cannot write the chunk: {error.message}") from None

"""The disassembler: a chunk as readable `.fzs` text that `asm` turns back into the same bytes.

Layout of the text (spec/formats/fzb.md, "Assembly"):

    .fzb 1 current                    ; version and wire layout
    .name "main"                      ; chunk fields that are Some(...); absent means None
    .constants
      0: Str "0.1.0"
      1: Closure(arity=1, name=none, chunk={ ... })
    .code
      0000  LOAD_CONST 0  @ 0:0 0+0   ; "0.1.0"
      0001  JUMP -2       @ 0:0 0+0   ; -> 0000

Spans are written on their instruction's line when there is exactly one per instruction, else in a
`.spans` section. Comments (`;`) are for readers only: the assembler ignores them.
"""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import profiles, schema
from binfmt_conformance.reference_impl.fzb import reader
from binfmt_conformance.reference_impl.fzb.syntax import chunk_type, float_text, span_text, string_text

INDENT = "  "
SEQUENCE_FIELDS = {"instructions": ".code", "constants": ".constants", "spans": ".spans"}
# Chunk fields come last when a struct is written inline, so the short fields stay next to the name.
CONSTANT_OPERANDS = {"LoadConst", "LoadGlobal", "CallMethod", "MakeClosure"}
JUMPS = {"Jump", "JumpIfFalse"}


class Printer:
    def __init__(self, layout: schema.Layout) -> None:
        self.layout = layout
        self.space = layout.space

    def value(self, typ: t.Type, value: Any, indent: str) -> str:
        if chunk_type(self.layout, typ):
            body = self.chunk_lines(value, indent + INDENT)
            return "{\n" + "\n".join(body) + ("\n" if body else "") + indent + "}"
        typ = self.space.resolve(typ)
        if isinstance(typ, t.Int):
            return str(value)
        if isinstance(typ, t.Float):
            return float_text(value)
        if isinstance(typ, t.Bool):
            return "true" if value else "false"
        if isinstance(typ, t.Str):
            return string_text(value)
        if isinstance(typ, t.Option):
            return "none" if value is None else self.value(typ.inner, value, indent)
        if isinstance(typ, t.Seq):
            return "[" + ", ".join(self.value(typ.inner, v, indent) for v in value) + "]"
        if isinstance(typ, t.Map):
            entries = (f"{self.value(typ.key, k, indent)}: {self.value(typ.value, v, indent)}" for k, v in value)
            return "{" + ", ".join(entries) + "}"
        if isinstance(typ, t.Struct):
            return self.fields(list(typ.fields), value, indent)
        if isinstance(typ, t.Enum):
            return self.variant(typ, value, indent)
        raise TypeError(typ)

    def fields(self, fields: list[t.Field], value: dict[str, Any], indent: str) -> str:
        ordered = sorted(fields, key=lambda f: chunk_type(self.layout, f.type))
        return "(" + ", ".join(f"{f.name}={self.value(f.type, value[f.name], indent)}" for f in ordered) + ")"

    def variant(self, enum: t.Enum, value: t.Variant, indent: str) -> str:
        variant = enum.by_name(value.name)
        assert variant is not None
        if variant.kind == "unit":
            return variant.name
        if variant.kind == "newtype":
            inner = self.value(variant.types[0], value.value, indent)
            return variant.name + (inner if inner.startswith("(") else " " + inner)
        if variant.kind == "tuple":
            items = ", ".join(self.value(p, v, indent) for p, v in zip(variant.types, value.value, strict=True))
            return f"{variant.name}({items})"
        fields = [p for p in variant.payload if isinstance(p, t.Field)]
        return variant.name + self.fields(fields, value.value, indent)

    def chunk_lines(self, chunk: dict[str, Any], indent: str) -> list[str]:
        struct = self.space.resolve(self.layout.chunk)
        assert isinstance(struct, t.Struct)
        lines: list[str] = []
        for field in struct.fields:
            if field.name not in SEQUENCE_FIELDS and chunk[field.name] is not None:
                lines.append(f"{indent}.{field.name} {self.value(field.type, chunk[field.name], indent)}")
        value_type = self.layout.value
        if chunk["constants"]:
            lines.append(f"{indent}.constants")
            for index, constant in enumerate(chunk["constants"]):
                lines.append(f"{indent}{INDENT}{index}: {self.value(value_type, constant, indent + INDENT)}")
        spans = chunk.get("spans", [])
        inline = bool(spans) and len(spans) == len(chunk["instructions"])
        if chunk["instructions"]:
            lines.append(f"{indent}.code")
            for index, instruction in enumerate(chunk["instructions"]):
                text = f"{indent}{INDENT}{index:04d}  {self.instruction(instruction)}"
                if inline:
                    text = f"{text:<{len(indent) + 34}} {span_text(spans[index])}"
                note = self.note(chunk, index, instruction)
                lines.append(f"{text}  ; {note}" if note else text)
        if spans and not inline:
            lines.append(f"{indent}.spans")
            lines.extend(f"{indent}{INDENT}{span_text(span)}" for span in spans)
        return lines

    def instruction(self, instruction: t.Variant) -> str:
        enum = self.space.resolve(self.layout.instruction)
        assert isinstance(enum, t.Enum)
        variant = enum.by_name(instruction.name)
        assert variant is not None
        operands = (
            [] if variant.kind == "unit" else [instruction.value] if variant.kind == "newtype" else instruction.value
        )
        parts = [schema.mnemonic(variant.name)]
        parts.extend(self.value(typ, operand, "") for typ, operand in zip(variant.types, operands, strict=True))
        return " ".join(parts)

    def note(self, chunk: dict[str, Any], index: int, instruction: t.Variant) -> str:
        """A reader's aid: the constant an index names, or a jump's target."""
        if instruction.name in JUMPS:
            return f"-> {index + 1 + instruction.value:04d}"
        if instruction.name in CONSTANT_OPERANDS:
            k = instruction.value[0] if isinstance(instruction.value, list) else instruction.value
            if k >= len(chunk["constants"]):
                return "(no such constant)"
            return self.summary(chunk["constants"][k])
        return ""

    def summary(self, constant: t.Variant) -> str:
        if constant.name == "Closure":
            closure = constant.value
            name = closure["name"] if closure["name"] is not None else "anonymous"
            return f"closure {name}/{closure['arity']}, {len(closure['chunk']['instructions'])} instructions"
        text = self.value(self.layout.value, constant, "")
        return text if len(text) <= 60 else text[:57] + "..."


def render(document: dict[str, Any], generation: str = "current") -> str:
    """`.fzs` text of a `FILE_TYPE` value."""
    layout = schema.LAYOUTS[generation]
    lines = [f".fzb {document['version']} {generation}"]
    lines.extend(Printer(layout).chunk_lines(document["chunk"], ""))
    return "\n".join(lines) + "\n"


def disassemble(data: bytes, profile: str | None = None) -> str:
    """The text of a file; without a profile, `upstream`, falling back to the legacy layout when only it
    reads the file. Trailing bytes are noted in a comment and not reproduced."""
    parsed = reader.read_file(data, profile or profiles.DEFAULT_PROFILE) if profile else read_any(data)
    text = render(parsed.document, parsed.profile.generation)
    if parsed.end != len(data):
        text += f"; {len(data) - parsed.end} trailing bytes after the chunk are not part of this text\n"
    return text


def read_any(data: bytes) -> reader.FzbFile:
    try:
        return reader.read_file(data, profiles.DEFAULT_PROFILE)
    except FormatError as error:
        try:
            legacy = reader.read_file(data, "legacy-b248970")
        except FormatError:
            raise error from None
        if legacy.end != len(data):
            raise error from None
        return legacy

"""`.fzb` bytes made without the reference writer or the schema: a plain bincode-1 encoder whose tables (variant
numbering, payloads, field order) are transcribed from the research notes (Part B3, the types at Fusabi
cc23a60, and B4, the schema history that gives the b248970 numbering), not read off `formats.fzb.schema`.

The valid corpus cases are these bytes, and their expectation is the model of the value they encode. A schema
that numbered a variant wrongly would make the reference reader and writer agree with each other and disagree
with these bytes, so the corpus catches it.
"""

from __future__ import annotations

import struct
from typing import Any

HEADER = b"FZB\x01" + bytes([1])  # the magic (0x01 included) and the version byte 1

# Instruction: (name, operand kinds) in wire-index order, current numbering (B3).
INSTRUCTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("LoadConst", ("u16",)), ("LoadLocal", ("u8",)), ("StoreLocal", ("u8",)), ("LoadUpvalue", ("u8",)),
    ("StoreUpvalue", ("u8",)), ("LoadGlobal", ("u16",)), ("Pop", ()), ("Dup", ()),
    ("CheckInt", ("i64",)), ("CheckBool", ("bool",)), ("CheckString", ("string",)), ("CheckTupleLen", ("u8",)),
    ("GetTupleElem", ("u8",)), ("Add", ()), ("Sub", ()), ("Mul", ()), ("Div", ()), ("Concat", ()),
    ("Eq", ()), ("Neq", ()), ("Lt", ()), ("Lte", ()), ("Gt", ()), ("Gte", ()), ("And", ()), ("Or", ()),
    ("Not", ()), ("Jump", ("i16",)), ("JumpIfFalse", ("i16",)), ("Call", ("u8",)),
    ("CallMethod", ("u16", "u8")), ("TailCall", ("u8",)), ("Return", ()), ("MakeTuple", ("u16",)),
    ("GetTupleField", ("u8",)), ("MakeList", ("u16",)), ("Cons", ()), ("ListHead", ()), ("ListTail", ()),
    ("IsNil", ()), ("MakeArray", ("u16",)), ("ArrayGet", ()), ("ArraySet", ()), ("ArrayLength", ()),
    ("ArrayUpdate", ()), ("MakeRecord", ("u16",)), ("GetRecordField", ()), ("UpdateRecord", ("u16",)),
    ("MakeVariant", ("u16",)), ("CheckVariantTag", ("string",)), ("GetVariantField", ("u8",)),
    ("MakeClosure", ("u16", "u8")), ("CloseUpvalue", ("u8",)),
)  # fmt: skip
# Value: (name, payload kinds) in wire-index order; a struct variant lists its fields as (field, kind).
VALUES: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("Int", ("i64",)), ("Float", ("f64",)), ("Bool", ("bool",)), ("Str", ("string",)), ("Unit", ()),
    ("Tuple", ("values",)), ("Cons", (("head", "value"), ("tail", "value"))), ("Nil", ()), ("Array", ("values",)),
    ("Record", ("map",)), ("Map", ("map",)),
    ("Variant", (("type_name", "string"), ("variant_name", "string"), ("fields", "values"))),
    ("Closure", ("closure",)), ("NativeFn", (("name", "string"), ("arity", "u8"), ("args", "values"))),
)  # fmt: skip
# B4: the first serialised layout lacks these (so Return = 30, Str = 2) and the Chunk's last three fields.
ABSENT_IN_B248970 = {"instructions": {"Concat", "CallMethod"}, "values": {"Float", "Map"}}
SCALARS = {"u8": "<B", "u16": "<H", "u32": "<I", "i16": "<h", "i64": "<q", "f64": "<d"}


class Encoder:
    def __init__(self, generation: str = "current") -> None:
        legacy = generation == "b248970"
        absent = ABSENT_IN_B248970 if legacy else {"instructions": set(), "values": set()}
        self.instructions = {
            n: (i, p) for i, (n, p) in enumerate(x for x in INSTRUCTIONS if x[0] not in absent["instructions"])
        }
        self.values = {n: (i, p) for i, (n, p) in enumerate(x for x in VALUES if x[0] not in absent["values"])}
        self.legacy = legacy

    def file(self, chunk: dict[str, Any]) -> bytes:
        return HEADER + self.chunk(chunk)

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        out = self.seq(chunk["instructions"], self.instruction) + self.seq(chunk["constants"], self.value)
        out += self.option(chunk["name"], self.string)
        if not self.legacy:
            spans = self.seq(chunk["spans"], lambda s: b"".join(self.scalar("u32", s[f]) for f in SPAN_FIELDS))
            out += spans + self.option(chunk["source"], self.string) + self.option(chunk["source_file"], self.string)
        return out

    def instruction(self, variant: Any) -> bytes:
        index, kinds = self.instructions[variant.name]
        operands = [] if not kinds else [variant.value] if len(kinds) == 1 else list(variant.value)
        return self.scalar("u32", index) + b"".join(self.of(k, v) for k, v in zip(kinds, operands, strict=True))

    def value(self, variant: Any) -> bytes:
        index, kinds = self.values[variant.name]
        out = self.scalar("u32", index)
        if kinds and isinstance(kinds[0], tuple):  # a struct variant: its fields in order
            return out + b"".join(self.of(kind, variant.value[name]) for name, kind in kinds)
        return out + (self.of(kinds[0], variant.value) if kinds else b"")

    def of(self, kind: str, value: Any) -> bytes:
        if kind in SCALARS:
            return self.scalar(kind, value)
        if kind == "bool":
            return b"\x01" if value else b"\x00"
        if kind == "string":
            return self.string(value)
        if kind == "value":
            return self.value(value)
        if kind == "values":
            return self.seq(value, self.value)
        if kind == "map":
            return self.seq(value, lambda entry: self.string(entry[0]) + self.value(entry[1]))
        assert kind == "closure", kind
        return self.chunk(value["chunk"]) + self.scalar("u8", value["arity"]) + self.option(value["name"], self.string)

    @staticmethod
    def scalar(kind: str, value: Any) -> bytes:
        return struct.pack(SCALARS[kind], value)

    def string(self, text: str) -> bytes:
        raw = text.encode("utf-8")
        return struct.pack("<Q", len(raw)) + raw

    @staticmethod
    def seq(items: list[Any], item: Any) -> bytes:
        return struct.pack("<Q", len(items)) + b"".join(item(x) for x in items)

    @staticmethod
    def option(value: Any, inner: Any) -> bytes:
        return b"\x00" if value is None else b"\x01" + inner(value)


SPAN_FIELDS = ("line", "column", "offset", "length")


def file_bytes(chunk: dict[str, Any], generation: str = "current") -> bytes:
    return Encoder(generation).file(chunk)

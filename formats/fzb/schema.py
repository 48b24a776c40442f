"""Fusabi bytecode files (`.fzb`): the single source of their layout.

File = `FZB_MAGIC` (4 bytes, `FZB\\x01`) ‖ `FZB_VERSION` (u8, always 1) ‖ bincode-1 encoding of `Chunk`
(`formats.wire.bincode1`: little-endian fixed-width ints, u64 lengths, u32 enum indices, u8 option tags).
Upstream: fusabi-lang/fusabi @ cc23a60, `rust/crates/fusabi-vm/src/{lib.rs, chunk.rs, instruction.rs,
value.rs, closure.rs}` (spec/formats/fzb.md; research Part B).

Two generations of the wire layout exist under the same version byte, so each is declared here from one
table and selected by profile:
- `current` (`CURRENT`, the module-level `space`, `CHUNK`, ...): 6-field `Chunk`, 53 instructions, 14 values;
- `b248970` (`LEGACY`): the first serialised layout — 3-field `Chunk`, no `Concat`/`CallMethod` (so
  `Return` = 30), no `Float`/`Map` values (so `Str` = 2). Every other variant keeps its payload.
"""

from __future__ import annotations

from dataclasses import dataclass

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import limits
from binfmt_conformance.formats.wire import bincode1

FZB_MAGIC = b"FZB\x01"
FZB_VERSION = 1

HEADER = c.Struct(
    "magic" / c.Const(FZB_MAGIC) * "ASCII `FZB` and 0x01; the 0x01 is part of the magic, not a version",
    "version" / c.Int8ul * "FZB_VERSION; 1 is the only value written or accepted (it never tracked wire changes)",
)
HEADER_SIZE = HEADER.sizeof()

GENERATIONS = ("current", "b248970")

# The declaration order IS the wire numbering: (name, payload types, meaning). `since` marks the variants
# the b248970 layout lacks; removing them gives its numbering.
U16, U8, I16, I64 = t.U16, t.U8, t.I16, t.I64
INSTRUCTIONS: tuple[tuple[str, tuple[t.Type, ...], str], ...] = (
    ("LoadConst", (U16,), "push constants[idx]"),
    ("LoadLocal", (U8,), "push the local slot idx"),
    ("StoreLocal", (U8,), "pop into the local slot idx"),
    ("LoadUpvalue", (U8,), "push upvalue idx"),
    ("StoreUpvalue", (U8,), "pop into upvalue idx"),
    ("LoadGlobal", (U16,), "push the global named by constants[idx]"),
    ("Pop", (), "discard the top"),
    ("Dup", (), "duplicate the top"),
    ("CheckInt", (I64,), "peek; push whether the top is this Int"),
    ("CheckBool", (t.BOOL,), "peek; push whether the top is this Bool"),
    ("CheckString", (t.STR,), "peek; push whether the top is this Str"),
    ("CheckTupleLen", (U8,), "peek; push whether the top is a tuple of this length"),
    ("GetTupleElem", (U8,), "peek a tuple; push element idx"),
    ("Add", (), "a + b"),
    ("Sub", (), "a - b"),
    ("Mul", (), "a * b"),
    ("Div", (), "a / b"),
    ("Concat", (), "string a ++ b"),
    ("Eq", (), "a == b"),
    ("Neq", (), "a != b"),
    ("Lt", (), "a < b"),
    ("Lte", (), "a <= b"),
    ("Gt", (), "a > b"),
    ("Gte", (), "a >= b"),
    ("And", (), "bool a && b"),
    ("Or", (), "bool a || b"),
    ("Not", (), "bool !a"),
    ("Jump", (I16,), "ip += offset (relative to the next instruction)"),
    ("JumpIfFalse", (I16,), "pop; jump if not truthy"),
    ("Call", (U8,), "call the function below argc arguments"),
    ("CallMethod", (U16, U8), "(name constant index, argc): call a method on the receiver"),
    ("TailCall", (U8,), "tail call with argc arguments"),
    ("Return", (), "return the top (or unit)"),
    ("MakeTuple", (U16,), "pop n values into a tuple"),
    ("GetTupleField", (U8,), "pop a tuple; push field idx"),
    ("MakeList", (U16,), "pop n values into a cons list"),
    ("Cons", (), "pop tail, pop head; push head :: tail"),
    ("ListHead", (), "pop a list; push its head"),
    ("ListTail", (), "pop a list; push its tail"),
    ("IsNil", (), "pop; push whether it is Nil"),
    ("MakeArray", (U16,), "pop n values into an array"),
    ("ArrayGet", (), "pop index, array; push element"),
    ("ArraySet", (), "pop value, index, array; set in place; push unit"),
    ("ArrayLength", (), "pop an array; push its length"),
    ("ArrayUpdate", (), "pop value, index, array; push an updated copy"),
    ("MakeRecord", (U16,), "pop n (name, value) pairs into a record"),
    ("GetRecordField", (), "pop name, record; push the field"),
    ("UpdateRecord", (U16,), "pop n (name, value) pairs, then the record; push an updated copy"),
    ("MakeVariant", (U16,), "pop n fields, variant name, type name; push a variant"),
    ("CheckVariantTag", (t.STR,), "pop; push whether it is a variant with this name"),
    ("GetVariantField", (U8,), "pop a variant; push field idx"),
    ("MakeClosure", (U16, U8), "(prototype constant index, upvalue count): push a closure"),
    ("CloseUpvalue", (U8,), "close upvalues down to a slot (a no-op upstream)"),
)
ABSENT_IN_B248970 = {
    "instructions": ("Concat", "CallMethod"),
    "values": ("Float", "Map"),
    "chunk": ("spans", "source", "source_file"),
}


def instruction_variant(name: str, payload: tuple[t.Type, ...], doc: str) -> t.VariantDef:
    if not payload:
        return t.unit(name, doc)
    if len(payload) == 1:
        return t.newtype(name, payload[0], doc)
    return t.tuple_variant(name, *payload, doc=doc)


@dataclass(frozen=True)
class Layout:
    """One generation of the wire layout: its type space and the named types in it."""

    generation: str
    space: t.TypeSpace
    chunk: t.Ref
    value: t.Ref
    instruction: t.Ref
    closure: t.Ref
    source_span: t.Ref | None  # the b248970 layout has no spans
    file_type: t.Ref


def build_layout(generation: str) -> Layout:
    assert generation in GENERATIONS, generation
    legacy = generation == "b248970"

    def present(kind: str, name: str) -> bool:
        return not (legacy and name in ABSENT_IN_B248970[kind])

    space = t.TypeSpace()
    value, chunk, closure = t.Ref("Value"), t.Ref("Chunk"), t.Ref("Closure")
    fields_map = t.Map(t.STR, value)  # a Rust HashMap<String, Value>: kept in wire order
    values = (
        t.newtype("Int", t.I64),
        t.newtype("Float", t.F64),
        t.newtype("Bool", t.BOOL),
        t.newtype("Str", t.STR),
        t.unit("Unit"),
        t.newtype("Tuple", t.Seq(value)),
        t.struct_variant("Cons", t.Field("head", value), t.Field("tail", value), doc="a non-empty list cell"),
        t.unit("Nil", doc="the empty list"),
        t.newtype("Array", t.Seq(value), doc="Arc<Mutex<Vec<Value>>>: mutable, shared at run time"),
        t.newtype("Record", fields_map, doc="Arc<Mutex<HashMap>>: upstream writes it in hash order"),
        t.newtype("Map", fields_map, doc="Arc<Mutex<HashMap>>: upstream writes it in hash order"),
        t.struct_variant(
            "Variant",
            t.Field("type_name", t.STR),
            t.Field("variant_name", t.STR),
            t.Field("fields", t.Seq(value)),
            doc="a discriminated-union value",
        ),
        t.newtype("Closure", closure, doc="a function prototype (Arc<Closure>)"),
        t.struct_variant(
            "NativeFn",
            t.Field("name", t.STR),
            t.Field("arity", t.U8),
            t.Field("args", t.Seq(value), doc="arguments already applied"),
            doc="a host function, possibly partially applied",
        ),
    )
    space.define(
        "Value",
        t.Enum(
            "Value",
            tuple(v for v in values if present("values", v.name)),
            doc="HostData and Async follow and are `serde(skip)`: they can never be written or read",
        ),
    )
    instruction = space.define(
        "Instruction",
        t.Enum(
            "Instruction",
            tuple(instruction_variant(*entry) for entry in INSTRUCTIONS if present("instructions", entry[0])),
        ),
    )
    source_span = None
    if not legacy:
        source_span = space.define(
            "SourceSpan",
            t.Struct(
                "SourceSpan",
                (
                    t.Field("line", t.U32),
                    t.Field("column", t.U32),
                    t.Field("offset", t.U32),
                    t.Field("length", t.U32),
                ),
                doc="a source location; the compiler writes one all-zero span per instruction",
            ),
        )
    chunk_fields = (
        t.Field("instructions", t.Seq(instruction)),
        t.Field("constants", t.Seq(value), doc="never deduplicated by the compiler"),
        t.Field("name", t.Option(t.STR)),
    )
    if not legacy:
        assert source_span is not None
        chunk_fields += (
            t.Field("spans", t.Seq(source_span), serde_default=True, doc="parallel to instructions (not checked)"),
            t.Field("source", t.Option(t.STR), serde_default=True),
            t.Field("source_file", t.Option(t.STR), serde_default=True),
        )
    space.define("Chunk", t.Struct("Chunk", chunk_fields, doc="a compiled function body"))
    space.define(
        "Closure",
        t.Struct(
            "Closure",
            (t.Field("chunk", chunk), t.Field("arity", t.U8), t.Field("name", t.Option(t.STR))),
            doc="`upvalues` is `serde(skip)`: not on the wire, empty after reading",
        ),
    )
    # The document model of a whole file: the version byte and the chunk. The magic is not data.
    file_type = space.define(
        "FzbFile",
        t.Struct("FzbFile", (t.Field("version", t.U8, doc="always FZB_VERSION"), t.Field("chunk", chunk))),
    )
    return Layout(generation, space, chunk, value, instruction, closure, source_span, file_type)


CURRENT = build_layout("current")
LEGACY = build_layout("b248970")
LAYOUTS = {"current": CURRENT, "b248970": LEGACY}

# The chunk of each generation in bincode 1, and the whole file: the header, then the chunk. Nothing follows
# the chunk in a written file; a reader decides by profile what bytes after it mean (fzb.trailing.*).
CHUNK_CODECS: dict[str, c.Construct] = {
    generation: bincode1.codec(lay.space, lay.chunk, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)
    for generation, lay in LAYOUTS.items()
}
FILES: dict[str, c.Struct] = {
    generation: c.Struct("header" / HEADER, "chunk" / codec * "bincode 1 of Chunk")
    for generation, codec in CHUNK_CODECS.items()
}

space = CURRENT.space
CHUNK = CURRENT.chunk
VALUE = CURRENT.value
INSTRUCTION = CURRENT.instruction
CLOSURE = CURRENT.closure
SOURCE_SPAN = CURRENT.source_span
FILE_TYPE = CURRENT.file_type

legacy_space = LEGACY.space
LEGACY_CHUNK = LEGACY.chunk
LEGACY_VALUE = LEGACY.value
LEGACY_INSTRUCTION = LEGACY.instruction
LEGACY_FILE_TYPE = LEGACY.file_type


def mnemonic(variant_name: str) -> str:
    """The assembler's name of an instruction, as upstream's `Display` spells it: LoadConst → LOAD_CONST."""
    out = []
    for i, char in enumerate(variant_name):
        if char.isupper() and i:
            out.append("_")
        out.append(char.upper())
    return "".join(out)

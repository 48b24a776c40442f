"""A serde-shaped type algebra: every format's payload types are declared once, as data, with these nodes.

The wire encodings in `formats.wire` (bincode 1, postcard, MessagePack as rmp-serde writes it) turn a type
tree into construct codecs; `formats.model` turns it into the JSON document model, its JSON Schema and
hypothesis strategies. Nothing else restates a field layout.

Python values that codecs produce and consume:

| type node              | Python value                                                    |
|------------------------|-----------------------------------------------------------------|
| Int / Char             | int / str of length 1                                           |
| Float                  | float (bit-exact; NaN payloads are kept)                        |
| Bool / Str / Bytes     | bool / str / bytes                                              |
| Unit                   | None                                                            |
| Option                 | None or the inner value                                         |
| Seq / Tuple            | list                                                            |
| Map                    | list of (key, value) tuples, in wire order                      |
| Struct                 | dict, keys in declaration order                                 |
| Enum                   | Variant(name, value): None / inner / list / dict by variant kind |
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


class Type:
    """Base of every type node."""


@dataclass(frozen=True)
class Int(Type):
    name: str  # u8 … u64, i8 … i64, usize (a u64 on every wire we read)
    bits: int
    signed: bool

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1


@dataclass(frozen=True)
class Float(Type):
    name: str  # f32 or f64
    bits: int


@dataclass(frozen=True)
class Bool(Type):
    pass


@dataclass(frozen=True)
class Char(Type):
    pass


@dataclass(frozen=True)
class Str(Type):
    pass


@dataclass(frozen=True)
class Bytes(Type):
    """serde_bytes / a byte buffer; `size` fixes the length for raw fixed-size fields."""

    size: int | None = None


@dataclass(frozen=True)
class Unit(Type):
    pass


@dataclass(frozen=True)
class Option(Type):
    inner: Type


@dataclass(frozen=True)
class Seq(Type):
    inner: Type


@dataclass(frozen=True)
class Tuple(Type):
    items: tuple[Type, ...]


@dataclass(frozen=True)
class Map(Type):
    key: Type
    value: Type


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    serde_default: bool = False  # `#[serde(default)]`: a reader may find it missing
    doc: str = ""


@dataclass(frozen=True)
class Struct(Type):
    name: str
    fields: tuple[Field, ...]
    doc: str = ""

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


VariantKind = Literal["unit", "newtype", "tuple", "struct"]


@dataclass(frozen=True)
class VariantDef:
    name: str
    kind: VariantKind
    payload: tuple[Type, ...] | tuple[Field, ...] = ()
    doc: str = ""

    @property
    def types(self) -> tuple[Type, ...]:
        return tuple(p.type if isinstance(p, Field) else p for p in self.payload)


@dataclass(frozen=True)
class Enum(Type):
    name: str
    variants: tuple[VariantDef, ...]
    doc: str = ""

    def index_of(self, name: str) -> int:
        for index, variant in enumerate(self.variants):
            if variant.name == name:
                return index
        raise KeyError(name)

    def by_name(self, name: str) -> VariantDef | None:
        return next((v for v in self.variants if v.name == name), None)


@dataclass(frozen=True)
class Ref(Type):
    """A named type resolved through a `TypeSpace`; this is how recursive types are written."""

    name: str


@dataclass
class TypeSpace:
    """The named types of one schema; `resolve` follows `Ref`s."""

    types: dict[str, Type] = field(default_factory=dict)

    def define(self, name: str, typ: Type) -> Ref:
        self.types[name] = typ
        return Ref(name)

    def resolve(self, typ: Type) -> Type:
        while isinstance(typ, Ref):
            typ = self.types[typ.name]
        return typ


class Variant:
    """A decoded enum value: its variant's name and payload. Immutable by convention: readers make millions of
    them, and a plain slotted class builds three times faster than a frozen dataclass (same equality, hash
    and repr)."""

    __slots__ = ("name", "value")
    __match_args__ = ("name", "value")

    def __init__(self, name: str, value: Any = None) -> None:
        self.name = name
        self.value = value

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.value) == (other.name, other.value)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.name, self.value))

    def __repr__(self) -> str:
        return f"Variant(name={self.name!r}, value={self.value!r})"


def unit(name: str, doc: str = "") -> VariantDef:
    return VariantDef(name, "unit", (), doc)


def newtype(name: str, inner: Type, doc: str = "") -> VariantDef:
    return VariantDef(name, "newtype", (inner,), doc)


def tuple_variant(name: str, *items: Type, doc: str = "") -> VariantDef:
    return VariantDef(name, "tuple", tuple(items), doc)


def struct_variant(name: str, *fields: Field, doc: str = "") -> VariantDef:
    return VariantDef(name, "struct", tuple(fields), doc)


U8 = Int("u8", 8, False)
U16 = Int("u16", 16, False)
U32 = Int("u32", 32, False)
U64 = Int("u64", 64, False)
USIZE = Int("usize", 64, False)
I8 = Int("i8", 8, True)
I16 = Int("i16", 16, True)
I32 = Int("i32", 32, True)
I64 = Int("i64", 64, True)
F32 = Float("f32", 32)
F64 = Float("f64", 64)
BOOL = Bool()
CHAR = Char()
STR = Str()
BYTES = Bytes()
UNIT = Unit()

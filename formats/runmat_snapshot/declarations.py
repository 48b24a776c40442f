"""Reading Rust-shaped type declarations (the notation of the research appendices) into a `formats.types` space.

The RunMat body trees have 69 to 162 nominal types; they are declared in `trees.py` in the notation the research
notes use for them (`struct Name { field: Type, … }`, `enum Name [n] { 0 Variant(T); 1 Other { f: T } }`,
`struct Id(usize) [newtype]`, `type Alias = Path`, `--- crate name (n) ---` headings), so the declaration can be
checked against the notes line by line. This module turns that text into type nodes; it knows nothing about the
snapshot format.

Conditions select what one generation of the schema holds: `@since(G)` / `@until(G)` before an item, field or
variant keep it from generation G on / before generation G (generations are ordered by the caller), and
`@when(flag)` / `@unless(flag)` keep it when a flag is set / not set. Rust attributes are read for their wire
effect: `#[serde(skip)]` drops a field; `#[serde(default)]` and `#[cfg(feature = "native-accel")]` do not
change the bincode layout (bincode writes and requires every non-skipped field; the feature is on in every
upstream build) and are kept as documentation. Enum variant numbers, where written, are checked against the
position the variant takes in the generation the text was transcribed from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from binfmt_conformance.formats import types as t

TOKEN = re.compile(
    r"\s*(?:(?P<attr>#\[(?:[^\[\]]|\[[^\]]*\])*\])|(?P<guard>@(?:since|until|when|unless)\([\w.-]+\))"
    r"|(?P<crate>---\s*crate\s+[\w-]+\s*\(\d+\)\s*---)|(?P<word>[A-Za-z_][\w]*(?:::[A-Za-z_]\w*)*)"
    r"|(?P<number>\d+)|(?P<punct>[<>(){}\[\],;:=&]))"
)
PRIMITIVES: dict[str, t.Type] = {
    "u8": t.U8,
    "u16": t.U16,
    "u32": t.U32,
    "u64": t.U64,
    "usize": t.USIZE,
    "i8": t.I8,
    "i16": t.I16,
    "i32": t.I32,
    "i64": t.I64,
    "isize": t.I64,  # an isize is 8 bytes on every wire read here; the model calls it i64
    "f32": t.F32,
    "f64": t.F64,
    "bool": t.BOOL,
    "String": t.STR,
    "char": t.CHAR,
}


class DeclarationError(ValueError):
    """The declaration text does not parse or names a type it does not declare."""


@dataclass(frozen=True)
class Condition:
    since: str | None = None
    until: str | None = None
    when: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass
class Selection:
    """Which generation to build, in an order, and which flags are set."""

    generation: str
    order: tuple[str, ...]
    flags: frozenset[str] = frozenset()

    def keeps(self, condition: Condition) -> bool:
        rank = self.order.index(self.generation)
        if condition.since is not None and rank < self.order.index(condition.since):
            return False
        if condition.until is not None and rank >= self.order.index(condition.until):
            return False
        return all(f in self.flags for f in condition.when) and not any(f in self.flags for f in condition.unless)


# -- parsed text ------------------------------------------------------------------------------------------------


@dataclass
class TypeExpr:
    name: str  # a path, a primitive, or a generic (Vec, Option, Box, HashMap, HashSet, BTreeMap, tuple, array)
    args: tuple[TypeExpr, ...] = ()
    size: int | None = None  # `[u8; N]`


@dataclass
class FieldDecl:
    name: str
    type: TypeExpr
    condition: Condition
    attrs: tuple[str, ...]


@dataclass
class VariantDecl:
    name: str
    index: int | None
    kind: str
    payload: list[TypeExpr] | list[FieldDecl]
    condition: Condition


@dataclass
class ItemDecl:
    kind: str  # struct, newtype, enum, alias
    name: str
    crate: str
    condition: Condition
    attrs: tuple[str, ...] = ()
    fields: list[FieldDecl] = field(default_factory=list)
    variants: list[VariantDecl] = field(default_factory=list)
    target: TypeExpr | None = None  # newtype inner / alias target


class Tokens:
    def __init__(self, text: str) -> None:
        self.items: list[tuple[str, str]] = []
        position = 0
        text = text.rstrip()
        while position < len(text):
            match = TOKEN.match(text, position)
            if not match or match.end() == position:
                raise DeclarationError(f"cannot read declaration text at {text[position : position + 40]!r}")
            kind = match.lastgroup
            assert kind is not None
            self.items.append((kind, match.group(kind)))
            position = match.end()
        self.at = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.at + offset
        return self.items[index] if index < len(self.items) else ("end", "")

    def next(self) -> tuple[str, str]:
        item = self.peek()
        self.at += 1
        return item

    def expect(self, value: str) -> None:
        _kind, got = self.next()
        if got != value:
            raise DeclarationError(f"expected {value!r}, found {got!r} (token {self.at})")

    def accept(self, value: str) -> bool:
        if self.peek()[1] == value:
            self.at += 1
            return True
        return False


def read_prefix(tokens: Tokens) -> tuple[Condition, tuple[str, ...]]:
    since = until = None
    when: list[str] = []
    unless: list[str] = []
    attrs: list[str] = []
    while tokens.peek()[0] in ("guard", "attr"):
        kind, text = tokens.next()
        if kind == "attr":
            attrs.append(text)
            continue
        word, argument = text[1:-1].split("(")
        if word == "since":
            since = argument
        elif word == "until":
            until = argument
        elif word == "when":
            when.append(argument)
        else:
            unless.append(argument)
    return Condition(since, until, tuple(when), tuple(unless)), tuple(attrs)


def read_attrs(tokens: Tokens) -> tuple[str, ...]:
    attrs = []
    while tokens.peek()[0] == "attr":
        attrs.append(tokens.next()[1])
    return tuple(attrs)


def read_type(tokens: Tokens) -> TypeExpr:
    kind, text = tokens.next()
    if text == "(":
        items = []
        while not tokens.accept(")"):
            items.append(read_type(tokens))
            tokens.accept(",")
        return TypeExpr("tuple", tuple(items))
    if text == "[":
        inner = read_type(tokens)
        tokens.expect(";")
        size = int(tokens.next()[1])
        tokens.expect("]")
        return TypeExpr("array", (inner,), size)
    if kind != "word":
        raise DeclarationError(f"expected a type, found {text!r}")
    args = []
    if tokens.accept("<"):
        while not tokens.accept(">"):
            args.append(read_type(tokens))
            tokens.accept(",")
    return TypeExpr(text, tuple(args))


def read_fields(tokens: Tokens, close: str) -> list[FieldDecl]:
    fields = []
    while not tokens.accept(close):
        condition, before = read_prefix(tokens)
        name = tokens.next()[1]
        tokens.expect(":")
        typ = read_type(tokens)
        fields.append(FieldDecl(name, typ, condition, before + read_attrs(tokens)))
        tokens.accept(",")
    return fields


def read_variants(tokens: Tokens) -> list[VariantDecl]:
    variants = []
    while not tokens.accept("}"):
        condition, _ = read_prefix(tokens)
        index = int(tokens.next()[1]) if tokens.peek()[0] == "number" else None
        name = tokens.next()[1]
        if tokens.accept("("):
            items = []
            while not tokens.accept(")"):
                items.append(read_type(tokens))
                tokens.accept(",")
            kind = "newtype" if len(items) == 1 else "tuple"
            variants.append(VariantDecl(name, index, kind, items, condition))
        elif tokens.accept("{"):
            variants.append(VariantDecl(name, index, "struct", read_fields(tokens, "}"), condition))
        else:
            variants.append(VariantDecl(name, index, "unit", [], condition))
        read_attrs(tokens)
        tokens.accept(";")
    return variants


def parse(text: str) -> list[ItemDecl]:
    tokens = Tokens(text)
    crate = ""
    items: list[ItemDecl] = []
    while tokens.peek()[0] != "end":
        if tokens.peek()[0] == "crate":
            crate = tokens.next()[1].split()[2]
            continue
        condition, attrs = read_prefix(tokens)
        keyword = tokens.next()[1]
        name = tokens.next()[1]
        if keyword == "type":
            tokens.expect("=")
            items.append(ItemDecl("alias", name, crate, condition, attrs, target=read_type(tokens)))
        elif keyword == "struct":
            attrs += read_attrs(tokens)
            if tokens.accept("("):
                inner = read_type(tokens)
                tokens.expect(")")
                if tokens.accept("["):
                    tokens.expect("newtype")
                    tokens.expect("]")
                items.append(ItemDecl("newtype", name, crate, condition, attrs, target=inner))
            else:
                tokens.expect("{")
                items.append(ItemDecl("struct", name, crate, condition, attrs, fields=read_fields(tokens, "}")))
        elif keyword == "enum":
            attrs += read_attrs(tokens)
            if tokens.accept("["):
                while not tokens.accept("]"):
                    tokens.next()
            tokens.expect("{")
            items.append(ItemDecl("enum", name, crate, condition, attrs, variants=read_variants(tokens)))
        else:
            raise DeclarationError(f"unknown item keyword {keyword!r} before {name!r}")
    return items


# -- building type nodes ----------------------------------------------------------------------------------------


def crate_of_path(segment: str) -> str:
    """`runmat_hir` → `runmat-hir`; the short `parser` of the research notes → `runmat-parser`."""
    return "runmat-parser" if segment == "parser" else segment.replace("_", "-")


@dataclass
class Declared:
    """One generation's types: the space, the names defined (nominal types, by crate) and the aliases."""

    space: t.TypeSpace
    items: list[ItemDecl]
    keys: dict[tuple[str, str], str]  # (crate, name) → key in the space

    def counts(self) -> dict[str, int]:
        nominal = [i for i in self.items if i.kind != "alias"]
        enums = [i for i in nominal if i.kind == "enum"]
        return {
            "types": len(nominal),
            "structs": sum(i.kind in ("struct", "newtype") for i in nominal),
            "newtypes": sum(i.kind == "newtype" for i in nominal),
            "enums": len(enums),
            "variants": sum(len(self.space.resolve(t.Ref(self.keys[(i.crate, i.name)])).variants) for i in enums),
            "aliases": sum(i.kind == "alias" for i in self.items),
        }


def build(texts: list[str], selection: Selection, transcribed: tuple[str, ...] = ()) -> Declared:
    """Type nodes of one generation from declaration texts (later texts may refer to earlier ones' types).
    Variant numbers written in the text are checked when building one of the `transcribed` generations."""
    items = [i for text in texts for i in parse(text) if selection.keeps(i.condition)]
    by_name: dict[str, list[ItemDecl]] = {}
    for item in items:
        by_name.setdefault(item.name, []).append(item)
    keys: dict[tuple[str, str], str] = {}
    for name, group in by_name.items():
        nominal = [i for i in group if i.kind != "alias"]
        for item in group:
            if item.kind != "alias":
                keys[(item.crate, name)] = name if len(nominal) == 1 else f"{item.crate.replace('-', '_')}::{name}"
    aliases = {(i.crate, i.name): i for i in items if i.kind == "alias"}
    space = t.TypeSpace()

    def lookup(path: str, crate: str) -> t.Type:
        segments = path.split("::")
        name = segments[-1]
        home = crate_of_path(segments[0]) if len(segments) > 1 else crate
        if (home, name) in aliases:
            alias = aliases[(home, name)]
            assert alias.target is not None
            return convert(alias.target, alias.crate)
        if (home, name) in keys:
            return t.Ref(keys[(home, name)])
        candidates = [key for (c, n), key in keys.items() if n == name]
        if len(candidates) == 1:  # a re-export (`runmat_hir::Type` is runmat-builtins' `Type`)
            return t.Ref(candidates[0])
        raise DeclarationError(f"{path} (in {crate}) names no declared type ({len(candidates)} candidates)")

    def convert(expr: TypeExpr, crate: str) -> t.Type:
        args = [convert(a, crate) for a in expr.args]
        base = expr.name.split("::")[-1]
        if expr.name == "tuple":
            return t.Tuple(tuple(args))
        if expr.name == "array":
            if args[0] != t.U8 or expr.size is None:
                raise DeclarationError("only [u8; N] arrays are declared")
            return t.Bytes(expr.size)
        if base == "Vec" and args == [t.U8]:
            return t.BYTES  # a Vec<u8> and a byte buffer share bincode's wire: u64 length, then the bytes
        if base in ("Vec", "HashSet") and len(args) == 1:
            return t.Seq(args[0])  # a HashSet is written as a sequence, in its iteration order
        if base == "Option" and len(args) == 1:
            return t.Option(args[0])
        if base == "Box" and len(args) == 1:
            return args[0]
        if base in ("HashMap", "BTreeMap") and len(args) == 2:
            return t.Map(args[0], args[1])
        if not args and expr.name in PRIMITIVES:
            return PRIMITIVES[expr.name]
        return lookup(expr.name, crate)

    def fields_of(decls: list[FieldDecl], crate: str) -> tuple[t.Field, ...]:
        out = []
        for decl in decls:
            if not selection.keeps(decl.condition) or any("serde(skip)" in a for a in decl.attrs):
                continue
            default = any("serde(default)" in a for a in decl.attrs)
            out.append(t.Field(decl.name, convert(decl.type, crate), serde_default=default, doc=" ".join(decl.attrs)))
        return tuple(out)

    for item in items:
        if item.kind == "alias":
            continue
        key = keys[(item.crate, item.name)]
        doc = f"{item.crate}::{item.name}" + (" " + " ".join(item.attrs) if item.attrs else "")
        if item.kind == "newtype":
            assert item.target is not None
            space.define(key, convert(item.target, item.crate))
        elif item.kind == "struct":
            space.define(key, t.Struct(item.name, fields_of(item.fields, item.crate), doc))
        else:
            variants = []
            for decl in item.variants:
                if not selection.keeps(decl.condition):
                    continue
                if decl.index is not None and selection.generation in transcribed and decl.index != len(variants):
                    raise DeclarationError(f"{item.name}::{decl.name} is written as {decl.index}, is {len(variants)}")
                if decl.kind == "struct":
                    payload: tuple[t.Type, ...] | tuple[t.Field, ...] = fields_of(decl.payload, item.crate)  # type: ignore[arg-type]
                else:
                    payload = tuple(convert(p, item.crate) for p in decl.payload)  # type: ignore[arg-type]
                variants.append(t.VariantDef(decl.name, decl.kind, payload))  # type: ignore[arg-type]
            space.define(key, t.Enum(item.name, tuple(variants), doc))
    return Declared(space, items, keys)

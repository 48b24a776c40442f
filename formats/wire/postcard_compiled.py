"""postcard decoding compiled from a type tree into Python source: the same values as `formats.wire.postcard`'s
construct codecs, an order of magnitude faster.

The construct codecs walk one `Construct` object per type node and read the input one `stream.read` at a time;
for a 68 KB bundle that is half a second. `decoder(space, typ, …)` instead writes one Python function per named
struct or enum of the tree (and inline code for everything else), reading from a `bytes` object by index:
one-byte varints (almost all of them) are a single comparison, strings are one slice and one C-level
`bytes.decode`, floats one `struct.unpack_from`. Nothing is restated by hand: the source is generated from the
type nodes, with the same rules (`formats.wire.postcard` docstring) and the same bounds (named-type depth,
`max_items`, declared counts against the bytes left using `postcard.min_size`, minimal varints when asked).

The compiled decoder answers *whether*, *what* and, for a rejection, *where*: any input the construct codec
rejects makes it raise `Rejected` (it checks every rule the codec checks, so the two accept exactly the same
inputs) carrying the offset the codec's FormatError reports for it, its stream position when it raised:
the end of the input for every truncation (a short read consumes what is left), the byte after the varint,
bool, tag, index or count that breaks a rule, the byte after a string that is not UTF-8, the start of a named
value past the depth limit. tests/wire/test_postcard_compiled.py (every node kind and limit) and
tests/rzb/test_properties.py (every layout of the three file kinds) check both on mutated inputs. The caller
asks the construct codec for the error's class, clause and message only for the rejection it reports
(reference_impl/rzb/reader.py `decode_payload`: the generation that read furthest).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import struct
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

from binfmt_conformance.formats import f32
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.wire import postcard


class Rejected(Exception):
    """The input breaks a postcard rule at `offset`, the offset of the construct codec's FormatError (the codec
    says which rule); None only for a RecursionError, where the codec's position is not known."""

    def __init__(self, offset: int | None) -> None:
        super().__init__(offset)
        self.offset = offset


def varint(data: bytes, pos: int, max_bytes: int, bits: int, minimal: bool) -> tuple[int, int]:
    """A multi-byte varint starting at `pos` (its first byte has the continuation bit): (value, next pos)."""
    value = 0
    for index in range(max_bytes):
        byte = data[pos + index]
        value |= (byte & 0x7F) << (7 * index)
        if byte < 0x80:
            if (minimal and byte == 0) or value >> bits:
                raise Rejected(pos + index + 1)  # the codec has read the varint's last byte
            return value, pos + index + 1
    raise Rejected(pos + max_bytes)  # ... or its longest length, all with the continuation bit


class Compiler:
    """Writes the source of one decoder: `lines` of module-level functions, one per named type."""

    def __init__(self, space: t.TypeSpace, max_depth: int, max_items: int, minimal: bool) -> None:
        self.space = space
        self.max_depth = max_depth
        self.max_items = max_items
        self.minimal = minimal
        self.functions: dict[str, str] = {}  # type name → function name
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.temp = 0

    def var(self) -> str:
        self.temp += 1
        return f"v{self.temp}"

    def constant(self, value: Any) -> str:
        name = f"K{len(self.constants)}"
        self.constants[name] = value
        return name

    def function(self, name: str) -> str:
        """The function decoding the named type `name` (called as f(d, p, depth) → (value, p))."""
        if name in self.functions:
            return self.functions[name]
        fname = f"f{len(self.functions)}"
        self.functions[name] = fname
        body: list[str] = []
        out = self.emit(self.space.types[name], body, "    ", "depth")
        self.lines += [f"def {fname}(d, p, depth):  # {name}", f"    if depth > {self.max_depth}: raise Rejected(p)"]
        self.lines += [*body, f"    return {out}, p", ""]
        return fname

    def integer(self, typ: t.Int, body: list[str], ind: str, minimal: bool | None = None) -> str:
        v = self.var()
        if typ.bits == 8:
            body.append(f"{ind}{v} = d[p]; p += 1")
            if typ.signed:
                body.append(f"{ind}if {v} > 127: {v} -= 256")
            return v
        max_bytes = -(-typ.bits // 7)
        body.append(f"{ind}{v} = d[p]")
        body.append(f"{ind}if {v} < 128: p += 1")
        minimal = self.minimal if minimal is None else minimal
        body.append(f"{ind}else: {v}, p = varint(d, p, {max_bytes}, {typ.bits}, {minimal})")
        if typ.signed:
            body.append(f"{ind}{v} = ({v} >> 1) ^ -({v} & 1)")
        return v

    def count(self, body: list[str], ind: str, item_size: int) -> str:
        n = self.integer(t.USIZE, body, ind)
        if item_size:
            body.append(f"{ind}if {n} * {item_size} > len(d) - p: raise Rejected(p)")
        body.append(f"{ind}if {n} > {self.max_items}: raise Rejected(p)")
        return n

    def emit(self, typ: t.Type, body: list[str], ind: str, depth: str) -> str:
        """Append the statements reading `typ` at `p` (advancing it); return the expression of its value.
        `depth` is the nesting level of the enclosing named type."""
        if isinstance(typ, t.Ref):
            target = self.space.types[typ.name]
            v = self.var()
            if isinstance(target, t.Struct | t.Enum | t.Ref) or not self.is_leaf(target):
                body.append(f"{ind}{v}, p = {self.function(typ.name)}(d, p, {depth} + 1)")
                return v
            # a newtype of a scalar: inline, but counted as the named type it is
            body.append(f"{ind}if {depth} >= {self.max_depth}: raise Rejected(p)")
            return self.emit(target, body, ind, f"({depth} + 1)")
        if isinstance(typ, t.Int):
            return self.integer(typ, body, ind)
        if isinstance(typ, t.Float):
            v = self.var()
            size = typ.bits // 8
            body.append(f"{ind}{v} = {'F32' if size == 4 else 'F64'}(d, p)[0]; p += {size}")
            return v
        if isinstance(typ, t.Bool):
            v = self.var()
            body.append(f"{ind}{v} = d[p]; p += 1")
            body.append(f"{ind}if {v} > 1: raise Rejected(p)")
            return f"{v} == 1"
        if isinstance(typ, t.Str | t.Bytes) and not (isinstance(typ, t.Bytes) and typ.size is not None):
            n = self.count(body, ind, 1)
            v = self.var()
            body.append(f"{ind}{v} = d[p:p + {n}]; p += {n}")
            if isinstance(typ, t.Str):
                self.utf8(v, body, ind)
            return v
        if isinstance(typ, t.Bytes):
            v = self.var()
            body.append(f"{ind}if p + {typ.size} > len(d): raise Rejected(len(d))")
            body.append(f"{ind}{v} = d[p:p + {typ.size}]; p += {typ.size}")
            return v
        if isinstance(typ, t.Char):
            n = self.integer(t.USIZE, body, ind, minimal=False)  # the codec's StrChar reads any varint length
            v = self.var()
            body.append(f"{ind}if not 1 <= {n} <= 4: raise Rejected(p)")
            body.append(f"{ind}if p + {n} > len(d): raise Rejected(len(d))")
            body.append(f"{ind}{v} = d[p:p + {n}]; p += {n}")
            self.utf8(v, body, ind)
            body.append(f"{ind}if len({v}) != 1: raise Rejected(p)")
            return v
        if isinstance(typ, t.Unit):
            return "[]"
        if isinstance(typ, t.Option):
            v, tag = self.var(), self.var()
            body.append(f"{ind}{tag} = d[p]; p += 1")
            body.append(f"{ind}if {tag} == 0: {v} = None")
            body.append(f"{ind}elif {tag} == 1:")
            inner = self.emit(typ.inner, body, ind + "    ", depth)
            body.append(f"{ind}    {v} = {inner}")
            body.append(f"{ind}else: raise Rejected(p)")
            return v
        if isinstance(typ, t.Seq | t.Map):
            pair = (typ.key, typ.value) if isinstance(typ, t.Map) else (typ.inner,)
            size = sum(postcard.min_size(self.space, item) for item in pair)
            n = self.count(body, ind, size)
            v = self.var()
            body.append(f"{ind}{v} = []")
            body.append(f"{ind}for _ in range({n}):")
            items = [self.emit(item, body, ind + "    ", depth) for item in pair]
            body.append(f"{ind}    {v}.append({items[0] if len(items) == 1 else '(' + ', '.join(items) + ')'})")
            return v
        if isinstance(typ, t.Tuple):
            items = [self.emit(item, body, ind, depth) for item in typ.items]
            return "[" + ", ".join(items) + "]"
        if isinstance(typ, t.Struct):
            values = [self.emit(f.type, body, ind, depth) for f in typ.fields]
            return "{" + ", ".join(f"{f.name!r}: {v}" for f, v in zip(typ.fields, values, strict=True)) + "}"
        if isinstance(typ, t.Enum):
            return self.enum(typ, body, ind, depth)
        raise TypeError(f"postcard cannot decode {typ!r}")

    def utf8(self, v: str, body: list[str], ind: str) -> None:
        """Decode the bytes in `v` (read up to `p`) in place; the codec fails after reading them. A `try` costs
        nothing until it catches."""
        body.append(f"{ind}try: {v} = {v}.decode()")
        body.append(f"{ind}except UnicodeDecodeError: raise Rejected(p) from None")

    def is_leaf(self, typ: t.Type) -> bool:
        return isinstance(typ, t.Int | t.Float | t.Bool | t.Str | t.Bytes | t.Char | t.Unit)

    def enum(self, typ: t.Enum, body: list[str], ind: str, depth: str) -> str:
        """An index, then the variant's payload: unit variants are shared `Variant` constants, the others one
        branch each of a function per enum (a dispatch table, not a chain of comparisons)."""
        index = self.integer(t.U32, body, ind)
        v = self.var()
        if all(variant.kind == "unit" for variant in typ.variants):
            table = self.constant(tuple(t.Variant(variant.name) for variant in typ.variants))
            body.append(f"{ind}if {index} >= {len(typ.variants)}: raise Rejected(p)")
            body.append(f"{ind}{v} = {table}[{index}]")
            return v
        readers = []
        for variant in typ.variants:
            if variant.kind == "unit":
                unit = self.constant(t.Variant(variant.name))
                readers.append(f"lambda d, p, depth: ({unit}, p)")
                continue
            fname = f"g{self.var()}"
            part: list[str] = []
            values = [self.emit(item, part, "    ", "depth") for item in variant.types]
            name = self.constant(variant.name)
            if variant.kind == "newtype":
                value = values[0]
            elif variant.kind == "tuple":
                value = "[" + ", ".join(values) + "]"
            else:
                fields = [p for p in variant.payload if isinstance(p, t.Field)]
                value = "{" + ", ".join(f"{f.name!r}: {x}" for f, x in zip(fields, values, strict=True)) + "}"
            self.lines += [f"def {fname}(d, p, depth):  # {typ.name}::{variant.name}"]
            self.lines += [*part, f"    return Variant({name}, {value}), p", ""]
            readers.append(fname)
        table = self.var().upper()
        self.lines.append(f"{table} = ({', '.join(readers)},)")
        self.lines.append("")
        body.append(f"{ind}if {index} >= {len(typ.variants)}: raise Rejected(p)")
        body.append(f"{ind}{v}, p = {table}[{index}](d, p, {depth})")
        return v


Decoder = Callable[[bytes], tuple[Any, int]]
CACHE = Path(__file__).resolve().parent / "__pycache__"


def compiled(source: str, name: str) -> CodeType:
    """The code object of `source`, kept beside this module's bytecode (keyed by the source and the
    interpreter's bytecode magic): compiling a whole tree's decoder costs far more than loading it."""
    key = hashlib.sha256(source.encode() + importlib.util.MAGIC_NUMBER).hexdigest()[:24]
    path = CACHE / f"postcard-{key}.bin"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    code = compile(source, name, "exec")
    try:
        CACHE.mkdir(exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(code))
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only checkout compiles each time
    return code


def decoder(space: t.TypeSpace, typ: t.Type, *, max_depth: int, max_items: int, minimal: bool = False) -> Decoder:
    """A function data → (value, bytes used) for `typ`, raising `Rejected` where the construct codec of the
    same arguments raises a FormatError, with that error's offset."""
    compiler = Compiler(space, max_depth, max_items, minimal)
    body: list[str] = []
    top = compiler.emit(typ, body, "    ", "0")
    source = "\n".join([*compiler.lines, "def decode(d):", "    p = 0", *body, f"    return {top}, p", ""])
    namespace: dict[str, Any] = {
        "Rejected": Rejected,
        "Variant": t.Variant,
        "varint": varint,
        "F32": f32.unpack_from,  # a signaling NaN keeps its bits
        "F64": struct.Struct("<d").unpack_from,
        **compiler.constants,
    }
    exec(compiled(source, f"<postcard decoder of {getattr(typ, 'name', typ)!r}>"), namespace)
    inner = namespace["decode"]

    def decode(data: bytes) -> tuple[Any, int]:
        data = bytes(data)
        try:
            return inner(data)
        except (IndexError, struct.error):
            # A read past the end (d[p], a float's unpack): the codec's short read stops at the end too.
            raise Rejected(len(data)) from None
        except RecursionError:
            raise Rejected(None) from None

    decode.source = source  # type: ignore[attr-defined]
    return decode

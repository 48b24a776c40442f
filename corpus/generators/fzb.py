"""The `.fzb` corpus, reader side: synthetic valid chunks, must-reject bytes, impl-defined, real-world.

Valid cases are built as chunk values here, encoded by `fzb_wire` (a bincode-1 encoder whose numbering is
transcribed from the research notes, sharing nothing with the reference writer or the schema), and expected to
decode to `to_model` of the value they were built from; their canonical encode checks hold the reference
writer to the same bytes. Further evidence comes from tests/fzb (research byte vectors and the real files).
Must-reject cases are valid bytes with one deliberate fault whose class follows from the spec clause it
breaks. The execute cases live elsewhere.
"""

from __future__ import annotations

import io
import math
import struct
from collections.abc import Iterator
from typing import Any

import construct as c

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import fzb_wire
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import limits, profiles, schema
from binfmt_conformance.reference_impl.fzb import reader, writer
from binfmt_conformance.reference_impl.fzb.api import chunk, instruction, value

V = t.Variant
COMMON = [
    "fzb.file.layout",
    "fzb.wire.bincode",
    "fzb.chunk.fields",
    "fzb.model.file",
    "fzb.write.layout",
    "fzb.write.canonical",
    "fzb.write.version",
]


def nan(bits: int) -> float:
    return struct.unpack(">d", bits.to_bytes(8, "big"))[0]


def file_bytes(chunk_value: dict[str, Any], generation: str = "current") -> bytes:
    """The file holding `chunk_value`, encoded by the generator's own bincode-1 encoder (`fzb_wire`), not by
    the reference writer: the reader is checked against bytes made from the research notes."""
    return fzb_wire.file_bytes(chunk_value, generation)


def document_model(chunk_value: dict[str, Any], generation: str = "current") -> Any:
    layout = schema.LAYOUTS[generation]
    return model.to_model(layout.space, layout.file_type, {"version": schema.FZB_VERSION, "chunk": chunk_value})


def valid(path: str, description: str, chunk_value: dict[str, Any], clauses: list[str]) -> GeneratedCase:
    return GeneratedCase(
        "valid",
        path,
        description,
        COMMON + clauses,
        file_bytes(chunk_value),
        Expect("accept", document_model(chunk_value), canonical=True),
    )


def malformed(
    path: str, description: str, data: bytes, error: str | tuple[str, ...], clauses: list[str], notes: str = ""
) -> GeneratedCase:
    errors = (error,) if isinstance(error, str) else error
    return GeneratedCase("malformed", path, description, clauses, data, Expect("reject", errors=errors), notes=notes)


# A count or length past both the bytes left and the item limit: either check may fire first ([fzb.limits.items]).
PAST_END_AND_LIMIT = ("truncated", "limit_exceeded")
# examples/hello.fzb read in the current layout: tag 30 is CallMethod, and the next count, 2^41 constants,
# is past the end and past the item limit. Upstream's bincode 1.3 reads the constants one by one and meets
# the variant index 3072 first (research B5 says it hits the end; bincode checks no count against the bytes).
LEGACY_UNDER_CURRENT = (*PAST_END_AND_LIMIT, "unknown_variant")
LEGACY_UNDER_CURRENT_NOTES = (
    "HEAD reads Return (30) as CallMethod(1, 0), then a constant count of 2^41 with 30 bytes left: a reader that "
    "checks the count first says truncated (or limit_exceeded, past the item limit); one that reads the "
    "constants one by one, as upstream's bincode 1.3 does, meets the Value variant index 3072 first "
    "(unknown_variant). fzb.wire.length leaves the order open."
)


def ins(name: str, *operands: Any) -> V:
    return instruction(name, *operands)


def val(name: str, *payload: Any) -> V:
    return value(name, *payload)


def ret_unit(*constants: V) -> dict[str, Any]:
    """What the compiler emits for a program whose constants are never used: push Unit, return."""
    return chunk([ins("LoadConst", len(constants)), ins("Return")], [*constants, val("Unit")])


def closure(body: dict[str, Any], arity: int = 1, name: str | None = None) -> V:
    return val("Closure", {"chunk": body, "arity": arity, "name": name})


def cons_list(*items: V) -> V:
    out = val("Nil")
    for item in reversed(items):
        out = val("Cons", item, out)
    return out


def nested_tuples(depth: int) -> V:
    out = val("Unit")
    for _ in range(depth):
        out = val("Tuple", [out])
    return out


# -- valid --------------------------------------------------------------------------------------------------

INSTRUCTION_GROUPS: list[tuple[str, str, list[V]]] = [
    (
        "stack",
        "stack and local-slot instructions",
        [
            ins("LoadConst", 0),
            ins("Dup"),
            ins("StoreLocal", 0),
            ins("LoadLocal", 0),
            ins("Pop"),
            ins("Return"),
        ],
    ),
    (
        "upvalues",
        "upvalue instructions (never produced by the compiler)",
        [ins("LoadUpvalue", 0), ins("StoreUpvalue", 1), ins("CloseUpvalue", 2), ins("Return")],
    ),
    ("globals", "LoadGlobal naming a Str constant", [ins("LoadGlobal", 0), ins("Return")]),
    (
        "checks",
        "pattern checks with their literal operands",
        [
            ins("CheckInt", -(1 << 63)),
            ins("CheckInt", (1 << 63) - 1),
            ins("CheckBool", True),
            ins("CheckBool", False),
            ins("CheckString", ""),
            ins("CheckString", "naïve ☃"),
            ins("CheckTupleLen", 3),
            ins("GetTupleElem", 2),
            ins("Return"),
        ],
    ),
    (
        "arithmetic",
        "Add, Sub, Mul, Div and Concat",
        [ins("Add"), ins("Sub"), ins("Mul"), ins("Div"), ins("Concat"), ins("Return")],
    ),
    (
        "comparison",
        "the six comparisons",
        [ins("Eq"), ins("Neq"), ins("Lt"), ins("Lte"), ins("Gt"), ins("Gte"), ins("Return")],
    ),
    ("logic", "And, Or, Not", [ins("And"), ins("Or"), ins("Not"), ins("Return")]),
    (
        "jumps",
        "jumps with i16 offsets at both ends of the range",
        [
            ins("Jump", 0),
            ins("Jump", -1),
            ins("Jump", 32767),
            ins("Jump", -32768),
            ins("JumpIfFalse", 2),
            ins("JumpIfFalse", -3),
            ins("Return"),
        ],
    ),
    (
        "calls",
        "Call, CallMethod (u16, u8) and TailCall",
        [
            ins("Call", 0),
            ins("Call", 255),
            ins("CallMethod", 0, 1),
            ins("CallMethod", 65535, 255),
            ins("TailCall", 2),
            ins("Return"),
        ],
    ),
    (
        "tuples",
        "tuple construction and field access",
        [ins("MakeTuple", 2), ins("GetTupleField", 1), ins("Return")],
    ),
    (
        "lists",
        "list instructions",
        [ins("MakeList", 3), ins("Cons"), ins("ListHead"), ins("ListTail"), ins("IsNil"), ins("Return")],
    ),
    (
        "arrays",
        "array instructions",
        [
            ins("MakeArray", 0),
            ins("ArrayGet"),
            ins("ArraySet"),
            ins("ArrayLength"),
            ins("ArrayUpdate"),
            ins("Return"),
        ],
    ),
    (
        "records",
        "record instructions",
        [ins("MakeRecord", 2), ins("GetRecordField"), ins("UpdateRecord", 1), ins("Return")],
    ),
    (
        "variants",
        "discriminated-union instructions",
        [ins("MakeVariant", 1), ins("CheckVariantTag", "Some"), ins("GetVariantField", 0), ins("Return")],
    ),
    (
        "closures",
        "MakeClosure (u16, u8)",
        [ins("MakeClosure", 0, 0), ins("MakeClosure", 1, 255), ins("Return")],
    ),
]


def every_instruction() -> list[V]:
    """One of each of the 53 instructions, in wire order, with small operands."""
    enum = schema.space.resolve(schema.INSTRUCTION)
    assert isinstance(enum, t.Enum)
    samples = {t.U8: 7, t.U16: 300, t.I16: -2, t.I64: 42, t.BOOL: True, t.STR: "tag"}
    return [ins(v.name, *(samples[p] for p in v.types)) for v in enum.variants]


def instruction_cases() -> Iterator[GeneratedCase]:
    clauses = ["fzb.wire.enum", "fzb.instruction.numbering", "fzb.semantics.not-checked"]
    for name, description, code in INSTRUCTION_GROUPS:
        body = chunk(code, [val("Str", "name"), closure(chunk([ins("Return")]))])
        yield valid(f"instructions/{name}", f"chunk using {description}", body, [*clauses, "fzb.wire.int"])
    yield valid("instructions/all-53", "every instruction once, in wire order", chunk(every_instruction()), clauses)
    many = [ins("Pop")] * 300 + [ins("Return")]
    yield valid(
        "instructions/count-301",
        "301 instructions (a count past one byte)",
        chunk(many),
        [*clauses, "fzb.wire.seq"],
    )


FLOATS: list[tuple[str, str, list[float]]] = [
    ("float-nan", "the canonical quiet NaN", [nan(0x7FF8000000000000)]),
    (
        "float-nan-payloads",
        "NaNs with sign and payload bits, kept bit for bit",
        [nan(0x7FF0000000000001), nan(0xFFF8000000000000), nan(0x7FFFFFFFFFFFFFFF), nan(0xFFF0000000DEAD01)],
    ),
    ("float-zeros", "+0.0 and -0.0", [0.0, -0.0]),
    ("float-infinities", "+inf and -inf", [math.inf, -math.inf]),
    (
        "float-extremes",
        "subnormal, smallest normal, largest finite and inexact decimals",
        [
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            -1.7976931348623157e308,
            0.1,
            1.0,
            -2.5,
            1e16,
        ],
    ),
]

VALUE_CASES: list[tuple[str, str, list[V]]] = [
    (
        "int",
        "Int at 0, ±1 and both ends of i64",
        [val("Int", n) for n in (0, 1, -1, -(1 << 63), (1 << 63) - 1)],
    ),
    ("bool", "Bool true and false", [val("Bool", True), val("Bool", False)]),
    ("str-ascii", "ASCII strings", [val("Str", "Hello, FSRS!"), val("Str", "printfn")]),
    (
        "str-non-ascii",
        "strings of 2-, 3- and 4-byte UTF-8 and control characters",
        [
            val("Str", "héllo"),
            val("Str", "日本語"),
            val("Str", "🦀 fusabi"),
            val("Str", "tab\tnul\x00\u2028"),
        ],
    ),
    ("str-empty", "the empty string", [val("Str", "")]),
    ("str-long", "a 1,000-byte string", [val("Str", "ab" * 500)]),
    ("unit", "Unit", [val("Unit")]),
    ("nil", "Nil (the empty list)", [val("Nil")]),
    ("tuple-empty", "an empty tuple", [val("Tuple", [])]),
    (
        "tuple-nested",
        "tuples inside tuples with mixed items",
        [val("Tuple", [val("Int", 1), val("Tuple", [val("Str", "a"), val("Tuple", [])]), val("Float", 2.5)])],
    ),
    ("cons-list", "a proper cons list [1; 2; 3]", [cons_list(val("Int", 1), val("Int", 2), val("Int", 3))]),
    (
        "cons-improper",
        "a Cons whose tail is not a list (the wire does not check)",
        [val("Cons", val("Int", 1), val("Str", "tail"))],
    ),
    ("array-empty", "an empty array", [val("Array", [])]),
    (
        "array-mixed",
        "an array of mixed values",
        [val("Array", [val("Int", 1), val("Bool", True), val("Nil")])],
    ),
    (
        "record",
        "a record whose entries are not sorted (wire order is kept)",
        [val("Record", [("zeta", val("Int", 1)), ("alpha", val("Str", "x")), ("mid", val("Unit"))])],
    ),
    (
        "record-duplicate-keys",
        "a record naming one key twice (both entries are kept in the model)",
        [val("Record", [("k", val("Int", 1)), ("k", val("Int", 2))])],
    ),
    ("record-empty", "an empty record", [val("Record", [])]),
    ("map", "a Map with non-ASCII keys", [val("Map", [("ключ", val("Float", -0.0)), ("", val("Nil"))])]),
    ("map-empty", "an empty Map", [val("Map", [])]),
    ("variant-no-fields", "a variant with no fields", [val("Variant", "Option", "None", [])]),
    (
        "variant-fields",
        "a variant with nested fields",
        [
            val(
                "Variant",
                "Shape",
                "Rect",
                [val("Int", 40), val("Int", 10), val("Tuple", [val("Float", 0.5)])],
            )
        ],
    ),
    (
        "closure",
        "a closure prototype as the compiler writes one",
        [closure(chunk([ins("LoadLocal", 0), ins("Return")]))],
    ),
    (
        "closure-named",
        "a named closure whose chunk has a name, real spans, source and file",
        [
            closure(
                chunk(
                    [ins("LoadLocal", 0), ins("LoadConst", 0), ins("Add"), ins("Return")],
                    [val("Int", 1)],
                    "inc",
                    spans=[{"line": 1, "column": 4, "offset": 4, "length": 1}],
                    source="let inc x = x + 1",
                    source_file="inc.fsx",
                ),
                1,
                "inc",
            )
        ],
    ),
    (
        "closure-nested",
        "closures nested three deep inside constant pools",
        [
            closure(
                chunk(
                    [ins("MakeClosure", 0, 0), ins("Return")],
                    [
                        closure(
                            chunk(
                                [ins("MakeClosure", 0, 0), ins("Return")],
                                [closure(chunk([ins("LoadLocal", 0), ins("Return")]), 1, "innermost")],
                            )
                        )
                    ],
                ),
                2,
            )
        ],
    ),
    (
        "nativefn",
        "host functions: unapplied and partially applied",
        [val("NativeFn", "print", 1, []), val("NativeFn", "List.map", 2, [val("NativeFn", "string", 1, [])])],
    ),
    (
        "all-14",
        "one value of each of the 14 variants, in wire order",
        [
            val("Int", 7),
            val("Float", 1.5),
            val("Bool", True),
            val("Str", "s"),
            val("Unit"),
            val("Tuple", [val("Unit")]),
            val("Cons", val("Int", 1), val("Nil")),
            val("Nil"),
            val("Array", [val("Int", 2)]),
            val("Record", [("f", val("Int", 3))]),
            val("Map", [("m", val("Int", 4))]),
            val("Variant", "T", "V", [val("Int", 5)]),
            closure(chunk([ins("Return")]), 0, None),
            val("NativeFn", "id", 1, []),
        ],
    ),
    (
        "deep-structure",
        "lists of records of variants of arrays",
        [
            cons_list(
                val(
                    "Record",
                    [("v", val("Variant", "T", "A", [val("Array", [val("Map", [("x", val("Nil"))])])]))],
                )
            )
        ],
    ),
]


def value_cases() -> Iterator[GeneratedCase]:
    clauses = ["fzb.wire.enum", "fzb.value.numbering"]
    for name, description, floats in FLOATS:
        body = ret_unit(*(val("Float", f) for f in floats))
        yield valid(f"values/{name}", f"Float constants: {description}", body, [*clauses, "fzb.wire.float"])
    for name, description, constants in VALUE_CASES:
        extra = ["fzb.wire.string", "fzb.wire.utf8"] if name.startswith("str") else []
        if name.startswith(("record", "map")):
            extra.append("fzb.value.map-order")
        if name.startswith("cons"):
            extra.append("fzb.value.cons")
        if name.startswith("closure"):
            extra.append("fzb.closure.fields")
        yield valid(f"values/{name}", f"constants: {description}", ret_unit(*constants), clauses + extra)
    many = [val("Int", n) for n in range(300)]
    yield valid(
        "values/count-300",
        "300 constants (a constant pool past one byte)",
        ret_unit(*many),
        [*clauses, "fzb.wire.seq"],
    )


def chunk_cases() -> Iterator[GeneratedCase]:
    zero = {"line": 0, "column": 0, "offset": 0, "length": 0}
    top = {"line": 4294967295, "column": 4294967295, "offset": 4294967295, "length": 4294967295}
    code = [ins("LoadConst", 0), ins("Return")]
    spans = ["fzb.chunk.spans"]
    yield valid("chunk/empty", "no instructions, constants or spans; every option None", chunk([]), spans)
    yield valid("chunk/return-unit", "what the compiler writes for an empty program", ret_unit(), [])
    yield valid("chunk/named", "a chunk with a name", chunk(code, [val("Unit")], "main"), ["fzb.wire.option"])
    yield valid(
        "chunk/source",
        "source text and file name present",
        chunk(code, [val("Unit")], None, source="()\n", source_file="examples/unit.fsx"),
        ["fzb.wire.option"],
    )
    yield valid(
        "chunk/empty-strings",
        'name, source and file all Some("")',
        chunk(code, [val("Unit")], "", source="", source_file=""),
        ["fzb.wire.option", "fzb.wire.string"],
    )
    yield valid(
        "chunk/spans-u32-max",
        "spans at both ends of u32",
        chunk(code, [val("Unit")], spans=[zero, top]),
        [*spans, "fzb.wire.int"],
    )
    yield valid(
        "chunk/spans-fewer",
        "fewer spans than instructions (not checked)",
        chunk(code, [val("Unit")], spans=[top]),
        spans,
    )
    yield valid(
        "chunk/spans-more",
        "more spans than instructions (not checked)",
        chunk(code, [val("Unit")], spans=[zero, zero, top]),
        spans,
    )
    yield valid("chunk/spans-none", "instructions without spans", chunk(code, [val("Unit")], spans=[]), spans)
    yield valid("chunk/spans-only", "spans but no instructions", chunk([], [], spans=[top]), spans)
    yield valid(
        "chunk/unchecked-operands",
        "operands no reader checks: missing constants, wild jumps, huge arity",
        chunk([ins("LoadConst", 65535), ins("Jump", -32768), ins("LoadLocal", 255), ins("Call", 200)]),
        ["fzb.semantics.not-checked"],
    )
    yield valid(
        "limits/depth-64",
        f"values nested to exactly {limits.MAX_DEPTH} levels (the supported depth)",
        chunk([], [nested_tuples(limits.MAX_DEPTH - 2)]),
        ["fzb.limits.depth"],
    )


def program_cases() -> Iterator[GeneratedCase]:
    """Chunks shaped like the compiler's output for small programs (one zero span per instruction)."""
    clauses = ["fzb.instruction.numbering", "fzb.value.numbering"]
    hello = chunk([ins("LoadConst", 0), ins("Return")], [val("Str", "Hello, FSRS!")])
    yield valid(
        "programs/hello",
        "examples/hello.fsx as the HEAD compiler would write it (research B5)",
        hello,
        clauses,
    )
    let_chain = chunk(
        [
            ins("LoadConst", 0),
            ins("StoreLocal", 0),
            ins("LoadConst", 1),
            ins("StoreLocal", 1),
            ins("LoadLocal", 0),
            ins("LoadLocal", 1),
            ins("Add"),
            ins("StoreLocal", 2),
            ins("LoadLocal", 2),
            ins("Return"),
        ],
        [val("Int", 5), val("Int", 8)],
    )
    yield valid("programs/let-chain", "let a = 5 in let b = 8 in a + b", let_chain, clauses)
    add = chunk([ins("LoadLocal", 0), ins("LoadGlobal", 0), ins("Add"), ins("Return")], [val("Str", "y")])
    curried = chunk(
        [
            ins("MakeClosure", 0, 0),
            ins("StoreLocal", 0),
            ins("LoadLocal", 0),
            ins("LoadConst", 1),
            ins("Call", 1),
            ins("Return"),
        ],
        [closure(chunk([ins("MakeClosure", 0, 0), ins("Return")], [closure(add)])), val("Int", 2)],
    )
    yield valid("programs/curried", "fun x -> fun y -> x + y, applied once", curried, clauses)
    branch = chunk(
        [
            ins("LoadConst", 0),
            ins("LoadConst", 1),
            ins("Lt"),
            ins("JumpIfFalse", 2),
            ins("LoadConst", 2),
            ins("Jump", 1),
            ins("LoadConst", 3),
            ins("Return"),
        ],
        [val("Int", 1), val("Int", 2), val("Str", "less"), val("Str", "not less")],
    )
    yield valid("programs/if-else", 'if 1 < 2 then "less" else "not less"', branch, clauses)
    match = chunk(
        [
            ins("LoadConst", 0),
            ins("LoadConst", 1),
            ins("LoadConst", 2),
            ins("MakeVariant", 1),
            ins("Dup"),
            ins("CheckVariantTag", "Some"),
            ins("JumpIfFalse", 2),
            ins("GetVariantField", 0),
            ins("Return"),
            ins("Pop"),
            ins("LoadConst", 3),
            ins("Return"),
        ],
        [val("Str", "Option"), val("Str", "Some"), val("Int", 42), val("Int", 0)],
    )
    yield valid("programs/match", "match Some 42 with Some x -> x | _ -> 0", match, clauses)
    record = chunk(
        [
            ins("LoadConst", 0),
            ins("LoadConst", 1),
            ins("LoadConst", 2),
            ins("LoadConst", 3),
            ins("MakeRecord", 2),
            ins("LoadConst", 2),
            ins("LoadConst", 4),
            ins("UpdateRecord", 1),
            ins("LoadConst", 2),
            ins("GetRecordField"),
            ins("Return"),
        ],
        [val("Str", "x"), val("Int", 1), val("Str", "y"), val("Int", 2), val("Int", 20)],
    )
    yield valid("programs/record", "{ x = 1; y = 2 } with y = 20, then .y", record, clauses)
    lists = chunk(
        [
            ins("LoadConst", 0),
            ins("LoadConst", 1),
            ins("LoadConst", 2),
            ins("MakeList", 3),
            ins("Dup"),
            ins("IsNil"),
            ins("Pop"),
            ins("ListTail"),
            ins("ListHead"),
            ins("Return"),
        ],
        [val("Int", 1), val("Int", 2), val("Int", 3)],
    )
    yield valid("programs/list", "List.head (List.tail [1; 2; 3])", lists, clauses)
    arrays = chunk(
        [
            ins("LoadConst", 0),
            ins("LoadConst", 1),
            ins("MakeArray", 2),
            ins("Dup"),
            ins("LoadConst", 2),
            ins("LoadConst", 3),
            ins("ArraySet"),
            ins("Pop"),
            ins("ArrayLength"),
            ins("Return"),
        ],
        [val("Int", 10), val("Int", 20), val("Int", 0), val("Int", 99)],
    )
    yield valid("programs/array", "let a = [|10; 20|] in a.[0] <- 99; Array.length a", arrays, clauses)
    concat = chunk(
        [ins("LoadConst", 0), ins("LoadConst", 1), ins("Concat"), ins("Return")],
        [val("Str", "Fus"), val("Str", "abi ✓")],
    )
    yield valid("programs/concat", '"Fus" ++ "abi ✓"', concat, clauses)
    method = chunk(
        [
            ins("LoadConst", 1),
            ins("LoadConst", 2),
            ins("MakeRecord", 1),
            ins("LoadConst", 3),
            ins("CallMethod", 0, 1),
            ins("Return"),
        ],
        [val("Str", "f"), val("Str", "f"), val("NativeFn", "print", 1, []), val("Str", "hi")],
    )
    yield valid("programs/method-call", 'a record method call r.f "hi"', method, clauses)


# -- must-reject ---------------------------------------------------------------------------------------------


def representative() -> dict[str, Any]:
    """A chunk with every kind of field: payloads of each width, strings, options, a closure, a span."""
    inner = chunk([ins("Return")], [], "f", spans=[], source=None, source_file=None)
    return chunk(
        [
            ins("LoadConst", 1),
            ins("CheckString", "é"),
            ins("CallMethod", 0, 1),
            ins("CheckBool", True),
            ins("Return"),
        ],
        [val("Str", "m"), closure(inner, 1, "f"), val("Float", -0.0)],
        "main",
        spans=[{"line": 1, "column": 2, "offset": 3, "length": 4}],
        source="s",
        source_file=None,
    )


class ReadOffsets(io.BytesIO):
    """Records where each read starts: with a bincode codec these are exactly the field boundaries."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.starts: set[int] = set()

    def read(self, size: int | None = -1) -> bytes:
        self.starts.add(self.tell())
        return super().read(size)


def field_boundaries(data: bytes) -> list[int]:
    stream = ReadOffsets(data[schema.HEADER_SIZE :])
    schema.CHUNK_CODECS["current"]._parsereport(stream, c.Container(), "(parsing)")
    return sorted(schema.HEADER_SIZE + offset for offset in stream.starts)


def truncation_cases() -> Iterator[GeneratedCase]:
    data = file_bytes(representative())
    for cut in field_boundaries(data):
        yield malformed(
            f"truncated/at-{cut:03d}",
            f"the representative chunk cut at field boundary {cut} of {len(data)}",
            data[:cut],
            "truncated",
            ["fzb.wire.eof", "fzb.wire.length"],
            "every proper prefix of a chunk ends inside some field or before a promised item",
        )
    yield malformed(
        "truncated/inside-u64",
        "cut in the middle of the instruction count",
        data[:9],
        "truncated",
        ["fzb.wire.eof"],
    )
    yield malformed(
        "truncated/last-byte",
        "the representative chunk without its last byte",
        data[:-1],
        "truncated",
        ["fzb.wire.eof"],
    )


def header_cases() -> Iterator[GeneratedCase]:
    good = file_bytes(ret_unit())
    size, magic, version = (
        ["fzb.header.size", "fzb.header.order"],
        ["fzb.header.magic"],
        ["fzb.header.version"],
    )
    yield malformed("header/empty", "an empty file", b"", "truncated", size)
    yield malformed("header/magic-only", "the four magic bytes alone", schema.FZB_MAGIC, "truncated", size)
    yield malformed(
        "header/short-bad-magic",
        "three bytes that are not the magic (size is checked first)",
        b"PK\x03",
        "truncated",
        size,
    )
    yield malformed(
        "header/bad-magic-fzb2",
        "magic FZB\\x02 (the 0x01 belongs to the magic)",
        b"FZB\x02" + good[4:],
        "bad_magic",
        magic,
    )
    yield malformed("header/bad-magic-lowercase", "magic fzb\\x01", b"fzb\x01" + good[4:], "bad_magic", magic)
    yield malformed("header/bad-magic-source", "Fusabi source text, not bytecode", b"let x = 1\n", "bad_magic", magic)
    yield malformed(
        "header/bad-magic-version-too",
        "bad magic and bad version: magic is checked first",
        b"FZB\x00\x07" + good[5:],
        "bad_magic",
        [*magic, "fzb.header.order"],
    )
    for number in (0, 2, 255):
        yield malformed(
            f"header/version-{number}",
            f"version byte {number}",
            good[:4] + bytes([number]) + good[5:],
            "unsupported_version",
            version,
        )
    yield malformed(
        "header/version-2-no-chunk",
        "version 2 and nothing after it",
        schema.FZB_MAGIC + b"\x02",
        "unsupported_version",
        [*version, "fzb.header.order"],
    )
    yield malformed("header/no-chunk", "a valid header and no chunk", good[:5], "truncated", ["fzb.wire.eof"])


def patched(data: bytes, offset: int, replacement: bytes) -> bytes:
    return data[:offset] + replacement + data[offset + len(replacement) :]


def u64(n: int) -> bytes:
    return n.to_bytes(8, "little")


def u32(n: int) -> bytes:
    return n.to_bytes(4, "little")


def wire_cases() -> Iterator[GeneratedCase]:
    # Offsets follow from the layout: header 5, instruction count 8, then each instruction's u32 tag.
    check_bool = file_bytes(chunk([ins("CheckBool", True)]))
    yield malformed(
        "wire/bool-2",
        "CheckBool's byte is 2",
        patched(check_bool, 17, b"\x02"),
        "invalid_value",
        ["fzb.wire.bool"],
    )
    bool_const = file_bytes(chunk([], [val("Bool", False)]))
    yield malformed(
        "wire/bool-ff",
        "a Bool constant's byte is 0xff",
        patched(bool_const, 25, b"\xff"),
        "invalid_value",
        ["fzb.wire.bool"],
    )
    empty = file_bytes(chunk([]))  # 5 + 8 + 8 + name tag at 21 + 8 spans + source tag at 30 + file tag at 31
    for field, offset in (("name", 21), ("source", 30), ("source-file", 31)):
        yield malformed(
            f"wire/option-tag-{field}",
            f"the {field} Option tag is 2",
            patched(empty, offset, b"\x02"),
            "invalid_value",
            ["fzb.wire.option"],
        )
    closure_name = file_bytes(chunk([], [closure(chunk([]), 0, None)]))
    yield malformed(
        "wire/option-tag-closure-name",
        "a closure's name Option tag is 0x80",
        patched(closure_name, len(closure_name) - 12, b"\x80"),
        "invalid_value",
        ["fzb.wire.option"],
    )
    one = file_bytes(chunk([ins("Pop")], spans=[]))
    for index in (53, 0x7FFFFFFF, 0xFFFFFFFF):
        yield malformed(
            f"wire/instruction-{index}",
            f"instruction variant index {index} (53 exist)",
            patched(one, 13, u32(index)),
            "unknown_variant",
            ["fzb.wire.variant", "fzb.instruction.numbering"],
        )
    unit = file_bytes(chunk([], [val("Unit")]))
    for index, what in (
        (14, "HostData, serde(skip)"),
        (15, "Async, serde(skip)"),
        (1000, "far out of range"),
    ):
        yield malformed(
            f"wire/value-{index}",
            f"value variant index {index} ({what})",
            patched(unit, 21, u32(index)),
            "unknown_variant",
            ["fzb.wire.variant", "fzb.value.numbering"],
        )
    for name, raw in (
        ("continuation", b"\x80"),
        ("overlong", b"\xc0\x80"),
        ("surrogate", b"\xed\xa0\x80"),
        ("truncated-sequence", b"\xe6\x97"),
        ("above-max", b"\xf4\x90\x80\x80"),
    ):
        text = file_bytes(chunk([], [val("Str", "x" * len(raw))]))
        yield malformed(
            f"wire/utf8-{name}",
            f"a Str constant holding invalid UTF-8 ({name})",
            patched(text, 33, raw),
            "invalid_utf8",
            ["fzb.wire.utf8", "fzb.wire.string"],
        )
    named = file_bytes(chunk([], [], "ab"))
    yield malformed(
        "wire/utf8-name",
        "the chunk name is not UTF-8",
        patched(named, 30, b"\xff"),
        "invalid_utf8",
        ["fzb.wire.utf8"],
    )
    check = file_bytes(chunk([ins("CheckString", "ok")], spans=[]))
    yield malformed(
        "wire/utf8-check-string",
        "CheckString's operand is not UTF-8",
        patched(check, 25, b"\xfe"),
        "invalid_utf8",
        ["fzb.wire.utf8"],
    )
    yield malformed(
        "wire/count-past-end",
        "the instruction count promises more than the file holds",
        patched(empty, 5, u64(1000)),
        "truncated",
        ["fzb.wire.length"],
    )
    yield malformed(
        "wire/count-u64-max",
        "a constant count of 2^64-1",
        patched(empty, 13, u64((1 << 64) - 1)),
        PAST_END_AND_LIMIT,
        ["fzb.wire.length", "fzb.limits.items"],
    )
    yield malformed(
        "wire/string-length-past-end",
        "a string length past the end",
        patched(text, 25, u64(1 << 40)),
        PAST_END_AND_LIMIT,
        ["fzb.wire.length", "fzb.wire.string", "fzb.limits.items"],
    )
    yield malformed(
        "wire/missing-span-fields",
        "a chunk with only the three b248970 fields",
        empty[:22],
        "truncated",
        ["fzb.chunk.fields", "fzb.wire.eof"],
    )


def limit_cases() -> Iterator[GeneratedCase]:
    for depth in (limits.MAX_DEPTH + 1, 1000):
        data = file_bytes_unchecked(chunk([], [nested_tuples(depth - 2)]))
        yield GeneratedCase(
            "impl-defined",
            f"limits/depth-{depth}",
            f"values nested {depth} levels, past the supported depth",
            ["fzb.limits.depth", "fzb.limits.no-crash"],
            data,
            by_profile={"strict": Expect("reject", errors=("limit_exceeded",))},
            notes="strict MUST reject past the depth limit; other profiles MAY read deeper (not checked)",
        )
    yield GeneratedCase(
        "impl-defined",
        "limits/file-size",
        "a file one byte past the size limit: a sequence of 65,536 Pops, cut short",
        ["fzb.limits.size", "fzb.limits.cost", "fzb.limits.no-crash"],
        oversize_file(),
        by_profile={name: Expect("reject", errors=("limit_exceeded", "truncated")) for name in profiles.PROFILES},
        notes="past the size limit a reader MAY stop with limit_exceeded; one with larger limits reads the Pops "
        "and finds the sequence cut short",
    )


def oversize_file() -> bytes:
    """One byte past the size limit: a chunk declaring enough `Pop`s to fill it, cut off inside them."""
    pop = writer.encode_chunk(chunk([ins("Pop")], [], spans=[]))[8:12]  # a unit variant: its u32 tag
    count = limits.MAX_FILE_BYTES // len(pop)
    data = schema.FZB_MAGIC + bytes([schema.FZB_VERSION]) + u64(count) + pop * count
    return data[: limits.MAX_FILE_BYTES + 1]


def file_bytes_unchecked(chunk_value: dict[str, Any]) -> bytes:
    """Bytes of a chunk the writer would refuse (deeper than the limit): the constant pool is spliced in."""
    constants = chunk_value["constants"]
    body = writer.encode_chunk(chunk([], [], spans=[]))
    encoded = b"".join(encode_value_unbounded(c) for c in constants)
    return schema.FZB_MAGIC + bytes([schema.FZB_VERSION]) + body[:8] + u64(len(constants)) + encoded + body[16:]


def encode_value_unbounded(item: V) -> bytes:
    """Only what nested_tuples produces: Tuple (index 5) around Unit (index 4)."""
    depth = 0
    while item.name == "Tuple":
        depth += 1
        item = item.value[0]
    assert item.name == "Unit"
    return (u32(5) + u64(1)) * depth + u32(4)


# -- impl-defined and real-world ----------------------------------------------------------------------------


def trailing_cases() -> Iterator[GeneratedCase]:
    body = ret_unit(val("Str", "0.1.0"))
    good = file_bytes(body)
    accept = Expect("accept", document_model(body))
    reject = Expect("reject", errors=("trailing_data",))
    for name, extra in (("one-zero", b"\x00"), ("text", b"garbage"), ("second-file", good)):
        yield GeneratedCase(
            "impl-defined",
            f"trailing/{name}",
            f"a valid chunk followed by {len(extra)} more bytes",
            ["fzb.trailing.upstream", "fzb.trailing.strict"],
            good + extra,
            by_profile={"upstream": accept, "intended": accept, "strict": reject},
            notes="bincode::deserialize ignores what follows the value; strict does not",
        )


def legacy_cases() -> Iterator[GeneratedCase]:
    legacy = "b248970"

    def legacy_chunk(code: list[V], constants: list[V]) -> dict[str, Any]:
        return {"instructions": code, "constants": constants, "name": None}

    def op(name: str, *operands: Any) -> V:
        return instruction(name, *operands, generation=legacy)

    samples = [
        (
            "empty",
            "an empty b248970 chunk",
            legacy_chunk([], []),
            "the current reader finds no span count after the name tag: truncated",
        ),
        (
            "return-only",
            "[Return] in the b248970 numbering (30, CallMethod today)",
            legacy_chunk([op("Return")], []),
            "tag 30 reads as CallMethod(u16, u8), leaving 6 bytes for an 8-byte constant count: truncated",
        ),
        (
            "int-constant",
            "[LoadConst 0, Return] with an Int constant",
            legacy_chunk([op("LoadConst", 0), op("Return")], [value("Int", 7, generation=legacy)]),
            "CallMethod takes 3 count bytes; the span count is then the Int's 7: 112 bytes promised, 1 left: truncated",
        ),
    ]
    for name, description, body, why in samples:
        data = file_bytes(body, legacy)
        reject = Expect("reject", errors=("truncated",))
        yield GeneratedCase(
            "impl-defined",
            f"legacy/{name}",
            f"{description}: read only by the legacy-b248970 profile",
            ["fzb.profile.generation", "fzb.profile.legacy", "fzb.profile.legacy-rejected"],
            data,
            by_profile={
                "upstream": reject,
                "strict": reject,
                "intended": reject,
                "legacy-b248970": Expect("accept", document_model(body, legacy), canonical=True),
            },
            notes=why,
        )


REAL_WORLD = {
    "tui": (
        "tui.fzb",
        138,
        "2d84e765fd0c840f94f5d6edcc8cfbc69c95a09d57ed6b66ab450706cc7ddf84",
        "fusabi-lang/fusabi",
        "1ba85c1",
        "fusabi-tui-runtime/fsx/tui.fzb",
        "valid, current layout; runs to ()",
    ),
    "hello_tui": (
        "hello_tui.fzb",
        1997,
        "ad0308093dd11878584964c085417cb5bf891897959570aadce9c035b79cf883",
        "fusabi-lang/fusabi",
        "1ba85c1",
        "fusabi-tui-runtime/fsx/examples/hello_tui.fzb",
        "valid, current layout; needs host functions (createRect ...) to run",
    ),
    "hello-legacy": (
        "hello-legacy.fzb",
        56,
        "0d70bf5723ed206691c75449145a772dd61e6ff1b76ae7165ec61ef2b2edbf37",
        "fusabi-lang/fusabi",
        "cc23a602dcc397f7bd8c6b9d8078e454491d5c19",
        "examples/hello.fzb",
        "legacy (2025-11-23, b248970) layout",
    ),
}


def provenance(stem: str) -> dict[str, Any]:
    _name, size, sha256, repo, commit, path, status = REAL_WORLD[stem]
    return {
        "repository": repo,
        "commit": commit,
        "path": path,
        "bytes": size,
        "sha256": sha256,
        "licence": "MIT",
        "status": status,
    }


def tui_model() -> Any:
    zero = {"line": 0, "column": 0, "offset": 0, "length": 0}
    body = chunk(
        [ins("LoadConst", 0), ins("StoreLocal", 0), ins("LoadConst", 1), ins("Return")],
        [val("Str", "0.1.0"), val("Unit")],
        spans=[zero] * 4,
    )
    return document_model(body)


def real_world_cases() -> Iterator[GeneratedCase]:
    """Expectations only: the bytes are the copies in corpus/fzb/real-world/, never regenerated. tui's model
    is written out from research B5's decoding; hello_tui's is the reference's decoding of the file."""
    yield GeneratedCase(
        "real-world",
        "tui",
        "tui.fzb from fusabi-tui-runtime, written by `fus grind`",
        [*COMMON, "fzb.instruction.numbering", "fzb.value.numbering"],
        None,
        Expect("accept", tui_model(), canonical=True),
        provenance=provenance("tui"),
    )
    yield GeneratedCase(
        "real-world",
        "hello_tui",
        "hello_tui.fzb: 76 instructions, 19 constants",
        [*COMMON, "fzb.instruction.numbering", "fzb.value.numbering"],
        None,
        Expect("accept", hello_tui_model(), canonical=True),
        provenance=provenance("hello_tui"),
    )
    legacy_body = {
        "instructions": [V("LoadConst", 0), V("Return")],
        "constants": [V("Str", "Hello, FSRS!")],
        "name": None,
    }
    reject = Expect("reject", errors=LEGACY_UNDER_CURRENT)
    yield GeneratedCase(
        "real-world",
        "hello-legacy",
        "examples/hello.fzb, written by the first serialiser (b248970)",
        [
            "fzb.profile.generation",
            "fzb.profile.legacy",
            "fzb.profile.legacy-rejected",
            "fzb.wire.length",
            "fzb.limits.items",
            "fzb.wire.variant",
        ],
        None,
        by_profile={
            "upstream": reject,
            "strict": reject,
            "intended": reject,
            "legacy-b248970": Expect("accept", document_model(legacy_body, "b248970"), canonical=True),
        },
        notes=LEGACY_UNDER_CURRENT_NOTES,
        provenance=provenance("hello-legacy"),
    )


def hello_tui_model() -> Any:
    from pathlib import Path

    data = (Path(__file__).resolve().parent.parent / "fzb" / "real-world" / "hello_tui.fzb").read_bytes()
    return document_model(reader.read_chunk(data, "strict"))


def generate() -> list[GeneratedCase]:
    cases: list[GeneratedCase] = []
    for produce in (
        chunk_cases,
        instruction_cases,
        value_cases,
        program_cases,
        header_cases,
        wire_cases,
        truncation_cases,
        limit_cases,
        trailing_cases,
        legacy_cases,
        real_world_cases,
    ):
        cases.extend(produce())
    for case in cases:
        if case.expect is not None:
            # Written in the current wire layout, which legacy-b248970 does not read ([fzb.profile.generation]).
            case.not_under = ("legacy-b248970",)
    return cases

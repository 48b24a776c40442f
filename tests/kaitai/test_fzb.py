"""The Kaitai parsers of `.fzb` (formats/fzb/fzb.ksy → formats/fzb/kaitai) and the node testee built on the
JavaScript one (reference_impl/kaitai_js/adapter.js) read chunks as the spec says and print the reference's
model to the last digit of every float."""

from __future__ import annotations

import json
import random
import struct
import subprocess
from io import BytesIO
from typing import Any

import pytest
from kaitaistruct import KaitaiStream

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.fzb import schema
from binfmt_conformance.formats.fzb.kaitai.fzb import Fzb
from binfmt_conformance.formats.wire import bincode1
from binfmt_conformance.reference_impl.fzb import FORMAT as REFERENCE
from binfmt_conformance.reference_impl.fzb import writer

from .conftest import REPO, js_decode_batch

V = t.Variant
INSTRUCTION = schema.space.resolve(schema.INSTRUCTION)
REAL_FILES = sorted((REPO / "corpus" / "fzb" / "real-world").glob("*.fzb"))

OPERANDS: dict[str, Any] = {"u8": 255, "u16": 65535, "i16": -32768, "i64": -(1 << 63)}


def operand(typ: t.Type) -> Any:
    if isinstance(typ, t.Bool):
        return True
    if isinstance(typ, t.Str):
        return "\ufeffé😀"
    return OPERANDS[typ.name]


def every_instruction() -> list[V]:
    out = []
    for variant in INSTRUCTION.variants:
        if variant.kind == "unit":
            out.append(V(variant.name))
        elif variant.kind == "newtype":
            out.append(V(variant.name, operand(variant.types[0])))
        else:
            out.append(V(variant.name, [operand(p) for p in variant.types]))
    return out


def chunk(instructions: list[V] | None = None, constants: list[V] | None = None, **changes: Any) -> dict[str, Any]:
    instructions = instructions or []
    fields = {
        "instructions": instructions,
        "constants": constants or [],
        "name": None,
        "spans": [{"line": 0, "column": 0, "offset": 0, "length": 0} for _ in instructions],
        "source": None,
        "source_file": None,
    }
    fields.update(changes)
    return fields


def float_from_bits(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


TRICKY_FLOATS = [
    0.0,
    -0.0,
    1.0,
    -1.5,
    0.1,
    1 / 3,
    2 / 3,
    1e16,
    1e15,
    1234567890123456.0,
    12345678901234567.0,
    1e-4,
    1e-5,
    0.00012345,
    1.5e-5,
    5e-324,
    2.2250738585072014e-308,
    1.7976931348623157e308,
    2.0**53,
    2.0**53 + 2,
    9007199254740993.0,
    1e21,
    1e22,
    1e100,
    1e-100,
    123.456,
    100.0,
    float("inf"),
    float("-inf"),
    float_from_bits(0x7FF8000000000001),
    float_from_bits(0xFFF0000000000ABC),
]


def many_floats(count: int) -> list[float]:
    draw = random.Random(20251122)
    floats = [float_from_bits(draw.getrandbits(64)) for _ in range(count)]
    floats += [draw.uniform(-1e6, 1e6) for _ in range(count)]
    floats += [float(draw.randrange(-(10**17), 10**17)) for _ in range(count // 4)]
    floats += [round(draw.uniform(0, 1000), draw.randrange(0, 6)) for _ in range(count // 4)]
    return floats


def constants_of_every_kind() -> list[V]:
    inner = chunk(
        [V("LoadConst", 0), V("Return")], [V("Str", "inner")], name="inner", source="let x = 1", source_file="a.fsx"
    )
    return [
        V("Int", -(1 << 63)),
        V("Int", (1 << 63) - 1),
        V("Float", 0.5),
        V("Bool", False),
        V("Str", ""),
        V("Unit"),
        V("Tuple", [V("Int", 1), V("Nil")]),
        V("Cons", {"head": V("Int", 1), "tail": V("Nil")}),
        V("Nil"),
        V("Array", [V("Unit")]),
        V("Record", [("a", V("Int", 1)), ("a", V("Int", 2))]),
        V("Map", [("k", V("Str", "v"))]),
        V("Variant", {"type_name": "Option", "variant_name": "Some", "fields": [V("Int", 3)]}),
        V("Closure", {"chunk": inner, "arity": 2, "name": "f"}),
        V("NativeFn", {"name": "print", "arity": 1, "args": [V("Str", "x")]}),
    ]


def fzb_file(value: dict[str, Any]) -> bytes:
    return writer.write_file({"version": schema.FZB_VERSION, "chunk": value})


def expected_model(value: dict[str, Any]) -> Any:
    return model.to_model(schema.space, schema.FILE_TYPE, {"version": schema.FZB_VERSION, "chunk": value})


def reference(data: bytes) -> tuple[int, Any]:
    try:
        return 0, REFERENCE.decode(data, "upstream")
    except FormatError as error:
        return 1, error.error_class.value


def js(node: str, inputs: list[bytes]) -> list[tuple[int, Any]]:
    return [(code, answer if code == 0 else answer["error"]) for code, answer in js_decode_batch(node, inputs)]


def test_every_instruction_and_value_kind(node_ready) -> None:
    values = [
        chunk(every_instruction(), constants_of_every_kind(), name="main", source="src", source_file="m.fsx"),
        chunk(constants=[V("Float", x) for x in TRICKY_FLOATS]),
    ]
    answers = js(node_ready, [fzb_file(v) for v in values])
    assert answers == [(0, expected_model(v)) for v in values]


def test_floats_print_as_python_repr(node_ready) -> None:
    value = chunk(constants=[V("Float", x) for x in many_floats(4000)])
    [(code, document)] = js(node_ready, [fzb_file(value)])
    assert code == 0
    want = expected_model(value)["chunk"]["constants"]
    got = document["chunk"]["constants"]
    assert [w for w, g in zip(want, got, strict=True) if w != g] == []


def test_real_files_give_the_reference_model(node_ready) -> None:
    assert [p.name for p in REAL_FILES] == ["hello-legacy.fzb", "hello_tui.fzb", "tui.fzb"]
    inputs = [p.read_bytes() for p in REAL_FILES]
    assert js(node_ready, inputs) == [reference(data) for data in inputs]
    legacy, hello_tui, tui = js(node_ready, inputs)
    assert legacy == (1, "truncated")  # the first layout's Return (30) reads as CallMethod, then a huge count
    assert len(hello_tui[1]["chunk"]["instructions"]) == 76 and len(hello_tui[1]["chunk"]["constants"]) == 19
    assert [i["variant"] for i in tui[1]["chunk"]["instructions"]] == ["LoadConst", "StoreLocal", "LoadConst", "Return"]


def test_python_parser_reads_the_same_instructions() -> None:
    for path in REAL_FILES[1:]:
        parsed = Fzb(KaitaiStream(BytesIO(path.read_bytes())))
        document = REFERENCE.decode(path.read_bytes(), "upstream")
        names = [INSTRUCTION.variants[int(i.tag)].name for i in parsed.chunk.instructions.items]
        assert names == [i["variant"] for i in document["chunk"]["instructions"]]
        assert parsed.chunk.constants.len == len(document["chunk"]["constants"])


TUI = fzb_file(chunk([V("LoadConst", 0), V("Return")], [V("Str", "0.1.0"), V("Unit")]))
HEADER = TUI[:5]
EMPTY_CHUNK = bytes(8) + bytes(8) + b"\x00" + bytes(8) + b"\x00\x00"


def u32(n: int) -> bytes:
    return struct.pack("<I", n)


def u64(n: int) -> bytes:
    return struct.pack("<Q", n)


def one_constant(encoded: bytes) -> bytes:
    return HEADER + u64(0) + u64(1) + encoded + b"\x00" + u64(0) + b"\x00\x00"


FAULTS = {
    "empty file": (b"", ErrorClass.TRUNCATED),
    "4 bytes": (b"FZB\x01", ErrorClass.TRUNCATED),
    "4 bytes of something else": (b"ABCD", ErrorClass.TRUNCATED),
    "bad magic": (b"FZB\x02" + TUI[4:], ErrorClass.BAD_MAGIC),
    "version 2": (TUI[:4] + b"\x02" + TUI[5:], ErrorClass.UNSUPPORTED_VERSION),
    "cut short": (TUI[:-3], ErrorClass.TRUNCATED),
    "unknown instruction": (HEADER + u64(1) + u32(53) + EMPTY_CHUNK[8:], ErrorClass.UNKNOWN_VARIANT),
    "unknown value": (one_constant(u32(14)), ErrorClass.UNKNOWN_VARIANT),
    "option tag 2": (HEADER + bytes(16) + b"\x02" + bytes(10), ErrorClass.INVALID_VALUE),
    "bool byte 2": (one_constant(u32(2) + b"\x02"), ErrorClass.INVALID_VALUE),
    "invalid UTF-8": (one_constant(u32(3) + u64(2) + b"\xc3\x28"), ErrorClass.INVALID_UTF8),
    "string of 2^32 + 5 bytes": (
        one_constant(u32(3) + u64((1 << 32) + 5) + b"hello" + bytes(40)),
        ErrorClass.TRUNCATED,
    ),
    "count the bytes cannot hold": (HEADER + u64(1 << 41) + bytes(40), ErrorClass.TRUNCATED),
    "count checked before a bad item": (HEADER + u64(0) + u64(9) + u32(99) + bytes(20), ErrorClass.TRUNCATED),
}


def test_faults_are_reported_as_the_spec_classes(node_ready) -> None:
    inputs = [data for data, _ in FAULTS.values()]
    expected = [(1, error_class.value) for _, error_class in FAULTS.values()]
    assert dict(zip(FAULTS, js(node_ready, inputs), strict=True)) == dict(zip(FAULTS, expected, strict=True))
    assert [reference(data) for data in inputs] == expected


def test_trailing_bytes_are_not_read(node_ready) -> None:
    value = chunk([V("Return")])
    assert js(node_ready, [fzb_file(value) + b"\xff" * 7]) == [(0, expected_model(value))]


def nested(kind: str, levels: int) -> V:
    value = V("Unit")
    for _ in range(levels):
        if kind == "tuple":
            value = V("Tuple", [value])
        else:
            value = V("Closure", {"chunk": chunk(constants=[value]), "arity": 0, "name": None})
    return value


DEEP_WRITER = bincode1.codec(schema.space, schema.CHUNK, max_depth=1000)  # writes past the limit readers keep


@pytest.mark.parametrize("kind", ["tuple", "closure"])
def test_nesting_limit_is_the_references(node_ready, kind: str) -> None:
    levels = range(15, 30) if kind == "closure" else range(58, 68)
    inputs = [HEADER + DEEP_WRITER.build(chunk(constants=[nested(kind, n)])) for n in levels]
    answers = js(node_ready, inputs)
    assert answers == [reference(data) for data in inputs]
    verdicts = [answer == (1, ErrorClass.LIMIT_EXCEEDED.value) for answer in answers]
    assert verdicts[0] is False and verdicts[-1] is True and verdicts == sorted(verdicts)


def run_testee(*args: str, data: bytes = b"") -> tuple[int, Any]:
    done = subprocess.run(
        [str(REPO / "bin" / "kaitai-js-testee"), *args], input=data, capture_output=True, check=False, timeout=60
    )
    assert done.stderr == b"", done.stderr.decode()
    return done.returncode, json.loads(done.stdout)


def test_protocol(node_ready) -> None:
    code, capabilities = run_testee("capabilities")
    assert code == 0 and capabilities == {
        "protocol": 1,
        "name": "kaitai-js",
        "serve": False,
        "formats": {
            "fzb": {"operations": ["decode"], "profiles": ["upstream"], "default_profile": "upstream"},
            "rzb": {
                "operations": ["decode"],
                "profiles": ["auto", *(f"s{n}" for n in range(7))],
                "default_profile": "auto",
            },
        },
    }
    assert run_testee("decode", "fzb", data=TUI) == (
        0,
        expected_model(chunk([V("LoadConst", 0), V("Return")], [V("Str", "0.1.0"), V("Unit")])),
    )
    code, answer = run_testee("decode", "fzb", "--profile", "upstream", data=b"FZB\x02" + TUI[4:])
    assert code == 1 and answer["error"] == "bad_magic"
    for args in (
        ("decode", "fzb", "--profile", "legacy-b248970"),
        ("encode", "fzb"),
        ("execute", "fzb"),
        ("decode", "ach"),
    ):
        code, answer = run_testee(*args)
        assert code == 3 and set(answer) == {"unsupported"}

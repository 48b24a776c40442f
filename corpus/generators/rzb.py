"""The `.rzb` corpus: real files of every generation, synthetic bundles, must-reject and impl-defined bytes.

Every expectation comes from `rzb_oracle` (python-zstandard and the generator's own postcard codec), never
from the reference reader; synthetic bytes come from `rzb_postcard.encode`, never from the reference writer.
"""

from __future__ import annotations

import dataclasses
import math
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import zstandard

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import rzb_build as build
from binfmt_conformance.corpus.generators import rzb_oracle as oracle
from binfmt_conformance.corpus.generators import rzb_postcard as pc
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.rzb import limits, schema

REAL_WORLD_DIR = Path(__file__).resolve().parent.parent / "rzb" / "real-world"
PINNED_REPO, PINNED_COMMIT = "rayzor-blade/rayzor", "72bdcdb77f407319e961ec926228b9389bafc346"
DARMIE_REPO, DARMIE_COMMIT = "darmie/rayzor", "f316973664f2eb3aa8c09298c7887d3dc9e4278f"
PRECOMPILED = "compiler/benchmarks/precompiled/"

# stem → (repository, commit, path, bytes, sha256, generations as PROVENANCE.md states them, description)
REAL_WORLD: dict[str, tuple[str, str, str, int, str, tuple[str, ...], str]] = {
    "fibonacci": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "fibonacci.rzb", 611,
        "966879de692b7b15385ed49dabcfa9b9d28b64db0c0fb667f266c89755f75c4a", ("S4", "S5"),
        "fibonacci.rzb (2026-03-21): 7 functions, no Store or GetElementPtr, so S4 and S5 read it alike",
    ),
    "mandelbrot": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "mandelbrot.rzb", 6055,
        "49226c0d905c5807403da235ef97ac28e474ab85e89d35b4ba970e7329e8253a", ("S5",),
        "mandelbrot.rzb (2026-03-21): 35 functions, 5 globals, extern malloc",
    ),
    "nbody": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "nbody.rzb", 9928,
        "f2211955200a3746a31882bd6606365c8648c886e7d90ad7a49fe02cfd2d753f", ("S5",),
        "nbody.rzb (2026-03-21): 31 functions, 3 globals",
    ),
    "deltablue": (
        PINNED_REPO, PINNED_COMMIT, PRECOMPILED + "deltablue.rzb", 30295,
        "5665d592eb5daed6d5ceca6c197df0f9127028e7091bb5a89d29ded6d4f94eed", ("S5",),
        "deltablue.rzb (2026-03-21): 114 functions, CallIndirect",
    ),
    "mandelbrot-s2": (
        DARMIE_REPO, DARMIE_COMMIT, PRECOMPILED + "mandelbrot.rzb", 4339,
        "eb770104111483af20663de8d828daccb3e5cc279060028fb6c20e9e959496b6", ("S2", "S3"),
        "mandelbrot.rzb of the S2 era: no BinaryOp index of 10 or more, so S2 and S3 read it alike",
    ),
    "nbody-s2": (
        DARMIE_REPO, DARMIE_COMMIT, PRECOMPILED + "nbody.rzb", 8317,
        "f41372d051384015f7ac7132efbd97b5f1565263c0d29cf61f91bffb2d8f8d8b", ("S2", "S3"),
        "nbody.rzb of the S2 era (S2 and S3 alike)",
    ),
    "history/2026-01-24_126bb80_arithmetic": (
        PINNED_REPO, "126bb80d0818a5a9cf855faff385646563a909e6", PRECOMPILED + "arithmetic.rzb", 23781,
        "b12c62b43f228e90d0c09a55d76d18e06ab9bd0b561bb307ca7726fd2298ec5e", ("S0",),
        "arithmetic.rzb of 2026-01-24: the oldest layout S0, raw postcard without zstd",
    ),
    "history/2026-02-09_c9d9f09_mandelbrot": (
        PINNED_REPO, "c9d9f09531b5084642a635beb3055ddc2d1d298d", PRECOMPILED + "mandelbrot.rzb", 3911,
        "488f9000bba7adf6c6251f7a667ecfc7f6f2cb95598650fea087e1d6234cc99b", ("S1",),
        "mandelbrot.rzb of 2026-02-09: S1 (IrTypeDef.super_type_id, before type_param_tag_fixups)",
    ),
    "history/2026-03-13_08be35d_mandelbrot": (
        PINNED_REPO, "08be35dff18e47cc06cca640c2ea7feafe5ad448", PRECOMPILED + "mandelbrot.rzb", 4862,
        "f494664cd616b655376af82830ecec97ced615e20f8a497f49ffbe82a2583780", ("S4",),
        "mandelbrot.rzb of 2026-03-13: S4 (external_function_names, before Store.store_ty)",
    ),
    "history/2026-03-16_c2b0ce6_deltablue": (
        PINNED_REPO, "c2b0ce6f1d5ba157b0a2239b5ebc6be3e04af2fa", PRECOMPILED + "deltablue.rzb", 29564,
        "a527a5206f25a89da6cd6b8033aa5acf199cbef83d48185ee41a7efb15e0a5cd", ("S4",),
        "deltablue.rzb of 2026-03-16: S4",
    ),
    "history/2026-01-20_18b3126_arithmetic": (
        PINNED_REPO, "18b3126611ba4f4b2eca1178c8e14fabebcdfca0", PRECOMPILED + "arithmetic.rzb", 23801,
        "310fecda017a0bab43ec57033dff5111b6b6d04ad95c39710439bcba88252050", (),
        "arithmetic.rzb of the first bundle commit (2026-01-20): decodes under no specified generation",
    ),
}  # fmt: skip

GENERATION_CLAUSES = ["rzb.generation.detect", "rzb.generation.named", "rzb.generation.ambiguous"]
COMMON = ["rzb.container.sniff", "rzb.payload.postcard", "rzb.model.file", "rzb.maps.order"]


def provenance(stem: str) -> dict[str, Any]:
    repo, commit, path, size, sha256, generations, _ = REAL_WORLD[stem]
    status = f"valid under {'/'.join(generations)}" if generations else "decodes under no specified generation"
    return {
        "repository": repo,
        "commit": commit,
        "path": path,
        "bytes": size,
        "sha256": sha256,
        "licence": "Apache-2.0",
        "status": status,
    }


def digested(expect: Expect) -> Expect:
    if expect.outcome != "accept":
        return expect
    return Expect("accept", model_sha256=model.digest(expect.model))


def real_world_cases() -> Iterator[GeneratedCase]:
    """Expectations only: the bytes are the copies in corpus/rzb/real-world/, never regenerated. Each file's
    generation set under `auto` must be the one PROVENANCE.md states; the rest follows from the rules."""
    for stem, (_, _, _, size, _, generations, description) in REAL_WORLD.items():
        data = (REAL_WORLD_DIR / f"{stem}.rzb").read_bytes()
        assert len(data) == size, stem
        by_profile = oracle.outcomes(data)
        found = by_profile["auto"].model["generations"] if by_profile["auto"].outcome == "accept" else []
        assert tuple(found) == generations, (stem, found, generations)
        if stem != "fibonacci":  # the others' models run to megabytes: their digests stand in
            by_profile = {p: digested(e) for p, e in by_profile.items()}
        clauses = [*COMMON, *GENERATION_CLAUSES, "rzb.order.pinned", "rzb.order.newer", "rzb.container.zstd"]
        if not generations:
            clauses = ["rzb.container.sniff", "rzb.payload.postcard", "rzb.generation.none", "rzb.order.newer"]
        yield GeneratedCase("real-world", stem, description, clauses, None, by_profile=by_profile,
                            provenance=provenance(stem))  # fmt: skip


# -- synthetic cases ---------------------------------------------------------------------------------------

V = t.Variant
BASE = ["rzb.container.sniff", "rzb.container.raw", "rzb.payload.postcard", "rzb.wire.postcard", "rzb.model.file"]
ROUND_TRIP = ["rzb.write.minimal", "rzb.write.canonical", "rzb.generation.detect"]


def zstd(payload: bytes) -> bytes:
    """One frame as `zstd::encode_all(P, 3)` writes it: no content size, no checksum (python-zstandard)."""
    return zstandard.ZstdCompressor(level=3, write_content_size=False).compress(payload)


def valid(path: str, description: str, value: dict[str, Any], clauses: list[str], generation: str = "S6",
          compressed: bool = False) -> GeneratedCase:  # fmt: skip
    payload = build.encode(value, generation)
    data = zstd(payload) if compressed else payload
    extra = ["rzb.container.zstd", "rzb.write.zstd"] if compressed else []
    return valid_bytes(path, description, data, BASE + ROUND_TRIP + extra + clauses, generation)


def valid_bytes(path: str, description: str, data: bytes, clauses: list[str], generation: str = "S6") -> GeneratedCase:
    """A file `auto` reads; the profiles that read it otherwise (other generations, load orders) are listed."""
    expect, others = oracle.overrides(data)
    assert expect.outcome == "accept" and generation in expect.model["generations"], (path, expect)
    return GeneratedCase("valid", path, description, clauses, data, expect, by_profile=others)


def malformed(path: str, description: str, data: bytes, error: str, clauses: list[str]) -> GeneratedCase:
    """Bytes every profile rejects; `auto` with `error`, the others as their rules say where they differ."""
    expect, others = oracle.overrides(data)
    assert expect.outcome == "reject" and expect.errors[0] == error, (path, expect)
    assert all(e.outcome == "reject" for e in others.values()), (path, others)
    return GeneratedCase("malformed", path, description, clauses, data, expect, by_profile=others)


def impl_defined(path: str, description: str, data: bytes, clauses: list[str], notes: str = "") -> GeneratedCase:
    return GeneratedCase("impl-defined", path, description, clauses, data, by_profile=oracle.outcomes(data),
                         notes=notes)  # fmt: skip


def valid_cases() -> Iterator[GeneratedCase]:
    yield valid("minimal/no-modules", "a bundle without modules: every generation reads it alike",
                build.bundle([]), ["rzb.generation.ambiguous"])  # fmt: skip
    yield valid("minimal/one-function", "one module, one empty function", build.bundle(), [])
    yield valid("minimal/zstd", "one module, one frame of zstd level 3", build.bundle(compressed=True), [],
                compressed=True)  # fmt: skip
    yield valid("container/zstd-flag-false", "compressed file whose flags.compressed is false: the magic decides",
                build.bundle(), ["rzb.container.sniff"], compressed=True)  # fmt: skip
    yield valid("container/raw-flag-true", "raw file whose flags.compressed is true: the magic decides",
                build.bundle(compressed=True), ["rzb.container.sniff"])  # fmt: skip
    payload = build.encode(build.bundle())
    two = zstd(payload[:20]) + zstd(payload[20:])
    yield valid_bytes("container/two-frames", "the payload split over two zstd frames", two,
                      [*BASE, "rzb.container.zstd"])  # fmt: skip
    skippable = zstd(payload) + struct.pack("<II", 0x184D2A50, 3) + b"abc"
    yield valid_bytes("container/skippable-frame", "a skippable frame after the data frame", skippable,
                      [*BASE, "rzb.container.zstd"])  # fmt: skip
    for instruction in build.every_variant("IrInstruction"):
        yield valid(f"instructions/{instruction.name}", f"IrInstruction::{instruction.name} with example operands",
                    build.with_instructions([instruction]), ["rzb.wire.variant"])  # fmt: skip
    for terminator in build.every_variant("IrTerminator"):
        yield valid(f"terminators/{terminator.name}", f"IrTerminator::{terminator.name}",
                    build.with_instructions([], terminator), [])  # fmt: skip
    for name, place in ENUM_PLACES.items():
        yield valid(f"enums/{name}", f"every {name} variant", place(build.every_variant(name)), [])
    for generation in schema.GENERATIONS:
        sink = build.kitchen_sink(generation)
        yield valid(f"structs/kitchen-sink-{generation}", f"an example of every struct, laid out as {generation}",
                    sink, ["rzb.maps.order"], generation)  # fmt: skip
    yield valid("structs/kitchen-sink-zstd", "the S6 kitchen sink in a zstd frame", build.kitchen_sink(), [],
                compressed=True)  # fmt: skip
    yield from varint_cases()
    yield from special_value_cases()


def instruction_bundle(instructions: list[V]) -> dict[str, Any]:
    return build.with_instructions(instructions)


def ins(name: str, **operands: Any) -> V:
    return V(name, operands)


ENUM_PLACES = {
    "BinaryOp": lambda vs: instruction_bundle([ins("BinOp", dest=0, op=v, left=1, right=2) for v in vs]),
    "UnaryOp": lambda vs: instruction_bundle([ins("UnOp", dest=0, op=v, operand=1) for v in vs]),
    "CompareOp": lambda vs: instruction_bundle([ins("Cmp", dest=0, op=v, left=1, right=2) for v in vs]),
    "IrValue": lambda vs: instruction_bundle([ins("Const", dest=i, value=v) for i, v in enumerate(vs)]),
    "IrType": lambda vs: instruction_bundle([ins("Undef", dest=i, ty=v) for i, v in enumerate(vs)]),
    "OwnershipMode": lambda vs: instruction_bundle([ins("CallDirect", dest=None, func_id=0, args=[1] * len(vs),
                                                        arg_ownership=vs, type_args=[], is_tail_call=False)]),
    "VectorUnaryOpKind": lambda vs: instruction_bundle(
        [ins("VectorUnaryOp", dest=0, op=v, operand=1, vec_ty=V("F64")) for v in vs]),
    "VectorMinMaxKind": lambda vs: instruction_bundle(
        [ins("VectorMinMax", dest=0, op=v, left=1, right=2, vec_ty=V("F64")) for v in vs]),
    "LandingPadClause": lambda vs: instruction_bundle([ins("LandingPad", dest=0, ty=V("Ptr", V("U8")), clauses=vs)]),
    "CallingConvention": lambda vs: build.bundle([build.module(functions=[
        build.function(i, f"f{i}", signature={**build.signature(), "calling_convention": v})
        for i, v in enumerate(vs)])]),
    "FunctionKind": lambda vs: build.bundle([build.module(functions=[
        build.function(i, f"f{i}", kind=v) for i, v in enumerate(vs)])]),
    "Linkage": lambda vs: build.bundle([build.module(functions=[
        build.function(i, f"f{i}", attributes={**build.function(0, "")["attributes"], "linkage": v})
        for i, v in enumerate(vs)])]),
    "InlineHint": lambda vs: build.bundle([build.module(functions=[
        build.function(i, f"f{i}", attributes={**build.function(0, "")["attributes"], "inline": v})
        for i, v in enumerate(vs)])]),
    "AllocationHint": lambda vs: build.bundle([build.module(functions=[build.function(0, "main", locals=[
        (i, {"name": f"l{i}", "ty": V("I32"), "mutable": True, "source_location": build.NO_LOCATION,
             "allocation": v}) for i, v in enumerate(vs)])])]),
    "OptimizationHint": lambda vs: build.bundle([build.module(functions=[build.function(0, "main", [
        build.block(0, [], metadata={"frequency_hint": 3, "is_loop_header": True, "in_exception_handler": False,
                                     "optimization_hints": vs})])])]),
    "IrTypeDefinition": lambda vs: build.bundle([build.module(types=[
        (i, {"id": i, "name": f"T{i}", "type_id": i, "definition": v, "source_location": build.NO_LOCATION,
             "super_type_id": None}) for i, v in enumerate(vs)])]),
    "OptimizationLevel": lambda vs: build.bundle([build.module(f"m{i}", metadata={
        **build.module()["metadata"], "optimization_level": v}) for i, v in enumerate(vs)]),
    "DebugInfoLevel": lambda vs: build.bundle([build.module(f"m{i}", metadata={
        **build.module()["metadata"], "debug_info": v}) for i, v in enumerate(vs)]),
}  # fmt: skip

MODULE_LEVEL = ("IrTypeDefinition", "OptimizationLevel", "DebugInfoLevel")
U32_EDGES = (0, 127, 128, 16383, 16384, 2097151, 2097152, 268435455, 268435456, 4294967295)
U64_EDGES = ((1 << 35) - 1, 1 << 35, (1 << 63) - 1, 1 << 63, (1 << 64) - 1)
I64_EDGES = (-1, 63, -64, 64, -65, -(1 << 63), (1 << 63) - 1)


def varint_cases() -> Iterator[GeneratedCase]:
    clauses = ["rzb.wire.varint"]
    for value in U32_EDGES:
        fn = build.function(0, "main", next_reg_id=value)
        yield valid(f"varints/u32-{value}", f"a u32 of {len(pc.leb128(value))} varint bytes ({value})",
                    build.bundle([build.module(functions=[fn])]), clauses)  # fmt: skip
    for value in U64_EDGES:
        info = {**build.bundle()["build_info"], "build_timestamp": value}
        yield valid(f"varints/u64-{value}", f"a u64 of {len(pc.leb128(value))} varint bytes ({value})",
                    build.bundle(build_info=info), clauses)  # fmt: skip
    consts = [ins("Const", dest=i, value=V("I64", v)) for i, v in enumerate(I64_EDGES)]
    consts += [
        ins("Const", dest=10, value=V("I16", -(1 << 15))),
        ins("Const", dest=11, value=V("I32", (1 << 31) - 1)),
        ins("Const", dest=12, value=V("U16", 65535)),
        ins("Const", dest=13, value=V("I8", -128)),
    ]
    yield valid("varints/zigzag", "zigzag varints at the 1/2-byte edges and the ends of i16, i32, i64",
                instruction_bundle(consts), clauses)  # fmt: skip
    yield valid("varints/usize-max", "entry_module_index of 2^64 - 1", build.bundle(entry_module_index=(1 << 64) - 1),
                clauses)  # fmt: skip
    for size in (127, 128, 16384):
        yield valid(f"lengths/string-{size}", f"a string of {size} bytes (length varint edge)",
                    build.bundle(entry_function="é" * (size // 2) + "x" * (size % 2)), [])  # fmt: skip
    many = [build.function(i, f"f{i}") for i in range(128)]
    yield valid("lengths/map-128", "a function map of 128 entries (count varint of two bytes)",
                build.bundle([build.module(functions=many)]), [])  # fmt: skip


def special_value_cases() -> Iterator[GeneratedCase]:
    nan = struct.unpack("<d", bytes.fromhex("0100000000f8ff7f"))[0]
    nan32 = struct.unpack("<f", bytes.fromhex("0100c0ff"))[0]
    floats = [V("F64", v) for v in (nan, -0.0, math.inf, -math.inf, 5e-324)] + [V("F32", nan32), V("F32", -0.0)]
    yield valid("values/floats", "NaN with a payload, -0.0, infinities, a subnormal: bit for bit",
                instruction_bundle([ins("Const", dest=i, value=v) for i, v in enumerate(floats)]), [])  # fmt: skip
    unsorted = build.module(functions=[build.function(5, "main"), build.function(2, "b"), build.function(9, "c")])
    unsorted["string_pool"] = {"strings": [(3, "c"), (1, "a"), (1, "again")], "string_to_id": [("z", 1), ("a", 3)],
                               "next_id": 4}  # fmt: skip
    yield valid("maps/wire-order", "maps in HashMap order with a repeated key: kept as written",
                build.bundle([unsorted], entry_function_id=5), ["rzb.maps.order"])  # fmt: skip
    sentinel = build.function(0, "main", symbol_id=(1 << 32) - 1)
    yield valid("values/invalid-sentinel", "SymbolId u32::MAX, the 'invalid' sentinel (5 varint bytes)",
                build.bundle([build.module(functions=[sentinel])]), [])  # fmt: skip
    yield valid("modules/three", "three modules; the entry in the last",
                build.bundle([build.module(n) for n in ("std", "lib", "app")]), ["rzb.write.module-table"])  # fmt: skip


def patched(data: bytes, offset: int, new: bytes) -> bytes:
    return data[:offset] + new + data[offset + 1 :]


def malformed_cases() -> Iterator[GeneratedCase]:
    base = build.encode(build.bundle())
    yield malformed("header/bad-magic-raw", "RZBX instead of RZBF, body intact: InvalidMagic after the decode",
                    b"RZBX" + base[4:], "bad_magic", ["rzb.header.magic", "rzb.order.pinned"])  # fmt: skip
    yield malformed("header/bad-magic-zstd", "bad magic inside the decompressed payload",
                    zstd(b"RZBX" + base[4:]), "bad_magic", ["rzb.header.magic", "rzb.container.zstd"])  # fmt: skip
    for version in (0, 2, (1 << 32) - 1):
        data = build.encode(build.bundle(version=version))
        yield malformed(f"header/version-{version}", f"version {version}, body intact", data, "unsupported_version",
                        ["rzb.header.version", "rzb.order.pinned"])  # fmt: skip
    yield malformed("header/empty", "an empty file", b"", "truncated", ["rzb.wire.eof"])
    yield malformed("header/garbage", "a GIF header: its 4th byte is read as flags.compressed, before any magic check",
                    b"GIF89a\x01\x00\x01\x00\x80", "invalid_value", ["rzb.wire.bool", "rzb.order.pinned"])  # fmt: skip
    # Truncation at every field boundary of a representative bundle (one module, one function, one block).
    representative = build.with_instructions([ins("Const", dest=0, value=V("I32", 40))])
    layout = schema.LAYOUTS["S6"]
    full = build.encode(representative)
    cuts = sorted({b for b in build.boundaries(layout.space, layout.bundle, representative) if 0 < b < len(full)})
    for cut in cuts:
        yield malformed(f"truncated/at-{cut:03d}", f"the representative bundle cut at field boundary {cut}",
                        full[:cut], "truncated", ["rzb.wire.eof"])  # fmt: skip
    yield malformed("truncated/last-byte", "the representative bundle without its last byte", full[:-1], "truncated",
                    ["rzb.wire.eof"])  # fmt: skip
    flags = len(schema.BUNDLE_MAGIC) + 1
    yield malformed("wire/bad-bool", "flags.compressed is 02", patched(base, flags, b"\x02"), "invalid_value",
                    ["rzb.wire.bool"])  # fmt: skip
    option = build.encode(build.bundle(entry_module_index=None, entry_function="", entry_module=""))
    yield malformed("wire/bad-option-tag", "entry_module_index has the tag 02", patched(option, flags + 5, b"\x02"),
                    "invalid_value", ["rzb.wire.option"])  # fmt: skip
    # Each enum in a bundle where it comes before anything the generations lay out differently, so that every
    # generation meets the bad index at the same byte (rzb.generation.none then reports unknown_variant).
    places = {**ENUM_PLACES, "IrInstruction": lambda vs: instruction_bundle(vs[:1]),
              "IrTerminator": lambda vs: build.with_instructions([], vs[0])}  # fmt: skip
    for name, place in places.items():
        typ = layout.space.types[name]
        assert isinstance(typ, t.Enum)
        value = place(build.every_variant(name))
        for m in value["modules"]:
            if name in MODULE_LEVEL:
                m["functions"] = []
        data = pc.encode(layout.space, layout.bundle, build.project(layout.space, layout.bundle, value),
                         bad_variant=name)  # fmt: skip
        yield malformed(f"wire/variant-{name}", f"a {name} index of {len(typ.variants)}, one past its last variant",
                        data, "unknown_variant", ["rzb.wire.variant"])  # fmt: skip
    head = base[: flags + 3]  # magic, version, flags; then entry_module's length varint
    yield malformed("wire/varint-too-long", "a string length of 11 varint bytes (usize takes at most 10)",
                    head + b"\x80" * 10 + b"\x00", "invalid_value", ["rzb.wire.varint"])  # fmt: skip
    yield malformed("wire/varint-overflow-u64", "a usize whose tenth byte carries bits past 64",
                    head + b"\xff" * 9 + b"\x02", "invalid_value", ["rzb.wire.varint"])  # fmt: skip
    yield malformed("wire/varint-overflow-u32", "a version varint of 5 bytes whose last byte overflows u32",
                    b"RZBF\xff\xff\xff\xff\x10" + base[5:], "invalid_value", ["rzb.wire.varint"])  # fmt: skip
    yield malformed("wire/invalid-utf8", "entry_module holds the bytes ff fe",
                    head + b"\x02\xff\xfe" + base[len(head) + 1 :], "invalid_utf8", ["rzb.wire.utf8"])  # fmt: skip
    yield malformed("wire/length-past-end", "a string length of 2^20 with 100 bytes left",
                    head + pc.leb128(1 << 20) + b"x" * 100, "truncated", ["rzb.wire.length"])  # fmt: skip
    over = malformed("limits/items", f"a string length of MAX_ITEMS + 1 ({limits.MAX_ITEMS + 1}) with 100 bytes left",
                     head + pc.leb128(limits.MAX_ITEMS + 1) + b"x" * 100, "truncated",
                     ["rzb.limits.items", "rzb.wire.length"])  # fmt: skip
    # A reader MAY refuse the count itself (limit_exceeded); one that checks the bytes left first is cut short.
    yield dataclasses.replace(over, expect=Expect("reject", errors=("truncated", "limit_exceeded")))
    compressed = zstd(full)
    corrupt = compressed[:-6] + bytes(b ^ 0xFF for b in compressed[-6:])
    yield malformed("zstd/corrupt", "the last bytes of the frame inverted", corrupt, "decompression_failed",
                    ["rzb.container.zstd"])  # fmt: skip
    yield malformed("zstd/cut-short", "the frame without its last half", compressed[: len(compressed) // 2],
                    "decompression_failed", ["rzb.container.zstd"])  # fmt: skip
    yield malformed("zstd/trailing-garbage", "a whole frame, then bytes that are no frame", compressed + b"RZBF",
                    "decompression_failed", ["rzb.container.zstd"])  # fmt: skip
    yield malformed("zstd/magic-only", "the frame magic alone", schema.ZSTD_MAGIC, "decompression_failed",
                    ["rzb.container.zstd"])  # fmt: skip
    bomb = zstandard.ZstdCompressor(level=19).compress(b"\x00" * (limits.MAX_PAYLOAD + 4096))
    yield malformed("zstd/bomb", f"{len(bomb)} bytes that decompress past MAX_PAYLOAD", bomb, "limit_exceeded",
                    ["rzb.limits.payload"])  # fmt: skip


def value_flood(count: int, cut: int = 1) -> bytes:
    """The payload of a bundle whose one instruction is a `Const` of an `IrValue::Array` of `count` empty arrays
    (two bytes each, the most values per byte an `IrValue` gives), cut one byte short, so that a generation that
    reads it reads to the end before it fails (`cut=0`: whole). Spliced from the encodings with 3 and 4 items."""

    def payload(n: int) -> bytes:
        empty = V("Array", [])
        return build.encode(instruction_bundle([ins("Const", dest=0, value=V("Array", [empty] * n))]))

    three, four = payload(3), payload(4)
    at = next(i for i, (a, b) in enumerate(zip(three, four, strict=False)) if a != b)  # the count varint
    assert (three[at], four[at]) == (3, 4)
    item = three[at + 1 : at + 1 + len(four) - len(three)]
    whole = three[:at] + pc.leb128(count) + item * count + three[at + 1 + 3 * len(item) :]
    return whole[: len(whole) - cut]


def pointer_bundle(pointers: int) -> bytes:
    """A bundle whose one instruction's IrType is `pointers` Ptrs deep around an I32."""
    deep: V = V("I32")
    for _ in range(pointers):
        deep = V("Ptr", deep)
    return build.encode(instruction_bundle([ins("Undef", dest=0, ty=deep)]))


def depth_cases() -> Iterator[GeneratedCase]:
    """The deepest nesting every reader MUST accept, and one level more, which a reader MAY refuse: past the
    limit each profile expects limit_exceeded or what a reader without the limit then answers (its own class,
    or acceptance, `past_limit`)."""
    deepest = max(n for n in range(limits.MAX_DEPTH) if oracle.overrides(pointer_bundle(n))[0].outcome == "accept")
    within = pointer_bundle(deepest)
    yield GeneratedCase(
        "impl-defined",
        "limits/depth-within",
        f"an IrType nested {deepest} pointers deep: level {limits.MAX_DEPTH}, the deepest a reader MUST accept",
        ["rzb.limits.depth"],
        within,
        by_profile=oracle.outcomes(within),
    )
    past = pointer_bundle(deepest + 1)
    limited = oracle.outcomes(past)
    unlimited = oracle.outcomes(past, max_depth=1 << 20)  # a reader with a larger depth limit, in either order
    by_profile = {}
    for profile, expect in limited.items():
        wider = unlimited[profile]
        assert expect.outcome == "reject", (profile, expect)
        if wider.outcome == "accept":
            by_profile[profile] = Expect("reject", errors=expect.errors, past_limit=True)
        else:
            by_profile[profile] = Expect("reject", errors=tuple(dict.fromkeys(expect.errors + wider.errors)))
    yield GeneratedCase(
        "impl-defined",
        "limits/depth",
        f"an IrType nested {deepest + 1} pointers deep: one level past MAX_DEPTH",
        ["rzb.limits.depth", "rzb.limits.no-crash"],
        past,
        by_profile=by_profile,
        notes="a reader MAY refuse past MAX_DEPTH (limit_exceeded); one with a larger limit reads on: "
        "it accepts where the profile's generations decode the bundle, else meets their class",
    )


def limit_cases() -> Iterator[GeneratedCase]:
    yield from depth_cases()
    flood = value_flood(20_000)
    data = zstd(flood)
    assert len(flood) > limits.payload_cap(len(data))
    # A reader without the ratio limit decodes the payload as if it were stored raw, to the missing last byte.
    larger = oracle.outcomes(flood)
    assert all(e.outcome == "reject" for e in larger.values()), larger
    yield GeneratedCase(
        "impl-defined",
        "limits/value-flood",
        f"a {len(data)}-byte zstd file whose {len(flood)}-byte payload is 20,000 empty IrValue arrays, cut short",
        ["rzb.limits.ratio", "rzb.limits.cost"],
        data,
        by_profile={p: Expect("reject", errors=("limit_exceeded", *e.errors)) for p, e in larger.items()},
        notes="past PAYLOAD_BASE + PAYLOAD_RATIO × the file size a reader MAY stop with limit_exceeded; one with "
        "larger limits decodes 20,000 values and finds the payload cut short",
    )


def impl_defined_cases() -> Iterator[GeneratedCase]:
    yield from limit_cases()
    base = build.encode(build.bundle())
    # entry_function_id = Some(0) is written `01 00`; `01 80 00` is the same value, non-minimal.
    offset = base.index(b"\x01\x00\x01\x00\x01") + 3  # entry_module_index Some(0), entry_function_id Some(0)
    yield impl_defined("wire/non-minimal-varint", "entry_function_id 0 written as 80 00",
                       base[:offset] + b"\x80\x00" + base[offset + 1 :],
                       ["rzb.wire.noncanonical", "rzb.strict.varint"])  # fmt: skip
    # A variant index is a u32 varint: five bytes at most. The same index in six non-minimal bytes is a varint
    # too long for a u32, which a reader taking the index as a u64 varint would accept.
    as_i64 = build.encode(instruction_bundle([ins("Const", dest=0, value=V("I64", 0))]))
    as_i32 = build.encode(instruction_bundle([ins("Const", dest=0, value=V("I32", 0))]))
    at = next(i for i, (a, b) in enumerate(zip(as_i64, as_i32, strict=True)) if a != b)
    assert as_i64[at] < 0x80, as_i64[at]
    six_bytes = bytes([0x80 | as_i64[at], 0x80, 0x80, 0x80, 0x80, 0x00])
    yield malformed("wire/variant-index-six-bytes", f"the IrValue variant index {as_i64[at]} written in six varint "
                    "bytes, one more than a u32 varint has", as_i64[:at] + six_bytes + as_i64[at + 1 :],
                    "invalid_value", ["rzb.wire.varint", "rzb.wire.variant"])  # fmt: skip
    yield impl_defined("wire/non-minimal-version", "version 1 written as 81 00", base[:4] + b"\x81\x00" + base[5:],
                       ["rzb.wire.noncanonical", "rzb.strict.varint", "rzb.order.newer"])  # fmt: skip
    yield impl_defined("trailing/raw", "four bytes after the bundle", base + b"\x00\x00\x00\x00",
                       ["rzb.trailing.upstream", "rzb.strict.trailing", "rzb.generation.exact"])  # fmt: skip
    yield impl_defined("trailing/in-zstd", "bytes after the bundle inside the frame", zstd(base + b"junk"),
                       ["rzb.trailing.upstream", "rzb.strict.trailing", "rzb.generation.exact",
                        "rzb.container.sniff"])  # fmt: skip
    yield impl_defined("order/bad-magic-garbage-body", "bad magic and a body that does not decode: a wire error "
                       "at the pin, bad_magic for the newer loader", b"RZBX\x01\x00\x00\x00\xff\xff",
                       ["rzb.order.pinned", "rzb.order.newer", "rzb.header.magic"])  # fmt: skip
    future = b"RZBF\x02" + base[5:-3]
    yield impl_defined("order/future-version-new-shape", "version 2 with a body of another shape: a wire error at "
                       "the pin, unsupported_version for the newer loader", future,
                       ["rzb.order.pinned", "rzb.order.newer", "rzb.header.version"])  # fmt: skip
    yield impl_defined("order/short-payload", "the three bytes RZB", b"RZB", ["rzb.order.newer", "rzb.header.size"])
    yield impl_defined("order/body-fails", "good magic and version, a body cut short: a wire error at the pin, "
                       "decompression_failed for the newer loader", base[:-2],
                       ["rzb.order.pinned", "rzb.order.newer-body"])  # fmt: skip
    yield from generation_cases()


def generation_feature(generation: str) -> dict[str, Any]:
    """A bundle that uses what `generation` added (and so reads under it and maybe later ones only)."""
    fn = build.function(0, "main")
    if generation == "S1":
        td = {"id": 0, "name": "Sub", "type_id": 2, "definition": V("Opaque"), "source_location": build.NO_LOCATION,
              "super_type_id": 1}  # fmt: skip
        return build.bundle([build.module(types=[(0, td)])])
    if generation == "S2":
        fn["type_param_tag_fixups"] = [(3, "T")]
    if generation == "S3":
        return instruction_bundle([ins("BinOp", dest=0, op=V("Ushr"), left=1, right=2),
                                   ins("BinOp", dest=1, op=V("FAdd"), left=1, right=2)])  # fmt: skip
    if generation == "S4":
        return build.bundle([build.module(external_function_names=[(7, "puts")])])
    if generation == "S5":
        return instruction_bundle(
            [
                ins("Store", ptr=0, value=1, store_ty=V("I64")),
                ins(
                    "GetElementPtr",
                    dest=2,
                    ptr=0,
                    indices=[1],
                    ty=V("I64"),
                    struct_context={"struct_name": "P", "field_name": "x", "field_index": 1},
                ),
            ]
        )
    if generation == "S6":
        fn.update(wasm_export=True, js_import=("env", "log"))
    return build.bundle([build.module(functions=[fn])])


def generation_cases() -> Iterator[GeneratedCase]:
    clauses = [*GENERATION_CLAUSES, "rzb.generation.exact"]
    for generation in schema.GENERATIONS:
        yield impl_defined(f"generations/function-{generation}", f"one empty function laid out as {generation}",
                           build.encode(build.bundle(), generation), clauses)  # fmt: skip
        if generation != "S0":
            what = ", ".join(c for c, (g, _, _) in schema.SINCE.items() if g == generation)
            yield impl_defined(f"generations/feature-{generation}", f"uses what {generation} added: {what}",
                               build.encode(generation_feature(generation), generation), clauses)  # fmt: skip
    old = instruction_bundle([ins("BinOp", dest=0, op=V("FAdd"), left=1, right=2)])
    yield impl_defined("generations/fadd-S2", "FAdd as S2 numbers it (10): Ushr under S3 and later",
                       build.encode(old, "S2"), clauses)  # fmt: skip
    # Byte 99 set to 02: S0, S1 and S6 fail at byte 107 (an option or bool byte 03), S2 to S5 read on to a
    # string at 109 that the bytes left cannot hold. The furthest decides, neither the oldest nor the newest.
    base = build.encode(generation_feature("S0"))
    furthest = patched(base, 99, b"\x02")
    every = oracle.outcomes(furthest)
    assert every["auto"].errors == ("truncated",) and every["s0"].errors == every["s6"].errors == ("invalid_value",)
    yield impl_defined("generations/furthest-failure", "no generation decodes it: S2-S5 read furthest (truncated "
                       "past byte 109) while S0, S1 and S6 stop at byte 107 (invalid_value)",
                       furthest, ["rzb.generation.none", "rzb.generation.detect"])  # fmt: skip


def generate() -> Iterator[GeneratedCase]:
    yield from real_world_cases()
    yield from valid_cases()
    yield from malformed_cases()
    yield from impl_defined_cases()

"""The `.blade` (module cache) and `.bsym` (symbol manifest) corpus. No real file of either exists upstream,
so every case is synthetic: values built here from the type tree, bytes from `rzb_postcard`, expectations
from `rzb_oracle` (operations `decode_blade` / `decode_bsym`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from binfmt_conformance.conformance.cases import GeneratedCase
from binfmt_conformance.corpus.generators import rzb_build as build
from binfmt_conformance.corpus.generators import rzb_oracle as oracle
from binfmt_conformance.corpus.generators import rzb_postcard as pc
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.rzb import schema

V = t.Variant
BLADE_CLAUSES = ["rzb.blade.layout", "rzb.blade.generations", "rzb.model.blade"]
SYMBOL_CLAUSES = ["rzb.bsym.layout", "rzb.bsym.generations", "rzb.model.bsym"]


def blade_value(generation: str) -> dict[str, Any]:
    """A cache of one module at a `.blade` generation: an example of every cache struct, every accessor and
    inline value variant, the MIR as `rzb_build.module` writes it (projected to the generation's MIR)."""
    layout = schema.BLADE_LAYOUTS[generation]
    space = layout.space
    value = build.example(space, layout.blade)
    value.update(magic=schema.BLADE_MAGIC, version=schema.BLADE_GENERATIONS[generation.split("/")[0]])
    value["mir"] = build.project(space, layout.module, build.module())
    cached = value.get("cached_maps")
    if cached is not None:
        if "properties" in cached:
            accessor = space.types["BladeAccessor"]
            assert isinstance(accessor, t.Enum)
            getters = [build.variant_example(space, accessor, v) for v in accessor.variants]
            cached["properties"] = [
                {"class_name": "C", "field_name": f"f{i}", "getter": g, "setter": g} for i, g in enumerate(getters)
            ]
        if "inline_vars" in cached:
            inline = space.types["BladeInlineValue"]
            assert isinstance(inline, t.Enum)
            cached["inline_vars"] = [
                {"class_name": "C", "field_name": f"k{i}", "value": build.variant_example(space, inline, v)}
                for i, v in enumerate(inline.variants)
            ]
    return value


def symbol_value(generation: str) -> dict[str, Any]:
    layout = schema.SYMBOL_LAYOUTS[generation]
    value = build.example(layout.space, layout.symbols)
    value.update(magic=schema.SYMBOL_MAGIC, version=schema.SYMBOL_GENERATIONS[generation])
    types = value["modules"][0]["types"]
    for field, name in (("classes", "BladeClassInfo"), ("enums", "BladeEnumInfo"), ("abstracts", "BladeAbstractInfo")):
        types[field] = [build.example(layout.space, t.Ref(name))]
    if generation == "v2":
        blade_type = layout.space.types["BladeType"]
        assert isinstance(blade_type, t.Enum)
        variants = [build.variant_example(layout.space, blade_type, v) for v in blade_type.variants]
        types["type_aliases"] = [
            {"name": f"A{i}", "package": [], "type_params": [], "target_type": ty} for i, ty in enumerate(variants)
        ]
    return value


def encoded(kind: oracle.FileKind, generation: str, value: dict[str, Any]) -> bytes:
    space, top, _ = kind.layouts[generation]
    return pc.encode(space, top, value)


def case(kind: oracle.FileKind, path: str, description: str, data: bytes, clauses: list[str]) -> GeneratedCase:
    operation = "decode_blade" if kind is oracle.BLADE else "decode_bsym"
    return GeneratedCase("impl-defined", f"{kind.name}/{path}", description, clauses, data,
                         by_profile=oracle.outcomes(data, kind), operation=operation)  # fmt: skip


def malformed(kind: oracle.FileKind, path: str, description: str, data: bytes, error: str,
              clauses: list[str]) -> GeneratedCase:  # fmt: skip
    expect, others = oracle.overrides(data, kind)
    assert expect.outcome == "reject" and expect.errors[0] == error, (path, expect)
    assert all(e.outcome == "reject" for e in others.values()), (path, others)
    operation = "decode_blade" if kind is oracle.BLADE else "decode_bsym"
    return GeneratedCase("malformed", f"{kind.name}/{path}", description, clauses, data, expect, others,
                         operation=operation)  # fmt: skip


def generate() -> Iterator[GeneratedCase]:
    for generation in schema.BLADE_LAYOUTS:
        data = encoded(oracle.BLADE, generation, blade_value(generation))
        yield case(oracle.BLADE, f"generations/{generation.replace('/', '-')}",
                   f"a module cache laid out as .blade {generation}", data, BLADE_CLAUSES)  # fmt: skip
    for generation in schema.SYMBOL_GENERATIONS:
        data = encoded(oracle.SYMBOLS, generation, symbol_value(generation))
        yield case(oracle.SYMBOLS, f"generations/{generation}", f"a symbol manifest laid out as .bsym {generation}",
                   data, SYMBOL_CLAUSES)  # fmt: skip
    blade = encoded(oracle.BLADE, "v2d/S6", blade_value("v2d/S6"))
    yield malformed(oracle.BLADE, "bad-magic", "BLAX instead of BLAD", b"BLAX" + blade[4:], "bad_magic",
                    ["rzb.blade.magic"])  # fmt: skip
    wrong = blade_value("v2d/S6")
    wrong["version"] = 3
    yield malformed(oracle.BLADE, "version-3-in-v2-layout", "a v2 layout that says version 3",
                    encoded(oracle.BLADE, "v2d/S6", wrong), "unsupported_version", ["rzb.blade.version"])  # fmt: skip
    yield malformed(oracle.BLADE, "truncated", "the cache cut in half", blade[: len(blade) // 2], "truncated",
                    ["rzb.wire.eof", "rzb.blade.layout"])  # fmt: skip
    yield malformed(oracle.BLADE, "zstd", "a zstd frame: caches are never compressed, so the magic is wrong",
                    schema.ZSTD_MAGIC + blade[4:], "bad_magic", ["rzb.blade.layout", "rzb.blade.magic"])  # fmt: skip
    space, top, _ = oracle.BLADE.layouts["v2d/S6"]
    for name in ("BladeAccessor", "BladeInlineValue"):
        data = pc.encode(space, top, blade_value("v2d/S6"), bad_variant=name)
        yield case(oracle.BLADE, f"variant-{name}", f"a {name} index one past its last variant: unknown_variant "
                   "where one layout is tried, trailing_data under detection (older caches end before the table)",
                   data, ["rzb.wire.variant", "rzb.generation.exact"])  # fmt: skip
    symbols = encoded(oracle.SYMBOLS, "v1", symbol_value("v1"))
    yield malformed(oracle.SYMBOLS, "bad-magic", "BSYX instead of BSYM", b"BSYX" + symbols[4:], "bad_magic",
                    ["rzb.bsym.magic"])  # fmt: skip
    wrong = symbol_value("v1")
    wrong["version"] = 2
    yield malformed(oracle.SYMBOLS, "version-2-in-v1-layout", "a v1 layout that says version 2",
                    encoded(oracle.SYMBOLS, "v1", wrong), "unsupported_version", ["rzb.bsym.version"])  # fmt: skip
    yield malformed(oracle.SYMBOLS, "truncated", "the manifest cut in half", symbols[: len(symbols) // 2],
                    "truncated", ["rzb.wire.eof", "rzb.bsym.layout"])  # fmt: skip
    yield case(oracle.BLADE, "short", "the three bytes BLA", b"BLA", ["rzb.blade.size", "rzb.order.newer"])
    yield case(oracle.SYMBOLS, "short", "the three bytes BSY", b"BSY", ["rzb.bsym.size", "rzb.order.newer"])

"""The RunMat snapshot corpus: synthetic snapshots of every era and payload kind, must-reject and impl-defined.

No real snapshot is reachable (research §2.9), so every file is made here, and made without the reference
writer: bodies and headers are values of the schema's type trees, turned into bytes by the table-driven
bincode encoder of `runmat_snapshot_values`, compressed with `lz4.block` / `zstandard` and hashed with `hashlib`.
The expected model is the document model of the value the file was built from. Must-reject cases are valid
files with one deliberate fault; impl-defined cases are upstream's leniencies, accepted by `upstream` and
refused by `strict`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators.runmat_snapshot_values import (
    Examples,
    encode,
    lz4_block,
    sha256,
    u32,
    u64,
    zstd_frame,
)
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import limits, schema

V = t.Variant
P = "runmat-snapshot."
COMMON = [P + "file.layout", P + "header.bincode", P + "body.schema", P + "body.serde-default", P + "model.file"]
# A release of each body schema, as `metadata.runmat_version` spells it.
RELEASE_OF = {"v0.4.4": "0.4.5", "v0.5.0": "0.5.0", "v0.5.2": "0.5.2", "v0.5.3": "0.5.3", "v0.5.6": "0.5.6"}
DECLARED = tuple(RELEASE_OF)
COMPRESSIONS = ("none", "lz4-fast", "lz4-hc", "zstd")
CREATED = {"secs_since_epoch": 1_767_225_600, "nanos_since_epoch": 123_456_789}
GC_PRESETS = ("default", "low-latency", "high-throughput", "low-memory", "debug")


def space_of(body_schema: str, magic: str = "runmat") -> t.TypeSpace:
    return schema.build_layout(body_schema, magic).space


def metadata(release: str, *, builtins: int = 0, hir: int = 0, bytecode: int = 0) -> dict[str, Any]:
    return {
        "created_at": dict(CREATED),
        "runmat_version": release,
        "tool_version": release,
        "build_config": {
            "optimization_level": "release",
            "debug_info": False,
            "compiler": "rustc 1.88.0",
            "compile_flags": [],
            "enabled_features": [],
        },
        "performance_metrics": {
            "creation_time": {"secs": 2, "nanos": 500_000_000},
            "builtin_count": builtins,
            "hir_cache_entries": hir,
            "bytecode_cache_entries": bytecode,
            "uncompressed_size": 0,
            "compression_ratio": 1.0,
            "peak_memory_usage": 1_048_576,
        },
        "feature_flags": ["compression", "validation"],
        "target_platform": {
            "os": "linux",
            "arch": "x86_64",
            "cpu_features": ["sse4.2", "avx", "avx2", "fma"],
            "page_size": 4096,
            "cache_line_size": 64,
            "endianness": V("Little"),
        },
    }


def gc_config(scale: int) -> dict[str, Any]:
    return {
        "num_generations": 2 + scale % 2,
        "young_generation_size": 1 << (20 + scale),
        "minor_gc_threshold": 0.8,
        "major_gc_threshold": 0.9 - scale / 100,
        "promotion_threshold": 3,
        "max_gc_threads": 1 + scale,
        "concurrent_collection": scale % 2 == 1,
        "parallel_collection": True,
        "collection_timeout": {"secs": 0, "nanos": 50_000_000 * (scale + 1)},
        "write_barriers": True,
        "pointer_compression": scale == 3,
        "target_utilization": 0.75,
        "min_heap_size": 1 << 22,
        "max_heap_size": 1 << (30 + scale % 3),
        "heap_growth_factor": 1.5,
        "verbose_logging": scale == 4,
        "collect_statistics": scale == 4,
    }


def gc_presets(names: tuple[str, ...] = ("default",), profiles: bool = False) -> dict[str, Any]:
    return {
        "presets": [(name, gc_config(i)) for i, name in enumerate(names)],
        "default_preset": names[0],
        "performance_profiles": [
            (
                name,
                {
                    "average_allocation_rate": 1e6 * (i + 1),
                    "average_collection_time": {"secs": 0, "nanos": 1_000_000 * (i + 1)},
                    "memory_overhead": 0.1,
                    "throughput_impact": 0.05 * i,
                },
            )
            for i, name in enumerate(names)
        ]
        if profiles
        else [],
    }


def builtin_functions(body_schema: str) -> list[dict[str, Any]]:
    """Every arity against every category; complexity and optimisation level in turn."""
    space = space_of(body_schema)
    arities = [V("Exact", 0), V("Exact", 2), V("Range", [1, 3]), V("Variadic", 1)]
    categories = space.resolve(t.Ref("BuiltinCategory")).variants  # type: ignore[union-attr]
    complexities = space.resolve(t.Ref("ComputationalComplexity")).variants  # type: ignore[union-attr]
    levels = space.resolve(t.Ref("OptimizationLevel")).variants  # type: ignore[union-attr]
    out = []
    for i, (arity, category) in enumerate((a, c) for a in arities for c in categories):
        out.append(
            {
                "name": f"{category.name.lower()}_{arity.name.lower()}_{i}",
                "arity": arity,
                "category": V(category.name),
                "complexity": V(complexities[i % len(complexities)].name),
                "optimization_level": V(levels[i % len(levels)].name),
            }
        )
    return out


def builtins(functions: list[dict[str, Any]]) -> dict[str, Any]:
    # name_index is a HashMap: its wire order is not the functions' order (reversed here).
    return {"name_index": [(f["name"], i) for i, f in reversed(list(enumerate(functions)))], "functions": functions}


def empty_body(body_schema: str) -> dict[str, Any]:
    return {
        "metadata": metadata(RELEASE_OF[body_schema]),
        "builtins": {"name_index": [], "functions": []},
        "hir_cache": {"functions": [], "patterns": [], "type_cache": []},
        "bytecode_cache": {"stdlib_bytecode": [], "operation_sequences": [], "hotspots": []},
        "gc_presets": gc_presets(),
        "optimization_hints": {"jit_hints": [], "memory_hints": [], "execution_hints": []},
    }


def hir_type(body_schema: str) -> t.Ref:
    return t.Ref("HirProgram" if body_schema == "v0.4.4" else "HirAssembly")


def rich_body(body_schema: str, start: int, *, deep: int = 6) -> dict[str, Any]:
    """A body with every part filled by rotating examples of its types (`start` shifts the rotation)."""
    space = space_of(body_schema)
    examples = Examples(space, deep=deep, start=start)
    body = empty_body(body_schema)
    functions = builtin_functions(body_schema)[start % 5 :: 3]
    body["builtins"] = builtins(functions)
    body["hir_cache"] = {
        "functions": [
            ("sum_vec", examples.value(hir_type(body_schema))),
            ("mean_vec", examples.value(hir_type(body_schema))),
        ],
        "patterns": [examples.value(t.Ref("HirPattern"))],
        "type_cache": [("x", examples.value(t.Ref("Type")))] if start % 2 else [],
    }
    body["bytecode_cache"] = {
        "stdlib_bytecode": [("sum_vec", examples.value(t.Ref("Bytecode")))],
        "operation_sequences": [examples.value(t.Ref("BytecodeSequence"))],
        "hotspots": [examples.value(t.Ref("HotspotBytecode"))],
    }
    body["gc_presets"] = gc_presets(GC_PRESETS, profiles=True)
    body["optimization_hints"] = examples.value(t.Ref("OptimizationHints"))
    body["metadata"] = metadata(RELEASE_OF[body_schema], builtins=len(functions), hir=2, bytecode=1)
    return body


def instruction_sweep_body(body_schema: str) -> dict[str, Any]:
    """A body whose one bytecode holds every `Instr` variant, in wire order, and every `Type` as var_types."""
    space = space_of(body_schema)
    examples = Examples(space, deep=5)
    bytecode = examples.value(t.Ref("Bytecode"))
    bytecode["instructions"] = examples.every_variant(t.Ref("Instr"), 2)
    bytecode["var_types"] = examples.every_variant(t.Ref("Type"), 2)
    body = empty_body(body_schema)
    body["bytecode_cache"]["stdlib_bytecode"] = [("every_instr", bytecode)]
    body["metadata"]["performance_metrics"]["bytecode_cache_entries"] = 1
    return body


def hir_sweep_body(body_schema: str) -> dict[str, Any]:
    """A body whose HIR holds every statement kind and every expression kind of its era."""
    space = space_of(body_schema)
    examples = Examples(space, deep=5)
    program = examples.value(hir_type(body_schema))
    span = {"start": 0, "end": 1}
    if body_schema == "v0.4.4":
        statements = examples.every_variant(t.Ref("HirStmt"), 2)
        ty = V("Num")
        statements += [
            V("ExprStmt", [{"kind": kind, "ty": ty, "span": span}, True, span])
            for kind in examples.every_variant(t.Ref("HirExprKind"), 3)
        ]
        program["body"] = statements
    else:
        kinds = examples.every_variant(t.Ref("HirStmtKind"), 3)
        kinds += [
            V("ExprStmt", [{"id": 9, "kind": kind, "span": span}, False])
            for kind in examples.every_variant(t.Ref("HirExprKind"), 3)
        ]
        function = examples.value(t.Ref("HirFunction"))
        function["body"] = {"statements": [{"id": i, "kind": kind, "span": span} for i, kind in enumerate(kinds)]}
        program["functions"] = [function]
    body = empty_body(body_schema)
    body["hir_cache"]["functions"] = [("every_stmt", program)]
    body["metadata"]["performance_metrics"]["hir_cache_entries"] = 1
    return body


# -- files --------------------------------------------------------------------------------------------------


@dataclass
class FileSpec:
    """Everything a snapshot file is built from; faults are introduced by the hooks."""

    body_schema: str
    body: Any
    compression: str = "none"
    level: int = 6
    checksum: bool = True
    magic: str = "runmat"
    version: int | None = None  # None: what the era writes
    zero_offset: bool = False
    parameters_order: tuple[str, ...] = ("original_size", "compressed_size")
    header_edit: Callable[[dict[str, Any]], None] | None = None  # applied to the header before encoding
    payload_edit: Callable[[bytes], bytes] | None = None  # applied to the payload after compression
    body_bytes_edit: Callable[[bytes], bytes] | None = None  # applied to the body's bytes before compression
    header_padding: int = 0  # zero bytes between the bincode header and the payload, counted in H
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Built:
    data: bytes
    document: dict[str, Any]
    layout: schema.Layout


def algorithm_of(kind: str) -> V:
    if kind == "none":
        return V("None")
    if kind.startswith("lz4"):
        return V("Lz4", {"fast": kind == "lz4-fast"})
    return V("Zstd", {"dictionary": None})


def compress(kind: str, data: bytes, level: int) -> bytes:
    if kind == "none":
        return data
    if kind.startswith("lz4"):
        return lz4_block(data, kind == "lz4-fast")
    return zstd_frame(data, level)


def era_version(spec: FileSpec) -> int:
    if spec.version is not None:
        return spec.version
    release = spec.body["metadata"]["runmat_version"] if isinstance(spec.body, dict) else spec.extra["release"]
    era = schema.era_of(release)
    return era.written_version if era else 1


def body_bytes_of(spec: FileSpec) -> bytes:
    if spec.body_schema == schema.RAW:
        return spec.body
    space = space_of(spec.body_schema)
    raw = encode(space, t.Ref("Snapshot"), spec.body)
    # performance_metrics.uncompressed_size is the body's own size (fixed width: one pass settles it).
    spec.body["metadata"]["performance_metrics"]["uncompressed_size"] = len(raw)
    return encode(space, t.Ref("Snapshot"), spec.body)


def build(spec: FileSpec) -> Built:
    spec = replace(spec, body=copy.deepcopy(spec.body))
    body = body_bytes_of(spec)
    meta = spec.body["metadata"] if isinstance(spec.body, dict) else spec.extra["metadata"]
    stored_body = spec.body_bytes_edit(body) if spec.body_bytes_edit else body
    level = spec.level if spec.compression != "none" else 0
    payload = compress(spec.compression, stored_body, level)
    if spec.payload_edit:
        payload = spec.payload_edit(payload)
    sizes = {"original_size": str(len(stored_body)), "compressed_size": str(len(payload))}
    parameters = [(k, sizes[k]) for k in spec.parameters_order] if spec.compression != "none" else []
    header: dict[str, Any] = {
        "magic": schema.MAGICS[spec.magic],
        "version": era_version(spec),
        "metadata": copy.deepcopy(meta),
        "data_info": {
            "compression": {"algorithm": algorithm_of(spec.compression), "level": level, "parameters": parameters},
            "uncompressed_size": len(stored_body),
            "compressed_size": len(payload),
            "data_offset": 0,
            "alignment": schema.ALIGNMENT,
        },
        "checksum_info": {"algorithm": V("Sha256"), "size": 32, "offset": 0} if spec.checksum else None,
        "header_size": 0,
    }
    header_layout = schema.build_layout(schema.RAW, spec.magic)
    if spec.header_edit:
        spec.header_edit(header)
    if not spec.zero_offset and header["data_info"]["data_offset"] == 0:
        length = len(encode(header_layout.space, header_layout.header, header)) + spec.header_padding
        header["data_info"]["data_offset"] = 4 + length
    encoded = encode(header_layout.space, header_layout.header, header) + bytes(spec.header_padding)
    checksum = sha256(payload) if spec.checksum else None
    data = u32(len(encoded)) + encoded + payload + (checksum or b"")
    layout = schema.build_layout(spec.body_schema, spec.magic)
    return Built(data, {"header": header, "body": spec.body, "checksum": checksum}, layout)


def document_model(built: Built) -> Any:
    return model.to_model(built.layout.space, built.layout.file_type, built.document)


def accept(built: Built, canonical: bool = True) -> Expect:
    return Expect("accept", document_model(built), canonical=canonical)


def reject(*errors: str) -> Expect:
    return Expect("reject", errors=errors)


def case(kind: str, path: str, description: str, clauses: list[str], data: bytes, expect: Expect, notes: str = ""):
    return GeneratedCase(kind, path, description, [P + c for c in clauses], data, expect, notes=notes)


def strict_also(kind: str, path: str, description: str, clauses: list[str], data: bytes, error: str) -> GeneratedCase:
    """A case where `strict` has a second rule that fires: its header check (invalid_header) and the payload
    rule are both right, since no order between them is fixed (conv.errors: the case lists both)."""
    strict = {"strict": reject(error, "invalid_header")}
    notes = "under strict the header's own rule also fires (invalid_header); the spec fixes no order between them"
    return GeneratedCase(kind, path, description, [P + c for c in clauses], data, reject(error), strict, notes=notes)


def impl_defined(
    path: str, description: str, clauses: list[str], built: Built, strict_error: str, notes: str = ""
) -> GeneratedCase:
    return GeneratedCase(
        "impl-defined",
        path,
        description,
        [P + c for c in clauses],
        built.data,
        by_profile={"upstream": accept(built, canonical=False), "strict": reject(strict_error)},
        notes=notes,
    )


def raw_body(release: str) -> tuple[bytes, dict[str, Any]]:
    """An era A/B body: its metadata (the same type in every era) followed by bytes the spec does not declare."""
    meta = metadata(release)
    layout = schema.build_layout(schema.RAW)
    return encode(layout.space, layout.metadata, meta) + bytes(range(64)) * 3, meta


def scattered_body() -> dict[str, Any]:
    """A body that LZ4 shrinks by less than 4 × (builtin names of hash digits)."""
    body = empty_body("v0.5.6")
    functions = builtin_functions("v0.5.6")
    for function in functions:
        function["name"] = sha256(function["name"].encode()).hex()
    body["builtins"] = builtins(functions)
    return body


# -- valid --------------------------------------------------------------------------------------------------


def valid_cases() -> Iterator[GeneratedCase]:
    common = [c.removeprefix(P) for c in COMMON] + ["write.layout", "write.derived"]
    payload_clause = {
        "none": "payload.none",
        "lz4-fast": "payload.lz4",
        "lz4-hc": "payload.lz4",
        "zstd": "payload.zstd",
    }
    for body_schema in DECLARED:
        era = schema.ERA_OF_SCHEMA[body_schema]
        built = build(FileSpec(body_schema, empty_body(body_schema)))
        yield case(
            "valid",
            f"{body_schema}/empty",
            f"era {era} ({body_schema}) snapshot with an empty body, uncompressed",
            [*common, "header.version", "payload.none", "checksum.sha256"],
            built.data,
            accept(built),
        )
        for turn, kind in enumerate(COMPRESSIONS):
            for checksum in (True, False):
                spec = FileSpec(body_schema, rich_body(body_schema, turn * 2 + checksum), kind, checksum=checksum)
                built = build(spec)
                suffix = "checksum" if checksum else "no-checksum"
                yield case(
                    "valid",
                    f"{body_schema}/rich-{kind}-{suffix}",
                    f"era {era} ({body_schema}) rich body, payload {kind}, {'with' if checksum else 'without'} SHA-256",
                    [*common, payload_clause[kind], "checksum.sha256", "header.data-offset-written"],
                    built.data,
                    accept(built),
                )
        built = build(FileSpec(body_schema, instruction_sweep_body(body_schema), "lz4-hc"))
        yield case(
            "valid",
            f"{body_schema}/every-instr",
            f"every Instr variant of {body_schema} in one bytecode, LZ4 HC",
            [*common, "payload.lz4", "body.bytecode"],
            built.data,
            accept(built),
        )
        built = build(FileSpec(body_schema, hir_sweep_body(body_schema), "zstd", level=9))
        yield case(
            "valid",
            f"{body_schema}/every-hir",
            f"every HIR statement and expression kind of {body_schema}, zstd 9",
            [*common, "payload.zstd"],
            built.data,
            accept(built),
        )
    # Builtins of every arity and category; upstream's five GC presets with their performance profiles.
    body = empty_body("v0.5.6")
    body["builtins"] = builtins(builtin_functions("v0.5.6"))
    body["gc_presets"] = gc_presets(GC_PRESETS, profiles=True)
    built = build(FileSpec("v0.5.6", body, "lz4-fast"))
    yield case(
        "valid",
        "v0.5.6/builtins-and-presets",
        "every builtin arity × category; the five GC presets",
        [*common, "payload.lz4", "body.name-index", "body.default-preset"],
        built.data,
        accept(built),
    )
    # Releases map onto their body schema.
    for release, body_schema in (("0.4.4", "v0.4.4"), ("0.4.9", "v0.4.4"), ("0.5.4", "v0.5.3"), ("0.5.5", "v0.5.3")):
        body = empty_body(body_schema)
        body["metadata"] = metadata(release)
        built = build(FileSpec(body_schema, body))
        yield case(
            "valid",
            f"releases/{release}",
            f"runmat_version {release} reads with body schema {body_schema}",
            [*common, "header.release"],
            built.data,
            accept(built),
        )
    # HashMap order is wire order: parameters written compressed_size first.
    built = build(
        FileSpec("v0.5.6", rich_body("v0.5.6", 1), "zstd", parameters_order=("compressed_size", "original_size"))
    )
    yield case(
        "valid",
        "header/parameters-reversed",
        "compression parameters in the other hash order",
        [*common, "header.parameters", "payload.zstd"],
        built.data,
        accept(built),
    )
    # Floats keep their bits; strings any UTF-8.
    body = empty_body("v0.5.6")
    body["optimization_hints"]["jit_hints"] = [
        {
            "pattern": p,
            "hint_type": V("InlineCandidate"),
            "priority": V("MaxPerformance"),
            "expected_performance_gain": g,
        }
        for p, g in (("nan", float("nan")), ("inf", float("inf")), ("neg-zero", -0.0), ("☃ snow", 1e-310))
    ]
    built = build(FileSpec("v0.5.6", body))
    yield case(
        "valid",
        "v0.5.6/float-bits",
        "NaN, infinity, -0.0 and a subnormal in f64 fields",
        [*common, "model.file"],
        built.data,
        accept(built),
    )
    # Eras A and B: bodies the spec does not declare are reported as bytes; era A writes data_offset 0.
    for era_name, release, magic in (("A", "0.2.8", "rustmat"), ("B", "0.4.1", "runmat")):
        raw, meta = raw_body(release)
        for kind in COMPRESSIONS:
            for checksum in (True, False) if kind in ("none", "zstd") else (True,):
                spec = FileSpec(
                    schema.RAW,
                    raw,
                    kind,
                    magic=magic,
                    checksum=checksum,
                    zero_offset=era_name == "A",
                    extra={"metadata": meta, "release": release},
                )
                built = build(spec)
                suffix = "checksum" if checksum else "no-checksum"
                yield case(
                    "valid",
                    f"era-{era_name.lower()}/{kind}-{suffix}",
                    f"era {era_name} (runmat {release}, magic {schema.MAGICS[magic]!r}), payload {kind}",
                    common
                    + ["header.magic", "body.raw", payload_clause[kind]]
                    + (["header.data-offset-zero"] if era_name == "A" else []),
                    built.data,
                    accept(built),
                )
    raw, meta = raw_body("0.2.8")
    built = build(FileSpec(schema.RAW, raw, magic="rustmat", extra={"metadata": meta, "release": "0.2.8"}))
    yield case(
        "valid",
        "era-a/data-offset-written",
        "era A magic with data_offset 4+H (main branch from 2025-12-10)",
        [*common, "header.data-offset-zero"],
        built.data,
        accept(built),
    )


# -- must-reject --------------------------------------------------------------------------------------------


def base(kind: str = "zstd", body_schema: str = "v0.5.6", **changes: Any) -> FileSpec:
    return FileSpec(body_schema, rich_body(body_schema, 3, deep=4), kind, **changes)


def set_path(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(header: dict[str, Any]) -> None:
        node = header
        parts = path.split(".")
        for part in parts[:-1]:
            node = node[part]
        node[parts[-1]] = value

    return edit


def patched(data: bytes, offset: int, replacement: bytes) -> bytes:
    return data[:offset] + replacement + data[offset + len(replacement) :]


def find_once(data: bytes, needle: bytes) -> int:
    assert data.count(needle) >= 1, needle
    return data.index(needle)


def malformed_cases() -> Iterator[GeneratedCase]:
    good = build(base()).data
    header_length = int.from_bytes(good[:4], "little")
    for size in (0, 1, 3):
        yield case(
            "malformed",
            f"truncated/file-{size}-bytes",
            f"a {size}-byte file",
            ["header.size"],
            good[:size],
            reject("truncated"),
        )
    yield case(
        "malformed",
        "truncated/inside-header",
        "the file ends inside the header",
        ["header.length"],
        good[: 4 + header_length // 2],
        reject("truncated"),
    )
    yield case(
        "malformed",
        "truncated/header-length-past-end",
        "H says more bytes than the file has",
        ["header.length"],
        u32(len(good)) + good[4:],
        reject("truncated"),
    )
    yield case(
        "malformed",
        "truncated/header-length-short",
        "H cuts the bincode header short",
        ["wire.eof"],
        u32(header_length - 20) + good[4:],
        reject("truncated"),
    )
    yield case(
        "malformed",
        "truncated/inside-payload",
        "the file ends inside the payload",
        ["payload.bounds"],
        good[: 4 + header_length + 10],
        reject("truncated"),
    )
    for name, magic in (
        ("zeros", bytes(8)),
        ("runmat-1", b"RUNMAT\x01"),
        ("lowercase", b"runmat\x00"),
        ("rustmat-0", b"RUSTMAT\x00"),
        ("elf", b"\x7fELF\x02\x01\x01"),
    ):
        yield case(
            "malformed",
            f"magic/{name}",
            f"magic {magic!r}",
            ["header.magic"],
            patched(good, 4, magic),
            reject("bad_magic"),
        )
    mismatches = (
        ("rustmat-for-0.5.6", FileSpec("v0.5.6", empty_body("v0.5.6"), magic="rustmat")),
        (
            "runmat-for-0.2.8",
            FileSpec(schema.RAW, raw_body("0.2.8")[0], extra={"metadata": raw_body("0.2.8")[1], "release": "0.2.8"}),
        ),
    )
    for name, spec in mismatches:
        built = build(spec)
        yield case(
            "malformed",
            f"magic/{name}",
            "magic of another era than runmat_version's",
            ["header.era-magic"],
            built.data,
            reject("bad_magic"),
        )
    for name, body_schema, version in (
        ("era-e-version-1", "v0.5.6", 1),
        ("era-e-version-3", "v0.5.6", 3),
        ("era-e-version-0", "v0.5.6", 0),
        ("era-c-version-2", "v0.4.4", 2),
        ("era-c-version-max", "v0.4.4", 0xFFFFFFFF),
    ):
        built = build(FileSpec(body_schema, empty_body(body_schema), version=version))
        yield case(
            "malformed",
            f"version/{name}",
            f"version {version} in a {body_schema} file",
            ["header.version"],
            built.data,
            reject("unsupported_version"),
        )
    for release in ("0.4.2", "0.5.1", "0.6.0", "1.0.0", "garbage", "", "0.5.6-dev", "00.5.6"):
        body = empty_body("v0.5.6")
        body["metadata"] = metadata(release)
        built = build(FileSpec("v0.5.6", body, version=2))
        name = release or "empty"
        yield case(
            "malformed",
            f"release/{name}",
            f"runmat_version {release!r} names no known release",
            ["header.release"],
            built.data,
            reject("unsupported_version"),
        )
    # Header bincode faults, each at a field found in the bytes.
    built = build(base(checksum=True))
    data, header_length = built.data, int.from_bytes(built.data[:4], "little")
    header = data[4 : 4 + header_length]
    meta_offset = 4 + 7 + 4
    compiler = find_once(header, b"rustc 1.88.0") + 4
    yield case(
        "malformed",
        "header/debug-info-bool-2",
        "build_config.debug_info byte 2",
        ["wire.bool"],
        patched(data, compiler - 9, b"\x02"),
        reject("invalid_value"),
    )
    os_at = find_once(header, b"linux") + 4
    yield case(
        "malformed",
        "header/os-not-utf8",
        "target_platform.os is not UTF-8",
        ["wire.utf8"],
        patched(data, os_at, b"\xff\xfe"),
        reject("invalid_utf8"),
    )
    endianness = find_once(header, u64(64)) + 4 + 8
    yield case(
        "malformed",
        "header/endianness-2",
        "endianness variant 2",
        ["wire.variant"],
        patched(data, endianness, u32(2)),
        reject("unknown_variant"),
    )
    yield case(
        "malformed",
        "header/compression-algorithm-3",
        "compression algorithm variant 3",
        ["wire.variant"],
        patched(data, endianness + 4, u32(3)),
        reject("unknown_variant"),
    )
    tail = 4 + header_length
    yield case(
        "malformed",
        "header/checksum-option-tag-2",
        "checksum_info Option tag 2",
        ["wire.option"],
        patched(data, tail - 4 - 21, b"\x02"),
        reject("invalid_value"),
    )
    yield case(
        "malformed",
        "header/checksum-algorithm-3",
        "checksum algorithm variant 3",
        ["wire.variant"],
        patched(data, tail - 4 - 20, u32(3)),
        reject("unknown_variant"),
    )
    yield case(
        "malformed",
        "header/runmat-version-length-huge",
        "runmat_version declares 2^40 bytes",
        ["wire.length", "limits.items"],
        patched(data, meta_offset + 12, u64(1 << 40)),
        reject("truncated", "limit_exceeded"),
    )
    # Payload bounds.
    yield case(
        "malformed",
        "payload/compressed-size-past-end",
        "compressed_size runs past the file",
        ["payload.bounds"],
        build(base(header_edit=set_path("data_info.compressed_size", 1 << 20))).data,
        reject("truncated"),
    )
    yield strict_also(
        "malformed",
        "payload/data-offset-past-end",
        "data_offset points past the file",
        ["payload.bounds", "header.data-offset"],
        build(base(header_edit=set_path("data_info.data_offset", 1 << 32))).data,
        "truncated",
    )
    yield strict_also(
        "malformed",
        "payload/offset-overflows",
        "data_offset + compressed_size overflows u64",
        ["payload.bounds", "header.data-offset"],
        build(base(header_edit=set_path("data_info.data_offset", (1 << 64) - 8))).data,
        "truncated",
    )
    # LZ4.
    lz4 = base("lz4-hc")
    yield case(
        "malformed",
        "lz4/corrupt-block",
        "an LZ4 block whose match offset points before the output",
        ["payload.lz4"],
        build(replace(lz4, payload_edit=lambda p: b"\x1f\x00\xff\xff" + p[4:])).data,
        reject("decompression_failed"),
    )
    yield case(
        "malformed",
        "lz4/truncated-block",
        "an LZ4 block cut short",
        ["payload.lz4"],
        build(replace(lz4, payload_edit=lambda p: p[: len(p) // 2])).data,
        reject("decompression_failed"),
    )

    def small_size(header: dict[str, Any]) -> None:
        header["data_info"]["compression"]["parameters"][0] = ("original_size", "16")

    yield strict_also(
        "malformed",
        "lz4/original-size-too-small",
        "original_size smaller than the block's output",
        ["payload.lz4", "header.compression"],
        build(replace(lz4, header_edit=small_size)).data,
        "decompression_failed",
    )
    for text in ("abc", "-5", "1e3", " 12", "18446744073709551616"):

        def bad_size(header: dict[str, Any], text: str = text) -> None:
            header["data_info"]["compression"]["parameters"][0] = ("original_size", text)

        yield case(
            "malformed",
            f"lz4/original-size-{text.strip() or 'space'}",
            f"original_size {text!r}",
            ["payload.lz4-size"],
            build(replace(lz4, header_edit=bad_size)).data,
            reject("invalid_header"),
        )

    def bomb_size(header: dict[str, Any]) -> None:
        header["data_info"]["compression"]["parameters"][0] = ("original_size", str(1 << 40))

    yield strict_also(
        "malformed",
        "lz4/original-size-bomb",
        "original_size 2^40: past MAX_BODY_SIZE",
        ["limits.body", "header.compression"],
        build(replace(lz4, header_edit=bomb_size)).data,
        "limit_exceeded",
    )
    # zstd.
    zstd = base("zstd")
    yield case(
        "malformed",
        "zstd/bad-magic",
        "the payload is not a zstd frame",
        ["payload.zstd"],
        build(replace(zstd, payload_edit=lambda p: b"\x00\x00\x00\x00" + p[4:])).data,
        reject("decompression_failed"),
    )
    yield case(
        "malformed",
        "zstd/truncated-frame",
        "a zstd frame cut short",
        ["payload.zstd"],
        build(replace(zstd, payload_edit=lambda p: p[: len(p) - 5])).data,
        reject("decompression_failed"),
    )
    yield case(
        "malformed",
        "zstd/trailing-garbage",
        "bytes after the zstd frame inside the payload",
        ["payload.zstd"],
        build(replace(zstd, payload_edit=lambda p: p + b"\x01\x02\x03")).data,
        reject("decompression_failed"),
    )
    # Body.
    yield case(
        "malformed",
        "body/truncated",
        "the decompressed body ends early",
        ["wire.eof"],
        build(base("none", body_bytes_edit=lambda b: b[:-7])).data,
        reject("truncated"),
    )
    yield case(
        "malformed",
        "body/truncated-lz4",
        "an LZ4 body that ends early",
        ["wire.eof"],
        build(base("lz4-fast", body_bytes_edit=lambda b: b[: len(b) // 2])).data,
        reject("truncated"),
    )
    sweep = FileSpec("v0.5.6", instruction_sweep_body("v0.5.6"))
    body_bytes = body_bytes_of(replace(sweep, body=copy.deepcopy(sweep.body)))
    first_instr = find_once(body_bytes, u64(125)) + 8  # the instruction count, then LoadConst's index
    yield case(
        "malformed",
        "body/instr-variant-125",
        "Instr variant 125 (v0.5.6 has 125: 0–124)",
        ["wire.variant"],
        build(replace(sweep, body_bytes_edit=lambda b: patched(b, first_instr, u32(125)))).data,
        reject("unknown_variant"),
    )
    bool_at = first_instr + 4 + 8 + 4 + 8 + 8 + 4  # LoadConst(f64), LoadComplex(f64, f64), LoadBool's byte
    yield case(
        "malformed",
        "body/load-bool-2",
        "LoadBool with byte 2",
        ["wire.bool"],
        build(replace(sweep, body_bytes_edit=lambda b: patched(b, bool_at, b"\x02"))).data,
        reject("invalid_value"),
    )
    body = empty_body("v0.5.6")
    body["builtins"] = builtins(builtin_functions("v0.5.6")[:2])
    name_at = find_once(body_bytes_of(FileSpec("v0.5.6", copy.deepcopy(body))), b"math_exact_0")
    yield case(
        "malformed",
        "body/builtin-name-not-utf8",
        "a builtin name that is not UTF-8",
        ["wire.utf8"],
        build(FileSpec("v0.5.6", body, body_bytes_edit=lambda b: patched(b, name_at, b"\xc3\x28"))).data,
        reject("invalid_utf8"),
    )
    # Content validation (upstream's loader validates by default).
    body = empty_body("v0.5.6")
    body["builtins"] = builtins(builtin_functions("v0.5.6")[:3])
    body["builtins"]["name_index"][0] = (body["builtins"]["name_index"][0][0], 7)
    built = build(FileSpec("v0.5.6", body))
    yield case(
        "invalid",
        "body/name-index-out-of-range",
        "a name_index entry past the functions",
        ["body.name-index"],
        built.data,
        reject("invalid_value"),
    )
    body["builtins"]["name_index"][0] = (body["builtins"]["name_index"][0][0], 0)
    built = build(FileSpec("v0.5.6", body))
    yield case(
        "invalid",
        "body/name-index-other-name",
        "a name_index entry pointing at another builtin",
        ["body.name-index"],
        built.data,
        reject("invalid_value"),
    )
    body = empty_body("v0.4.4")
    body["gc_presets"]["default_preset"] = "missing"
    yield case(
        "invalid",
        "body/default-preset-missing",
        "default_preset names no preset",
        ["body.default-preset"],
        build(FileSpec("v0.4.4", body)).data,
        reject("invalid_value"),
    )
    body = empty_body("v0.4.4")
    body["gc_presets"] = {"presets": [], "default_preset": "", "performance_profiles": []}
    yield case(
        "invalid",
        "body/no-presets",
        "no GC presets at all (upstream's validation fails)",
        ["body.default-preset"],
        build(FileSpec("v0.4.4", body)).data,
        reject("invalid_value"),
    )

    # Time values out of range.
    def duration_overflow(header: dict[str, Any]) -> None:
        header["metadata"]["performance_metrics"]["creation_time"] = {"secs": (1 << 64) - 1, "nanos": 2_000_000_000}

    yield case(
        "invalid",
        "header/duration-overflow",
        "creation_time secs u64::MAX with 2 s of nanos",
        ["wire.time"],
        build(base(header_edit=duration_overflow)).data,
        reject("invalid_value"),
    )

    def time_overflow(header: dict[str, Any]) -> None:
        header["metadata"]["created_at"] = {"secs_since_epoch": 1 << 63, "nanos_since_epoch": 0}

    yield case(
        "invalid",
        "header/system-time-overflow",
        "created_at 2^63 seconds after the epoch",
        ["wire.time"],
        build(base(header_edit=time_overflow)).data,
        reject("invalid_value"),
    )


# -- impl-defined -------------------------------------------------------------------------------------------


def impl_defined_cases() -> Iterator[GeneratedCase]:
    good = build(base("zstd"))
    yield impl_defined(
        "checksum/wrong",
        "the SHA-256 does not match (upstream never checks)",
        ["checksum.verify", "checksum.never-verified"],
        Built(
            good.data[:-1] + bytes([good.data[-1] ^ 1]),
            {**good.document, "checksum": good.document["checksum"][:-1] + bytes([good.document["checksum"][-1] ^ 1])},
            good.layout,
        ),
        "checksum_mismatch",
    )
    truncated = Built(good.data[:-10], {**good.document, "checksum": None}, good.layout)
    yield impl_defined(
        "checksum/truncated", "the file ends inside the checksum", ["checksum.present"], truncated, "truncated"
    )
    missing = Built(good.data[:-32], {**good.document, "checksum": None}, good.layout)
    yield impl_defined(
        "checksum/missing", "checksum_info is Some, the 32 bytes are absent", ["checksum.present"], missing, "truncated"
    )
    for name, algorithm in (("blake3", "Blake3"), ("crc32", "Crc32")):
        built = build(base(header_edit=set_path("checksum_info.algorithm", V(algorithm))))
        yield impl_defined(
            f"checksum/algorithm-{name}",
            f"checksum_info names {algorithm} (never produced)",
            ["checksum.algorithm"],
            built,
            "invalid_header",
        )
    yield impl_defined(
        "trailing/after-checksum",
        "bytes after the checksum",
        ["file.trailing"],
        Built(good.data + b"\x00extra", good.document, good.layout),
        "trailing_data",
    )
    no_sum = build(base("none", checksum=False))
    yield impl_defined(
        "trailing/after-payload",
        "bytes after an unchecked payload",
        ["file.trailing"],
        Built(no_sum.data + bytes(32), no_sum.document, no_sum.layout),
        "trailing_data",
    )
    built = build(base("lz4-hc", zero_offset=True))
    yield impl_defined(
        "header/data-offset-zero",
        "data_offset 0 in an era-E file (loader falls back to 4+H)",
        ["header.data-offset", "header.data-offset-zero"],
        built,
        "invalid_header",
    )
    built = build(FileSpec("v0.4.4", rich_body("v0.4.4", 2), "lz4-fast", zero_offset=True))
    yield impl_defined(
        "header/data-offset-zero-era-c",
        "data_offset 0 in an era-C file",
        ["header.data-offset", "header.data-offset-zero"],
        built,
        "invalid_header",
    )
    built = build(FileSpec("v0.4.4", empty_body("v0.4.4"), version=0))
    yield impl_defined(
        "version/era-c-version-0",
        "version 0: era A–D loaders reject only version > 1",
        ["header.version", "header.version-written"],
        built,
        "unsupported_version",
    )
    built = build(base(header_padding=8))
    yield impl_defined(
        "header/length-padded",
        "H counts 8 zero bytes after the bincode header",
        ["header.exact-length"],
        built,
        "invalid_header",
    )
    built = build(base("lz4-fast", header_edit=set_path("data_info.uncompressed_size", 5)))
    yield impl_defined(
        "payload/uncompressed-size-wrong",
        "data_info.uncompressed_size disagrees with the body",
        ["payload.uncompressed-size", "header.compression"],
        built,
        "invalid_header",
    )

    def drop_original(header: dict[str, Any]) -> None:
        header["data_info"]["compression"]["parameters"] = header["data_info"]["compression"]["parameters"][1:]

    built = build(FileSpec("v0.5.6", scattered_body(), "lz4-hc", header_edit=drop_original))
    yield impl_defined(
        "lz4/original-size-missing",
        "no original_size: upstream sizes the block as 4 × its length",
        ["payload.lz4-size-present", "payload.lz4-fallback"],
        built,
        "invalid_header",
    )
    built = build(base("lz4-hc", header_edit=drop_original))
    yield GeneratedCase(
        "impl-defined",
        "lz4/original-size-missing-ratio-over-4",
        "no original_size and a body more than 4 × its block: upstream's guessed buffer is too small",
        [P + "payload.lz4-size-present", P + "payload.lz4-fallback"],
        built.data,
        by_profile={"upstream": reject("decompression_failed"), "strict": reject("invalid_header")},
    )

    def large_original(header: dict[str, Any]) -> None:
        parameters = header["data_info"]["compression"]["parameters"]
        parameters[0] = ("original_size", str(int(parameters[0][1]) * 2))

    built = build(base("lz4-fast", header_edit=large_original))
    yield impl_defined(
        "lz4/original-size-larger",
        "original_size larger than the body (a bound, not a check)",
        ["header.compression", "payload.lz4"],
        built,
        "invalid_header",
    )
    built = build(base("none", header_edit=set_path("data_info.compression.level", 6)))
    yield impl_defined(
        "header/level-without-compression",
        "level 6 with algorithm None",
        ["header.compression"],
        built,
        "invalid_header",
    )
    built = build(
        base("zstd", header_edit=set_path("data_info.compression.algorithm", V("Zstd", {"dictionary": b"dict"})))
    )
    yield impl_defined(
        "zstd/dictionary-declared",
        "a zstd dictionary in the header (never used)",
        ["header.dictionary"],
        built,
        "invalid_header",
    )

    def other_metadata(header: dict[str, Any]) -> None:
        header["metadata"]["target_platform"]["os"] = "macos"

    built = build(base("zstd", header_edit=other_metadata))
    yield impl_defined(
        "body/metadata-differs", "the header's metadata is not the body's", ["body.metadata"], built, "invalid_header"
    )
    built = build(base("none", body_bytes_edit=lambda b: b + b"\x00" * 5))
    yield impl_defined(
        "body/trailing-bytes", "bytes after the body's bincode value", ["body.trailing"], built, "trailing_data"
    )

    def long_nanos(header: dict[str, Any]) -> None:
        header["metadata"]["performance_metrics"]["creation_time"] = {"secs": 1, "nanos": 1_500_000_000}

    built = build(base(header_edit=long_nanos))
    yield impl_defined(
        "header/duration-nanos-carry",
        "creation_time nanos ≥ 10^9 (serde carries them)",
        ["wire.time"],
        built,
        "invalid_value",
    )
    two_frames = build(base("zstd", payload_edit=lambda p: p + zstd_frame(b"", 3)))
    yield GeneratedCase(
        "valid",
        "zstd/two-frames",
        "a second (empty) zstd frame in the payload: decode_all reads both",
        [P + "payload.zstd"],
        two_frames.data,
        accept(two_frames, canonical=False),
    )


def value_flood(count: int, compression: str = "zstd", cut: int = 1) -> bytes:
    """A v0.5.6 snapshot whose type cache holds one `Tensor` of `count` unknown dimensions (one byte each, the
    most values per byte a body gives), its body cut `cut` bytes short (a reader that decodes it all finds it
    truncated). The body is encoded with 3 dimensions, then the u64 count and its `None` bytes are replaced."""
    body = empty_body("v0.5.6")
    body["hir_cache"]["type_cache"] = [("t", V("Tensor", {"shape": [None] * 3}))]
    three = u64(3) + bytes(3)

    def edit(data: bytes) -> bytes:
        at = find_once(data, three)
        whole = data[:at] + u64(count) + bytes(count) + data[at + len(three) :]
        return whole[: len(whole) - cut]

    return build(FileSpec("v0.5.6", body, compression=compression, body_bytes_edit=edit)).data


def limit_cases() -> Iterator[GeneratedCase]:
    flood = value_flood(limits.BODY_BASE + 65536)
    assert limits.BODY_BASE + 65536 > limits.body_cap(len(flood))
    yield GeneratedCase(
        "impl-defined",
        "limits/value-flood",
        f"a {len(flood)}-byte zstd snapshot whose body is {limits.BODY_BASE + 65536} one-byte values, cut short",
        [P + "limits.ratio", P + "limits.cost"],
        flood,
        by_profile={p: reject("limit_exceeded", "truncated") for p in ("upstream", "strict")},
        notes="past BODY_BASE + BODY_RATIO × the file size a reader MAY stop with limit_exceeded; one with larger "
        "limits decodes the values and finds the body cut short",
    )
    body = empty_body("v0.4.4")
    ty: Any = V("Num")
    for _ in range(limits.MAX_DEPTH + 4):
        ty = V("Cell", {"element_type": ty, "length": None})
    body["hir_cache"]["type_cache"] = [("deep", ty)]
    built = build(FileSpec("v0.4.4", body))
    yield GeneratedCase(
        "impl-defined",
        "limits/deep-type",
        f"a Type nested {limits.MAX_DEPTH + 4} deep",
        [P + "limits.depth"],
        built.data,
        by_profile=dict.fromkeys(("upstream", "strict"), Expect("reject", errors=("limit_exceeded",), past_limit=True)),
        notes="upstream's bincode has no depth limit; past MAX_DEPTH a reader MAY refuse, and one with a larger "
        "limit reads the otherwise sound file and accepts it (past_limit)",
    )
    bomb = build(base("zstd", payload_edit=lambda _: zstd_frame(bytes(limits.MAX_BODY_SIZE + 1024), 3)))
    yield GeneratedCase(
        "impl-defined",
        "limits/zstd-bomb",
        "a zstd payload that inflates past MAX_BODY_SIZE",
        [P + "limits.body"],
        bomb.data,
        by_profile={"upstream": reject("limit_exceeded"), "strict": reject("limit_exceeded")},
        notes="upstream's decode_all has no bound; a reader MUST NOT allocate without bound",
    )


def generate() -> list[GeneratedCase]:
    return [*valid_cases(), *malformed_cases(), *impl_defined_cases(), *limit_cases()]

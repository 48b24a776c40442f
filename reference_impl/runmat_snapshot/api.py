"""The upstream API under upstream's names: `SnapshotBuilder` (with `SnapshotConfig` and the presets),
`SnapshotLoader` and `LoadingStats` (runmat-snapshot's `builder.rs`, `loader.rs`, `lib.rs`; research §2.5).

The builder takes a `Snapshot` value (the body) and picks the compression as upstream does; bytecode and HIR
stay data (nothing here runs them).
"""

from __future__ import annotations

import copy
import math
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.formats.runmat_snapshot.profiles import DEFAULT_PROFILE
from binfmt_conformance.reference_impl.runmat_snapshot import reader, writer

SMALL_INPUT = 1024  # below it the adaptive engine does not compress
ENTROPY_LIMIT = 0.9  # byte entropy / 8 above it: not worth compressing
REPETITION_LIMIT = 0.7  # above it: zstd
RATIO_LIMIT = 0.95  # compressed / original above it: store raw
PREFER_SPEED_LEVEL = 3  # era E: level ≤ 3 prefers speed (LZ4 fast, zstd level 1)
ERA_OF_BODY = {"v0.4.4": "C", "v0.5.0": "D"}


class SnapshotPreset(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"
    HIGH_PERFORMANCE = "high-performance"
    LOW_MEMORY = "low-memory"
    NETWORK_OPTIMIZED = "network-optimized"
    DEBUG = "debug"


@dataclass(frozen=True)
class SnapshotConfig:
    compression_enabled: bool = True
    compression_algorithm: str = "auto"  # auto, lz4, zstd, none (eras A–D ignore it: always adaptive)
    compression_level: int = 6
    validation_enabled: bool = True  # writes the SHA-256

    @classmethod
    def preset(cls, preset: SnapshotPreset | str) -> SnapshotConfig:
        return PRESETS[SnapshotPreset(preset)]


PRESETS = {
    SnapshotPreset.DEVELOPMENT: SnapshotConfig(compression_algorithm="lz4", compression_level=1),
    SnapshotPreset.PRODUCTION: SnapshotConfig(compression_algorithm="auto", compression_level=6),
    SnapshotPreset.HIGH_PERFORMANCE: SnapshotConfig(
        compression_algorithm="lz4", compression_level=1, validation_enabled=False
    ),
    SnapshotPreset.LOW_MEMORY: SnapshotConfig(compression_algorithm="zstd", compression_level=9),
    SnapshotPreset.NETWORK_OPTIMIZED: SnapshotConfig(compression_algorithm="zstd", compression_level=9),
    SnapshotPreset.DEBUG: SnapshotConfig(compression_enabled=False, compression_level=0),
}


def byte_entropy(data: bytes) -> float:
    """Shannon entropy of the byte histogram, in bits per byte (0 … 8)."""
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values()) if total else 0.0


def repetition_ratio(data: bytes, window: int = 4) -> float:
    """The share of `window`-byte windows that repeat an earlier one (the kit's reading of upstream's
    heuristic, which the research names but does not define)."""
    if len(data) <= window:
        return 0.0
    seen: set[bytes] = set()
    repeats = 0
    for start in range(len(data) - window + 1):
        chunk = data[start : start + window]
        repeats += chunk in seen
        seen.add(chunk)
    return repeats / (len(data) - window + 1)


def adaptive(data: bytes, level: int, prefer_speed: bool) -> str:
    if len(data) < SMALL_INPUT or byte_entropy(data) / 8 > ENTROPY_LIMIT:
        return "none"
    if repetition_ratio(data) > REPETITION_LIMIT:
        return "zstd"
    return "lz4-fast" if prefer_speed else "lz4-hc"


def choose_compression(data: bytes, config: SnapshotConfig, era: str) -> tuple[t.Variant, int]:
    """(algorithm, level) as the era's builder picks them, before the ratio rule."""
    if not config.compression_enabled or config.compression_algorithm == "none":
        return t.Variant("None"), 0
    level = config.compression_level
    prefer_speed = era == "E" and level <= PREFER_SPEED_LEVEL
    if era != "E" or config.compression_algorithm == "auto":
        kind = adaptive(data, level, prefer_speed)
    else:
        kind = {"lz4": "lz4-fast" if prefer_speed else "lz4-hc", "zstd": "zstd"}[config.compression_algorithm]
    if kind == "none":
        return t.Variant("None"), 0
    if kind == "zstd":
        return t.Variant("Zstd", {"dictionary": None}), 1 if prefer_speed else level
    return t.Variant("Lz4", {"fast": kind == "lz4-fast"}), level


def compress_body(encoded: bytes, config: SnapshotConfig, era: str) -> tuple[t.Variant, int, bytes, list]:
    """(algorithm, level, payload, parameters): the era's choice, then "ratio > 0.95 → stored raw"."""
    algorithm, level = choose_compression(encoded, config, era)
    payload = writer.compress(encoded, algorithm, level)
    if algorithm.name == "None" or len(payload) / len(encoded) > RATIO_LIMIT:
        return t.Variant("None"), 0, encoded, []
    return algorithm, level, payload, [("original_size", str(len(encoded))), ("compressed_size", str(len(payload)))]


class SnapshotBuilder:
    """Builds a snapshot file from a body, as upstream's builder lays it out."""

    def __init__(self, config: SnapshotConfig | None = None, *, body_schema: str = "v0.5.6") -> None:
        self.config = config or SnapshotConfig.preset(SnapshotPreset.PRODUCTION)
        self.body_schema = body_schema
        self.era = schema.era_named(ERA_OF_BODY.get(body_schema, "E"))

    def build(self, body: dict[str, Any]) -> bytes:
        body = copy.deepcopy(body)
        metrics = body["metadata"]["performance_metrics"]
        encoded = writer.encode_body(body, self.body_schema)
        metrics["uncompressed_size"] = len(encoded)  # fixed width: one pass settles it
        encoded = writer.encode_body(body, self.body_schema)
        algorithm, level, payload, parameters = compress_body(encoded, self.config, self.era.name)
        header = {
            "magic": schema.MAGICS[self.era.magic],
            "version": self.era.written_version,
            "metadata": copy.deepcopy(body["metadata"]),
            "data_info": {
                "compression": {"algorithm": algorithm, "level": level, "parameters": parameters},
                "uncompressed_size": len(encoded),
                "compressed_size": len(payload),
                "data_offset": 1,  # any non-zero value: the writer stores 4 + H
                "alignment": schema.ALIGNMENT,
            },
            "checksum_info": (
                {"algorithm": t.Variant("Sha256"), "size": schema.CHECKSUM_SIZE, "offset": 0}
                if self.config.validation_enabled
                else None
            ),
            "header_size": 0,
        }
        return writer.assemble(header, payload, self.era.magic, self.config.validation_enabled)

    def build_and_save(self, body: dict[str, Any], path: str | os.PathLike[str]) -> Path:
        return writer.save(path, self.build(body))


@dataclass
class LoadingStats:
    """The seed's `LoadingStats` (durations in seconds)."""

    load_time: float
    decompression_time: float
    validation_time: float
    initialization_time: float
    total_size: int
    compressed_size: int
    compression_ratio: float
    builtin_count: int
    cache_hit_rate: float = 0.0

    def compression_efficiency(self) -> float:
        return 1.0 - self.compressed_size / self.total_size if self.total_size else 0.0

    def loading_throughput(self) -> float:
        return self.total_size / self.load_time if self.load_time else math.inf


@dataclass
class LoadedSnapshot:
    file: reader.SnapshotFile
    stats: LoadingStats
    source: str = ""
    warnings: list[str] = field(default_factory=list)


class SnapshotLoader:
    """Loads snapshot files (upstream's loader semantics under the `upstream` profile)."""

    def __init__(self, profile: str = DEFAULT_PROFILE, body_schema: str | None = None) -> None:
        self.profile = profile
        self.body_schema = body_schema

    def load_bytes(self, data: bytes, source: str = "") -> LoadedSnapshot:
        started = time.perf_counter()
        parsed = reader.read_file(data, self.profile, body_schema=self.body_schema)
        elapsed = time.perf_counter() - started
        body = parsed.body
        builtins = len(body["builtins"]["functions"]) if isinstance(body, dict) else 0
        total = len(parsed.body_bytes)
        stats = LoadingStats(
            load_time=elapsed,
            decompression_time=parsed.decompression_seconds,
            validation_time=parsed.validation_seconds,
            initialization_time=parsed.body_seconds,
            total_size=total,
            compressed_size=len(parsed.payload),
            compression_ratio=len(parsed.payload) / total if total else 1.0,
            builtin_count=builtins,
        )
        return LoadedSnapshot(parsed, stats, source)

    def load(self, path: str | os.PathLike[str]) -> LoadedSnapshot:
        return self.load_bytes(Path(path).read_bytes(), str(path))

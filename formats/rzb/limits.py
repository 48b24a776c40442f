"""Every limit spec/formats/rzb.md declares, with the clause that states it."""

from __future__ import annotations

from binfmt_conformance.formats.errors import ErrorClass

MAX_DEPTH = 128  # rzb.limits.depth: named types entered on the way down, the file's top type being level 1
MAX_ITEMS = 1 << 24  # rzb.limits.items: largest element count or string length a reader must accept
MAX_PAYLOAD = 1 << 25  # rzb.limits.payload: decompressed bytes (32 MiB; the largest real payload is 68 KB)
# rzb.limits.ratio: a zstd payload a reader must read is at most PAYLOAD_BASE bytes plus PAYLOAD_RATIO per byte
# of the file (real bundles compress about 2:1); past it a reader MAY stop, so a 200-byte file cannot make it
# decode 32 MiB of one-byte values (rzb.limits.cost).
PAYLOAD_BASE = 1 << 15
PAYLOAD_RATIO = 8


def payload_cap(file_size: int) -> int:
    """The most a reader decompresses from a zstd file of `file_size` bytes (rzb.limits.payload, .ratio)."""
    return min(MAX_PAYLOAD, PAYLOAD_BASE + PAYLOAD_RATIO * file_size)


# Fuzzing budget (fuzz/harness.py): CPU seconds of one decode under one profile (check_one times each call).
# Measured on a loaded 2-core machine: the slowest corpus file, a real 30 KB bundle, 0.24 s under its slowest
# profile; a 1 KB zstd bomb of a MAX_PAYLOAD payload, 0.8 s (decompression, then the compiled decoder and the
# construct codec that names the error). 5 s leaves six times that; inside the fuzzer, 20 times more.
FUZZ_SECONDS_PER_INPUT = 5.0

# The classes an execution may end with (the table of spec/formats/rzb-execution.md, "Runtime errors").
RUNTIME_CLASSES: frozenset[ErrorClass] = frozenset(
    {
        ErrorClass.UNSUPPORTED_FUNCTION,
        ErrorClass.RUNTIME_UNDEFINED_FUNCTION,
        ErrorClass.RUNTIME_UNDEFINED_REGISTER,
        ErrorClass.RUNTIME_INVALID_ADDRESS,
        ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER,
        ErrorClass.RUNTIME_INVALID_INDEX,
        ErrorClass.RUNTIME_TYPE_MISMATCH,
        ErrorClass.RUNTIME_DIVISION_BY_ZERO,
        ErrorClass.RUNTIME_UNDEFINED_GLOBAL,
        ErrorClass.RUNTIME_UNREACHABLE,
        ErrorClass.RUNTIME_PANIC,
        ErrorClass.RUNTIME_UNCAUGHT_EXCEPTION,
        ErrorClass.RUNTIME_NOT_IMPLEMENTED,
        ErrorClass.STEP_LIMIT_EXCEEDED,
        ErrorClass.CALL_DEPTH_EXCEEDED,
        ErrorClass.MEMORY_LIMIT_EXCEEDED,
    }
)

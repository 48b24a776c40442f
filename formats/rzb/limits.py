"""Every limit spec/formats/rzb.md declares, with the clause that states it."""

from __future__ import annotations

from formats.errors import ErrorClass

MAX_DEPTH = 128  # rzb.limits.depth: named types entered on the way down, the file's top type being level 1
MAX_ITEMS = 1 << 24  # rzb.limits.items: largest element count or string length a reader must accept
MAX_PAYLOAD = 1 << 25  # rzb.limits.payload: decompressed bytes (32 MiB; the largest real payload is 68 KB)
# Fuzzing budget (fuzz/harness.py): one input is decoded under all ten profiles, and a real bundle of 68 KB
# takes the pure-Python reader about 0.2 s per generation tried; a zstd bomb decompresses MAX_PAYLOAD each time.
FUZZ_SECONDS_PER_INPUT = 30.0

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

"""The limits of spec/formats/fzb.md ("Limits"), each with the clause that states it."""

from __future__ import annotations

from binfmt_conformance.formats.errors import ErrorClass

# fzb.limits.depth: every Chunk, Closure, Value, Instruction and SourceSpan entered on the way down counts one
# level, the top-level Chunk being level 1; past it a reader MAY answer limit_exceeded.
MAX_DEPTH = 64
# fzb.limits.items: the largest element count of a sequence and byte length of a string a reader MUST accept.
MAX_ITEMS = 1 << 24
# fzb.limits.size: the largest file a reader MUST accept. Decoding costs about a microsecond per byte, so this
# bounds any decode (and the instruction count: at most 65,536 four-byte instructions) at a fraction of a second.
MAX_FILE_BYTES = 1 << 18

# The classes an execution may end with (the table of spec/formats/fzb-execution.md, "Runtime errors").
RUNTIME_CLASSES: frozenset[ErrorClass] = frozenset(
    {
        ErrorClass.RUNTIME_STACK_UNDERFLOW,
        ErrorClass.RUNTIME_TYPE_MISMATCH,
        ErrorClass.RUNTIME_DIVISION_BY_ZERO,
        ErrorClass.RUNTIME_INTEGER_OVERFLOW,
        ErrorClass.RUNTIME_INVALID_INDEX,
        ErrorClass.RUNTIME_INVALID_INSTRUCTION_POINTER,
        ErrorClass.RUNTIME_EMPTY_LIST,
        ErrorClass.RUNTIME_UNDEFINED_GLOBAL,
        ErrorClass.RUNTIME_ARITY_MISMATCH,
        ErrorClass.RUNTIME_NOT_IMPLEMENTED,
        ErrorClass.STEP_LIMIT_EXCEEDED,
        ErrorClass.CALL_DEPTH_EXCEEDED,
        ErrorClass.STACK_LIMIT_EXCEEDED,
        ErrorClass.VALUE_SIZE_EXCEEDED,
    }
)

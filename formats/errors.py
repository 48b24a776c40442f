"""The error-class vocabulary shared by every format (spec/conventions.md, "Error classes").

A reader or writer reports bad input only as a `FormatError` carrying one of these classes; the testee
protocol sends the class as `{"error": CLASS, "message": ...}`. Classes name the kind of fault, never
a message: two different messages about the same kind of fault share a class.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorClass(StrEnum):
    BAD_MAGIC = "bad_magic"
    UNSUPPORTED_VERSION = "unsupported_version"
    TRUNCATED = "truncated"
    TRAILING_DATA = "trailing_data"
    CHECKSUM_MISMATCH = "checksum_mismatch"
    INVALID_HEADER = "invalid_header"
    UNKNOWN_VARIANT = "unknown_variant"
    INVALID_LENGTH = "invalid_length"
    INVALID_UTF8 = "invalid_utf8"
    DECOMPRESSION_FAILED = "decompression_failed"
    LIMIT_EXCEEDED = "limit_exceeded"
    INVALID_VALUE = "invalid_value"
    # A model handed to an encoder that does not fit the format's document model.
    INVALID_MODEL = "invalid_model"
    # Runtime faults of a program that decoded fine (fzb `execute`; spec/formats/fzb-execution.md,
    # "Runtime errors"): kinds of fault mapped from upstream's VmError, plus the execution limits.
    RUNTIME_STACK_UNDERFLOW = "runtime_stack_underflow"
    RUNTIME_TYPE_MISMATCH = "runtime_type_mismatch"
    RUNTIME_DIVISION_BY_ZERO = "runtime_division_by_zero"
    RUNTIME_INTEGER_OVERFLOW = "runtime_integer_overflow"
    RUNTIME_INVALID_INDEX = "runtime_invalid_index"
    RUNTIME_INVALID_INSTRUCTION_POINTER = "runtime_invalid_instruction_pointer"
    RUNTIME_EMPTY_LIST = "runtime_empty_list"
    RUNTIME_UNDEFINED_GLOBAL = "runtime_undefined_global"
    RUNTIME_ARITY_MISMATCH = "runtime_arity_mismatch"
    RUNTIME_NOT_IMPLEMENTED = "runtime_not_implemented"
    STEP_LIMIT_EXCEEDED = "step_limit_exceeded"
    CALL_DEPTH_EXCEEDED = "call_depth_exceeded"
    STACK_LIMIT_EXCEEDED = "stack_limit_exceeded"
    VALUE_SIZE_EXCEEDED = "value_size_exceeded"
    # Runtime faults of a Rayzor MIR program (rzb `execute`; spec/formats/rzb-execution.md, "Runtime errors").
    UNSUPPORTED_FUNCTION = "unsupported_function"
    RUNTIME_UNDEFINED_FUNCTION = "runtime_undefined_function"
    RUNTIME_UNDEFINED_REGISTER = "runtime_undefined_register"
    RUNTIME_INVALID_ADDRESS = "runtime_invalid_address"
    RUNTIME_UNREACHABLE = "runtime_unreachable"
    RUNTIME_PANIC = "runtime_panic"
    RUNTIME_UNCAUGHT_EXCEPTION = "runtime_uncaught_exception"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"


ERROR_CLASSES: tuple[str, ...] = tuple(c.value for c in ErrorClass)


class FormatError(Exception):
    """Bad input, with its error class and the spec clause it breaks (when one clause names it).

    `check` is the ID of the check that raised it (`formats.checks`): a format's check, or a wire-level check
    (`wire.eof`, ...) that the format's check table gives a clause."""

    def __init__(
        self, error_class: ErrorClass, message: str, clause: str | None = None, *, check: str | None = None
    ) -> None:
        super().__init__(message)
        self.error_class = ErrorClass(error_class)
        self.message = message
        self.clause = clause
        self.check = check
        # Where in the input the reader stood when it failed (set by the wire layer; None when unknown).
        self.offset: int | None = None

    def to_json(self) -> dict[str, str]:
        body = {"error": self.error_class.value, "message": self.message}
        if self.clause:
            body["clause"] = self.clause
        return body

    def __str__(self) -> str:
        return f"{self.error_class.value}: {self.message}"

"""Reader clauses: each fault gives its class and clause; profiles, limits and the format plug-in."""

from __future__ import annotations

import importlib.util

import pytest

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.fzb import FORMAT, api, reader
from binfmt_conformance.reference_impl.registry import Unsupported

GOOD = api.serialize_chunk(api.chunk([V("LoadConst", 0), V("Return")], [V("Unit")]))


def rejection(data: bytes, profile: str = "upstream") -> FormatError:
    with pytest.raises(FormatError) as caught:
        FORMAT.decode(data, profile)
    return caught.value


@pytest.mark.parametrize(
    ("data", "error_class", "clause"),
    [
        (b"", ErrorClass.TRUNCATED, "fzb.header.size"),
        (b"XYZ", ErrorClass.TRUNCATED, "fzb.header.size"),  # size before magic
        (b"FZB\x02\x01" + GOOD[5:], ErrorClass.BAD_MAGIC, "fzb.header.magic"),
        (b"FZB\x00\x09", ErrorClass.BAD_MAGIC, "fzb.header.magic"),  # magic before version
        (b"FZB\x01\x02", ErrorClass.UNSUPPORTED_VERSION, "fzb.header.version"),
        (b"FZB\x01\x01", ErrorClass.TRUNCATED, "fzb.wire.eof"),
        (GOOD[:-1], ErrorClass.TRUNCATED, "fzb.wire.eof"),
        (GOOD[:5] + (1 << 40).to_bytes(8, "little") + GOOD[13:], ErrorClass.TRUNCATED, "fzb.wire.length"),
        (GOOD[:13] + (53).to_bytes(4, "little") + GOOD[17:], ErrorClass.UNKNOWN_VARIANT, "fzb.wire.variant"),
        (GOOD[:33] + (14).to_bytes(4, "little") + GOOD[37:], ErrorClass.UNKNOWN_VARIANT, "fzb.wire.variant"),
    ],
)
def test_fault_class_and_clause(data: bytes, error_class: ErrorClass, clause: str) -> None:
    error = rejection(data)
    assert (error.error_class, error.clause) == (error_class, clause)


def test_option_bool_and_utf8_faults() -> None:
    named = api.serialize_chunk(api.chunk([V("CheckBool", False)], [V("Str", "ab")], "n", spans=[]))

    # 5 header + 8 count + 4 tag → CheckBool byte at 17; constants: 8 count + 4 tag + 8 len → "ab" at 38
    def verdict(data: bytes) -> tuple[ErrorClass, str | None]:
        error = rejection(data)
        return error.error_class, error.clause

    assert verdict(named[:17] + b"\x07" + named[18:]) == (ErrorClass.INVALID_VALUE, "fzb.wire.bool")
    assert verdict(named[:38] + b"\xc3\x28" + named[40:]) == (ErrorClass.INVALID_UTF8, "fzb.wire.utf8")
    # the name's Option tag
    assert verdict(named[:40] + b"\x05" + named[41:]) == (ErrorClass.INVALID_VALUE, "fzb.wire.option")


def test_trailing_bytes_by_profile() -> None:
    data = GOOD + b"\x00junk"
    assert FORMAT.decode(data, "upstream") == FORMAT.decode(GOOD, "upstream")
    error = rejection(data, "strict")
    assert (error.error_class, error.clause) == (ErrorClass.TRAILING_DATA, "fzb.trailing.strict")
    assert FORMAT.canonical_view(data) == GOOD


def test_depth_limit_is_a_class_not_a_recursion_error() -> None:
    depth = 20_000  # deep enough for a RecursionError, small enough for the file size limit
    nested = ((5).to_bytes(4, "little") + (1).to_bytes(8, "little")) * depth + (4).to_bytes(4, "little")
    data = GOOD[:5] + bytes(8) + (1).to_bytes(8, "little") + nested + b"\x00" + bytes(8) + b"\x00\x00"
    for profile in ("upstream", "strict"):
        error = rejection(data, profile)
        assert (error.error_class, error.clause) == (ErrorClass.LIMIT_EXCEEDED, "fzb.limits.depth")


def test_supported_depth_reads_and_writes() -> None:
    value = V("Unit")
    for _ in range(62):  # chunk (1) → 63 Values: depth 64
        value = V("Tuple", [value])
    chunk = api.chunk([], [value])
    assert api.deserialize_chunk(api.serialize_chunk(chunk), "strict") == chunk
    with pytest.raises(FormatError) as caught:
        api.serialize_chunk(api.chunk([], [V("Tuple", [value])]))
    assert caught.value.error_class is ErrorClass.LIMIT_EXCEEDED


def test_encode_rejects_off_schema_models() -> None:
    model = FORMAT.decode(GOOD, "upstream")
    for broken in (
        {**model, "version": {"type": "u8", "value": "2"}},
        {"chunk": model["chunk"]},
        {**model, "chunk": {**model["chunk"], "spans": None}},
    ):
        with pytest.raises(FormatError) as caught:
            FORMAT.encode(broken, "upstream")
        assert caught.value.error_class is ErrorClass.INVALID_MODEL
    # a current model is not a b248970 document
    with pytest.raises(FormatError) as caught:
        FORMAT.encode(model, "legacy-b248970")
    assert caught.value.error_class is ErrorClass.INVALID_MODEL


def test_unknown_profile_is_unsupported() -> None:
    with pytest.raises(Unsupported):
        FORMAT.decode(GOOD, "lenient")


def test_model_schema_validates_decoded_models() -> None:
    import jsonschema

    jsonschema.validate(FORMAT.decode(GOOD, "upstream"), FORMAT.model_schema())
    legacy = reader.read_file(b"FZB\x01\x01" + bytes(16) + b"\x00", "legacy-b248970")
    assert legacy.chunk == {"instructions": [], "constants": [], "name": None}
    jsonschema.validate(
        FORMAT.decode(b"FZB\x01\x01" + bytes(16) + b"\x00", "legacy-b248970"), FORMAT.model_schema_for("legacy-b248970")
    )


def test_execute_is_delegated_to_the_vm() -> None:
    if importlib.util.find_spec("binfmt_conformance.reference_impl.fzb.vm") is None:
        with pytest.raises(Unsupported):
            FORMAT.operate("execute", "upstream", GOOD, {})
    else:
        result = FORMAT.operate("execute", "upstream", GOOD, {})
        assert isinstance(result, dict)
    with pytest.raises(FormatError):
        FORMAT.operate("execute", "upstream", b"FZB", {})

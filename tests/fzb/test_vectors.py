"""Byte vectors written out from research Part B (B1, B5), compared with what the writer produces."""

from __future__ import annotations

from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.fzb import api


def u64(n: int) -> bytes:
    return n.to_bytes(8, "little")


def test_magic_and_version_constants() -> None:
    assert api.FZB_MAGIC == bytes.fromhex("465A4201") == b"FZB\x01"
    assert api.FZB_VERSION == 1


def test_tui_worked_hex() -> None:
    """B5: `46 5A 42 01 | 01 | 04×u64 | [00000000 0000] [02000000 00] [00000000 0100] [20000000] | 02×u64 |
    [03000000 05×u64 "0.1.0"] [04000000] | 00 | 04×u64 + 64 zero bytes | 00 | 00`."""
    expected = (
        bytes.fromhex("465A4201")
        + b"\x01"
        + u64(4)
        + bytes.fromhex("00000000 0000")
        + bytes.fromhex("02000000 00")
        + bytes.fromhex("00000000 0100")
        + bytes.fromhex("20000000")
        + u64(2)
        + bytes.fromhex("03000000")
        + u64(5)
        + b"0.1.0"
        + bytes.fromhex("04000000")
        + b"\x00"
        + u64(4)
        + bytes(64)
        + b"\x00"
        + b"\x00"
    )
    chunk = api.chunk(
        [V("LoadConst", 0), V("StoreLocal", 0), V("LoadConst", 1), V("Return")], [V("Str", "0.1.0"), V("Unit")]
    )
    assert len(expected) == 138
    assert api.serialize_chunk(chunk) == expected
    assert api.deserialize_chunk(expected) == chunk


def test_hello_as_head_would_write_it() -> None:
    """B5 (derived): `465a4201 01 0200000000000000 00000000 0000 20000000 0100000000000000 03000000
    0c00000000000000 "Hello, FSRS!" 00 0200000000000000 <32 zero bytes> 00 00`, 98 bytes."""
    expected = (
        bytes.fromhex("465a4201 01 0200000000000000 00000000 0000 20000000 0100000000000000 030000000c00000000000000")
        + b"Hello, FSRS!"
        + bytes.fromhex("00 0200000000000000")
        + bytes(32)
        + bytes.fromhex("00 00")
    )
    chunk = api.chunk([V("LoadConst", 0), V("Return")], [V("Str", "Hello, FSRS!")])
    assert len(expected) == 98
    assert api.serialize_chunk(chunk) == expected


def test_hello_in_the_b248970_layout() -> None:
    """B5: the legacy file is `[LoadConst(0), Return(=30)]`, `[Str "Hello, FSRS!"]` (Str = 2), name None."""
    expected = (
        bytes.fromhex("465a4201 01")
        + u64(2)
        + bytes.fromhex("00000000 0000")
        + (30).to_bytes(4, "little")
        + u64(1)
        + (2).to_bytes(4, "little")
        + u64(12)
        + b"Hello, FSRS!"
        + b"\x00"
    )
    chunk = {"instructions": [V("LoadConst", 0), V("Return")], "constants": [V("Str", "Hello, FSRS!")], "name": None}
    assert len(expected) == 56
    assert api.serialize_chunk(chunk, "legacy-b248970") == expected


def test_b2_wire_widths() -> None:
    """B2/B3 payload widths: CallMethod(u16,u8) 3 bytes, CheckInt(i64) 8, CheckString 8+n, MakeClosure 3,
    Float 8 little-endian IEEE bytes, Cons struct fields in order."""
    chunk = api.chunk(
        [V("CallMethod", [0x0102, 0x03]), V("CheckInt", -2), V("CheckString", "é"), V("MakeClosure", [7, 1])],
        [V("Float", -0.0), V("Cons", {"head": V("Int", 1), "tail": V("Nil")})],
        spans=[],
    )
    body = api.serialize_chunk(chunk)[5:]
    assert body == (
        u64(4)
        + bytes.fromhex("1e000000 0201 03")
        + bytes.fromhex("08000000")
        + (-2).to_bytes(8, "little", signed=True)
        + bytes.fromhex("0a000000")
        + u64(2)
        + "é".encode()
        + bytes.fromhex("33000000 0700 01")
        + u64(2)
        + bytes.fromhex("01000000 0000000000000080")
        + bytes.fromhex("06000000 00000000 0100000000000000 07000000")
        + b"\x00"
        + u64(0)
        + b"\x00\x00"
    )


def test_the_corpus_encoder_numbers_variants_from_the_research_not_the_schema() -> None:
    """corpus/generators/fzb_wire.py encodes the valid cases; it must agree with the schema on every variant
    (if the schema renumbered one, reader and writer would agree with each other but not with these bytes)."""
    from binfmt_conformance.corpus.generators import fzb_wire
    from binfmt_conformance.formats.fzb import schema
    from binfmt_conformance.formats.types import Enum

    for generation, layout in schema.LAYOUTS.items():
        encoder = fzb_wire.Encoder(generation)
        for ref, table in ((layout.instruction, encoder.instructions), (layout.value, encoder.values)):
            enum = layout.space.resolve(ref)
            assert isinstance(enum, Enum)
            assert {v.name: i for i, v in enumerate(enum.variants)} == {n: i for n, (i, _) in table.items()}

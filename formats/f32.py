"""f32 values in Python floats, bit for bit, signaling NaNs included.

A Python float is an f64. struct's "f" format converts through the C library, which is exact for every f32
but a *signaling* NaN: the hardware conversion quiets it (sets the payload's top bit, bit 22), so a file's
bits would not survive a read and a write. These two functions carry a NaN across by hand: the f32 NaN with
sign s and payload m is the f64 NaN with sign s and payload m << 29 (its quiet bit as it was), and back;
every other value goes through struct as before.
"""

from __future__ import annotations

import struct

PAYLOAD_SHIFT = 52 - 23  # an f32 payload in the top bits of an f64 payload
F32_PAYLOAD = (1 << 23) - 1
F64_PAYLOAD = (1 << 52) - 1
F64_NAN_EXPONENT = 0x7FF << 52
F32_NAN_EXPONENT = 0xFF << 23


def from_bytes(raw: bytes, order: str = "<") -> float:
    """The f32 of four bytes (`order` "<" little-endian, ">" big-endian) as a float, NaN bits kept."""
    if len(raw) != 4:
        raise struct.error(f"an f32 is 4 bytes, not {len(raw)}")
    bits = int.from_bytes(raw, "little" if order == "<" else "big")
    if bits & F32_NAN_EXPONENT == F32_NAN_EXPONENT and bits & F32_PAYLOAD:
        wide = (bits >> 31) << 63 | F64_NAN_EXPONENT | (bits & F32_PAYLOAD) << PAYLOAD_SHIFT
        return struct.unpack("<d", wide.to_bytes(8, "little"))[0]
    return struct.unpack(order + "f", raw)[0]


def to_bytes(value: float, order: str = "<") -> bytes:
    """The four bytes of an f32 value; a NaN whose payload an f32 holds keeps its bits (OverflowError past
    the largest f32, as struct raises)."""
    if value != value:
        (wide,) = struct.unpack("<Q", struct.pack("<d", value))
        payload = wide & F64_PAYLOAD
        if payload >> PAYLOAD_SHIFT and not payload & ((1 << PAYLOAD_SHIFT) - 1):
            bits = (wide >> 63) << 31 | F32_NAN_EXPONENT | payload >> PAYLOAD_SHIFT
            return bits.to_bytes(4, "little" if order == "<" else "big")
    return struct.pack(order + "f", value)


LITTLE = struct.Struct("<f")


def unpack_from(data: bytes, offset: int = 0) -> tuple[float]:
    """`struct.Struct("<f").unpack_from` (its errors too) with NaN bits kept."""
    (value,) = LITTLE.unpack_from(data, offset)
    return (value,) if value == value else (from_bytes(data[offset : offset + 4]),)

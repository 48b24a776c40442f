"""f32 values bit for bit (formats/f32.py): signaling NaNs survive a read and a write, through the codecs, the
compiled postcard decoder and the document model.

The expected bits are worked out here from IEEE 754's layout with integer arithmetic alone (sign, 8-bit
exponent, 23-bit payload; a NaN's f64 form carries the payload in its top 23 bits), never through struct's "f",
which quiets a signaling NaN (the bug these tests keep out).
"""

from __future__ import annotations

import math
import struct

from hypothesis import given
from hypothesis import strategies as st

from binfmt_conformance.formats import f32
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.model import from_model, to_model
from binfmt_conformance.formats.wire import postcard, postcard_compiled
from binfmt_conformance.fuzz import harness
from binfmt_conformance.reference_impl.rzb import FORMAT as RZB

SIGNALING = 0xFFBFF901  # sign 1, exponent all ones, payload 0x3ff901: bit 22 (quiet) clear
NAN_BITS = st.builds(
    lambda sign, payload: sign << 31 | 0xFF << 23 | payload, st.integers(0, 1), st.integers(1, 2**23 - 1)
)


def f64_bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


@given(NAN_BITS)
def test_a_nan_keeps_its_sign_and_payload_in_the_double_and_back(bits: int) -> None:
    value = f32.from_bytes(bits.to_bytes(4, "little"))
    wide = f64_bits(value)
    assert math.isnan(value)
    assert (wide >> 63, (wide >> 52) & 0x7FF, wide & (2**52 - 1)) == (bits >> 31, 0x7FF, (bits & (2**23 - 1)) << 29)
    assert f32.to_bytes(value) == bits.to_bytes(4, "little")
    assert f32.to_bytes(value, ">") == bits.to_bytes(4, "big")
    assert f64_bits(f32.from_bytes(bits.to_bytes(4, "big"), ">")) == wide


@given(st.integers(0, 2**32 - 1))
def test_every_f32_reads_and_writes_back_to_its_bits(bits: int) -> None:
    raw = bits.to_bytes(4, "little")
    assert f32.to_bytes(f32.from_bytes(raw)) == raw
    assert f64_bits(f32.unpack_from(b"\x00" + raw, 1)[0]) == f64_bits(f32.from_bytes(raw))


def test_struct_quiets_a_signaling_nan_and_f32_does_not() -> None:
    raw = SIGNALING.to_bytes(4, "little")
    assert struct.pack("<f", struct.unpack("<f", raw)[0]) != raw  # the conversion this module works around
    assert f32.to_bytes(f32.from_bytes(raw)) == raw


def test_the_postcard_codec_and_the_compiled_decoder_keep_a_signaling_nan() -> None:
    space = t.TypeSpace()
    raw = SIGNALING.to_bytes(4, "little")
    codec = postcard.codec(space, t.F32)
    value = codec.parse(raw)
    assert codec.build(value) == raw
    compiled = postcard_compiled.decoder(space, t.F32, max_depth=8, max_items=8)
    decoded, end = compiled(raw)
    assert end == 4 and f32.to_bytes(decoded) == raw


def test_the_document_model_spells_a_signaling_nan_with_its_bits() -> None:
    space = t.TypeSpace()
    value = f32.from_bytes(SIGNALING.to_bytes(4, "little"))
    model = to_model(space, t.F32, value)
    assert model == {"type": "f32", "value": "nan", "bits": f"{SIGNALING:08x}"}
    assert f32.to_bytes(from_model(space, t.F32, model)) == SIGNALING.to_bytes(4, "little")


def test_the_rzb_bundle_the_campaign_found_re_encodes_canonically_under_strict() -> None:
    """fuzz/CAMPAIGNS.md, the rzb run of 2026-12-04: a bundle whose constant pool holds the f32 0xffbff901."""
    bundle = bytes.fromhex(
        "525a424601000000046d61696e046d61696e0100010001046d61696e000001046d61696e0b7372632f6d61696e2e6878010000"
        "e807046d61696e00000000000000010000000700000d0100000000f8ff7f00010d000000000000008000020d000700000000f07f"
        "00030d310000000000f0ff00040da70000000000000000050c01f9bfff00060c000001800300000000000000000000000100000201"
        "0000000000000000000000000000000000000003342e330000000100000000000005302e312e30dcd6fccd060761617263683634"
        "010b7372632f6d61696e2e6878"
    )
    model = RZB.decode(bundle, "strict")
    harness.check_strict_canonical(RZB, model, bundle)  # raised AssertionError before formats/f32.py
    assert RZB.encode(model, "strict") == bundle

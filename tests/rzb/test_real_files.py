"""The real `.rzb` files: each decodes using every byte under exactly the generations PROVENANCE.md states,
round-trips (same container, same decompressed payload), and the one of commit 18b3126 is rejected."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import zstandard

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.reference_impl.registry import get_format
from binfmt_conformance.reference_impl.rzb import reader, writer

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "rzb" / "real-world"

# Stated by PROVENANCE.md and research A6 (not computed by the reader): file → (generations, payload sha256).
EXPECTED = {
    "fibonacci": (["S4", "S5"], "1719c4190322bbdfedc981412db50a7d2e4a6c2d2b0d2b389979994d2819f14c"),
    "mandelbrot": (["S5"], "b4aa0745e20184e9b34e62d8d0cfb481714db13ec5ab643cabe151c60aab5283"),
    "nbody": (["S5"], "0db45c9d1a0c26a66af073ed33e81b8208ac7b47478e41a24d85e152043704af"),
    "deltablue": (["S5"], "ae3abd055f7ea1038b553dcbabdd3fafb164fec4b3e4d658a4ffc9d6839aff05"),
    "mandelbrot-s2": (["S2", "S3"], None),
    "nbody-s2": (["S2", "S3"], None),
    "history/2026-01-24_126bb80_arithmetic": (["S0"], None),
    "history/2026-02-09_c9d9f09_mandelbrot": (["S1"], None),
    "history/2026-03-13_08be35d_mandelbrot": (["S4"], None),
    "history/2026-03-16_c2b0ce6_deltablue": (["S4"], None),
}
UNDECODABLE = "history/2026-01-20_18b3126_arithmetic"


def payload_of(data: bytes) -> bytes:
    """Decompressed with python-zstandard directly (the reader's zstd path is not used here)."""
    if data[:4] != b"\x28\xb5\x2f\xfd":
        return data
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_generations_and_round_trip(stem: str) -> None:
    data = (CORPUS / f"{stem}.rzb").read_bytes()
    generations, payload_sha = EXPECTED[stem]
    decoded = reader.read_bundle(data, "auto")
    assert decoded.generations == generations
    assert decoded.end == len(decoded.payload) == len(payload_of(data))
    if payload_sha:
        assert hashlib.sha256(decoded.payload).hexdigest() == payload_sha
    for generation in generations:
        one = reader.read_bundle(data, generation.lower())
        assert one.generations == [generation]
        assert writer.encode_payload(one.value, generation) == payload_of(data)
    for generation in {"S0", "S1", "S2", "S3", "S4", "S5", "S6"} - set(generations):
        with pytest.raises(FormatError):
            reader.read_bundle(data, generation.lower())
    rzb = get_format("rzb")
    again = rzb.encode(rzb.decode(data, "auto"), "auto")
    assert rzb.canonical_view(again) == rzb.canonical_view(data)
    assert payload_of(again) == payload_of(data)


def test_undecodable_first_bundle_commit() -> None:
    data = (CORPUS / f"{UNDECODABLE}.rzb").read_bytes()
    for profile in ("auto", "strict", "s0", "s6"):
        with pytest.raises(FormatError) as caught:
            reader.read_bundle(data, profile)
        assert caught.value.error_class is ErrorClass.UNKNOWN_VARIANT
    with pytest.raises(FormatError) as caught:
        reader.read_bundle(data, "auto")
    assert caught.value.clause == "rzb.generation.none"
    summary = caught.value.message.partition("); ")[0]
    # Every generation, each on its own (a named profile), fails with unknown_variant at byte 775 ...
    for generation in schema.GENERATIONS:
        with pytest.raises(FormatError) as caught_one:
            reader.read_bundle(data, generation.lower())
        assert (caught_one.value.error_class, caught_one.value.offset) == (ErrorClass.UNKNOWN_VARIANT, 775)
    # ... and detection's message gives each the offset where it failed.
    for generation in schema.GENERATIONS:
        assert re.search(rf"\b{generation}: \S+ at byte 775\b", summary), (generation, summary)


def test_worked_example_bytes() -> None:
    """Research A2's first bytes of fibonacci.rzb, decoded."""
    payload = payload_of((CORPUS / "fibonacci.rzb").read_bytes())
    head = bytes.fromhex("525a4246010100000a") + b"benchmarks" + b"\x04main" + bytes.fromhex("01000103")
    assert payload.startswith(head)
    bundle = reader.read_bundle(payload_of((CORPUS / "fibonacci.rzb").read_bytes()), "s5").value
    assert bundle["entry_function_id"] == 3 and bundle["entry_module_index"] == 0
    assert bundle["module_table"] == [{"name": "benchmarks", "offset": 0, "size": 0}]
    assert bundle["build_info"]["build_timestamp"] == 1774136156
    assert bundle["build_info"]["target_platform"] == "aarch64"
    assert bundle["symbols"] is None
    functions = bundle["modules"][0]["functions"]
    assert len(functions) == 7 and functions[0][0] == 2 and functions[0][1]["symbol_id"] == 2134

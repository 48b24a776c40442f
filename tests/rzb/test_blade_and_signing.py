"""`.blade` / `.bsym` through the reference reader, and the signed-bundle proposal (sign, verify, tamper)."""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest

from binfmt_conformance.corpus.generators import rzb_blade
from binfmt_conformance.corpus.generators import rzb_build as build
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.reference_impl.rzb import cli, reader, signing, writer


@pytest.mark.parametrize("generation", list(schema.BLADE_LAYOUTS))
def test_every_blade_generation_reads_back(generation: str) -> None:
    value = rzb_blade.blade_value(generation)
    data = writer.encode_payload(value, generation, reader.BLADE)
    decoded = reader.read_blade(data, "auto")
    assert generation in decoded.generations
    assert writer.encode_payload(decoded.value, decoded.generation, reader.BLADE) == data


def test_blade_checks() -> None:
    data = writer.encode_payload(rzb_blade.blade_value("v2d/S6"), "v2d/S6", reader.BLADE)
    assert reader.read_blade(data, "s6").generations == ["v2d/S6"]
    with pytest.raises(FormatError) as caught:
        reader.read_blade(b"BLAX" + data[4:], "s6")
    assert (caught.value.error_class, caught.value.clause) == (ErrorClass.BAD_MAGIC, "rzb.blade.magic")
    with pytest.raises(FormatError) as caught:
        reader.read_blade(data, "newer-loader")  # v3 only: the v2d body does not decode
    assert caught.value.error_class is ErrorClass.DECOMPRESSION_FAILED


@pytest.mark.parametrize("generation", list(schema.SYMBOL_GENERATIONS))
def test_symbol_manifests(generation: str) -> None:
    data = writer.encode_payload(rzb_blade.symbol_value(generation), generation, reader.SYMBOLS)
    assert reader.read_symbols(data, "auto").generations == [generation]


def test_sign_verify_and_tamper(tmp_path: Path) -> None:
    seed = bytes(range(32))
    bundle = writer.write_bytes(build.bundle(compressed=True), "S6", "Zstd")
    envelope = signing.sign(bundle, seed)
    public = bytes(nacl.signing.SigningKey(seed).verify_key)
    nacl.signing.VerifyKey(public).verify(schema.SIGNED_CONTEXT + envelope[:43] + bundle, envelope[43:107])
    assert signing.verify(envelope, public) == (public, bundle)
    for at in (12, 60, 107, len(envelope) - 1):
        tampered = bytearray(envelope)
        tampered[at] ^= 0x80
        with pytest.raises(FormatError) as caught:
            signing.verify(bytes(tampered))
        assert caught.value.error_class is ErrorClass.CHECKSUM_MISMATCH
    key_file, public_file = tmp_path / "key", tmp_path / "key.pub"
    key_file.write_text(seed.hex())
    public_file.write_text(public.hex())
    (tmp_path / "app.rzb").write_bytes(bundle)
    assert cli.main(["sign", str(tmp_path / "app.rzb"), "--key", str(key_file), "-o", str(tmp_path / "s.rzbs")]) == 0
    assert (tmp_path / "s.rzbs").read_bytes() == envelope  # Ed25519 signatures are deterministic
    assert cli.main(["verify", str(tmp_path / "s.rzbs"), "--key", str(public_file)]) == 0

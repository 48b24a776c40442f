"""The signed-bundle proposal's corpus (operation `verify`): envelopes built here byte by byte from the spec's
layout and signed with pynacl directly, one that verifies and tampered ones that must all be rejected."""

from __future__ import annotations

from collections.abc import Iterator

import nacl.signing

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.corpus.generators import rzb_build as build
from binfmt_conformance.corpus.generators import rzb_oracle as oracle
from binfmt_conformance.corpus.generators.rzb import zstd

SEED = bytes(range(32))  # a published test key: these files prove layout, not identity
OTHER_SEED = bytes(range(32, 64))
CONTEXT = b"rayzor-signed-bundle-v1\x00"
CLAUSES = ["rzb.signed.layout", "rzb.signed.verify", "rzb.signed.proposal"]


def envelope(bundle: bytes, seed: bytes = SEED, version: int = 1, algorithm: int = 1) -> bytes:
    key = nacl.signing.SigningKey(seed)
    head = b"RZBS" + b"\xff" * 5 + bytes([version, algorithm]) + bytes(key.verify_key)
    return head + key.sign(CONTEXT + head + bundle).signature + bundle


def public_key(seed: bytes) -> str:
    return bytes(nacl.signing.SigningKey(seed).verify_key).hex()


def verify_case(path: str, description: str, data: bytes, expect: Expect, clauses: list[str], key: str | None = None):
    options = {"key": key} if key else {}
    cls = "valid" if expect.outcome == "accept" else "malformed"
    return GeneratedCase(cls, f"signed/{path}", description, CLAUSES + clauses, data, expect, operation="verify",
                         options=options)  # fmt: skip


def generate() -> Iterator[GeneratedCase]:
    bundle = zstd(build.encode(build.bundle(compressed=True)))
    good = envelope(bundle)
    inner = oracle.outcomes(bundle)  # the bundle inside decodes as the profile says
    by_profile = {
        p: Expect("accept", {"signer": public_key(SEED), "bundle": e.model}) if e.outcome == "accept" else e
        for p, e in inner.items()
    }
    for path, description, key in (
        ("ok", "a zstd bundle in an envelope signed by the test key", None),
        ("ok-trusted-key", "the same, checked against the signer's public key", public_key(SEED)),
    ):
        clauses = [*CLAUSES, "rzb.signed.key", "rzb.container.sniff"]  # the bundle inside is a zstd file
        yield GeneratedCase("valid", f"signed/{path}", description, clauses, good,
                            by_profile["auto"], {p: e for p, e in by_profile.items() if p != "auto"},
                            operation="verify", options={"key": key} if key else {})  # fmt: skip
    reject = Expect("reject", errors=("checksum_mismatch",))
    yield verify_case("other-key", "a good signature by a key the caller does not trust", good, reject,
                      ["rzb.signed.key"], public_key(OTHER_SEED))  # fmt: skip
    offsets = {"magic": 0, "guard": 5, "public-key": 12, "signature": 50, "bundle-first": 107, "bundle-last": -1}
    for name, at in offsets.items():
        tampered = bytearray(good)
        tampered[at] ^= 0x01
        error = "bad_magic" if name in ("magic", "guard") else "checksum_mismatch"
        yield verify_case(f"tampered-{name}", f"one bit of the {name.replace('-', ' ')} flipped", bytes(tampered),
                          Expect("reject", errors=(error,)), [])  # fmt: skip
    yield verify_case("appended", "a byte appended to the signed bundle", good + b"\x00", reject, [])
    yield verify_case("cut", "the last byte of the signed bundle removed", good[:-1], reject, [])
    swapped = envelope(zstd(build.encode(build.bundle([]))))
    yield verify_case("signature-of-another-bundle", "the signature of another bundle over this one",
                      good[:43] + swapped[43:107] + good[107:], reject, [])  # fmt: skip
    truncated = Expect("reject", errors=("truncated",))
    yield verify_case("header-only", "the envelope header cut short", good[:60], truncated, [])
    yield verify_case("version-2", "envelope version 2", envelope(bundle, version=2),
                      Expect("reject", errors=("unsupported_version",)), ["rzb.signed.version"])  # fmt: skip
    yield verify_case("algorithm-2", "algorithm 2 (undefined)", envelope(bundle, algorithm=2),
                      Expect("reject", errors=("invalid_header",)), ["rzb.signed.algorithm"])  # fmt: skip
    # What a reader without the proposal does with an envelope: rejects it cleanly (rzb.signed.old-readers).
    yield GeneratedCase("impl-defined", "signed/old-reader", "a signed envelope handed to a bundle reader",
                        ["rzb.signed.old-readers", "rzb.order.pinned", "rzb.order.newer"], good,
                        by_profile=oracle.outcomes(good))  # fmt: skip

"""The signed-bundle proposal (spec/formats/rzb.md, "Signed bundles"; beyond upstream): an envelope of
`SIGNED_HEADER` then the `.rzb` file's bytes unchanged, signed with Ed25519 through pynacl."""

from __future__ import annotations

import nacl.exceptions
import nacl.signing

from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.rzb.checks import SIGNED_CHECKS
from binfmt_conformance.reference_impl.rzb import reader


def signed_message(header_part: bytes, bundle: bytes) -> bytes:
    return schema.SIGNED_CONTEXT + header_part + bundle


def sign(bundle: bytes, seed: bytes) -> bytes:
    """The envelope of a `.rzb` file's bytes, signed with the Ed25519 key of this 32-byte seed."""
    key = nacl.signing.SigningKey(seed)
    header = {
        "envelope_version": schema.SIGNED_VERSION,
        "algorithm": schema.ED25519,
        "public_key": bytes(key.verify_key),
        "signature": bytes(64),
    }
    part = schema.SIGNED_HEADER.build(header)[: schema.SIGNED_SIGNED_PART]
    signature = key.sign(signed_message(part, bundle)).signature
    return schema.SIGNED_HEADER.build({**header, "signature": signature}) + bundle


def verify(data: bytes, trusted_key: bytes | None = None) -> tuple[bytes, bytes]:
    """(public key, bundle bytes) of an envelope whose signature verifies (and, given `trusted_key`, whose
    signer is that key); the bundle itself is not decoded here."""
    checks = SIGNED_CHECKS
    header = checks.parse_header(schema.SIGNED_HEADER, data)
    checks.require("header.version", header.envelope_version == schema.SIGNED_VERSION, "unknown envelope version")
    checks.require("header.algorithm", header.algorithm == schema.ED25519, f"algorithm {header.algorithm}")
    if trusted_key is not None:
        checks.require("signature.key", header.public_key == trusted_key, "signed by another key")
    bundle = data[schema.SIGNED_HEADER.sizeof() :]
    try:
        verify_key = nacl.signing.VerifyKey(header.public_key)
        verify_key.verify(signed_message(data[: schema.SIGNED_SIGNED_PART], bundle), header.signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError) as error:
        checks.fail("signature.valid", f"Ed25519 signature does not verify: {error}")
    return header.public_key, bundle


def verify_and_load(data: bytes, trusted_key: bytes | None = None, profile: str = "auto") -> reader.Decoded:
    return reader.read_bundle(verify(data, trusted_key)[1], profile)

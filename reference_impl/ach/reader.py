"""Reading `.ach` files, check by check in the order achronyme-env's `restore_environment` makes them.

Every check is a row of `formats.ach.checks.CHECKS` (clause, error class, profiles). The container is parsed
once through the schema's constructs (`HEADER`, then `FILE_UNVERIFIED`, whose checksum the reader compares),
the body through the MessagePack codec derived from the type tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import construct as c

from binfmt_conformance.formats.ach import limits, schema
from binfmt_conformance.formats.ach.checks import CHECKS
from binfmt_conformance.formats.ach.profiles import PROFILES
from binfmt_conformance.formats.wire import msgpack_c, msgpack_rmp, zstd_frames
from binfmt_conformance.formats.wire.codec import parse_prefix

BODY_CODECS = {
    name: msgpack_rmp.codec(schema.space, schema.BODY, lenient=p.lenient_encoding, max_depth=limits.MAX_NESTING)
    for name, p in PROFILES.items()
}
# The same reading through the C library, where it can vouch for the result (see formats.wire.msgpack_c).
FAST_BODY_READERS = {
    name: msgpack_c.Reader(schema.space, schema.BODY, lenient=p.lenient_encoding, max_depth=limits.MAX_NESTING)
    for name, p in PROFILES.items()
}
KNOWN_FLAGS = schema.FLAG_COMPRESSED
MAX_INPUT = limits.MAX_BODY_SIZE + schema.MIN_FILE_SIZE


@dataclass
class AchFile:
    header: c.Container
    body: dict[str, Any]
    payload: bytes  # the MessagePack bytes after decompression
    checksum_ok: bool


def read_header(data: bytes, profile: str, *, check_version: bool = True) -> c.Container:
    header = CHECKS.parse_header(schema.HEADER, data)
    CHECKS.require(
        "header.compression",
        header.compression <= schema.COMPRESSION_ZSTD,
        f"compression byte {header.compression} is neither 0 nor 1",
    )
    CHECKS.require(
        "header.version",
        not check_version or header.version_major <= schema.FORMAT_VERSION_MAJOR,
        f"major version {header.version_major} is newer than {schema.FORMAT_VERSION_MAJOR}",
    )
    CHECKS.require(
        "header.version-strict",
        header.version_major == schema.FORMAT_VERSION_MAJOR,
        f"major version {header.version_major} (strict reads only {schema.FORMAT_VERSION_MAJOR})",
        profile,
    )
    CHECKS.require("header.flags", header.flags & ~KNOWN_FLAGS == 0, f"flags {header.flags:#x} set other bits", profile)
    CHECKS.require(
        "header.compression-agrees",
        bool(header.flags & schema.FLAG_COMPRESSED) == (header.compression == schema.COMPRESSION_ZSTD),
        f"flags bit 0 ({header.flags & 1}) and compression byte ({header.compression}) disagree",
        profile,
    )
    CHECKS.require("header.reserved", header.reserved == bytes(len(header.reserved)), "reserved bytes", profile)
    return header


def read_container(data: bytes) -> c.Container:
    """Header, stored body and stored checksum, through the schema's file layout (checksum not verified)."""
    return CHECKS.parse(schema.FILE_UNVERIFIED, data, {c.ConstructError: "checksum.present"})


def read_file(
    data: bytes,
    profile: str = "upstream",
    *,
    verify_checksum: bool = True,
    check_version: bool = True,
    fast_path: bool = True,
) -> AchFile:
    """`fast_path=False` reads the body with the exact codec only (the tests compare the two)."""
    CHECKS.require("limits.size", len(data) <= MAX_INPUT, f"file larger than {MAX_INPUT} bytes")
    header = read_header(data, profile, check_version=check_version)
    CHECKS.require(
        "checksum.present",
        len(data) >= schema.MIN_FILE_SIZE,
        f"{len(data) - schema.HEADER_SIZE} bytes after the header cannot hold the checksum",
    )
    container = read_container(data)
    checksum_ok = schema.body_checksum(container.body) == container.checksum
    CHECKS.require(
        "checksum.verify",
        checksum_ok or not verify_checksum,
        "SHA-256 of the body does not match the stored checksum",
        profile,
    )
    budget = msgpack_rmp.ItemBudget(
        len(data), limits.MAX_ITEMS_FLOOR, limits.MAX_ITEMS_PER_FILE_BYTE, CHECKS.clause("wire.items")
    )
    with CHECKS.wire():
        payload = container.body
        if header.flags & schema.FLAG_COMPRESSED:
            payload = zstd_frames.decompress(container.body, limits.MAX_BODY_SIZE)
        fast = FAST_BODY_READERS[profile].decode(payload, budget.total) if fast_path else None
        body, consumed = fast or parse_prefix(BODY_CODECS[profile], payload, **budget.context())
    CHECKS.require(
        "body.trailing", consumed == len(payload), f"{len(payload) - consumed} bytes follow the body", profile
    )
    if profile == "strict":
        check_metadata(body, profile)
    return AchFile(header, body, payload, checksum_ok)


def check_metadata(body: dict[str, Any], profile: str) -> None:
    """What save_environment always writes and upstream never checks on read."""
    metadata = body["metadata"]
    names = [name for name, _ in body["bindings"]]
    CHECKS.require(
        "metadata.num-bindings",
        metadata["num_bindings"] == len(names),
        f"num_bindings {metadata['num_bindings']} but {len(names)} bindings",
        profile,
    )
    CHECKS.require(
        "metadata.binding-names",
        metadata["binding_names"] == sorted(names, key=lambda n: n.encode()),
        "binding_names is not the sorted list of binding names",
        profile,
    )

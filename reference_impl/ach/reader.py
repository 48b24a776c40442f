"""Reading `.ach` files, check by check in the order achronyme-env's `restore_environment` makes them.

Each check names the spec clause it enforces (spec/formats/ach.md). Profiles: `upstream` accepts what
achronyme-env 0.x accepts; `strict` is the kit's own verifier and rejects everything the spec forbids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import construct as c

from formats.ach import schema
from formats.errors import ErrorClass
from formats.wire import msgpack_rmp, zstd_frames
from formats.wire.codec import parse_prefix
from reference_impl.registry import require, require_header

PROFILES = ("upstream", "strict")
BODY_CODECS = {
    profile: msgpack_rmp.codec(schema.space, schema.BODY, lenient=profile == "upstream", max_depth=schema.MAX_NESTING)
    for profile in PROFILES
}
KNOWN_FLAGS = schema.FLAG_COMPRESSED


@dataclass
class AchFile:
    header: c.Container
    body: dict[str, Any]
    payload: bytes  # the MessagePack bytes after decompression
    checksum_ok: bool


def read_header(data: bytes, profile: str, *, check_version: bool = True) -> c.Container:
    require_header(data, schema.HEADER_SIZE, schema.MAGIC, "ach")
    header = schema.HEADER.parse(data[: schema.HEADER_SIZE])
    require(
        header.compression <= schema.COMPRESSION_ZSTD,
        ErrorClass.INVALID_HEADER,
        f"compression byte {header.compression} is neither 0 nor 1",
        "ach.header.compression",
    )
    require(
        not check_version or header.version_major <= schema.FORMAT_VERSION_MAJOR,
        ErrorClass.UNSUPPORTED_VERSION,
        f"major version {header.version_major} is newer than {schema.FORMAT_VERSION_MAJOR}",
        "ach.header.version",
    )
    if profile == "strict":
        require(
            header.version_major == schema.FORMAT_VERSION_MAJOR,
            ErrorClass.UNSUPPORTED_VERSION,
            f"major version {header.version_major} (strict reads only {schema.FORMAT_VERSION_MAJOR})",
            "ach.header.version-strict",
        )
        require(
            header.flags & ~KNOWN_FLAGS == 0,
            ErrorClass.INVALID_HEADER,
            f"flags {header.flags:#x} set bits other than COMPRESSED",
            "ach.header.flags-reserved",
        )
        require(
            bool(header.flags & schema.FLAG_COMPRESSED) == (header.compression == schema.COMPRESSION_ZSTD),
            ErrorClass.INVALID_HEADER,
            f"flags bit 0 ({header.flags & 1}) and compression byte ({header.compression}) disagree",
            "ach.header.compression-agrees",
        )
        require(
            header.reserved == bytes(27),
            ErrorClass.INVALID_HEADER,
            "reserved bytes are not zero",
            "ach.header.reserved",
        )
    return header


def read_file(
    data: bytes, profile: str = "upstream", *, verify_checksum: bool = True, check_version: bool = True
) -> AchFile:
    header = read_header(data, profile, check_version=check_version)
    require(
        len(data) >= schema.MIN_FILE_SIZE,
        ErrorClass.TRUNCATED,
        f"{len(data) - schema.HEADER_SIZE} bytes after the header cannot hold the 32-byte checksum",
        "ach.checksum.present",
    )
    checksum_ok = checksum_matches(data)
    require(
        checksum_ok or not verify_checksum,
        ErrorClass.CHECKSUM_MISMATCH,
        "SHA-256 of the body does not match the stored checksum",
        "ach.checksum.verify",
    )
    stored_body = data[schema.HEADER_SIZE : -schema.CHECKSUM_SIZE]
    payload = stored_body
    if header.flags & schema.FLAG_COMPRESSED:
        payload = zstd_frames.decompress(stored_body, schema.MAX_BODY_SIZE)
    budget = msgpack_rmp.ItemBudget(
        len(data), schema.MAX_ITEMS_FLOOR, schema.MAX_ITEMS_PER_FILE_BYTE, "ach.limits.items"
    )
    body, consumed = parse_prefix(BODY_CODECS[profile], payload, **budget.context())
    if profile == "strict":
        require(
            consumed == len(payload),
            ErrorClass.TRAILING_DATA,
            f"{len(payload) - consumed} bytes follow the MessagePack body",
            "ach.body.trailing",
        )
        check_metadata(body)
    return AchFile(header, body, payload, checksum_ok)


def checksum_matches(data: bytes) -> bool:
    """The schema's Checksum field decides: parsing the whole file raises ChecksumError on a mismatch."""
    try:
        schema.FILE.parse(data)
    except c.ChecksumError:
        return False
    return True


def check_metadata(body: dict[str, Any]) -> None:
    """What save_environment always writes and upstream never checks on read (strict only)."""
    metadata = body["metadata"]
    names = [name for name, _ in body["bindings"]]
    require(
        metadata["num_bindings"] == len(names),
        ErrorClass.INVALID_VALUE,
        f"num_bindings {metadata['num_bindings']} but {len(names)} bindings",
        "ach.metadata.num-bindings",
    )
    require(
        metadata["binding_names"] == sorted(names, key=lambda n: n.encode()),
        ErrorClass.INVALID_VALUE,
        "binding_names is not the sorted list of binding names",
        "ach.metadata.binding-names",
    )

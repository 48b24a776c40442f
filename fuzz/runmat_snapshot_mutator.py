"""A structure-aware libFuzzer mutator for RunMat snapshots: mutations that get past the framing.

A byte mutator almost never keeps H, `data_offset`, `compressed_size`, the LZ4 `original_size`, the
decompressed size and the SHA-256 consistent, so the reader would stop at the container. This mutator reads a
file into its header value and decompressed body (the reference reader's header decoder and decompressor,
under `upstream`), mutates one of them — the body's bincode bytes, a bincode length or variant index inside
them, or a header field (release, version, algorithm, checksum, data_offset 0, parameters) — then compresses
the body again as the header says and writes the container anew (`writer.assemble`: compressed_size, the
compressed_size parameter, data_offset = 4 + H, SHA-256), setting `original_size` and `uncompressed_size` to
the body's length. A few outputs keep a broken size, offset or checksum on purpose, so those paths stay
covered. `mutate` never raises, whatever the input bytes.
"""

from __future__ import annotations

import copy
import random
import struct
from collections.abc import Callable
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.reference_impl.runmat_snapshot import reader, writer

ByteMutator = Callable[[bytes, int], bytes]
PAYLOAD_LIMIT = 1 << 20  # bodies decompressed for mutation (bigger ones are mutated as opaque bytes)
BREAK_ODDS = 0.05  # how often one repaired field is left broken
RELEASES = ("0.2.8", "0.4.1", "0.4.5", "0.5.0", "0.5.2", "0.5.3", "0.5.6", "0.6.0", "x")
ALGORITHMS = (
    t.Variant("None"),
    t.Variant("Lz4", {"fast": True}),
    t.Variant("Lz4", {"fast": False}),
    t.Variant("Zstd", {"dictionary": None}),
)


def split(data: bytes) -> tuple[dict[str, Any], str, bytes]:
    """(header value, magic name, decompressed body) of a file whose container reads."""
    header, _length, _used, magic = reader.read_header(data)
    parsed = reader.read_file(data, "upstream", body_schema=schema.RAW)
    if len(parsed.body_bytes) > PAYLOAD_LIMIT:
        raise ValueError("body too large to mutate structurally")
    return header, magic, parsed.body_bytes


def mutate_body(body: bytes, rng: random.Random, byte_mutator: ByteMutator, max_size: int) -> bytes:
    choice = rng.random()
    if choice < 0.5 or len(body) < 8:
        return byte_mutator(body, max(max_size, len(body) + 64))
    position = rng.randrange(len(body) - 7)
    if choice < 0.75:  # a u64 length or count: small, large, or off by one
        (old,) = struct.unpack_from("<Q", body, position)
        new = rng.choice((0, 1, old + 1, max(old - 1, 0), 1 << 20, (1 << 64) - 1))
        return body[:position] + struct.pack("<Q", new) + body[position + 8 :]
    new_index = rng.choice((0, 1, 2, 90, 124, 125, 126, 0xFFFFFFFF))  # a u32 variant index near enum ends
    return body[:position] + struct.pack("<I", new_index) + body[position + 4 :]


def mutate_header(header: dict[str, Any], magic: str, rng: random.Random) -> tuple[dict[str, Any], str]:
    header = copy.deepcopy(header)
    info = header["data_info"]
    choice = rng.randrange(8)
    if choice == 0:
        header["metadata"]["runmat_version"] = rng.choice(RELEASES)
    elif choice == 1:
        header["version"] = rng.choice((0, 1, 2, 3, 0xFFFFFFFF))
    elif choice == 2:
        info["compression"]["algorithm"] = rng.choice(ALGORITHMS)
        info["compression"]["level"] = rng.choice((0, 1, 3, 6, 9))
    elif choice == 3:
        has = header["checksum_info"] is not None
        header["checksum_info"] = None if has else {"algorithm": t.Variant("Sha256"), "size": 32, "offset": 0}
    elif choice == 4:
        info["data_offset"] = 0
    elif choice == 5:
        info["compression"]["parameters"] = list(reversed(info["compression"]["parameters"]))
    elif choice == 6:
        magic = "rustmat" if magic == "runmat" else "runmat"
        header["magic"] = schema.MAGICS[magic]
    else:
        header["metadata"]["created_at"]["nanos_since_epoch"] = rng.choice((0, 999_999_999, 1_000_000_000))
    return header, magic


def rebuild(header: dict[str, Any], magic: str, body: bytes, rng: random.Random) -> bytes:
    info = header["data_info"]
    algorithm = info["compression"]["algorithm"]
    payload = writer.compress(body, algorithm, info["compression"]["level"] or 3)
    if algorithm.name == "None":
        info["compression"]["parameters"] = []
    else:
        info["compression"]["parameters"] = [("original_size", str(len(body))), ("compressed_size", "0")]
    info["uncompressed_size"] = len(body)
    if rng.random() < BREAK_ODDS:
        info["uncompressed_size"] += 1
    if info["data_offset"] != 0:
        info["data_offset"] = 1  # assemble writes 4 + H
    checksum = header["checksum_info"] is not None
    out = writer.assemble(header, payload, magic, checksum)
    if checksum and rng.random() < BREAK_ODDS:
        out = out[:-1] + bytes([out[-1] ^ 0x5A])
    return out


def mutate(data: bytes, max_size: int, seed: int, byte_mutator: ByteMutator) -> bytes:
    rng = random.Random(seed)
    try:
        header, magic, body = split(data)
        if rng.random() < 0.6:
            body = mutate_body(body, rng, byte_mutator, max_size)
        else:
            header, magic = mutate_header(header, magic, rng)
        out = rebuild(header, magic, body, rng)
    except Exception:  # a file whose container does not read, or a mutation the writer cannot write
        out = byte_mutator(data, max_size)
    return out[:max_size]

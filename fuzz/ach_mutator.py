"""A structure-aware libFuzzer mutator for `.ach` files: mutations that get past the SHA-256 and the zstd layer.

A plain byte mutator almost never produces a file whose SHA-256 matches, so the reader would stop at
`ach.checksum.verify` on nearly every input. This mutator splits a file into header ‖ stored body ‖ checksum,
decompresses the body when flags bit 0 says so, mutates one part (a header field, the MessagePack bytes, or
the MessagePack structure: lengths, widths, markers, whole subtrees), then compresses again when flags bit 0
is set and recomputes the checksum. A few outputs keep a broken checksum or a broken zstd stream on purpose,
so those paths stay covered too.

Field positions come from `formats.ach.schema.HEADER`, MessagePack heads are read with
`formats.wire.msgpack_rmp.read_head`, variant names from the schema's enum: nothing here restates the format.
`mutate` never raises, whatever the input bytes; byte-level changes go through a `ByteMutator`
(`atheris.Mutate` inside the fuzzer, `fuzz.harness.python_byte_mutator` in tests).
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
from collections.abc import Callable
from dataclasses import dataclass

import construct as c
import zstandard

from binfmt_conformance.formats import layout
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import limits, schema
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.wire import msgpack_rmp as rmp
from binfmt_conformance.formats.wire import zstd_frames
from binfmt_conformance.formats.wire.codec import run_build

ByteMutator = Callable[[bytes, int], bytes]

# The mutator decompresses at most this much (4× the corpus's biggest ordinary body); bigger bodies (zstd
# bombs, the deep-nesting limit case) are mutated as opaque bytes, so a mutation stays around a millisecond.
PAYLOAD_LIMIT = 1 << 18
# Walking MessagePack heads costs ~10 µs each: a mutation looks at the first 32, 256 or 2048 of them.
TOKEN_WINDOWS = (32, 256, 2048)
# Past the reader's nesting limit, so wrapping reaches `limit_exceeded` as well as valid deep values.
MAX_WRAP = limits.MAX_NESTING + 8
# Outcome odds after a mutation: the rest of the time checksum and compression are made right.
BREAK_CHECKSUM = 0.05
BREAK_COMPRESSION = 0.05


@dataclass(frozen=True)
class HeaderField:
    name: str
    offset: int
    size: int
    subcon: c.Construct  # unwrapped: FormatField / BytesInteger for integers, Const or Bytes otherwise


def header_fields(struct_: c.Struct) -> list[HeaderField]:
    """Offset and size of each field of a fixed-size construct Struct, in order."""
    fields, offset = [], 0
    for sub in struct_.subcons:
        size = sub.sizeof()
        fields.append(HeaderField(sub.name or "", offset, size, layout.unwrap(sub)))
        offset += size
    return fields


HEADER_FIELDS = header_fields(schema.HEADER)
FLAGS = next(f for f in HEADER_FIELDS if f.name == "flags")
COMPRESSION = next(f for f in HEADER_FIELDS if f.name == "compression")


def _variant_names() -> list[bytes]:
    strings = rmp.codec(schema.space, t.STR, lenient=False)
    enum = schema.space.resolve(schema.SerializedValue)
    assert isinstance(enum, t.Enum)
    return [run_build(strings, v.name) for v in enum.variants]


def _nesting_variants() -> list[bytes]:
    """`{name: [` for every newtype variant holding a sequence of the enum itself (one level deeper)."""
    enum = schema.space.resolve(schema.SerializedValue)
    assert isinstance(enum, t.Enum)
    strings = rmp.codec(schema.space, t.STR, lenient=False)
    return [
        bytes([0x81]) + run_build(strings, v.name) + bytes([0x91])
        for v in enum.variants
        if v.kind == "newtype" and isinstance(v.payload[0], t.Seq) and v.payload[0].inner == schema.SerializedValue
    ]


def _scalar_samples() -> list[bytes]:
    """Whole MessagePack values at every marker's edges, in minimal and non-minimal forms."""
    samples = [bytes([rmp.NIL]), bytes([rmp.FALSE]), bytes([rmp.TRUE]), b"\x00", b"\x7f", b"\xe0", b"\xff"]
    for form, fmt, top in rmp.UINT_FORMS:
        samples += [bytes([form]) + struct.pack(fmt, value) for value in (0, 1, top)]
    for form, fmt, half in rmp.INT_FORMS:
        samples += [bytes([form]) + struct.pack(fmt, value) for value in (-half, -1, half - 1)]
    samples += [bytes([rmp.FLOAT32]) + struct.pack(">f", 1.5)]
    samples += [bytes([rmp.FLOAT64]) + struct.pack(">d", v) for v in (0.0, -0.0, float("inf"), float("nan"))]
    samples += [b"\xa0", b"\x90", b"\x80", bytes([rmp.BIN8, 1, 0x41]), bytes([0xD4, 1, 0]), b"\xc1"]
    return samples + VARIANT_NAMES


VARIANT_NAMES = _variant_names()
NESTING_HEADS = [bytes([0x91]), *_nesting_variants()]
SCALAR_SAMPLES = _scalar_samples()


@dataclass
class Container:
    header: bytearray
    stored: bytes  # the body as stored (compressed or not)
    checksum: bytes
    payload: bytes | None  # the MessagePack bytes, or None when the stored body does not decompress


def split(data: bytes) -> Container | None:
    """Header ‖ stored body ‖ checksum, the payload decompressed (bounded) when flags bit 0 is set."""
    if len(data) < schema.MIN_FILE_SIZE:
        return None
    header = bytearray(data[: schema.HEADER_SIZE])
    stored = data[schema.HEADER_SIZE : -schema.CHECKSUM_SIZE]
    payload = decompress(stored) if compressed(header) else stored
    return Container(header, stored, data[-schema.CHECKSUM_SIZE :], payload)


def decompress(stored: bytes) -> bytes | None:
    """The payload, or None past PAYLOAD_LIMIT or when zstd fails. Lenient on purpose (trailing bytes after the
    last frame are dropped): the mutator wants something to mutate, and the reader's own strict
    `zstd_frames.decompress` walks every block header, too slow on bombs for a mutator."""
    out = bytearray()
    try:
        with zstandard.ZstdDecompressor(max_window_size=1 << zstd_frames.MAX_WINDOW_LOG).stream_reader(
            stored, read_across_frames=True
        ) as reader:
            while chunk := reader.read(1 << 16):
                out += chunk
                if len(out) > PAYLOAD_LIMIT:
                    return None
    except zstandard.ZstdError:
        return None
    return bytes(out)


def compressed(header: bytearray) -> bool:
    return bool(int.from_bytes(header[FLAGS.offset : FLAGS.offset + FLAGS.size], "little") & schema.FLAG_COMPRESSED)


def fresh_container(payload: bytes) -> Container:
    """A well-formed uncompressed header around `payload`: how inputs that are not `.ach` files join in."""
    header = schema.HEADER.build(
        dict(
            version_major=schema.FORMAT_VERSION_MAJOR,
            version_minor=schema.FORMAT_VERSION_MINOR,
            flags=0,
            created_timestamp=0,
            achronyme_version=bytes(16),
            compression=schema.COMPRESSION_NONE,
            reserved=bytes(27),
        )
    )
    return Container(bytearray(header), payload, bytes(schema.CHECKSUM_SIZE), payload)


# ---------------------------------------------------------------------------------------------------------
# The header


def mutate_header(rng: random.Random, container: Container, mutate_bytes: ByteMutator) -> None:
    field = rng.choice(HEADER_FIELDS)
    old = bytes(container.header[field.offset : field.offset + field.size])
    if isinstance(field.subcon, c.FormatField | c.BytesInteger):
        new = field.subcon.build(interesting_int(rng, field.subcon.parse(old), field.size * 8))
    elif rng.random() < 0.3:
        new = bytes(field.size)
    else:
        new = mutate_bytes(old, field.size)[: field.size].ljust(field.size, b"\x00")
    container.header[field.offset : field.offset + field.size] = new
    if field is FLAGS and rng.random() < 0.5:  # keep the compression byte in step (strict checks they agree)
        agree = schema.COMPRESSION_ZSTD if compressed(container.header) else schema.COMPRESSION_NONE
        container.header[COMPRESSION.offset : COMPRESSION.offset + COMPRESSION.size] = COMPRESSION.subcon.build(agree)


def interesting_int(rng: random.Random, old: int, bits: int) -> int:
    top = (1 << bits) - 1
    choice = rng.randrange(6)
    if choice == 0:
        return old ^ (1 << rng.randrange(bits))
    if choice == 1:
        return (old + rng.choice((-1, 1))) & top
    if choice == 2:
        return rng.choice((0, 1, 2, top, top - 1, 1 << (bits - 1)))
    if choice == 3:
        return rng.randrange(4)
    return rng.randrange(top + 1)


# ---------------------------------------------------------------------------------------------------------
# The MessagePack body


@dataclass(frozen=True)
class Token:
    """One MessagePack head: where its marker starts, where the head ends, where its inline bytes end."""

    offset: int
    head_end: int
    end: int  # after the head and str/bin/ext bytes; arrays and maps are followed by their items
    head: rmp.Head


def tokens(payload: bytes, limit: int = TOKEN_WINDOWS[-1]) -> list[Token]:
    """The heads of the MessagePack stream in order, at most `limit`, up to the first one that does not read."""
    stream, out = io.BytesIO(payload), []
    while stream.tell() < len(payload) and len(out) < limit:
        start = stream.tell()
        try:
            head = rmp.read_head(stream, None)
        except FormatError:
            break
        head_end = stream.tell()
        inline = head.value if head.kind in ("str", "bin", "ext") else 0
        if head_end + inline > len(payload):
            break
        stream.seek(head_end + inline)
        out.append(Token(start, head_end, head_end + inline, head))
    return out


def value_end(payload: bytes, token: Token) -> int | None:
    """Where the whole value starting at `token` ends (items included), or None when it does not read."""
    stream = io.BytesIO(payload)
    stream.seek(token.head_end)
    try:
        rmp.skip_value(stream, token.head, None, 0, MAX_WRAP * 2)
    except FormatError:
        return None
    return stream.tell()


def length_head(rng: random.Random, kind: str, size: int) -> bytes:
    """A head declaring `size` for `kind`, in any form that can hold it (non-minimal forms included)."""
    fix, *sized = rmp.LENGTH_FORMS[kind]
    forms: list[bytes] = []
    if fix is not None and size <= fix[1]:
        forms.append(bytes([fix[0] | size]))
    for form in sized:
        if form is not None and size < 1 << (8 * struct.calcsize(form[1])):
            forms.append(bytes([form[0]]) + struct.pack(form[1], size))
    return rng.choice(forms)


def new_length(rng: random.Random, old: int) -> int:
    """A length near the old one or at an edge; MessagePack lengths stop at 32 bits."""
    size = rng.choice((0, old - 1, old + 1, old * 2, rng.randrange(0x10000), 0xFFFF_FFFF, old))
    return min(max(size, 0), 0xFFFF_FFFF)


def mutate_structure(rng: random.Random, payload: bytes) -> bytes:
    heads = tokens(payload, rng.choice(TOKEN_WINDOWS))
    if not heads:
        return payload + rng.choice(SCALAR_SAMPLES)
    token = rng.choice(heads)
    operation = rng.randrange(8)
    if operation == 0 and token.head.kind in ("str", "bin", "array", "map"):
        return resize(rng, payload, token)
    if operation == 1 and token.head.kind in ("str", "bin", "array", "map"):
        return retype(rng, payload, token)
    if operation == 2:
        return payload[: token.offset] + rng.choice(SCALAR_SAMPLES) + payload[token.end :]
    end = value_end(payload, token)
    if end is None:  # the stream is broken past this head: cut it there, or drop the head
        return payload[: token.offset] if rng.random() < 0.5 else payload[: token.offset] + payload[token.end :]
    value = payload[token.offset : end]
    if operation == 3:  # drop the value: its container's count is now one too many
        return payload[: token.offset] + payload[end:]
    if operation == 4:  # repeat it: one too few
        return payload[:end] + value + payload[end:]
    if operation == 5:  # nest it one or many levels deeper
        wrapper = rng.choice(NESTING_HEADS)
        depth = rng.choice((1, 2, rng.randint(1, MAX_WRAP)))
        return payload[: token.offset] + wrapper * depth + value + payload[end:]
    if operation == 6:  # put another value in its place (same count, other type)
        other = rng.choice(heads)
        other_end = value_end(payload, other)
        if other_end is not None and other_end - other.offset <= 1 << 16:
            return payload[: token.offset] + payload[other.offset : other_end] + payload[end:]
        return payload
    # trailing bytes after the body (strict: trailing_data), or the body cut short
    return payload + value if rng.random() < 0.5 else payload[:end]


def resize(rng: random.Random, payload: bytes, token: Token) -> bytes:
    """Declare another length; for str/bin, half the time also resize the bytes so the stream stays aligned."""
    kind, old = token.head.kind, token.head.value
    size = new_length(rng, old)
    inline = payload[token.head_end : token.end]
    if kind in ("str", "bin") and rng.random() < 0.5 and size <= 1 << 16:
        inline = (inline * (size // max(len(inline), 1) + 1))[:size] if inline else bytes(size)
    return payload[: token.offset] + length_head(rng, kind, size) + inline + payload[token.end :]


def retype(rng: random.Random, payload: bytes, token: Token) -> bytes:
    """Same length, another width or another kind: str ↔ bin, array ↔ map."""
    kind = token.head.kind
    other = {"str": "bin", "bin": "str", "array": "map", "map": "array"}[kind]
    new_kind = other if rng.random() < 0.5 else kind
    return payload[: token.offset] + length_head(rng, new_kind, token.head.value) + payload[token.head_end :]


def mutate_payload(rng: random.Random, payload: bytes, mutate_bytes: ByteMutator) -> bytes:
    if rng.random() < 0.5:
        return mutate_structure(rng, payload)
    return mutate_bytes(payload, len(payload) + 64)


# ---------------------------------------------------------------------------------------------------------
# Putting it back together


def compress(rng: random.Random, payload: bytes) -> bytes:
    """Mostly as upstream writes (level 3, no content size); sometimes other framing the reader must take."""
    choice = rng.randrange(10)
    if choice < 6:
        return zstd_frames.compress(payload, 3, content_size=False)
    if choice == 6:
        return zstd_frames.compress(payload, rng.choice((-5, 1, 9)), content_size=True, checksum=True)
    if choice == 7:
        cut = rng.randrange(len(payload) + 1)
        return zstd_frames.compress(payload[:cut], 1) + zstd_frames.compress(payload[cut:], 1)
    if choice == 8:
        skippable = zstd_frames.skippable_frame(zstd_frames.SKIPPABLE_MAGIC_FIRST + rng.randrange(16), b"ach")
        return skippable + zstd_frames.compress(payload, 1, content_size=False)
    return zstd_frames.compress(payload, 1, content_size=True)


def break_compression(rng: random.Random, stored: bytes, payload: bytes, mutate_bytes: ByteMutator) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return payload  # flags say zstd, the body is plain MessagePack
    if choice == 1:
        return stored[: rng.randrange(len(stored) + 1)]
    if choice == 2:
        return stored + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    if choice == 3:  # frames, but no data frame
        return zstd_frames.skippable_frame(zstd_frames.SKIPPABLE_MAGIC_LAST, payload[:16])
    return mutate_bytes(stored, len(stored) + 16)


def assemble(rng: random.Random, container: Container, old_stored: bytes, mutate_bytes: ByteMutator) -> bytes:
    stored = container.stored
    if container.payload is not None:
        stored = container.payload
        if compressed(container.header):
            stored = compress(rng, container.payload)
            if rng.random() < BREAK_COMPRESSION:
                stored = break_compression(rng, stored, container.payload, mutate_bytes)
    checksum = hashlib.sha256(stored).digest()
    if rng.random() < BREAK_CHECKSUM:
        checksum = container.checksum if stored != old_stored else bytes(b ^ 1 for b in checksum)
    return bytes(container.header) + stored + checksum


def mutate(data: bytes, max_size: int, seed: int, mutate_bytes: ByteMutator) -> bytes:
    """libFuzzer's custom mutator for `.ach` (`atheris.Setup(..., custom_mutator=...)` with `mutate_bytes`
    bound): returns at most `max_size` bytes and never raises."""
    rng = random.Random(seed)
    out = _mutate(rng, bytes(data), max_size, mutate_bytes)
    if len(out) > max_size:  # too long once re-assembled: a plain byte mutation of what fits instead
        out = mutate_bytes(bytes(data[:max_size]), max_size)
    return out[:max_size]


def _mutate(rng: random.Random, data: bytes, max_size: int, mutate_bytes: ByteMutator) -> bytes:
    if rng.random() < 0.1:  # plain bytes, checksum and all: truncation, magic and header-size paths
        return mutate_bytes(data, max(max_size, len(data)))
    container = split(data)
    if container is None:
        if rng.random() < 0.5:
            return mutate_bytes(data, max(max_size, len(data)))
        container = fresh_container(data)
    old_stored = container.stored
    choice = rng.randrange(10)
    if choice < 3:
        mutate_header(rng, container, mutate_bytes)
    elif container.payload is None or choice == 3:  # an opaque body (or, sometimes, any body) as bytes
        container.payload = None
        container.stored = mutate_bytes(container.stored, len(container.stored) + 64)
    else:
        container.payload = mutate_payload(rng, container.payload, mutate_bytes)
    if container.payload is not None and len(container.payload) > max_size:
        container.payload = container.payload[:max_size]
    return assemble(rng, container, old_stored, mutate_bytes)

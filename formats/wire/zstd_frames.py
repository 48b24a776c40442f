"""Zstandard frames (RFC 8878): frame and block headers as construct schemas, skippable frames, bounded
decompression.

Compression and decompression go through python-zstandard; this module adds what a container format needs
around it: knowing where a frame ends without decompressing it (`frame_size`), reading the frame header
(content size present or not), skippable frames, and decompression that stops at a declared output limit
with `limit_exceeded` instead of allocating whatever a bomb asks for.
"""

from __future__ import annotations

import io

import construct as c
import zstandard

from binfmt_conformance.formats.checks import WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass, FormatError

FRAME_MAGIC = 0xFD2FB528
SKIPPABLE_MAGIC_FIRST = 0x184D2A50
SKIPPABLE_MAGIC_LAST = 0x184D2A5F
# RFC 8878 §3.1.1.1.2: decoders SHOULD support windows of at least 8 MiB; libzstd's default limit is 2^27.
MAX_WINDOW_LOG = 27

FRAME_HEADER_DESCRIPTOR = c.BitStruct(
    "content_size_flag" / c.BitsInteger(2),
    "single_segment" / c.Flag,
    "unused" / c.BitsInteger(1),
    "reserved" / c.BitsInteger(1),
    "content_checksum" / c.Flag,
    "dictionary_id_flag" / c.BitsInteger(2),
)

FRAME_HEADER = c.Struct(
    "magic" / c.Const(FRAME_MAGIC, c.Int32ul),
    "descriptor" / FRAME_HEADER_DESCRIPTOR,
    "window_descriptor" / c.If(lambda this: not this.descriptor.single_segment, c.Int8ul),
    "dictionary_id"
    / c.Switch(lambda this: this.descriptor.dictionary_id_flag, {1: c.Int8ul, 2: c.Int16ul, 3: c.Int32ul}),
    "content_size"
    / c.Switch(
        lambda this: (this.descriptor.content_size_flag, this.descriptor.single_segment),
        {
            (0, True): c.Int8ul,
            (1, False): c.Int16ul,
            (1, True): c.Int16ul,
            (2, False): c.Int32ul,
            (2, True): c.Int32ul,
            (3, False): c.Int64ul,
            (3, True): c.Int64ul,
        },
    ),
)

# The longest header FRAME_HEADER declares (window byte, 4-byte dictionary ID, 8-byte content size): how many
# bytes a reader hands it.
FRAME_HEADER_MAX = len(
    FRAME_HEADER.build(
        {
            "descriptor": {
                "content_size_flag": 3,
                "single_segment": False,
                "unused": 0,
                "reserved": 0,
                "content_checksum": False,
                "dictionary_id_flag": 3,
            },
            "window_descriptor": 0,
            "dictionary_id": 0,
            "content_size": 0,
        }
    )
)

BLOCK_HEADER = c.ByteSwapped(c.BitStruct("size" / c.BitsInteger(21), "type" / c.BitsInteger(2), "last" / c.Flag))
RAW, RLE, COMPRESSED, RESERVED = 0, 1, 2, 3
BLOCK_HEADER_SIZE = BLOCK_HEADER.sizeof()
# The content checksum after the last block when the descriptor's flag is set: the low 32 bits of XXH64.
CONTENT_CHECKSUM = c.Int32ul
CHECKSUM_SIZE = CONTENT_CHECKSUM.sizeof()


def bit_fields(swapped_bit_struct: c.Construct) -> dict[str, tuple[int, int]]:
    """(shift, mask) of each field of a `ByteSwapped(BitStruct(...))` in the little-endian integer its bytes
    form: the first declared field holds the top bits. Walking millions of block headers through construct
    costs tens of microseconds each; this table, read off the declaration, lets `frame_size` decode one with
    two integer operations per field."""
    fields = swapped_bit_struct.subcon.subcon.subcons
    shift = sum(field.sizeof() for field in fields)
    table = {}
    for field in fields:
        shift -= field.sizeof()
        table[field.name] = (shift, (1 << field.sizeof()) - 1)
    return table


BLOCK_FIELDS = bit_fields(BLOCK_HEADER)

# What a reader looks at first, whatever frame comes next: its magic (a data frame's or a skippable frame's),
# and the header every skippable frame has. No frame is shorter than a skippable header.
FRAME_START = c.Struct("magic" / c.Int32ul * "the magic of a zstd frame, little-endian")
FRAME_START_SIZE = FRAME_START.sizeof()
SKIPPABLE_HEADER = c.Struct(
    "magic" / c.Int32ul * "0x184D2A50 to 0x184D2A5F",
    "length" / c.Int32ul * "byte length of the payload that follows",
)
SKIPPABLE_HEADER_SIZE = SKIPPABLE_HEADER.sizeof()

SKIPPABLE_FRAME = c.Struct(
    "magic" / c.Int32ul,
    c.Check(lambda this: SKIPPABLE_MAGIC_FIRST <= this.magic <= SKIPPABLE_MAGIC_LAST),
    "data" / c.Prefixed(c.Int32ul, c.GreedyBytes),
)


def content_size(header: c.Container) -> int | None:
    """The frame's declared decompressed size, or None when the header leaves it out."""
    size = header.content_size
    if size is None:
        return None
    return size + 256 if header.descriptor.content_size_flag == 1 else size


def is_skippable_magic(magic: int | None) -> bool:
    return magic is not None and SKIPPABLE_MAGIC_FIRST <= magic <= SKIPPABLE_MAGIC_LAST


def frame_magic(data: bytes, offset: int = 0) -> int | None:
    """The magic of the frame at `offset` (FRAME_START), None when fewer bytes remain than it has."""
    if len(data) - offset < FRAME_START_SIZE:
        return None
    return FRAME_START.parse(data[offset : offset + FRAME_START_SIZE]).magic


def read_frame_header(data: bytes, offset: int = 0) -> tuple[c.Container, int]:
    """The data frame header at `offset` and the bytes it takes, both from FRAME_HEADER's declaration."""
    stream = io.BytesIO(data[offset : offset + FRAME_HEADER_MAX])
    try:
        header = FRAME_HEADER.parse_stream(stream)
    except c.ConstructError as exc:
        raise wire_error(
            WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, f"not a zstd frame header at {offset}: {exc}"
        ) from None
    return header, stream.tell()


def parse_frame_header(data: bytes, offset: int = 0) -> c.Container:
    return read_frame_header(data, offset)[0]


def frame_size(data: bytes, offset: int = 0) -> int:
    """Bytes taken by the frame (data or skippable) starting at `offset`, found by walking block headers."""
    if len(data) - offset < SKIPPABLE_HEADER_SIZE:
        raise wire_error(WireCheck.ZSTD_EOF, ErrorClass.TRUNCATED, f"zstd frame at {offset} is cut short")
    if is_skippable_magic(frame_magic(data, offset)):
        skippable = SKIPPABLE_HEADER.parse(data[offset : offset + SKIPPABLE_HEADER_SIZE])
        if offset + SKIPPABLE_HEADER_SIZE + skippable.length > len(data):
            raise wire_error(WireCheck.ZSTD_EOF, ErrorClass.TRUNCATED, f"skippable frame at {offset} runs past the end")
        return SKIPPABLE_HEADER_SIZE + skippable.length
    header, header_size = read_frame_header(data, offset)
    position = walk_blocks(data, offset + header_size, offset)
    position += CHECKSUM_SIZE if header.descriptor.content_checksum else 0
    if position > len(data):
        raise wire_error(WireCheck.ZSTD_EOF, ErrorClass.TRUNCATED, f"zstd frame at {offset} is cut short")
    return position - offset


def walk_blocks(data: bytes, position: int, frame_offset: int) -> int:
    """Where the block after the last one starts, for blocks from `position` on (a few µs per block)."""
    size_shift, size_mask = BLOCK_FIELDS["size"]
    type_shift, type_mask = BLOCK_FIELDS["type"]
    last_shift, last_mask = BLOCK_FIELDS["last"]
    end = len(data) - BLOCK_HEADER_SIZE
    while True:
        if position > end:
            raise wire_error(WireCheck.ZSTD_EOF, ErrorClass.TRUNCATED, f"zstd frame at {frame_offset} is cut short")
        word = int.from_bytes(data[position : position + BLOCK_HEADER_SIZE], "little")
        block_type = word >> type_shift & type_mask
        if block_type == RESERVED:
            raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, f"reserved block type at {position}")
        position += BLOCK_HEADER_SIZE + (1 if block_type == RLE else word >> size_shift & size_mask)
        if word >> last_shift & last_mask:
            return position


def split_frames(data: bytes) -> list[tuple[int, int]]:
    """(offset, size) of every frame in `data`, in order."""
    frames, offset = [], 0
    while offset < len(data):
        size = frame_size(data, offset)
        frames.append((offset, size))
        offset += size
    return frames


def skippable_frame(magic: int, payload: bytes) -> bytes:
    return SKIPPABLE_FRAME.build({"magic": magic, "data": payload})


def compress(data: bytes, level: int = 3, *, content_size: bool = True, checksum: bool = False) -> bytes:
    """One zstd frame; Rust's `zstd::encode_all` writes it without content size and without checksum."""
    compressor = zstandard.ZstdCompressor(level=level, write_content_size=content_size, write_checksum=checksum)
    if content_size:
        return compressor.compress(data)
    writer = compressor.compressobj()
    return writer.compress(data) + writer.flush()


def decompress(data: bytes, limit: int, *, multiple_frames: bool = True) -> bytes:
    """Decompress every frame (skippable frames are skipped), failing with `limit_exceeded` past `limit`
    output bytes and `decompression_failed` on any corruption, including trailing garbage."""
    if not data:
        raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, "empty zstd stream")
    verify_frames_cover(data, multiple_frames)
    try:
        return decompress_bounded(data, limit, across_frames=multiple_frames, chunk=1 << 16)
    except OverLimit:
        raise wire_error(
            WireCheck.ZSTD_LIMIT, ErrorClass.LIMIT_EXCEEDED, f"decompressed size exceeds {limit} bytes"
        ) from None
    except zstandard.ZstdError as exc:
        raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, f"zstd: {exc}") from None


class OverLimit(Exception):
    """Decompression produced more than its limit of output bytes (the caller names the error)."""


def decompress_bounded(data: bytes, limit: int, *, across_frames: bool, chunk: int) -> bytes:
    """The one streaming loop every bounded decompression shares: read `chunk` bytes at a time, stop with
    `OverLimit` as soon as the output passes `limit` (a bomb never allocates more than limit + chunk);
    `zstandard.ZstdError` escapes for the caller to classify."""
    decompressor = zstandard.ZstdDecompressor(max_window_size=1 << MAX_WINDOW_LOG)
    out = bytearray()
    with decompressor.stream_reader(data, read_across_frames=across_frames) as reader:
        while piece := reader.read(chunk):
            out += piece
            if len(out) > limit:
                raise OverLimit(limit)
    return bytes(out)


def verify_frames_cover(data: bytes, multiple_frames: bool) -> None:
    """python-zstandard stops quietly at the end of the last frame; Rust's `decode_all` rejects what
    follows. Walking the frames makes trailing garbage and truncation explicit."""
    try:
        frames = split_frames(data)
    except FormatError as exc:
        raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, f"zstd: {exc.message}") from None
    data_frames = [f for f in frames if frame_magic(data, f[0]) == FRAME_MAGIC]
    if not data_frames:
        raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, "no zstd data frame")
    if not multiple_frames and len(frames) > 1:
        raise wire_error(WireCheck.ZSTD, ErrorClass.DECOMPRESSION_FAILED, "more than one frame")

"""Reading `.fzb` files, check by check in the order fusabi-vm's `deserialize_chunk` makes them.

Every check is a row of `formats.fzb.checks.CHECKS`. The file is parsed through the schema's `FILES` layout of
the profile's wire generation (header, then the bincode-1 chunk); the codec's own failures get their clauses
from the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import limits, profiles, schema
from binfmt_conformance.formats.fzb.checks import CHECKS
from binfmt_conformance.formats.wire import bincode1_fast
from binfmt_conformance.formats.wire.codec import parse_prefix

PROFILES = tuple(profiles.PROFILES)
# The chunk of each generation through the fast bincode reader, where it can vouch for the result
# (formats.wire.bincode1_fast); the codec of `schema.FILES` decides everything else.
FAST_CHUNK_READERS = {
    generation: bincode1_fast.Decoder(
        layout.space, layout.chunk, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS
    )
    for generation, layout in schema.LAYOUTS.items()
}
FAST_CHUNK_MODELS = {
    generation: bincode1_fast.Decoder(
        layout.space, layout.chunk, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS, model=True
    )
    for generation, layout in schema.LAYOUTS.items()
}
VERSION_TYPE = next(f.type for f in schema.space.resolve(schema.FILE_TYPE).fields if f.name == "version")


@dataclass
class FzbFile:
    version: int
    chunk: dict[str, Any]
    end: int  # offset just past the chunk; anything after it is trailing data
    profile: profiles.Profile

    @property
    def document(self) -> dict[str, Any]:
        """The value of the profile's `FILE_TYPE` (what the document model is made from)."""
        return {"version": self.version, "chunk": self.chunk}


def read_file(data: bytes, profile: str = profiles.DEFAULT_PROFILE, *, fast_path: bool = True) -> FzbFile:
    """`fast_path=False` reads the chunk with the construct codec only (the tests compare the two)."""
    return read(data, profile, FAST_CHUNK_READERS if fast_path else None)[0]


def read_document(data: bytes, profile: str = profiles.DEFAULT_PROFILE) -> Any:
    """The document model of the file (the profile's `FILE_TYPE`), decoded straight to the model where the fast
    reader can (one pass, no chunk value built first), else made from what the codec read."""
    parsed, fused = read(data, profile, FAST_CHUNK_MODELS)
    layout = parsed.profile.layout
    if not fused:
        return model.to_model(layout.space, layout.file_type, parsed.document)
    version = model.to_model(layout.space, VERSION_TYPE, parsed.version)
    return {"version": version, "chunk": parsed.chunk}  # the fields of FILE_TYPE, the chunk already a model


def read(data: bytes, profile: str, fast: dict[str, bincode1_fast.Decoder] | None) -> tuple[FzbFile, bool]:
    """The file, and whether the `fast` reader read its chunk (else the codec did)."""
    rules = profiles.PROFILES[profile]
    header = CHECKS.parse_header(schema.HEADER, data)
    CHECKS.require(
        "header.version",
        header.version == schema.FZB_VERSION,
        f"unsupported version {header.version} (only {schema.FZB_VERSION} exists)",
        profile,
    )
    CHECKS.require(
        "limits.size", len(data) <= limits.MAX_FILE_BYTES, f"file of {len(data)} bytes, limit {limits.MAX_FILE_BYTES}"
    )
    answer = fast[rules.generation].decode(data, schema.HEADER_SIZE) if fast else None
    if answer is not None:
        chunk, end = answer
    else:
        try:
            with CHECKS.wire():
                parsed, end = parse_prefix(schema.FILES[rules.generation], data)
        except FormatError as error:
            raise with_generation_hint(error, data, rules) from None
        chunk = parsed.chunk
    CHECKS.require(
        "trailing", end == len(data), f"{len(data) - end} bytes follow the chunk, which ends at {end}", profile
    )
    return FzbFile(header.version, chunk, end, rules), answer is not None


def read_chunk(data: bytes, profile: str = profiles.DEFAULT_PROFILE) -> dict[str, Any]:
    return read_file(data, profile).chunk


def with_generation_hint(error: FormatError, data: bytes, rules: profiles.Profile) -> FormatError:
    """The error, with a hint when the bytes are a whole file of the other generation (no header field tells
    the generations apart: fzb.profile.generation)."""
    for generation, layout in schema.FILES.items():
        if generation == rules.generation:
            continue
        try:
            _, end = parse_prefix(layout, data)
        except FormatError:
            continue
        if end == len(data):
            other = next(p.name for p in profiles.PROFILES.values() if p.generation == generation)
            hint = f" (the file reads completely under the {generation} layout: profile {other!r})"
            return FormatError(error.error_class, error.message + hint, error.clause, check=error.check)
    return error

"""The expected outcome of a `.rzb` file under each profile, worked out without the reference reader: the
zstd layer through python-zstandard frame by frame, the payload through the generator's own postcard codec
(`rzb_postcard`), the profile rules as spec/formats/rzb.md states them. Generators build expectations here
and, for must-reject cases, check that the class they meant to provoke is the one the rules give."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import zstandard

from binfmt_conformance.conformance.cases import Expect
from binfmt_conformance.corpus.generators import rzb_postcard as pc
from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.rzb import limits, profiles, schema
from binfmt_conformance.formats.rzb.profiles import MAGIC_FIRST, PROFILES


@dataclass(frozen=True)
class FileKind:
    """A postcard file type: its magic, the version each generation writes, its layouts and model."""

    name: str  # as formats.rzb.profiles.tried names it
    magic: bytes
    versions: dict[str, int]  # generation → version number
    layouts: dict[str, tuple[t.TypeSpace, t.Ref, t.Ref]]  # generation → (space, top type, file type)
    field: str  # the file model's field holding the value
    container: bool  # whether the file may be one zstd frame


BUNDLE = FileKind(
    "rzb",
    schema.BUNDLE_MAGIC,
    dict.fromkeys(schema.GENERATIONS, schema.BUNDLE_VERSION),
    {g: (lay.space, lay.bundle, lay.file_type) for g, lay in schema.LAYOUTS.items()},
    "bundle",
    True,
)
BLADE = FileKind(
    "blade",
    schema.BLADE_MAGIC,
    {g: schema.BLADE_GENERATIONS[g.split("/")[0]] for g in schema.BLADE_LAYOUTS},
    {g: (lay.space, lay.blade, lay.blade_file_type) for g, lay in schema.BLADE_LAYOUTS.items()},
    "module",
    False,
)
SYMBOLS = FileKind(
    "bsym",
    schema.SYMBOL_MAGIC,
    dict(schema.SYMBOL_GENERATIONS),
    {g: (lay.space, lay.symbols, lay.symbol_file_type) for g, lay in schema.SYMBOL_LAYOUTS.items()},
    "manifest",
    False,
)


def unwrap(data: bytes) -> tuple[bytes, str]:
    """Every frame in turn (skippable ones yield nothing); anything that is not a whole frame fails."""
    if data[:4] != schema.ZSTD_MAGIC:
        return data, "Raw"
    out, rest = b"", data
    while rest:
        reader = zstandard.ZstdDecompressor().decompressobj()
        try:
            out += reader.decompress(rest)
        except zstandard.ZstdError as error:
            raise pc.Rejected("decompression_failed", 0, str(error)) from None
        if not reader.eof:
            raise pc.Rejected("decompression_failed", 0, "frame cut short")
        if len(out) > min(limits.MAX_PAYLOAD, limits.PAYLOAD_BASE + limits.PAYLOAD_RATIO * len(data)):
            raise pc.Rejected("limit_exceeded", 0, "payload too large (rzb.limits.payload, rzb.limits.ratio)")
        rest = reader.unused_data
    return out, "Zstd"


def file_model(kind: FileKind, generations: list[str], value: Any, container: str) -> Any:
    space, _, file_type = kind.layouts[generations[-1]]
    document: dict[str, Any] = {"generations": generations, kind.field: value}
    if kind.container:
        document = {"container": t.Variant(container), **document}
    return model.to_model(space, file_type, document)


def reject(error_class: str) -> Expect:
    return Expect("reject", errors=(error_class,))


Decodes = dict[tuple[str, bool, bool, int], "tuple[Any, int] | pc.Rejected"]


def decode_once(
    kind: FileKind, payload: bytes, generation: str, minimal: bool, memo: Decodes, streaming: bool, max_depth: int
) -> tuple[Any, int]:
    """One decode per generation, varint rule, reading order and depth limit, shared by the profiles that ask
    for the same."""
    key = (generation, minimal, streaming, max_depth)
    if key not in memo:
        space, top, _ = kind.layouts[generation]
        try:
            memo[key] = pc.decode(space, top, payload, max_depth=max_depth, minimal=minimal, streaming=streaming)
        except pc.Rejected as error:
            memo[key] = error
    found = memo[key]
    if isinstance(found, pc.Rejected):
        raise found
    return found


def outcome(
    data: bytes,
    profile: str,
    kind: FileKind = BUNDLE,
    memo: Decodes | None = None,
    streaming: bool = False,
    max_depth: int = limits.MAX_DEPTH,
) -> Expect:
    """The outcome of a reader that holds every count against the bytes left before it reads the items, or
    (`streaming`) of one that reads them one by one, as upstream's postcard does; `max_depth` above the
    spec's is a reader with a larger depth limit (rzb.limits.depth)."""
    rules = PROFILES[profile]
    memo = {} if memo is None else memo
    try:
        payload, container = unwrap(data) if kind.container else (data, "Raw")
    except pc.Rejected as error:
        return reject(error.error_class)
    if rules.load_order == MAGIC_FIRST:
        if len(payload) <= len(kind.magic):
            return reject("truncated")
        if payload[:4] != kind.magic:
            return reject("bad_magic")
        header = pc.Decoder(t.TypeSpace(), payload, max_depth=1, minimal=rules.minimal_varints)
        header.pos = 4
        try:
            version = header.varint(32)
        except pc.Rejected as error:
            return reject(error.error_class)
        if version not in kind.versions.values():
            return reject("unsupported_version")
    decoded: dict[str, tuple[Any, int]] = {}
    failed: dict[str, pc.Rejected] = {}
    tried = profiles.tried(kind.name, rules)
    for generation in tried:
        try:
            decoded[generation] = decode_once(
                kind, payload, generation, rules.minimal_varints, memo, streaming, max_depth
            )
        except pc.Rejected as error:
            failed[generation] = error
    if len(tried) == 1:
        if failed:
            return reject(rules.body_error or next(iter(failed.values())).error_class)
        generations = list(decoded)
    else:
        generations = [g for g, (_, end) in decoded.items() if end == len(payload)]
        if not generations:
            if decoded:
                return reject("trailing_data")
            furthest = max(failed, key=lambda g: (failed[g].offset, tried.index(g)))
            return reject(failed[furthest].error_class)
    value, end = decoded[generations[-1]]
    if value["magic"] != kind.magic:
        return reject("bad_magic")
    if value["version"] != kind.versions[generations[-1]]:
        return reject("unsupported_version")
    if rules.trailing_bytes == "reject" and end != len(payload):
        return reject("trailing_data")
    space, top, _ = kind.layouts[generations[-1]]
    # Only a bundle has an encoder in the protocol; `.blade` and `.bsym` are decode-only operations.
    canonical = kind.container and pc.encode(space, top, value) == payload[:end]
    return Expect("accept", file_model(kind, generations, value, container), canonical=canonical)


def outcomes(data: bytes, kind: FileKind = BUNDLE, max_depth: int = limits.MAX_DEPTH) -> dict[str, Expect]:
    """The outcome under every profile (`max_depth` above the spec's: of a reader with a larger depth limit);
    remembered between regen runs for the same bytes and the same code (conformance/regen_cache.py: any source
    change computes it again)."""
    from binfmt_conformance.conformance import regen_cache

    def compute() -> dict[str, Expect]:
        memo: Decodes = {}
        return {
            profile: either_order(
                outcome(data, profile, kind, memo, max_depth=max_depth),
                outcome(data, profile, kind, memo, True, max_depth=max_depth),
            )
            for profile in PROFILES
        }

    key = f"{kind.name}\0{max_depth}\0".encode() + data
    return regen_cache.cached("rzb_oracle.outcomes", key, compute)


def either_order(count_first: Expect, streaming: Expect) -> Expect:
    """rzb.wire.length leaves open whether a count is held against the bytes left before the items are read:
    where the two orders reject with different classes, a case accepts both (the count-first class first)."""
    if count_first == streaming:
        return count_first
    if count_first.outcome != "reject" or streaming.outcome != "reject":
        raise AssertionError(f"the reading order changed the outcome: {count_first} against {streaming}")
    return Expect("reject", errors=tuple(dict.fromkeys(count_first.errors + streaming.errors)))


def overrides(data: bytes, kind: FileKind = BUNDLE) -> tuple[Expect, dict[str, Expect]]:
    """The outcome under the default profile `auto`, and every other profile's where it differs."""
    every = outcomes(data, kind)
    default = every.pop("auto")
    return default, {p: e for p, e in every.items() if e != default}

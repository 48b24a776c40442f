"""Reading `.rzb` (and `.blade` / `.bsym`) files, check by check in the order the profile's loader makes them.

The outer layer is sniffed by the zstd frame magic (rzb.container.sniff); the payload is postcard, read by the
codec derived from `formats.rzb.schema` for each generation the profile tries. Under detection every
generation is tried and the file's generations are those that use every byte (rzb.generation.detect).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.checks import CheckTable
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import limits, schema
from binfmt_conformance.formats.rzb.checks import BLADE_CHECKS, CHECKS, SYMBOL_CHECKS
from binfmt_conformance.formats.rzb.profiles import MAGIC_FIRST, PROFILES, Profile, tried
from binfmt_conformance.formats.wire import postcard, postcard_compiled, zstd_frames
from binfmt_conformance.formats.wire.codec import COUNT_FIRST, parse_prefix

PROFILE_NAMES = tuple(PROFILES)


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per file type
class Kind:
    """What sets the postcard files apart: the top type, its magic, the version each generation writes, the
    check table, whether a zstd frame may wrap it, its layouts, and which of them a profile decodes under."""

    name: str
    magic: bytes
    versions: dict[str, int]  # generation → the version number it writes
    top: str  # the Layout attribute holding the top type
    checks: CheckTable
    compressed: bool
    layouts: dict[str, schema.Layout]

    def layout(self, generation: str) -> schema.Layout:
        return self.layouts[generation]

    def tried(self, rules: Profile) -> tuple[str, ...]:
        return tried(self.name, rules)


BUNDLE = Kind(
    "rzb",
    schema.BUNDLE_MAGIC,
    dict.fromkeys(schema.GENERATIONS, schema.BUNDLE_VERSION),
    "bundle",
    CHECKS,
    True,
    schema.LAYOUTS,
)
BLADE = Kind(
    "blade",
    schema.BLADE_MAGIC,
    {name: schema.BLADE_GENERATIONS[name.split("/")[0]] for name in schema.BLADE_LAYOUTS},
    "blade",
    BLADE_CHECKS,
    False,
    schema.BLADE_LAYOUTS,
)
SYMBOLS = Kind(
    "bsym",
    schema.SYMBOL_MAGIC,
    dict(schema.SYMBOL_GENERATIONS),
    "symbols",
    SYMBOL_CHECKS,
    False,
    schema.SYMBOL_LAYOUTS,
)
KINDS = {kind.name: kind for kind in (BUNDLE, BLADE, SYMBOLS)}


@cache
def payload_codec(kind: Kind, generation: str, minimal: bool) -> c.Construct:
    layout = kind.layout(generation)
    top = getattr(layout, kind.top)
    return postcard.codec(
        layout.space, top, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS, minimal_varints=minimal
    )


def payload_decoder(kind: Kind, generation: str, minimal: bool) -> postcard_compiled.Decoder:
    """The compiled decoder; the codec itself within `codec.items_one_by_one()`, which only the codec follows."""
    return (compiled_decoder if COUNT_FIRST.get() else construct_decoder)(kind, generation, minimal)


@cache
def compiled_decoder(kind: Kind, generation: str, minimal: bool) -> postcard_compiled.Decoder:
    """The same reading as `payload_codec`, compiled from the same tree (formats.wire.postcard_compiled)."""
    layout = kind.layout(generation)
    top = getattr(layout, kind.top)
    return postcard_compiled.decoder(
        layout.space, top, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS, minimal=minimal
    )


def construct_decoder(kind: Kind, generation: str, minimal: bool) -> postcard_compiled.Decoder:
    """`payload_codec` with the compiled decoder's signature: (value, end), or `Rejected` at the codec's offset."""
    codec = payload_codec(kind, generation, minimal)

    def decode(payload: bytes) -> tuple[Any, int]:
        try:
            return parse_prefix(codec, payload)
        except FormatError as error:
            raise postcard_compiled.Rejected(error.offset) from None

    return decode


def parse_payload(kind: Kind, generation: str, payload: bytes, minimal: bool) -> tuple[Any, int]:
    """(value, end) under one generation, by the compiled decoder; a rejection's FormatError (class, clause,
    offset) comes from the construct codec, which accepts and rejects exactly the same inputs."""
    try:
        return payload_decoder(kind, generation, minimal)(payload)
    except postcard_compiled.Rejected:
        pass  # not inside the handler: its traceback would keep the half-built value alive during the re-read
    with kind.checks.wire():
        return parse_prefix(payload_codec(kind, generation, minimal), payload)


def rejection(kind: Kind, generation: str, payload: bytes, minimal: bool, offset: int | None) -> FormatError:
    """The FormatError (class, clause, message) of a payload the compiled decoder rejected at `offset`, from the
    construct codec; the two disagreeing on whether or where is a bug of this package, never the input's."""
    try:
        with kind.checks.wire():
            parse_prefix(payload_codec(kind, generation, minimal), payload)
    except FormatError as error:
        if offset is not None and error.offset != offset:
            message = f"{generation}: compiled decoder rejects at {offset}, codec at {error.offset}"
            raise AssertionError(message) from error
        return error
    raise AssertionError(f"{generation}: the codec accepts what the compiled decoder rejects")


@cache
def version_codec(minimal: bool) -> c.Construct:
    return postcard.codec(t.TypeSpace(), t.U32, minimal_varints=minimal)


@dataclass
class Decoded:
    container: str  # "Raw" or "Zstd"
    generations: list[str]
    value: dict[str, Any]  # the top type's value under the newest of `generations`
    payload: bytes  # the decompressed postcard bytes
    end: int  # where the value ends in `payload`

    @property
    def generation(self) -> str:
        return self.generations[-1]


def unwrap(data: bytes, checks: CheckTable = CHECKS) -> tuple[bytes, str]:
    """(payload, container): one zstd stream when the file starts with the frame magic, else the bytes as
    they are (rzb.container.sniff, rzb.container.raw)."""
    if data[:4] != schema.ZSTD_MAGIC:
        return data, "Raw"
    cap = limits.payload_cap(len(data))  # rzb.limits.ratio, within rzb.limits.payload
    try:
        return zstd_frames.decompress(data, cap), "Zstd"
    except FormatError as error:
        if error.error_class is not ErrorClass.LIMIT_EXCEEDED:
            checks.fail("container.zstd", error.message)
        if cap < limits.MAX_PAYLOAD:
            checks.fail("limits.ratio", f"{error.message} ({len(data)}-byte file: rzb.limits.ratio)")
        checks.fail("limits.payload", error.message)


def check_header_first(kind: Kind, payload: bytes, rules: Profile) -> None:
    """The newer loader's (and `strict`'s) order: magic, then the version varint, before the body."""
    checks = kind.checks
    checks.require("header.size", len(payload) > len(kind.magic), f"payload of {len(payload)} bytes")
    checks.require("header.magic", payload[:4] == kind.magic, f"magic {payload[:4].hex()} is not {kind.magic.hex()}")
    with checks.wire():
        version, _ = parse_prefix(version_codec(rules.minimal_varints), payload[4:])
    checks.require("header.version", version in kind.versions.values(), f"unsupported version {version}")


def decode_payload(kind: Kind, payload: bytes, rules: Profile) -> tuple[list[str], Any, int]:
    """(generations, value, end) of the payload under the profile's generations."""
    checks = kind.checks
    tried = kind.tried(rules)
    minimal = rules.minimal_varints
    if len(tried) == 1:
        (generation,) = tried
        failure: FormatError | None = None
        try:
            value, end = parse_payload(kind, generation, payload, minimal)
        except FormatError as error:
            failure = error
        if failure is None:
            return [generation], value, end
        if rules.body_error is not None:
            checks.fail("order.newer-body", f"bundle payload does not match this compiler's MIR layout ({failure})")
        raise failure
    results: dict[str, tuple[Any, int]] = {}
    offsets: dict[str, int | None] = {}  # where the compiled decoder rejected each generation it rejected
    for generation in tried:
        try:
            results[generation] = payload_decoder(kind, generation, minimal)(payload)
        except postcard_compiled.Rejected as rejected:
            offsets[generation] = rejected.offset
    exact = [g for g, (_, end) in results.items() if end == len(payload)]
    if exact:
        value, end = results[exact[-1]]
        return exact, value, end
    if results:
        partial = ", ".join(f"{g} ends at {end}" for g, (_, end) in results.items())
        checks.fail("generation.exact", f"no generation uses all {len(payload)} bytes ({partial})")
    # No generation decodes: report the one that read furthest (ties: the newest). The compiled offsets are the
    # codec's, so only that generation is re-read by the codec, for its class, clause and message (a
    # RecursionError's unknown offset is asked of the codec too).
    errors = {g: rejection(kind, g, payload, minimal, None) for g, at in offsets.items() if at is None}
    offsets.update((g, error.offset) for g, error in errors.items())
    furthest = max(offsets, key=lambda g: (offsets[g] or 0, tried.index(g)))
    error = errors.get(furthest) or rejection(kind, furthest, payload, minimal, offsets[furthest])
    summary = "; ".join(
        f"{g}: {error.error_class.value if g == furthest else 'rejected'} at byte {at}" for g, at in offsets.items()
    )
    message = f"decodes under no generation ({summary}); {furthest}: {error.message}"
    raise checks.error("generation.none", message, error.error_class)


def read(kind: Kind, data: bytes, profile: str) -> Decoded:
    rules = PROFILES[profile]
    checks = kind.checks
    payload, container = unwrap(data, checks) if kind.compressed else (data, "Raw")
    if rules.load_order == MAGIC_FIRST:
        check_header_first(kind, payload, rules)
    generations, value, end = decode_payload(kind, payload, rules)
    magic, version = value["magic"], value["version"]
    checks.require("header.magic", magic == kind.magic, f"magic {magic.hex()} is not {kind.magic.hex()}")
    # A magic-first loader knew the version only as one of the kind's; the layout's own comes now.
    wanted = kind.versions[generations[-1]]
    checks.require("header.version", version == wanted, f"version {version}, not {wanted} ({generations[-1]})")
    if rules.trailing_bytes == "reject":
        message = f"{len(payload) - end} bytes follow the value, which ends at {end}"
        checks.require("strict.trailing", end == len(payload), message)
    return Decoded(container, generations, value, payload, end)


def read_bundle(data: bytes, profile: str = "auto") -> Decoded:
    return read(BUNDLE, data, profile)


def read_blade(data: bytes, profile: str = "auto") -> Decoded:
    return read(BLADE, data, profile)


def read_symbols(data: bytes, profile: str = "auto") -> Decoded:
    return read(SYMBOLS, data, profile)

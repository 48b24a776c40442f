"""Reading `.rzb` (and `.blade` / `.bsym`) files, check by check in the order the profile's loader makes them.

The outer layer is sniffed by the zstd frame magic (rzb.container.zstd); the payload is postcard, read by the
codec derived from `formats.rzb.schema` for each generation the profile tries. Under detection every
generation is tried and the file's generations are those that use every byte (rzb.generation.detect).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import construct as c

from formats import types as t
from formats.errors import ErrorClass, FormatError
from formats.rzb import schema
from formats.rzb.profiles import MAGIC_FIRST, PROFILES, Profile
from formats.wire import postcard, zstd_frames
from formats.wire.codec import parse_prefix
from reference_impl.registry import require

PROFILE_NAMES = tuple(PROFILES)


@dataclass(frozen=True)
class Kind:
    """What sets the three postcard files apart: the top type, its magic and the versions it accepts."""

    name: str
    magic: bytes
    versions: tuple[int, ...]
    top: str  # the Layout attribute holding the top type

    def ref(self, layout: schema.Layout) -> t.Ref:
        return getattr(layout, self.top)


BUNDLE = Kind("rzb", schema.BUNDLE_MAGIC, (schema.BUNDLE_VERSION,), "bundle")


@cache
def payload_codec(kind: Kind, generation: str, minimal: bool) -> c.Construct:
    layout = schema.LAYOUTS[generation]
    return postcard.codec(
        layout.space, kind.ref(layout), max_depth=schema.MAX_DEPTH, max_items=schema.MAX_ITEMS, minimal_varints=minimal
    )


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


def unwrap(data: bytes) -> tuple[bytes, str]:
    """(payload, container): one zstd stream when the file starts with the frame magic, else the bytes as
    they are (rzb.container.zstd, rzb.container.raw)."""
    if data[:4] != schema.ZSTD_MAGIC:
        return data, "Raw"
    try:
        return zstd_frames.decompress(data, schema.MAX_PAYLOAD), "Zstd"
    except FormatError as error:
        clause = "rzb.limits.payload" if error.error_class is ErrorClass.LIMIT_EXCEEDED else "rzb.container.zstd"
        raise FormatError(error.error_class, error.message, clause) from None


def wire_clause(error: FormatError) -> str:
    """The clause a postcard failure breaks; the codec reports the class, the message tells the sub-case."""
    message = error.message
    if error.error_class is ErrorClass.TRUNCATED:
        return "rzb.wire.length" if "declares" in message else "rzb.wire.eof"
    if error.error_class is ErrorClass.INVALID_VALUE:
        if "Option tag" in message:
            return "rzb.wire.option"
        if "non-minimal" in message:
            return "rzb.strict.varint"
        return "rzb.wire.varint" if "varint" in message else "rzb.wire.bool"
    if error.error_class is ErrorClass.LIMIT_EXCEEDED:
        return "rzb.limits.depth" if "deeper" in message or "nesting" in message else "rzb.limits.items"
    if error.error_class is ErrorClass.UNKNOWN_VARIANT:
        return "rzb.wire.variant"
    return "rzb.wire.utf8"


def check_magic(kind: Kind, magic: bytes) -> None:
    require(
        magic == kind.magic,
        ErrorClass.BAD_MAGIC,
        f"magic {magic.hex()} is not {kind.magic.hex()} ({kind.magic.decode()})",
        f"{kind.name}.header.magic",
    )


def check_version(kind: Kind, version: int) -> None:
    require(
        version in kind.versions,
        ErrorClass.UNSUPPORTED_VERSION,
        f"unsupported version {version} (accepted: {', '.join(map(str, kind.versions))})",
        f"{kind.name}.header.version",
    )


def check_header_first(kind: Kind, payload: bytes, rules: Profile) -> None:
    """The newer loader's (and `strict`'s) order: magic, then the version varint, before the body."""
    check_magic(kind, payload[:4])
    try:
        version, _ = parse_prefix(version_codec(rules.minimal_varints), payload[4:])
    except FormatError as error:
        raise FormatError(error.error_class, f"version: {error.message}", wire_clause(error)) from None
    check_version(kind, version)


def decode_payload(kind: Kind, payload: bytes, rules: Profile) -> tuple[list[str], Any, int]:
    """(generations, value, end) of the payload under the profile's generations."""
    results: dict[str, tuple[Any, int]] = {}
    failures: dict[str, FormatError] = {}
    for generation in rules.generations:
        try:
            results[generation] = parse_prefix(payload_codec(kind, generation, rules.minimal_varints), payload)
        except FormatError as error:
            failures[generation] = error
    if not rules.detects:
        if failures:
            raise body_error(kind, next(iter(failures.values())), rules)
        ((generation, (value, end)),) = results.items()
        return [generation], value, end
    exact = [g for g, (_, end) in results.items() if end == len(payload)]
    if exact:
        value, end = results[exact[-1]]
        return exact, value, end
    if results:
        partial = ", ".join(f"{g} ends at {end}" for g, (_, end) in results.items())
        raise FormatError(
            ErrorClass.TRAILING_DATA,
            f"no generation uses all {len(payload)} bytes ({partial})",
            f"{kind.name}.generation.exact",
        )
    # No generation decodes: report the one that read furthest (ties: the newest), and what each said.
    furthest = max(failures, key=lambda g: (failures[g].offset or 0, schema.GENERATIONS.index(g)))
    error = failures[furthest]
    summary = "; ".join(f"{g}: {e.error_class.value} at byte {e.offset}" for g, e in failures.items())
    return_error = FormatError(
        error.error_class,
        f"decodes under no generation ({summary}); {furthest}: {error.message}",
        f"{kind.name}.generation.none",
    )
    raise return_error


def body_error(kind: Kind, error: FormatError, rules: Profile) -> FormatError:
    if rules.body_error is not None:
        return FormatError(
            ErrorClass(rules.body_error),
            f"bundle payload does not match this compiler's MIR layout ({error.message})",
            f"{kind.name}.order.newer-body",
        )
    clause = wire_clause(error)
    return FormatError(error.error_class, error.message, clause.replace("rzb.", f"{kind.name}.", 1))


def read(kind: Kind, data: bytes, profile: str) -> Decoded:
    rules = PROFILES[profile]
    payload, container = unwrap(data)
    if rules.load_order == MAGIC_FIRST:
        check_header_first(kind, payload, rules)
    generations, value, end = decode_payload(kind, payload, rules)
    if rules.load_order != MAGIC_FIRST:
        check_magic(kind, value["magic"])
        check_version(kind, value["version"])
    if rules.trailing_bytes == "reject":
        require(
            end == len(payload),
            ErrorClass.TRAILING_DATA,
            f"{len(payload) - end} bytes follow the value, which ends at {end}",
            f"{kind.name}.strict.trailing",
        )
    return Decoded(container, generations, value, payload, end)


def read_bundle(data: bytes, profile: str = "auto") -> Decoded:
    return read(BUNDLE, data, profile)

"""A decode-only testee built on the generated Kaitai Struct parser of `.ach` (formats/ach/kaitai, from
formats/ach/ach.ksy), and on those of RunMat snapshots (reference_impl/runmat_snapshot/kaitai_adapter.py) and
Rayzor bundles (reference_impl/rzb/kaitai_adapter.py): testee protocol v1, per-case mode, profile `upstream`
(rzb: `auto` and the named generations `s0` … `s6`).

    kaitai-testee capabilities
    kaitai-testee decode ach [--profile upstream]      file bytes on stdin → JSON document model on stdout

Kaitai reads the container and every MessagePack value head; this program adds the two things a .ksy cannot
say: it verifies the SHA-256 of the stored body, and it reads the MessagePack values as the body's types the
way rmp-serde's `from_slice` does (`MsgpackUpstream`), walking the type tree of formats/ach/schema.py — no
field is listed here. Exit codes: 0 model, 1 rejection (`{"error": CLASS}`),
3 `{"unsupported": reason}`; anything else is a bug in this program (exit 70, message on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from typing import Any

import kaitaistruct
from kaitaistruct import KaitaiStream, KaitaiStruct

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import limits as ach_limits
from binfmt_conformance.formats.ach import schema as ach_schema
from binfmt_conformance.formats.ach.kaitai.ach import Ach
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.wire.msgpack_rmp import default_value

PROTOCOL_VERSION = 1
EXIT_OK, EXIT_REJECTED, EXIT_UNSUPPORTED, EXIT_BUG = 0, 1, 3, 70
PROFILE = "upstream"
# MsgpackUpstream bounds nesting itself (the schema's MAX_NESTING named types, SKIP_DEPTH_LIMIT when skipping);
# this only keeps Python's own stack limit out of the way of the frames those levels take.
sys.setrecursionlimit(20_000)

# Which fault each `valid` rule of ach.ksy reports, keyed by the rule's path in the spec.
ACH_VALIDATIONS = {
    "/types/header/seq/0": ErrorClass.BAD_MAGIC,  # magic
    "/types/header/seq/6": ErrorClass.INVALID_HEADER,  # compression byte not 0 or 1
    "/types/header/seq/8": ErrorClass.UNSUPPORTED_VERSION,  # version_major > 1
    "/types/msgpack/seq/0": ErrorClass.LIMIT_EXCEEDED,  # container nesting bound of `body_tree`
    "/types/msgpack_head/seq/0": ErrorClass.INVALID_VALUE,  # reserved marker 0xc1
}
# How deep the value of an unknown struct key may nest when it is skipped (as the reference skips it).
SKIP_DEPTH_LIMIT = 64


class Unsupported(Exception):
    """What this testee does not implement (protocol answer `unsupported`, exit 3)."""


@contextmanager
def kaitai_faults(validations: dict[str, ErrorClass]) -> Iterator[None]:
    """Kaitai runtime exceptions → the error vocabulary; anything unforeseen propagates (a bug)."""
    try:
        yield
    except kaitaistruct.ValidationFailedError as error:
        error_class = validations.get(error.src_path)
        if error_class is None:
            raise
        raise FormatError(error_class, f"{type(error).__name__} at {error.src_path}: {error}") from None
    except kaitaistruct.EndOfStreamError as error:
        raise FormatError(ErrorClass.TRUNCATED, f"input ends early: {error}") from None
    except kaitaistruct.InvalidArgumentError as error:
        # The only negative size in these specs is a body size computed from a file too short to hold it.
        raise FormatError(ErrorClass.TRUNCATED, f"file too short: {error}") from None
    except UnicodeDecodeError as error:
        raise FormatError(ErrorClass.INVALID_UTF8, f"invalid UTF-8 ({error.reason})") from None


def kind_of(head: Ach.MsgpackHead) -> str:
    """The MessagePack family of a value, named as the reference's `Head.kind` names it."""
    if head.is_int:
        return "uint" if head.int_value >= 0 else "int"
    for kind in ("nil", "bool", "float", "str", "bin", "array", "map", "ext"):
        if getattr(head, f"is_{kind}"):
            return kind
    raise AssertionError(f"marker {head.marker:#04x} has no MessagePack family")


def mismatch(head: Ach.MsgpackHead, want: str) -> FormatError:
    found = f"{kind_of(head)} (marker {head.marker:#04x})"
    return FormatError(ErrorClass.INVALID_VALUE, f"expected {want}, found {found}")


class MsgpackUpstream:
    """Reads MessagePack values as a type tree's values, the way rmp-serde 1.x `from_slice` does: structs from
    arrays (trailing `serde(default)` fields may be missing) or maps keyed by field name (unknown keys
    skipped), enum variants by name or index, unit variants bare or as `{name: nil}`, floats from any number,
    strings from str or UTF-8 bin, integers of any width that fit; named types count towards `max_depth`.

    Like rmp-serde it reads one value head at a time (the spec's `msgpack_head`) and stops at the first value
    of the wrong type, before reading what follows it."""

    def __init__(self, space: t.TypeSpace, data: bytes, max_depth: int) -> None:
        self.space = space
        self.io = KaitaiStream(BytesIO(data))
        self.max_depth = max_depth

    def head(self) -> Ach.MsgpackHead:
        return Ach.MsgpackHead(self.io)

    def check_count(self, count: int, min_item_size: int, what: str) -> None:
        """A declared count that the bytes left cannot hold is cut short before anything is read."""
        left = self.io.size() - self.io.pos()
        if count * min_item_size > left:
            raise FormatError(ErrorClass.TRUNCATED, f"{what} of {count} items, only {left} bytes left")

    def read(self, typ: t.Type, depth: int) -> Any:
        """The next value, as `typ`; entering a named type counts a level before its head is read."""
        while isinstance(typ, t.Ref):
            depth = self.enter(typ.name, depth)
            typ = self.space.types[typ.name]
        return self.value(typ, self.head(), depth)

    def enter(self, name: str, depth: int) -> int:
        if depth + 1 > self.max_depth:
            raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"{name} nested deeper than {self.max_depth}")
        return depth + 1

    def value(self, typ: t.Type, head: Ach.MsgpackHead, depth: int) -> Any:
        """The value whose head is already read."""
        while isinstance(typ, t.Ref):
            depth = self.enter(typ.name, depth)
            typ = self.space.types[typ.name]
        kind = kind_of(head)
        if isinstance(typ, t.Int):
            if kind not in ("uint", "int"):
                raise mismatch(head, typ.name)
            if not typ.min <= head.int_value <= typ.max:
                raise FormatError(ErrorClass.INVALID_VALUE, f"{head.int_value} does not fit {typ.name}")
            return head.int_value
        if isinstance(typ, t.Float):
            if kind == "float":
                return head.float_value
            if kind in ("uint", "int"):
                return float(head.int_value)
            raise mismatch(head, typ.name)
        if isinstance(typ, t.Bool):
            if kind != "bool":
                raise mismatch(head, "bool")
            return head.bool_value
        if isinstance(typ, t.Str):
            return self.text(head)
        if isinstance(typ, t.Unit):
            if kind == "nil" or (kind == "array" and head.num_items == 0):
                return None
            raise mismatch(head, "nil")
        if isinstance(typ, t.Option):
            return None if kind == "nil" else self.value(typ.inner, head, depth)
        if isinstance(typ, t.Seq):
            if kind != "array":
                raise mismatch(head, "array")
            self.check_count(head.num_items, 1, "array")
            return [self.read(typ.inner, depth) for _ in range(head.num_items)]
        if isinstance(typ, t.Tuple):
            return self.tuple(typ.items, head, depth)
        if isinstance(typ, t.Map):
            return self.map(typ, head, depth)
        if isinstance(typ, t.Struct):
            return self.struct(typ, head, depth)
        if isinstance(typ, t.Enum):
            return self.enum(typ, head, depth)
        raise TypeError(f"rmp-serde reading of {typ!r} is not part of this kit")

    def text(self, head: Ach.MsgpackHead) -> str:
        if not (head.is_str or head.is_bin):
            raise mismatch(head, "string")
        self.check_count(head.num_bytes, 1, "string")
        return self.io.read_bytes(head.num_bytes).decode("utf-8")

    def tuple(self, items: tuple[t.Type, ...], head: Ach.MsgpackHead, depth: int) -> list[Any]:
        if kind_of(head) != "array":
            raise mismatch(head, "array")
        if head.num_items != len(items):
            raise FormatError(ErrorClass.INVALID_LENGTH, f"tuple of {len(items)}, given {head.num_items}")
        self.check_count(head.num_items, 1, "array")
        return [self.read(item, depth) for item in items]

    def map(self, typ: t.Map, head: Ach.MsgpackHead, depth: int) -> list[tuple[Any, Any]]:
        if kind_of(head) != "map":
            raise mismatch(head, "map")
        self.check_count(head.num_items, 2, "map")
        entries: list[tuple[Any, Any]] = []
        positions: dict[Any, int] = {}
        for _ in range(head.num_items):
            key = self.read(typ.key, depth)
            value = self.read(typ.value, depth)
            if key in positions:  # a Rust HashMap keeps the last value
                entries[positions[key]] = (key, value)
                continue
            positions[key] = len(entries)
            entries.append((key, value))
        return entries

    def struct(self, typ: t.Struct, head: Ach.MsgpackHead, depth: int) -> dict[str, Any]:
        kind = kind_of(head)
        if kind == "array":
            required = max((i + 1 for i, f in enumerate(typ.fields) if not f.serde_default), default=0)
            if not required <= head.num_items <= len(typ.fields):
                raise FormatError(
                    ErrorClass.INVALID_LENGTH, f"{typ.name} has {len(typ.fields)} fields, not {head.num_items}"
                )
            found = {f.name: self.read(f.type, depth) for f in typ.fields[: head.num_items]}
        elif kind == "map":
            found = self.struct_from_map(typ, head, depth)
        else:
            raise mismatch(head, f"{typ.name} array")
        out = {}
        for f in typ.fields:
            if f.name in found:
                out[f.name] = found[f.name]
            elif f.serde_default:
                out[f.name] = default_value(f.type)
            else:
                raise FormatError(ErrorClass.INVALID_VALUE, f"missing field {f.name!r} of {typ.name}")
        return out

    def struct_from_map(self, typ: t.Struct, head: Ach.MsgpackHead, depth: int) -> dict[str, Any]:
        self.check_count(head.num_items, 2, "map")
        fields = {f.name: f for f in typ.fields}
        found: dict[str, Any] = {}
        for _ in range(head.num_items):
            name = self.text(self.head())
            if name in found:
                raise FormatError(ErrorClass.INVALID_VALUE, f"duplicate field {name!r} of {typ.name}")
            if name in fields:
                found[name] = self.read(fields[name].type, depth)
            else:
                self.skip(self.head(), 0)
        return found

    def skip(self, head: Ach.MsgpackHead, level: int) -> None:
        """Consume the value of an unknown key, nested at most SKIP_DEPTH_LIMIT deep."""
        if level > SKIP_DEPTH_LIMIT:
            raise FormatError(ErrorClass.LIMIT_EXCEEDED, f"skipped value nests past {SKIP_DEPTH_LIMIT}")
        if head.is_str or head.is_bin or head.is_ext:
            self.io.read_bytes(head.num_bytes + (1 if head.is_ext else 0))  # an ext's type byte comes first
        elif head.is_array or head.is_map:
            items = head.num_items * (2 if head.is_map else 1)
            self.check_count(items, 1, "skipped container")
            for _ in range(items):
                self.skip(self.head(), level + 1)

    def enum(self, typ: t.Enum, head: Ach.MsgpackHead, depth: int) -> t.Variant:
        kind = kind_of(head)
        if kind in ("str", "uint"):
            variant = self.variant(typ, head)
            if variant.kind != "unit":
                raise FormatError(ErrorClass.INVALID_VALUE, f"{variant.name} needs a payload")
            return t.Variant(variant.name)
        if kind != "map" or head.num_items != 1:
            raise mismatch(head, f"{typ.name} (a variant name or a one-entry map)")
        variant = self.variant(typ, self.head())
        if variant.kind == "unit":
            self.read(t.UNIT, depth)
            return t.Variant(variant.name)
        if variant.kind == "newtype":
            return t.Variant(variant.name, self.read(variant.types[0], depth))
        if variant.kind == "tuple":
            return t.Variant(variant.name, self.tuple(variant.types, self.head(), depth))
        fields = tuple(p for p in variant.payload if isinstance(p, t.Field))
        return t.Variant(variant.name, self.struct(t.Struct(variant.name, fields), self.head(), depth))

    def variant(self, typ: t.Enum, head: Ach.MsgpackHead) -> t.VariantDef:
        kind = kind_of(head)
        if kind == "str":
            name = self.io.read_bytes(head.num_bytes).decode("utf-8")
            definition = typ.by_name(name)
            if definition is None:
                raise FormatError(ErrorClass.UNKNOWN_VARIANT, f"{typ.name} has no variant {name!r}")
            return definition
        if kind == "uint":
            if head.int_value >= len(typ.variants):
                raise FormatError(ErrorClass.UNKNOWN_VARIANT, f"{typ.name} variant index {head.int_value}")
            return typ.variants[head.int_value]
        raise mismatch(head, f"{typ.name} variant name")


def from_kaitai(space: t.TypeSpace, typ: t.Type, node: Any, max_depth: int) -> Any:
    """The Python value of `typ` that a Kaitai object holds: a Kaitai struct field by field (its attributes
    carry the type tree's field names), a byte string where a structured type is expected as that type's
    MessagePack encoding (read with rmp-serde's rules), integers and byte strings as they are."""
    resolved = space.resolve(typ)
    if isinstance(node, KaitaiStruct) and isinstance(resolved, t.Struct):
        return {f.name: from_kaitai(space, f.type, getattr(node, f.name), max_depth) for f in resolved.fields}
    if isinstance(node, bytes) and isinstance(resolved, t.Bytes):
        return node
    if isinstance(node, bytes):
        return MsgpackUpstream(space, node, max_depth).read(typ, 0)
    if isinstance(resolved, t.Int):
        return int(node)  # an enum-typed field (compression) is an IntEnum
    raise TypeError(f"no mapping of Kaitai {type(node).__name__} onto {resolved!r}")


def decode_ach(data: bytes) -> Any:
    """Header checks (Kaitai) → checksum (here) → body (Kaitai, lazily) → the document model."""
    with kaitai_faults(ACH_VALIDATIONS):
        parsed = Ach(KaitaiStream(BytesIO(data)))
    if hashlib.sha256(parsed.stored_body).digest() != parsed.checksum:
        raise FormatError(ErrorClass.CHECKSUM_MISMATCH, "SHA-256 of the body is not the checksum")
    with kaitai_faults(ACH_VALIDATIONS):
        value = from_kaitai(ach_schema.space, ach_schema.FILE_TYPE, parsed, ach_limits.MAX_NESTING)
    return model.to_model(ach_schema.space, ach_schema.FILE_TYPE, value)


def decode_runmat_snapshot(data: bytes) -> Any:
    from binfmt_conformance.reference_impl.runmat_snapshot import kaitai_adapter

    try:
        return kaitai_adapter.decode(data)
    except kaitai_adapter.Unsupported as reason:
        raise Unsupported(str(reason)) from None


def decode_rzb(data: bytes, profile: str) -> Any:
    from binfmt_conformance.reference_impl.rzb import kaitai_adapter

    return kaitai_adapter.decode(data, profile)


def rzb_profiles() -> tuple[tuple[str, ...], str]:
    from binfmt_conformance.reference_impl.rzb import kaitai_adapter

    return kaitai_adapter.PROFILES, kaitai_adapter.DEFAULT_PROFILE


DECODERS = {
    "ach": lambda data, _profile: decode_ach(data),
    "runmat-snapshot": lambda data, _profile: decode_runmat_snapshot(data),
    "rzb": decode_rzb,
}
# The profiles of a format whose parser reads more than the `upstream` profile: (profiles, default).
PROFILES_OF = {"rzb": rzb_profiles}


def profiles_of(format_name: str) -> tuple[tuple[str, ...], str]:
    return PROFILES_OF[format_name]() if format_name in PROFILES_OF else ((PROFILE,), PROFILE)


def capabilities() -> dict[str, Any]:
    formats = {}
    for name in DECODERS:
        profiles, default = profiles_of(name)
        formats[name] = {"operations": ["decode"], "profiles": list(profiles), "default_profile": default}
    return {"protocol": PROTOCOL_VERSION, "name": "kaitai-python", "serve": False, "formats": formats}


def answer(operation: str, format_name: str | None, profile: str | None, data: bytes) -> tuple[int, Any]:
    try:
        if operation != "decode":
            raise Unsupported(f"the Kaitai testee only decodes (asked to {operation})")
        if format_name not in DECODERS:
            raise Unsupported(f"the Kaitai testee has no parser for format {format_name!r}")
        profiles, default = profiles_of(format_name)
        if profile not in (None, *profiles):
            raise Unsupported(f"the Kaitai testee reads only the profiles {profiles} (asked for {profile!r})")
        return EXIT_OK, DECODERS[format_name](data, profile or default)
    except FormatError as error:
        return EXIT_REJECTED, error.to_json()
    except Unsupported as reason:
        return EXIT_UNSUPPORTED, {"unsupported": str(reason)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kaitai-testee", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("operation")
    parser.add_argument("format", nargs="?")
    parser.add_argument("--profile")
    args, _unknown = parser.parse_known_args(argv)
    if args.operation == "capabilities":
        print(json.dumps(capabilities()))
        return EXIT_OK
    data = sys.stdin.buffer.read() if args.operation == "decode" else b""
    code, body = answer(args.operation, args.format, args.profile, data)
    sys.stdout.write(json.dumps(body) + "\n")
    return code


def run() -> int:
    """`main` with unforeseen exceptions turned into a bug report (exit 70), never a verdict."""
    try:
        return main()
    except Exception as error:  # a bug in this testee: say so on stderr, exit outside the protocol's codes
        if os.environ.get("KAITAI_TESTEE_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(f"kaitai-testee: internal error: {type(error).__name__}: {error}\n")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(run())

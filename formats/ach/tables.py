"""Markdown blocks of spec/formats/ach.md and the generated blocks of ach.ksy, rendered from the declarations."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from binfmt_conformance.formats import doc, ksy
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.ach import limits, profiles, schema
from binfmt_conformance.formats.ach.checks import CHECKS


def value_enum() -> t.Enum:
    enum = schema.space.resolve(schema.SerializedValue)
    assert isinstance(enum, t.Enum)
    return enum


def containers_to(typ: t.Type, target: str) -> int | None:
    """The most MessagePack containers (arrays, maps) rmp-serde opens between a value of `typ` and a nested
    `target` value (None: none is nested). Enums are externally tagged: a variant with a payload is a
    one-entry map; structs and tuples are arrays."""
    if isinstance(typ, t.Ref):
        return 0 if typ.name == target else containers_to(schema.space.resolve(typ), target)
    if isinstance(typ, t.Option):
        return containers_to(typ.inner, target)
    if isinstance(typ, t.Enum):
        inner = [
            containers_to(v.types[0], target) if v.kind == "newtype" else opened(v.types, target)
            for v in typ.variants
            if v.kind != "unit"
        ]
        found = [n for n in inner if n is not None]
        return 1 + max(found) if found else None
    children = doc.named_children(typ)
    return opened(children, target) if isinstance(typ, t.Seq | t.Map | t.Tuple | t.Struct) else None


def opened(children: Sequence[t.Type], target: str) -> int | None:
    found = [n for n in (containers_to(c, target) for c in children) if n is not None]
    return 1 + max(found) if found else None


VALUE = schema.SerializedValue.name
MSGPACK_CONTAINERS_PER_LEVEL = containers_to(schema.space.resolve(schema.SerializedValue), VALUE) or 0
MSGPACK_CONTAINERS_AROUND_VALUES = containers_to(schema.BODY, VALUE) or 0


def ksy_limits() -> str:
    return ksy.instances(
        [
            ("header_size", schema.HEADER_SIZE, "Bytes of the fixed header."),
            ("checksum_size", schema.CHECKSUM_SIZE, "Bytes of the SHA-256 after the body."),
            ("max_body_size", limits.MAX_BODY_SIZE, "Largest decompressed body a reader must support (64 MiB)."),
            (
                "max_msgpack_depth",
                MSGPACK_CONTAINERS_PER_LEVEL * limits.MAX_NESTING + MSGPACK_CONTAINERS_AROUND_VALUES,
                f"Bound on MessagePack container nesting in `body`: {limits.MAX_NESTING} SerializedValue levels"
                f" (ach.limits.depth) of at most {MSGPACK_CONTAINERS_PER_LEVEL} containers each, inside the"
                f" {MSGPACK_CONTAINERS_AROUND_VALUES} around the bindings' values. A typed reader applies the"
                " level count itself.",
            ),
        ]
    )


SPEC_TABLES: dict[str, Callable[[], str]] = {
    "ach.file": lambda: doc.byte_table(schema.FILE),
    "ach.header": lambda: doc.byte_table(schema.HEADER),
    "ach.types": lambda: doc.type_tree(schema.space, schema.BODY),
    "ach.checks": lambda: CHECKS.markdown(profiles.PROFILES),
}
KSY_BLOCKS: dict[str, Callable[[], str]] = {"ach.limits": ksy_limits}

"""Where each value of a wire encoding lies: a decode with offset tracking through the type tree.

A codec built with `trace=True` (bincode1, postcard, msgpack_rmp `codec(...)`) wraps every node of the type tree
in `Traced`, which records the span of bytes its value was read from, as a tree beside the value. `field_at`
walks that tree down to the innermost value holding a byte offset and names it by the type tree: struct fields
by name, sequence items and map entries by index, enum payloads by variant. Diagnostics only (the readers'
codecs are built without tracing): a byte difference names the schema field at its offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

import construct as c

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.wire.codec import Codec, parse_prefix

TRACE_KEY = "_wire_trace"


@dataclass
class Span:
    typ: t.Type | None
    start: int
    end: int = -1
    value: Any = None
    children: list[Span] = field(default_factory=list)


class Trace:
    def __init__(self) -> None:
        self.root = Span(None, 0)
        self.stack = [self.root]


def trace_of(context: Any) -> Trace | None:
    root = context._root if "_root" in context else context
    return root.get(TRACE_KEY)


class Traced(Codec):
    """A node of a traced codec: parses as its inner construct and records the span it read."""

    def __init__(self, inner: c.Construct, typ: t.Type) -> None:
        super().__init__()
        self.inner = inner
        self.typ = typ

    def record(self, stream: IO[bytes], context: Any, parse: Any) -> Any:
        trace = trace_of(context)
        if trace is None:
            return parse()
        span = Span(self.typ, stream.tell())
        trace.stack[-1].children.append(span)
        trace.stack.append(span)
        try:
            span.value = parse()
        finally:
            span.end = stream.tell()
            trace.stack.pop()
        return span.value

    def _parse(self, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        return self.record(stream, context, lambda: self.inner._parsereport(stream, context, path))

    def parse_head(self, stream: IO[bytes], head: Any, context: c.Container, path: str | None) -> Any:
        """MessagePack: a value whose head its parent already read (the span starts after the head)."""
        from binfmt_conformance.formats.wire.msgpack_rmp import parse_with

        return self.record(stream, context, lambda: parse_with(self.inner, stream, head, context, path))

    def _build(self, obj: Any, stream: IO[bytes], context: c.Container, path: str | None) -> Any:
        return self.inner._build(obj, stream, context, path)


def spans(codec: c.Construct, data: bytes, **context: Any) -> Span:
    """The span tree of one value read from the start of `data` (as far as it parses: a value the reader
    rejects keeps the spans read before the rejection, and its root's `value` stays None)."""
    trace = Trace()
    try:
        trace.root.value, trace.root.end = parse_prefix(codec, data, **context, **{TRACE_KEY: trace})
    except FormatError:
        trace.root.end = len(data)
    return trace.root


def parses_whole(codec: c.Construct, data: bytes) -> bool:
    """Whether `data` is exactly one value of `codec` (to pick, of several layouts, the one a view holds)."""
    try:
        return parse_prefix(codec, data)[1] == len(data)
    except FormatError:
        return False


def step_names(parent: t.Type | None, value: Any, index: int, count: int) -> str:
    """How the `index`-th child span of a value of type `parent` is named in a field path."""
    if isinstance(parent, t.Struct):
        names = parent.field_names()
        return "." + names[index] if index < len(names) else f"[{index}]"
    if isinstance(parent, t.Map):
        return f"[{index // 2}]." + ("key" if index % 2 == 0 else "value")
    if isinstance(parent, t.Seq | t.Tuple):
        return f"[{index}]"
    if isinstance(parent, t.Enum) and isinstance(value, t.Variant):
        variant = parent.by_name(value.name)
        name = "." + value.name
        if variant is not None and variant.kind == "struct":
            fields = [p.name for p in variant.payload if isinstance(p, t.Field)]
            return name + ("." + fields[index] if index < len(fields) else f"[{index}]")
        if variant is not None and variant.kind == "tuple" and count > 1:
            return f"{name}[{index}]"
        return name
    return ""  # Option, Ref and the root pass through


def header_part(span: Span) -> str:
    """What of a value lies before its children: a length, a tag, a variant index."""
    if isinstance(span.typ, t.Seq | t.Map):
        return " (its length)"
    if isinstance(span.typ, t.Enum):
        return f" (its variant, {span.value.name})" if isinstance(span.value, t.Variant) else " (its variant)"
    if isinstance(span.typ, t.Option):
        return " (its Some/None tag)"
    return ""


def field_at(codec: c.Construct, data: bytes, offset: int, root: str, **context: Any) -> str | None:
    """The path of the innermost value of `data` (parsed with the traced `codec`) that holds byte `offset`,
    starting at `root`: `Chunk.constants[1].Str`. None when the offset lies past what parses."""
    span = spans(codec, data, **context)
    if not span.children or not span.children[0].start <= offset < max(span.end, span.children[0].end):
        return None
    path, current = root, span.children[0]
    while True:
        inner = [s for s in current.children if s.start <= offset < s.end]
        if not inner:
            return path + header_part(current)
        child = inner[0]
        path += step_names(current.typ, current.value, current.children.index(child), len(current.children))
        current = child

"""TEMPLATE: the single source of a format's layout. The container as construct `Struct`s (each field
documented with `* "doc"`), the payload as a type tree in `formats.types`. Readers, writers, the spec's byte
tables, the `.ksy` generated blocks and the fuzz tokens all derive from what is declared here.

File = header (magic, version, flags) ‖ u32 LE length ‖ body: postcard of `Body`.
"""

from __future__ import annotations

import construct as c

from binfmt_conformance.formats import layout
from binfmt_conformance.formats import types as t

MAGIC = b"TMPL"
VERSION = 1

HEADER = c.Struct(
    "magic" / c.Const(MAGIC) * "ASCII `TMPL`",
    "version" / c.Int16ul * "format version; 1 is the only one",
    "flags" / c.Int16ul * "reserved: zero on write; strict rejects other values",
)
HEADER_SIZE = HEADER.sizeof()

FILE = c.Struct(
    "header" / HEADER,
    "body" / c.Prefixed(c.Int32ul, c.GreedyBytes) * "u32 LE byte length, then postcard(Body)",
    c.Terminated,
)

space = t.TypeSpace()
SHAPE = t.Enum(
    "Shape",
    (
        t.unit("Empty"),
        t.newtype("Circle", t.F64, doc="radius"),
        t.tuple_variant("Rect", t.F64, t.F64, doc="(width, height)"),
    ),
)
Shape = space.define("Shape", SHAPE)
BODY = t.Struct("Body", (t.Field("name", t.STR), t.Field("shapes", t.Seq(Shape))))

HEADER_TYPE = layout.struct_type("TemplateHeader", HEADER)
# The document model of a whole file: the header's fields and the decoded body.
FILE_TYPE = t.Struct("TemplateFile", (t.Field("header", HEADER_TYPE), t.Field("body", BODY)))

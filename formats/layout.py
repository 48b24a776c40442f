"""Fixed binary layouts written as construct Structs, read as data: their type tree and their byte table.

A header declared once as a construct `Struct` (each field documented with `* "doc"`) yields the type node its
document model uses (`struct_type`) and the spec's byte table (`byte_table`); nothing restates the layout.
"""

from __future__ import annotations

import construct as c

from binfmt_conformance.formats import types as t

INT_TYPES = {
    (8, False): t.U8,
    (16, False): t.U16,
    (32, False): t.U32,
    (64, False): t.U64,
    (8, True): t.I8,
    (16, True): t.I16,
    (32, True): t.I32,
    (64, True): t.I64,
}


def unwrap(subcon: c.Construct) -> c.Construct:
    while isinstance(subcon, c.Renamed):
        subcon = subcon.subcon
    return subcon


def field_type(subcon: c.Construct) -> t.Type:
    subcon = unwrap(subcon)
    if isinstance(subcon, c.FormatField):
        code = subcon.fmtstr[-1]
        if code in "fd":
            return t.F32 if code == "f" else t.F64
        return INT_TYPES[(subcon.length * 8, code.islower())]
    if isinstance(subcon, c.BytesInteger):
        return INT_TYPES[(subcon.length * 8, subcon.signed)]
    if isinstance(subcon, c.Bytes) and isinstance(subcon.length, int):
        return t.Bytes(subcon.length)
    raise TypeError(f"no model type for {subcon!r}")


def model_fields(struct: c.Struct) -> list[c.Renamed]:
    """The named fields a document model carries: constants, checks and padding are not data."""
    out = []
    for sub in struct.subcons:
        if not sub.name or sub.name.startswith("_"):
            continue
        if isinstance(unwrap(sub), c.Const | c.Check | c.Checksum) or unwrap(sub) is c.Terminated:
            continue
        out.append(sub)
    return out


def struct_type(name: str, struct: c.Struct, doc: str = "") -> t.Struct:
    return t.Struct(name, tuple(t.Field(s.name, field_type(s), doc=s.docs or "") for s in model_fields(struct)), doc)


def byte_table(struct: c.Struct) -> str:
    """Markdown table: offset, size, field, type, meaning — for every fixed-size field of `struct`."""
    rows = ["| offset | size | field | type | meaning |", "|---:|---:|---|---|---|"]
    offset = 0
    for sub in struct.subcons:
        inner = unwrap(sub)
        try:
            size = sub.sizeof()
        except c.SizeofError:
            size = None
        if isinstance(inner, c.Const):
            kind = "bytes `" + " ".join(f"{b:02X}" for b in inner.value) + "`"
        elif inner is c.Terminated:
            continue
        else:
            try:
                typ = field_type(sub)
                kind = (
                    typ.name
                    if isinstance(typ, t.Int | t.Float)
                    else f"{typ.size} bytes"
                    if isinstance(typ, t.Bytes)
                    else "?"
                )
                if isinstance(typ, t.Int) and typ.bits > 8:
                    kind += " LE" if unwrap(sub).fmtstr.startswith("<") else " BE"
            except TypeError:
                kind = "variable"
        if isinstance(inner, c.Struct):
            kind = "struct, below"
        where = offset if offset is not None else "…"
        rows.append(
            f"| {where} | {size if size is not None else 'N'} | `{sub.name}` | {kind} | "
            f"{(sub.docs or '').replace('|', '/')} |"
        )
        offset = offset + size if offset is not None and size is not None else None
    return "\n".join(rows) + "\n"


def field_at(struct: c.Struct, offset: int) -> str | None:
    """The name of the field of a fixed-size `struct` that holds byte `offset` (None past its end)."""
    start = 0
    for sub in struct.subcons:
        if unwrap(sub) is c.Terminated:
            continue
        try:
            size = sub.sizeof()
        except c.SizeofError:
            return sub.name if sub.name else None
        if start <= offset < start + size:
            return sub.name
        start += size
    return None

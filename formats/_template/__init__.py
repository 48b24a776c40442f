"""TEMPLATE of a format's single source: copy `formats/_template/` to `formats/<pkg>/`, rename `_template.ksy`
to `<pkg>.ksy`, replace `template` by the format's name everywhere, then write the schema.

This package is what `formats.format_packages()`, `conformance regen` and the reference registry read:
`NAME`, `EXTENSION`, `TITLE`, the spec blocks (`SPEC_TABLES`), the `.ksy` blocks (`KSY_BLOCKS`) and the fuzz
dictionary tokens (`FUZZ_TOKENS`).

A format that needs more of a shared layer (a wire codec option, an error field, an expectation kind) extends
that layer for every format, additively and off by default: formats/README.md, "Extending the shared layers".
"""

from __future__ import annotations

from binfmt_conformance.formats._template.tables import KSY_BLOCKS, SPEC_TABLES

NAME = "template"
EXTENSION = ".tmpl"
TITLE = "an example container: fixed header, length-prefixed postcard body"
__all__ = ["EXTENSION", "FUZZ_TOKENS", "KSY_BLOCKS", "NAME", "SPEC_TABLES", "TITLE"]


def FUZZ_TOKENS() -> list[bytes]:  # the name formats.dictionaries looks for
    """Byte strings a mutator should splice in: the magic, the header, variant indices at the enum's end."""
    from binfmt_conformance.formats._template import limits, schema

    return [
        schema.MAGIC,
        schema.HEADER.build({"version": schema.VERSION, "flags": 0}),
        bytes([len(schema.SHAPE.variants) - 1]),
        bytes([len(schema.SHAPE.variants)]),
        limits.MAX_ITEMS.to_bytes(4, "little"),
    ]

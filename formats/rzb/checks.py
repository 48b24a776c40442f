"""Every rule the `.rzb`, `.blade` and `.bsym` readers enforce, with its clause and error class.

The three files share the postcard machinery, so their tables differ only in the prefix of the clauses of their
own header checks; the wire rows and the generation rows are the same rules.
"""

from __future__ import annotations

from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck
from binfmt_conformance.formats.errors import ErrorClass as E

DETECTING = ("auto", "strict")
MAGIC_FIRST = ("newer-loader", "strict")


def table(area: str, magic: str, noun: str) -> CheckTable:
    """The checks of one file type; `area` prefixes its header clauses (`rzb.header`, `rzb.blade`, …)."""
    return CheckTable(
        Check("header.size", f"{area}.size", E.TRUNCATED, MAGIC_FIRST, "the payload holds magic and version"),
        Check("container.zstd", "rzb.container.zstd", E.DECOMPRESSION_FAILED, summary="a zstd file is whole frames"),
        Check("limits.payload", "rzb.limits.payload", E.LIMIT_EXCEEDED, summary="at most MAX_PAYLOAD decompressed"),
        Check(
            "limits.ratio",
            "rzb.limits.ratio",
            E.LIMIT_EXCEEDED,
            summary="at most PAYLOAD_BASE + PAYLOAD_RATIO × the file size decompressed",
        ),
        Check("header.magic", f"{area}.magic", E.BAD_MAGIC, summary=f"the {noun} starts with `{magic}`"),
        Check("header.version", f"{area}.version", E.UNSUPPORTED_VERSION, summary="a version this reader knows"),
        Check(
            "order.newer-body",
            "rzb.order.newer-body",
            E.DECOMPRESSION_FAILED,
            ("newer-loader",),
            "the body decodes (reported as upstream's Compression error)",
        ),
        Check("generation.exact", "rzb.generation.exact", E.TRAILING_DATA, DETECTING, "a generation uses every byte"),
        Check(
            "generation.none",
            "rzb.generation.none",
            E.INVALID_VALUE,
            DETECTING,
            "some generation decodes the payload (the class is the furthest failure's)",
        ),
        Check("strict.trailing", "rzb.strict.trailing", E.TRAILING_DATA, ("strict",), "nothing follows the value"),
        Check(WireCheck.EOF, "rzb.wire.eof", E.TRUNCATED, summary="no value is cut short"),
        Check(WireCheck.LENGTH, "rzb.wire.length", E.TRUNCATED, summary="declared counts fit the input"),
        Check(WireCheck.VARINT, "rzb.wire.varint", E.INVALID_VALUE, summary="varints fit their type"),
        Check(WireCheck.MINIMAL, "rzb.strict.varint", E.INVALID_VALUE, ("strict",), "varints are minimal"),
        Check(WireCheck.BOOL, "rzb.wire.bool", E.INVALID_VALUE, summary="bools are 00 or 01"),
        Check(WireCheck.OPTION, "rzb.wire.option", E.INVALID_VALUE, summary="Option tags are 00 or 01"),
        Check(WireCheck.VARIANT, "rzb.wire.variant", E.UNKNOWN_VARIANT, summary="enums have the variant"),
        Check(WireCheck.UTF8, "rzb.wire.utf8", E.INVALID_UTF8, summary="strings are UTF-8"),
        Check(WireCheck.SHAPE, "rzb.payload.postcard", E.INVALID_VALUE, summary="the payload is postcard"),
        Check(WireCheck.ITEMS, "rzb.limits.items", E.LIMIT_EXCEEDED, summary="counts within MAX_ITEMS"),
        Check(WireCheck.DEPTH, "rzb.limits.depth", E.LIMIT_EXCEEDED, summary="nesting within MAX_DEPTH"),
    )


CHECKS = table("rzb.header", "RZBF", "bundle")
BLADE_CHECKS = table("rzb.blade", "BLAD", "module cache")
SYMBOL_CHECKS = table("rzb.bsym", "BSYM", "symbol manifest")
# The signed-bundle proposal's envelope (spec/formats/rzb.md, "Signed bundles").
SIGNED_CHECKS = CheckTable(
    Check("header.size", "rzb.signed.layout", E.TRUNCATED, summary="the envelope holds its whole header"),
    Check("header.magic", "rzb.signed.layout", E.BAD_MAGIC, summary="RZBS and the guard bytes"),
    Check("header.version", "rzb.signed.version", E.UNSUPPORTED_VERSION, summary="envelope version 1"),
    Check("header.algorithm", "rzb.signed.algorithm", E.INVALID_HEADER, summary="algorithm 1 (Ed25519)"),
    Check("signature.key", "rzb.signed.key", E.CHECKSUM_MISMATCH, summary="signed by the key the caller trusts"),
    Check("signature.valid", "rzb.signed.verify", E.CHECKSUM_MISMATCH, summary="the signature verifies"),
)

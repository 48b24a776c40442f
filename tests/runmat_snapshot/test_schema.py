"""The declared trees against the research's counts, the header's fixed offsets, the era and release tables."""

from __future__ import annotations

import pytest

from binfmt_conformance.corpus.generators.runmat_snapshot import FileSpec, build, empty_body
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import declarations, schema, trees

# Research §2.8 and Appendix C.1: (types, structs, newtypes, enums, variants, aliases), Instr and Type sizes.
EXPECTED = {
    "v0.4.4": ((69, 39, 2, 30, 291, 3), 90, 16),
    "v0.5.0": ((158, 99, 22, 59, 446, 3), 119, 13),
    "v0.5.2": ((158, 99, 22, 59, 453, 3), 124, 13),
    "v0.5.3": ((158, 99, 22, 59, 458, 3), 125, 14),
    "v0.5.6": ((158, 99, 22, 59, 458, 3), 125, 14),
    "f1bdecc37": ((162, 101, 22, 61, 498, 3), 125, 14),
}


@pytest.mark.parametrize("body_schema", schema.GENERATIONS)
def test_body_tree_sizes_match_the_research(body_schema: str) -> None:
    declared = schema.body_declarations(body_schema)
    counts = declared.counts()
    sizes, instr, type_variants = EXPECTED[body_schema]
    assert tuple(counts[k] for k in ("types", "structs", "newtypes", "enums", "variants", "aliases")) == sizes
    assert len(declared.space.resolve(t.Ref("Instr")).variants) == instr  # type: ignore[union-attr]
    assert len(declared.space.resolve(t.Ref("Type")).variants) == type_variants  # type: ignore[union-attr]


def variant_names(body_schema: str, enum: str) -> list[str]:
    found = schema.build_layout(body_schema).space.resolve(t.Ref(enum))
    assert isinstance(found, t.Enum)
    return [v.name for v in found.variants]


def test_sub_generation_changes_of_c1() -> None:
    assert "ExternalWorkspace" not in variant_names("v0.5.0", "BindingRole")
    assert variant_names("v0.5.2", "BindingRole").index("ExternalWorkspace") == 3
    assert variant_names("v0.5.3", "Type")[6] == "Symbolic" and "Symbolic" not in variant_names("v0.5.2", "Type")
    assert variant_names("v0.5.3", "Instr")[73] == "CreateExternalBoundFunctionHandle"
    image = {
        g: [f.name for f in schema.build_layout(g).space.resolve(t.Ref("ImageNormalizePattern")).fields]  # type: ignore[union-attr]
        for g in ("v0.5.3", "v0.5.6")
    }
    assert image["v0.5.6"] == [*image["v0.5.3"], "clamp_zero"]
    assert variant_names("f1bdecc37", "runmat_vm::FunctionArgValidator")[0] == "A"
    assert len(variant_names("f1bdecc37", "runmat_hir::FunctionArgValidator")) == 33


def test_transcribed_variant_numbers_are_checked() -> None:
    text = "--- crate x (1) ---\nenum E [2] { 0 A; 2 B }\n"
    with pytest.raises(declarations.DeclarationError):
        declarations.build([text], declarations.Selection("g", ("g",)), ("g",))


def test_serde_skip_fields_are_not_on_the_wire() -> None:
    space = schema.build_layout("v0.4.4").space
    registry = space.resolve(t.Ref("BuiltinRegistry"))
    assert isinstance(registry, t.Struct) and registry.field_names() == ["name_index", "functions"]
    value_info = space.resolve(t.Ref("ValueInfo"))
    assert isinstance(value_info, t.Struct) and "constant" not in value_info.field_names()


@pytest.mark.parametrize("magic", ["runmat", "rustmat"])
def test_header_fields_sit_at_the_stated_offsets(magic: str) -> None:
    body = empty_body("v0.5.6")
    data = build(FileSpec("v0.5.6", body, magic=magic)).data
    shift = len(schema.MAGICS[magic]) - 7
    prefix = {name: (offset, size) for offset, size, name, _ in schema.header_fixed_prefix(magic)}
    assert data[4 : 4 + len(schema.MAGICS[magic])] == schema.MAGICS[magic]
    offset, _ = prefix["version"]
    assert offset == 11 + shift and data[offset : offset + 4] == (2).to_bytes(4, "little")
    offset, _ = prefix["metadata.runmat_version (length)"]
    assert offset == 27 + shift and data[offset : offset + 8 + 5] == (5).to_bytes(8, "little") + b"0.5.6"


def test_header_tail_offsets_from_the_end() -> None:
    """data_offset at E−41 / E−21 and compressed_size at E−49 / E−29 (checksum Some / None), E = 4 + H."""
    for checksum, tail in ((True, 41), (False, 21)):
        built = build(FileSpec("v0.5.6", empty_body("v0.5.6"), "zstd", checksum=checksum))
        end = 4 + int.from_bytes(built.data[:4], "little")
        info = built.document["header"]["data_info"]
        assert built.data[end - tail : end - tail + 8] == info["data_offset"].to_bytes(8, "little")
        assert built.data[end - tail - 8 : end - tail] == info["compressed_size"].to_bytes(8, "little")


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        ("0.2.8", schema.RAW),
        ("0.3.0", schema.RAW),
        ("0.4.1", schema.RAW),
        ("0.4.2", None),
        ("0.4.4", "v0.4.4"),
        ("0.4.9", "v0.4.4"),
        ("0.5.0", "v0.5.0"),
        ("0.5.1", None),
        ("0.5.2", "v0.5.2"),
        ("0.5.5", "v0.5.3"),
        ("0.5.6", "v0.5.6"),
        ("0.6.0", None),
        ("0.05.6", None),
        ("v0.5.6", None),
    ],
)
def test_release_selects_the_body_schema(release: str, expected: str | None) -> None:
    assert schema.body_schema_for(release) == expected


def test_one_declaration_holds_every_generation() -> None:
    assert "@until(v0.5.0)" in trees.BODY and "@since(v0.5.0)" in trees.BODY and "@since(v0.5.2)" in trees.BODY

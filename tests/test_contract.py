"""The format contract (formats/README.md): formats are found by looking, every check table gives errors their
clauses, the template folders are a working format that discovery ignores, and `.ksy` generated blocks fill."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from binfmt_conformance.conformance import cli as conformance_cli
from binfmt_conformance.conformance.regen import fill_ksy
from binfmt_conformance.formats import format_packages
from binfmt_conformance.formats._template import KSY_BLOCKS, schema
from binfmt_conformance.formats._template.checks import CHECKS as TEMPLATE_CHECKS
from binfmt_conformance.formats.checks import Check, CheckTable, WireCheck, wire_error
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant
from binfmt_conformance.formats.wire import postcard
from binfmt_conformance.formats.wire.codec import run_parse
from binfmt_conformance.reference_impl import registry
from binfmt_conformance.reference_impl._template import FORMAT as TEMPLATE
from binfmt_conformance.reference_impl._template import strategies

REPO = Path(__file__).resolve().parent.parent


def test_formats_are_found_by_looking() -> None:
    declaring = sorted(
        init.parent.name.replace("_", "-")
        for init in (REPO / "reference_impl").glob("*/__init__.py")
        if re.search(r"^FORMAT\s*=", init.read_text(), re.M) and not init.parent.name.startswith("_")
    )
    assert registry.available_formats() == declaring
    assert {"ach", "fzb", "plcbundle"} <= set(declaring)
    assert "_template" not in format_packages() and "wire" not in format_packages()
    for name in declaring:
        assert registry.get_format(name).name == name
        assert registry.package_name(name) in format_packages()


def test_unknown_format_is_unsupported() -> None:
    with pytest.raises(registry.Unsupported):
        registry.get_format("template")


@pytest.mark.parametrize("name", registry.available_formats())
def test_every_format_cli_has_help_and_main(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    tools = registry.format_module(name, "cli")
    assert isinstance(tools.HELP, str) and tools.HELP
    with pytest.raises(SystemExit) as stopped:
        conformance_cli.main([name, "--help"])
    assert stopped.value.code == 0
    assert f"conformance {name}" in capsys.readouterr().out


def test_conformance_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        conformance_cli.main(["--help"])
    out = capsys.readouterr().out
    for name in registry.available_formats():
        assert registry.format_module(name, "cli").HELP in out


def sample() -> dict[str, Any]:
    body = {"name": "pair", "shapes": [Variant("Empty"), Variant("Rect", [2.0, 0.5])]}
    return {"header": {"version": schema.VERSION, "flags": 0}, "body": body}


# Written from the template's layout by hand: magic, u16 version, u16 flags, u32 body length, then postcard
# (varint string length, bytes; varint count; varint variant index, f64 LE payloads).
SAMPLE_BYTES = (
    b"TMPL\x01\x00\x00\x00\x18\x00\x00\x00"
    + b"\x04pair\x02\x00\x02"
    + bytes.fromhex("0000000000000040")
    + bytes.fromhex("000000000000e03f")
)


def test_template_reads_and_writes_its_layout() -> None:
    from binfmt_conformance.reference_impl._template import reader, writer

    assert writer.write_file(sample()) == SAMPLE_BYTES
    assert reader.read_file(SAMPLE_BYTES) == sample()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.documents())
def test_template_round_trips(document: Any) -> None:
    assert TEMPLATE.decode(TEMPLATE.encode(document, "strict"), "strict") == document


BAD_INPUTS = {
    "short header": (SAMPLE_BYTES[:5], "header.size"),
    "bad magic": (b"TMPX" + SAMPLE_BYTES[4:], "header.magic"),
    "version 2": (SAMPLE_BYTES[:4] + b"\x02" + SAMPLE_BYTES[5:], "header.version"),
    "flags set": (SAMPLE_BYTES[:6] + b"\x01" + SAMPLE_BYTES[7:], "header.flags"),
    "body cut": (SAMPLE_BYTES[:-1], "body.length"),
    "after the body": (SAMPLE_BYTES + b"\x00", "body.trailing-file"),
    "unknown variant": (SAMPLE_BYTES[:18] + b"\x07" + SAMPLE_BYTES[19:], WireCheck.VARIANT),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_template_errors_carry_their_check_and_clause(case: str) -> None:
    data, check_id = BAD_INPUTS[case]
    with pytest.raises(FormatError) as raised:
        TEMPLATE.decode(data, "strict")
    check = TEMPLATE_CHECKS[check_id]
    assert (raised.value.check, raised.value.clause, raised.value.error_class) == (
        check.id,
        check.clause,
        check.error_class,
    )


def test_template_flags_are_checked_only_where_the_profile_says() -> None:
    data = SAMPLE_BYTES[:6] + b"\x01" + SAMPLE_BYTES[7:]
    assert TEMPLATE.decode(data, "upstream")["header"]["flags"] == {"type": "u16", "value": "1"}


def test_wire_errors_carry_a_wire_check_that_tables_map() -> None:
    codec = postcard.codec(schema.space, schema.BODY)
    with pytest.raises(FormatError) as raised:
        run_parse(codec, b"\x05ab")
    assert (raised.value.check, raised.value.clause) == ("wire.length", None)
    assert TEMPLATE_CHECKS.explain(raised.value).clause == "template.body.encoding"
    unrelated = FormatError(ErrorClass.INVALID_VALUE, "x", check="wire.bool")
    assert TEMPLATE_CHECKS.explain(unrelated) is unrelated


def test_check_table_rules() -> None:
    table = CheckTable(
        Check("a", "f.a", ErrorClass.TRUNCATED), Check("b", "f.b", ErrorClass.INVALID_VALUE, ("strict",))
    )
    with pytest.raises(ValueError):
        CheckTable(Check("a", "f.a", ErrorClass.TRUNCATED), Check("a", "f.b", ErrorClass.TRUNCATED))
    table.require("b", False, "ignored under upstream", "upstream")
    with pytest.raises(FormatError) as raised:
        table.require("b", False, "strict runs it", "strict")
    assert (raised.value.clause, raised.value.error_class) == ("f.b", ErrorClass.INVALID_VALUE)
    with pytest.raises(FormatError) as wrapped, table.wire():
        raise wire_error(WireCheck.EOF, ErrorClass.TRUNCATED, "not in the table")
    assert wrapped.value.clause is None
    assert "| `b` | `f.b` | `invalid_value` | — | ✔ |" in table.markdown(["upstream", "strict"])


def test_ksy_blocks_fill_indented_and_unknown_blocks_are_problems() -> None:
    text = (
        "enums:\n  # BEGIN GENERATED: x\n  stale: 1\n  # END GENERATED: x\n"
        "  # BEGIN GENERATED: y\n  # END GENERATED: y\n"
    )
    problems: list[str] = []
    filled = fill_ksy(text, {"x": lambda: "a:\n  0: b\n"}, "t.ksy", problems)
    assert filled.startswith("enums:\n  # BEGIN GENERATED: x\n  a:\n    0: b\n  # END GENERATED: x\n")
    assert problems == ["t.ksy: no KSY_BLOCKS entry renders the generated block y"]


def test_template_ksy_is_current_and_compiles() -> None:
    from binfmt_conformance.formats import kaitai_build

    path = REPO / "formats" / "_template" / "_template.ksy"
    problems: list[str] = []
    assert fill_ksy(path.read_text(), KSY_BLOCKS, "template", problems) == path.read_text()
    assert problems == []
    try:
        kaitai_build.ensure_node_modules()
    except kaitai_build.KaitaiBuildError as missing:
        pytest.fail(f"the Kaitai compiler is part of the kit's test setup: {missing}")
    sources = kaitai_build.compile_ksy(path, "python")
    namespace: dict[str, Any] = {}
    exec(compile(sources["template.py"], "template.py", "exec"), namespace)
    parsed = namespace["Template"].from_bytes(SAMPLE_BYTES)
    assert (parsed.version, parsed.body_len) == (1, len(SAMPLE_BYTES) - 12)


def test_template_modules_follow_the_contract() -> None:
    for module in ("schema", "profiles", "limits", "checks", "tables"):
        importlib.import_module(f"binfmt_conformance.formats._template.{module}")
    for module in ("reader", "writer", "api", "cli", "strategies"):
        importlib.import_module(f"binfmt_conformance.reference_impl._template.{module}")
    assert isinstance(TEMPLATE_CHECKS, CheckTable) and "header.size" in TEMPLATE_CHECKS


def rejected_decodes(format_name: str) -> list[tuple[str, bytes, str]]:
    from binfmt_conformance.conformance.cases import load_cases

    out = []
    for case in load_cases(formats=[format_name]):
        if case.operation != "decode" or case.is_folder:
            continue
        runs = case.by_profile.items() if case.by_profile else [(None, case.expect)]
        out += [(case.id, case.read_input(), p or "") for p, e in runs if e is not None and e.outcome == "reject"]
    return out


@pytest.mark.parametrize("name", registry.available_formats())
def test_every_reference_rejection_carries_the_clause_of_a_declared_check(name: str) -> None:
    """Errors get their clause from the check that raised them: the check is in the format's table and the
    clause is that row's (the corpus's rejected inputs exercise every path that raises)."""
    table = importlib.import_module(f"binfmt_conformance.formats.{registry.package_name(name)}.checks").CHECKS
    fmt = registry.get_format(name)
    cases = rejected_decodes(name)
    assert cases
    for case_id, data, profile in cases:
        with pytest.raises(FormatError) as raised:
            fmt.decode(data, profile or fmt.default_profile)
        error = raised.value
        assert error.check in table, f"{case_id}: {error} raised by no check of the table ({error.check})"
        assert error.clause == table[error.check].clause, case_id


def contract_files(folder: Path) -> set[str]:
    """The modules and folders the contract names, as a folder holds them (`__pycache__` aside)."""
    return {p.name for p in folder.iterdir() if p.name != "__pycache__" and not p.name.startswith(".")}


# What the contract lets a format still lack, and why; each entry leaves this list when the file lands.
PENDING: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("package", format_packages())
def test_every_format_folder_has_the_shape_of_the_template(package: str) -> None:
    """formats/<pkg>/ holds every module of formats/_template/ (its `.ksy` named after the package) and the
    compiled parsers in `kaitai/`; reference_impl/<pkg>/ holds every module of reference_impl/_template/;
    `formats.<pkg>` declares the names the kit looks up."""
    wanted = {name.replace("_template", package) for name in contract_files(REPO / "formats" / "_template")}
    wanted.add("kaitai")
    missing = sorted(wanted - contract_files(REPO / "formats" / package))
    missing += sorted(
        contract_files(REPO / "reference_impl" / "_template") - contract_files(REPO / "reference_impl" / package)
    )
    pending = [name for name in missing if (package, name) in PENDING]
    assert [name for name in missing if name not in pending] == [], f"{package} lacks files of the template"
    declared = importlib.import_module(f"binfmt_conformance.formats.{package}")
    template = importlib.import_module("binfmt_conformance.formats._template")
    for name in template.__all__:
        if name == "KSY_BLOCKS" and (package, f"{package}.ksy") in PENDING:
            continue
        assert hasattr(declared, name), f"formats.{package} does not declare {name}"
    assert isinstance(declared.NAME, str) and declared.EXTENSION.startswith(".") and declared.TITLE
    if pending:
        pytest.xfail(f"{package}: {', '.join(pending)} pending: {'; '.join(PENDING[(package, n)] for n in pending)}")


def test_pending_contract_gaps_are_still_gaps() -> None:
    """A pending entry whose file exists is stale: remove it so the shape test holds the format to it."""
    stale = [f"{package}/{name}" for package, name in PENDING if (REPO / "formats" / package / name).exists()]
    assert stale == []


def test_bincode_ksy_types_follow_the_tree_with_its_bounds() -> None:
    """formats.ksy.BincodeTypes: named types count a level, containers pass it on, counts are checked against
    the bytes left (the bincode minimum size of an item) and max_items, and variant payloads get their types."""
    from binfmt_conformance.formats import ksy
    from binfmt_conformance.formats import types as t

    space = t.TypeSpace()
    node = t.Ref("Node")
    space.define(
        "Node",
        t.Enum(
            "Node",
            (t.unit("Leaf"), t.newtype("Many", t.Seq(node)), t.tuple_variant("Pair", t.U16, t.BOOL)),
        ),
    )
    space.define("Tree", t.Struct("Tree", (t.Field("root", node), t.Field("label", t.Option(t.STR)))))
    built = ksy.BincodeTypes(space)
    text = built.render(t.Ref("Tree"))
    types: dict[str, Any] = built.types
    assert text.startswith("tree:\n  params:\n    - id: level\n")
    assert sorted(types) == ["node", "option_string", "pair_args", "tree", "vec_node"]
    assert [f["id"] for f in types["tree"]["seq"]] == ["depth_check", "root", "label"]
    assert types["tree"]["seq"][1]["type"] == "node(level + 1)" and types["tree"]["seq"][2]["type"] == "option_string"
    cases = types["node"]["seq"][2]["type"]["cases"]
    assert cases == {"node_kind::many": "vec_node(level)", "node_kind::pair": "pair_args"}
    assert types["vec_node"]["seq"][2]["type"] == "node(level + 1)"
    assert types["vec_node"]["instances"]["min_item_size"]["value"] == 4  # a u32 tag, Leaf has no payload
    assert [f["type"] for f in types["pair_args"]["seq"]] == ["u2", "bincode_bool"]


def test_ksy_types_follow_the_wire_encoding() -> None:
    """formats.ksy.KsyTypes on each wire: bincode 1 reads fixed-width integers, u64 lengths and a u32 variant
    index checked in place; postcard reads varints (a u16 in at most 3 groups, the last at most 0b11), checks a
    count against the bytes left and max_items before the items, and checks the index with an empty field."""
    from binfmt_conformance.formats import ksy
    from binfmt_conformance.formats import types as t

    space = t.TypeSpace()
    space.define("Node", t.Enum("Node", (t.unit("Leaf"), t.tuple_variant("Pair", t.U16, t.BOOL))))
    space.define("Tree", t.Struct("Tree", (t.Field("nodes", t.Map(t.STR, t.Ref("Node"))),)))

    plain = ksy.KsyTypes(space, ksy.BINCODE1, prefix="p_").visit(t.Ref("Tree")).types
    assert plain["p_tree"] == {"seq": [{"id": "nodes", "type": "p_map_string_node"}]}
    assert plain["p_map_string_node"]["seq"] == [
        {"id": "len", "type": "u8"},
        {"id": "entries", "type": "p_entry_string_node", "repeat": "expr", "repeat-expr": "len"},
    ]
    assert plain["p_entry_string_node"]["seq"] == [
        {"id": "key", "type": "bincode_string"},
        {"id": "value", "type": "p_node"},
    ]
    assert plain["p_node"]["seq"][0] == {"id": "tag", "type": "u4", "valid": {"max": 1}}
    assert plain["p_node"]["seq"][1]["type"] == {"switch-on": "tag", "cases": {1: "p_tup_u16_bool"}}
    assert plain["p_tup_u16_bool"]["seq"] == [{"id": "item0", "type": "u2"}, {"id": "item1", "type": "bincode_bool"}]

    nesting = ksy.Nesting({"id": "depth", "type": "u2"}, {"id": "nest", "size": 0})
    bounded = ksy.KsyTypes(space, ksy.POSTCARD, max_items="9", nesting=nesting).visit(t.Ref("Tree")).types
    assert bounded["tree"]["seq"][0] == {"id": "nest", "size": 0}
    assert bounded["tree"]["seq"][1] == {"id": "nodes", "type": "map_string_node(depth)"}
    assert [e["id"] for e in bounded["map_string_node"]["seq"]] == ["len", "fits", "bounded", "entries"]
    assert bounded["map_string_node"]["seq"][0]["type"] == "postcard_varint(10, 1)"
    assert bounded["map_string_node"]["seq"][1]["valid"] == {"expr": "len.value * 2 <= _io.size - _io.pos"}
    assert bounded["map_string_node"]["seq"][2]["valid"] == {"expr": "len.value <= 9"}
    assert bounded["entry_string_node"]["seq"][1] == {"id": "value", "type": "node(depth + 1)"}
    tag, known = bounded["node"]["seq"][1:3]
    assert tag == {"id": "tag", "type": "postcard_varint(5, 15)"}
    assert known["valid"] == {"expr": "tag.value <= 1"}
    assert bounded["tup_u16_bool"]["seq"][0] == {"id": "item0", "type": "postcard_varint(3, 3)"}
    helpers = ksy.POSTCARD.helpers("9")
    assert list(helpers) == ["postcard_varint", "postcard_bool", "postcard_string", "postcard_bytes"]

"""The assembler and disassembler: asm(dis(x)) == x, hand-written text, errors, and the CLI functions."""

from __future__ import annotations

from pathlib import Path

import pytest

from binfmt_conformance.corpus.generators import fzb as generator
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.fzb import api, cli
from binfmt_conformance.reference_impl.fzb.asm import assemble
from binfmt_conformance.reference_impl.fzb.dis import disassemble
from binfmt_conformance.reference_impl.fzb.syntax import AsmError

REAL = Path(__file__).resolve().parents[2] / "corpus" / "fzb" / "real-world"


def canonical_inputs() -> list[tuple[str, bytes]]:
    out = [(f"real-world/{p.name}", p.read_bytes()) for p in sorted(REAL.glob("*.fzb"))]
    for case in generator.generate():
        accepts = [case.expect] if case.expect else list(case.by_profile.values())
        if case.data is not None and any(e.outcome == "accept" and e.canonical for e in accepts):
            out.append((f"{case.case_class}/{case.path}", case.data))
    return out


INPUTS = canonical_inputs()


def test_every_canonical_corpus_chunk_survives_dis_then_asm() -> None:
    assert len(INPUTS) > 70
    for name, data in INPUTS:
        assert assemble(disassemble(data)) == data, name


def test_disassembly_is_readable() -> None:
    text = disassemble((REAL / "tui.fzb").read_bytes())
    assert text.splitlines()[:4] == [".fzb 1 current", ".constants", '  0: Str "0.1.0"', "  1: Unit"]
    assert "0000  LOAD_CONST 0" in text and "@ 0:0 0+0" in text and '; Str "0.1.0"' in text
    legacy = disassemble((REAL / "hello-legacy.fzb").read_bytes())
    assert legacy.startswith(".fzb 1 b248970\n")


def test_hand_written_text_with_labels() -> None:
    text = """
    ; count down from 3
    .name "countdown"
    .constants
      Int 3
      Int 1
      Int 0
    .code
      LOAD_CONST 0
    loop:
      DUP
      LOAD_CONST 2
      GT
      JUMP_IF_FALSE done
      LOAD_CONST 1
      SUB
      JUMP loop
    done:
      RETURN
    """
    chunk = api.deserialize_chunk(assemble(text))
    assert chunk["name"] == "countdown"
    assert chunk["spans"] == []
    assert chunk["instructions"] == [
        V("LoadConst", 0),
        V("Dup"),
        V("LoadConst", 2),
        V("Gt"),
        V("JumpIfFalse", 3),
        V("LoadConst", 1),
        V("Sub"),
        V("Jump", -7),
        V("Return"),
    ]


def test_values_by_type() -> None:
    text = """.constants
      Float nan 0x7ff0000000000001
      Float -inf
      Record {"b": Int 1, "a": Cons(tail=Nil, head=Bool true)}
      Closure(name="f", arity=2, chunk={ .code RETURN })
      NativeFn(name="print", arity=1, args=[])
    """
    constants = api.deserialize_chunk(assemble(text))["constants"]
    assert str(constants[0].value) == "nan"
    assert constants[1] == V("Float", float("-inf"))
    cell = V("Cons", {"head": V("Bool", True), "tail": V("Nil")})
    assert constants[2] == V("Record", [("b", V("Int", 1)), ("a", cell)])
    assert constants[3].value["arity"] == 2 and constants[3].value["chunk"]["instructions"] == [V("Return")]
    assert constants[4] == V("NativeFn", {"name": "print", "arity": 1, "args": []})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (".code FROB", "no instruction 'FROB'"),
        (".code LOAD_LOCAL 256", "out of range for u8"),
        (".code JUMP nowhere", "undefined label nowhere"),
        (".code 0001 RETURN", "address 0001 is instruction 0"),
        (".constants 1: Int 1", "constant 1 is at position 0"),
        (".code RETURN @ 0:0 0+0 RETURN", "either every instruction carries a span or none does"),
        (".fzb 1 b248970\n.code CONCAT", "no instruction 'CONCAT' in the b248970 layout"),
        ('.constants Str "open', "unexpected character"),
        (".constants Closure(arity=1)", "missing fields"),
        (".name none .name none", "repeated directive .name"),
    ],
)
def test_errors_name_the_place(text: str, message: str) -> None:
    with pytest.raises(AsmError) as caught:
        assemble(text)
    assert message in str(caught.value)


def test_cli_functions(tmp_path: Path) -> None:
    source = tmp_path / "hello_tui.fzs"
    source.write_text(cli.dis(REAL / "hello_tui.fzb"), encoding="utf-8")
    out = tmp_path / "out.fzb"
    assert cli.asm(source, out) == 1997
    assert out.read_bytes() == (REAL / "hello_tui.fzb").read_bytes()
    summary = cli.info(REAL / "hello_tui.fzb")
    assert "76 instructions, 19 constants, 76 spans" in summary
    assert "layout current" in summary and "trailing bytes: 0" in summary
    assert "layout b248970" in cli.info(REAL / "hello-legacy.fzb")
    assert cli.main(["asm", str(source), "-o", str(tmp_path / "again.fzb")]) == 0
    assert cli.main(["dis", str(tmp_path / "hello_tui.fzs")]) == 1  # not a .fzb file: bad_magic

"""Judging replies, without processes: classes outside the vocabulary, float spellings, differential agreement."""

from __future__ import annotations

import json

from binfmt_conformance.conformance.cases import Expect
from binfmt_conformance.conformance.judge import judge_agreement, judge_outcome
from binfmt_conformance.conformance.testee import Reply
from binfmt_conformance.formats.protocol import BAD_OUTPUT, FAIL, PASS, SKIP
from tests.runner.support import CORPUS


def test_an_error_class_outside_the_vocabulary_is_bad_output() -> None:
    status, got, _ = judge_outcome(Expect("reject", errors=("bad_magic",)))(Reply("error", error="oops"))
    assert (status, got) == (BAD_OUTPUT, "reject:oops")
    status, _, _ = judge_agreement(Expect("reject", errors=("bad_magic",)))(Reply("error", error="not a class"))
    assert status == BAD_OUTPUT


def test_reject_with_another_class_fails_and_differential_accepts_any_class() -> None:
    expect = Expect("reject", errors=("bad_magic",))
    assert judge_outcome(expect)(Reply("error", error="truncated"))[0] == FAIL
    assert judge_agreement(expect)(Reply("error", error="truncated"))[0] == PASS
    assert judge_outcome(expect)(Reply("ok", model={}))[0] == FAIL


def test_floats_are_judged_by_bits() -> None:
    expect = Expect("accept", {"x": {"type": "f64", "value": "1e+16"}})
    assert judge_outcome(expect)(Reply("ok", model={"x": {"type": "f64", "value": "10000000000000000"}}))[0] == PASS
    assert judge_outcome(expect)(Reply("ok", model={"x": {"type": "f64", "value": "1e+15"}}))[0] == FAIL


def test_unsupported_is_a_skip_never_a_pass() -> None:
    assert judge_outcome(Expect("accept", {}))(Reply("unsupported", message="no"))[0] == SKIP


def test_object_key_order_is_not_significant_but_array_and_entry_order_are() -> None:
    want = {"a": {"type": "u8", "value": "1"}, "b": [1, 2], "m": {"type": "map", "entries": [["x", 1], ["y", 2]]}}
    reordered = {"m": {"entries": [["x", 1], ["y", 2]], "type": "map"}, "b": [1, 2], "a": {"value": "1", "type": "u8"}}
    assert judge_outcome(Expect("accept", want))(Reply("ok", model=reordered))[0] == PASS
    swapped = {**want, "b": [2, 1]}
    assert judge_outcome(Expect("accept", want))(Reply("ok", model=swapped))[0] == FAIL
    entries = {**want, "m": {"type": "map", "entries": [["y", 2], ["x", 1]]}}
    assert judge_outcome(Expect("accept", want))(Reply("ok", model=entries))[0] == FAIL


def test_non_canonical_integer_text_fails_naming_the_rule() -> None:
    expect = Expect("accept", {"n": {"type": "u32", "value": "7"}})
    for spelling in ("007", "+7", "7.0"):
        status, got, message = judge_outcome(expect)(Reply("ok", model={"n": {"type": "u32", "value": spelling}}))
        assert (status, got) == (FAIL, "model-differs")
        assert "canonical" in message and "conv.model.exact" in message
    negative_zero = judge_outcome(Expect("accept", {"n": {"type": "i8", "value": "0"}}))
    assert "canonical" in negative_zero(Reply("ok", model={"n": {"type": "i8", "value": "-0"}}))[2]


def test_differences_name_json_kinds_and_values_never_python_types() -> None:
    _, _, message = judge_outcome(Expect("accept", {"x": [1]}))(Reply("ok", model={"x": {"y": 1}}))
    assert "expected an array, got an object" in message and "dict" not in message and "list" not in message
    _, _, message = judge_outcome(Expect("accept", {"x": "a"}))(Reply("ok", model={"x": "b"}))
    assert "'a'" in message and "'b'" in message


def test_byte_differences_show_a_hex_window_around_the_first_differing_byte() -> None:
    from binfmt_conformance.conformance.judge import byte_difference

    message = byte_difference(bytes(range(40)), bytes(range(20)) + b"\xff" + bytes(range(21, 40)), "canonical form")
    assert "differs at byte 20" in message and "14 15 16" in message and "13 ff 15" in message


def flipped(data: bytes, offset: int) -> bytes:
    """One byte changed, ASCII staying ASCII (the changed file still decodes: its canonical view is a view)."""
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


def canonical_message(format_name: str, original: bytes, got: bytes) -> str:
    from binfmt_conformance.conformance.judge import judge_canonical

    status, got_token, message = judge_canonical(format_name, original)(Reply("ok", data=got))
    assert (status, got_token) == (FAIL, "bytes-differ")
    return message


def test_byte_differences_name_the_schema_field_at_the_offset() -> None:
    """The expected field paths are the tests' own: they built (or looked up) the values at those bytes."""
    from binfmt_conformance.reference_impl.registry import get_format

    fzb = get_format("fzb")
    model = json.loads((CORPUS / "fzb" / "valid" / "chunk" / "empty.json").read_text(encoding="utf-8"))
    document = model["expect"]["model"]
    document["chunk"]["name"] = "needle-in-the-name"
    document["chunk"]["constants"] = [{"variant": "Int", "value": {"type": "i64", "value": "1"}}]
    document["chunk"]["constants"].append({"variant": "Str", "value": "needle-in-a-constant"})
    data = fzb.encode(document, "upstream")
    for needle, field in ((b"needle-in-the-name", "chunk.name"), (b"needle-in-a-constant", "chunk.constants[1].Str")):
        offset = data.index(needle) + 3
        assert f"differs at byte {offset} ({field})" in canonical_message("fzb", data, flipped(data, offset))
    assert "(header.version)" in canonical_message("fzb", data, flipped(data, 4))  # after the 4-byte magic

    ach = (CORPUS / "ach" / "valid" / "container" / "empty-uncompressed.ach").read_bytes()
    offset = ach.index(b"Achronyme v0.6.4") + 2
    assert "(body.metadata.created_by)" in canonical_message("ach", ach, flipped(ach, offset))

    rzb = (CORPUS / "rzb" / "valid" / "container" / "raw-flag-true.rzb").read_bytes()
    # The first two strings of the bundle are `entry_module` and `entry_function`, both "main" (the case's model).
    # The view puts the container's name and a NUL before the payload: "Raw\0" moves the offset by 4.
    first = rzb.index(b"main")
    second = rzb.index(b"main", first + 4)
    for offset, field in ((first + 1, "bundle.entry_module (S6)"), (second + 2, "bundle.entry_function (S6)")):
        assert f"differs at byte {offset + 4} ({field})" in canonical_message("rzb", rzb, flipped(rzb, offset))


def matrix_report(implementation: str, statuses: dict[str, str]) -> dict[str, object]:
    results = [
        {
            "id": check_id,
            "case": check_id,
            "status": status,
            "expected": "accept",
            "got": "accept",
            "message": "",
            "clauses": ["fzb.exec.div", "ach.header.magic"],
        }
        for check_id, status in statuses.items()
    ]
    return {"implementation": implementation, "results": results, "summary": {"ok": True}}


def test_html_matrix_labels_columns_distinctly_puts_failures_first_and_links_case_and_clause() -> None:
    import re

    from binfmt_conformance.conformance.report import html_matrix

    first = matrix_report("x", {"a/1": "pass", "z/9": "fail", "b/2": "pass"})
    second = matrix_report("x", {"a/1": "pass", "z/9": "pass", "b/2": "crash"})
    page = html_matrix([first, second])
    assert "<th>x (1)<br>" in page and "<th>x (2)<br>" in page  # the same name twice: numbered
    assert "<th>left<br>" in html_matrix([first, second], labels=["left", "right"])
    rows = re.findall(r'<tr><th><a href="corpus/([^"]+)\.json">', page)
    assert rows == ["b/2", "z/9", "a/1"]  # rows with a failure first
    # Each clause links to the chapter that defines it (found here by reading the chapters), at its anchor.
    chapter = next(p for p in (CORPUS.parent / "spec").rglob("*.md") if "**[fzb.exec.div]**" in p.read_text())
    assert f'href="spec/{chapter.relative_to(CORPUS.parent / "spec").as_posix()}#fzb.exec.div"' in page
    assert 'href="spec/formats/ach.md#ach.header.magic"' in page


def test_a_model_checked_by_its_digest_compares_floats_by_bits_too() -> None:
    """A `model_sha256` expectation hashes the reference's spelling; a testee's `2`, `1e-5` or `1E+16` for the
    reference's `2.0`, `1e-05` and `1e+16` is the same model, and another value is not."""
    import hashlib

    reference = {
        "a": [{"type": "f64", "value": "2.0"}, {"type": "f64", "value": "1e-05"}],
        "b": {"type": "f32", "value": "0.1"},
    }
    text = json.dumps(reference, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expect = Expect("accept", model_sha256=hashlib.sha256(text.encode()).hexdigest())
    judge = judge_outcome(expect)
    respelt = {
        "b": {"value": "0.100000001", "type": "f32"},
        "a": [{"type": "f64", "value": "2"}, {"type": "f64", "value": "1E-5"}],
    }
    assert judge(Reply("ok", model=respelt))[0] == PASS
    other = {
        "a": [{"type": "f64", "value": "2.5"}, {"type": "f64", "value": "1e-05"}],
        "b": {"type": "f32", "value": "0.1"},
    }
    assert judge(Reply("ok", model=other))[0] == FAIL
    assert judge(Reply("ok", model=reference))[0] == PASS


def test_past_a_limit_a_decoder_with_larger_limits_may_accept() -> None:
    """conv.limits: `past_limit` lets a decoder that reads on accept; without it an acceptance fails, and with
    it a class outside the listed ones still fails."""
    past = Expect("reject", errors=("limit_exceeded",), past_limit=True)
    assert judge_outcome(past)(Reply("ok", model={"any": "model"}))[0] == PASS
    assert judge_outcome(past)(Reply("error", error="limit_exceeded"))[0] == PASS
    assert judge_outcome(past)(Reply("error", error="invalid_value"))[0] == FAIL
    assert judge_outcome(Expect("reject", errors=("limit_exceeded",)))(Reply("ok", model={}))[0] == FAIL
    assert Expect.from_json(past.to_json()) == past

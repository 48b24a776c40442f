"""The reader's fast paths against its exact paths: record parsing (one orjson pass, members checked at once)
against the per-line parser, and line splitting (two C scans) against the line-by-line loop — on the corpus'
bundles and on hypothesis-generated lines, including the lines where the fast path must give way (not JSON,
not an object, a bad member, an empty line, a line near the limit)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binfmt_conformance.conformance.cases import load_cases
from binfmt_conformance.corpus.generators.plcbundle import realistic
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.plcbundle import limits
from binfmt_conformance.formats.plcbundle.profiles import PROFILES
from binfmt_conformance.reference_impl.plcbundle import reader, repository

LINES = realistic()[:60]


def outcome(action: Any) -> Any:
    try:
        return ("ok", action())
    except FormatError as error:
        return ("error", error.error_class, error.message)


def exact(action: Any) -> Any:
    before, reader.FAST_PATHS = reader.FAST_PATHS, False
    try:
        return outcome(action)
    finally:
        reader.FAST_PATHS = before


def same_records(lines: list[str]) -> None:
    for profile in PROFILES.values():
        fast = outcome(lambda p=profile: reader.parse_records(lines, p))
        assert fast == exact(lambda p=profile: reader.parse_records(lines, p)), profile.name


def same_split(content: bytes) -> None:
    for profile in PROFILES.values():
        fast = outcome(lambda p=profile: reader.split_content(content, p))
        assert fast == exact(lambda p=profile: reader.split_content(content, p)), profile.name


def corpus_bundles() -> list[bytes]:
    found = []
    for case in load_cases(formats=["plcbundle"]):
        if not case.is_folder and case.operation == "decode":
            found.append(case.read_input())
    return found


def test_the_fast_paths_agree_with_the_exact_paths_on_the_corpus() -> None:
    checked = 0
    for data in corpus_bundles():
        for profile in PROFILES.values():
            try:
                parts, _ = reader.decompress_all(data, reader.data_start(data))
                content = b"".join(parts)
                content.decode("utf-8")
            except (FormatError, UnicodeDecodeError):
                continue
            same_split(content)
            lines = outcome(lambda p=profile, c=content: reader.split_content(c, p))
            if lines[0] == "ok":
                same_records(lines[1])
                checked += 1
    assert checked > 50


# Lines the fast path must pass to the exact path, and lines it takes: records with a member broken or not.
MEMBER_VALUES = {
    "did": st.sampled_from(["did:plc:" + "a" * 24, "did:plc:short", 7, None, "did:plc:" + "A" * 24]),
    "operation": st.sampled_from([{"type": "plc_tombstone"}, [], "x", None]),
    "cid": st.sampled_from(["bafyone", "", 3, None]),
    "nullified": st.sampled_from([False, True, 0, "true", None]),
    "createdAt": st.sampled_from(["2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00Z", 1, None]),
}


@st.composite
def record_lines(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:  # not an object, or not JSON at all (cut short, NaN, a big integer, a lone surrogate)
        return draw(st.sampled_from(["[1]", '"x"', "{", "NaN", '{"a":NaN}', "1" * 30, '{"a":"\\ud800"}', "{}{}"]))
    if kind == 1:
        return draw(st.text(max_size=12).filter(lambda t: "\n" not in t))
    record = {name: draw(values) for name, values in MEMBER_VALUES.items() if draw(st.booleans()) or kind > 3}
    if kind > 5:  # valid by construction
        record.update(json.loads(draw(st.sampled_from(LINES))))
    return json.dumps(record, separators=(",", ":"), ensure_ascii=draw(st.booleans()))


@settings(max_examples=150, deadline=None)
@given(st.lists(record_lines(), min_size=1, max_size=8))
def test_record_parsing_fast_path_agrees_with_the_per_line_parser(lines: list[str]) -> None:
    same_records(lines)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINES), st.just(""), st.text(max_size=40)), max_size=8), st.booleans())
def test_line_splitting_fast_path_agrees_with_the_line_loop(lines: list[str], final_newline: bool) -> None:
    text = "\n".join(line.replace("\n", " ") for line in lines) + ("\n" if final_newline else "")
    same_split(text.encode("utf-8"))


@pytest.mark.parametrize("width", [10, 11, 40])
def test_line_splitting_near_the_line_limit(monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    """A smaller limit puts lines on both sides of it (ASCII and 4-byte characters): the fast path gives way."""
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 40)
    for line in ("a" * width, "\U0001f600" * (width // 4), "é" * width):
        same_split(f"{line}\n{LINES[0]}\n".encode())


NULLIFIED = st.sampled_from([True, False, None, "", "yes", 1, 0, 1.0, [], {}])
TIMES = st.sampled_from(["", "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:01.000Z", "2024-01-02T00:00:00.000Z"])


@settings(max_examples=200, deadline=None)
@given(st.lists(NULLIFIED, max_size=12))
def test_nullified_count_agrees_with_is_nullified(values: list[Any]) -> None:
    for profile in PROFILES.values():
        expected = len([v for v in values if repository.is_nullified(v, profile)])
        assert repository.nullified_count(values, profile) == expected, profile.name


@settings(max_examples=200, deadline=None)
@given(st.lists(TIMES | st.none(), max_size=8), TIMES)
def test_in_order_agrees_with_the_order_loop(times: list[Any], floor: str) -> None:
    if repository.in_order(times, floor):  # the loop, from the floor, finds nothing before its predecessor
        for moment in times:
            assert moment >= floor
            floor = moment
    elif all(type(moment) is str for moment in times):  # else the loop finds the time out of order
        assert any(moment < previous for previous, moment in zip([floor, *times], times, strict=False))

"""The generator: deterministic, big enough, covering every variant, citing only clauses the spec has."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest

from binfmt_conformance.conformance.execution import reference_reply
from binfmt_conformance.conformance.judge import outcome_verdict
from binfmt_conformance.conformance.regen import CLAUSE, clauses_in_spec
from binfmt_conformance.corpus.generators import fzb as generator
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import SPEC_TABLES, schema
from binfmt_conformance.formats.protocol import ERROR, PASS
from binfmt_conformance.reference_impl.fzb import FORMAT, reader

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "spec" / "formats" / "fzb.md").read_text(encoding="utf-8")
CASES = generator.generate()


def walk_values(value: t.Variant):
    yield value
    payload = value.value
    if value.name in ("Tuple", "Array"):
        for item in payload:
            yield from walk_values(item)
    elif value.name in ("Record", "Map"):
        for _, item in payload:
            yield from walk_values(item)
    elif value.name == "Cons":
        yield from walk_values(payload["head"])
        yield from walk_values(payload["tail"])
    elif value.name in ("Variant", "NativeFn"):
        for item in payload["fields" if value.name == "Variant" else "args"]:
            yield from walk_values(item)
    elif value.name == "Closure":
        yield from walk_chunk(payload["chunk"])


def walk_chunk(chunk):
    yield from chunk["instructions"]
    for constant in chunk["constants"]:
        yield from walk_values(constant)


def test_deterministic() -> None:
    again = generator.generate()
    assert [(c.path, c.data, c.expectation_json()) for c in again] == [
        (c.path, c.data, c.expectation_json()) for c in CASES
    ]


def test_counts_per_class() -> None:
    counts = Counter(c.case_class for c in CASES)
    assert counts["valid"] >= 60
    assert counts["malformed"] >= 30
    assert counts["impl-defined"] >= 3
    assert counts["real-world"] == 3
    assert len({(c.case_class, c.path) for c in CASES}) == len(CASES)


def test_valid_cases_use_every_instruction_and_value_variant() -> None:
    seen: set[str] = set()
    floats: list[float] = []
    strings: list[str] = []
    for case in CASES:
        if case.case_class != "valid":
            continue
        chunk = reader.read_chunk(case.data, "strict")
        for item in walk_chunk(chunk):
            seen.add(item.name)
            if item.name == "Float":
                floats.append(item.value)
            if item.name in ("Str", "CheckString"):
                strings.append(item.value)
    for ref in (schema.INSTRUCTION, schema.VALUE):
        enum = schema.space.resolve(ref)
        assert isinstance(enum, t.Enum)
        assert {v.name for v in enum.variants} <= seen, enum.name
    assert any(math.isnan(f) for f in floats)
    assert any(f == 0 and math.copysign(1, f) < 0 for f in floats)
    assert math.inf in floats and -math.inf in floats
    assert any(not s.isascii() for s in strings)
    assert any(len(s.encode()) > len(s) + 2 for s in strings)  # a multi-byte character that is not 2 bytes


def test_every_error_class_of_the_reader_is_exercised() -> None:
    rejected = {
        e
        for c in CASES
        for x in ([c.expect] if c.expect else c.by_profile.values())
        if x and x.outcome == "reject"
        for e in x.errors
    }
    assert rejected >= {
        "truncated",
        "bad_magic",
        "unsupported_version",
        "invalid_value",
        "unknown_variant",
        "invalid_utf8",
        "trailing_data",
        "limit_exceeded",
    }


def test_clauses_exist_and_every_must_is_cited() -> None:
    clauses, duplicates = clauses_in_spec()
    assert not duplicates
    cited = {clause for case in CASES for clause in case.clauses}
    assert cited <= set(clauses)
    in_chapter = set(CLAUSE.findall(SPEC))
    assert {name for name in in_chapter if clauses[name]} <= cited


@pytest.mark.parametrize("name", sorted(SPEC_TABLES))
def test_spec_tables_are_current(name: str) -> None:
    match = re.search(rf"<!-- BEGIN GENERATED: {name} -->\n(.*?)<!-- END GENERATED: {name} -->", SPEC, re.S)
    assert match is not None and match.group(1) == SPEC_TABLES[name]()


def test_the_spec_leaves_execution_to_the_vm_chapter() -> None:
    assert "\n## Execution\n" in SPEC


def test_expectations_hold_for_the_reference() -> None:
    for case in CASES:
        data = case.data
        if data is None:
            data = (ROOT / "corpus" / "fzb" / "real-world" / f"{case.path}.fzb").read_bytes()
        expectations = {FORMAT.default_profile: case.expect} if case.expect else case.by_profile
        for profile, expect in expectations.items():
            reply = reference_reply(lambda data=data, profile=profile: FORMAT.decode(data, profile))
            verdict = outcome_verdict(expect, reply)
            assert verdict.status == PASS, (case.path, profile, verdict.message)
            # The class a case lists first is the reference's own.
            assert reply.status != ERROR or reply.error == expect.errors[0], (case.path, profile)
            if reply.status != ERROR and expect.canonical:
                assert FORMAT.encode(reply.model, profile) == data, (case.path, profile)

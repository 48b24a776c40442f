"""Every generated plcbundle case, under every profile, against the reference implementation."""

from __future__ import annotations

from pathlib import Path

import pytest

from binfmt_conformance.conformance.cases import Expect, GeneratedCase
from binfmt_conformance.conformance.execution import reference_reply
from binfmt_conformance.conformance.judge import outcome_verdict
from binfmt_conformance.conformance.testee import Reply
from binfmt_conformance.corpus.generators import plcbundle as generator
from binfmt_conformance.formats.protocol import PASS
from binfmt_conformance.reference_impl.plcbundle import FORMAT, repository

CASES = generator.generate()


def run(case: GeneratedCase, profile: str, folder: Path | None) -> Reply:
    if case.operation == "decode":
        return reference_reply(lambda: FORMAT.decode(case.data, profile))
    options = dict(case.options)
    if folder is not None:
        options["path"] = str(folder)
    data = None if folder is not None else case.data
    return reference_reply(lambda: FORMAT.operate(case.operation, profile, data, options))


@pytest.mark.parametrize("case", CASES, ids=[f"{c.case_class}/{c.path}" for c in CASES])
def test_case(case: GeneratedCase, tmp_path: Path) -> None:
    folder = None
    if isinstance(case.data, dict):
        folder = tmp_path / "repo"
        repository.write_files(folder, case.data)
    expectations: dict[str, Expect] = dict.fromkeys(FORMAT.profiles, case.expect) if case.expect else case.by_profile
    assert set(expectations) == set(FORMAT.profiles)
    for profile, expect in expectations.items():
        verdict = outcome_verdict(expect, run(case, profile, folder))
        assert verdict.status == PASS, (profile, verdict.message)


def test_case_classes_and_size() -> None:
    counts: dict[str, int] = {}
    total = 0
    for case in CASES:
        counts[case.case_class] = counts.get(case.case_class, 0) + 1
        total += sum(map(len, case.data.values())) if isinstance(case.data, dict) else len(case.data or b"")
    assert set(counts) == {"valid", "malformed", "invalid", "impl-defined"}
    assert total < 20 << 20  # the committed corpus stays under 20 MB
    impl_defined = [c for c in CASES if c.case_class == "impl-defined"]
    for number in (1, 2, 3, 4, 5, 6, 7, 8, 12, 14, 15, 16, 21):
        assert any(f"#{number}" in c.notes or f"#{number})" in c.description for c in impl_defined), number


def test_expected_models_validate_against_the_model_schema() -> None:
    import jsonschema

    schema = FORMAT.model_schema()
    for case in CASES:
        if case.operation == "decode" and case.expect is not None and case.expect.outcome == "accept":
            jsonschema.validate(case.expect.model, schema)


def test_valid_framed_cases_reencode_canonically() -> None:
    for case in CASES:
        if case.case_class == "valid" and case.operation == "decode" and case.expect.canonical:
            encoded = FORMAT.encode(case.expect.model, "strict")
            assert FORMAT.canonical_view(encoded) == FORMAT.canonical_view(case.data), case.path

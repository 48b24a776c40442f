"""Every corpus case against the reference implementation, in-process (a tiny harness, as tomli's
tests/test_data.py): inputs beside expectations, one test per case and profile."""

from __future__ import annotations

import pytest

from conformance.cases import Case, Expect, load_cases
from formats.errors import FormatError
from formats.model import first_difference
from reference_impl.registry import get_format

RUNS = [
    (case, profile, expect)
    for case in load_cases()
    for profile, expect in (case.by_profile.items() if case.by_profile else [(None, case.expect)])
    if expect is not None
]


@pytest.mark.parametrize(("case", "profile", "expect"), RUNS, ids=[f"{c.id}@{p}" if p else c.id for c, p, _ in RUNS])
def test_case(case: Case, profile: str | None, expect: Expect) -> None:
    fmt = get_format(case.format)
    profile = profile or fmt.default_profile
    if profile not in fmt.profiles:
        pytest.fail(f"{case.id} names profile {profile}, which the reference does not implement")
    try:
        if case.operation == "decode":
            got = fmt.decode(case.read_input(), profile)
        else:
            options = dict(case.options)
            if case.is_folder:
                options["path"] = str(case.input_path)
            got = fmt.operate(case.operation, profile, None if case.is_folder else case.read_input(), options)
    except FormatError as error:
        assert expect.outcome == "reject", f"rejected as {error.error_class}: {error.message}"
        assert error.error_class.value in expect.errors
        return
    assert expect.outcome == "accept", f"accepted; expected {expect.errors}"
    assert first_difference(expect.model, got) is None
    if expect.canonical:
        assert fmt.canonical_view(fmt.encode(got, profile)) == fmt.canonical_view(case.read_input())


def test_regen_check_is_clean() -> None:
    from conformance import regen

    assert regen.regenerate(check=True) == []

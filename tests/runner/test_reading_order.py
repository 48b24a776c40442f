"""A reader that reads a count's items one by one, as upstream's bincode 1.3, postcard and rmp-serde do,
instead of holding the count against the bytes left first, is a correct reader (fzb/rzb/runmat-snapshot
.wire.length and ach.body.encoding leave the order open): it passes every decode check that expects a
rejection. The reader here is the reference within `codec.items_one_by_one()`: a count's items are read
until one breaks a rule or the bytes run out (the compiled rzb decoder gives way to the codec; the fast
fzb and ach readers already do on such a count)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from binfmt_conformance.conformance.cases import CORPUS_ROOT
from binfmt_conformance.conformance.execution import InProcessSession, run_check
from binfmt_conformance.conformance.plan import Check, Plan, build_plan
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.protocol import PASS
from binfmt_conformance.formats.wire import codec
from binfmt_conformance.reference_impl.registry import get_format
from binfmt_conformance.reference_impl.testee import capabilities

FORMATS = ["fzb", "rzb", "runmat-snapshot", "ach"]
CHECKS = [
    check
    for check in build_plan(Plan(capabilities(), examples=0, mutations=0, formats=FORMATS))
    if check.kind != "encode" and check.expected.startswith("reject")
]


@pytest.fixture(scope="module")
def item_by_item() -> Iterator[None]:
    with codec.items_one_by_one():
        yield


def test_the_checks_are_there() -> None:
    assert {check.format for check in CHECKS} == set(FORMATS)
    assert any(check.case_id == "fzb/real-world/hello-legacy" for check in CHECKS)


@pytest.mark.parametrize(
    ("case", "profile", "first_broken_item"),
    [
        ("fzb/real-world/hello-legacy.fzb", "upstream", ErrorClass.UNKNOWN_VARIANT),
        ("rzb/valid/structs/kitchen-sink-S2.rzb", "s0", ErrorClass.INVALID_UTF8),
    ],
)
def test_the_reader_reads_the_items_one_by_one(
    case: str, profile: str, first_broken_item: ErrorClass, item_by_item: Any
) -> None:
    """Where the reference stops at the count (truncated), this reader goes on to the first broken item."""
    with pytest.raises(FormatError) as rejected:
        get_format(case.split("/")[0]).decode((CORPUS_ROOT / case).read_bytes(), profile)
    assert rejected.value.error_class is first_broken_item, rejected.value


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_a_reader_of_items_one_by_one_passes(check: Check, item_by_item: Any) -> None:
    result = run_check(InProcessSession(), check)
    assert result.status == PASS, f"expected {check.expected}, got {result.got}: {result.message}"

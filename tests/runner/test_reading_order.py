"""A reader that reads a count's items one by one, as upstream's bincode 1.3 and postcard do, instead of
holding the count against the bytes left first, is a correct reader (fzb/rzb/runmat-snapshot.wire.length
leave the order open): it passes every decode check that expects a rejection. The reader here is the
reference with its count checks off (a count's items are then read until one breaks a rule or the bytes run
out) and its fast decoders bypassed, so that the construct codec reads every item."""

from __future__ import annotations

from typing import Any

import pytest

from binfmt_conformance.conformance.cases import CORPUS_ROOT
from binfmt_conformance.conformance.execution import InProcessSession, run_check
from binfmt_conformance.conformance.plan import Check, Plan, build_plan
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.protocol import PASS
from binfmt_conformance.formats.wire import bincode1_fast, codec, serde_binary
from binfmt_conformance.reference_impl import faults
from binfmt_conformance.reference_impl.registry import get_format
from binfmt_conformance.reference_impl.rzb import reader as rzb_reader
from binfmt_conformance.reference_impl.testee import capabilities

FORMATS = ["fzb", "rzb", "runmat-snapshot"]
CHECKS = [
    check
    for check in build_plan(Plan(capabilities(), examples=0, mutations=0, formats=FORMATS))
    if check.kind != "encode" and check.expected.startswith("reject")
]


@pytest.fixture(scope="module")
def item_by_item() -> Any:
    patch = pytest.MonkeyPatch()
    count_first = codec.check_count

    def check_count(stream: Any, count: int, least: int, max_items: int, what: str, path: str | None) -> None:
        if least == 0 or what in ("string", "bytes"):  # a string is read at once; zero-size items never end
            count_first(stream, count, least, max_items, what, path)

    def counted(self: Any, data: bytes, pos: int, item_size: int) -> int:
        raise bincode1_fast.Fallback  # every count to the construct codec

    patch.setattr(serde_binary, "check_count", check_count)
    patch.setattr(bincode1_fast.Decoder, "counted", counted)
    patch.setattr(rzb_reader, "payload_decoder", rzb_reader.payload_decoder)
    faults.rzb_construct_reader_only()  # sets rzb_reader.payload_decoder, undone with the rest
    yield
    patch.undo()


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

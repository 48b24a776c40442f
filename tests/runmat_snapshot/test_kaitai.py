"""The Kaitai-generated parser (runmat_snapshot.ksy, through the Kaitai testee) meets every runmat-snapshot case
under `upstream`; the cases it answers `unsupported` are exactly the ones corpus/kaitai-skips.json lists."""

from __future__ import annotations

import json
from pathlib import Path

from binfmt_conformance.conformance.cases import load_cases
from binfmt_conformance.formats.model import first_difference
from binfmt_conformance.reference_impl import kaitai_testee

SKIPS = json.loads((Path(__file__).resolve().parents[2] / "corpus" / "kaitai-skips.json").read_text())


def test_kaitai_parser_meets_the_corpus() -> None:
    problems, unsupported = {}, set()
    for case in load_cases(formats=["runmat-snapshot"]):
        expect = case.expectation_for("upstream")
        if expect is None:
            continue
        code, answer = kaitai_testee.answer("decode", "runmat-snapshot", "upstream", case.read_input())
        if code == kaitai_testee.EXIT_UNSUPPORTED:
            unsupported.add(case.id)
        elif expect.outcome == "reject":
            if code != kaitai_testee.EXIT_REJECTED or answer["error"] not in expect.errors:
                problems[case.id] = answer
        elif code != kaitai_testee.EXIT_OK or first_difference(expect.model, answer) is not None:
            problems[case.id] = answer if code else first_difference(expect.model, answer)
    assert problems == {}
    assert unsupported == {k for k in SKIPS if k.startswith("runmat-snapshot/")}

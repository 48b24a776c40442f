"""The execute corpus: the reference gives every expected outcome, with both engines; the generator is
deterministic, cites only clauses the spec defines, and together the cases use every instruction."""

from __future__ import annotations

import pytest

from binfmt_conformance.conformance.cases import GeneratedCase
from binfmt_conformance.conformance.execution import reference_reply
from binfmt_conformance.conformance.judge import outcome_verdict
from binfmt_conformance.conformance.regen import clauses_in_spec
from binfmt_conformance.conformance.testee import Reply
from binfmt_conformance.corpus.generators import fzb_exec
from binfmt_conformance.formats.fzb import limits, profiles, schema
from binfmt_conformance.formats.protocol import PASS
from binfmt_conformance.reference_impl.fzb import FORMAT, api, vm

CASES = fzb_exec.generate()


def outcome_of(case: GeneratedCase, profile: str, engine: str) -> Reply:
    if engine == "auto":
        return reference_reply(lambda: FORMAT.operate("execute", profile, case.data, case.options))

    def interpreted() -> dict:
        chunk = api.deserialize_chunk(case.data, profile)
        run = vm.execute(chunk, profile, case.options, engine=engine)
        layout = profiles.PROFILES[profile].layout
        from binfmt_conformance.formats import model
        from binfmt_conformance.reference_impl.fzb.values import to_wire

        wire = to_wire(run.result, vm.Limits.from_options(case.options).value_size_limit)
        return {"result": model.to_model(layout.space, layout.value, wire), "stdout": run.stdout}

    return reference_reply(interpreted)


# Programs whose interpreted intended run takes seconds; the upstream run interprets the same code.
HEAVY = {"fib", "tak", "tail_calls", "binary_trees"}


def runs() -> list[tuple[str, str, str]]:
    """(case path, profile, engine): every profile of every case with the engine `execute` picks (`strict`
    only where it is cheap: it runs the upstream semantics, like `upstream`), and the interpreter too."""
    out = []
    for case in CASES:
        for profile in case.by_profile:
            if profile == "strict" and "/programs/" in f"/{case.path}":
                continue
            out.append((case.path, profile, "auto"))
            if profile != "strict" and case.path.rsplit("/", 1)[-1] not in HEAVY:
                out.append((case.path, profile, "interpreter"))
    return out


BY_PATH = {case.path: case for case in CASES}


@pytest.mark.parametrize(("path", "profile", "engine"), runs())
def test_case(path: str, profile: str, engine: str) -> None:
    case = BY_PATH[path]
    verdict = outcome_verdict(case.by_profile[profile], outcome_of(case, profile, engine))
    assert verdict.status == PASS, verdict.message[:500]


def test_generator_is_deterministic() -> None:
    again = fzb_exec.generate()
    assert [(c.path, c.data, c.expectation_json()) for c in again] == [
        (c.path, c.data, c.expectation_json()) for c in CASES
    ]


def test_cases_cite_defined_clauses_and_cover_every_execution_requirement() -> None:
    clauses, duplicates = clauses_in_spec()
    assert not duplicates
    cited = {clause for case in CASES for clause in case.clauses}
    assert not [c for c in cited if c not in clauses]
    required = {c for c, must in clauses.items() if must and c.startswith("fzb.exec.")}
    assert required - cited == set()


def test_classes_follow_outcomes() -> None:
    for case in CASES:
        kinds = {e.outcome for e in case.by_profile.values()}
        assert case.path.startswith("execute/") and case.operation == "execute"
        if case.case_class == "valid":
            assert kinds == {"accept"}
        elif case.case_class == "invalid":
            assert kinds == {"reject"}
    counts = {k: sum(c.case_class == k for c in CASES) for k in ("valid", "invalid", "impl-defined", "real-world")}
    assert counts["valid"] >= 60 and counts["invalid"] >= 60 and counts["impl-defined"] >= 10


def instructions_of(chunk: dict) -> set[str]:
    names = {i.name for i in chunk["instructions"]}
    for constant in chunk["constants"]:
        if constant.name == "Closure":
            names |= instructions_of(constant.value["chunk"])
    return names


def test_cases_use_every_instruction_and_every_runtime_class() -> None:
    used: set[str] = set()
    errors: set[str] = set()
    for case in CASES:
        if "upstream" in case.by_profile:
            used |= (
                instructions_of(api.deserialize_chunk(case.data, "upstream"))
                if case.path != ("execute/hello-legacy")
                else set()
            )
        for expect in case.by_profile.values():
            errors |= set(expect.errors)
    assert used == {name for name, _, _ in schema.INSTRUCTIONS}
    assert {c.value for c in limits.RUNTIME_CLASSES} <= errors

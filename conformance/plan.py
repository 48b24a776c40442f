"""The plan of a run: which checks the corpus, the property generators and the mutator yield for a testee.

Check kinds (spec/protocol.md, "Checks"):
- `decode` (and other operations: execute, verify, get_operation, replay): a case's input must give the expected
  model or result, or be rejected with one of the expected classes — under every profile the testee declares,
  unless the case is impl-defined (then under each declared profile it has an outcome for);
- `encode`: for canonical cases, encode(model) must reproduce the file in the canonical sense;
- `property-encode` / `property-decode`: hypothesis-generated models; the testee encodes and the reference
  decodes, or the reference encodes and the testee decodes; the model must survive;
- `differential`: mutated golden bytes; testee and reference must agree on accept/reject and on the model.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance import regen_cache
from binfmt_conformance.conformance.cases import CORPUS_ROOT, Case, Expect, load_cases
from binfmt_conformance.conformance.judge import (
    Judge,
    describe,
    judge_agreement,
    judge_canonical,
    judge_encoded_by_testee,
    judge_outcome,
)
from binfmt_conformance.conformance.testee import Request
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.registry import Unsupported, get_format


@dataclass
class Check:
    id: str
    format: str
    kind: str
    profile: str | None
    request: Request
    judge: Judge
    clauses: tuple[str, ...] = ()
    case_id: str | None = None
    expected: str = ""  # short form of what should happen, for reports


@dataclass
class Plan:
    capabilities: dict[str, Any]
    profile: str | None = None
    formats: list[str] | None = None
    seed: int = 0
    examples: int = 20
    mutations: int = 3
    checks: list[Check] = field(default_factory=list)

    def offered(self, format_name: str) -> dict[str, Any] | None:
        return self.capabilities["formats"].get(format_name)

    def profiles_for(self, format_name: str) -> list[str | None]:
        """The profiles checks of this format run under: the declared ones (or only `--profile`), the default
        first; [None] for a testee that declares none."""
        offered = self.offered(format_name) or {}
        declared = list(offered.get("profiles") or [])
        if self.profile:
            return [self.profile] if self.profile in declared or not declared else []
        default = offered.get("default_profile")
        return sorted(declared, key=lambda p: p != default) or [None]

    def default_profile(self, format_name: str) -> str | None:
        offered = self.offered(format_name) or {}
        return self.profile or offered.get("default_profile")


def case_request(case: Case, profile: str | None) -> Request:
    if case.is_folder:
        return Request(case.operation, case.format, profile, path=str(case.input_path), options=dict(case.options))
    return Request(case.operation, case.format, profile, data=case.read_input(), options=dict(case.options))


def case_runs(plan: Plan, case: Case) -> list[tuple[str | None, Expect, str]]:
    """(profile, expectation, check ID) of each run of a case. A case with one outcome (`expect`) runs under
    every declared profile — its rules hold under all of them, except where `profiles` overrides the outcome
    for a profile — with the case ID as check ID under the default profile and `<case>@<profile>` under the
    others; an impl-defined case (only `profiles`) runs as `<case>@<profile>` under each declared profile it
    has an outcome for."""
    runs: list[tuple[str | None, Expect, str]] = []
    default = plan.default_profile(case.format)
    for profile in plan.profiles_for(case.format):
        expect = case.expectation_for(profile)
        if expect is None:
            continue
        plain = case.expect is not None and (profile == default or profile is None)
        runs.append((profile, expect, case.id if plain else f"{case.id}@{profile}"))
    return runs


def case_checks(plan: Plan, case: Case) -> Iterable[Check]:
    offered = plan.offered(case.format)
    if offered is None or case.operation not in offered.get("operations", []):
        return
    for profile, expect, check_id in case_runs(plan, case):
        yield Check(
            check_id,
            case.format,
            case.operation,
            profile,
            case_request(case, profile),
            judge_outcome(expect),
            case.clauses,
            case.id,
            describe(expect),
        )
        can_encode = "encode" in offered.get("operations", []) and expect.model_sha256 is None
        if expect.canonical and expect.outcome == "accept" and can_encode:
            yield Check(
                f"{check_id}#encode",
                case.format,
                "encode",
                profile,
                Request("encode", case.format, profile, model=expect.model),
                judge_canonical(case.format, case.read_input()),
                case.clauses,
                case.id,
                "bytes-equal",
            )


def property_checks(plan: Plan, format_name: str) -> Iterable[Check]:
    offered = plan.offered(format_name)
    if offered is None or plan.examples <= 0:
        return
    reference = get_format(format_name)
    strategy = reference.model_strategy()
    if strategy is None:
        return
    profile = plan.default_profile(format_name) or reference.default_profile
    if profile not in reference.profiles:
        return
    # Drawing is deterministic (same seed, same code, same hypothesis) and slow to start (strategy checks):
    # remembered on disk under a key of all three (conformance/regen_cache.py).
    models = regen_cache.cached(
        "plan.draw_models",
        f"{format_name}\0{plan.examples}\0{plan.seed}".encode(),
        lambda: draw_models(strategy, plan.examples, plan.seed),
    )
    operations = offered.get("operations", [])
    for index, model in enumerate(models):
        if "encode" in operations:
            yield Check(
                f"property/{format_name}/encode/{index:04d}",
                format_name,
                "property-encode",
                profile,
                Request("encode", format_name, profile, model=model),
                judge_encoded_by_testee(format_name, profile, model),
                (),
                None,
                "round-trip",
            )
        if "decode" in operations:
            data = reference.encode(model, profile)
            yield Check(
                f"property/{format_name}/decode/{index:04d}",
                format_name,
                "property-decode",
                profile,
                Request("decode", format_name, profile, data=data),
                judge_outcome(Expect("accept", model)),
                (),
                None,
                "accept",
            )


def draw_models(strategy: Any, count: int, seed: int) -> list[Any]:
    """`count` examples, the same for the same seed and hypothesis version."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis.configuration import set_hypothesis_home_dir

    # Hypothesis keeps caches in `.hypothesis/` of the working directory; a run writes nothing where it starts.
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "conformance-hypothesis")
    drawn: list[Any] = []

    @fixed_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        phases=["generate"],
    )
    @given(strategy)
    def collect(model: Any) -> None:
        if len(drawn) < count:
            drawn.append(model)

    collect()
    return drawn


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One structural accident: a flipped bit, a changed byte, an inserted or deleted run, or truncation."""
    if not data:
        return bytes([rng.randrange(256)])
    buffer = bytearray(data)
    choice = rng.randrange(5)
    position = rng.randrange(len(buffer))
    if choice == 0:
        buffer[position] ^= 1 << rng.randrange(8)
    elif choice == 1:
        buffer[position] = rng.randrange(256)
    elif choice == 2:
        buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    elif choice == 3:
        del buffer[position : position + rng.randint(1, 8)]
    else:
        del buffer[position:]
    return bytes(buffer)


def differential_checks(plan: Plan, cases: list[Case]) -> Iterable[Check]:
    for case in cases:
        offered = plan.offered(case.format)
        if (
            offered is None
            or "decode" not in offered.get("operations", [])
            or case.is_folder
            or case.operation != "decode"
            or case.case_class not in ("valid", "real-world")
        ):
            continue
        reference = get_format(case.format)
        profile = plan.default_profile(case.format) or reference.default_profile
        if profile not in reference.profiles:
            continue
        rng = random.Random(f"{plan.seed}:{case.id}")
        original = case.read_input()
        for index in range(plan.mutations):
            data = mutate(original, rng)
            try:
                expect = Expect("accept", reference.decode(data, profile))
            except FormatError as error:
                expect = Expect("reject", errors=(error.error_class.value,))
            except Unsupported:
                continue
            yield Check(
                f"differential/{case.id}/{index}",
                case.format,
                "differential",
                profile,
                Request("decode", case.format, profile, data=data),
                judge_agreement(expect),
                case.clauses,
                case.id,
                describe(expect),
            )


def build_plan(
    plan: Plan, corpus_root: Path = CORPUS_ROOT, patterns: list[str] | None = None, case_id: str | None = None
) -> list[Check]:
    formats = plan.formats or sorted(plan.capabilities["formats"])
    cases = load_cases(corpus_root, formats)
    checks: list[Check] = []
    for case in cases:
        checks.extend(case_checks(plan, case))
    for format_name in formats:
        try:
            checks.extend(property_checks(plan, format_name))
        except Unsupported:
            continue
    checks.extend(differential_checks(plan, cases))
    if patterns:
        checks = [c for c in checks if any(pattern in c.id for pattern in patterns)]
    if case_id:
        checks = [c for c in checks if c.id == case_id or c.case_id == case_id or c.id.startswith(case_id + "#")]
    return checks

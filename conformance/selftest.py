"""`conformance selftest`: the kit measures its own power on seeded faults of the reference.

Every fault of `reference_impl.faults` (the reference with one realistic implementer bug) runs through the
runner, in serve mode, on the checks of its own format. A fault is *caught* only when the checks that fail are
ones it explains: at least one failing corpus check cites a clause the fault names, and every failing check
is explained — it cites such a clause, or the unfaulted reference rejects its request by a check citing one
(a file read under the wrong generation fails where the reference's Option tag check fails: a lenient tag
moves that failure elsewhere), or it is a generated property/differential check, which cite none. A fault
that merely makes everything crash is not caught. Prints the kill score per format and every
survivor; exits non-zero when any fault survives. A survivor is a missing corpus case.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from binfmt_conformance.conformance.execution import run_suite
from binfmt_conformance.conformance.results import Result
from binfmt_conformance.conformance.testee import Limits
from binfmt_conformance.reference_impl.faults import Fault, catalogue

GENERATED_KINDS = ("differential", "property-encode", "property-decode")
PASSING = ("pass", "skip")


@dataclass
class Verdict:
    fault: Fault
    caught: bool
    explained: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)
    error: str = ""

    def line(self) -> str:
        if self.error:
            return f"SURVIVED {self.fault.name}: the run did not complete: {self.error}"
        if self.caught:
            return f"caught   {self.fault.name}: {len(self.explained)} checks fail (e.g. {self.explained[0]})"
        why = (
            f"{len(self.unexplained)} failing checks it does not explain (e.g. {self.unexplained[0]})"
            if self.unexplained
            else "no check fails"
        )
        return f"SURVIVED {self.fault.name} ({self.fault.description}): {why}"


def reference_clause(result: Result) -> str | None:
    """The clause of the check by which the (unfaulted) reference rejects the check's request, if it does."""
    from binfmt_conformance.reference_impl import testee

    answer = testee.handle(result.check.request.to_json(0))
    clause = answer.get("clause") if answer.get("status") == "error" else None
    return clause if isinstance(clause, str) else None


def explained(fault: Fault, result: Result) -> bool:
    if result.status not in ("fail", "timeout"):
        return False
    check = result.check
    if fault.explains_check(check.kind, check.clauses) or check.kind in GENERATED_KINDS:
        return True
    clause = reference_clause(result)
    return clause is not None and fault.explains_check(check.kind, (clause,))


def judge(fault: Fault, results: list[Result]) -> Verdict:
    failing = [r for r in results if r.status not in PASSING]
    good = [r.check.id for r in failing if explained(fault, r)]
    bad = [f"{r.check.id} ({r.status})" for r in failing if not explained(fault, r)]
    from_cases = [r for r in failing if fault.explains_check(r.check.kind, r.check.clauses)]
    return Verdict(fault, bool(from_cases) and not bad, good, bad)


def run_fault(fault: Fault, timeout: float) -> Verdict:
    impl = f"{sys.executable} -m binfmt_conformance.reference_impl.faults {fault.name}"
    try:
        outcome = run_suite(
            impl, limits=Limits(timeout=timeout), mode="serve", formats=[fault.format], examples=0, mutations=0
        )
    except ValueError as problem:
        return Verdict(fault, False, error=str(problem))
    return judge(fault, outcome.results)


def selftest(
    formats: list[str] | None = None, names: list[str] | None = None, jobs: int = 2, timeout: float = 30.0
) -> list[Verdict]:
    faults = [f for f in catalogue() if (not formats or f.format in formats) and (not names or f.name in names)]
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        return list(pool.map(lambda fault: run_fault(fault, timeout), faults))


def scores(verdicts: list[Verdict]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for verdict in verdicts:
        caught, total = out.get(verdict.fault.format, (0, 0))
        out[verdict.fault.format] = (caught + verdict.caught, total + 1)
    return out


def command_selftest(args: argparse.Namespace) -> int:
    verdicts = selftest(args.format, args.fault, args.jobs, args.timeout)
    for verdict in verdicts:
        if args.verbose or not verdict.caught:
            print(verdict.line())
    for format_name, (caught, total) in sorted(scores(verdicts).items()):
        print(f"selftest {format_name}: {caught}/{total} seeded faults caught")
    survivors = [v for v in verdicts if not v.caught]
    print(f"SELFTEST {'PASSED' if not survivors else 'FAILED'}: {len(verdicts) - len(survivors)}/{len(verdicts)}")
    return 1 if survivors else 0


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("selftest", help="run the suite against seeded faults of the reference (kill score)")
    parser.add_argument("--format", action="append", help="only the faults of this format (repeatable)")
    parser.add_argument("--fault", action="append", help="only this fault (repeatable)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="faults run at once")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds per request (no speed test: a loaded machine)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print caught faults too")
    parser.set_defaults(handler=command_selftest)

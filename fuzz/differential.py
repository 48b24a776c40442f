"""Differential fuzzing of any implementation against the reference: `conformance fuzz --impl PATH --format F`.

Inputs are the format's corpus inputs (every single-file decode case, `fuzz-found/` included), mutated by the
format's structure-aware mutator where it has one (`fuzz/<pkg>_mutator.py`: it repairs checksums, lengths,
offsets and zstd framing from the schema) and by plain byte mutation otherwise. Each input goes to the testee
through the protocol (one `serve` process when the testee offers it, else a process per input) and to the
reference in this process. A disagreement on accept/reject, on the error class, or on the model is a finding;
so is a testee that crashes, hangs or answers garbage. A finding is shrunk (bytes removed while the same
disagreement holds), deduplicated by (check, verdict pair, first differing path), and written as a case
`corpus/<format>/fuzz-found/<signature-hash>.<ext>` + `.json` whose expectation is the reference's outcome
(per profile where the profiles disagree) and whose clauses are the clause the reference's check cites (or the
seed case's clauses when the reference accepts). `conformance run --impl PATH --case <id>` replays it;
`conformance fuzz triage` lists and replays them all.

This module uses the runner only through its public entry points: `conformance.testee` sessions
(`ServeSession` / `PerCaseSession`: `call`, `close`), `Request`, `Limits`, `query_capabilities`, and the
shortcut resolution of `--impl` (`conformance.execution.resolve_impl`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance.cases import CORPUS_ROOT, Case, Expect, GeneratedCase, load_cases
from binfmt_conformance.conformance.execution import resolve_impl
from binfmt_conformance.conformance.testee import (
    ERROR,
    OK,
    Limits,
    PerCaseSession,
    Reply,
    Request,
    ServeSession,
    query_capabilities,
)
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.model import first_difference
from binfmt_conformance.formats.wire.codec import items_one_by_one
from binfmt_conformance.fuzz import harness
from binfmt_conformance.reference_impl.registry import ReferenceFormat, Unsupported, get_format

FOUND_CLASS = "fuzz-found"
LIMIT_EXCEEDED = ErrorClass.LIMIT_EXCEEDED.value
TRUNCATED = ErrorClass.TRUNCATED.value
# The formats whose spec leaves open whether a count is held against the bytes left before its items are
# read, with the clause that says so: where the reference stops at such a count (truncated), a reader of the
# items one by one (as serde's bincode 1.3, postcard and rmp-serde are) may answer the first broken item's class.
ORDER_OPEN = {
    "fzb": "fzb.wire.length",
    "rzb": "rzb.wire.length",
    "runmat-snapshot": "runmat-snapshot.wire.length",
    "ach": "ach.body.encoding",
}
MAX_INPUT = 1 << 20
SHRINK_CALLS = 200  # testee calls one finding's shrinking may spend


@dataclass(frozen=True)
class Verdict:
    """One implementation's answer to one input: accept (with the model), reject (with class and clause), or
    a protocol failure of the testee (crash, timeout, bad_output)."""

    outcome: str
    error: str | None = None
    model: Any = None
    clause: str | None = None
    message: str = ""
    also: tuple[str, ...] = ()  # reject: the classes a reader of the other order gives (ORDER_OPEN)

    @property
    def label(self) -> str:
        return f"reject:{self.error}" if self.outcome == "reject" else self.outcome


def reference_verdict(reference: ReferenceFormat, data: bytes, profile: str) -> Verdict:
    """The reference's verdict; a truncated one of an ORDER_OPEN format carries the class that a reader of the
    items one by one gives, when it differs."""
    verdict = decoded_verdict(reference, data, profile)
    if verdict.error != TRUNCATED or reference.name not in ORDER_OPEN:
        return verdict
    with items_one_by_one():
        other = decoded_verdict(reference, data, profile)
    if other.outcome == "reject" and other.error != TRUNCATED:
        return dataclasses.replace(verdict, also=(other.error or "",))
    return verdict


def decoded_verdict(reference: ReferenceFormat, data: bytes, profile: str) -> Verdict:
    try:
        return Verdict("accept", model=reference.decode(data, profile))
    except FormatError as error:
        return Verdict("reject", error.error_class.value, clause=error.clause, message=error.message)


def testee_verdict(reply: Reply) -> Verdict:
    if reply.status == OK:
        return Verdict("accept", model=reply.model)
    if reply.status == ERROR:
        return Verdict("reject", reply.error, message=reply.message)
    return Verdict(reply.status, message=reply.message)


@dataclass(frozen=True)
class Signature:
    """What makes two findings the same: the check, the two verdicts, and where the models first differ."""

    check: str
    reference: str
    testee: str
    path: str

    def digest(self) -> str:
        return hashlib.sha256(json.dumps([self.check, self.reference, self.testee, self.path]).encode()).hexdigest()


def disagreement(format_name: str, profile: str, want: Verdict, got: Verdict) -> Signature | None:
    """The finding's signature when the testee's verdict departs from the reference's, else None."""
    check = f"{format_name}.decode@{profile}:" + (want.clause or "accepted")
    if got.outcome == "unsupported":
        return None
    if want.outcome == "reject" and want.error == LIMIT_EXCEEDED and got.outcome in ("accept", "reject"):
        # conv.limits: past a limit the reference stops, and a decoder with larger limits goes on and answers
        # what the bytes then warrant, which the reference cannot say; only a crash, hang or bad output counts.
        return None
    if got.outcome == want.outcome == "reject":
        return None if got.error in (want.error, *want.also) else Signature(check, want.label, got.label, "")
    if got.outcome == want.outcome == "accept":
        difference = first_difference(want.model, got.model)
        return Signature(check, "accept", "model-differs", difference.split(":")[0]) if difference else None
    return Signature(check, want.label, got.label, "")


@dataclass
class Finding:
    signature: Signature
    data: bytes
    profile: str
    seed_case: Case
    want: Verdict
    got: Verdict
    case_id: str = ""


@dataclass
class Campaign:
    """What one `conformance fuzz` run did."""

    implementation: str
    format: str
    profile: str
    executions: int = 0
    seconds: float = 0.0
    findings: list[Finding] = field(default_factory=list)
    duplicates: int = 0
    mode: str = "per-case"

    def summary(self) -> str:
        rate = self.executions / self.seconds if self.seconds else 0.0
        return (
            f"FUZZ {self.implementation} {self.format}@{self.profile} ({self.mode}): {self.executions} inputs "
            f"in {self.seconds:.1f} s ({rate:.0f}/s), {len(self.findings)} distinct findings, "
            f"{self.duplicates} duplicates"
        )


Mutator = Callable[[bytes, random.Random], bytes]


def mutator_for(format_name: str) -> Mutator:
    """The format's structure-aware mutator (`fuzz.<pkg>_mutator.mutate(data, max_size, seed, byte_mutator)`)
    where there is one, a plain byte mutator otherwise; both draw from the given random source."""
    try:
        module = importlib.import_module(f"binfmt_conformance.fuzz.{format_name.replace('-', '_')}_mutator")
    except ModuleNotFoundError:
        module = None

    def mutate(data: bytes, rng: random.Random) -> bytes:
        byte_mutator = harness.python_byte_mutator(rng)
        if module is not None and rng.random() < 0.9:
            return module.mutate(data, MAX_INPUT, rng.randrange(1 << 32), byte_mutator)
        return byte_mutator(data, MAX_INPUT)

    return mutate


def seed_cases(format_name: str, corpus_root: Path = CORPUS_ROOT) -> list[Case]:
    return [c for c in load_cases(corpus_root, [format_name]) if c.operation == "decode" and not c.is_folder]


class Testee:
    """The implementation under test, behind one session (serve when offered); `decode` never raises."""

    def __init__(self, impl: str, limits: Limits, mode: str = "auto") -> None:
        self.command = resolve_impl(impl)
        self.capabilities = query_capabilities(self.command, limits)
        serve = mode == "serve" or (mode == "auto" and bool(self.capabilities.get("serve")))
        self.mode = "serve" if serve else "per-case"
        self.session: ServeSession | PerCaseSession = (ServeSession if serve else PerCaseSession)(self.command, limits)

    def offered(self, format_name: str) -> dict[str, Any] | None:
        return self.capabilities["formats"].get(format_name)

    def decode(self, format_name: str, profile: str, data: bytes) -> Verdict:
        return testee_verdict(self.session.call(Request("decode", format_name, profile, data=data)))

    def close(self) -> None:
        self.session.close()


def choose_profile(testee: Testee, reference: ReferenceFormat, format_name: str, asked: str | None) -> str:
    offered = testee.offered(format_name)
    if offered is None or "decode" not in offered.get("operations", []):
        raise ValueError(f"the testee does not offer decode of {format_name}")
    profile = asked or offered.get("default_profile") or reference.default_profile
    if profile not in reference.profiles:
        raise ValueError(f"the reference has no profile {profile!r} for {format_name}")
    declared = offered.get("profiles") or []
    if declared and profile not in declared:
        raise ValueError(f"the testee does not declare profile {profile!r} for {format_name}")
    return profile


def shrink(data: bytes, still_fails: Callable[[bytes], bool], budget: int = SHRINK_CALLS) -> bytes:
    """Remove runs of bytes, halving the run length, while `still_fails` holds (at most `budget` tries)."""
    size = max(1, len(data) // 2)
    while size >= 1 and budget > 0:
        position, changed = 0, False
        while position < len(data) and budget > 0:
            candidate = data[:position] + data[position + size :]
            budget -= 1
            if candidate != data and still_fails(candidate):
                data, changed = candidate, True
            else:
                position += size
        if not changed:
            size //= 2
    return data


def fuzz(
    impl: str,
    format_name: str,
    *,
    profile: str | None = None,
    seconds: float | None = None,
    runs: int | None = None,
    seed: int = 0,
    limits: Limits | None = None,
    mode: str = "auto",
    corpus_root: Path = CORPUS_ROOT,
    write: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Campaign:
    """Run one differential campaign; findings are written under corpus/<format>/fuzz-found/ unless `write`
    is False. Stops after `runs` inputs or `seconds` (the default: 60 s)."""
    reference = get_format(format_name)
    testee = Testee(impl, limits or Limits(timeout=10.0), mode)
    try:
        chosen = choose_profile(testee, reference, format_name, profile)
        campaign = Campaign(testee.capabilities.get("name", impl), format_name, chosen, mode=testee.mode)
        seeds = seed_cases(format_name, corpus_root)
        if not seeds:
            raise ValueError(f"corpus/{format_name} has no single-file decode case to start from")
        known = {finding_signature_of(case) for case in found_cases(format_name, corpus_root)}
        rng = random.Random(seed)
        mutate = mutator_for(format_name)
        started = time.monotonic()
        deadline = started + (seconds if seconds is not None else 60.0 if runs is None else 1e18)
        for data, case in inputs(seeds, mutate, rng):
            if (runs is not None and campaign.executions >= runs) or time.monotonic() >= deadline:
                break
            campaign.executions += 1
            want = reference_verdict(reference, data, chosen)
            got = testee.decode(format_name, chosen, data)
            signature = disagreement(format_name, chosen, want, got)
            if signature is None:
                continue
            if signature.digest() in known:
                campaign.duplicates += 1
                continue
            known.add(signature.digest())

            def same(candidate: bytes, sig: Signature = signature) -> bool:
                return (
                    disagreement(
                        format_name,
                        chosen,
                        reference_verdict(reference, candidate, chosen),
                        testee.decode(format_name, chosen, candidate),
                    )
                    == sig
                )

            small = shrink(data, same)
            finding = Finding(
                signature,
                small,
                chosen,
                case,
                reference_verdict(reference, small, chosen),
                testee.decode(format_name, chosen, small),
            )
            if write:
                finding.case_id = write_finding(finding, reference, campaign.implementation, corpus_root)
            campaign.findings.append(finding)
            if progress:
                progress(describe(finding))
        campaign.seconds = time.monotonic() - started
        return campaign
    finally:
        testee.close()


def inputs(seeds: list[Case], mutate: Mutator, rng: random.Random) -> Iterator[tuple[bytes, Case]]:
    """Every seed once as it is, then mutants of random seeds: one to three stacked mutations each."""
    for case in seeds:
        yield case.read_input(), case
    cache = {case.id: case.read_input() for case in seeds}
    while True:
        case = rng.choice(seeds)
        data = cache[case.id]
        for _ in range(rng.choice((1, 1, 2, 3))):
            data = mutate(data, rng)
        yield data, case


def describe(finding: Finding) -> str:
    where = f" at {finding.signature.path}" if finding.signature.path else ""
    return (
        f"FINDING {finding.case_id or finding.signature.digest()[:12]}: reference {finding.signature.reference}, "
        f"testee {finding.signature.testee}{where} ({finding.signature.check}, {len(finding.data)} bytes)"
        + (f": {finding.got.message}" if finding.got.message else "")
    )


def expectation(reference: ReferenceFormat, data: bytes, profile: str) -> Expect:
    verdict = reference_verdict(reference, data, profile)
    if verdict.outcome == "accept":
        return Expect("accept", verdict.model)
    return Expect("reject", errors=(verdict.error or "", *verdict.also))


def finding_case(finding: Finding, reference: ReferenceFormat, implementation: str) -> GeneratedCase:
    """The finding as a corpus case: the reference's outcome under every profile (one `expect` when they all
    agree), the clause the reference's check cites or, when it accepts, the seed case's clauses."""
    outcomes = {p: expectation(reference, finding.data, p) for p in reference.profiles}
    same_everywhere = len({json.dumps(e.to_json(), sort_keys=True) for e in outcomes.values()}) == 1
    clauses = [finding.want.clause] if finding.want.clause else list(finding.seed_case.clauses)
    where = f" at {finding.signature.path}" if finding.signature.path else ""
    return GeneratedCase(
        FOUND_CLASS,
        finding.signature.digest()[:16],
        f"Found by `conformance fuzz` against {implementation} under {finding.profile}: reference "
        f"{finding.signature.reference}, {implementation} {finding.signature.testee}{where}.",
        clauses,
        data=finding.data,
        expect=outcomes[finding.profile] if same_everywhere else None,
        by_profile={} if same_everywhere else outcomes,
        notes=json.dumps(
            {
                "signature": [
                    finding.signature.check,
                    finding.signature.reference,
                    finding.signature.testee,
                    finding.signature.path,
                ],
                "seed_case": finding.seed_case.id,
            }
        ),
    )


def write_finding(finding: Finding, reference: ReferenceFormat, implementation: str, corpus_root: Path) -> str:
    """Write the case files (each through a temp file, then rename); returns the case ID."""
    case = finding_case(finding, reference, implementation)
    for path, content in case.files(corpus_root / finding.seed_case.format, reference.extension).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(content)
        temporary.replace(path)
    return f"{finding.seed_case.format}/{FOUND_CLASS}/{case.path}"


def found_cases(format_name: str, corpus_root: Path = CORPUS_ROOT) -> list[Case]:
    return [c for c in load_cases(corpus_root, [format_name]) if c.case_class == FOUND_CLASS]


def finding_signature_of(case: Case) -> str:
    """The signature digest a written finding records in its notes (so a rerun does not write it twice)."""
    try:
        check, want, got, path = json.loads(case.notes)["signature"]
    except (ValueError, KeyError, TypeError):
        return ""
    return Signature(check, want, got, path).digest()


@dataclass
class Replay:
    case: Case
    profile: str
    want: str
    got: str
    agrees: bool
    message: str = ""


def triage(
    impl: str | None, formats: list[str] | None = None, limits: Limits | None = None, corpus_root: Path = CORPUS_ROOT
) -> list[Replay]:
    """Every fuzz-found case, replayed against `impl` (or only listed, with the reference's verdict, when None):
    does the implementation now give the expected outcome?"""
    names = formats or sorted({c.format for c in load_cases(corpus_root) if c.case_class == FOUND_CLASS})
    testee = Testee(impl, limits or Limits()) if impl else None
    replays: list[Replay] = []
    try:
        for name in names:
            reference = get_format(name)
            for case in found_cases(name, corpus_root):
                profiles = list(case.by_profile) if case.by_profile else [None]
                for profile in profiles:
                    expect = case.expectation_for(profile) if profile else case.expect
                    used = profile or reference.default_profile
                    if testee is not None:
                        offered = testee.offered(name) or {}
                        used = profile or offered.get("default_profile") or reference.default_profile
                    assert expect is not None
                    want = "accept" if expect.outcome == "accept" else f"reject:{expect.errors[0]}"
                    if testee is None:
                        got = reference_verdict(reference, case.read_input(), used)
                    else:
                        got = testee.decode(name, used, case.read_input())
                    agrees = got.outcome == expect.outcome and (
                        got.error in expect.errors
                        if got.outcome == "reject"
                        else first_difference(expect.model, got.model) is None
                    )
                    replays.append(Replay(case, used, want, got.label, agrees, got.message))
    except Unsupported as reason:
        raise ValueError(str(reason)) from None
    finally:
        if testee is not None:
            testee.close()
    return replays

"""The conformance runner: turns cases into checks, runs them against a testee, judges every reply.

Check kinds:
- `decode`: a file must decode to the expected model, or be rejected with one of the expected classes;
- `encode`: for canonical cases, encode(model) must reproduce the file in the canonical sense;
- `<operation>`: other operations (execute, verify, get_operation, replay) compare their result;
- `property-encode` / `property-decode`: hypothesis-generated models; the testee encodes and the reference
  decodes, or the reference encodes and the testee decodes; the model must survive;
- `differential`: mutated golden bytes; testee and reference must agree on accept/reject and on the model.
"""

from __future__ import annotations

import hashlib
import json
import random
import shlex
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.cases import CORPUS_ROOT, REPO_ROOT, Case, Expect, load_cases
from conformance.testee import (
    BAD_OUTPUT,
    CRASH,
    ERROR,
    TIMEOUT,
    UNSUPPORTED,
    Limits,
    PerCaseSession,
    Reply,
    Request,
    ServeSession,
    query_capabilities,
)
from formats.errors import ERROR_CLASSES, FormatError
from formats.model import first_difference
from reference_impl.registry import Unsupported, get_format

PASS, FAIL, SKIP = "pass", "fail", "skip"
STATUSES = (PASS, FAIL, CRASH, TIMEOUT, BAD_OUTPUT, SKIP)
SHORTCUTS = {
    "reference": "bin/reference-testee",
    "kaitai": "bin/kaitai-testee",
    "kaitai-js": "bin/kaitai-js-testee",
}
SKIP_LISTS = {"kaitai": "corpus/kaitai-skips.json", "kaitai-js": "corpus/kaitai-skips.json"}


@dataclass
class Check:
    id: str
    format: str
    kind: str
    profile: str | None
    request: Request
    judge: Callable[[Reply], tuple[str, str, str]]  # reply → (status, got, message)
    clauses: tuple[str, ...] = ()
    case_id: str | None = None
    expected: str = ""  # short form of what should happen, for reports


@dataclass
class Result:
    check: Check
    status: str
    got: str
    message: str
    reply: Reply | None
    expected_failure: bool = False
    unexpected: bool = False

    def to_json(self, with_io: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.check.id,
            "case": self.check.case_id,
            "format": self.check.format,
            "kind": self.check.kind,
            "profile": self.check.profile,
            "status": self.status,
            "expected": self.check.expected,
            "got": self.got,
            "message": self.message,
            "unexpected": self.unexpected,
            "expected_failure": self.expected_failure,
            "clauses": list(self.check.clauses),
        }
        if self.reply is not None:
            out["seconds"] = round(self.reply.seconds, 4)
            if with_io:
                # The check's input as per-case mode sends it, never the serve frame around it (whose id varies).
                request = self.check.request
                sent = (
                    request.data
                    if request.data is not None
                    else json.dumps(request.model).encode()
                    if request.model is not None
                    else self.reply.sent
                )
                out["input_sha256"] = hashlib.sha256(sent).hexdigest()
                out["input_size"] = len(sent)
                if self.reply.stderr:
                    out["stderr"] = self.reply.stderr[-2000:]
                if self.status != PASS:
                    out["output"] = reply_summary(self.reply)
        return out


REPORTED_MODEL_LIMIT = 1 << 16  # bytes of JSON: a failing check's output is shown whole up to this size


def reply_summary(reply: Reply) -> dict[str, Any]:
    """What the testee answered, for the report of a check that did not pass."""
    out: dict[str, Any] = {"status": reply.status, "exit_code": reply.exit_code}
    if reply.error is not None:
        out["error"] = reply.error
    if reply.message:
        out["message"] = reply.message[:2000]
    if reply.model is not None:
        text = json.dumps(reply.model)
        out["model" if len(text) <= REPORTED_MODEL_LIMIT else "model_truncated"] = (
            reply.model if len(text) <= REPORTED_MODEL_LIMIT else text[:REPORTED_MODEL_LIMIT]
        )
    if reply.data is not None:
        out["data_sha256"] = hashlib.sha256(reply.data).hexdigest()
        out["data_size"] = len(reply.data)
    return out


# ---------------------------------------------------------------- judging replies


def protocol_status(reply: Reply) -> tuple[str, str, str] | None:
    """Statuses that need no expectation: skips, crashes, timeouts, garbage."""
    if reply.status == UNSUPPORTED:
        return SKIP, "unsupported", reply.message
    if reply.status in (CRASH, TIMEOUT, BAD_OUTPUT):
        return reply.status, reply.status, reply.message
    if reply.status == ERROR and reply.error not in ERROR_CLASSES:
        return BAD_OUTPUT, f"reject:{reply.error}", f"{reply.error!r} is not a class of the error vocabulary"
    return None


def judge_outcome(expect: Expect) -> Callable[[Reply], tuple[str, str, str]]:
    def judge(reply: Reply) -> tuple[str, str, str]:
        early = protocol_status(reply)
        if early:
            return early
        if expect.outcome == "reject":
            if reply.status == ERROR:
                if reply.error in expect.errors:
                    return PASS, f"reject:{reply.error}", ""
                return (
                    FAIL,
                    f"reject:{reply.error}",
                    f"rejected as {reply.error}, expected {' or '.join(expect.errors)}",
                )
            return FAIL, "accept", f"accepted input that must be rejected as {' or '.join(expect.errors)}"
        if reply.status == ERROR:
            return FAIL, f"reject:{reply.error}", f"rejected valid input as {reply.error}: {reply.message}"
        difference = first_difference(expect.model, reply.model)
        if difference:
            return FAIL, "model-differs", difference
        return PASS, "accept", ""

    return judge


def judge_canonical(format_name: str, original: bytes) -> Callable[[Reply], tuple[str, str, str]]:
    reference = get_format(format_name)
    want = reference.canonical_view(original)

    def judge(reply: Reply) -> tuple[str, str, str]:
        early = protocol_status(reply)
        if early:
            return early
        if reply.status == ERROR:
            return FAIL, f"reject:{reply.error}", f"refused to encode a valid model: {reply.message}"
        got = reference.canonical_view(reply.data or b"")
        if got == want:
            return PASS, "bytes-equal", ""
        offset = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
        return (
            FAIL,
            "bytes-differ",
            f"canonical form differs at byte {offset} (lengths {len(want)} / {len(got)})",
        )

    return judge


def judge_encoded_by_testee(format_name: str, profile: str, model: Any) -> Callable[[Reply], tuple[str, str, str]]:
    """property-encode: the reference must decode what the testee wrote back to the same model."""
    reference = get_format(format_name)

    def judge(reply: Reply) -> tuple[str, str, str]:
        early = protocol_status(reply)
        if early:
            return early
        if reply.status == ERROR:
            return FAIL, f"reject:{reply.error}", f"refused to encode a valid model: {reply.message}"
        try:
            decoded = reference.decode(reply.data or b"", profile)
        except FormatError as error:
            return FAIL, "bytes-rejected", f"the reference rejects the testee's bytes: {error}"
        difference = first_difference(model, decoded)
        return (FAIL, "model-differs", difference) if difference else (PASS, "round-trip", "")

    return judge


# ---------------------------------------------------------------- building checks


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

    def profiles_for(self, format_name: str) -> list[str]:
        offered = self.offered(format_name) or {}
        declared = list(offered.get("profiles") or [])
        if self.profile:
            return [self.profile] if self.profile in declared or not declared else []
        return declared

    def default_profile(self, format_name: str) -> str | None:
        offered = self.offered(format_name) or {}
        return self.profile or offered.get("default_profile")


def case_request(case: Case, profile: str | None, data: bytes | None = None) -> Request:
    if case.is_folder:
        return Request(case.operation, case.format, profile, path=str(case.input_path), options=dict(case.options))
    return Request(
        case.operation,
        case.format,
        profile,
        data=case.read_input() if data is None else data,
        options=dict(case.options),
    )


def describe(expect: Expect) -> str:
    return "accept" if expect.outcome == "accept" else "reject:" + "|".join(expect.errors)


def case_checks(plan: Plan, case: Case) -> Iterable[Check]:
    offered = plan.offered(case.format)
    if offered is None or case.operation not in offered.get("operations", []):
        return
    runs: list[tuple[str | None, Expect, str]] = []
    if case.by_profile:
        for profile in plan.profiles_for(case.format):
            expect = case.expectation_for(profile)
            if expect is not None:
                runs.append((profile, expect, f"{case.id}@{profile}"))
    elif case.expect is not None:
        runs.append((plan.default_profile(case.format), case.expect, case.id))
    for profile, expect, check_id in runs:
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
        if expect.canonical and expect.outcome == "accept" and "encode" in offered.get("operations", []):
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
    models = draw_models(strategy, plan.examples, plan.seed)
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


def judge_agreement(expect: Expect) -> Callable[[Reply], tuple[str, str, str]]:
    """Differential: agree on accept/reject (any class will do) and on the model."""
    exact = judge_outcome(expect)

    def judge(reply: Reply) -> tuple[str, str, str]:
        status, got, message = exact(reply)
        if status == FAIL and expect.outcome == "reject" and reply.status == ERROR:
            return PASS, got, f"both reject (reference: {expect.errors[0]})"
        return status, got, message

    return judge


def build_plan(
    plan: Plan, corpus_root: Path = CORPUS_ROOT, pattern: str | None = None, case_id: str | None = None
) -> list[Check]:
    formats = [f for f in (plan.formats or sorted(plan.capabilities["formats"]))]
    cases = [c for c in load_cases(corpus_root, formats)]
    checks: list[Check] = []
    for case in cases:
        checks.extend(case_checks(plan, case))
    for format_name in formats:
        try:
            checks.extend(property_checks(plan, format_name))
        except Unsupported:
            continue
    checks.extend(differential_checks(plan, cases))
    if pattern:
        checks = [c for c in checks if pattern in c.id]
    if case_id:
        checks = [c for c in checks if c.id == case_id or c.case_id == case_id or c.id.startswith(case_id + "#")]
    return checks


# ---------------------------------------------------------------- running


def resolve_impl(impl: str) -> list[str]:
    if impl in SHORTCUTS:
        return [str(REPO_ROOT / SHORTCUTS[impl])]
    parts = shlex.split(impl)
    path = Path(parts[0])
    if path.exists():
        parts[0] = str(path.resolve())
    return parts


class Runner:
    def __init__(self, command: list[str], limits: Limits, jobs: int = 1, mode: str = "auto") -> None:
        self.command = command
        self.limits = limits
        self.jobs = max(1, jobs)
        self.mode = mode
        self.local = threading.local()
        self.sessions: list[Any] = []
        self.lock = threading.Lock()
        self.serve = False

    def session(self) -> Any:
        current = getattr(self.local, "session", None)
        if current is None:
            factory = ServeSession if self.serve else PerCaseSession
            current = factory(self.command, self.limits)
            self.local.session = current
            with self.lock:
                self.sessions.append(current)
        return current

    def run_one(self, check: Check) -> Result:
        reply = self.session().call(check.request)
        try:
            status, got, message = check.judge(reply)
        except Exception as exc:  # a judge must never take the run down; report it on the check
            status, got, message = FAIL, "judge-error", f"could not judge the reply: {exc!r}"
        return Result(check, status, got, message, reply)

    def run(self, checks: list[Check], progress: Callable[[Result], None] | None = None) -> list[Result]:
        results: list[Result | None] = [None] * len(checks)

        def work(index: int) -> None:
            result = self.run_one(checks[index])
            results[index] = result
            if progress:
                progress(result)

        try:
            if self.jobs == 1:
                for index in range(len(checks)):
                    work(index)
            else:
                with ThreadPoolExecutor(self.jobs) as pool:
                    list(pool.map(work, range(len(checks))))
        finally:
            for session in self.sessions:
                session.close()
        return [r for r in results if r is not None]


@dataclass
class Outcome:
    results: list[Result]
    stale_xfails: list[str]
    seconds: float
    implementation: str
    capabilities: dict[str, Any]

    def counts(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUSES}
        for result in self.results:
            counts[result.status] += 1
        counts["expected_failures"] = sum(r.expected_failure for r in self.results)
        counts["unexpected"] = sum(r.unexpected for r in self.results) + len(self.stale_xfails)
        return counts

    @property
    def ok(self) -> bool:
        return self.counts()["unexpected"] == 0

    def summary_line(self) -> str:
        n = self.counts()
        verdict = "PASSED" if self.ok else "FAILED"
        return (
            f"CONFORMANCE {verdict} ({self.implementation}): {n[PASS]} passed, {n[FAIL]} failed, "
            f"{n[CRASH]} crashed, {n[TIMEOUT]} timed out, {n[BAD_OUTPUT]} bad output, {n[SKIP]} skipped, "
            f"{n['expected_failures']} expected failures, {n['unexpected']} unexpected "
            f"in {self.seconds:.1f} s"
        )


def judge_expectations(
    results: list[Result],
    xfails: dict[str, tuple[str, str | None]],
    allowed_skips: set[str] | None,
    full_run: bool,
) -> list[str]:
    """Mark expected failures and unexpected results; returns stale expected-failure entries."""
    seen = set()
    for result in results:
        check_id = result.check.id
        seen.add(check_id)
        entry = xfails.get(check_id)
        if entry is not None:
            status, got = entry
            if result.status == status and (got is None or got == result.got):
                result.expected_failure = True
            else:
                result.unexpected = True
                result.message = (
                    f"listed as an expected failure ({status} {got or ''}) but "
                    f"{'passed' if result.status == PASS else f'{result.status} {result.got}'}. " + result.message
                ).strip()
            continue
        if result.status == SKIP:
            skip_allowed = (
                allowed_skips is None or check_id in allowed_skips or (result.check.case_id or "") in allowed_skips
            )
            result.unexpected = not skip_allowed
            if result.unexpected:
                result.message = f"skipped but not on the skip list: {result.message}"
        elif result.status != PASS:
            result.unexpected = True
    return [check_id for check_id in xfails if check_id not in seen] if full_run else []


def run_suite(
    impl: str,
    *,
    limits: Limits,
    jobs: int = 1,
    mode: str = "auto",
    profile: str | None = None,
    formats: list[str] | None = None,
    pattern: str | None = None,
    case_id: str | None = None,
    seed: int = 0,
    examples: int = 20,
    mutations: int = 3,
    corpus_root: Path = CORPUS_ROOT,
    xfails: dict[str, tuple[str, str | None]] | None = None,
    allowed_skips: set[str] | None = None,
    progress_factory: Callable[[int], Callable[[Result], None]] | None = None,
) -> Outcome:
    command = resolve_impl(impl)
    capabilities = query_capabilities(command, limits)
    plan = Plan(capabilities, profile, formats, seed, examples, mutations)
    checks = build_plan(plan, corpus_root, pattern, case_id)
    runner = Runner(command, limits, jobs, mode)
    runner.serve = mode == "serve" or (mode == "auto" and bool(capabilities.get("serve")))
    started = time.monotonic()
    progress = progress_factory(len(checks)) if progress_factory else None
    results = runner.run(checks, progress)
    full_run = not (pattern or case_id or formats or profile)
    stale = judge_expectations(results, xfails or {}, allowed_skips, full_run)
    return Outcome(results, stale, time.monotonic() - started, capabilities.get("name", impl), capabilities)

"""Running a plan: which testee command, which checks it may be sent, the worker pool, expected failures."""

from __future__ import annotations

import shlex
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from binfmt_conformance.conformance.cases import CORPUS_ROOT, expectation_files
from binfmt_conformance.conformance.judge import judged
from binfmt_conformance.conformance.plan import Check, Plan, build_plan
from binfmt_conformance.conformance.results import Outcome, Result, printable, reply_summary
from binfmt_conformance.conformance.testee import (
    TRACKER,
    Limits,
    PerCaseSession,
    Reply,
    Request,
    ServeSession,
    interpret_answer,
    query_capabilities,
)
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.protocol import ERROR, OK, PASS, SKIP
from binfmt_conformance.reference_impl.registry import Unsupported, available_formats, get_format


def kaitai_js_command() -> list[str]:
    from binfmt_conformance.reference_impl.kaitai_js import runtime

    return runtime.command()


# Shortcuts run with the runner's own interpreter (or node, with the Kaitai runtime the kit finds or installs
# once), so they work the same from a checkout and an installed kit.
SHORTCUTS: dict[str, Callable[[], list[str]]] = {
    "reference": lambda: [sys.executable, "-m", "binfmt_conformance.reference_impl.testee"],
    "kaitai": lambda: [sys.executable, "-m", "binfmt_conformance.reference_impl.kaitai_testee"],
    "kaitai-js": kaitai_js_command,
}
SKIP_LISTS = {"kaitai": "corpus/kaitai-skips.json", "kaitai-js": "corpus/kaitai-skips.json"}


class Session(Protocol):
    def call(self, request: Request) -> Reply: ...

    def close(self) -> None: ...


def resolve_impl(impl: str) -> list[str]:
    """The testee's command line. A path is run as given — made absolute (testees run in a directory of their
    own) but never through symlinks, so a venv's `python` stays that venv's."""
    if impl in SHORTCUTS:
        return SHORTCUTS[impl]()
    try:
        parts = shlex.split(impl)
    except ValueError as problem:
        raise ValueError(f"--impl {impl!r}: {problem}") from None
    if not parts:
        raise ValueError("--impl names no command")
    return [str(Path(part).absolute()) if not part.startswith("-") and Path(part).exists() else part for part in parts]


def check_declarations(capabilities: dict[str, Any], formats: list[str] | None, profile: str | None, mode: str) -> None:
    """What the testee declares must be something the kit can check, and the options must fit it."""
    known = set(available_formats())
    declared = capabilities["formats"]
    if not set(declared) & known:
        raise ValueError(
            "capabilities: `formats` names only formats this kit does not know "
            f"({', '.join(map(printable, declared))}); known: {', '.join(sorted(known))}"
        )
    for name, offered in declared.items():
        if name not in known:
            continue
        reference = get_format(name)
        for operation in offered.get("operations", []):
            if operation not in reference.operations:
                raise ValueError(
                    f"capabilities: `formats.{name}.operations` names {printable(operation)!r}, which {name} does "
                    f"not have (operations: {', '.join(reference.operations)})"
                )
        for declared_profile in offered.get("profiles", []):
            if declared_profile not in reference.profiles:
                raise ValueError(
                    f"capabilities: `formats.{name}.profiles` names {printable(declared_profile)!r}, which the {name} "
                    f"chapter does not define (profiles: {', '.join(reference.profiles)})"
                )
    for name in formats or []:
        if name not in known:
            raise ValueError(f"--format {name!r} is not a format of this kit (formats: {', '.join(sorted(known))})")
        if name not in declared:
            raise ValueError(f"--format {name!r}: the testee does not declare it")
    if profile is not None:
        selected = formats or [n for n in declared if n in known]
        if not any(profile in declared[n].get("profiles", []) for n in selected if n in declared):
            raise ValueError(f"--profile {profile!r}: the testee declares no such profile for {', '.join(selected)}")
    if mode == "serve" and not capabilities.get("serve"):
        raise ValueError('--mode serve: the testee does not declare `"serve": true`')


class InProcessSession:
    """The reference implementation answering in this process, through the same request and answer objects as
    serve mode: the kit's own corpus tests judge the reference with the runner's judges, without processes."""

    def call(self, request: Request) -> Reply:
        from binfmt_conformance.reference_impl.testee import handle

        reply = Reply("crash", sent=request.stdin())
        return interpret_answer(reply, request.operation, handle(request.to_json(0)), None)

    def close(self) -> None:
        pass


def reference_reply(call: Callable[[], Any]) -> Reply:
    """What the reference answers when `call` runs it in-process: its value, or its FormatError."""
    try:
        return Reply(OK, model=call())
    except FormatError as error:
        return Reply(ERROR, error=error.error_class.value, message=error.message)


def run_check(session: Session, check: Check, keep_io: int | None = None) -> Result:
    """One check: send, judge, summarise what a failing check answered, and drop the rest of the exchange."""
    reply = session.call(check.request)
    verdict = judged(check.judge, reply)
    result = Result(check, verdict.status, verdict.got, verdict.message, reply)
    if verdict.status != PASS:
        result.output = reply_summary(reply)
    if keep_io is not None:
        reply.trim(keep_io)
        reply.model = None
    return result


class Runner:
    def __init__(self, command: list[str], limits: Limits, jobs: int = 1, serve: bool = False) -> None:
        self.command = command
        self.limits = limits
        self.jobs = jobs
        self.serve = serve
        self.local = threading.local()
        self.sessions: list[Session] = []
        self.lock = threading.Lock()

    def session(self) -> Session:
        current = getattr(self.local, "session", None)
        if current is None:
            current = (ServeSession if self.serve else PerCaseSession)(self.command, self.limits)
            self.local.session = current
            with self.lock:
                self.sessions.append(current)
        return current

    def run(self, checks: list[Check], progress: Callable[[Result], None] | None = None) -> list[Result]:
        results: list[Result | None] = [None] * len(checks)

        def work(index: int) -> None:
            result = run_check(self.session(), checks[index], self.limits.retained_io)
            results[index] = result
            if progress:
                progress(result)

        TRACKER.become_subreaper()
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
            TRACKER.sweep_orphans()
        return [r for r in results if r is not None]


def mark_expectations(
    results: list[Result],
    xfails: dict[str, tuple[str, str | None]],
    allowed_skips: set[str],
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
            result.unexpected = check_id not in allowed_skips and (result.check.case_id or "") not in allowed_skips
            if result.unexpected:
                result.message = f"skipped but not on the skip list: {result.message}"
        elif result.status != PASS:
            result.unexpected = True
    return [check_id for check_id in xfails if check_id not in seen] if full_run else []


def sampled(checks: list[Check], per_kind: int) -> list[Check]:
    """The first `per_kind` checks of each format, kind and profile, in plan order: a quick run that still
    exercises every check kind of every format."""
    taken: dict[tuple[str, str, str | None], int] = {}
    out = []
    for check in checks:
        key = (check.format, check.kind, check.profile)
        if taken.get(key, 0) < per_kind:
            taken[key] = taken.get(key, 0) + 1
            out.append(check)
    return out


def run_suite(
    impl: str,
    *,
    limits: Limits,
    jobs: int = 1,
    mode: str = "auto",
    profile: str | None = None,
    formats: list[str] | None = None,
    patterns: list[str] | None = None,
    case_id: str | None = None,
    seed: int = 0,
    examples: int = 20,
    mutations: int = 3,
    corpus_root: Path = CORPUS_ROOT,
    xfails: dict[str, tuple[str, str | None]] | None = None,
    allowed_skips: set[str] | None = None,
    progress_factory: Callable[[int], Callable[[Result], None]] | None = None,
    sample: int | None = None,
) -> Outcome:
    """One run; ValueError with a one-line reason when it cannot start or would check nothing."""
    if not corpus_root.is_dir() or not expectation_files(corpus_root):
        raise ValueError(f"no corpus at {corpus_root}: a run without cases proves nothing")
    command = resolve_impl(impl)
    capabilities = query_capabilities(command, limits)
    check_declarations(capabilities, formats, profile, mode)
    known = set(available_formats())
    selected = formats or sorted(set(capabilities["formats"]) & known)
    plan = Plan(capabilities, profile, selected, seed, examples, mutations)
    try:
        checks = build_plan(plan, corpus_root, patterns, case_id)
    except Unsupported as problem:
        raise ValueError(str(problem)) from None
    if sample is not None:
        checks = sampled(checks, sample)
    if not checks:
        selection = " ".join(
            part
            for part in (
                " ".join(f"-k {pattern!r}" for pattern in patterns or []),
                f"--case {case_id!r}" if case_id else "",
                f"--profile {profile!r}" if profile else "",
            )
            if part
        )
        raise ValueError(
            f"no check matches ({selection or 'the testee declares nothing the corpus has'}): "
            "a run of 0 checks proves nothing"
        )
    serve = mode == "serve" or (mode == "auto" and bool(capabilities.get("serve")))
    runner = Runner(command, limits, jobs, serve)
    started = time.monotonic()
    progress = progress_factory(len(checks)) if progress_factory else None
    results = runner.run(checks, progress)
    full_run = not (patterns or case_id or formats or profile or sample)
    stale = mark_expectations(results, xfails or {}, allowed_skips or set(), full_run)
    name = capabilities.get("name") or impl
    return Outcome(results, stale, time.monotonic() - started, name, capabilities)

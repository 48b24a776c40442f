"""The report model: one `Result` per check, the `Outcome` of a run, and how both read as text and JSON."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from binfmt_conformance.conformance.plan import Check
from binfmt_conformance.conformance.testee import Reply
from binfmt_conformance.formats.protocol import BAD_OUTPUT, CRASH, FAIL, PASS, SKIP, STATUSES, TIMEOUT

REPORTED_MODEL_LIMIT = 1 << 16  # bytes of JSON: a failing check's output is shown whole up to this size
REPORTED_DEPTH_LIMIT = 200  # levels: deeper models are shown as text (an indented report recurses per level)
STDERR_REPORTED = 2000


@dataclass
class Result:
    check: Check
    status: str
    got: str
    message: str
    reply: Reply | None
    expected_failure: bool = False
    unexpected: bool = False
    output: dict[str, Any] | None = None  # what the testee answered, for checks that did not pass

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
                sent = self.check.request.stdin() if self.check.request.path is None else b""
                out["input_sha256"] = hashlib.sha256(sent).hexdigest()
                out["input_size"] = len(sent)
                if self.reply.stderr:
                    out["stderr"] = self.reply.stderr[-STDERR_REPORTED:]
                if self.output is not None:
                    out["output"] = self.output
        return out


def reply_summary(reply: Reply) -> dict[str, Any]:
    """What the testee answered, for the report of a check that did not pass (bounded, whatever it sent)."""
    out: dict[str, Any] = {"status": reply.status, "exit_code": reply.exit_code}
    if reply.error is not None:
        out["error"] = reply.error[:200]
    if reply.message:
        out["message"] = reply.message[:2000]
    if reply.model is not None:
        try:
            text = json.dumps(reply.model)
        except (RecursionError, ValueError):
            text = None
        if text is None:
            out["model_truncated"] = "(nested too deep to show)"
        elif len(text) <= REPORTED_MODEL_LIMIT and nesting(reply.model) <= REPORTED_DEPTH_LIMIT:
            out["model"] = reply.model
        else:
            out["model_truncated"] = text[:REPORTED_MODEL_LIMIT]
    if reply.data is not None:
        out["data_sha256"] = hashlib.sha256(reply.data).hexdigest()
        out["data_size"] = len(reply.data)
    return out


def nesting(value: Any) -> int:
    """How deep arrays and objects nest in a parsed JSON value (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict | list):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in (current.values() if isinstance(current, dict) else current))
    return deepest


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str, limit: int = 600) -> str:
    """One line of text a testee chose, safe for a terminal: control characters (ANSI escapes, carriage
    returns, newlines) shown escaped, so nothing it prints can pass for a line of the runner's own."""
    shown = CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return shown if len(shown) <= limit else shown[:limit] + "…"


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
        counts["scored"] = len(self.results) - counts[SKIP]
        counts["expected_failures"] = sum(r.expected_failure for r in self.results)
        counts["unexpected"] = sum(r.unexpected for r in self.results) + len(self.stale_xfails)
        return counts

    @property
    def ok(self) -> bool:
        n = self.counts()
        return n["unexpected"] == 0 and n["scored"] > 0

    def summary_line(self) -> str:
        n = self.counts()
        verdict = "PASSED" if self.ok else "FAILED"
        return (
            f"CONFORMANCE {verdict} ({printable(self.implementation, 80)}): {n['scored']} scored: "
            f"{n[PASS]} passed, {n[FAIL]} failed, {n[CRASH]} crashed, {n[TIMEOUT]} timed out, "
            f"{n[BAD_OUTPUT]} bad output; {n[SKIP]} skipped; {n['expected_failures']} expected failures, "
            f"{n['unexpected']} unexpected in {self.seconds:.1f} s"
        )

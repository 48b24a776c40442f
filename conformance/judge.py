"""Judging replies: the one place that decides whether what a testee answered meets an expectation.

Every judge takes a `Reply` (from a testee process, or from the reference in-process in the kit's own corpus
tests) and returns a `Verdict`. What each check kind compares is documented in spec/protocol.md, "Checks".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from binfmt_conformance.conformance.cases import Expect
from binfmt_conformance.conformance.testee import Reply
from binfmt_conformance.formats.errors import ERROR_CLASSES, FormatError
from binfmt_conformance.formats.model import canonical_floats, digest, first_difference
from binfmt_conformance.formats.protocol import BAD_OUTPUT, CRASH, ERROR, FAIL, PASS, SKIP, TIMEOUT, UNSUPPORTED
from binfmt_conformance.reference_impl.registry import get_format


class Verdict(NamedTuple):
    status: str  # pass, fail, skip, crash, timeout, bad_output
    got: str  # a short token of what happened: accept, reject:CLASS, model-differs, bytes-differ, …
    message: str = ""


Judge = Callable[[Reply], Verdict]


def describe(expect: Expect) -> str:
    return "accept" if expect.outcome == "accept" else "reject:" + "|".join(expect.errors)


def protocol_status(reply: Reply) -> Verdict | None:
    """Statuses that need no expectation: skips, crashes, timeouts, garbage."""
    if reply.status == UNSUPPORTED:
        return Verdict(SKIP, "unsupported", reply.message)
    if reply.status in (CRASH, TIMEOUT, BAD_OUTPUT):
        return Verdict(reply.status, reply.status, reply.message)
    if reply.status == ERROR and reply.error not in ERROR_CLASSES:
        return Verdict(BAD_OUTPUT, f"reject:{reply.error}", f"{reply.error!r} is not a class of the error vocabulary")
    return None


def outcome_verdict(expect: Expect, reply: Reply) -> Verdict:
    """decode, property-decode and other operations: the expected model or result, or a listed class."""
    early = protocol_status(reply)
    if early:
        return early
    if expect.outcome == "reject":
        if reply.status == ERROR:
            if reply.error in expect.errors:
                return Verdict(PASS, f"reject:{reply.error}")
            return Verdict(
                FAIL, f"reject:{reply.error}", f"rejected as {reply.error}, expected {' or '.join(expect.errors)}"
            )
        if expect.past_limit:  # conv.limits: a decoder with larger limits reads on
            return Verdict(PASS, "accept", "accepted past the limit, as a decoder with larger limits may")
        return Verdict(FAIL, "accept", f"accepted input that must be rejected as {' or '.join(expect.errors)}")
    if reply.status == ERROR:
        return Verdict(FAIL, f"reject:{reply.error}", f"rejected valid input as {reply.error}: {reply.message}")
    if expect.model_sha256 is not None:
        if digest(canonical_floats(reply.model)) != expect.model_sha256:  # floats compare by bits here too
            return Verdict(FAIL, "model-differs", "the model's SHA-256 differs from the expected one")
        return Verdict(PASS, "accept")
    difference = first_difference(expect.model, reply.model)
    if difference:
        return Verdict(FAIL, "model-differs", difference)
    return Verdict(PASS, "accept")


def judge_outcome(expect: Expect) -> Judge:
    return lambda reply: outcome_verdict(expect, reply)


def hex_window(data: bytes, offset: int, radius: int = 8) -> str:
    start = max(0, offset - radius)
    return f"{start:#x}: " + data[start : offset + radius].hex(" ")


def byte_difference(
    want: bytes, got: bytes, what: str, field_at: Callable[[bytes, int], str | None] | None = None
) -> str:
    """Where two byte strings first differ, with a hex window of each around that byte and, given `field_at`
    (the format's `ReferenceFormat.field_at`), the schema field the expected bytes hold there."""
    offset = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
    field = None
    if field_at is not None:
        try:
            field = field_at(want, offset) if offset < len(want) else "past the end of the expected bytes"
        except Exception:  # a diagnostic never takes the verdict down
            field = None
    return (
        f"{what} differs at byte {offset}{f' ({field})' if field else ''} (lengths {len(want)} / {len(got)}); "
        f"expected {hex_window(want, offset)}; got {hex_window(got, offset)}"
    )


def encode_refused(reply: Reply) -> Verdict | None:
    """An encode check's verdict when the testee gave no bytes: a protocol status, or a refused valid model."""
    early = protocol_status(reply)
    if early or reply.status != ERROR:
        return early
    return Verdict(FAIL, f"reject:{reply.error}", f"refused to encode a valid model: {reply.message}")


def judge_canonical(format_name: str, original: bytes) -> Judge:
    """encode of a canonical case: the bytes must equal the file's in the canonical sense."""
    reference = get_format(format_name)
    want = reference.canonical_view(original)

    def judge(reply: Reply) -> Verdict:
        early = encode_refused(reply)
        if early:
            return early
        got = reference.canonical_view(reply.data or b"")
        if got == want:
            return Verdict(PASS, "bytes-equal")
        return Verdict(FAIL, "bytes-differ", byte_difference(want, got, "canonical form", reference.field_at))

    return judge


def judge_encoded_by_testee(format_name: str, profile: str, model: Any) -> Judge:
    """property-encode: the reference must decode what the testee wrote back to the same model."""
    reference = get_format(format_name)

    def judge(reply: Reply) -> Verdict:
        early = encode_refused(reply)
        if early:
            return early
        try:
            decoded = reference.decode(reply.data or b"", profile)
        except FormatError as error:
            return Verdict(FAIL, "bytes-rejected", f"the reference rejects the testee's bytes: {error}")
        difference = first_difference(model, decoded)
        return Verdict(FAIL, "model-differs", difference) if difference else Verdict(PASS, "round-trip")

    return judge


def judge_agreement(expect: Expect) -> Judge:
    """differential: agree with the reference on accept/reject (any class will do) and on the model."""

    def judge(reply: Reply) -> Verdict:
        verdict = outcome_verdict(expect, reply)
        if verdict.status == FAIL and expect.outcome == "reject" and reply.status == ERROR:
            return Verdict(PASS, verdict.got, f"both reject (reference: {expect.errors[0]})")
        return verdict

    return judge


def judged(judge: Judge, reply: Reply) -> Verdict:
    """A judge never takes a run down: anything it raises is reported on the check."""
    try:
        return judge(reply)
    except RecursionError:
        return Verdict(BAD_OUTPUT, "too-deep", "the answer is nested deeper than the runner compares")
    except Exception as exc:
        return Verdict(FAIL, "judge-error", f"could not judge the reply: {exc!r}")

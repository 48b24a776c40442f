"""Constants of the testee protocol (spec/protocol.md), below everything that speaks it: the runner's sessions,
the reference testee and the kit's own hostile testees all take them from here."""

from __future__ import annotations

import struct

PROTOCOL_VERSION = 1

# What a testee answers (serve `status`, or the per-case exit code below).
OK, ERROR, UNSUPPORTED = "ok", "error", "unsupported"
# What the runner records when the testee does not answer within the protocol.
CRASH, TIMEOUT, BAD_OUTPUT = "crash", "timeout", "bad_output"
# A check's verdict: pass or fail, or one of the protocol statuses above (skip for `unsupported`).
PASS, FAIL, SKIP = "pass", "fail", "skip"
STATUSES = (PASS, FAIL, CRASH, TIMEOUT, BAD_OUTPUT, SKIP)

# Per-case exit codes; any other code, or death by a signal, is a crash.
EXIT_OK, EXIT_REJECTED, EXIT_UNSUPPORTED = 0, 1, 3

# Serve mode frames each message with its length as a little-endian u32.
FRAME_LENGTH = struct.Struct("<I")

# The per-case command line: `IMPL OPERATION FORMAT [--profile P] [--step-limit N] [--option K=V]… [PATH]`.
PROFILE_FLAG, STEP_LIMIT_FLAG, OPTION_FLAG = "--profile", "--step-limit", "--option"
STEP_LIMIT_OPTION = "step_limit"  # the one option with a flag of its own

# The fields of each format `capabilities` declares.
FORMAT_FIELDS = ("operations", "profiles", "default_profile")


def frame(payload: bytes) -> bytes:
    return FRAME_LENGTH.pack(len(payload)) + payload

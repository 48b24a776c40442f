"""What the broken testees share: each is the reference testee (spec/protocol.md) with one defect.

A broken testee script starts as `#!/usr/bin/env python3`, calls `use_repo_python()` (which re-executes it with
the repository's .venv interpreter), describes its defect as a `Defect` and calls `main(defect)`. Everything the
defect does not touch is answered by `reference_impl.testee`, in both modes, so a conformance run against a
broken testee must fail on exactly the checks its defect reaches and pass all others.

Defects pick their inputs by SHA-256: `digests_of(case IDs)` hashes those corpus files, so a testee misbehaves
on exactly the named inputs (and the tests name the same cases to derive what must fail).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import resource
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]
VENV = REPO_ROOT / ".venv"
# Set by a test to learn the pids of processes a testee leaves behind (they must all be gone after a run).
PID_DIR_VARIABLE = "BROKEN_TESTEE_PID_DIR"
SERVING = False  # True inside `IMPL serve` (set by main)


def use_repo_python() -> None:
    """Re-execute this script with the repository's .venv python (the reference needs its packages)."""
    python = VENV / "bin" / "python"
    if python.exists() and Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(python), [str(python), *sys.argv])
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))


def digests_of(case_ids: Iterable[str]) -> dict[str, str]:
    """SHA-256 hex of each named corpus case's input → its case ID."""
    corpus = REPO_ROOT / "corpus"
    out = {}
    for case_id in case_ids:
        inputs = [p for p in corpus.glob(case_id + ".*") if p.suffix != ".json"]
        if len(inputs) != 1:
            raise SystemExit(f"broken testee: corpus case {case_id} has {len(inputs)} inputs")
        out[hashlib.sha256(inputs[0].read_bytes()).hexdigest()] = case_id
    return out


def input_digest(request: dict[str, Any]) -> str | None:
    """SHA-256 hex of a decode request's input bytes (None for other operations)."""
    if request.get("operation") != "decode" or request.get("data") is None:
        return None
    return hashlib.sha256(base64.b64decode(request["data"])).hexdigest()


class Defect:
    """Override `answer` to misbehave: return an answer object, or None to answer as the reference does."""

    name = "broken"
    serve = True  # what `capabilities` declares; `serve` is spoken either way

    def capabilities(self) -> dict[str, Any] | Raw:
        return {
            "protocol": 1,
            "name": self.name,
            "serve": self.serve,
            "formats": {
                "ach": {
                    "operations": ["decode", "encode"],
                    "profiles": ["upstream", "strict"],
                    "default_profile": "upstream",
                }
            },
        }

    def answer(self, request: dict[str, Any]) -> dict[str, Any] | Raw | None:
        return None


# ---------------------------------------------------------------- misbehaviour any defect can use


def crash_by_signal() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file in the test's working directory
    os.kill(os.getpid(), signal.SIGSEGV)


def exit_abruptly(code: int) -> None:
    sys.stdout.flush()
    os._exit(code)


def hang_forever() -> None:
    """Sleep for good, with a child that keeps stdout open: the runner must kill the whole process group."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"], start_new_session=False)
    record_pid(child.pid)
    record_pid(os.getpid())
    while True:
        time.sleep(3600)


def record_pid(pid: int) -> None:
    directory = os.environ.get(PID_DIR_VARIABLE)
    if directory:
        Path(directory, str(pid)).write_text("", encoding="utf-8")


def allocate(total_mb: int) -> None:
    """Allocate and touch `total_mb` of memory, then sleep: a runner that watches resident memory kills this
    process long before; one that does not sees a timeout instead of a crash."""
    hoard = []
    step = 8 << 20
    while len(hoard) * step < total_mb << 20:
        hoard.append(b"\x01" * step)  # written, hence resident
        time.sleep(0.002)
    while True:
        time.sleep(3600)


def write_raw(payload: bytes) -> None:
    """One answer as this mode frames it, bypassing the reference: a frame in serve, plain stdout per case."""
    stream = sys.stdout.buffer
    if SERVING:
        stream.write(struct.pack("<I", len(payload)) + payload)
    else:
        stream.write(payload)
    stream.flush()


def write_half_frame_and_die(payload: bytes) -> None:
    sys.stdout.buffer.write(struct.pack("<I", len(payload)) + payload[: len(payload) // 2])
    exit_abruptly(1)


class Raw:
    """An answer given as raw bytes, past what `json.dumps` can build: the body of the serve frame, or stdout
    (then the exit code) per case. In serve mode it should carry the request's `id`."""

    def __init__(self, payload: bytes, exit_code: int = 0) -> None:
        self.payload = payload
        self.exit_code = exit_code


def deep_json(depth: int, leaf: str = "0") -> str:
    """`[[[…leaf…]]]`, `depth` arrays deep (built as text: no JSON library can)."""
    return "[" * depth + leaf + "]" * depth


def main(defect: Defect) -> int:
    from binfmt_conformance.reference_impl import testee as reference

    original_handle = reference.handle
    original_write_frame = reference.write_frame
    pending: list[Raw] = []

    def handle(request: dict[str, Any]) -> dict[str, Any]:
        answer = defect.answer(request)
        if isinstance(answer, Raw):
            if not SERVING:
                sys.stdout.buffer.write(answer.payload)
                exit_abruptly(answer.exit_code)
            pending.append(answer)
            return {"status": "ok"}
        return original_handle(request) if answer is None else answer

    def write_frame(stream: Any, payload: bytes) -> None:
        original_write_frame(stream, pending.pop().payload if pending else payload)

    global SERVING
    argv = sys.argv[1:]
    SERVING = argv[:1] == ["serve"]
    reference.handle = handle  # both modes look it up at call time
    reference.write_frame = write_frame
    if argv[:1] == ["capabilities"]:
        caps = defect.capabilities()
        sys.stdout.write((caps.payload.decode() if isinstance(caps, Raw) else json.dumps(caps)) + "\n")
        return 0
    return reference.main(argv)

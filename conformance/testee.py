"""Talking to an implementation under test: per-case processes or one persistent `serve` process.

Whatever the testee does — exits oddly, dies by a signal, hangs, floods stdout, grows without bound, prints
garbage — the session returns a `Reply` with a status of its own and never raises.
"""

from __future__ import annotations

import base64
import json
import os
import selectors
import signal
import struct
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

PROTOCOL_VERSION = 1
OK, ERROR, UNSUPPORTED = "ok", "error", "unsupported"
CRASH, TIMEOUT, BAD_OUTPUT = "crash", "timeout", "bad_output"


@dataclass
class Limits:
    timeout: float = 10.0  # seconds per request
    output_cap: int = 64 << 20  # bytes of stdout per request
    memory_mb: int = 2048  # resident set size; virtual size is not limited (node reserves a lot of it)


@dataclass
class Reply:
    status: str  # ok, error, unsupported, crash, timeout, bad_output
    model: Any = None  # decode's model or another operation's result
    data: bytes | None = None  # encode's bytes
    error: str | None = None  # error class
    message: str = ""
    exit_code: int | None = None
    stderr: str = ""
    sent: bytes = b""
    received: bytes = b""
    argv: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Request:
    operation: str
    format: str
    profile: str | None
    data: bytes | None = None
    model: Any = None
    path: str | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self, request_id: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": request_id,
            "operation": self.operation,
            "format": self.format,
            "profile": self.profile,
            "options": self.options,
        }
        if self.data is not None:
            out["data"] = base64.b64encode(self.data).decode()
        if self.model is not None:
            out["model"] = self.model
        if self.path is not None:
            out["path"] = self.path
        return out


def resident_kb(pid: int) -> int:
    """Resident memory of a process and its descendants, from /proc (0 where it cannot be read)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


class MemoryWatch:
    """Kills a process group whose resident memory passes the limit; `tripped` says it did."""

    def __init__(self, process: subprocess.Popen[bytes], limit_mb: int) -> None:
        self.process = process
        self.limit_kb = limit_mb * 1024
        self.tripped = False
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    def watch(self) -> None:
        while not self.stopped.wait(0.05):
            if self.process.poll() is not None:
                return
            if resident_kb(self.process.pid) > self.limit_kb:
                self.tripped = True
                kill_group(self.process)
                return

    def stop(self) -> None:
        self.stopped.set()


def kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.kill()
    except ProcessLookupError:
        pass


def start(argv: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )


def describe_exit(code: int) -> str:
    return f"killed by signal {-code}" if code < 0 else f"exit code {code}"


class PerCaseSession:
    """One process per request, exit codes as the contract: 0 ok, 1 rejected, 3 unsupported, else crash."""

    def __init__(self, command: list[str], limits: Limits) -> None:
        self.command = command
        self.limits = limits

    def argv(self, request: Request) -> list[str]:
        argv = [*self.command, request.operation, request.format]
        if request.profile:
            argv += ["--profile", request.profile]
        for key, value in request.options.items():
            if key == "step_limit":
                argv += ["--step-limit", str(value)]
            else:
                argv += ["--option", f"{key}={json.dumps(value)}"]
        if request.path is not None:
            argv.append(request.path)
        return argv

    def call(self, request: Request) -> Reply:
        argv = self.argv(request)
        stdin = json.dumps(request.model).encode() if request.operation == "encode" else (request.data or b"")
        started = time.monotonic()
        try:
            process = start(argv)
        except OSError as exc:
            return Reply(CRASH, message=f"cannot start testee: {exc}", argv=argv, sent=stdin)
        watch = MemoryWatch(process, self.limits.memory_mb)
        out, err, over = collect(process, stdin, self.limits)
        watch.stop()
        reply = Reply(
            CRASH,
            argv=argv,
            sent=stdin,
            received=out,
            exit_code=process.returncode,
            stderr=err[-4000:].decode(errors="replace"),
            seconds=time.monotonic() - started,
        )
        if over == "timeout":
            reply.status, reply.message = TIMEOUT, f"no answer within {self.limits.timeout:g} s"
        elif over == "output":
            reply.message = f"output passed the cap of {self.limits.output_cap} bytes"
        elif watch.tripped:
            reply.message = f"resident memory passed {self.limits.memory_mb} MB"
        elif process.returncode == 0:
            interpret_ok(reply, request.operation, out)
        elif process.returncode in (1, 3):
            interpret_object(reply, out, process.returncode)
        else:
            reply.message = describe_exit(process.returncode)
        return reply

    def close(self) -> None:
        pass


def collect(process: subprocess.Popen[bytes], stdin: bytes, limits: Limits) -> tuple[bytes, bytes, str | None]:
    """Feed stdin, gather stdout/stderr under the timeout and output cap; kill the group on either."""
    assert process.stdin and process.stdout and process.stderr
    deadline = time.monotonic() + limits.timeout
    selector = selectors.DefaultSelector()
    pending = memoryview(stdin)
    for stream in (process.stdout, process.stderr):
        os.set_blocking(stream.fileno(), False)
        selector.register(stream, selectors.EVENT_READ)
    os.set_blocking(process.stdin.fileno(), False)
    if pending:
        selector.register(process.stdin, selectors.EVENT_WRITE)
    else:
        process.stdin.close()
    out, err, over = bytearray(), bytearray(), None
    while selector.get_map():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            over = "timeout"
            break
        for key, _ in selector.select(min(remaining, 0.5)):
            if key.fileobj is process.stdin:
                try:
                    written = os.write(process.stdin.fileno(), pending[: 1 << 16])
                except (BrokenPipeError, OSError):
                    written = len(pending)
                pending = pending[written:]
                if not pending:
                    selector.unregister(process.stdin)
                    process.stdin.close()
                continue
            chunk = os.read(key.fileobj.fileno(), 1 << 16)
            if not chunk:
                selector.unregister(key.fileobj)
                continue
            (out if key.fileobj is process.stdout else err).extend(chunk)
            if len(out) > limits.output_cap:
                over = "output"
                break
            del err[:-65536]
        if over:
            break
    selector.close()
    if over:
        kill_group(process)
    try:
        process.wait(timeout=max(0.1, deadline - time.monotonic()) if not over else 5)
    except subprocess.TimeoutExpired:
        kill_group(process)
        process.wait()
        over = over or "timeout"
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream and not stream.closed:
            stream.close()
    return bytes(out), bytes(err), over


def interpret_ok(reply: Reply, operation: str, out: bytes) -> None:
    if operation == "encode":
        reply.status, reply.data = OK, out
        return
    try:
        reply.model = json.loads(out)
        reply.status = OK
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        reply.status, reply.message = BAD_OUTPUT, f"stdout is not JSON: {exc}"


def interpret_object(reply: Reply, out: bytes, code: int) -> None:
    try:
        answer = json.loads(out)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        reply.status, reply.message = BAD_OUTPUT, f"exit {code} with stdout that is not JSON: {exc}"
        return
    if code == 1 and isinstance(answer, dict) and isinstance(answer.get("error"), str):
        reply.status, reply.error, reply.message = ERROR, answer["error"], str(answer.get("message", ""))
    elif code == 3 and isinstance(answer, dict) and "unsupported" in answer:
        reply.status, reply.message = UNSUPPORTED, str(answer["unsupported"])
    else:
        reply.status, reply.message = BAD_OUTPUT, f"exit {code} without the object the protocol asks for"


def drain(stream: BinaryIO, kept: bytearray) -> None:
    """Read a pipe to its end, keeping the last 64 KiB in `kept`, then close it."""
    with stream:
        try:
            while chunk := stream.read1(1 << 16):
                kept.extend(chunk)
                del kept[:-65536]
        except (OSError, ValueError):
            pass


class ServeSession:
    """One long-lived `IMPL serve` process; length-prefixed JSON both ways; restarted after it dies."""

    def __init__(self, command: list[str], limits: Limits) -> None:
        self.command = command
        self.limits = limits
        self.process: subprocess.Popen[bytes] | None = None
        self.watch: MemoryWatch | None = None
        self.next_id = 0
        self.stderr_kept = bytearray()
        self.stderr_thread: threading.Thread | None = None

    def ensure_started(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            self.stop()
            self.process = start([*self.command, "serve"])
            self.watch = MemoryWatch(self.process, self.limits.memory_mb)
            # Drain stderr all along: a testee that logs would otherwise block once the pipe's buffer is full.
            self.stderr_kept = bytearray()
            self.stderr_thread = threading.Thread(
                target=drain, args=(self.process.stderr, self.stderr_kept), daemon=True
            )
            self.stderr_thread.start()
            assert self.process.stdout
            os.set_blocking(self.process.stdout.fileno(), False)
        return self.process

    def call(self, request: Request) -> Reply:
        self.next_id += 1
        payload = json.dumps(request.to_json(self.next_id)).encode()
        frame = struct.pack("<I", len(payload)) + payload
        started = time.monotonic()
        try:
            process = self.ensure_started()
        except OSError as exc:
            return Reply(CRASH, message=f"cannot start testee: {exc}", sent=frame)
        reply = Reply(CRASH, sent=frame, argv=[*self.command, "serve"])
        try:
            assert process.stdin
            process.stdin.write(frame)
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            return self.died(reply, "testee closed its input")
        received, problem = self.read_frame(process)
        reply.received, reply.seconds = received, time.monotonic() - started
        if problem == "timeout":
            self.stop()
            reply.status, reply.message = TIMEOUT, f"no answer within {self.limits.timeout:g} s"
            return reply
        if problem:
            return self.died(reply, problem)
        try:
            answer = json.loads(received[4:])
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            self.stop()  # the stream can no longer be trusted to be in step
            reply.status, reply.message = BAD_OUTPUT, f"answer is not JSON: {exc}"
            return reply
        interpret_answer(reply, request.operation, answer, self.next_id)
        if reply.status == BAD_OUTPUT:
            self.stop()  # a wrong id or a malformed answer: the stream can no longer be trusted to be in step
        return reply

    def read_frame(self, process: subprocess.Popen[bytes]) -> tuple[bytes, str | None]:
        assert process.stdout
        deadline = time.monotonic() + self.limits.timeout
        buffer = bytearray()
        need = 4
        while len(buffer) < need:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return bytes(buffer), "timeout"
            with selectors.DefaultSelector() as selector:
                selector.register(process.stdout, selectors.EVENT_READ)
                if not selector.select(min(remaining, 0.5)):
                    if self.watch and self.watch.tripped:
                        return bytes(buffer), f"resident memory passed {self.limits.memory_mb} MB"
                    continue
            try:
                chunk = os.read(process.stdout.fileno(), need - len(buffer))
            except BlockingIOError:
                continue
            if not chunk:
                return bytes(buffer), "testee exited mid-answer" if buffer else "testee exited"
            buffer.extend(chunk)
            if need == 4 and len(buffer) >= 4:
                (size,) = struct.unpack("<I", buffer[:4])
                if size > self.limits.output_cap:
                    return bytes(buffer), f"answer of {size} bytes passes the cap of {self.limits.output_cap}"
                need = 4 + size
        return bytes(buffer), None

    def died(self, reply: Reply, problem: str) -> Reply:
        process = self.process
        tripped = bool(self.watch and self.watch.tripped)
        self.stop()
        code = process.returncode if process else None
        reply.exit_code = code
        reply.stderr = self.stderr_tail
        reply.status = CRASH
        reply.message = (
            f"resident memory passed {self.limits.memory_mb} MB"
            if tripped
            else f"{problem} ({describe_exit(code)})"
            if code is not None
            else problem
        )
        return reply

    stderr_tail = ""

    def stop(self) -> None:
        if self.watch:
            self.watch.stop()
        if self.process is not None:
            if self.process.poll() is None:
                kill_group(self.process)
            self.process.wait()
            if self.stderr_thread is not None:
                self.stderr_thread.join(timeout=1)  # stderr is closed by `drain` itself, at its end
            self.stderr_tail = bytes(self.stderr_kept[-4000:]).decode(errors="replace")
            for stream in (self.process.stdin, self.process.stdout):
                if stream:
                    try:
                        stream.close()
                    except OSError:
                        pass
        self.process = None

    def close(self) -> None:
        if self.process is not None and self.process.stdin:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.stop()


def interpret_answer(reply: Reply, operation: str, answer: Any, request_id: int) -> Reply:
    if not isinstance(answer, dict) or answer.get("id") != request_id:
        reply.status, reply.message = BAD_OUTPUT, "answer does not carry the request's id"
        return reply
    status = answer.get("status")
    if status == OK:
        if operation == "encode":
            try:
                reply.data = base64.b64decode(answer["data"], validate=True)
            except (KeyError, TypeError, ValueError):
                reply.status, reply.message = BAD_OUTPUT, "encode answer without base64 data"
                return reply
        else:
            reply.model = answer.get("model", answer.get("result"))
        reply.status = OK
    elif status == ERROR and isinstance(answer.get("error"), str):
        reply.status, reply.error, reply.message = ERROR, answer["error"], str(answer.get("message", ""))
    elif status == UNSUPPORTED:
        reply.status, reply.message = UNSUPPORTED, str(answer.get("reason", ""))
    else:
        reply.status, reply.message = BAD_OUTPUT, f"answer status {status!r} is not ok, error or unsupported"
    return reply


def query_capabilities(command: list[str], limits: Limits) -> dict[str, Any]:
    """`IMPL capabilities`; raises ValueError with a readable reason when the testee cannot say."""
    process = start([*command, "capabilities"])
    out, err, over = collect(process, b"", limits)
    if over or process.returncode != 0:
        raise ValueError(
            f"`capabilities` failed ({over or describe_exit(process.returncode)}): "
            f"{err.decode(errors='replace')[-500:]}"
        )
    try:
        caps = json.loads(out)
    except json.JSONDecodeError as exc:
        raise ValueError(f"`capabilities` did not print JSON: {exc}") from None
    if (
        not isinstance(caps, dict)
        or caps.get("protocol") != PROTOCOL_VERSION
        or not isinstance(caps.get("formats"), dict)
    ):
        raise ValueError(f"`capabilities` must declare protocol {PROTOCOL_VERSION} and its formats")
    return caps

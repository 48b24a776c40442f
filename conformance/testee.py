"""Talking to an implementation under test: per-case processes or one persistent `serve` process.

Whatever the testee does — exits oddly, dies by a signal, hangs, floods stdout, grows without bound, nests its
JSON past any parser, leaves children behind, prints garbage — the session returns a `Reply` with a status of its
own and never raises. Each testee process runs in a temporary directory of its own, removed afterwards.
"""

from __future__ import annotations

import base64
import ctypes
import itertools
import json
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from binfmt_conformance.formats.protocol import (
    BAD_OUTPUT,
    CRASH,
    ERROR,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNSUPPORTED,
    FORMAT_FIELDS,
    FRAME_LENGTH,
    OK,
    OPTION_FLAG,
    PROFILE_FLAG,
    PROTOCOL_VERSION,
    STEP_LIMIT_FLAG,
    STEP_LIMIT_OPTION,
    TIMEOUT,
    UNSUPPORTED,
    frame,
)

STDERR_KEPT = 4000  # characters of a testee's stderr kept for the report
CAPABILITIES_TIMEOUT = 30.0  # seconds `IMPL capabilities` may take at least, whatever --timeout says
RETAINED_IO = 1 << 16  # bytes of each exchange kept once a check is judged (a `--case` replay keeps them all)


@dataclass
class Limits:
    timeout: float = 10.0  # seconds per request
    output_cap: int = 64 << 20  # bytes of stdout per request
    memory_mb: int = 2048  # resident set size; virtual size is not limited (node reserves a lot of it)
    retained_io: int | None = RETAINED_IO  # bytes of each exchange a judged reply keeps (None: all)


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
    sent_size: int = 0  # whole sizes, before `trim` shortens the bytes kept
    received_size: int = 0

    def trim(self, keep: int) -> None:
        """Keep only a prefix of the exchange once the reply is judged: a run of many large answers must not
        hold them all (the model and bytes a report shows are summarised before this)."""
        self.sent_size, self.received_size = len(self.sent), len(self.received)
        self.sent, self.received = self.sent[:keep], self.received[:keep]
        if self.data is not None and len(self.data) > keep:
            self.data = self.data[:keep]


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

    def argv(self, command: list[str]) -> list[str]:
        """The per-case command line (spec/protocol.md, "Per-case mode")."""
        argv = [*command, self.operation, self.format]
        if self.profile:
            argv += [PROFILE_FLAG, self.profile]
        for key, value in self.options.items():
            if key == STEP_LIMIT_OPTION:
                argv += [STEP_LIMIT_FLAG, str(value)]
            else:
                argv += [OPTION_FLAG, f"{key}={json.dumps(value)}"]
        if self.path is not None:
            argv.append(self.path)
        return argv

    def stdin(self) -> bytes:
        return json.dumps(self.model).encode() if self.operation == "encode" else (self.data or b"")


def parse_json(text: bytes | str) -> Any:
    """JSON from a testee; ValueError (never RecursionError or MemoryError) when it is not JSON we can hold."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested deeper than the runner parses") from None
    except MemoryError:
        raise ValueError("JSON too large to parse") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from None


# ---------------------------------------------------------------- processes, and every process they start


class ProcessTracker:
    """Every testee process the runner started, and every process those started, die with their check.

    A testee starts in a session of its own (so its process group is known), and the runner walks the /proc
    tree below it before killing: children that left the group or the session with `setsid` are still its
    descendants. Children orphaned on the way (a double fork) are re-parented to the runner, which declares
    itself a child subreaper (Linux `prctl`, no privileges needed); after each check the runner kills every
    child of its own that it did not start. See spec/protocol.md, "Processes", for what this cannot catch.

    Orphans are told apart by the token each testee process carries in its environment (and passes on to
    what it starts): with several checks running at once, an orphan of a check still in progress is spared
    until that check ends, so one check's sweep never breaks another check's testee mid-answer.
    """

    PR_SET_CHILD_SUBREAPER = 36

    OWNER_VARIABLE = "BINFMT_CONFORMANCE_TESTEE"

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started: set[int] = set()
        self.tokens: dict[int, str] = {}  # pid of a started process -> its token
        self.busy: set[str] = set()  # tokens of processes whose check is in progress
        self.serial = itertools.count()
        self.subreaper = False

    def become_subreaper(self) -> None:
        if self.subreaper:
            return
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            self.subreaper = libc.prctl(self.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
        except (OSError, AttributeError):
            self.subreaper = False

    def start(self, argv: list[str], cwd: str) -> subprocess.Popen[bytes]:
        # Held across the fork so that a sweep never mistakes a process being started for an orphan.
        with self.lock:
            token = f"{os.getpid()}.{next(self.serial)}"
            process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
                cwd=cwd,
                env={**os.environ, self.OWNER_VARIABLE: token},
            )
            self.started.add(process.pid)
            self.tokens[process.pid] = token
            self.busy.add(token)
        return process

    def working(self, process: subprocess.Popen[bytes], busy: bool) -> None:
        """A long-lived testee takes up a check (busy) or has answered it (idle: its orphans may go)."""
        with self.lock:
            token = self.tokens.get(process.pid)
            if token is not None:
                (self.busy.add if busy else self.busy.discard)(token)

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        """SIGKILL the process, its group, and every descendant, wherever they moved."""
        for pid in [process.pid, *descendants(process.pid)]:
            signal_pid(pid)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def finished(self, process: subprocess.Popen[bytes]) -> None:
        """The process was waited for: kill what it left behind (also when it exited by itself)."""
        for pid in descendants(process.pid):
            signal_pid(pid)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        with self.lock:
            self.started.discard(process.pid)
            self.busy.discard(self.tokens.pop(process.pid, ""))
        self.sweep_orphans()

    def kill_escaped(self, process: subprocess.Popen[bytes]) -> None:
        """Kill the descendants of a live testee that left its session (`setsid`): they are not helpers it
        keeps, they are hiding (children in its session live until the session ends)."""
        for pid in descendants(process.pid):
            if session_of(pid) not in (process.pid, None):
                signal_pid(pid)

    def sweep_orphans(self) -> None:
        """Kill and reap the runner's children that it did not start (orphans re-parented to it)."""
        if not self.subreaper:
            return
        with self.lock:
            for pid in descendants(os.getpid(), depth=1):
                if pid in self.started or owner_token(pid, self.OWNER_VARIABLE) in self.busy:
                    continue
                for below in descendants(pid):
                    signal_pid(below)
                signal_pid(pid)
                try:
                    os.waitpid(pid, 0)
                except ChildProcessError:
                    pass


def signal_pid(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def owner_token(pid: int, variable: str) -> str | None:
    """The testee token in a process's initial environment (None when it is gone, unreadable or cleared)."""
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return None
    prefix = variable.encode() + b"="
    for entry in environ.split(b"\0"):
        if entry.startswith(prefix):
            return entry[len(prefix) :].decode(errors="replace")
    return None


def session_of(pid: int) -> int | None:
    """The session ID of a process, from /proc (None when it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[4])
    except (OSError, IndexError, ValueError):
        return None


def descendants(pid: int, depth: int | None = None) -> list[int]:
    """Processes below `pid` in the /proc tree (children of every thread), to `depth` levels."""
    found: list[int] = []
    level = [pid]
    while level and (depth is None or depth > 0):
        below: list[int] = []
        for current in level:
            try:
                for task in Path(f"/proc/{current}/task").iterdir():
                    below.extend(int(c) for c in (task / "children").read_text().split())
            except (OSError, ValueError):
                continue
        found.extend(below)
        level = below
        depth = None if depth is None else depth - 1
    return found


TRACKER = ProcessTracker()


def resident_kb(pid: int) -> int:
    """Resident memory of a process and its descendants, from /proc (0 where it cannot be read)."""
    total = 0
    for current in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total


class MemoryWatch:
    """Kills a testee whose resident memory (with its descendants) passes the limit; `tripped` says it did."""

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
                TRACKER.kill(self.process)
                return

    def stop(self) -> None:
        self.stopped.set()


@contextmanager
def working_directory() -> Iterator[str]:
    """A fresh, empty directory for one testee process; removed with whatever it wrote."""
    folder = tempfile.mkdtemp(prefix="conformance-testee-")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def describe_exit(code: int) -> str:
    return f"killed by signal {-code}" if code < 0 else f"exit code {code}"


def stderr_ending(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    return f"; stderr ends: {lines[-1][:300]}" if lines else ""


def stderr_text(err: bytes | bytearray) -> str:
    return bytes(err[-STDERR_KEPT:]).decode(errors="replace")


class PerCaseSession:
    """One process per request, exit codes as the contract: 0 ok, 1 rejected, 3 unsupported, else crash."""

    def __init__(self, command: list[str], limits: Limits) -> None:
        self.command = command
        self.limits = limits

    def call(self, request: Request) -> Reply:
        argv = request.argv(self.command)
        stdin = request.stdin()
        started = time.monotonic()
        with working_directory() as cwd:
            try:
                process = TRACKER.start(argv, cwd)
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
            stderr=stderr_text(err),
            seconds=time.monotonic() - started,
        )
        if over == "timeout":
            reply.status, reply.message = TIMEOUT, f"no answer within {self.limits.timeout:g} s"
        elif over == "output":
            reply.message = f"output passed the cap of {self.limits.output_cap} bytes"
        elif watch.tripped:
            reply.message = f"resident memory passed {self.limits.memory_mb} MB"
        elif process.returncode == EXIT_OK:
            interpret_ok(reply, request.operation, out)
        elif process.returncode in (EXIT_REJECTED, EXIT_UNSUPPORTED) and not out.strip():
            # An uncaught exception exits 1 too: without the answer the protocol asks for, it is a crash.
            reply.message = f"exit code {process.returncode} without an answer" + stderr_ending(reply.stderr)
        elif process.returncode in (EXIT_REJECTED, EXIT_UNSUPPORTED):
            interpret_object(reply, out, process.returncode)
        else:
            reply.message = describe_exit(process.returncode) + (stderr_ending(reply.stderr) if not out else "")
        return reply

    def close(self) -> None:
        pass


def collect(process: subprocess.Popen[bytes], stdin: bytes, limits: Limits) -> tuple[bytearray, bytes, str | None]:
    """Feed stdin, gather stdout/stderr under the timeout and output cap; kill the tree on either."""
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
            try:
                chunk = os.read(key.fileobj.fileno(), 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                selector.unregister(key.fileobj)
                continue
            if key.fileobj is process.stdout:
                out.extend(chunk[: limits.output_cap + 1 - len(out)])
                if len(out) > limits.output_cap:
                    over = "output"
                    break
            else:
                err.extend(chunk)
                del err[:-65536]
        if over:
            break
    selector.close()
    if over:
        TRACKER.kill(process)
    try:
        process.wait(timeout=max(0.1, deadline - time.monotonic()) if not over else 5)
    except subprocess.TimeoutExpired:
        TRACKER.kill(process)
        process.wait()
        over = over or "timeout"
    TRACKER.finished(process)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream and not stream.closed:
            stream.close()
    return out, bytes(err), over  # stdout as the buffer it was read into: no second copy of up to the cap


def interpret_ok(reply: Reply, operation: str, out: bytes) -> None:
    if operation == "encode":
        reply.status, reply.data = OK, out
        return
    try:
        reply.model = parse_json(out)
        reply.status = OK
    except ValueError as exc:
        reply.status, reply.message = BAD_OUTPUT, f"stdout is not JSON: {exc}"


def interpret_object(reply: Reply, out: bytes, code: int) -> None:
    try:
        answer = parse_json(out)
    except ValueError as exc:
        reply.status, reply.message = BAD_OUTPUT, f"exit {code} with stdout that is not JSON: {exc}"
        return
    classify_exit(reply, code, answer)


def classify_exit(reply: Reply, code: int, answer: Any) -> Reply:
    """A per-case exit code and the JSON it printed → the reply's status (exit 0 is a model or result)."""
    if code == EXIT_OK:
        reply.status, reply.model = OK, answer
    elif code == EXIT_REJECTED and isinstance(answer, dict) and isinstance(answer.get("error"), str):
        reply.status, reply.error, reply.message = ERROR, answer["error"], str(answer.get("message", ""))
    elif code == EXIT_UNSUPPORTED and isinstance(answer, dict) and "unsupported" in answer:
        reply.status, reply.message = UNSUPPORTED, str(answer["unsupported"])
    else:
        reply.status, reply.message = BAD_OUTPUT, f"exit {code} without the object the protocol asks for"
    return reply


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
        self.stderr_tail = ""
        self.cwd: str | None = None

    def ensure_started(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            self.stop()
            self.cwd = tempfile.mkdtemp(prefix="conformance-testee-")
            self.process = TRACKER.start([*self.command, "serve"], self.cwd)
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
        sent = frame(json.dumps(request.to_json(self.next_id)).encode())
        started = time.monotonic()
        try:
            process = self.ensure_started()
        except OSError as exc:
            return Reply(CRASH, message=f"cannot start testee: {exc}", sent=sent)
        reply = Reply(CRASH, sent=sent, argv=[*self.command, "serve"])
        TRACKER.working(process, busy=True)
        try:
            assert process.stdin
            process.stdin.write(sent)
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            return self.died(reply, "testee closed its input")
        received, problem = self.read_frame(process)
        reply.received, reply.seconds = received, time.monotonic() - started
        TRACKER.working(process, busy=False)
        TRACKER.kill_escaped(process)
        TRACKER.sweep_orphans()
        if problem == "timeout":
            self.stop()
            reply.status, reply.message = TIMEOUT, f"no answer within {self.limits.timeout:g} s"
            return reply
        if problem:
            return self.died(reply, problem)
        try:
            answer = parse_json(received[FRAME_LENGTH.size :])
        except ValueError as exc:
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
        need = FRAME_LENGTH.size
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
                chunk = os.read(process.stdout.fileno(), min(need - len(buffer), 1 << 20))
            except BlockingIOError:
                continue
            if not chunk:
                return bytes(buffer), "testee exited mid-answer" if buffer else "testee exited"
            buffer.extend(chunk)
            if need == FRAME_LENGTH.size and len(buffer) >= need:
                (size,) = FRAME_LENGTH.unpack(buffer[:need])
                if size > self.limits.output_cap:
                    return bytes(buffer), f"answer of {size} bytes passes the cap of {self.limits.output_cap}"
                need += size
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

    def stop(self) -> None:
        if self.watch:
            self.watch.stop()
        if self.process is not None:
            TRACKER.kill(self.process)
            self.process.wait()
            TRACKER.finished(self.process)
            if self.stderr_thread is not None:
                self.stderr_thread.join(timeout=1)  # stderr is closed by `drain` itself, at its end
            self.stderr_tail = stderr_text(self.stderr_kept)
            for stream in (self.process.stdin, self.process.stdout):
                if stream:
                    try:
                        stream.close()
                    except OSError:
                        pass
        if self.cwd is not None:
            shutil.rmtree(self.cwd, ignore_errors=True)
            self.cwd = None
        self.process = None

    def close(self) -> None:
        if self.process is not None and self.process.stdin:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.stop()


def interpret_answer(reply: Reply, operation: str, answer: Any, request_id: int | None) -> Reply:
    """A serve answer (or the reference's in-process answer, `request_id` None) → the reply's status."""
    if not isinstance(answer, dict) or (request_id is not None and answer.get("id") != request_id):
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
        reply.status, reply.message = BAD_OUTPUT, f"answer status {safe_repr(status)} is not ok, error or unsupported"
    return reply


def safe_repr(value: Any, limit: int = 80) -> str:
    try:
        text = repr(value)
    except RecursionError:
        text = f"<{type(value).__name__} nested too deep to show>"
    return text if len(text) <= limit else text[:limit] + "…"


# ---------------------------------------------------------------- capabilities


def query_capabilities(command: list[str], limits: Limits) -> dict[str, Any]:
    """`IMPL capabilities`; raises ValueError with a readable reason when the testee cannot say."""
    with working_directory() as cwd:
        try:
            process = TRACKER.start([*command, "capabilities"], cwd)
        except OSError as exc:
            raise ValueError(f"cannot start testee {command[0]!r}: {exc.strerror or exc}") from None
        # Not a check: a slow start on a loaded machine must not end the run before it begins.
        out, err, over = collect(process, b"", replace(limits, timeout=max(limits.timeout, CAPABILITIES_TIMEOUT)))
    if over or process.returncode != 0:
        raise ValueError(
            f"`capabilities` failed ({over or describe_exit(process.returncode)}): "
            f"{err.decode(errors='replace')[-500:]}"
        )
    try:
        caps = parse_json(out)
    except ValueError as exc:
        raise ValueError(f"`capabilities` did not print JSON: {exc}") from None
    return validate_capabilities(caps)


def validate_capabilities(caps: Any) -> dict[str, Any]:
    """The shape spec/protocol.md gives `capabilities`; ValueError naming the first field that breaks it."""

    def fail(where: str, problem: str) -> ValueError:
        return ValueError(f"capabilities: `{where}` {problem}")

    if not isinstance(caps, dict):
        raise fail("(top level)", "must be a JSON object")
    protocol = caps.get("protocol")
    if type(protocol) is not int or protocol != PROTOCOL_VERSION:
        raise fail("protocol", f"must be the integer {PROTOCOL_VERSION}, not {safe_repr(protocol)}")
    if "name" in caps and not isinstance(caps["name"], str):
        raise fail("name", f"must be a string, not {safe_repr(caps['name'])}")
    if "serve" in caps and not isinstance(caps["serve"], bool):
        raise fail("serve", f"must be true or false, not {safe_repr(caps['serve'])}")
    formats = caps.get("formats")
    if not isinstance(formats, dict) or not formats:
        raise fail("formats", f"must be a non-empty object of format name → declaration, not {safe_repr(formats)}")
    for name, declared in formats.items():
        where = f"formats.{name}"
        if not isinstance(declared, dict):
            raise fail(where, f"must be an object with {', '.join(FORMAT_FIELDS)}")
        for key in ("operations", "profiles"):
            value = declared.get(key, [])
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise fail(f"{where}.{key}", f"must be an array of strings, not {safe_repr(value)}")
        if not declared.get("operations"):
            raise fail(f"{where}.operations", "must name at least one operation")
        default = declared.get("default_profile")
        if default is not None and (not isinstance(default, str) or default not in declared.get("profiles", [])):
            raise fail(f"{where}.default_profile", f"must be one of the declared profiles, not {safe_repr(default)}")
        if declared.get("profiles") and default is None:
            raise fail(f"{where}.default_profile", "is required when profiles are declared")
    return caps

"""Kill a writer with SIGKILL at random moments and look at what it left (issue 7: writers never lose data).

The writer runs in a forked child (the modules it needs are already imported, so a kill costs milliseconds).
The parent first lets one run finish, to learn the new state and how long a write takes; then, 20 times, it
restores the old state, forks a writer, kills it at a random moment of the next twentieth of that time, records
what is left, and runs the writer again in-process: that run must reach the new state and leave no debris.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

KILLS = 20

State = dict[str, bytes]
Writer = Callable[[Path], None]


def snapshot(folder: Path) -> State:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def restore(folder: Path, state: State) -> None:
    for path in folder.iterdir():
        path.unlink()
    for name, data in state.items():
        (folder / name).write_bytes(data)


def fork(write: Writer, folder: Path) -> int:
    pid = os.fork()
    if pid == 0:  # the child: write, then leave without running the parent's cleanup
        code = 1
        try:
            write(folder)
            code = 0
        finally:
            os._exit(code)
    return pid


def kill_at_random(write: Writer, folder: Path, old: State, seed: int = 7) -> tuple[State, list[State]]:
    """The new state, and what each of the 20 kills left."""
    rng = random.Random(seed)
    restore(folder, old)
    began = time.monotonic()
    pid = fork(write, folder)
    assert os.waitpid(pid, 0)[1] == 0, "the writer failed"
    duration = time.monotonic() - began
    new = snapshot(folder)
    left = []
    for stratum in range(KILLS):  # one random moment in each twentieth of the run: the end gets its share
        restore(folder, old)
        pid = fork(write, folder)
        time.sleep(duration * (stratum + rng.random()) / KILLS)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)  # reaped: its temporary files now belong to a dead process
        left.append(snapshot(folder))
        write(folder)
        assert snapshot(folder) == new, "the run after a kill did not reach the new state without debris"
    return new, left

"""Writing files the way every writer of the kit must: a temporary file in the target's folder, then a rename.

Temporary files are named `.<target>.<pid>.<random>.partial`: a writer killed before its rename leaves one
behind, clearly named, and the next write into that folder removes those of processes no longer alive.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".partial"


def default_mode(target: Path) -> int:
    """The mode the file would get from a plain `open(target, "w")`: the existing file's, else 0666 & ~umask."""
    try:
        return os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files of dead writers in `folder`; the paths removed."""
    removed = []
    for path in Path(folder).glob(".*" + TEMP_SUFFIX):
        parts = path.name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
        if len(parts) == 3 and parts[1].isdigit() and not alive(int(parts[1])):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def atomic_write(
    target: str | os.PathLike[str], data: bytes, allow_overwrite: bool = True, mode: int | None = None
) -> None:
    """Write beside the target, flush to disk, then rename: a crash never leaves a half-written file. Without
    `allow_overwrite` an existing target is never replaced (FileExistsError), even one that appears meanwhile.
    The file gets `mode`, by default the one a plain write would give it."""
    target = Path(target)
    sweep(target.parent)
    mode = default_mode(target) if mode is None else mode
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if allow_overwrite:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # fails if the target exists: never overwrite
            os.unlink(temporary)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise

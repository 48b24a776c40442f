"""Writing files the way every writer of the kit must: a temporary file in the target's folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(target: str | os.PathLike[str], data: bytes, allow_overwrite: bool = True) -> None:
    """Write beside the target, flush to disk, then rename: a crash never leaves a half-written file. Without
    `allow_overwrite` an existing target is never replaced (FileExistsError), even one that appears meanwhile."""
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
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

"""A cache for slow pure computations of `conformance regen` (each format's generated corpus files, the
Kaitai compiler's parsers, the rzb oracle's outcomes, JSON Schema validation of large expected models) and of
a run's plan (the property checks' hypothesis models), kept on disk between runs under `.cache/regen/`
(ignored by git).

An entry's key is a SHA-256 of everything its value can depend on: the computation's name, its inputs (bytes
or JSON; for the generators, every corpus file regen does not write; for the compiler, every `.ksy`, the
installed compiler and node), every Python source of the packages the computation can reach (`formats/`,
`corpus/generators/`, `reference_impl/`, `conformance/`), the interpreter's version, every installed
distribution's version and the zstd library's. Any change to any of those is a different key, so a hit is
the value the computation would return now: the cache can make `regen --check` fast, never make it miss a
drift. `BINFMT_REGEN_CACHE=0` (or `regen --no-cache`) computes everything afresh.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from binfmt_conformance.conformance.cases import REPO_ROOT

T = TypeVar("T")
CACHE_ROOT = REPO_ROOT / ".cache" / "regen"
SOURCE_FOLDERS = ("formats", "corpus/generators", "reference_impl", "conformance")
stats = {"hits": 0, "misses": 0}


def enabled() -> bool:
    return os.environ.get("BINFMT_REGEN_CACHE", "1") != "0"


@cache
def code_digest() -> str:
    """The digest of every Python source the cached computations can reach, the interpreter and libraries."""
    digest = hashlib.sha256(sys.version.encode())
    # Every installed distribution, not a list of the ones in use, which would miss the next one a generator
    # imports; and the zstd the binding runs, which may be the system's library rather than its own.
    for name, version in sorted(installed_distributions()):
        digest.update(f"{name}={version};".encode())
    import zstandard

    digest.update(f"libzstd={zstandard.ZSTD_VERSION};".encode())
    for folder in SOURCE_FOLDERS:
        for path in sorted((REPO_ROOT / folder).rglob("*.py")):
            digest.update(path.relative_to(REPO_ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def installed_distributions() -> set[tuple[str, str]]:
    return {(d.metadata["Name"] or "", d.version) for d in importlib.metadata.distributions()}


def cached(name: str, inputs: bytes, compute: Callable[[], T]) -> T:
    """compute(), or the value it returned for the same name, inputs and code before."""
    if not enabled():
        return compute()
    key = hashlib.sha256(f"{name}\0{code_digest()}\0".encode() + inputs).hexdigest()
    path = CACHE_ROOT / key[:2] / f"{key}.pickle"
    try:
        value: T = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    else:
        stats["hits"] += 1
        return value
    stats["misses"] += 1
    value = compute()
    store(path, value)
    return value


def store(path: Path, value: Any) -> None:
    """Write atomically (a concurrent run never reads half an entry); a cache that cannot be written is no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(out.name, path)
    except OSError:
        return

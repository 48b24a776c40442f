"""The command of `--impl kaitai-js`, from a checkout or an installed kit.

The generated JavaScript parsers (formats/*/kaitai/*.js) and the adapter travel with the package; the Kaitai
Struct JavaScript runtime (the npm package `kaitai-struct`, pinned with its integrity hash in this folder's
package.json and package-lock.json) does not. A checkout has it in tools/ksc/node_modules (`make`); anywhere
else it is installed once, on first use, with `npm ci` into a per-user cache folder
(`$XDG_CACHE_HOME/binfmt-conformance/`, default `~/.cache/binfmt-conformance/`), under a file lock so
concurrent runs install it once. Without node or npm on PATH the shortcut is refused with one line saying so.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ADAPTER = HERE / "adapter.js"
LOCK_FILES = ("package.json", "package-lock.json")
CHECKOUT_RUNTIME = HERE.parent.parent / "tools" / "ksc" / "node_modules" / "kaitai-struct"
ENTRY = "KaitaiStream.js"
NPM_TIMEOUT = 600.0


class RuntimeUnavailable(ValueError):
    """The Kaitai JavaScript runtime cannot be found or installed (a one-line reason)."""


def pinned_version() -> str:
    lock = json.loads((HERE / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"]["node_modules/kaitai-struct"]["version"]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "binfmt-conformance"


def cached_runtime(root: Path) -> Path:
    return root / f"kaitai-struct-{pinned_version()}" / "node_modules" / "kaitai-struct"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeUnavailable(
            f"--impl kaitai-js needs {name} on PATH (node runs the generated parsers; npm installs the Kaitai "
            f"Struct runtime {pinned_version()} on first use)"
        )
    return found


def install(root: Path) -> Path:
    """`npm ci` of the pinned runtime into `root`, once (a concurrent run waits for the first)."""
    target = cached_runtime(root)
    if (target / ENTRY).is_file():
        return target
    npm = tool("npm")
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / ENTRY).is_file():
            return target
        folder = target.parent.parent
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=root))
        try:
            for name in LOCK_FILES:
                shutil.copyfile(HERE / name, staging / name)
            print(
                f"conformance: installing the Kaitai Struct JavaScript runtime {pinned_version()} into {folder} "
                "(once, with npm ci)",
                file=sys.stderr,
            )
            try:
                done = subprocess.run(
                    [npm, "ci", "--prefix", str(staging), "--no-audit", "--no-fund", "--ignore-scripts"],
                    capture_output=True,
                    text=True,
                    timeout=NPM_TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise RuntimeUnavailable(f"npm ci of the Kaitai runtime took over {NPM_TIMEOUT:g} s") from None
            if done.returncode != 0 or not (staging / "node_modules" / "kaitai-struct" / ENTRY).is_file():
                tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
                raise RuntimeUnavailable(f"npm ci of the Kaitai runtime failed (exit {done.returncode}): {tail}")
            if folder.exists():
                shutil.rmtree(folder)
            staging.rename(folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


def runtime_folder(root: Path | None = None, checkout: Path | None = CHECKOUT_RUNTIME) -> Path:
    """The folder of the `kaitai-struct` package: the checkout's when it has one, else the user cache's
    (installed there first if need be)."""
    if checkout is not None and (checkout / ENTRY).is_file():
        return checkout
    return install(root or cache_root())


def command(root: Path | None = None, checkout: Path | None = CHECKOUT_RUNTIME) -> list[str]:
    """The testee command line of `--impl kaitai-js`."""
    node = tool("node")
    return [node, str(ADAPTER), "--runtime", str(runtime_folder(root, checkout))]

"""Compiling the kit's Kaitai Struct specs (`formats/<fmt>/<fmt>.ksy`) into the parsers committed beside them.

The compiler is the npm build of kaitai-struct-compiler (pinned in tools/ksc/package.json), driven by
tools/ksc/compile.js because that build has no command line. `conformance regen` writes what `compile_ksy`
returns into each target folder of `generated_targets()`, and `regen --check` compares it with the committed
files. Only the files `compile_ksy` names are generated: a folder may also hold hand-written modules (the
`__init__.py`, and custom process routines such as formats/ach/kaitai/zstd_limited.py).
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
KSC_DIR = REPO_ROOT / "tools" / "ksc"
COMPILE_SCRIPT = KSC_DIR / "compile.js"
LANGUAGES = ("python", "javascript")

# Every format's spec `formats/<fmt>/<fmt>.ksy` compiles to Python in `formats/<fmt>/kaitai/`; these formats also
# get the languages listed here, in the same folder (the node testee runs the JavaScript parser of fzb).
EXTRA_LANGUAGES: dict[str, tuple[str, ...]] = {"fzb": ("javascript",), "rzb": ("javascript",)}


class KaitaiBuildError(RuntimeError):
    """node or the compiler is missing, or the compiler rejected a spec."""


def generated_targets() -> list[tuple[Path, str, Path]]:
    """Every (ksy path, language, output folder) the kit commits generated code for (absolute paths)."""
    targets = []
    for ksy in sorted((REPO_ROOT / "formats").glob("*/*.ksy")):
        if ksy.stem != ksy.parent.name or ksy.parent.name.startswith("_"):
            continue  # only a format's own spec (not the template's); a folder may hold helper specs it imports
        for lang in ("python", *EXTRA_LANGUAGES.get(ksy.stem, ())):
            targets.append((ksy, lang, ksy.parent / "kaitai"))
    return targets


def node_binary() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        raise KaitaiBuildError("node is not installed; the Kaitai compiler needs it (apt-get install nodejs)")
    return node


def ensure_node_modules() -> None:
    """Install the pinned compiler, YAML reader and runtime into tools/ksc/node_modules on first use (under a
    lock, so that parallel test workers and testee calls install once)."""
    if installed():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise KaitaiBuildError("npm is not installed; it installs tools/ksc once (apt-get install npm)")
    command = "ci" if (KSC_DIR / "package-lock.json").is_file() else "install"
    with open(KSC_DIR / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if installed():
            return
        result = subprocess.run(
            [npm, command, "--prefix", str(KSC_DIR), "--no-audit", "--no-fund"],
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise KaitaiBuildError(f"npm {command} in tools/ksc failed:\n{result.stderr.strip()}")


def installed() -> bool:
    modules = KSC_DIR / "node_modules"
    return (modules / "kaitai-struct-compiler").is_dir() and (modules / "kaitai-struct" / "KaitaiStream.js").is_file()


def compile_ksy(ksy: str | Path, lang: str) -> dict[str, str]:
    """The files the Kaitai compiler generates for `ksy` in `lang`: {file name: source}."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported Kaitai target {lang!r} (kit targets: {', '.join(LANGUAGES)})")
    ensure_node_modules()
    result = subprocess.run(
        [node_binary(), str(COMPILE_SCRIPT), "--lang", lang, "--json", str(ksy)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise KaitaiBuildError(f"kaitai-struct-compiler failed on {ksy}:\n{result.stderr.strip()}")
    return json.loads(result.stdout)[lang]


def compile_all() -> dict[Path, str]:
    """Every generated file of every target: {absolute path: source}."""
    out: dict[Path, str] = {}
    for ksy, lang, folder in generated_targets():
        for name, source in compile_ksy(ksy, lang).items():
            out[folder / name] = source
    return out


def write_all() -> list[Path]:
    """Compile every target and write the files (what `conformance regen` does for Kaitai)."""
    written = []
    for path, source in compile_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != source:
            path.write_text(source, encoding="utf-8")
            written.append(path)
    return written


def stale() -> list[Path]:
    """Generated files that differ from (or are missing beside) their specs (what `regen --check` reports)."""
    return [
        path
        for path, source in compile_all().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != source
    ]


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--check"]:
        drift = stale()
        for path in drift:
            print(f"stale: {path.relative_to(REPO_ROOT)}")
        sys.exit(1 if drift else 0)
    for path in write_all():
        print(f"wrote {path.relative_to(REPO_ROOT)}")

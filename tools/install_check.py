"""`make install-check`: the kit as a user installs it. A fresh venv gets a real, non-editable `pip install` of
a clean copy of this checkout's files (exact versions from constraints.txt); from a directory outside the
checkout, the installed `conformance run --impl reference` must run and pass exactly the checks the checkout's
own run does, the installed `reference-testee` console script must work as `--impl`, `--impl kaitai-js` must run
from the installed kit as it does from the checkout (its runtime installed on first use), and the build must
leave nothing in the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A generous per-check timeout: the limit cases are slow on a loaded machine, and a timeout there says nothing
# about the installation.
RUN = ("run", "-j", "2", "--no-skips", "--examples", "5", "--mutations", "1", "--timeout", "60", "-q")


def left_behind() -> set[str]:
    """Untracked and ignored paths of the checkout (bytecode caches and the kit's own `.cache/`, which the next
    run reuses, aside): a build must add none of them, not even ignored ones such as build/ or *.egg-info (a
    stale build/lib would be packaged by the next build)."""
    listing = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--ignored"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    paths = {line[3:] for line in listing.splitlines() if line[:2] in ("??", "!!")}
    return {path for path in paths if "__pycache__" not in path and not path.startswith(".cache/")}


def export(target: Path) -> None:
    """The checkout's files as a clean clone has them (tracked ones, and new ones not ignored), copied to
    `target`: what is packaged is what the repository holds, never a leftover of an earlier build."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        check=True,
        capture_output=True,
    ).stdout
    for name in filter(None, listing.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


def installed_top_level(venv: Path) -> set[str]:
    """The top-level import names the distribution put into the venv's site-packages (from its RECORD)."""
    (record,) = venv.glob("lib/python*/site-packages/binfmt_conformance-*.dist-info/RECORD")
    names = {line.split(",")[0].split("/")[0] for line in record.read_text(encoding="utf-8").splitlines()}
    return {name for name in names if not name.endswith(".dist-info") and name != ".."}


def run_report(
    conformance: Path, cwd: Path, report: Path, *extra: str, env: dict[str, str] | None = None
) -> dict[str, str]:
    process = subprocess.run(
        [str(conformance), *RUN, *extra, "--report", f"json:{report}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    tail = process.stdout.strip().splitlines()[-1:] or process.stderr.strip().splitlines()[-1:]
    print(f"  {conformance} ({cwd}): exit {process.returncode}: {tail[0] if tail else ''}")
    statuses = {r["id"]: r["status"] for r in json.loads(report.read_text(encoding="utf-8"))["results"]}
    if process.returncode != 0:
        failing = sorted(f"{i} ({s})" for i, s in statuses.items() if s != "pass")[:10]
        sys.exit(f"install-check: the run failed: {failing}\n{process.stdout[-2000:]}\n{process.stderr[-2000:]}")
    return statuses


def main() -> int:
    before = left_behind()
    with tempfile.TemporaryDirectory(prefix="install-check-") as scratch:
        root = Path(scratch)
        venv, elsewhere, source = root / "venv", root / "elsewhere", root / "source"
        elsewhere.mkdir()
        export(source)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        env = {**os.environ, "PIP_CONSTRAINT": str(REPO / "constraints.txt")}  # build requirements too
        print(f"install-check: pip install of a clean copy of {REPO} (not editable) into {venv}")
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", str(source)],
            check=True,
            env=env,
            cwd=elsewhere,
        )
        top_level = installed_top_level(venv)
        if top_level != {"binfmt_conformance"}:
            sys.exit(f"install-check: the wheel installs top-level names other than binfmt_conformance: {top_level}")
        installed = run_report(venv / "bin" / "conformance", elsewhere, root / "installed.json", "--impl", "reference")
        checkout = run_report(
            REPO / ".venv" / "bin" / "conformance", REPO, root / "checkout.json", "--impl", "reference"
        )
        if installed != checkout:
            only_one = sorted(set(installed) ^ set(checkout))[:10]
            differ = sorted(i for i in set(installed) & set(checkout) if installed[i] != checkout[i])[:10]
            sys.exit(f"install-check: installed and checkout runs differ: {only_one} {differ}")
        script = venv / "bin" / "reference-testee"
        by_script = run_report(
            venv / "bin" / "conformance", elsewhere, root / "script.json", "--impl", str(script), "--format", "ach"
        )
        if not by_script or set(by_script.values()) != {"pass"}:
            sys.exit("install-check: the reference-testee console script did not pass the ach suite")
        # --impl kaitai-js from the installed kit: no tools/ksc there, so the Kaitai runtime is installed into a
        # fresh user cache on first use; it must give what the checkout's kaitai-js run gives.
        kaitai = ("--impl", "kaitai-js", "--format", "fzb", "-k", "fzb/valid/", "-k", "fzb/malformed/header/")
        cache = {"XDG_CACHE_HOME": str(root / "cache")}
        js_installed = run_report(venv / "bin" / "conformance", elsewhere, root / "js.json", *kaitai, env=cache)
        js_checkout = run_report(REPO / ".venv" / "bin" / "conformance", REPO, root / "js-checkout.json", *kaitai)
        if not js_installed or js_installed != js_checkout:
            sys.exit("install-check: the installed kit's --impl kaitai-js run differs from the checkout's")
        if sorted(p.name for p in elsewhere.iterdir()):
            sys.exit(f"install-check: the run wrote into its working directory: {sorted(elsewhere.iterdir())}")
    left = left_behind() - before
    if left:
        sys.exit(f"install-check: the build or the runs left files in the checkout: {sorted(left)[:10]}")
    print(f"install-check: {len(installed)} checks, the same in the installed kit and the checkout, all passing")
    return 0


if __name__ == "__main__":
    sys.exit(main())

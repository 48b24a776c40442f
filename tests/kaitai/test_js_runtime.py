"""`--impl kaitai-js` without a checkout: the generated parser and the adapter travel with the package, the
pinned Kaitai JavaScript runtime is installed once into a user cache folder with npm, and a machine without
node or npm gets one line saying so (reference_impl/kaitai_js/runtime.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from binfmt_conformance.reference_impl.fzb import FORMAT as FZB
from binfmt_conformance.reference_impl.kaitai_js import runtime
from tests.kaitai.conftest import REPO

CASE = REPO / "corpus" / "fzb" / "valid"


def test_the_packaged_pin_is_the_checkouts() -> None:
    """One runtime version and integrity hash, whether it comes from tools/ksc or from the user cache."""
    ours = json.loads((runtime.HERE / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    checkout = json.loads((REPO / "tools" / "ksc" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    key = "node_modules/kaitai-struct"
    assert ours[key]["version"] == checkout[key]["version"]
    assert ours[key]["integrity"] == checkout[key]["integrity"]
    assert set(ours) == {"", key}  # the runtime alone: it has no dependencies


def test_without_a_checkout_the_runtime_is_installed_once_and_parses(node_ready: str, tmp_path: Path) -> None:
    command = runtime.command(tmp_path, checkout=None)
    folder = Path(command[command.index("--runtime") + 1])
    assert folder.is_relative_to(tmp_path) and (folder / "KaitaiStream.js").is_file()
    assert runtime.command(tmp_path, checkout=None) == command  # found, not installed again
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".installing-")] == []
    sample = next(p for p in sorted(CASE.rglob("*.fzb")))
    data = sample.read_bytes()
    done = subprocess.run([*command, "decode", "fzb"], input=data, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout) == json.loads(json.dumps(FZB.decode(data, "upstream")))


def test_without_node_or_npm_the_shortcut_is_refused_in_one_line(tmp_path: Path) -> None:
    for missing in ("node", "npm"):
        bin_dir = tmp_path / f"without-{missing}"
        bin_dir.mkdir()
        for name in {"node", "npm"} - {missing}:
            (bin_dir / name).symlink_to("/bin/true")
        env = {**os.environ, "PATH": str(bin_dir), "XDG_CACHE_HOME": str(tmp_path / "cache")}
        # No checkout runtime either: the installed kit's situation (a run from the checkout would find tools/ksc).
        code = (
            "import sys; from reference_impl.kaitai_js import runtime\n"
            "try:\n    runtime.command(checkout=None)\n"
            "except runtime.RuntimeUnavailable as problem:\n    print(problem); sys.exit(2)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2, done.stderr
        assert done.stdout.count("\n") == 1 and f"needs {missing} on PATH" in done.stdout, done.stdout


@pytest.mark.parametrize("missing", ["node"])
def test_the_cli_reports_a_missing_node_without_a_traceback(tmp_path: Path, missing: str) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "binfmt_conformance.conformance.cli", "run", "--impl", "kaitai-js", "--format", "fzb"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert f"needs {missing} on PATH" in done.stderr + done.stdout

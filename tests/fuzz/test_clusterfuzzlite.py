"""The ClusterFuzzLite build script runs here, unchanged, outside a container, so it cannot rot.

OSS-Fuzz's image provides two commands the script calls: `pip3` (here: a stand-in that checks it is asked to
install this checkout, already installed in .venv) and `compile_python_fuzzer` (here: a stand-in that starts
the harness under atheris on one empty input, the way the built bundle starts, and records it in $OUT).
What the script itself writes — one entry per discovered harness, seed archives, dictionaries — is checked
against the corpus and the generated dictionaries.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from binfmt_conformance.fuzz import harness

REPO_ROOT = Path(__file__).resolve().parents[2]
PIP3 = """#!/bin/sh
[ "$1 $2" = "install ." ] && [ -f pyproject.toml ] || { echo "pip3 stand-in: unexpected $*" >&2; exit 1; }
"""
COMPILE = """#!/bin/sh
set -e
name=$(basename "$1" .py)
empty="$OUT/.empty-input"
: > "$empty"
"{python}" "$1" -artifact_prefix="$OUT/.artifacts-" "$empty" > "$OUT/.$name.log" 2>&1
printf '#!/bin/sh\\n# built from %s\\n' "$1" > "$OUT/$name"
"""


def run_build(tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    tools, out = tmp_path / "tools", tmp_path / "out"
    tools.mkdir()
    out.mkdir()
    stand_ins = {
        "pip3": PIP3,
        "python3": f'#!/bin/sh\nexec "{sys.executable}" "$@"\n',  # the image's python3, the kit installed
        "compile_python_fuzzer": COMPILE.replace("{python}", sys.executable),
    }
    for name, text in stand_ins.items():
        (tools / name).write_text(text)
        (tools / name).chmod(0o755)
    # python3 is the one the checkout is installed in (what `pip3 install .` gives the image's python3)
    path = f"{tools}:{Path(sys.executable).parent}:{os.environ['PATH']}"
    env = {**os.environ, "SRC": str(tmp_path), "OUT": str(out), "PATH": path}
    result = subprocess.run(
        ["bash", ".clusterfuzzlite/build.sh"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    return result, out


def test_build_script_builds_every_harness_with_its_seeds_and_dictionary(tmp_path: Path) -> None:
    before = set(REPO_ROOT.iterdir())
    result, out = run_build(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    names = [path.stem for path in harness.harness_files()]
    assert {"ach", "fzb", "fzb_vm", "plcbundle"} <= set(names)
    for name in names:
        assert (out / name).is_file(), f"{name} was not built: {result.stderr[-2000:]}"
        format_name = harness.format_of(name)
        seeds = [p.read_bytes() for p in harness.seed_files(format_name)]
        profiles = harness.profile_count(name)  # inputs start with a profile byte: each seed once per profile
        expected = [bytes([i]) + s for s in seeds for i in range(profiles)] if profiles else seeds
        with zipfile.ZipFile(out / f"{name}_seed_corpus.zip") as archive:
            assert len(archive.namelist()) == len(expected)
            assert seeds or not (REPO_ROOT / "corpus" / format_name).is_dir()
            assert sorted(archive.read(m) for m in archive.namelist()) == sorted(expected)
        limit = harness.max_len(name)
        options = out / f"{name}.options"
        assert (options.read_text() == f"[libfuzzer]\nmax_len = {limit}\n") if limit else not options.exists()
        dictionary = REPO_ROOT / "fuzz" / "dictionaries" / f"{format_name}.dict"
        if dictionary.is_file() or (REPO_ROOT / "corpus" / format_name).is_dir():
            assert (out / f"{name}.dict").read_bytes() == dictionary.read_bytes()
        assert f"{name}: {len(expected)} seeds" in result.stdout
    assert not list(out.glob(".artifacts-*")), "a harness crashed on the empty input"
    assert set(REPO_ROOT.iterdir()) == before, "the build wrote into the checkout"


def test_workflows_set_the_base_image_argument_the_dockerfile_takes(tmp_path: Path) -> None:
    dockerfile = (REPO_ROOT / ".clusterfuzzlite" / "Dockerfile").read_text()
    assert "ARG BASE_IMAGE\n" in dockerfile and "FROM ${BASE_IMAGE}" in dockerfile
    for workflow in ("cflite_pr.yml", "cflite_batch.yml"):
        text = (REPO_ROOT / ".github" / "workflows" / workflow).read_text()
        assert "BASE_IMAGE: ${{ vars.CFLITE_BASE_IMAGE }}" in text
        assert "actions/upload-artifact" in text and "out/artifacts" in text
        # The workflow's own sed line, run on a copy: the Dockerfile then names the image it was given.
        sed = next(line.strip() for line in text.splitlines() if line.strip().startswith("sed -i"))
        copy = tmp_path / ".clusterfuzzlite" / "Dockerfile"
        copy.parent.mkdir(exist_ok=True)
        copy.write_text(dockerfile)
        env = {**os.environ, "BASE_IMAGE": "example/builder-python:v1"}
        subprocess.run(["bash", "-c", sed], cwd=tmp_path, env=env, check=True)
        assert "ARG BASE_IMAGE=example/builder-python:v1\n" in copy.read_text()
    batch = (REPO_ROOT / ".github" / "workflows" / "cflite_batch.yml").read_text()
    assert "mode: batch" in batch and "schedule:" in batch

"""Running `conformance` as a user does (a subprocess), and reading the corpus without the runner's help.

What a run must report is derived here from the corpus expectation files themselves (plain JSON), never from
the runner's own case loading, so a runner that builds the wrong checks or judges them wrongly fails these tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTEES = Path(__file__).resolve().parent / "testees"
CORPUS = REPO_ROOT / "corpus"
VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
# Small enough to keep each run to seconds on two loaded cores; every ach corpus case still runs. The timeout
# leaves room for the slowest limit case on a loaded machine; tests of hanging testees give their own (HANG).
FAST = ("-j", "2", "--examples", "3", "--mutations", "1", "--timeout", "10")
HANG = ("--timeout", "2")
# Per case, every check starts a Python process: on a loaded machine that alone can take seconds, so runs that
# expect no timeout give it more room (the last --timeout given wins).
PER_CASE = ("--mode", "per-case", "--timeout", "8")
DECLARED_PROFILES = ("upstream", "strict")  # what the reference and every broken testee declare for ach
DEFAULT_PROFILE = "upstream"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall time of the whole `conformance run` process
    report: dict[str, Any]

    @property
    def results(self) -> list[dict[str, Any]]:
        return self.report["results"]

    def by_id(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.results}

    def statuses(self) -> dict[str, str]:
        return {r["id"]: r["status"] for r in self.results}

    def not_passing(self) -> dict[str, str]:
        return {i: s for i, s in self.statuses().items() if s != "pass"}

    def unexpected(self) -> set[str]:
        return {r["id"] for r in self.results if r["unexpected"]}

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout\n{self.stdout[-3000:]}\n--- stderr\n{self.stderr[-3000:]}"


def impl_path(impl: str) -> str:
    """A broken testee's name → its executable; anything else (`reference`, a path) is passed through."""
    candidate = TESTEES / impl
    return str(candidate) if candidate.exists() else impl


def conformance(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    process = subprocess.run(
        [PYTHON, "-m", "binfmt_conformance.conformance.cli", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    return process, time.monotonic() - started


def run(impl: str, *args: str, tmp_path: Path, name: str = "run", env: dict[str, str] | None = None) -> Run:
    """`conformance run --impl IMPL ARGS --report json:…`; the report must exist whatever the verdict."""
    report_path = tmp_path / f"{name}.json"
    process, seconds = conformance("run", "--impl", impl_path(impl), *args, "--report", f"json:{report_path}", env=env)
    assert report_path.exists(), f"no report written\n{process.stdout[-3000:]}\n{process.stderr[-3000:]}"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return Run(process.returncode, process.stdout, process.stderr, seconds, report)


# ---------------------------------------------------------------- the corpus, read directly


@dataclass(frozen=True)
class CorpusCase:
    id: str
    case_class: str
    input: Path
    expectation: dict[str, Any]

    def data(self) -> bytes:
        return self.input.read_bytes()

    def decode_checks(
        self, profiles: Iterable[str] = DECLARED_PROFILES, default: str = DEFAULT_PROFILE
    ) -> dict[str, dict[str, Any]]:
        """Check ID → expected outcome of the decode checks this case yields. A case with one outcome runs under
        every declared profile (but those `not_under` names): as its ID under the default, `ID@profile` under
        the others, where `profiles` may override the outcome; impl-defined cases run once per declared profile
        they have an outcome for."""
        overrides = self.expectation.get("profiles", {})
        if "expect" not in self.expectation:
            return {f"{self.id}@{p}": e for p, e in overrides.items() if p in set(profiles)}
        out = {}
        for profile in profiles:
            if profile in overrides:
                out[f"{self.id}@{profile}"] = overrides[profile]
            elif profile not in self.expectation.get("not_under", []):
                out[self.id if profile == default else f"{self.id}@{profile}"] = self.expectation["expect"]
        return out

    def check_ids(self, profiles: Iterable[str] = DECLARED_PROFILES) -> set[str]:
        """Its decode checks plus, for canonical files that must be accepted, the `#encode` checks."""
        ids = set()
        for check_id, expect in self.decode_checks(profiles).items():
            ids.add(check_id)
            if expect["outcome"] == "accept" and expect.get("canonical"):
                ids.add(check_id + "#encode")
        return ids


def errors_of(expect: dict[str, Any]) -> list[str]:
    error = expect.get("error", [])
    return [error] if isinstance(error, str) else list(error)


def corpus_cases(format_name: str = "ach") -> list[CorpusCase]:
    cases = []
    for expectation_path in sorted((CORPUS / format_name).rglob("*.json")):
        stem = expectation_path.with_suffix("")
        inputs = [p for p in stem.parent.glob(stem.name + ".*") if p.suffix != ".json"]
        assert len(inputs) == 1, f"{expectation_path}: {inputs}"
        case_id = stem.relative_to(CORPUS).as_posix()
        cases.append(
            CorpusCase(
                case_id, case_id.split("/")[1], inputs[0], json.loads(expectation_path.read_text(encoding="utf-8"))
            )
        )
    return cases


def case(case_id: str) -> CorpusCase:
    found = [c for c in corpus_cases(case_id.split("/")[0]) if c.id == case_id]
    assert len(found) == 1, case_id
    return found[0]


def corpus_check_ids(format_name: str = "ach", profiles: Iterable[str] = DECLARED_PROFILES) -> set[str]:
    return {i for c in corpus_cases(format_name) for i in c.check_ids(profiles)}


def sha256_of(case_ids: Iterable[str]) -> set[str]:
    return {hashlib.sha256(case(i).data()).hexdigest() for i in case_ids}


def process_gone(pid: int) -> bool:
    """True once `pid` has exited (a zombie waiting for a reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")

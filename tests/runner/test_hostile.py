"""Hostile testees (tests/runner/testees/): whatever they do, the run completes with per-check statuses, a report,
bounded runner memory and a non-zero exit; and the command line refuses what cannot be a meaningful run."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.runner import support
from tests.runner.support import FAST, PER_CASE

MODES = {"serve": ("--mode", "serve"), "per-case": PER_CASE}


def expect_failed_run(run: support.Run) -> None:
    assert run.returncode == 1, run.describe()
    assert run.report["summary"]["ok"] is False


def checks_of(*case_ids: str) -> set[str]:
    return {i for c in case_ids for i in support.case(c).check_ids()}


# ---------------------------------------------------------------- 6. answers nested 100,000 deep


@pytest.mark.parametrize("mode", sorted(MODES))
def test_answers_nested_100000_deep_are_bad_output(tmp_path: Path, mode: str) -> None:
    deep = ("ach/valid/variants/null", "ach/malformed/header/bad-magic-zeros")
    medium = "ach/valid/variants/boolean-true"  # 900 deep: parses, but is shown as text in the report
    selection = [a for c in (*deep, medium, "ach/valid/variants/string-empty") for a in ("-k", c)]
    run = support.run(
        "nests-deep",
        "--format",
        "ach",
        *selection,
        *FAST,
        *MODES[mode],
        "--mutations",
        "0",
        "--examples",
        "0",
        tmp_path=tmp_path,
    )
    expect_failed_run(run)
    deep_checks = {i for i in checks_of(*deep) if "#encode" not in i}
    medium_checks = {i for i in checks_of(medium) if "#encode" not in i}
    assert {i: run.statuses()[i] for i in deep_checks} == dict.fromkeys(deep_checks, "bad_output")
    for check_id in deep_checks:
        assert "deeper than the runner parses" in run.by_id()[check_id]["message"]
    assert {run.statuses()[i] for i in medium_checks} == {"fail"}
    assert set(run.not_passing()) == deep_checks | medium_checks
    assert {run.statuses()[i] for i in checks_of("ach/valid/variants/string-empty")} == {"pass"}


def test_capabilities_nested_100000_deep_is_one_clear_error() -> None:
    process, _ = support.conformance(
        "run", "--impl", support.impl_path("nests-deep"), "--format", "ach", env={"NESTS_DEEP_CAPABILITIES": "1"}
    )
    assert process.returncode == 2, process.stderr
    assert "Traceback" not in process.stderr
    assert process.stderr.strip().count("\n") == 0 and "capabilities" in process.stderr


# ---------------------------------------------------------------- 7. 2 GB of output on every check


def max_rss_mb_of_run(*args: str) -> tuple[int, float]:
    """Run `conformance` in a fresh interpreter that reports the peak resident memory of its children (the
    runner, and the testees it waited for)."""
    code = (
        "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
    )
    process = subprocess.run(
        [support.PYTHON, "-c", code, support.PYTHON, "-m", "binfmt_conformance.conformance.cli", *args],
        cwd=support.REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return process.returncode, int(process.stdout.strip().splitlines()[-1]) / 1024


@pytest.mark.parametrize("mode", sorted(MODES))
def test_flooding_output_keeps_the_runner_bounded(tmp_path: Path, mode: str) -> None:
    report = tmp_path / "floods.json"
    # 10 checks of 64 MiB each (the default cap): retaining them would take the runner past 640 MB.
    code, peak_mb = max_rss_mb_of_run(
        "run",
        "--impl",
        support.impl_path("floods"),
        "--format",
        "ach",
        "-k",
        "ach/malformed/header/",
        "-j",
        "1",
        "--examples",
        "0",
        "--mutations",
        "0",
        *MODES[mode],
        "--timeout",
        "60",
        "--report",
        f"json:{report}",
    )
    assert code == 1
    results = json.loads(report.read_text(encoding="utf-8"))["results"]
    assert len(results) >= 8 and {r["status"] for r in results} <= {"crash", "bad_output"}
    assert peak_mb < 400, f"runner peaked at {peak_mb:.0f} MB"


# ---------------------------------------------------------------- 8. children that escape with setsid


@pytest.mark.parametrize("mode", sorted(MODES))
def test_children_escaping_with_setsid_do_not_survive(tmp_path: Path, mode: str) -> None:
    pid_dir = tmp_path / "pids"
    pid_dir.mkdir()
    escaping = ("ach/valid/variants/null", "ach/malformed/header/bad-magic-zeros", "ach/invalid/header/major-2")
    selection = [a for c in (*escaping, "ach/valid/variants/string-empty") for a in ("-k", c)]
    run = support.run(
        "escapes-setsid",
        "--format",
        "ach",
        *selection,
        *FAST,
        *MODES[mode],
        "--mutations",
        "0",
        "--examples",
        "0",
        tmp_path=tmp_path,
        env={"BROKEN_TESTEE_PID_DIR": str(pid_dir)},
    )
    assert run.returncode == 0, run.describe()
    pids = [int(p.name) for p in pid_dir.iterdir()]
    assert len(pids) >= 6  # a setsid child and an orphaned grandchild per misbehaving check
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not all(support.process_gone(p) for p in pids):
        time.sleep(0.1)
    assert [p for p in pids if not support.process_gone(p)] == []


# ---------------------------------------------------------------- 9. writes into its working directory


def test_testees_run_in_their_own_directories_and_the_runner_writes_nothing_where_it_starts(tmp_path: Path) -> None:
    start, records, report = tmp_path / "start", tmp_path / "records", tmp_path / "report.json"
    start.mkdir()
    records.mkdir()
    for mode in MODES:
        process = subprocess.run(
            [
                support.PYTHON,
                "-m",
                "binfmt_conformance.conformance.cli",
                "run",
                "--impl",
                support.impl_path("litters"),
                "--format",
                "ach",
                "-k",
                "ach/valid/variants/null",
                "-k",
                "ach/valid/variants/string-empty",
                *FAST,
                *MODES[mode],
                "--report",
                f"json:{report}",
            ],
            cwd=start,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "BROKEN_TESTEE_PID_DIR": str(records)},
        )
        assert process.returncode == 0, process.stdout[-2000:] + process.stderr[-2000:]
    assert sorted(start.iterdir()) == []  # no litter, no .hypothesis/
    directories = {p.read_text(encoding="utf-8") for p in records.iterdir()}
    assert len(directories) > 2 and str(start) not in directories
    assert [d for d in directories if Path(d).exists()] == []


# ---------------------------------------------------------------- 10. ANSI escapes and a forged verdict


def test_escapes_and_forged_verdicts_are_printed_escaped(tmp_path: Path) -> None:
    run = support.run(
        "forges-verdict", "--format", "ach", "-k", "ach/valid/", *FAST, "--mutations", "0", tmp_path=tmp_path
    )
    expect_failed_run(run)
    assert len(run.not_passing()) >= 3
    assert "\x1b" not in run.stdout and "\r" not in run.stdout
    verdicts = [line for line in run.stdout.splitlines() if line.startswith("CONFORMANCE")]
    assert verdicts == [run.stdout.splitlines()[-1]]
    assert verdicts[0].startswith("CONFORMANCE FAILED (\\x1b[32mforges\\x1b[0m\\nCONFORMANCE PASSED (x))")


# ---------------------------------------------------------------- 11. malformed capabilities


BAD_CAPABILITIES = {
    "formats-string": "`formats`",
    "profiles-int": "`formats.ach.profiles`",
    "operations-comma-string": "`formats.ach.operations`",
    "protocol-true": "`protocol`",
    "only-unknown-formats": "`formats`",
    "unknown-operation": "`formats.ach.operations`",
    "unknown-profile": "`formats.ach.profiles`",
    "not-an-object": "(top level)",
}


@pytest.mark.parametrize("variant", sorted(BAD_CAPABILITIES))
def test_malformed_capabilities_are_one_clear_error(variant: str) -> None:
    process, _ = support.conformance(
        "run", "--impl", support.impl_path("bad-capabilities"), env={"BAD_CAPABILITIES": variant}
    )
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and BAD_CAPABILITIES[variant] in lines[0], process.stderr


# ---------------------------------------------------------------- 12. no false PASSED


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "nonesuch"),
        ("--format", "ach", "-k", "matches-nothing-at-all"),
        ("--format", "ach", "--profile", "lenient"),
        ("--format", "ach", "-j", "0"),
        ("--format", "ach", "-j", "-2"),
        ("--format", "ach", "--timeout", "0"),
        ("--format", "ach", "--examples", "-1"),
        ("--format", "ach", "--mutations", "-1"),
        ("--format", "ach", "--memory-mb", "0"),
    ],
)
def test_runs_that_cannot_mean_anything_are_refused(args: tuple[str, ...]) -> None:
    process, _ = support.conformance("run", "--impl", "reference", *args)
    assert process.returncode == 2, process.stdout + process.stderr
    assert "PASSED" not in process.stdout and "Traceback" not in process.stderr
    assert process.stderr.strip().splitlines()[-1].startswith("conformance")  # (after argparse's usage) the reason


def test_mode_serve_is_refused_for_a_testee_that_does_not_serve() -> None:
    process, _ = support.conformance("run", "--impl", support.impl_path("crashes"), "--mode", "serve")
    assert process.returncode == 2
    assert "--mode serve" in process.stderr and "Traceback" not in process.stderr


def test_skips_fail_the_run_unless_a_skip_list_names_them(tmp_path: Path) -> None:
    run = support.run(
        "no-zstd", "--format", "ach", "-k", "ach/valid/container/empty-", *FAST, "--mutations", "0", tmp_path=tmp_path
    )
    assert run.returncode == 1, run.describe()
    assert run.report["summary"]["skip"] == 4 and run.report["summary"]["scored"] == len(run.results) - 4
    assert "; 4 skipped;" in run.stdout.splitlines()[-1]


def test_impl_path_is_run_as_given_not_through_symlinks(tmp_path: Path) -> None:
    # A venv's python is a symlink to the base interpreter; resolved, it would lose the venv's packages.
    python = support.REPO_ROOT / ".venv" / "bin" / "python"
    assert python.is_symlink()
    run = support.run(
        f"{python} -m binfmt_conformance.reference_impl.testee",
        "--format",
        "ach",
        "-k",
        "ach/valid/variants/null",
        *FAST,
        "--mutations",
        "0",
        tmp_path=tmp_path,
    )
    assert run.returncode == 0, run.describe()


def test_a_missing_corpus_is_an_error(tmp_path: Path) -> None:
    from binfmt_conformance.conformance.execution import run_suite
    from binfmt_conformance.conformance.testee import Limits

    with pytest.raises(ValueError, match="no corpus"):
        run_suite("reference", limits=Limits(), corpus_root=tmp_path / "corpus")


@pytest.mark.parametrize(
    "argv",
    [
        ("run", "--impl", ""),
        ("run", "--impl", "'unbalanced"),
        ("run", "--impl", "/nonexistent/testee"),
        ("plcbundle", "info", "--profile", "nope", "corpus/plcbundle/valid/bundle/framed-one-record.jsonl.zst"),
        ("report", "--html", "{tmp}/m.html", "{tmp}/foreign.json"),
        ("regen", "--check", "--format", "bogus"),
    ],
)
def test_no_traceback_reaches_the_user(tmp_path: Path, argv: tuple[str, ...]) -> None:
    (tmp_path / "foreign.json").write_text(json.dumps({"results": 3}), encoding="utf-8")
    process, _ = support.conformance(*(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert process.returncode != 0
    assert "Traceback" not in process.stderr and process.stderr.strip(), process.stderr
    assert len(process.stderr.strip().splitlines()) <= 3


def test_an_unknown_profile_of_a_format_tool_is_named_with_the_profiles() -> None:
    bundle = "corpus/plcbundle/valid/bundle/framed-one-record.jsonl.zst"
    for command in ("info", "op", "verify", "migrate", "replay"):
        process, _ = support.conformance("plcbundle", command, "--profile", "nope", bundle)
        assert process.returncode == 2, process.stderr
        assert "invalid choice: 'nope'" in process.stderr and "'strict'" in process.stderr, process.stderr


def test_format_tool_help_is_help() -> None:
    process, _ = support.conformance("fzb", "--help")
    assert process.returncode == 0 and "Traceback" not in process.stderr
    assert "usage" in process.stdout.lower()


# ---------------------------------------------------------------- 13. both modes, every check kind


def corpus_kinds(format_name: str) -> set[str]:
    """The check kinds a format's full run makes, read from its expectation files: each case's operation, `encode`
    for canonical files, `differential` for valid single-file decode cases, and the two property kinds where
    the reference generates models."""
    from binfmt_conformance.reference_impl.registry import get_format

    kinds = set()
    for path in (support.CORPUS / format_name).rglob("*.json"):
        try:
            expectation = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # a data file of a folder case (a damaged index), not an expectation
        if not isinstance(expectation, dict) or not ({"expect", "profiles"} & set(expectation)):
            continue
        operation = expectation.get("operation", "decode")
        kinds.add(operation)
        outcomes = [expectation.get("expect") or {}, *expectation.get("profiles", {}).values()]
        if any(o.get("outcome") == "accept" and o.get("canonical") and "model" in o for o in outcomes):
            kinds.add("encode")
        single_file = any(p.suffix != ".json" and p.is_file() for p in path.parent.glob(path.stem + ".*"))
        case_class = path.relative_to(support.CORPUS / format_name).parts[0]
        if operation == "decode" and single_file and case_class in ("valid", "real-world"):
            kinds.add("differential")
    if get_format(format_name).model_strategy() is not None:
        kinds |= {"property-encode", "property-decode"}
    return kinds


def test_every_check_kind_of_every_format_passes_in_both_modes(tmp_path: Path) -> None:
    args = ("--sample", "1", "--examples", "1", "--mutations", "1", "-j", "2", "--no-skips")
    served = support.run("reference", *args, "--mode", "serve", tmp_path=tmp_path, name="serve")
    per_case = support.run("reference", *args, *PER_CASE, "--timeout", "60", tmp_path=tmp_path, name="per-case")
    for run in (served, per_case):
        assert run.returncode == 0, run.describe()
    kinds = {(r["format"], r["kind"]) for r in served.results}
    formats = set(served.report["capabilities"]["formats"])
    assert {f for f, _ in kinds} == formats
    for format_name in formats:
        sampled = {k for f, k in kinds if f == format_name}
        assert sampled == corpus_kinds(format_name), format_name
    assert {k for _, k in kinds} >= {"execute", "verify", "get_operation", "replay", "decode_blade", "decode_bsym"}
    assert {r["id"]: (r["status"], r["got"]) for r in served.results} == {
        r["id"]: (r["status"], r["got"]) for r in per_case.results
    }


def test_reference_serve_answers_bad_requests_and_goes_on() -> None:
    import base64
    import struct

    requests = [
        {"id": 1, "operation": "decode", "format": "ach", "profile": None, "options": {}, "data": "***"},
        {"id": 2, "operation": "verify", "format": "plcbundle", "profile": None, "options": "not an object"},
        {"id": 3, "operation": "decode", "format": "ach", "profile": None, "options": {}},
        {
            "id": 4,
            "operation": "decode",
            "format": "ach",
            "profile": None,
            "options": {},
            "data": base64.b64encode(support.case("ach/valid/variants/null").data()).decode(),
        },
    ]
    stdin = b"".join(struct.pack("<I", len(p)) + p for p in (json.dumps(r).encode() for r in requests))
    process = subprocess.run(
        [support.PYTHON, "-m", "binfmt_conformance.reference_impl.testee", "serve"],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=support.REPO_ROOT,
    )
    assert process.returncode == 0, process.stderr
    answers, out = [], process.stdout
    while out:
        (size,) = struct.unpack("<I", out[:4])
        answers.append(json.loads(out[4 : 4 + size]))
        out = out[4 + size :]
    assert [(a["id"], a["status"]) for a in answers] == [(1, "error"), (2, "error"), (3, "error"), (4, "ok")]


def test_reference_per_case_accepts_options_after_the_positionals(tmp_path: Path) -> None:
    repository = next(
        p
        for p in (support.CORPUS / "plcbundle" / "valid").rglob("*")
        if p.is_dir() and (p / "plc_bundles.json").exists()
    )
    for argv in (
        ("verify", "plcbundle", "--profile", "go", str(repository)),
        ("verify", "--profile", "go", "plcbundle", str(repository)),
        ("verify", "plcbundle", str(repository), "--profile", "go"),
    ):
        process = subprocess.run(
            [support.PYTHON, "-m", "binfmt_conformance.reference_impl.testee", *argv],
            capture_output=True,
            timeout=120,
            cwd=tmp_path,
        )
        assert process.returncode == 0, (argv, process.stderr[-500:])
        json.loads(process.stdout)


# ---------------------------------------------------------------- 4. every profile is judged


FZB_PROFILES = ("upstream", "strict", "legacy-b248970", "intended")


def test_faults_under_a_non_default_profile_fail_their_checks(tmp_path: Path) -> None:
    run = support.run(
        "profile-faults",
        "-k",
        "ach/invalid/checksum/",
        "-k",
        "fzb/malformed/header/",
        *FAST,
        "--mutations",
        "0",
        "--examples",
        "0",
        tmp_path=tmp_path,
    )
    expect_failed_run(run)
    must_fail = set()
    for format_name, profiles, faulty, error in (
        ("ach", support.DECLARED_PROFILES, "strict", "checksum_mismatch"),
        ("fzb", FZB_PROFILES, "intended", "unsupported_version"),
    ):
        for case in support.corpus_cases(format_name):
            for check_id, expect in case.decode_checks(profiles).items():
                if check_id.endswith(f"@{faulty}") and support.errors_of(expect) == [error]:
                    must_fail.add(check_id)
    assert len(must_fail) >= 8
    assert run.not_passing() == dict.fromkeys(must_fail, "fail")


# ---------------------------------------------------------------- 5. an uncaught exception is a crash


def test_uncaught_exception_with_exit_1_and_no_answer_is_a_crash(tmp_path: Path) -> None:
    run = support.run(
        "raises",
        "--format",
        "ach",
        "-k",
        "ach/valid/variants/null",
        "-k",
        "ach/valid/variants/string-empty",
        *FAST,
        *PER_CASE,
        "--mutations",
        "0",
        "--examples",
        "0",
        tmp_path=tmp_path,
    )
    expect_failed_run(run)
    raised = {i for i in checks_of("ach/valid/variants/null") if "#encode" not in i}
    assert run.not_passing() == dict.fromkeys(raised, "crash")
    for check_id in raised:
        result = run.by_id()[check_id]
        assert "exit code 1 without an answer" in result["message"]
        assert "RuntimeError: decoder exploded" in result["message"] and "Traceback" in result["stderr"]

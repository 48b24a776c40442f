"""Each broken testee (tests/runner/testees/) makes `conformance run` fail on exactly the checks its defect
reaches, with the right status, while the run itself completes and every other check passes.

The checks a defect must reach are derived from the corpus: from the expectation files (ignores-checksum), or
from the SHA-256 of the inputs a testee is known to misbehave on, matched against each result's `input_sha256`.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.runner import support
from tests.runner.support import FAST, HANG, PER_CASE


def expect_failed_run(run: support.Run) -> None:
    assert run.returncode == 1, run.describe()
    assert run.report["summary"]["ok"] is False
    assert f"CONFORMANCE FAILED ({run.report['implementation']})" in run.stdout


def misbehaving_checks(run: support.Run, case_ids: list[str], status: str) -> dict[str, str]:
    """Check ID → `status` for every check whose input is one of the named cases' bytes. The named cases' own
    decode checks must be among them (differential inputs may coincide with them too, by chance)."""
    digests = support.sha256_of(case_ids)
    found = {r["id"]: status for r in run.results if r.get("input_sha256") in digests}
    own = {i for c in case_ids for i in support.case(c).decode_checks()}
    assert own <= set(found), f"checks {own - set(found)} did not send the named inputs"
    return found


def assert_all_corpus_checks_ran(run: support.Run) -> None:
    missing = support.corpus_check_ids() - set(run.statuses())
    assert not missing, f"the runner dropped checks: {sorted(missing)[:10]}"


def test_ignores_checksum_fails_exactly_the_checksum_cases(tmp_path: Path) -> None:
    run = support.run("ignores-checksum", "--format", "ach", *FAST, tmp_path=tmp_path)
    expect_failed_run(run)
    assert_all_corpus_checks_ran(run)
    checksum_rejects = {
        check_id
        for case in support.corpus_cases()
        for check_id, expect in case.decode_checks().items()
        if expect["outcome"] == "reject" and support.errors_of(expect) == ["checksum_mismatch"]
    }
    assert len(checksum_rejects) >= 4
    corpus_failures = {i: s for i, s in run.not_passing().items() if not i.startswith("differential/")}
    assert corpus_failures == dict.fromkeys(checksum_rejects, "fail")
    for check_id in checksum_rejects:
        assert run.by_id()[check_id]["got"] != "reject:checksum_mismatch"
    # Mutated golden files fail only where the reference rejects them for their checksum alone.
    for result in run.results:
        if result["kind"] != "differential":
            continue
        if result["expected"] != "reject:checksum_mismatch":
            assert result["status"] == "pass", result
        elif result["status"] != "pass":
            assert result["status"] == "fail" and not result["got"].startswith("reject:"), result
    assert run.unexpected() == set(run.not_passing())


def test_crashes_when_serving_are_crashes_and_the_testee_is_restarted(tmp_path: Path) -> None:
    # Each crash kills the session mid-run.
    run = support.run(
        "crashes", "--format", "ach", "--mode", "serve", *FAST, tmp_path=tmp_path, env={"CRASHES_DECLARE_SERVE": "1"}
    )
    expect_failed_run(run)
    assert_all_corpus_checks_ran(run)
    segfaults = misbehaving_checks(
        run, ["ach/impl-defined/flags/bit0-without-compression-byte", "ach/malformed/header/bad-magic-zeros"], "crash"
    )
    exits = misbehaving_checks(run, ["ach/impl-defined/flags/has-metadata-bit", "ach/invalid/header/major-2"], "crash")
    assert run.not_passing() == {**segfaults, **exits}
    assert run.unexpected() == set(segfaults) | set(exits)
    for check_id in segfaults:
        assert "signal 11" in run.by_id()[check_id]["message"]
    for check_id in exits:
        assert "exit code 101" in run.by_id()[check_id]["message"]
    assert run.report["summary"]["crash"] == len(segfaults) + len(exits)


def test_crashes_per_case(tmp_path: Path) -> None:
    # Without --mode the runner honours `"serve": false` and starts one process per check.
    run = support.run(
        "crashes", "--format", "ach", "-k", "ach/impl-defined/flags/", *FAST, "--timeout", "8", tmp_path=tmp_path
    )
    expect_failed_run(run)
    assert set(run.statuses()) == {
        i for c in support.corpus_cases() if c.id.startswith("ach/impl-defined/flags/") for i in c.check_ids()
    }
    segfault = "ach/impl-defined/flags/bit0-without-compression-byte"
    exit_101 = "ach/impl-defined/flags/has-metadata-bit"
    assert run.not_passing() == {f"{c}@{p}": "crash" for c in (segfault, exit_101) for p in ("upstream", "strict")}
    for profile in ("upstream", "strict"):
        assert run.by_id()[f"{segfault}@{profile}"]["message"] == "killed by signal 11"
        assert run.by_id()[f"{exit_101}@{profile}"]["message"] == "exit code 101"


HANGING = [
    "ach/malformed/truncated/file-10-bytes",
    "ach/invalid/checksum/body-byte-flipped",
    "ach/impl-defined/version/major-0",
]


def assert_processes_gone(pid_dir: Path) -> None:
    pids = [int(p.name) for p in pid_dir.iterdir()]
    assert pids, "the hanging testee recorded no processes"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not all(support.process_gone(p) for p in pids):
        time.sleep(0.1)
    assert [p for p in pids if not support.process_gone(p)] == [], "the runner left testee processes behind"


# Generous room past the timeout for the kill and the reap of a check's processes on a loaded machine: what is
# asserted is that a hang costs about the timeout, never the length of the hang (forever).
KILL_SLACK = 30.0


def assert_timed_out(run: support.Run, check_ids: set[str]) -> None:
    """Exactly these checks ran, every one timed out, each after at least the timeout (it cannot fire early)
    and within a bounded time after it. Only hanging inputs are selected, so no verdict depends on how fast
    an answering check is on a busy machine."""
    expect_failed_run(run)
    assert run.statuses() == dict.fromkeys(check_ids, "timeout"), run.describe()
    assert run.unexpected() == check_ids
    timeout = float(HANG[-1])
    for check_id in check_ids:
        result = run.by_id()[check_id]
        assert result["message"] == f"no answer within {timeout:g} s", result
        assert timeout <= result["seconds"] < timeout + KILL_SLACK, result


def test_hangs_time_out_within_bounds_and_leave_no_process(tmp_path: Path) -> None:
    pid_dir = tmp_path / "pids"
    pid_dir.mkdir()
    run = support.run(
        "hangs",
        "--format",
        "ach",
        *(a for case_id in HANGING for a in ("-k", case_id)),
        *FAST,
        *HANG,
        tmp_path=tmp_path,
        env={"BROKEN_TESTEE_PID_DIR": str(pid_dir)},
    )
    hung = {i for case_id in HANGING for i in support.case(case_id).check_ids()}
    assert len(hung) >= 4  # major-0 runs under both profiles
    assert_timed_out(run, hung)
    # A hung serve process answers nothing more, and each hang records the process and its child: every hung
    # check ran in a new serve process (the runner restarted it after each timeout).
    assert len(list(pid_dir.iterdir())) >= 2 * len(hung)
    assert_processes_gone(pid_dir)


def test_hang_per_case_kills_the_process_group(tmp_path: Path) -> None:
    pid_dir = tmp_path / "pids"
    pid_dir.mkdir()
    run = support.run(
        "hangs",
        "--format",
        "ach",
        "--mode",
        "per-case",
        "-k",
        HANGING[0],
        *FAST,
        *HANG,
        tmp_path=tmp_path,
        env={"BROKEN_TESTEE_PID_DIR": str(pid_dir)},
    )
    assert_timed_out(run, support.case(HANGING[0]).check_ids())
    assert_processes_gone(pid_dir)


GARBAGE = {
    "ach/malformed/header/bad-magic-lowercase",
    "ach/malformed/header/bad-magic-version-byte",
    "ach/malformed/header/bad-magic-zeros",
}


def test_garbage_is_bad_output_when_serving(tmp_path: Path) -> None:
    run = support.run("garbage", "--format", "ach", *FAST, tmp_path=tmp_path)
    expect_failed_run(run)
    assert_all_corpus_checks_ran(run)
    bad = misbehaving_checks(run, sorted(GARBAGE), "bad_output")
    assert run.not_passing() == bad
    assert run.unexpected() == set(bad)
    assert run.report["summary"]["bad_output"] == len(bad)


def test_garbage_is_bad_output_per_case(tmp_path: Path) -> None:
    run = support.run("garbage", "--format", "ach", "-k", "ach/malformed/header/", *FAST, *PER_CASE, tmp_path=tmp_path)
    expect_failed_run(run)
    checks = {i for c in (*GARBAGE, "ach/malformed/header/source-file") for i in support.case(c).check_ids()}
    assert set(run.statuses()) == checks
    assert run.not_passing() == {i: "bad_output" for c in GARBAGE for i in support.case(c).check_ids()}


def test_leaking_memory_is_a_crash(tmp_path: Path) -> None:
    # The testee allocates 1 GiB on one input; the limit is 150 MB per testee process.
    leaky = "ach/malformed/msgpack/truncated"
    for mode, pattern in (("serve", "ach/malformed/msgpack/"), ("per-case", "msgpack/truncated")):
        run = support.run(
            "leaks-memory",
            "--format",
            "ach",
            "--memory-mb",
            "150",
            "-k",
            pattern,
            *FAST,
            *(PER_CASE if mode == "per-case" else ("--mode", mode)),
            tmp_path=tmp_path,
            name=mode,
        )
        expect_failed_run(run)
        assert len(run.statuses()) > 1
        assert run.not_passing() == dict.fromkeys(support.case(leaky).check_ids(), "crash"), mode
        # Killed by the memory watch (a timeout would be a status of its own).
        assert "resident memory passed 150 MB" in run.by_id()[leaky]["message"]


FLAKY = {
    "ach/malformed/truncated/file-10-bytes": "bad_output",  # answers with a wrong id, then out of step
    "ach/malformed/truncated/file-3-bytes": "crash",  # half a frame, then exits
    "ach/malformed/truncated/file-63-bytes": "crash",
}  # exits without answering


def test_serve_session_breaking_is_recorded_and_restarted(tmp_path: Path) -> None:
    run = support.run("flaky-serve", "--format", "ach", *FAST, tmp_path=tmp_path)
    expect_failed_run(run)
    assert_all_corpus_checks_ran(run)
    expected = {}
    for case_id, status in FLAKY.items():
        expected.update(misbehaving_checks(run, [case_id], status))
    # Everything after each breakage passes: the runner restarted the testee and did not stay out of step.
    assert run.not_passing() == expected
    assert run.unexpected() == set(expected)
    assert "id" in run.by_id()["ach/malformed/truncated/file-10-bytes"]["message"]
    assert "exited" in run.by_id()["ach/malformed/truncated/file-63-bytes"]["message"]


def test_flaky_serve_passes_per_case(tmp_path: Path) -> None:
    # file-63-bytes (the input it dies on when serving) and file-64-bytes.
    run = support.run(
        "flaky-serve", "--format", "ach", "-k", "ach/malformed/truncated/file-6", *FAST, *PER_CASE, tmp_path=tmp_path
    )
    assert run.returncode == 0, run.describe()
    assert set(run.statuses()) == {
        i
        for c in ("ach/malformed/truncated/file-63-bytes", "ach/malformed/truncated/file-64-bytes")
        for i in support.case(c).check_ids()
    }
    assert run.not_passing() == {}


def test_testee_logging_to_stderr_while_serving_passes(tmp_path: Path) -> None:
    # 4 KiB of stderr per request: the pipe's buffer is full after a few dozen unless the runner drains it.
    run = support.run("chatty-stderr", "--format", "ach", *FAST, tmp_path=tmp_path)
    assert run.returncode == 0, run.describe()
    assert_all_corpus_checks_ran(run)
    assert run.not_passing() == {}

"""`conformance run` and `conformance report` against the reference and small broken testees: the plan of
checks, expected-failure files, selection, replay dumps, the JUnit and HTML reports, profiles, both protocol
modes and skips. Expected check sets come from the corpus files (tests/runner/support.py), not the runner."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.runner import support
from tests.runner.support import FAST, PER_CASE


def checksum_rejects() -> set[str]:
    """What ignores-checksum must fail: the checks whose expectation is a checksum_mismatch rejection."""
    return {
        check_id
        for case in support.corpus_cases()
        for check_id, expect in case.decode_checks().items()
        if expect["outcome"] == "reject" and support.errors_of(expect) == ["checksum_mismatch"]
    }


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[support.Run, Path]:
    directory = tmp_path_factory.mktemp("reference")
    junit = directory / "reference.xml"
    run = support.run(
        "reference",
        "--format",
        "ach",
        "--no-skips",
        *FAST,
        "--report",
        f"junit:{junit}",
        tmp_path=directory,
        name="reference",
    )
    return run, junit


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[support.Run, Path]:
    directory = tmp_path_factory.mktemp("broken")
    junit = directory / "broken.xml"
    run = support.run(
        "ignores-checksum",
        "--format",
        "ach",
        *FAST,
        "--report",
        f"junit:{junit}",
        tmp_path=directory,
        name="ignores-checksum",
    )
    return run, junit


# ---------------------------------------------------------------- the reference and the plan of checks


def test_reference_passes_everything_without_skips(reference_run: tuple[support.Run, Path]) -> None:
    run, _ = reference_run
    assert run.returncode == 0, run.describe()
    summary = run.report["summary"]
    assert summary["ok"] is True
    assert summary["unexpected"] == 0 and summary["skip"] == 0 and summary["expected_failures"] == 0
    assert summary["pass"] == len(run.results) and run.not_passing() == {}
    assert "CONFORMANCE PASSED (reference)" in run.stdout


def test_plan_is_every_corpus_check_plus_properties_and_mutations(reference_run: tuple[support.Run, Path]) -> None:
    run, _ = reference_run
    ids = set(run.statuses())
    assert len(ids) == len(run.results), "check IDs must be unique"
    corpus_ids = {i for i in ids if not i.startswith(("property/", "differential/"))}
    assert corpus_ids == support.corpus_check_ids()
    # Impl-defined cases run under each declared profile they have an outcome for, the rest under every
    # declared profile: as the case ID under the default one, `ID@profile` under the others.
    for case in support.corpus_cases():
        if case.case_class == "impl-defined":
            assert case.id not in ids
        else:
            assert {case.id, f"{case.id}@strict"} <= ids
    # --examples 3: three models each way; --mutations 1: one mutant of each valid or real-world file.
    assert sum(i.startswith("property/ach/encode/") for i in ids) == 3
    assert sum(i.startswith("property/ach/decode/") for i in ids) == 3
    mutated = {c.id for c in support.corpus_cases() if c.case_class in ("valid", "real-world")}
    assert {i for i in ids if i.startswith("differential/")} == {f"differential/{c}/0" for c in mutated}


def test_k_selects_checks_by_id(tmp_path: Path) -> None:
    run = support.run("reference", "--format", "ach", "-k", "ach/invalid/checksum/", *FAST, tmp_path=tmp_path)
    assert run.returncode == 0, run.describe()
    assert set(run.statuses()) == {
        i for c in support.corpus_cases() if c.id.startswith("ach/invalid/checksum/") for i in c.check_ids()
    }
    assert len(run.results) >= 4


# ---------------------------------------------------------------- --case replays


def hexdump_sections(text: str) -> dict[str, bytes]:
    """`-- title (N bytes)` headings of a dump → the bytes of the hex dump under each."""
    sections: dict[str, bytes] = {}
    current = None
    for line in text.splitlines():
        heading = re.match(r"-- (\w+) \((\d+) bytes\)", line)
        if heading:
            current = heading.group(1)
            sections[current] = b""
            continue
        row = re.match(r"  ([0-9a-f]{8})  ((?:[0-9a-f]{2} )*[0-9a-f]{2})", line)
        if current and row:
            assert int(row.group(1), 16) == len(sections[current])
            sections[current] += bytes.fromhex(row.group(2))
        elif not line.startswith("  "):
            current = None
    return sections


def test_case_replay_dumps_the_exact_bytes(tmp_path: Path) -> None:
    case = support.case("ach/valid/variants/null")
    process, _ = support.conformance(
        "run", "--impl", "reference", "--case", case.id, "--format", "ach", *FAST, "--timeout", "8"
    )
    assert process.returncode == 0, process.stdout + process.stderr
    # One block per check of the case: its decode and canonical encode under each profile, and the mutant.
    blocks = {block.split(" ", 1)[0]: block for block in process.stdout.split("== ")[1:]}
    assert set(blocks) == {*case.check_ids(), f"differential/{case.id}/0"}
    assert "-- received, as JSON" in blocks[case.id]  # the model, pretty-printed
    assert case.data().hex(" ")[:47] in blocks[case.id]  # the first row of the input, as hex
    sections = hexdump_sections(blocks[case.id])
    assert sections["sent"] == case.data()
    assert json.loads(sections["received"]) == case.expectation["expect"]["model"]


def test_case_replay_of_an_unknown_id_is_a_usage_error() -> None:
    process, _ = support.conformance(
        "run",
        "--impl",
        "reference",
        "--case",
        "ach/valid/no-such-case",
        "--format",
        "ach",
        "--examples",
        "0",
        "--mutations",
        "0",
    )
    assert process.returncode == 2
    assert "no check matches" in process.stderr


# ---------------------------------------------------------------- expected-failure files


def write_xfail(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_xfail_entries_that_hold_make_the_run_pass(tmp_path: Path) -> None:
    failing = sorted(checksum_rejects())
    xfail = write_xfail(tmp_path / "xfail.txt", [f"{i} fail  # tracked" for i in failing])
    run = support.run(
        "ignores-checksum",
        "--format",
        "ach",
        "-k",
        "ach/invalid/checksum/",
        "--xfail",
        str(xfail),
        *FAST,
        tmp_path=tmp_path,
    )
    assert run.returncode == 0, run.describe()
    assert {r["id"] for r in run.results if r["expected_failure"]} == set(failing)
    assert run.unexpected() == set()
    assert run.report["summary"]["expected_failures"] == len(failing)


def test_xfail_entries_that_pass_or_fail_differently_fail_the_run(tmp_path: Path) -> None:
    holds, wrong_got, wrong_status, *rest = sorted(checksum_rejects())
    passes = "ach/invalid/header/major-2"  # ignores-checksum rejects it correctly
    assert passes in support.corpus_check_ids()
    xfail = write_xfail(
        tmp_path / "xfail.txt",
        [
            f"{holds} fail",
            f"{wrong_got} fail reject:bad_magic",
            f"{wrong_status} crash",
            f"{passes} fail accept",
            *(f"{i} fail" for i in rest),
        ],
    )
    run = support.run(
        "ignores-checksum", "--format", "ach", "-k", "ach/invalid/", "--xfail", str(xfail), *FAST, tmp_path=tmp_path
    )
    assert run.returncode == 1, run.describe()
    assert run.unexpected() == {wrong_got, wrong_status, passes}
    assert {r["id"] for r in run.results if r["expected_failure"]} == {holds, *rest}
    assert "listed as an expected failure" in run.by_id()[passes]["message"]
    assert run.statuses()[passes] == "pass"


def test_stale_xfail_entry_fails_a_full_run(tmp_path: Path) -> None:
    # No --format and no -k: a full run (ignores-checksum declares only ach, so it stays quick).
    stale = "ach/valid/variants/no-longer-exists"
    xfail = write_xfail(tmp_path / "xfail.txt", [f"{i} fail" for i in sorted(checksum_rejects())] + [f"{stale} fail"])
    run = support.run(
        "ignores-checksum", "-j", "2", "--examples", "0", "--mutations", "0", "--xfail", str(xfail), tmp_path=tmp_path
    )
    assert run.returncode == 1, run.describe()
    assert run.report["stale_expected_failures"] == [stale]
    assert run.unexpected() == set()
    assert run.report["summary"]["unexpected"] == 1
    assert f"STALE      {stale}" in run.stdout


def parse_xfail(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    entries, comments = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, comment = line.partition("#")
        words = text.split()
        entries[words[0]] = tuple(words[1:])
        if comment.strip():
            comments[words[0]] = comment.strip()
    return entries, comments


def test_fix_rewrites_the_file_to_exactly_the_observed_failures(tmp_path: Path) -> None:
    failing = sorted(checksum_rejects())
    xfail = write_xfail(
        tmp_path / "xfail.txt",
        [
            f"{failing[0]} fail  # kept: issue 12",
            f"{failing[1]} crash  # wrong status, rewritten",
            "ach/valid/variants/no-longer-exists fail  # stale, dropped",
            "ach/valid/variants/null fail model-differs  # passes now, dropped",
        ],
    )
    args = ("-j", "2", "--examples", "0", "--mutations", "0", "--xfail", str(xfail))
    fixed = support.run("ignores-checksum", *args, "--fix", tmp_path=tmp_path, name="fix")
    assert fixed.returncode == 0, fixed.describe()
    entries, comments = parse_xfail(xfail)
    observed = {r["id"]: (r["status"], r["got"]) for r in fixed.results if r["status"] != "pass"}
    assert entries == observed
    assert set(entries) == set(failing)
    assert comments[failing[0]] == "kept: issue 12"
    # The rewritten file makes the next run pass with every failure expected.
    again = support.run("ignores-checksum", *args, tmp_path=tmp_path, name="again")
    assert again.returncode == 0, again.describe()
    assert {r["id"] for r in again.results if r["expected_failure"]} == set(failing)


def test_fix_on_a_partial_run_keeps_the_entries_it_did_not_select(tmp_path: Path) -> None:
    failing = sorted(checksum_rejects())
    selected = "ach/invalid/checksum/body-byte-flipped"
    assert selected in failing
    xfail = write_xfail(tmp_path / "xfail.txt", [f"{i} fail  # note {n}" for n, i in enumerate(failing)])
    run = support.run(
        "ignores-checksum",
        "--format",
        "ach",
        "-k",
        selected,
        "-j",
        "2",
        "--examples",
        "0",
        "--mutations",
        "0",
        "--xfail",
        str(xfail),
        "--fix",
        tmp_path=tmp_path,
    )
    assert run.returncode == 0, run.describe()
    ran = set(run.statuses())
    assert ran == {selected, f"{selected}@strict"}
    entries, comments = parse_xfail(xfail)
    assert entries == {i: ("fail", run.by_id()[i]["got"]) if i in ran else ("fail",) for i in failing}
    assert comments == {i: f"note {n}" for n, i in enumerate(failing)}


# ---------------------------------------------------------------- reports


def junit_cases(path: Path) -> tuple[ET.Element, dict[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return root, {case.get("name"): case for case in root.iter("testcase")}


def test_junit_counts_match_the_json_report(
    reference_run: tuple[support.Run, Path], broken_run: tuple[support.Run, Path]
) -> None:
    for run, junit in (reference_run, broken_run):
        root, cases = junit_cases(junit)
        suites = list(root.iter("testsuite"))
        statuses = run.statuses()
        assert set(cases) == set(statuses)
        assert sum(int(s.get("tests")) for s in suites) == len(run.results)
        fails = {i for i, s in statuses.items() if s == "fail"}
        errors = {i for i, s in statuses.items() if s not in ("pass", "fail", "skip")}
        assert sum(int(s.get("failures")) for s in suites) == len(fails)
        assert sum(int(s.get("errors")) for s in suites) == len(errors)
        assert sum(int(s.get("skipped")) for s in suites) == run.report["summary"]["skip"]
        assert {name for name, case in cases.items() if case.find("failure") is not None} == fails
    broken, _ = broken_run
    assert broken.report["summary"]["fail"] > 0


class MatrixParser(HTMLParser):
    """Rows of <th>/<td> cells (their text) of every <tr>."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[list[str]]] = []  # rows of [tag, text] cells
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.cell = [tag, ""]
            self.rows[-1].append(self.cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[1] += data


def test_html_matrix_has_a_row_per_check_and_a_column_per_implementation(
    tmp_path: Path, reference_run: tuple[support.Run, Path], broken_run: tuple[support.Run, Path]
) -> None:
    reference, broken = reference_run[0], broken_run[0]
    paths = []
    for run in (reference, broken):
        paths.append(tmp_path / f"{run.report['implementation']}.json")
        paths[-1].write_text(json.dumps(run.report), encoding="utf-8")
    out = tmp_path / "matrix.html"
    process, _ = support.conformance("report", "--html", str(out), *map(str, paths))
    assert process.returncode == 0, process.stderr
    parser = MatrixParser()
    parser.feed(out.read_text(encoding="utf-8"))
    header, *rows = parser.rows
    assert [tag for tag, _ in header] == ["th", "th", "th"]
    assert header[1][1].startswith("reference") and header[2][1].startswith("ignores-checksum")
    all_ids = set(reference.statuses()) | set(broken.statuses())
    assert len(rows) == len(all_ids)
    matrix = {}
    for row in rows:
        (tag, heading), *cells = row
        assert tag == "th" and [t for t, _ in cells] == ["td", "td"], row
        matrix[heading.split()[0]] = tuple(text for _, text in cells)  # the check ID, then its clauses
    assert set(matrix) == all_ids
    for check_id in all_ids:
        assert matrix[check_id] == (
            reference.statuses().get(check_id, "missing"),
            broken.statuses().get(check_id, "missing"),
        )
    assert {i for i, (_, b) in matrix.items() if b == "fail"} == set(broken.not_passing())


# ---------------------------------------------------------------- profiles and modes


def test_profile_strict_runs_impl_defined_cases_under_strict_only(tmp_path: Path) -> None:
    run = support.run("reference", "--format", "ach", "--profile", "strict", *FAST, tmp_path=tmp_path)
    assert run.returncode == 0, run.describe()
    assert {r["profile"] for r in run.results} == {"strict"}
    impl_defined = {i for i in run.statuses() if "@" in i}
    assert impl_defined == {
        i for c in support.corpus_cases() if c.case_class == "impl-defined" for i in c.check_ids(profiles=["strict"])
    }
    assert all(i.endswith("@strict") for i in impl_defined) and impl_defined


def comparable(run: support.Run) -> dict[str, tuple[Any, ...]]:
    return {r["id"]: (r["status"], r["got"], r["expected"], r["input_sha256"]) for r in run.results}


def test_serve_and_per_case_modes_agree_for_the_reference(tmp_path: Path) -> None:
    # Decode, canonical encode and differential checks of two zstd files; per case is slow, so few.
    args = ("--format", "ach", "-k", "zstd-level-1", *FAST)  # zstd-level-1 and zstd-level-19
    served = support.run("reference", *args, "--mode", "serve", tmp_path=tmp_path, name="serve")
    per_case = support.run("reference", *args, *PER_CASE, tmp_path=tmp_path, name="per-case")
    assert served.returncode == 0 and per_case.returncode == 0, served.describe() + per_case.describe()
    assert {r["kind"] for r in served.results} == {"decode", "encode", "differential"}
    assert comparable(served) == comparable(per_case)


# ---------------------------------------------------------------- skips


def zstd_checks() -> set[str]:
    """What no-zstd answers `unsupported` to: every check of a case whose header sets flags bit 0 (decode, and
    the canonical encode of its model)."""
    from binfmt_conformance.formats.ach import schema

    skipped = set()
    for case in support.corpus_cases():
        data = case.data()
        if (
            len(data) >= schema.HEADER_SIZE
            and data[:4] == schema.MAGIC
            and schema.HEADER.parse(data[: schema.HEADER_SIZE]).flags & schema.FLAG_COMPRESSED
        ):
            skipped |= case.check_ids()
    return skipped


def test_unsupported_is_skipped_never_passed_and_only_listed_skips_are_allowed(tmp_path: Path) -> None:
    expected = zstd_checks()
    assert any(i.endswith("#encode") for i in expected) and len(expected) > 10
    skips = tmp_path / "skips.json"
    skips.write_text(json.dumps({i.split("@")[0].split("#")[0]: "no zstd" for i in expected}), encoding="utf-8")
    run = support.run(
        "no-zstd",
        "--format",
        "ach",
        "-j",
        "2",
        "--examples",
        "0",
        "--mutations",
        "0",
        "--skips",
        str(skips),
        tmp_path=tmp_path,
    )
    assert run.returncode == 0, run.describe()
    assert run.not_passing() == dict.fromkeys(expected, "skip")
    assert run.report["summary"]["skip"] == len(expected)
    assert run.report["summary"]["pass"] == len(run.results) - len(expected)
    assert f"{len(expected)} skipped" in run.stdout.splitlines()[-1]


@pytest.mark.parametrize("listing", ["partial", "no-skips"])
def test_skips_off_the_list_fail_the_run(tmp_path: Path, listing: str) -> None:
    pattern = "ach/valid/container/empty-"  # empty-uncompressed passes; empty-zstd (decode, encode) skips
    if listing == "partial":
        skips = tmp_path / "skips.json"
        skips.write_text(json.dumps({"ach/valid/container/zstd-level-1": "no zstd"}), encoding="utf-8")
        selection = ("--skips", str(skips))
    else:
        selection = ("--no-skips",)
    run = support.run(
        "no-zstd", "--format", "ach", "-k", pattern, *selection, *FAST, *PER_CASE, "--mutations", "0", tmp_path=tmp_path
    )
    assert run.returncode == 1, run.describe()
    skipped = {i for i in zstd_checks() if i.startswith(pattern)}
    assert skipped == {
        "ach/valid/container/empty-zstd",
        "ach/valid/container/empty-zstd#encode",
        "ach/valid/container/empty-zstd@strict",
        "ach/valid/container/empty-zstd@strict#encode",
    }
    assert run.not_passing() == dict.fromkeys(skipped, "skip")
    assert run.unexpected() == skipped
    for check_id in skipped:
        assert "not on the skip list" in run.by_id()[check_id]["message"]

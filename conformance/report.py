"""Reports of a run: the JSON document, JUnit XML for CI, and the cross-implementation HTML matrix."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance.results import Outcome
from binfmt_conformance.reference_impl.files import atomic_write

COLOURS = {
    "pass": "#2e7d32",
    "fail": "#c62828",
    "crash": "#6a1b9a",
    "timeout": "#ef6c00",
    "bad_output": "#ad1457",
    "skip": "#9e9e9e",
    "xfail": "#f9a825",
    "missing": "#ffffff",
}


def write_atomically(path: Path, text: str) -> None:
    """In the report's folder, through the kit's one atomic writer (a temporary removed on failure, swept when
    its process died, the mode of a plain write)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))


def to_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "report": "conformance-run",
        "version": 1,
        "implementation": outcome.implementation,
        "capabilities": outcome.capabilities,
        "summary": {**outcome.counts(), "seconds": round(outcome.seconds, 2), "ok": outcome.ok},
        "summary_line": outcome.summary_line(),
        "stale_expected_failures": outcome.stale_xfails,
        "results": [r.to_json() for r in outcome.results],
    }


def write_json(outcome: Outcome, path: Path) -> None:
    document = to_json(outcome)
    try:
        text = json.dumps(document, indent=1)
    except RecursionError:  # a testee's answer nested past what indenting can walk: the report still gets written
        text = json.dumps(document)
    write_atomically(path, text + "\n")


def write_junit(outcome: Outcome, path: Path) -> None:
    root = ET.Element("testsuites", name=f"conformance {outcome.implementation}")
    by_format: dict[str, list[Any]] = {}
    for result in outcome.results:
        by_format.setdefault(result.check.format, []).append(result)
    for format_name, results in sorted(by_format.items()):
        suite = ET.SubElement(
            root,
            "testsuite",
            name=format_name,
            tests=str(len(results)),
            failures=str(sum(r.unexpected and r.status == "fail" for r in results)),
            errors=str(sum(r.unexpected and r.status not in ("fail", "skip") for r in results)),
            skipped=str(sum(r.status == "skip" for r in results)),
        )
        for result in results:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{format_name}.{result.check.kind}",
                name=result.check.id,
                time=f"{result.reply.seconds:.4f}" if result.reply else "0",
            )
            if result.check.clauses:
                properties = ET.SubElement(case, "properties")
                for clause in result.check.clauses:
                    ET.SubElement(properties, "property", name="clause", value=clause)
            clauses = f" [{', '.join(result.check.clauses)}]" if result.check.clauses else ""
            text = f"expected {result.check.expected}, got {result.got}{clauses}: {result.message}"
            if result.status == "skip":
                ET.SubElement(case, "skipped", message=result.message)
            elif result.unexpected:
                tag = "failure" if result.status == "fail" else "error"
                ET.SubElement(case, tag, type=result.status, message=text[:500]).text = text
    ET.indent(root)
    write_atomically(path, ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n")


def cell_status(result: dict[str, Any]) -> str:
    return "xfail" if result.get("expected_failure") else result["status"]


PASSING = ("pass", "xfail", "missing")


def html_matrix(
    reports: list[dict[str, Any]], prune: bool = False, labels: list[str] | None = None, root: str = ""
) -> str:
    """Checks × implementations, one coloured cell each (as JSONTestSuite's parsing.html). Columns are labelled
    distinctly (`labels`, else each report's implementation name); rows where any implementation did not pass
    come first, each linked to its case's expectation and its clauses under `root`. `prune` keeps one row of each
    group of rows whose results are identical across all implementations, and says how many it stands for. A
    cell is empty ("n/a") where an implementation did not run the check (a format, operation or profile it does
    not declare)."""
    rows: dict[str, list[dict[str, Any] | None]] = {}
    for column, report in enumerate(reports):
        for result in report["results"]:
            rows.setdefault(result["id"], [None] * len(reports))[column] = result
    groups: dict[tuple[str, ...], list[str]] = {}

    def failing_first(check_id: str) -> tuple[bool, str]:
        return all(cell_status(c) in PASSING if c else True for c in rows[check_id]), check_id

    for check_id in sorted(rows, key=failing_first):
        vector = tuple(cell_status(c) if c else "missing" for c in rows[check_id])
        groups.setdefault(vector if prune else (check_id,), []).append(check_id)
    body = []
    for members in groups.values():
        check_id = members[0]
        cells = rows[check_id]
        tds = []
        for cell in cells:
            status = cell_status(cell) if cell else "missing"
            tip = (
                html.escape(f"{status}: expected {cell['expected']}, got {cell['got']}. {cell['message']}")
                if cell
                else ""
            )
            text = "n/a" if status == "missing" else status
            tds.append(f'<td class="{status}" style="background:{COLOURS[status]}" title="{tip}">{text}</td>')
        alike = f" <small>(+{len(members) - 1} rows alike)</small>" if len(members) > 1 else ""
        body.append(f"<tr><th>{row_heading(check_id, cells, root)}{alike}</th>{''.join(tds)}</tr>")
    header = "".join(
        f"<th>{html.escape(label)}<br><small>{html.escape(counts_text(r))}</small></th>"
        for label, r in zip(column_labels(reports, labels), reports, strict=True)
    )
    legend = " ".join(
        f'<span style="background:{c};padding:2px 6px;color:#fff">{s}</span>'
        for s, c in COLOURS.items()
        if s != "missing"
    )
    shown = f"{len(groups)} distinct result rows of {len(rows)} checks" if prune else f"{len(rows)} checks"
    return (
        "<!doctype html><meta charset=utf-8><title>Conformance matrix</title>"
        "<style>body{font:13px sans-serif}td{color:#fff;text-align:center;padding:1px 6px}"
        "td.missing{color:#999;border:1px solid #eee}th{text-align:left;font-weight:normal;padding-right:8px}</style>"
        f"<h1>Conformance matrix</h1><p>{legend}</p><p>{shown}</p><table><tr><th>check</th>{header}</tr>"
        + "\n".join(body)
        + "</table>\n"
    )


def column_labels(reports: list[dict[str, Any]], labels: list[str] | None) -> list[str]:
    """One distinct label per column: the given ones, else implementation names (numbered where they repeat)."""
    chosen = list(labels or []) + [str(r.get("implementation", "?")) for r in reports[len(labels or []) :]]
    seen: dict[str, int] = {}
    out = []
    for label in chosen:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if chosen.count(label) == 1 else f"{label} ({seen[label]})")
    return out


@cache
def clause_chapters() -> dict[str, str]:
    """Clause ID → the chapter defining it (`spec/formats/fzb-execution.md`), whose anchor `#ID` it is."""
    from binfmt_conformance.conformance.regen import SPEC_ROOT, spec_clauses

    return {c.id: "spec/" + c.path.relative_to(SPEC_ROOT).as_posix() for c in spec_clauses()}


def row_heading(check_id: str, cells: list[dict[str, Any] | None], root: str) -> str:
    """The check ID linked to its case's expectation, and its clauses linked to the spec chapter."""
    known = next((c for c in cells if c), {})
    case, clauses = known.get("case"), known.get("clauses") or []
    text = html.escape(check_id)
    if case:
        text = f'<a href="{html.escape(root)}corpus/{html.escape(case)}.json">{text}</a>'
    chapters = clause_chapters()
    links = [
        f'<a href="{html.escape(root)}{html.escape(chapters.get(c, "spec/formats/" + c.split(".")[0] + ".md"))}'
        f'#{html.escape(c)}">{html.escape(c)}</a>'
        for c in clauses
    ]
    return text + (f" <small>{' '.join(links)}</small>" if links else "")


def counts_text(report: dict[str, Any]) -> str:
    summary = report["summary"]
    parts = [
        f"{summary.get(k, 0)} {k.replace('_', ' ')}"
        for k in ("pass", "fail", "crash", "timeout", "bad_output", "skip")
        if summary.get(k)
    ]
    verdict = "ok" if summary.get("ok") else f"{summary.get('unexpected', 0)} unexpected"
    return " · ".join(parts) + f" — {verdict}"


def load_run_report(path: Path) -> dict[str, Any]:
    """A `conformance run --report json:` document; ValueError naming the file for anything else."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as problem:
        raise ValueError(f"{path} is not JSON: {problem}") from None
    if not isinstance(document, dict) or document.get("report") != "conformance-run":
        raise ValueError(f"{path} is not a report of `conformance run --report json:FILE`")
    if not isinstance(document.get("results"), list) or not all(
        isinstance(r, dict) and {"id", "status"} <= set(r) for r in document["results"]
    ):
        raise ValueError(f"{path}: its results are not those of a run report")
    return document


def write_html(paths: list[Path], out: Path, prune: bool = False, labels: list[str] | None = None) -> None:
    from binfmt_conformance.conformance.cases import REPO_ROOT

    if labels and len(labels) > len(paths):
        raise ValueError(f"{len(labels)} labels for {len(paths)} reports")
    reports = [load_run_report(p) for p in paths]
    names = [p.stem for p in paths]
    # Columns default to the implementation's name, and to the file name where two reports share one.
    implementations = [str(r.get("implementation")) for r in reports]
    defaults = [n if implementations.count(i) > 1 else i for n, i in zip(names, implementations, strict=True)]
    chosen = list(labels or []) + defaults[len(labels or []) :]
    write_atomically(out, html_matrix(reports, prune, chosen, REPO_ROOT.as_uri() + "/"))

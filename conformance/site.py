"""The spec site (`conformance site`, `make site`): mkdocs-material builds `spec/` into `site/`.

Everything the site adds is derived when it builds, by looking at the checkout: the chapters and their clauses
(through `regen`'s clause reader), the cases (`load_cases`), each format's `.ksy` (drawn by kaitai-struct-compiler's
graphviz target and `dot`), and run reports in the runner's JSON format. `conformance/site_hooks.py` hands these
pages to mkdocs; nothing here lists formats, so a new chapter or corpus folder shows up without edits.

Pages it adds:
- every clause `**[id]**` of a chapter becomes an anchor (`formats/ach/#ach.header.magic`) with a link to its cases;
- `trace/<group>/` lists each clause of a format (or of the conventions) with the cases citing it; `coverage/`
  counts cases per MUST/SHOULD/MAY clause and marks in red what `regen --check` rejects; `schema/` is the Kaitai
  diagram with the `.ksy` to download;
- `cases/<case id>/`: clauses, bytes as hex, expected model or classes, the replay command, each run's answer;
- `dashboard/`: implementations as columns, cases grouped by format and clause, failures first;
- `downloads/`: one zip per format with the cases, their expectations and a manifest (case ID, clauses, sha256).
"""

from __future__ import annotations

import hashlib
import html
import importlib
import io
import json
import logging
import posixpath
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance import regen
from binfmt_conformance.conformance.cases import CORPUS_ROOT, REPO_ROOT, Case, Expect, load_cases
from binfmt_conformance.conformance.report import COLOURS, cell_status

SPEC_ROOT = regen.SPEC_ROOT
CONFIG_FILE = REPO_ROOT / "mkdocs.yml"
SITE_DIR = REPO_ROOT / "site"
RUNS_DIR = REPO_ROOT / "reports" / "site" / "runs"
ASSETS = Path(__file__).resolve().parent / "site_assets"
BUILTIN_IMPLEMENTATIONS = ("reference", "kaitai", "kaitai-js")
EXTRA_KEY = "conformance_site"  # mkdocs `extra` entry through which `conformance site` passes reports and formats
SHOULD = re.compile(r"\b(SHOULD|SHOULD NOT|RECOMMENDED)\b")
MAY = re.compile(r"\b(MAY|OPTIONAL)\b")
LEVELS = ("MUST", "SHOULD", "MAY", "informative")
LINK = re.compile(r"\]\(([^)\s#]+)(#[^)\s]*)?\)")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # quoted clause text keeps a link's words, not its target
HEX_LIMIT = 4096  # bytes shown per input on a case page; the archive holds the whole file
JSON_LIMIT = 16384  # characters of an expected model or answer shown on a case page
# Worst first: the status a dashboard cell shows when a case has several checks.
SEVERITY = ("crash", "timeout", "bad_output", "fail", "skip", "xfail", "pass")


@dataclass
class Clause:
    id: str
    group: str  # the clause ID's first part: a format name, or `conv` for the conventions
    chapter: str  # page path under spec/, e.g. formats/ach.md
    paragraph: str
    level: str
    citing: list[Case] = field(default_factory=list)


@dataclass
class Group:
    name: str
    title: str
    chapters: list[str]
    clauses: list[Clause]
    is_format: bool  # a format (chapter under spec/formats/, or cases in the corpus), not the conventions

    @property
    def package(self) -> str:
        return self.name.replace("-", "_")

    @property
    def ksy(self) -> Path | None:
        path = REPO_ROOT / "formats" / self.package / f"{self.package}.ksy"
        return path if path.is_file() else None


@dataclass
class SiteModel:
    groups: dict[str, Group]
    clauses: dict[str, Clause]
    cases: list[Case]
    uncovered: set[str]
    reports: list[dict[str, Any]]
    excluded_chapters: set[str]
    outside_links: dict[str, Path]  # site path (source/...) → repository file a chapter links to
    enforced: list[str] = field(default_factory=list)  # formats whose coverage `regen --check` enforces

    @property
    def formats(self) -> list[Group]:
        return [g for g in self.groups.values() if g.is_format]

    def cases_of(self, format_name: str) -> list[Case]:
        return [c for c in self.cases if c.format == format_name]


def clause_level(paragraph: str, is_requirement: bool) -> str:
    if is_requirement:
        return "MUST"
    if SHOULD.search(paragraph):
        return "SHOULD"
    return "MAY" if MAY.search(paragraph) else "informative"


def chapter_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def format_title(name: str, chapters: list[str]) -> str:
    try:
        title = getattr(importlib.import_module(f"binfmt_conformance.formats.{name.replace('-', '_')}"), "TITLE", None)
    except ImportError:
        title = None
    if title:
        return str(title)
    return chapter_title(SPEC_ROOT / chapters[0]) if chapters else name


def build_model(formats: list[str] | None = None, reports: Iterable[Path] = ()) -> SiteModel:
    """Read the spec, the corpus and the reports; `formats` keeps only these formats (a smaller build)."""
    loaded = [json.loads(Path(p).read_text(encoding="utf-8")) for p in reports]
    return model_from(load_cases(CORPUS_ROOT, formats), formats, loaded)


def model_from(cases: list[Case], formats: list[str] | None = None, reports: list[dict[str, Any]] = ()) -> SiteModel:
    definitions = regen.spec_clauses()
    clauses: dict[str, Clause] = {}
    for definition in definitions:
        if definition.id not in clauses:  # a duplicate is regen's finding; the site shows the first
            chapter = definition.path.relative_to(SPEC_ROOT).as_posix()
            level = clause_level(definition.paragraph, definition.is_requirement)
            clauses[definition.id] = Clause(
                definition.id, definition.id.split(".")[0], chapter, definition.paragraph, level
            )
    for case in cases:
        for clause_id in case.clauses:
            if clause_id in clauses:
                clauses[clause_id].citing.append(case)
    format_chapters = {c.group for c in clauses.values() if c.chapter.startswith("formats/")}
    names = sorted({c.group for c in clauses.values()} | {c.format for c in cases})
    excluded = set()
    groups: dict[str, Group] = {}
    for name in names:
        is_format = name in format_chapters or any(c.format == name for c in cases)
        members = [c for c in clauses.values() if c.group == name]
        chapters = list(dict.fromkeys(c.chapter for c in members))
        if formats and is_format and name not in formats:
            excluded.update(chapters)
            continue
        main = f"formats/{name}.md"
        chapters.sort(key=lambda chapter: (chapter != main, chapter))
        title = format_title(name, chapters) if is_format else chapter_title(SPEC_ROOT / chapters[0])
        groups[name] = Group(name, title, chapters, members, is_format)
    cited = {clause_id for case in cases for clause_id in case.clauses}
    shown = [g.name for g in groups.values() if g.is_format]
    enforced = [name for name in regen.format_names() if name in shown]
    uncovered = set(regen.uncited_requirements({i: c.level == "MUST" for i, c in clauses.items()}, cited, enforced))
    kept = {i: c for i, c in clauses.items() if c.group in groups}
    model = SiteModel(groups, kept, cases, uncovered, list(reports), excluded, {}, enforced)
    model.outside_links = outside_links(model)
    return model


# ---------------------------------------------------------------- chapters


def chapters(model: SiteModel) -> list[str]:
    """Every spec page the site shows (site paths under spec/)."""
    return [
        p.relative_to(SPEC_ROOT).as_posix()
        for p in sorted(SPEC_ROOT.rglob("*.md"))
        if p.relative_to(SPEC_ROOT).as_posix() not in model.excluded_chapters
    ]


def outside_links(model: SiteModel) -> dict[str, Path]:
    """Repository files (outside spec/) that chapters link to; the site serves them under `source/`."""
    found: dict[str, Path] = {}
    for chapter in chapters(model):
        for match in LINK.finditer((SPEC_ROOT / chapter).read_text(encoding="utf-8")):
            target = outside_target(chapter, match.group(1))
            if target is not None:
                found["source/" + target.relative_to(REPO_ROOT).as_posix()] = target
    return found


def outside_target(chapter: str, href: str) -> Path | None:
    if "://" in href or href.startswith(("/", "mailto:")):
        return None
    target = ((SPEC_ROOT / chapter).parent / href).resolve()
    inside_repo = target.is_relative_to(REPO_ROOT) and not target.is_relative_to(SPEC_ROOT)
    return target if inside_repo and target.is_file() else None


def relative(source: str, target: str) -> str:
    """A link from page `source` to file `target` (both site paths), as mkdocs resolves Markdown links."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def trace_page(group: str) -> str:
    return f"trace/{group}/index.md"


def case_page(case_id: str) -> str:
    return f"cases/{case_id}.md"


def count_text(n: int, word: str = "case") -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def annotate_chapter(markdown: str, chapter: str, model: SiteModel) -> str:
    """Each clause becomes an anchor with a link to its cases; links out of spec/ point at the served copies."""

    def anchor(match: re.Match[str]) -> str:
        clause = model.clauses.get(match.group(1))
        if clause is None:
            return match.group(0)
        marker = f'<a class="clause-id" id="{clause.id}" href="#{clause.id}">**[{clause.id}]**</a>'
        css = ".clause-cases .uncovered" if clause.id in model.uncovered else ".clause-cases"
        count = count_text(len(clause.citing)) if clause.citing else "no case"
        target = relative(chapter, trace_page(clause.group))
        return f"{marker} [{count}]({target}#{clause.id}){{ {css} }}"

    def outside(match: re.Match[str]) -> str:
        target = outside_target(chapter, match.group(1))
        if target is None:
            return match.group(0)
        served = "source/" + target.relative_to(REPO_ROOT).as_posix()
        return f"]({relative(chapter, served)}{match.group(2) or ''})"

    return LINK.sub(outside, regen.CLAUSE.sub(anchor, markdown))


# ---------------------------------------------------------------- case descriptions


def describe_expect(expect: Expect) -> str:
    if expect.outcome == "accept":
        return "accept" + (", canonical" if expect.canonical else "")
    return "reject: " + " or ".join(f"`{e}`" for e in expect.errors)


def expected_outcome(case: Case) -> str:
    if case.expect is not None:
        return describe_expect(case.expect)
    return "; ".join(f"{profile}: {describe_expect(e)}" for profile, e in sorted(case.by_profile.items()))


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def preformatted(text: str, limit: int = JSON_LIMIT) -> str:
    """A raw block left out of the search index (hex dumps and models would drown the clauses)."""
    if len(text) > limit:
        text = text[:limit] + f"\n… {len(text) - limit} more characters"
    return f'<pre class="site-data" data-search-exclude>{html.escape(text)}</pre>'


def clause_link(source: str, clause_id: str, model: SiteModel) -> str:
    clause = model.clauses.get(clause_id)
    if clause is None:
        return f"`{clause_id}`"
    return f"[`{clause_id}`]({relative(source, clause.chapter)}#{clause_id})"


def case_link(source: str, case: Case) -> str:
    return f"[`{case.id}`]({relative(source, case_page(case.id))})"


# ---------------------------------------------------------------- generated pages


def home_page(model: SiteModel) -> str:
    lines = [
        "# Binary format specifications",
        "",
        "The reference specification and conformance suite for the binary file formats of young language",
        "runtimes. Every rule is a clause with a stable anchor; every clause lists the corpus cases that stand",
        "behind it; the [dashboard](dashboard/index.md) shows how each implementation fares on them.",
        "",
        "Start with the [conventions](conventions.md) (document model, error classes, limits) and the",
        "[testee protocol](protocol.md).",
        "",
        "| format | chapters | clauses | cases | coverage | corpus |",
        "|---|---|---:|---:|---|---|",
    ]
    for group in model.formats:
        chapter_links = ", ".join(f"[{Path(c).stem}]({c})" for c in group.chapters) or "—"
        cases = model.cases_of(group.name)
        corpus = f"[zip](downloads/{group.name}-corpus.zip)" if cases else "—"
        coverage = f"[coverage](trace/{group.name}/coverage.md)" if group.clauses else "—"
        lines.append(
            f"| {group.title} (`{group.name}`) | {chapter_links} | {len(group.clauses)} | {len(cases)} "
            f"| {coverage} | {corpus} |"
        )
    return "\n".join(lines) + "\n"


def trace_index(group: Group, model: SiteModel) -> str:
    page = trace_page(group.name)
    lines = [
        f"# {group.title}: clauses and their cases",
        "",
        f"Every clause of {', '.join(f'[{Path(c).stem}]({relative(page, c)})' for c in group.chapters)}, "
        "with the corpus cases that cite it. See also the [coverage](coverage.md).",
        "",
    ]
    for clause in group.clauses:
        lines += [
            f'## {clause.id} {{ id="{clause.id}" }}',
            "",
            f"**{clause.level}** · defined in [{clause.chapter}]({relative(page, clause.chapter)}#{clause.id}) · "
            + count_text(len(clause.citing)),
            "",
            "> " + MARKDOWN_LINK.sub(r"\1", " ".join(clause.paragraph.split()))[:600],
            "",
        ]
        if clause.citing:
            lines += ["| case | kind | operation | expected |", "|---|---|---|---|"]
            for case in clause.citing:
                expected = cell(expected_outcome(case))
                lines.append(f"| {case_link(page, case)} | {case.case_class} | {case.operation} | {expected} |")
        else:
            css = "uncovered" if clause.id in model.uncovered else "no-case"
            lines.append(f'<p class="{css}">No case cites this clause.</p>')
        lines.append("")
    return "\n".join(lines)


def coverage_page(group: Group, model: SiteModel) -> str:
    page = f"trace/{group.name}/coverage.md"
    lines = [
        f"# {group.title}: coverage",
        "",
        "Clauses by requirement level and the number of corpus cases citing each. A MUST clause of a format",
        "that no case cites is shown in red: `conformance regen --check` fails on it.",
        "",
        *(
            []
            if group.name in model.enforced
            else [
                "`regen --check` does not check this format yet (the kit has no reference implementation and corpus "
                "generator registered for it), so no clause is red here.",
                "",
            ]
        ),
        "| level | clauses | cited | not cited | cases citing |",
        "|---|---:|---:|---:|---:|",
    ]
    for level in LEVELS:
        members = [c for c in group.clauses if c.level == level]
        if members:
            cited = sum(bool(c.citing) for c in members)
            citations = sum(len(c.citing) for c in members)
            lines.append(f"| {level} | {len(members)} | {cited} | {len(members) - cited} | {citations} |")
    lines += ["", "| clause | level | cases | by kind |", "|---|---|---:|---|"]
    for clause in sorted(group.clauses, key=lambda c: (LEVELS.index(c.level), c.id)):
        kinds: dict[str, int] = {}
        for case in clause.citing:
            kinds[case.case_class] = kinds.get(case.case_class, 0) + 1
        by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "—"
        count = str(len(clause.citing))
        if clause.id in model.uncovered:
            count = f'<span class="uncovered">{count} — not covered</span>'
        link = f"[`{clause.id}`]({relative(page, trace_page(group.name))}#{clause.id})"
        lines.append(f"| {link} | {clause.level} | {count} | {by_kind} |")
    return "\n".join(lines) + "\n"


def schema_page(group: Group, svg_name: str) -> str:
    ksy = f"{group.package}.ksy"
    return "\n".join(
        [
            f"# {group.title}: Kaitai schema",
            "",
            f"The diagram kaitai-struct-compiler draws (its graphviz target, laid out by `dot`) from "
            f"[`formats/{group.package}/{ksy}`]({ksy}). Download: [{ksy}]({ksy}) · [diagram (SVG)]({svg_name}) · "
            f"[graphviz source]({group.package}.dot).",
            "",
            f"[![Kaitai diagram of {group.name}]({svg_name}){{ .kaitai-diagram }}]({svg_name})",
            "",
        ]
    )


def case_markdown(case: Case, model: SiteModel) -> str:
    page = case_page(case.id)
    lines = [
        f"# {case.id}",
        "",
        case.description or "",
        "",
        "| | |",
        "|---|---|",
        f"| kind | {case.case_class} |",
        f"| operation | {case.operation} |",
        f"| clauses | {', '.join(clause_link(page, c, model) for c in case.clauses) or '—'} |",
        f"| expected | {cell(expected_outcome(case))} |",
    ]
    if case.options:
        lines.append(f"| options | `{cell(json.dumps(case.options))}` |")
    if case.notes:
        lines.append(f"| notes | {cell(case.notes)} |")
    lines += [
        f"| corpus | [{case.format}-corpus.zip]({relative(page, f'downloads/{case.format}-corpus.zip')}) |",
        "",
        "## Replay",
        "",
        "```sh",
        f"conformance run --impl ./your-testee --case {case.id}",
        f"conformance run --impl reference --case {case.id}",
        "```",
        "",
        "## Input",
        "",
    ]
    for name, data in case_inputs(case).items():
        lines += [f"`{name}` — {len(data)} bytes, sha256 `{hashlib.sha256(data).hexdigest()}`", ""]
        lines += [preformatted(hexdump(data)), ""]
    lines += ["## Expected", ""]
    expectations = {"": case.expect} if case.expect is not None else dict(sorted(case.by_profile.items()))
    for profile, expect in expectations.items():
        assert expect is not None
        heading = f"profile `{profile}`: " if profile else ""
        lines += [f"{heading}{describe_expect(expect)}", ""]
        if expect.outcome == "accept" and expect.model is not None:
            lines += [preformatted(json.dumps(expect.model, indent=1, ensure_ascii=False)), ""]
        if expect.extra:
            lines += [preformatted(json.dumps(expect.extra, indent=1, ensure_ascii=False)), ""]
    if case.provenance:
        lines += ["## Provenance", "", preformatted(json.dumps(case.provenance, indent=1, ensure_ascii=False)), ""]
    lines += results_section(case, model)
    return "\n".join(lines)


def hexdump(data: bytes) -> str:
    from binfmt_conformance.conformance.cli import hexdump as dump

    return dump(data, HEX_LIMIT)


def case_inputs(case: Case) -> dict[str, bytes]:
    """The bytes of a case: its file, or every file of a folder case (by path inside the folder)."""
    if not case.is_folder:
        return {case.input_path.name: case.input_path.read_bytes()}
    return {
        p.relative_to(case.input_path).as_posix(): p.read_bytes()
        for p in sorted(case.input_path.rglob("*"))
        if p.is_file()
    }


def results_section(case: Case, model: SiteModel) -> list[str]:
    if not model.reports:
        return []
    lines = [
        "## Results { #results }",
        "",
        "What each implementation answered, check by check.",
        "",
    ]
    for report in model.reports:
        name = report["implementation"]
        lines += [f"### {name} {{ #result-{slug(name)} }}", ""]
        results = [r for r in report["results"] if r.get("case") == case.id]
        if not results:
            lines += ["Not run (the implementation does not declare this format, operation or profile).", ""]
            continue
        lines += ["| check | profile | status | expected | got | message |", "|---|---|---|---|---|---|"]
        for result in results:
            lines.append(
                f"| `{cell(result['id'])}` | {result.get('profile') or '—'} | {status_badge(cell_status(result))} "
                f"| {cell(str(result['expected']))} | {cell(str(result['got']))} | {cell(result['message'][:300])} |"
            )
        for result in results:
            if "output" in result:
                lines += [
                    "",
                    f"Answer to `{cell(result['id'])}`:",
                    "",
                    preformatted(json.dumps(result["output"], indent=1)),
                ]
        lines.append("")
    return lines


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def status_badge(status: str) -> str:
    return f'<span class="status status-{status}" style="background:{COLOURS[status]}">{status}</span>'


# ---------------------------------------------------------------- dashboard


def worst(statuses: Iterable[str]) -> str:
    return min(statuses, key=SEVERITY.index, default="missing")


def dashboard_index(model: SiteModel) -> str:
    lines = ["# Conformance dashboard", ""]
    if not model.reports:
        return "\n".join([*lines, "No run reports were given. `conformance site` runs the built-in implementations."])
    names = [r["implementation"] for r in model.reports]
    lines += [
        "Checks per format and implementation (passed / run). Each format's page lists the cases by clause, "
        "failures first.",
        "",
        "| format | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for group in model.formats:
        cells = []
        for report in model.reports:
            results = [r for r in report["results"] if r["format"] == group.name]
            passed = sum(cell_status(r) == "pass" for r in results)
            cells.append(f"{passed} / {len(results)}" if results else "n/a")
        title = f"[{group.title}]({group.name}.md)" if model.cases_of(group.name) else group.title
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    lines += ["", "| implementation | summary |", "|---|---|"]
    for report in model.reports:
        lines.append(f"| {report['implementation']} | {cell(report.get('summary_line', ''))} |")
    return "\n".join(lines) + "\n"


def dashboard_page(group: Group, model: SiteModel) -> str:
    """Rows: cases (or checks that belong to no case) under each clause they cite; columns: implementations."""
    page = f"dashboard/{group.name}.md"
    cases = {c.id: c for c in model.cases_of(group.name)}
    # row key → per-report list of results; row key → clauses
    rows: dict[str, list[list[dict[str, Any]]]] = {}
    row_clauses: dict[str, list[str]] = {}
    for column, report in enumerate(model.reports):
        for result in report["results"]:
            if result["format"] != group.name:
                continue
            key = result.get("case") or result["id"]
            rows.setdefault(key, [[] for _ in model.reports])[column].append(result)
            clauses = cases[key].clauses if key in cases else result.get("clauses") or ()
            row_clauses.setdefault(key, list(clauses) or ["(no clause)"])
    statuses = {key: [worst(cell_status(r) for r in per) for per in cells] for key, cells in rows.items()}
    failing = {key for key, values in statuses.items() if any(s not in ("pass", "missing") for s in values)}
    by_clause: dict[str, list[str]] = {}
    for key in rows:
        for clause_id in row_clauses[key]:
            by_clause.setdefault(clause_id, []).append(key)
    order = {c.id: index for index, c in enumerate(model.clauses.values())}
    clause_order = sorted(
        by_clause,
        key=lambda c: (not any(k in failing for k in by_clause[c]), order.get(c, len(order)), c),
    )
    names = [r["implementation"] for r in model.reports]
    lines = [
        f"# {group.title}: results",
        "",
        f"{len(rows)} cases and checks, {len(failing)} with a result other than pass. Clauses with failures "
        "come first, and within a clause the failing rows. A cell links to what the testee answered.",
        "",
    ]
    loose: list[str] = []
    for clause_id in clause_order:
        keys = sorted(by_clause[clause_id], key=lambda k: (k not in failing, k))
        title = clause_link(page, clause_id, model) if clause_id in model.clauses else clause_id
        heading_id = f' {{ id="{clause_id}" }}' if clause_id in model.clauses else ""
        lines += [f"## {title}{heading_id}", "", "| case | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        for key in keys:
            cells = []
            for column, status in enumerate(statuses[key]):
                if status == "missing":
                    cells.append("n/a")
                    continue
                if key in cases:
                    target = f"{relative(page, case_page(key))}#result-{slug(names[column])}"
                else:
                    target = f"#check-{slug(key)}"
                cells.append(f"[{status_badge(status)}]({target})")
            label = case_link(page, cases[key]) if key in cases else f"`{cell(key)}`"
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
            if key not in cases and key not in loose:
                loose.append(key)
        lines.append("")
    if loose:
        lines += ["## Checks without a corpus case", ""]
        for key in loose:
            lines += [f"### {key} {{ #check-{slug(key)} }}", ""]
            for column, results in enumerate(rows[key]):
                for result in results:
                    expected, got = cell(str(result["expected"])), cell(str(result["got"]))
                    message = cell(result["message"][:300])
                    badge = status_badge(cell_status(result))
                    lines.append(f"- {names[column]}: {badge} expected {expected}, got {got}. {message}")
                    if "output" in result:
                        lines += ["", preformatted(json.dumps(result["output"], indent=1)), ""]
            lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- downloads


def corpus_archive(group: Group, model: SiteModel) -> bytes:
    """A zip of one format's cases with a manifest that needs nothing of this kit to use."""
    root = group.name
    entries: dict[str, bytes] = {}
    manifest_cases = []
    for case in model.cases_of(group.name):
        assert case.expectation_path is not None
        expectation = "cases/" + case.expectation_path.relative_to(CORPUS_ROOT / case.format).as_posix()
        entries[expectation] = case.expectation_path.read_bytes()
        entry: dict[str, Any] = {
            "id": case.id,
            "kind": case.case_class,
            "operation": case.operation,
            "clauses": list(case.clauses),
            "expectation": expectation,
        }
        base = "cases/" + case.input_path.relative_to(CORPUS_ROOT / case.format).as_posix()
        if case.is_folder:
            entry["input"] = base + "/"
            entry["files"] = {}
            for name, data in case_inputs(case).items():
                entries[f"{base}/{name}"] = data
                entry["files"][name] = hashlib.sha256(data).hexdigest()
        else:
            data = case.input_path.read_bytes()
            entries[base] = data
            entry["input"] = base
            entry["sha256"] = hashlib.sha256(data).hexdigest()
        manifest_cases.append(entry)
    schemas = [regen.EXPECTATION_SCHEMA, regen.SCHEMA_ROOT / f"{group.name}.model.schema.json"]
    for schema in schemas:
        if schema.is_file():
            entries[f"schemas/{schema.name}"] = schema.read_bytes()
    manifest = {
        "format": group.name,
        "title": group.title,
        "spec": f"formats/{group.name}/",
        "expectation_schema": "schemas/expectation.schema.json",
        "cases": manifest_cases,
    }
    entries["manifest.json"] = (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode()
    entries["README.md"] = archive_readme(group).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(f"{root}/{name}", date_time=(1980, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def archive_readme(group: Group) -> str:
    return f"""# {group.title} conformance corpus

`manifest.json` lists every case: `id`, `kind` (valid, malformed, invalid, impl-defined, real-world),
`operation` (what to do with the input; `decode` unless stated), `clauses` (the spec clause IDs it is evidence
for), `input` (the file, or a folder ending in `/` with per-file `files`), its `sha256`, and `expectation` (the
JSON file saying what must happen, described by `schemas/expectation.schema.json`: `expect` with `outcome`
accept + `model`, or reject + `error` classes; impl-defined cases give one per profile under `profiles`).
A reject with `"past_limit": "accept"` lies past a limit a decoder MAY enforce: a decoder with larger limits that
accepts it passes too. Expected models follow `schemas/{group.name}.model.schema.json`. Compare models as parsed
JSON; floats compare by bits. A `model_sha256` instead of a `model` is the SHA-256 of the model as JSON with sorted
keys, no spaces and every float in the reference's spelling (spec/conventions.md).
"""


def downloads_page(model: SiteModel) -> str:
    lines = [
        "# Downloads",
        "",
        "One archive per format: every corpus case, its expectation and a `manifest.json` (case ID, kind, "
        "operation, clauses, sha256) that a kit in another language can read without this runner.",
        "",
        "| format | cases | corpus | Kaitai schema |",
        "|---|---:|---|---|",
    ]
    for group in model.formats:
        cases = model.cases_of(group.name)
        corpus = f"[{group.name}-corpus.zip]({group.name}-corpus.zip)" if cases else "—"
        ksy = f"[{group.package}.ksy](../trace/{group.name}/{group.package}.ksy)" if group.ksy else "—"
        lines.append(f"| {group.title} | {len(cases)} | {corpus} | {ksy} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Kaitai diagrams


def kaitai_diagram(ksy: Path) -> tuple[str, bytes]:
    """kaitai-struct-compiler's graphviz output for `ksy` and the SVG `dot` draws from it."""
    from binfmt_conformance.formats import kaitai_build

    kaitai_build.ensure_node_modules()
    compiled = subprocess.run(
        [kaitai_build.node_binary(), str(kaitai_build.COMPILE_SCRIPT), "--lang", "graphviz", "--json", str(ksy)],
        capture_output=True,
        text=True,
        check=False,
    )
    if compiled.returncode != 0:
        raise kaitai_build.KaitaiBuildError(f"kaitai-struct-compiler (graphviz) failed on {ksy}:\n{compiled.stderr}")
    sources = json.loads(compiled.stdout)["graphviz"]
    source = sources.get(f"{ksy.stem}.dot") or next(iter(sources.values()))
    dot = shutil.which("dot")
    if dot is None:
        raise RuntimeError("graphviz's `dot` is not installed (apt-get install graphviz; `make site` installs it)")
    drawn = subprocess.run([dot, "-Tsvg"], input=source.encode(), capture_output=True, check=False)
    if drawn.returncode != 0:
        raise RuntimeError(f"dot failed on the diagram of {ksy.name}: {drawn.stderr.decode(errors='replace')}")
    return source, drawn.stdout


# ---------------------------------------------------------------- the whole site


def generated_files(model: SiteModel, diagrams: bool = True) -> dict[str, str | bytes]:
    """Every page and download the site adds to the spec: {site path: content}; `diagrams=False` leaves out the
    Kaitai pages (which need node and graphviz)."""
    out: dict[str, str | bytes] = {
        "index.md": home_page(model),
        "dashboard/index.md": dashboard_index(model),
        "downloads/index.md": downloads_page(model),
        "assets/site.css": (ASSETS / "site.css").read_text(encoding="utf-8"),
    }
    for served, path in model.outside_links.items():
        out[served] = path.read_bytes()
    for group in model.groups.values():
        if group.clauses:
            out[trace_page(group.name)] = trace_index(group, model)
            out[f"trace/{group.name}/coverage.md"] = coverage_page(group, model)
        if not group.is_format:
            continue
        if group.ksy is not None and diagrams:
            source, svg = kaitai_diagram(group.ksy)
            folder = f"trace/{group.name}"
            out[f"{folder}/{group.package}.ksy"] = group.ksy.read_bytes()
            out[f"{folder}/{group.package}.dot"] = source
            out[f"{folder}/{group.package}.svg"] = svg
            out[f"{folder}/schema.md"] = schema_page(group, f"{group.package}.svg")
        if model.cases_of(group.name):
            out[f"downloads/{group.name}-corpus.zip"] = corpus_archive(group, model)
            if model.reports:
                out[f"dashboard/{group.name}.md"] = dashboard_page(group, model)
    for case in model.cases:
        out[case_page(case.id)] = case_markdown(case, model)
    return out


def navigation(model: SiteModel, files: Iterable[str]) -> list[Any]:
    """The sidebar: spec pages, then each format's chapters and derived pages, the dashboard and downloads (titles
    without Markdown, which the sidebar shows as typed)."""
    return plain_titles(sidebar(model, set(files)))


def plain_titles(nav: list[Any]) -> list[Any]:
    return [
        {title.replace("`", ""): plain_titles(target) if isinstance(target, list) else target}
        for entry in nav
        for title, target in entry.items()
    ]


def sidebar(model: SiteModel, present: set[str]) -> list[Any]:
    top = [c for c in chapters(model) if "/" not in c]
    nav: list[Any] = [{"Home": "index.md"}] + [{chapter_title(SPEC_ROOT / c): c} for c in top]
    for group in model.groups.values():
        if not group.is_format:
            continue
        titles = ["Specification"] + [chapter_title(SPEC_ROOT / c) for c in group.chapters[1:]]
        entries: list[Any] = [{title: c} for title, c in zip(titles, group.chapters, strict=False)]
        for title, path in (
            ("Kaitai schema", f"trace/{group.name}/schema.md"),
            ("Clauses and cases", trace_page(group.name)),
            ("Coverage", f"trace/{group.name}/coverage.md"),
        ):
            if path in present:
                entries.append({title: path})
        nav.append({group.title: entries})
    conv = [g for g in model.groups.values() if not g.is_format and g.clauses]
    trace = [{f"{g.title}: clauses": trace_page(g.name)} for g in conv]
    trace += [{f"{g.title}: coverage": f"trace/{g.name}/coverage.md"} for g in conv]
    dashboard = [{"Overview": "dashboard/index.md"}] + [
        {g.title: f"dashboard/{g.name}.md"} for g in model.formats if f"dashboard/{g.name}.md" in present
    ]
    nav += [{"Conventions traced": trace}] if trace else []
    nav += [{"Dashboard": dashboard}, {"Downloads": "downloads/index.md"}]
    return nav


def run_builtin(formats: list[str] | None, pattern: str | None = None, jobs: int = 2) -> list[Path]:
    """Run the three built-in implementations (through the CLI, so only the JSON report format is shared)."""
    RUNS_DIR.mkdir(parents=True, exist_ok=True)
    paths = []
    for impl in BUILTIN_IMPLEMENTATIONS:
        path = RUNS_DIR / f"{impl}.json"
        path.unlink(missing_ok=True)
        command = [
            sys.executable,
            "-m",
            "binfmt_conformance.conformance.cli",
            "run",
            "--impl",
            impl,
            "-q",
            "-j",
            str(jobs),
        ]
        command += [f"--report=json:{path}"] + [f"--format={name}" for name in formats or ()]
        command += [f"-k={pattern}"] if pattern else []
        finished = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if not path.is_file() and formats and finished.returncode == 2:
            # The runner refuses a --format the testee does not declare: its column stays, with nothing run.
            declined = {"implementation": impl, "results": [], "summary": {}, "summary_line": finished.stderr.strip()}
            path.write_text(json.dumps(declined) + "\n", encoding="utf-8")
        if not path.is_file():  # a failing run still writes its report; no report means the run itself broke
            raise RuntimeError(f"conformance run --impl {impl} wrote no report:\n{finished.stderr[-2000:]}")
        print(finished.stdout.strip().splitlines()[-1] if finished.stdout.strip() else f"ran {impl}", flush=True)
        paths.append(path)
    return paths


def build(
    reports: list[Path] | None = None,
    formats: list[str] | None = None,
    site_dir: Path = SITE_DIR,
    strict: bool = True,
    pattern: str | None = None,
) -> Path:
    """Build the site with mkdocs; with no reports, run the built-in implementations first (only the checks whose
    ID contains `pattern`, when given: the site's test keeps its runs short so)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(message)s")
    logging.getLogger("MARKDOWN").setLevel(logging.WARNING)

    report_paths = list(reports) if reports else run_builtin(formats, pattern)
    config = load_config(str(CONFIG_FILE), site_dir=str(site_dir), strict=strict)
    config.extra[EXTRA_KEY] = {"reports": [str(p) for p in report_paths], "formats": formats or []}
    mkdocs_build(config)
    return site_dir


def main(reports: list[str], formats: list[str] | None, site_dir: str) -> int:
    built = build([Path(p) for p in reports], formats, Path(site_dir))
    print(f"wrote {built}")
    return 0

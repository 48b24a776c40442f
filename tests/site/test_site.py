"""The spec site, checked as a reader would check it.

One build of a subset (the ach format, and only the built-in runs' bad-magic checks, to keep the cost small) with
mkdocs in strict mode, served on localhost and opened in Debian's headless chromium through Playwright: the home
page, a chapter, a clause anchor, a case page, the dashboard, and search by clause ID. Screenshots go to
reports/site/. The checks over every chapter (anchors, case lists) and the corpus archive need no browser.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import http.server
import json
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from binfmt_conformance.conformance import regen, site
from binfmt_conformance.conformance.cases import CORPUS_ROOT, REPO_ROOT, load_cases

SCREENSHOTS = REPO_ROOT / "reports" / "site"
FORMAT = "ach"
CLAUSE = "ach.header.magic"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The site of one format, built strictly (any mkdocs warning aborts the build), once for all test workers."""
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent  # pytest-xdist's workers share their base's parent
    with open(shared / "site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared / "site-build.done"
        if not done.is_file():
            site.build(None, [FORMAT], shared / "site", strict=True, pattern="/header/bad-magic")
            done.touch()
    return shared / "site"


@pytest.fixture(scope="module")
def served(built: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser_page(served: str) -> Iterator[object]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed and `make test` could not install it with apt-get")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def shoot(page: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_home_page_lists_the_format(browser_page: object, served: str) -> None:
    page = browser_page
    page.goto(served + "/")  # type: ignore[attr-defined]
    body = page.inner_text("article")  # type: ignore[attr-defined]
    assert "Binary format specifications" in body
    assert "(ach)" in body.replace("`", "")
    shoot(page, "home")


def test_chapter_and_clause_anchor(browser_page: object, served: str) -> None:
    page = browser_page
    page.goto(served + f"/formats/{FORMAT}/")  # type: ignore[attr-defined]
    assert "Achronyme environment files" in page.inner_text("article")  # type: ignore[attr-defined]
    shoot(page, "chapter")
    page.goto(served + f"/formats/{FORMAT}/#{CLAUSE}")  # type: ignore[attr-defined]
    anchor = page.locator(f'[id="{CLAUSE}"]')  # type: ignore[attr-defined]
    assert anchor.inner_text() == f"[{CLAUSE}]"
    box = anchor.bounding_box()
    assert box is not None and 0 <= box["y"] < 900, "the clause anchor is scrolled into view"
    cases_badge = page.locator(f'a.clause-cases[href$="#{CLAUSE}"]')  # type: ignore[attr-defined]
    assert cases_badge.inner_text().endswith("cases")
    shoot(page, "clause-anchor")


def test_case_page_reached_from_the_clause(browser_page: object, served: str) -> None:
    page = browser_page
    page.goto(served + f"/formats/{FORMAT}/#{CLAUSE}")  # type: ignore[attr-defined]
    page.locator(f'a.clause-cases[href$="#{CLAUSE}"]').click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/trace/{FORMAT}/#{CLAUSE}")  # type: ignore[attr-defined]
    citing = [c for c in load_cases(CORPUS_ROOT, [FORMAT]) if CLAUSE in c.clauses]
    heading = page.locator(f'h2[id="{CLAUSE}"]')  # type: ignore[attr-defined]
    assert heading.bounding_box()["y"] < 900, "the trace page opens at the clause"
    page.get_by_role("link", name=citing[0].id, exact=True).first.click()  # type: ignore[attr-defined]
    page.wait_for_url(f"**/cases/{citing[0].id}/")  # type: ignore[attr-defined]
    text = page.inner_text("article")  # type: ignore[attr-defined]
    assert f"conformance run --impl ./your-testee --case {citing[0].id}" in text
    assert CLAUSE in text and "00000000" in text  # the clause link and the hex view's first offset
    expected = citing[0].expect
    assert expected is not None and expected.errors[0] in text
    shoot(page, "case")


def test_dashboard_shows_the_built_in_implementations(browser_page: object, served: str, built: Path) -> None:
    page = browser_page
    page.goto(served + "/dashboard/")  # type: ignore[attr-defined]
    header = page.locator("article table").first.locator("th").all_inner_texts()  # type: ignore[attr-defined]
    assert header == ["format", "reference", "kaitai-python", "kaitai-js"]
    shoot(page, "dashboard")
    page.goto(served + f"/dashboard/{FORMAT}/")  # type: ignore[attr-defined]
    first = page.locator("article table").first  # type: ignore[attr-defined]
    assert first.locator("span.status-pass").count() > 0
    first.locator("a", has=page.locator("span.status")).first.click()  # type: ignore[attr-defined]
    page.wait_for_url("**/cases/**#result-*")  # type: ignore[attr-defined]
    assert "What each implementation answered" in page.inner_text("article")  # type: ignore[attr-defined]
    shoot(page, "dashboard-format")


def test_search_finds_a_clause_by_its_id(browser_page: object, served: str) -> None:
    page = browser_page
    page.goto(served + "/")  # type: ignore[attr-defined]
    page.locator("input.md-search__input").click()  # type: ignore[attr-defined]
    page.keyboard.type(CLAUSE)  # type: ignore[attr-defined]
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    first.wait_for(timeout=20000)
    links = page.locator(".md-search-result__link").evaluate_all("els => els.map(e => e.href)")  # type: ignore[attr-defined]
    assert f"/trace/{FORMAT}/?h={CLAUSE}#{CLAUSE}" in links[1], links[:5]  # the clause's own entry ranks first
    shoot(page, "search")


def test_every_clause_has_an_anchor_and_a_case_list() -> None:
    """Over every chapter of the checkout, without a build: each clause is an anchor linking to its case list."""
    model = site.build_model()
    traces = {name: site.trace_index(group, model) for name, group in model.groups.items()}
    cases = model.cases
    annotated_chapters = {
        chapter: site.annotate_chapter((site.SPEC_ROOT / chapter).read_text(encoding="utf-8"), chapter, model)
        for chapter in site.chapters(model)
    }
    for definition in regen.spec_clauses():
        annotated = annotated_chapters[definition.path.relative_to(site.SPEC_ROOT).as_posix()]
        group = definition.id.split(".")[0]
        assert f'id="{definition.id}" href="#{definition.id}"' in annotated, definition.id
        assert f"trace/{group}/index.md#{definition.id})" in annotated, definition.id
        trace = traces[group]
        assert f'## {definition.id} {{ id="{definition.id}" }}' in trace
        citing = [c for c in cases if definition.id in c.clauses]
        for case in citing:
            assert f"`{case.id}`" in trace.split(f"## {definition.id} ")[1].split("\n## ")[0]


def test_uncited_must_clause_is_red_on_the_coverage_page() -> None:
    model = site.build_model([FORMAT])
    group = model.groups[FORMAT]
    clause = next(c for c in group.clauses if c.level == "MUST")
    for case in clause.citing:  # as if no case cited it: regen's rule must now name it
        case.clauses = tuple(c for c in case.clauses if c != clause.id)
    rebuilt = site.model_from(model.cases, [FORMAT])
    assert clause.id in rebuilt.uncovered
    assert f"[`{clause.id}`]" in site.coverage_page(rebuilt.groups[FORMAT], rebuilt)
    row = next(line for line in site.coverage_page(rebuilt.groups[FORMAT], rebuilt).splitlines() if clause.id in line)
    assert 'class="uncovered"' in row
    assert not model.uncovered & {clause.id}


def test_corpus_archive_manifest_matches_the_corpus(built: Path) -> None:
    with zipfile.ZipFile(built / "downloads" / f"{FORMAT}-corpus.zip") as archive:
        manifest = json.loads(archive.read(f"{FORMAT}/manifest.json"))
        names = set(archive.namelist())
        on_disk = sorted(
            p for p in (CORPUS_ROOT / FORMAT).rglob("*") if p.is_file() and p.suffix != ".json"
        )  # every input file of the corpus, found without the case loader
        listed = {}
        for case in manifest["cases"]:
            assert f"{FORMAT}/{case['expectation']}" in names
            expectation = json.loads(archive.read(f"{FORMAT}/{case['expectation']}"))
            assert expectation["clauses"] == case["clauses"]
            files = {"": case["sha256"]} if "sha256" in case else case["files"]
            for name, digest in files.items():
                member = f"{FORMAT}/{case['input']}{name}"
                assert hashlib.sha256(archive.read(member)).hexdigest() == digest
                listed[member] = digest
    assert len(listed) == len(on_disk)
    for path in on_disk:
        member = f"{FORMAT}/cases/" + path.relative_to(CORPUS_ROOT / FORMAT).as_posix()
        assert listed[member] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_dashboard_puts_failures_first_and_links_to_the_answer() -> None:
    """A report in the runner's JSON format, as `conformance site --reports` reads it: the failing case's row leads
    its clause, and its cell links to that implementation's answer on the case page."""
    model = site.build_model([FORMAT])
    clause = model.clauses[CLAUSE]
    passing, failing = clause.citing[0], clause.citing[-1]

    def result(case_id: str, status: str) -> dict[str, object]:
        return {
            "id": case_id,
            "case": case_id,
            "format": FORMAT,
            "kind": "decode",
            "profile": "upstream",
            "status": status,
            "expected": "reject:bad_magic",
            "got": "accept" if status == "fail" else "reject:bad_magic",
            "message": "",
            "expected_failure": False,
            "clauses": [CLAUSE],
            **({"output": {"status": "ok", "model": {"answered": True}}} if status == "fail" else {}),
        }

    report = {
        "implementation": "their-reader",
        "summary_line": "FAILED",
        "results": [result(passing.id, "pass"), result(failing.id, "fail")],
    }
    model = site.model_from(model.cases, [FORMAT], [report])
    section = site.dashboard_page(model.groups[FORMAT], model).split(f'{{ id="{CLAUSE}" }}')[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| [`")]
    assert failing.id in rows[0] and passing.id in rows[1]
    assert f"{failing.id.split('/')[-1]}.md#result-their-reader)" in rows[0] and "status-fail" in rows[0]
    page = site.case_markdown(failing, model)
    answer = page.split("{ #result-their-reader }")[1]
    assert "status-fail" in answer and "&quot;answered&quot;: true" in answer

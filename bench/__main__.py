"""`make bench`: run every benchmark module once, print the speed table and write the results.

    python -m bench [--quick] [--only NAME ...] [--record | --out FILE]

Speed goals live here, never in timed tests. Each module's `run(quick=...)` returns a JSON-able dict with its
raw numbers and, under "rows", its rows of the table (`bench.row`: name, measured, baseline, ratio, goal,
met). A run writes `reports/bench/results.json` (never a tracked file); `--record` (`make bench-record`)
writes the committed `bench/results.json` instead. `--quick` runs every row at its smallest (the smoke test
of the results' shape; its numbers mean nothing). The table lists every row of the issue's table
(`bench.ISSUE_ROWS`), "not measured" for a row no module produced.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import ISSUE_ROWS, MISSED_BECAUSE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RECORDED = HERE / "results.json"
REPORT = ROOT / "reports" / "bench" / "results.json"


def modules() -> list[str]:
    return [path.stem for path in sorted(HERE.glob("*.py")) if not path.name.startswith("_")]


def run_module(name: str, quick: bool) -> dict[str, Any]:
    run = importlib.import_module(f"bench.{name}").run
    return run(quick=True) if quick and "quick" in inspect.signature(run).parameters else run()


class ModuleFailed(Exception):
    """A benchmark module raised or died in its process (the message is its traceback or stderr)."""


def run_isolated(name: str, quick: bool) -> dict[str, Any]:
    """`run_module` in a process of its own: a heap left by an earlier module (its garbage collections)
    must not slow the next one's measurements."""
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        out = Path(scratch) / "outcome.json"
        code = (
            "import json, sys; from bench.__main__ import run_module; "
            "outcome = run_module(sys.argv[1], sys.argv[2] == 'quick'); "
            "open(sys.argv[3], 'w', encoding='utf-8').write(json.dumps(outcome))"
        )
        argv = [sys.executable, "-c", code, name, "quick" if quick else "full", str(out)]
        done = subprocess.run(argv, cwd=ROOT, stdout=sys.stderr, stderr=subprocess.PIPE, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            raise ModuleFailed(done.stderr[-4000:] or f"exit code {done.returncode}")
        return json.loads(out.read_text(encoding="utf-8"))


def number(value: float | None) -> str:
    if value is None:
        return "—"
    if value == 0 or 0.01 <= abs(value) < 100_000:
        return f"{value:.4g}"
    return f"{value:.3g}"


def side(measured: dict[str, Any] | None) -> str:
    if not measured or measured["value"] is None:
        return "—"
    return f"{number(measured['value'])} {measured['unit']}"


def table(rows: list[dict[str, Any]]) -> str:
    lines = [("row", "measured", "baseline", "ratio", "goal", "met")]
    for r in rows:
        measured, baseline = r.get("measured"), r.get("baseline")
        lines.append(
            (
                r["name"],
                side(measured),
                side(baseline),
                number(r.get("ratio")),
                r["goal"]["text"] if r.get("goal") else "—",
                {True: "met", False: "MISSED", None: "—"}[r.get("met")] if "met" in r else "not measured",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(6)]
    rendered = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    rendered.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(rendered)


def explain_missed(rows: list[dict[str, Any]]) -> None:
    """Attach to every missed row what its profile shows and what would close it (`bench.MISSED_BECAUSE`),
    and print them under the table; a missed row nobody explained says so."""
    missed = [r for r in rows if r.get("met") is False]
    if not missed:
        return
    print("\nmissed rows: what the profile shows, and what would close them")
    for r in missed:
        r["explained"] = MISSED_BECAUSE.get(r["name"], "")
        print(f"- {r['name']}: {r['explained'] or 'UNEXPLAINED (add it to bench.MISSED_BECAUSE)'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every row at its smallest: shape, not speed")
    parser.add_argument("--only", action="append", default=[], help="only this module (repeatable)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--record", action="store_true", help="write the committed bench/results.json")
    where.add_argument("--out", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    out = RECORDED if args.record else (args.out or REPORT)
    names = args.only or modules()
    unknown = sorted(set(names) - set(modules()))
    if unknown:
        parser.error(f"no benchmark module {', '.join(unknown)} (known: {', '.join(modules())})")
    results: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "processor": platform.machine(),
        },
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "quick": args.quick,
        "rows": [],
        "benchmarks": {},
        "errors": {},
    }
    for name in names:
        print(f"bench: {name} …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            outcome = run_isolated(name, args.quick)
        except ModuleFailed as failure:  # one broken benchmark must not hide the others' numbers
            results["errors"][name] = str(failure)
            print(results["errors"][name], file=sys.stderr, flush=True)
            continue
        rows = outcome.pop("rows", [])
        for r in rows:
            r["module"] = name
        results["rows"].extend(rows)
        results["benchmarks"][name] = {**outcome, "wall_s": round(time.perf_counter() - start, 3)}
    measured = {r["name"] for r in results["rows"]}
    if not args.only:
        missing = [n for n in ISSUE_ROWS if n not in measured]
        results["not_measured"] = missing
    order = {name: index for index, name in enumerate(ISSUE_ROWS)}
    results["rows"].sort(key=lambda r: (order.get(r["name"], len(order)), r["module"], r["name"]))
    unmeasured = results.get("not_measured", [])
    placeholders = [{"name": n, "measured": None, "baseline": None, "goal": None} for n in unmeasured]
    print(table(sorted(results["rows"] + placeholders, key=lambda r: order.get(r["name"], len(order)))))
    explain_missed(results["rows"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    try:
        shown_path = out.resolve().relative_to(ROOT)
    except ValueError:
        shown_path = out
    print(f"bench: wrote {shown_path}", file=sys.stderr)
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())

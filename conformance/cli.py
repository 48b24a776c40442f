"""`conformance`: run the suite against an implementation, draw reports, regenerate the corpus, inspect files."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.registry import available_formats, format_module

if TYPE_CHECKING:
    from binfmt_conformance.conformance.results import Result

# The runner's modules (plan, judges, reports, sessions) are imported by the commands that use them, so that a
# format tool (`conformance plcbundle verify`, ...) starts without them: its whole-process time is its own.


def printable(*args: Any) -> str:
    from binfmt_conformance.conformance.results import printable as render

    return render(*args)


def hexdump(data: bytes, limit: int = 2048) -> str:
    lines = []
    for offset in range(0, min(len(data), limit), 16):
        chunk = data[offset : offset + 16]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"  {offset:08x}  {chunk.hex(' '):<47}  {text}")
    if len(data) > limit:
        lines.append(f"  … {len(data) - limit} more bytes")
    return "\n".join(lines) or "  (empty)"


def pretty_json(data: bytes, limit: int = 1 << 16) -> str | None:
    """A JSON payload (a model or an answer, or a serve frame's body), indented for reading; None when it is
    not JSON or too large to show."""
    from binfmt_conformance.conformance.testee import parse_json

    for body in (data, data[4:]):
        if not body or len(body) > limit:
            continue
        try:
            text = json.dumps(parse_json(body), indent=2, ensure_ascii=False)
        except (ValueError, RecursionError):
            continue
        return "\n".join("   " + printable(line, 200) for line in text.splitlines())
    return None


def dump(result: Result) -> str:
    reply = result.reply
    clauses = f" [{', '.join(result.check.clauses)}]" if result.check.clauses else ""
    out = [
        f"== {result.check.id} [{result.check.kind}, profile {result.check.profile}]{clauses}",
        f"   expected {result.check.expected}; got {printable(result.got)}; status {result.status}",
        f"   {printable(result.message)}" if result.message else "",
    ]
    if reply is not None:
        out += [
            f"   command: {' '.join(printable(a, 200) for a in reply.argv)}",
            f"   exit code: {reply.exit_code}",
        ]
        for title, data in (("sent", reply.sent), ("received", reply.received)):
            out += [f"-- {title} ({len(data)} bytes)", hexdump(data)]
            shown = pretty_json(data)
            if shown:
                out += [f"-- {title}, as JSON", shown]
        if reply.stderr:
            out += ["-- stderr", *(printable(line, 300) for line in reply.stderr.splitlines())]
    return "\n".join(line for line in out if line)


def save_exchange(result: Result, folder: Path) -> str:
    """The exact bytes of a replayed check, whole, beside the (possibly shortened) hex dump."""
    if result.reply is None:
        return ""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / result.check.id.replace("/", "__").replace("@", "_at_").replace("#", "_")
    stem.with_suffix(".sent").write_bytes(result.reply.sent)
    stem.with_suffix(".received").write_bytes(result.reply.received)
    return f"-- exact bytes: {stem}.sent, {stem}.received"


def progress_bar(
    enabled: bool,
) -> tuple[Callable[[int], Callable[[Result], None]] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("[bold]conformance"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        transient=True,
    )

    def factory(total: int) -> Callable[[Result], None]:
        bar.start()
        task = bar.add_task("", total=total)
        failures = [0]

        def advance(result: Result) -> None:
            failures[0] += result.status not in ("pass", "skip")
            bar.update(task, advance=1, description=f"{failures[0]} not passing")

        return advance

    return factory, bar.stop


def breakdown(results: list[Result]) -> str:
    """Checks per format and kind, by status: where the summary's numbers come from."""
    from binfmt_conformance.formats.protocol import STATUSES

    rows: dict[tuple[str, str], dict[str, int]] = {}
    for result in results:
        counts = rows.setdefault((result.check.format, result.check.kind), dict.fromkeys(STATUSES, 0))
        counts[result.status] += 1
    header = f"{'format':<10} {'kind':<16} " + " ".join(f"{s:>10}" for s in STATUSES)
    lines = [header, "-" * len(header)]
    for (format_name, kind), counts in sorted(rows.items()):
        lines.append(f"{format_name:<10} {kind:<16} " + " ".join(f"{counts[s]:>10}" for s in STATUSES))
    return "\n".join(lines)


def load_skips(argument: str | None, impl: str) -> set[str] | None:
    from binfmt_conformance.conformance.cases import REPO_ROOT
    from binfmt_conformance.conformance.execution import SKIP_LISTS

    path = argument or SKIP_LISTS.get(impl)
    if path is None:
        return None
    if path == "none":
        return set()
    return set(json.loads((REPO_ROOT / path if not Path(path).is_absolute() else Path(path)).read_text()))


def command_run(args: argparse.Namespace) -> int:
    from binfmt_conformance.conformance import report, xfail
    from binfmt_conformance.conformance.execution import run_suite
    from binfmt_conformance.conformance.testee import Limits

    limits = Limits(timeout=args.timeout, output_cap=args.output_cap, memory_mb=args.memory_mb)
    if args.case:
        limits.retained_io = None  # a replay dumps the whole exchange
    xfails, comments = xfail.load(Path(args.xfail)) if args.xfail and Path(args.xfail).exists() else ({}, {})
    if args.xfail and not Path(args.xfail).exists() and not args.fix:
        print(f"conformance: expected-failure file {args.xfail} does not exist", file=sys.stderr)
        return 2
    factory, stop = progress_bar(sys.stderr.isatty() and not args.quiet and not args.case)
    # A replay shows the file's own bytes and a command line to rerun by hand, so it runs per case.
    mode = "per-case" if args.case and args.mode == "auto" else args.mode
    try:
        outcome = run_suite(
            args.impl,
            limits=limits,
            jobs=args.jobs,
            mode=mode,
            profile=args.profile,
            formats=args.format,
            patterns=args.k,
            case_id=args.case,
            seed=args.seed,
            examples=args.examples,
            mutations=args.mutations,
            xfails=xfails,
            allowed_skips=set() if args.no_skips else load_skips(args.skips, args.impl),
            progress_factory=factory,
            sample=args.sample,
        )
    except ValueError as problem:
        stop()
        print(f"conformance: {problem}", file=sys.stderr)
        return 2
    finally:
        stop()
    if args.case:
        for result in outcome.results:
            print(dump(result))
            print(save_exchange(result, Path(args.dump_dir)))
        if not outcome.results:
            print(f"conformance: no check matches {args.case!r}", file=sys.stderr)
            return 2
    elif not args.quiet:
        for result in sorted(outcome.results, key=lambda r: r.check.id):
            if result.unexpected:
                clauses = f" [{', '.join(result.check.clauses)}]" if result.check.clauses else ""
                print(
                    f"{result.status.upper():<10} {result.check.id}{clauses}: expected {result.check.expected}, "
                    f"got {printable(result.got, 80)}. {printable(result.message)}"
                )
        for check_id in outcome.stale_xfails:
            print(f"STALE      {check_id}: listed as an expected failure but no such check ran")
        print(breakdown(outcome.results))
    for spec in args.report:
        kind, _, target = spec.partition(":")
        writer = {"json": report.write_json, "junit": report.write_junit}.get(kind)
        if writer is None or not target:
            print(f"conformance: --report takes json:FILE or junit:FILE, not {spec!r}", file=sys.stderr)
            return 2
        writer(outcome, Path(target))
    if args.fix and args.xfail:
        ran = {result.check.id for result in outcome.results}
        # A partial run (-k, --case, --format, --profile) keeps the entries of the checks it did not select.
        keep = {i: entry for i, entry in xfails.items() if i not in ran and i not in outcome.stale_xfails}
        count = xfail.fix(Path(args.xfail), outcome.results, comments, keep)
        print(f"conformance: wrote {count} expected failures to {args.xfail}")
    print(outcome.summary_line())
    return 0 if outcome.ok or args.fix else 1


def command_report(args: argparse.Namespace) -> int:
    from binfmt_conformance.conformance import report

    report.write_html([Path(p) for p in args.reports], Path(args.html), prune=args.prune, labels=args.label)
    print(f"wrote {args.html}")
    return 0


def command_regen(args: argparse.Namespace) -> int:
    from binfmt_conformance.conformance import regen

    if args.no_cache:
        os.environ["BINFMT_REGEN_CACHE"] = "0"
    known = regen.format_names()
    for name in args.format or []:
        if name not in known:
            raise ValueError(f"--format {name!r} is not a format of this kit (formats: {', '.join(known)})")
    problems = regen.regenerate(check=args.check, formats=args.format)
    for problem in problems:
        print(problem)
    if args.check:
        print("regen --check: " + ("up to date" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


def command_list(args: argparse.Namespace) -> int:
    from binfmt_conformance.conformance.cases import load_cases

    for case in load_cases(formats=args.format):
        outcome = case.expect.outcome if case.expect else "per profile"
        print(f"{case.id}\t{case.operation}\t{outcome}\t{case.description}")
    return 0


def command_site(args: argparse.Namespace) -> int:
    from binfmt_conformance.conformance import site

    return site.main(args.reports, args.format, args.site_dir)


def format_tools(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`conformance <format> …` for every format the registry finds: its `cli.main(argv)` does the work."""
    for name in available_formats():
        tools = format_module(name, "cli")
        tool = sub.add_parser(name, help=tools.HELP, add_help=False)
        tool.add_argument("rest", nargs=argparse.REMAINDER)
        tool.set_defaults(handler=lambda args, main=tools.main: int(main(args.rest) or 0))


def count(minimum: int) -> Callable[[str], int]:
    """An argparse type: an integer of at least `minimum`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return parse


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="conformance", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the suite against an implementation (see spec/protocol.md)")
    run.add_argument("--impl", required=True, help="testee executable, or a shortcut: reference, kaitai, kaitai-js")
    run.add_argument("-j", "--jobs", type=count(1), default=1, help="parallel testee sessions")
    run.add_argument("--format", action="append", help="only this format (repeatable)")
    run.add_argument("-k", action="append", help="only checks whose ID contains this text (repeatable: any)")
    run.add_argument("--sample", type=count(1), help="only the first N checks of each format, kind and profile")
    run.add_argument("--case", help="replay one case (or check) and dump the exact bytes sent and received")
    run.add_argument("--dump-dir", default="reports/replay", help="where --case writes the exact bytes exchanged")
    run.add_argument("--profile", help="run under this profile instead of the testee's default")
    run.add_argument("--seed", type=count(0), default=0, help="seed of property and differential inputs")
    run.add_argument("--examples", type=count(0), default=20, help="hypothesis models per format and direction")
    run.add_argument("--mutations", type=count(0), default=3, help="mutated inputs per golden file")
    run.add_argument("--timeout", type=seconds, default=10.0, help="seconds per request")
    run.add_argument("--output-cap", type=count(1), default=64 << 20, help="bytes of output per request")
    run.add_argument("--memory-mb", type=count(1), default=2048, help="resident memory per testee process")
    run.add_argument("--mode", choices=("auto", "serve", "per-case"), default="auto")
    run.add_argument("--xfail", help="expected-failure file; stale entries fail the run")
    run.add_argument("--fix", action="store_true", help="rewrite the --xfail file from this run")
    run.add_argument("--skips", help="JSON skip list (case ID → reason): other skips fail the run")
    run.add_argument("--no-skips", action="store_true", help="any skip fails the run")
    run.add_argument("--report", action="append", default=[], help="json:FILE or junit:FILE (repeatable)")
    run.add_argument("-q", "--quiet", action="store_true")
    run.set_defaults(handler=command_run)

    rep = sub.add_parser("report", help="draw reports from run reports")
    rep.add_argument("--html", required=True, help="write the cases × implementations matrix here")
    rep.add_argument("--prune", action="store_true", help="one row per distinct result vector")
    rep.add_argument("--label", action="append", help="column label of the next report (repeatable, in order)")
    rep.add_argument("reports", nargs="+")
    rep.set_defaults(handler=command_report)

    regen = sub.add_parser("regen", help="regenerate corpus, byte tables, schemas, parsers, dictionaries")
    regen.add_argument("--check", action="store_true", help="change nothing; fail on any drift")
    regen.add_argument("--format", action="append")
    regen.add_argument("--no-cache", action="store_true", help="compute everything afresh (no .cache/regen/)")
    regen.set_defaults(handler=command_regen)

    listing = sub.add_parser("list", help="list the corpus cases")
    listing.add_argument("--format", action="append")
    listing.set_defaults(handler=command_list)

    site = sub.add_parser("site", help="build the spec site (mkdocs-material) with traceability and a dashboard")
    site.add_argument("--reports", nargs="+", default=[], help="run reports (JSON) to show; default: run the built-ins")
    site.add_argument("--format", action="append", help="only this format (repeatable; a smaller build)")
    site.add_argument("--site-dir", default="site", help="where the site is written")
    site.set_defaults(handler=command_site)

    from binfmt_conformance.conformance import fuzzing, selftest

    fuzzing.add_parser(sub)
    selftest.add_parser(sub)
    format_tools(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in available_formats():  # argparse would take the tool's own --help
            return int(format_module(argv[0], "cli").main(argv[1:]) or 0)
        args = parser().parse_args(argv)
        return args.handler(args)
    except FormatError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:
        print(f"conformance: {printable(str(error))}", file=sys.stderr)
        return 2
    except KeyError as error:
        print(f"conformance: unknown name {printable(str(error))}", file=sys.stderr)
        return 2
    except SystemExit:
        raise
    except Exception as error:  # a bug of the kit: one line for the user, never a traceback
        print(f"conformance: internal error: {printable(repr(error))}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())

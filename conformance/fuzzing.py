"""`conformance fuzz`: differential fuzzing of an implementation against the reference, and triage of findings.

    conformance fuzz --impl PATH --format F [--profile P] [--time S | --runs N] [--seed K]
    conformance fuzz triage [--impl PATH] [--format F]

The engine is `fuzz.differential` (it drives the structure-aware mutators of `fuzz/`); it is imported only
when the subcommand runs, so the rest of `conformance` never imports `fuzz` (formats/README.md, "Layers").
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from binfmt_conformance.conformance.testee import Limits


def engine() -> Any:
    return importlib.import_module("binfmt_conformance.fuzz.differential")


def command_fuzz(args: argparse.Namespace) -> int:
    differential = engine()
    limits = Limits(timeout=args.timeout)
    if args.action == "triage":
        replays = differential.triage(args.impl, args.format, limits)
        for replay in replays:
            verdict = "agrees" if replay.agrees else "DIFFERS"
            print(
                f"{verdict:<8} {replay.case.id}@{replay.profile}: expected {replay.want}, got {replay.got}"
                + (f" ({replay.message})" if replay.message and not replay.agrees else "")
            )
        differing = sum(not r.agrees for r in replays)
        print(
            f"fuzz triage: {len(replays)} findings replayed against {args.impl or 'the reference'}, "
            f"{differing} still differ"
        )
        return 1 if differing else 0
    if not args.impl or not args.format or len(args.format) != 1:
        print("conformance fuzz: --impl and one --format are required (or `conformance fuzz triage`)")
        return 2
    if args.time is not None and args.runs is not None:
        print("conformance fuzz: give --time or --runs, not both")
        return 2
    campaign = differential.fuzz(
        args.impl,
        args.format[0],
        profile=args.profile,
        seconds=args.time,
        runs=args.runs,
        seed=args.seed,
        limits=limits,
        mode=args.mode,
        write=not args.dry_run,
        progress=print,
    )
    print(campaign.summary())
    for finding in campaign.findings:
        if finding.case_id:
            print(f"  replay: conformance run --impl {args.impl} --case {finding.case_id}")
    return 1 if campaign.findings else 0


def add_parser(sub: Any) -> None:
    fuzz = sub.add_parser("fuzz", help="differential fuzzing of an implementation against the reference")
    fuzz.add_argument("action", nargs="?", choices=("triage",), help="triage: list and replay the findings")
    fuzz.add_argument("--impl", help="testee executable, or a shortcut: reference, kaitai, kaitai-js")
    fuzz.add_argument("--format", action="append", help="the format to fuzz (triage: repeatable filter)")
    fuzz.add_argument("--profile", help="the profile to fuzz under (default: the testee's default)")
    fuzz.add_argument("--time", type=float, help="seconds to fuzz (default 60)")
    fuzz.add_argument("--runs", type=int, help="inputs to try instead of a time limit")
    fuzz.add_argument("--seed", type=int, default=0)
    fuzz.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    fuzz.add_argument("--mode", choices=("auto", "serve", "per-case"), default="auto")
    fuzz.add_argument("--dry-run", action="store_true", help="report findings without writing cases")
    fuzz.set_defaults(handler=command_fuzz)

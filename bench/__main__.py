"""`make bench`: run every benchmark module once and write their numbers to bench/results.json.

Speed goals live here, never in timed tests. Each module's `run()` returns a JSON-able dict with its raw
timings, the ratios the issues ask for, and the goal each ratio is measured against.
"""

from __future__ import annotations

import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


def main() -> int:
    results: dict[str, object] = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "processor": platform.machine(),
        },
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "benchmarks": {},
    }
    failed = False
    for path in sorted(HERE.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = path.stem
        print(f"bench: {name} …", flush=True)
        try:
            outcome = importlib.import_module(f"bench.{name}").run()
        except Exception:  # one broken benchmark must not hide the others' numbers
            outcome = {"error": traceback.format_exc(limit=5)}
            failed = True
        results["benchmarks"][name] = outcome  # type: ignore[index]
        print(json.dumps(outcome, indent=1), flush=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"bench: wrote {RESULTS.relative_to(HERE.parent)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""A format tool run through `conformance` starts without the runner's modules (its whole-process time is
the tool's own: plcbundle verify against `zstd -d | sha256sum`, bench/plcbundle.py)."""

from __future__ import annotations

import json
import subprocess
import sys

RUNNER_MODULES = (
    "binfmt_conformance.conformance.plan",
    "binfmt_conformance.conformance.judge",
    "binfmt_conformance.conformance.report",
    "binfmt_conformance.conformance.execution",
    "hypothesis",
)


def test_a_format_tool_does_not_import_the_runner() -> None:
    probe = (
        "import json, sys\n"
        "from conformance import cli\n"
        "try:\n"
        "    cli.main(['plcbundle', 'verify', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps([m for m in {RUNNER_MODULES!r} if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []

"""Expected-failure lists that cannot go stale (as protobuf's conformance runner does).

One entry a line: `CHECK-ID STATUS [GOT]  # optional comment`, e.g.
    ach/malformed/body/truncated-msgpack fail reject:invalid_value  # reports the wrong class, issue 12
An entry whose check passes, fails differently, or no longer exists fails the run; `--fix` rewrites the file
from what was observed, keeping the comments of entries that still hold.
"""

from __future__ import annotations

from pathlib import Path

from binfmt_conformance.conformance.results import Result
from binfmt_conformance.formats.protocol import PASS, SKIP


def load(path: Path) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    entries: dict[str, tuple[str, str | None]] = {}
    comments: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line, _, comment = raw.partition("#")
        words = line.split()
        if not words:
            continue
        if len(words) not in (2, 3):
            raise ValueError(f"{path}:{number}: expected `CHECK-ID STATUS [GOT]`, found {raw!r}")
        entries[words[0]] = (words[1], words[2] if len(words) == 3 else None)
        if comment.strip():
            comments[words[0]] = comment.strip()
    return entries, comments


def fix(
    path: Path, results: list[Result], comments: dict[str, str], keep: dict[str, tuple[str, str | None]] | None = None
) -> int:
    """Rewrite `path` to list exactly the results that did not pass (skips excluded), plus the `keep` entries
    (those of checks a partial run did not select); returns the count."""
    lines = {}
    for result in results:
        if result.status in (PASS, SKIP):
            continue
        check_id = result.check.id
        comment = comments.get(check_id) or (result.message.splitlines()[0][:120] if result.message else "")
        lines[check_id] = f"{check_id} {result.status} {result.got}" + (f"  # {comment}" if comment else "")
    for check_id, (status, got) in (keep or {}).items():
        comment = comments.get(check_id)
        lines[check_id] = f"{check_id} {status}" + (f" {got}" if got else "") + (f"  # {comment}" if comment else "")
    path.write_text("".join(lines[i] + "\n" for i in sorted(lines)), encoding="utf-8")
    return len(lines)

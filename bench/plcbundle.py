"""Benchmark: plcbundle random access (framed vs legacy) and repository verification throughput.

    python bench/plcbundle.py [--repeat R]

`run()` returns (seconds are the best of `repeat` runs):
- `access_s`: get_operation at positions 0, 5000 and 9999 of a 10,000-record framed bundle (strict profile:
  metadata frame + one data frame decompressed), and `legacy_scan_s`: position 9999 of the same records as a
  legacy bundle (a full sequential scan, the upstream `go` reader, no record parsed);
- `ratio_9999_vs_0` (goal ≤ 1.2) and `ratio_legacy_scan_vs_framed_9999` (goal ≥ 50);
- `verify_s`: `verify_repository` (strict: every frame walked and decompressed, every record parsed and
  checked, all hashes and the chain recomputed) on a repository of two bundles, against `zstd_sha256_s`:
  `zstd -d -c <bundles> | sha256sum` on the same files, and `ratio_verify_vs_zstd_sha256` = zstd_sha256_s /
  verify_s (goal ≥ 0.5). `json_parser` says which JSON parser the reader used (orjson when installed).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import best_of, interleaved, measure, row
from binfmt_conformance.corpus.generators import plcbundle_ops as ops
from binfmt_conformance.formats.plcbundle import schema
from binfmt_conformance.reference_impl.plcbundle import jsontext, reader, repository, writer

SCENARIOS = (*ops.UPDATE_SCENARIOS, "recovery", "tombstone", "wrong_prev", "cid_mismatch", "duplicate")


def signed_lines() -> list[str]:
    stream = ops.generate_stream(
        51, 1500, episodes_per_did=6, scenarios=SCENARIOS, curves=("p256",), legacy_fraction=0.1
    )
    return list(stream.lines)


def run(repeat: int = 20, quick: bool = False) -> dict[str, Any]:
    if quick:
        repeat = 2
    result = measured(repeat)
    zstd_s = result.get("zstd_sha256_s")
    pipeline = measure("zstd -d -c <bundles> | sha256sum", zstd_s)
    result["rows"] = [
        row(
            "plcbundle-verify",
            measured=measure("repository.verify_repository (strict), 2 bundles", result["verify_s"]),
            baseline=pipeline,
            ratio=None if zstd_s is None else zstd_s / result["verify_s"],
            goal="ratio >= 0.5",
            note="ratio = pipeline / verify (as fast as)",
        ),
        row(
            "plcbundle-verify-process",
            measured=measure("conformance plcbundle verify <repository>, whole process", result["verify_process_s"]),
            baseline=measure("zstd -d -c <bundles> | sha256sum, whole process", result.get("zstd_sha256_process_s")),
            ratio=None if zstd_s is None else result["zstd_sha256_process_s"] / result["verify_process_s"],
            goal="ratio >= 0.5",
            note="ratio = pipeline / verify (as fast as)",
        ),
        row(
            "plcbundle-access-9999-vs-0",
            measured=measure("get_operation at position 9999, framed", result["access_s"]["9999"]),
            baseline=measure("get_operation at position 0, framed", result["access_s"]["0"]),
            goal="ratio <= 1.2",
        ),
        row(
            "plcbundle-legacy-scan",
            measured=measure("get_operation 9999 of a legacy bundle (sequential scan)", result["legacy_scan_s"]),
            baseline=measure("get_operation 9999 of a framed bundle", result["access_s"]["9999"]),
            goal="ratio >= 50",
        ),
    ]
    return result


def measured(repeat: int) -> dict[str, Any]:
    lines = signed_lines()
    head, tail = lines[: schema.RECORDS_PER_BUNDLE], lines[schema.RECORDS_PER_BUNDLE :]
    framed = writer.write_framed(head, "strict")
    legacy = writer.write_legacy(head)
    access = {str(p): best_of(repeat, lambda p=p: reader.get_operation(framed, p, "strict")) for p in (0, 5000, 9999)}
    legacy_scan = best_of(max(3, repeat // 4), lambda: reader.get_operation(legacy, 9999, "go"))
    result: dict[str, Any] = {
        "records": len(head),
        "framed_bytes": len(framed),
        "legacy_bytes": len(legacy),
        "content_bytes": len(writer.content_of(head)),
        "access_s": access,
        "legacy_scan_s": legacy_scan,
        "ratio_9999_vs_0": access["9999"] / access["0"],
        "ratio_legacy_scan_vs_framed_9999": legacy_scan / access["9999"],
        "goals": {
            "ratio_9999_vs_0": "<= 1.2",
            "ratio_legacy_scan_vs_framed_9999": ">= 50",
            "ratio_verify_vs_zstd_sha256": ">= 0.5",
        },
        "json_parser": "orjson" if jsontext._orjson is not None else "json (stdlib)",
    }
    with tempfile.TemporaryDirectory(prefix="plcbundle-bench-") as scratch:
        root = Path(scratch)
        repository.write_files(root, repository.build_repository([head, tail], "strict"))
        report = repository.verify_repository(root, "strict")
        assert report.ok, report.text()
        files = sorted(str(p) for p in root.glob("*.jsonl.zst"))
        command = "zstd -q -d -c " + " ".join(files) + " | sha256sum"
        verify = [sys.executable, "-m", "binfmt_conformance.conformance.cli", "plcbundle", "verify", str(root)]
        actions = [
            lambda: repository.verify_repository(root, "strict"),
            lambda: subprocess.run(verify, check=True, capture_output=True),
        ]
        have_zstd = bool(shutil.which("zstd") and shutil.which("sha256sum"))
        if have_zstd:
            actions.append(lambda: subprocess.run(command, shell=True, check=True, capture_output=True))
        times = interleaved(max(3, repeat // 4), *actions)
        result["verify_s"], result["verify_process_s"] = times[0], times[1]
        result["zstd_sha256_s"] = result["zstd_sha256_process_s"] = times[2] if have_zstd else None
        if have_zstd:
            result["ratio_verify_vs_zstd_sha256"] = times[2] / times[0]
            result["ratio_verify_process_vs_zstd_sha256"] = times[2] / times[1]
        result["verify_mb_per_s"] = sum(len(writer.content_of(b)) for b in (head, tail)) / result["verify_s"] / 1e6
    return result


if __name__ == "__main__":
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    print(json.dumps(run(parser.parse_args().repeat), indent=1))

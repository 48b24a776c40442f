"""Shared helpers of the Kaitai tests: node and the pinned compiler/runtime must be there (node is on every
machine of this project; tools/ksc/node_modules is installed from the lock file on first use)."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from binfmt_conformance.formats import kaitai_build

REPO = kaitai_build.REPO_ROOT
ADAPTER = REPO / "reference_impl" / "kaitai_js" / "adapter.js"


@pytest.fixture(scope="session")
def node_ready() -> str:
    kaitai_build.ensure_node_modules()
    return kaitai_build.node_binary()


def real_ach() -> Path:
    """The one real `.ach` file: the corpus copy, or the copy kept beside these tests."""
    corpus = REPO / "corpus" / "ach" / "real-world" / "test.ach"
    return corpus if corpus.is_file() else Path(__file__).parent / "data" / "test.ach"


def js_decode_batch(node: str, inputs: list[bytes]) -> list[tuple[int, Any]]:
    """Decode many `.fzb` inputs in one node process: [(exit code, answer)]."""
    payload = json.dumps([base64.b64encode(data).decode() for data in inputs]).encode()
    done = subprocess.run(
        [node, str(ADAPTER), "decode-batch", "fzb"], input=payload, capture_output=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode()
    return [(code, answer) for code, answer in json.loads(done.stdout)]

"""The real files under the conformance host: hello_tui.fzb, tui.fzb and the legacy hello.fzb."""

from __future__ import annotations

from pathlib import Path

import pytest

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.fzb import FORMAT

REAL = Path(__file__).resolve().parents[2] / "corpus" / "fzb" / "real-world"


def execute(name: str, profile: str) -> dict:
    return FORMAT.operate("execute", profile, (REAL / name).read_bytes(), {})


def test_hello_tui_under_upstream() -> None:
    for profile in ("upstream", "strict"):
        assert execute("hello_tui.fzb", profile) == {"result": {"variant": "Unit"}, "stdout": "Buffer created: 40x10\n"}


def test_hello_tui_under_intended_meets_the_compilers_slot_reuse() -> None:
    with pytest.raises(FormatError) as caught:
        execute("hello_tui.fzb", "intended")
    assert caught.value.error_class.value == "runtime_type_mismatch"


@pytest.mark.parametrize("profile", ["upstream", "strict", "intended"])
def test_tui_returns_unit(profile: str) -> None:
    assert execute("tui.fzb", profile) == {"result": {"variant": "Unit"}, "stdout": ""}


def test_legacy_hello() -> None:
    assert execute("hello-legacy.fzb", "legacy-b248970") == {
        "result": {"variant": "Str", "value": "Hello, FSRS!"},
        "stdout": "",
    }

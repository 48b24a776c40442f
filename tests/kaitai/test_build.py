"""The committed Kaitai parsers are what the pinned compiler makes of the specs, offline and reproducibly; the
node toolchain is pinned without naming a registry; the specs' constants are the schema's."""

from __future__ import annotations

import functools
import json
import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from kaitaistruct import KaitaiStream

from binfmt_conformance.formats import kaitai_build
from binfmt_conformance.formats.ach import limits as ach_limits
from binfmt_conformance.formats.ach import schema as ach_schema
from binfmt_conformance.formats.ach.kaitai.ach import Ach
from binfmt_conformance.formats.fzb import limits as fzb_limits
from binfmt_conformance.formats.fzb import schema as fzb_schema
from binfmt_conformance.formats.fzb.kaitai.fzb import Fzb
from binfmt_conformance.reference_impl.kaitai_js import type_tree

from .conftest import REPO, real_ach

KSC = REPO / "tools" / "ksc"


@functools.cache
def compiled(ksy: Path, lang: str) -> dict[str, str]:
    return kaitai_build.compile_ksy(ksy, lang)


def test_every_spec_is_a_target() -> None:
    targets = [
        (ksy.relative_to(REPO).as_posix(), lang, out.relative_to(REPO).as_posix())
        for ksy, lang, out in kaitai_build.generated_targets()
    ]
    assert ("formats/ach/ach.ksy", "python", "formats/ach/kaitai") in targets
    assert ("formats/fzb/fzb.ksy", "python", "formats/fzb/kaitai") in targets
    assert ("formats/fzb/fzb.ksy", "javascript", "formats/fzb/kaitai") in targets
    specs = {
        p.relative_to(REPO).as_posix()
        for p in (REPO / "formats").glob("*/*.ksy")
        if p.stem == p.parent.name and not p.stem.startswith("_")
    }
    assert {ksy for ksy, _, _ in targets} == specs
    assert len(set(targets)) == len(targets)


@pytest.mark.parametrize(
    ("ksy", "lang", "out"), kaitai_build.generated_targets(), ids=lambda v: v if isinstance(v, str) else v.name
)
def test_committed_code_is_what_the_compiler_writes(node_ready, ksy, lang, out) -> None:
    generated = compiled(ksy, lang)
    assert generated, f"the compiler wrote nothing for {ksy.name} in {lang}"
    for name, source in generated.items():
        committed = out / name
        assert committed.is_file(), (
            f"{committed.relative_to(REPO)} is missing: run python -m binfmt_conformance.formats.kaitai_build"
        )
        assert committed.read_text(encoding="utf-8") == source, (
            f"{committed.relative_to(REPO)} is stale: run python -m binfmt_conformance.formats.kaitai_build"
        )


def test_command_line_writes_what_the_helper_returns(node_ready, tmp_path) -> None:
    ksy = REPO / "formats" / "fzb" / "fzb.ksy"
    subprocess.run(
        [
            node_ready,
            str(KSC / "compile.js"),
            "--lang",
            "python",
            "--lang",
            "javascript",
            "--out",
            str(tmp_path),
            str(ksy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    expected = {**compiled(ksy, "python"), **compiled(ksy, "javascript")}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(expected) == ["Fzb.js", "fzb.py"]
    for name, source in expected.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == source


def test_a_broken_spec_is_reported_with_its_path(node_ready, tmp_path) -> None:
    broken = tmp_path / "broken.ksy"
    broken.write_text("meta:\n  id: broken\nseq:\n  - id: x\n    type: no_such_type\n", encoding="utf-8")
    with pytest.raises(kaitai_build.KaitaiBuildError, match="no_such_type"):
        kaitai_build.compile_ksy(broken, "python")


def test_type_tree_of_the_js_adapter_is_current() -> None:
    assert type_tree.FZB_TYPES.read_text(encoding="utf-8") == type_tree.render(type_tree.fzb_types()), (
        "reference_impl/kaitai_js/fzb-types.json is stale: "
        "run python -m binfmt_conformance.reference_impl.kaitai_js.type_tree"
    )


def test_node_packages_are_pinned_and_the_lock_names_no_registry() -> None:
    package = json.loads((KSC / "package.json").read_text(encoding="utf-8"))
    pins = {"js-yaml": "5.5.0", "kaitai-struct": "0.11.0", "kaitai-struct-compiler": "0.11.0"}
    assert package["dependencies"] == pins
    lock_text = (KSC / "package-lock.json").read_text(encoding="utf-8")
    lock = json.loads(lock_text)
    for name, version in package["dependencies"].items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
    assert all("resolved" not in entry for entry in lock["packages"].values())
    # the only addresses left are the packages' funding pages
    funding = {f["url"] for entry in lock["packages"].values() for f in entry.get("funding", [])}
    assert set(re.findall(r"[a-z]+://[^\"]+", lock_text)) == funding


def test_spec_constants_are_the_schemas() -> None:
    parsed = Ach(KaitaiStream(BytesIO(real_ach().read_bytes())))
    assert parsed.header_size == ach_schema.HEADER_SIZE
    assert parsed.checksum_size == ach_schema.CHECKSUM_SIZE
    assert parsed.max_body_size == ach_limits.MAX_BODY_SIZE
    assert parsed.header.magic == ach_schema.MAGIC
    chunk = Fzb(KaitaiStream(BytesIO(fzb_schema.FZB_MAGIC + b"\x01" + bytes(8 * 3 + 1 + 8 + 2))))
    assert chunk.header.magic == fzb_schema.FZB_MAGIC
    assert chunk.version == fzb_schema.FZB_VERSION
    assert chunk.max_depth == fzb_limits.MAX_DEPTH
    assert chunk.max_items == fzb_limits.MAX_ITEMS

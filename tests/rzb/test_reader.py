"""The `.rzb` reader, writer and tools on hand-made bytes: profiles, load order, strictness, the API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binfmt_conformance.corpus.generators import rzb_build as build
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.reference_impl.registry import get_format
from binfmt_conformance.reference_impl.rzb import api, cli, reader, strategies, writer

E = ErrorClass


def rejects(data: bytes, profile: str) -> tuple[ErrorClass, str | None]:
    with pytest.raises(FormatError) as caught:
        reader.read_bundle(data, profile)
    return caught.value.error_class, caught.value.clause


def test_postcard_bytes_of_a_small_bundle() -> None:
    """The exact postcard bytes of an empty bundle, written out by hand from research A1/A2."""
    empty = build.bundle([], build_info={"compiler_version": "v", "build_timestamp": 300, "target_platform": "a",
                                         "source_files": []})  # fmt: skip
    want = bytes.fromhex("525a424601000000000000000000000176ac02016100")
    assert writer.encode_payload(empty) == want
    decoded = reader.read_bundle(want, "auto")
    assert decoded.generations == ["S0", "S1", "S2", "S3", "S4", "S5", "S6"] and decoded.value == empty


def test_load_order_profiles() -> None:
    good = writer.encode_payload(build.bundle())
    garbage = b"RZBX\x01\x00\x00\x00\xff\xff"
    assert rejects(garbage, "auto")[0] is E.TRUNCATED  # decode first: the body fails before the magic check
    assert rejects(garbage, "newer-loader") == (E.BAD_MAGIC, "rzb.header.magic")
    assert rejects(b"RZBX" + good[4:], "s6") == (E.BAD_MAGIC, "rzb.header.magic")
    assert rejects(good[:-1], "newer-loader") == (E.DECOMPRESSION_FAILED, "rzb.order.newer-body")
    assert rejects(good[:-1], "s6") == (E.TRUNCATED, "rzb.wire.length")  # source_files count 1, no bytes left
    assert rejects(b"RZB", "strict") == (E.TRUNCATED, "rzb.header.size")


def test_strict_and_trailing() -> None:
    good = writer.encode_payload(build.bundle())
    assert reader.read_bundle(good + b"\x00", "s6").end == len(good)
    assert rejects(good + b"\x00", "auto") == (E.TRAILING_DATA, "rzb.generation.exact")
    assert rejects(good + b"\x00", "strict")[0] is E.TRAILING_DATA
    padded = good[:4] + b"\x81\x00" + good[5:]  # version 1, non-minimal
    assert reader.read_bundle(padded, "auto").value["version"] == 1
    assert rejects(padded, "strict") == (E.INVALID_VALUE, "rzb.strict.varint")


def test_zstd_layer() -> None:
    payload = writer.encode_payload(build.bundle())
    frame = writer.wrap(payload, "Zstd")
    assert zstandard.ZstdDecompressor().decompressobj().decompress(frame) == payload
    assert reader.read_bundle(frame).container == "Zstd"
    assert rejects(frame + b"xx", "auto") == (E.DECOMPRESSION_FAILED, "rzb.container.zstd")
    assert rejects(frame[:-3], "s6")[0] is E.DECOMPRESSION_FAILED


def test_model_round_trip_and_named_profile_encoding() -> None:
    rzb = get_format("rzb")
    data = writer.write_bytes(build.bundle(compressed=True), "S6", "Zstd")
    document = rzb.decode(data, "auto")
    assert document["generations"] == ["S6"] and document["container"] == {"variant": "Zstd"}
    assert rzb.canonical_view(rzb.encode(document, "auto")) == rzb.canonical_view(data)
    with pytest.raises(FormatError) as caught:
        rzb.encode(document, "s5")  # the model lists S6 only
    assert caught.value.error_class is E.INVALID_MODEL
    json.dumps(rzb.model_schema())


def test_save_bundle_is_atomic_and_compresses_by_flag(tmp_path: Path) -> None:
    bundle = api.new_bundle([build.module()], "main", "main", 0, compressed=True, build_timestamp=5)
    assert bundle["module_table"] == [{"name": "main", "offset": 0, "size": 0}]
    target = tmp_path / "app.rzb"
    api.save_bundle(bundle, target)
    assert target.read_bytes()[:4] == b"\x28\xb5\x2f\xfd"
    assert [p.name for p in tmp_path.iterdir()] == ["app.rzb"]
    assert api.load_bundle(target).value == bundle
    bundle["flags"]["compressed"] = False
    api.save_bundle(bundle, target)
    assert target.read_bytes()[:4] == api.BUNDLE_MAGIC


def test_cli_info_and_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "app.rzb"
    api.save_bundle(api.new_bundle([build.module()], "main", "main", 0, build_timestamp=0), target)
    assert cli.main(["info", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Version: 1" in out and "main (1 functions)" in out and "Generations: S6" in out
    assert "1970-01-01 00:00:00 UTC" in out
    assert cli.main(["dump", str(target), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["bundle"]["entry_function"] == "main"


FORMAT = get_format("rzb")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from([schema.GENERATIONS[0], schema.GENERATIONS[-1]]).flatmap(strategies.documents))
def test_documents_of_the_strategy_round_trip(document: Any) -> None:
    """A model from the type tree, written and read back: the same bundle and container, and its generation
    among those the value decodes under."""
    back = FORMAT.decode(FORMAT.encode(document, FORMAT.default_profile), FORMAT.default_profile)
    assert (back["container"], back["bundle"]) == (document["container"], document["bundle"])
    assert set(document["generations"]) <= set(back["generations"])

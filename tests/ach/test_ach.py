"""The `.ach` reference: the real file, the API (save/restore/metadata, filters, atomic writes), profiles."""

from __future__ import annotations

import hashlib
import math
import os
from pathlib import Path

import pytest
from hypothesis import given, settings

from binfmt_conformance.formats.ach import schema
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.ach import FORMAT, api, reader

REAL = Path(__file__).resolve().parents[2] / "corpus" / "ach" / "real-world" / "test.ach"


def test_real_file_as_the_research_decodes_it() -> None:
    data = REAL.read_bytes()
    assert hashlib.sha256(data).hexdigest() == "0e276c68f3cf1d74fbc29eb834d0b68aa9870993e680a847171c9b73fcd03347"
    parsed = reader.read_file(data, "strict")
    assert (parsed.header.version_major, parsed.header.version_minor, parsed.header.flags) == (1, 0, 1)
    assert parsed.header.created_timestamp == 1763057661
    assert parsed.header.achronyme_version == b"0.1.0" + bytes(11)
    assert parsed.header.compression == 1 and parsed.header.reserved == bytes(27)
    assert len(parsed.payload) == 77
    assert parsed.body == {
        "metadata": {
            "created_by": "Achronyme v0.1.0",
            "created_at": "2025-11-13T18:14:21.645511600+00:00",
            "platform": "windows x86_64",
            "num_bindings": 0,
            "description": None,
            "tags": [],
            "custom": [],
            "binding_names": [],
        },
        "bindings": [],
    }


def test_real_file_round_trips_byte_exact() -> None:
    data = REAL.read_bytes()
    assert FORMAT.encode(FORMAT.decode(data, "upstream"), "upstream") == data


def env() -> dict[str, V]:
    return {
        "x": V("Number", 42.0),
        "name": V("String", "héllo"),
        "m": V("Tensor", [[2, 2], [1.0, 2.0, 3.0, 4.0]]),
        "bad_shape": V("Tensor", [[3], [1.0]]),
        "f": V("BuiltinFunction", "sin"),
        "gen": V("Unsupported", "generator"),
        "nested_unsupported": V("Vector", [V("Unsupported", "iterator")]),
        "tmp_a": V("Null"),
        "tmp_b": V("Boolean", True),
    }


def test_save_writes_what_upstream_writes(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    api.save_environment(env(), target, api.SaveOptions(description="d", tags=["t"]), clock=lambda: 1763623058.5)
    parsed = reader.read_file(target.read_bytes(), "strict")  # strict: metadata consistent, canonical encoding
    metadata = parsed.body["metadata"]
    names = [n for n, _ in parsed.body["bindings"]]
    assert "gen" not in names  # a top-level Unsupported binding is left out
    assert "nested_unsupported" in names  # a nested one is written
    assert metadata["binding_names"] == sorted(names) and metadata["num_bindings"] == len(names) == 8
    assert metadata["description"] == "d" and metadata["tags"] == ["t"]
    assert metadata["created_by"] == "Achronyme v0.6.4"
    assert parsed.header.created_timestamp == 1763623058 and parsed.header.flags == 1


def test_restore_skips_what_upstream_cannot_restore(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    api.save_environment(env(), target)
    restored = api.restore_environment(target)
    assert set(restored) == {"x", "name", "m", "tmp_a", "tmp_b"}
    assert restored["m"] == V("Tensor", [[2, 2], [1.0, 2.0, 3.0, 4.0]])


@pytest.mark.parametrize(
    ("include_only", "exclude", "expected"),
    [
        (None, ["tmp_*"], {"x", "name", "m"}),
        (["x", "tmp_a"], [], {"x", "tmp_a"}),
        ([], [], set()),
        (None, ["*"], set()),
        (None, ["tmp"], {"x", "name", "m", "tmp_a", "tmp_b"}),  # no star: exact match only
    ],
)
def test_filters_as_upstream(
    tmp_path: Path, include_only: list[str] | None, exclude: list[str], expected: set[str]
) -> None:
    target = tmp_path / "env.ach"
    api.save_environment(env(), target)
    restored = api.restore_environment(target, api.RestoreOptions(include_only=include_only, exclude=exclude))
    assert set(restored) == expected
    again = tmp_path / "filtered.ach"
    api.save_environment(env(), again, api.SaveOptions(include_only=include_only, exclude=exclude, compress=False))
    assert set(api.restore_environment(again)) == expected


def test_save_never_overwrites_unless_allowed(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    target.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        api.save_environment(env(), target)
    assert target.read_bytes() == b"precious"
    api.save_environment(env(), target, api.SaveOptions(allow_overwrite=True))
    assert target.read_bytes()[:4] == schema.MAGIC
    assert [p.name for p in tmp_path.iterdir()] == ["env.ach"]  # no temporary file left behind


def test_failed_write_leaves_the_target_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.ach"
    target.write_bytes(b"precious")

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        api.save_environment(env(), target, api.SaveOptions(allow_overwrite=True))
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["env.ach"]


def test_get_metadata_checks_neither_version_nor_checksum(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    api.save_environment({"x": V("Number", 1.0)}, target, api.SaveOptions(compress=False))
    data = bytearray(target.read_bytes())
    data[4] = 2  # major version 2
    data[-1] ^= 0xFF  # checksum broken
    target.write_bytes(bytes(data))
    assert api.get_metadata(target)["binding_names"] == ["x"]
    with pytest.raises(FormatError) as error:
        api.restore_environment(target)
    assert error.value.error_class == ErrorClass.UNSUPPORTED_VERSION


def test_strict_version_and_unverified_checksum(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    api.save_environment({"x": V("Number", 1.0)}, target, api.SaveOptions(compress=False))
    data = bytearray(target.read_bytes())
    data[4] = 0
    target.write_bytes(bytes(data))
    assert api.restore_environment(target) == {"x": V("Number", 1.0)}
    with pytest.raises(FormatError) as error:
        api.restore_environment(target, api.RestoreOptions(strict_version=True))
    assert error.value.error_class == ErrorClass.UNSUPPORTED_VERSION
    data[70] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(FormatError) as error:
        api.restore_environment(target)
    assert error.value.error_class == ErrorClass.CHECKSUM_MISMATCH


def test_encoder_rejects_models_off_the_schema() -> None:
    model = FORMAT.decode(REAL.read_bytes(), "upstream")
    for broken in ({}, {"header": model["header"]}, {**model, "body": {"metadata": 1, "bindings": 2}}):
        with pytest.raises(FormatError) as error:
            FORMAT.encode(broken, "upstream")
        assert error.value.error_class == ErrorClass.INVALID_MODEL


@settings(max_examples=60, deadline=None)
@given(FORMAT.model_strategy())
def test_models_round_trip_under_both_profiles(model: dict) -> None:
    for profile in ("upstream", "strict"):
        data = FORMAT.encode(model, profile)
        assert FORMAT.decode(data, profile) == model
        assert FORMAT.canonical_view(FORMAT.encode(FORMAT.decode(data, profile), profile)) == FORMAT.canonical_view(
            data
        )


def test_nan_and_negative_zero_keep_their_bits(tmp_path: Path) -> None:
    target = tmp_path / "env.ach"
    api.save_environment({"n": V("Number", math.nan), "z": V("Number", -0.0)}, target)
    model = FORMAT.decode(target.read_bytes(), "strict")
    values = {name: value["value"] for name, value in model["body"]["bindings"]["entries"]}
    assert values["n"] == {"type": "f64", "value": "nan", "bits": "7ff8000000000000"}
    assert values["z"] == {"type": "f64", "value": "-0.0"}

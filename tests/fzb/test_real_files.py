"""The three real files: independent evidence that the schema, reader and writer are upstream's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.types import Variant as V
from binfmt_conformance.reference_impl.fzb import FORMAT, api, reader

REAL = Path(__file__).resolve().parents[2] / "corpus" / "fzb" / "real-world"
# sha256 and sizes from the provenance table (../shared/real-world/PROVENANCE.md)
PROVENANCE = {
    "tui.fzb": (138, "2d84e765fd0c840f94f5d6edcc8cfbc69c95a09d57ed6b66ab450706cc7ddf84"),
    "hello_tui.fzb": (1997, "ad0308093dd11878584964c085417cb5bf891897959570aadce9c035b79cf883"),
    "hello-legacy.fzb": (56, "0d70bf5723ed206691c75449145a772dd61e6ff1b76ae7165ec61ef2b2edbf37"),
}
CURRENT_FILES = ("tui.fzb", "hello_tui.fzb")
ZERO_SPAN = {"line": 0, "column": 0, "offset": 0, "length": 0}


def read(name: str) -> bytes:
    return (REAL / name).read_bytes()


@pytest.mark.parametrize("name", sorted(PROVENANCE))
def test_copies_match_provenance(name: str) -> None:
    data = read(name)
    assert (len(data), hashlib.sha256(data).hexdigest()) == PROVENANCE[name]


@pytest.mark.parametrize("profile", ["upstream", "strict"])
@pytest.mark.parametrize("name", CURRENT_FILES)
def test_current_files_use_every_byte_and_round_trip(name: str, profile: str) -> None:
    data = read(name)
    parsed = reader.read_file(data, profile)
    assert parsed.end == len(data)
    assert FORMAT.encode(FORMAT.decode(data, profile), profile) == data
    assert api.serialize_chunk(api.deserialize_chunk(data)) == data


def test_tui_decodes_as_research_b5_describes() -> None:
    """Research B5: [LoadConst 0, StoreLocal 0, LoadConst 1, Return], [Str "0.1.0", Unit], 4 zero spans."""
    assert api.deserialize_chunk(read("tui.fzb")) == {
        "instructions": [V("LoadConst", 0), V("StoreLocal", 0), V("LoadConst", 1), V("Return")],
        "constants": [V("Str", "0.1.0"), V("Unit")],
        "name": None,
        "spans": [ZERO_SPAN] * 4,
        "source": None,
        "source_file": None,
    }


def test_hello_tui_matches_research_b5_summary() -> None:
    chunk = api.deserialize_chunk(read("hello_tui.fzb"))
    assert (len(chunk["instructions"]), len(chunk["constants"]), len(chunk["spans"])) == (76, 19, 76)
    assert chunk["spans"] == [ZERO_SPAN] * 76
    used = {i.name for i in chunk["instructions"]}
    research = {"LoadGlobal", "Call", "MakeVariant", "Dup", "CheckVariantTag", "GetVariantField", "MakeTuple"}
    assert research <= used
    assert V("Jump", 0) in chunk["instructions"]
    assert V("Str", "Buffer created: %dx%d") in chunk["constants"]
    assert V("Str", "createRect") in chunk["constants"]


@pytest.mark.parametrize("profile", ["upstream", "strict", "intended"])
def test_hello_legacy_is_rejected_by_current_profiles(profile: str) -> None:
    with pytest.raises(FormatError) as caught:
        FORMAT.decode(read("hello-legacy.fzb"), profile)
    # Research B5: Return (30) reads as CallMethod(1, 0), the constant count becomes 2^41, then EOF.
    assert caught.value.error_class is ErrorClass.TRUNCATED
    assert caught.value.clause == "fzb.wire.length"
    assert "2199023255552" in caught.value.message
    assert "legacy-b248970" in caught.value.message


def test_hello_legacy_decodes_under_the_legacy_profile() -> None:
    data = read("hello-legacy.fzb")
    parsed = reader.read_file(data, "legacy-b248970")
    assert parsed.end == len(data)
    assert parsed.chunk == {
        "instructions": [V("LoadConst", 0), V("Return")],
        "constants": [V("Str", "Hello, FSRS!")],
        "name": None,
    }
    assert FORMAT.encode(FORMAT.decode(data, "legacy-b248970"), "legacy-b248970") == data

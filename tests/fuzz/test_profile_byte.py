"""One profile per input: the first byte of a reader harness's input picks the profile, the rest is the file."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.fuzz import harness

REPO_ROOT = Path(__file__).resolve().parents[2]
READERS = ("ach", "fzb", "plcbundle", "runmat_snapshot", "rzb")


class Recording:
    """A reference format that records which profile decoded which bytes; `strict` keeps trailing padding."""

    profiles = ("loose", "strict", "other")

    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes]] = []

    def decode(self, data: bytes, profile: str) -> dict[str, bytes]:
        self.calls.append((profile, data))
        return {"payload": data.rstrip(b"\0")}

    def encode(self, model: dict[str, bytes], profile: str) -> bytes:
        return model["payload"]

    def canonical_view(self, data: bytes) -> bytes:
        return data


def test_the_first_byte_picks_the_profile_and_is_consumed() -> None:
    profiles = Recording.profiles
    assert harness.select_profile(profiles, b"") == ("loose", b"")
    assert harness.select_profile(profiles, b"\x00abc") == ("loose", b"abc")
    assert harness.select_profile(profiles, b"\x01abc") == ("strict", b"abc")
    assert harness.select_profile(profiles, b"\x05") == ("other", b"")  # modulo: every byte value picks one
    assert {harness.select_profile(profiles, bytes([b]))[0] for b in range(256)} == set(profiles)


def test_decode_one_profile_decodes_once_and_checks_strict_canonicity() -> None:
    reference = Recording()
    assert harness.decode_one_profile(reference, b"\x00ab\0") == ("loose", b"ab\0", {"payload": b"ab"})
    assert reference.calls == [("loose", b"ab\0")]  # one decode, of the file behind the byte
    assert harness.decode_one_profile(reference, b"\x01ab") == ("strict", b"ab", {"payload": b"ab"})
    with pytest.raises(AssertionError, match="re-encode canonically"):
        harness.decode_one_profile(reference, b"\x01ab\0")  # strict accepted padding the writer never writes


def test_the_mutator_keeps_a_profile_byte_in_front_of_the_mutated_file() -> None:
    seen: list[tuple[bytes, int]] = []

    def inner(data: bytes, max_size: int, seed: int) -> bytes:
        seen.append((data, max_size))
        return (data + b"!")[:max_size]

    mutate = harness.profile_byte_mutator(inner, 3)
    outputs = [mutate(b"\x02file", 100, seed) for seed in range(64)]
    assert all(out.endswith(b"file!") and len(out) == 6 for out in outputs)
    assert seen[0] == (b"file", 99)  # the inner mutator sees the file and the room behind the byte
    assert {out[0] for out in outputs} == {0, 1, 2}  # some outputs move to the other profiles
    assert sum(out[0] == 2 for out in outputs) > len(outputs) // 2  # most keep theirs
    assert mutate(b"", 1, 1) == b"\0" and mutate(b"x", 0, 1) == b""


def test_every_reader_harness_picks_its_profile_and_bounds_its_inputs() -> None:
    from binfmt_conformance.reference_impl.registry import get_format

    for name in READERS:
        format_name = harness.format_of(name)
        assert harness.profile_count(name) == len(get_format(format_name).profiles) > 1, name
        assert harness.max_len(name) is not None
    assert harness.profile_count("fzb_vm") == 0 and harness.max_len("fzb_vm") is None


def test_seeds_come_once_per_profile_behind_their_selector(tmp_path: Path) -> None:
    files = [p.read_bytes() for p in harness.seed_files("ach")]
    assert harness.collect_seeds("ach", tmp_path, profiles=2) == 2 * len(files)
    written = sorted(p.read_bytes() for p in tmp_path.iterdir())
    assert written == sorted([b"\0" + f for f in files] + [b"\1" + f for f in files])


def test_max_len_is_a_default_the_command_line_overrides(tmp_path: Path) -> None:
    arguments = harness.libfuzzer_arguments(["ach.py"], "ach", tmp_path, 4096)
    assert "-max_len=4096" in arguments
    arguments = harness.libfuzzer_arguments(["ach.py", "-max_len=99"], "ach", tmp_path, 4096)
    assert "-max_len=99" in arguments and "-max_len=4096" not in arguments


def test_a_seed_behind_each_selector_decodes_as_the_file_under_that_profile() -> None:
    """What a harness runs for a seed is what the reference gives for the file under the selected profile."""
    from binfmt_conformance.reference_impl.fzb import FORMAT

    rng = random.Random(1)
    files = [p.read_bytes() for p in harness.seed_files("fzb") if "/valid/" in p.as_posix()]
    for data in rng.sample(files, 5):
        for selector, profile in enumerate(FORMAT.profiles):
            expected: Any
            try:
                expected = FORMAT.decode(data, profile)
            except FormatError:  # a rejection: the harness answers None
                expected = None
            assert harness.decode_one_profile(FORMAT, bytes([selector]) + data) == (profile, data, expected)


def test_a_byte_identical_re_encoding_needs_no_canonical_view() -> None:
    class Viewless(Recording):
        def canonical_view(self, data: bytes) -> bytes:
            raise AssertionError("canonical_view called although the re-encoding is the same bytes")

    assert harness.decode_one_profile(Viewless(), b"\x01ab") == ("strict", b"ab", {"payload": b"ab"})

"""The `.ach` fuzzer: 10,000 real atheris runs over the reference reader, and the structure-aware mutator.

The mutator is checked against the container as the spec lays it out (64-byte header, SHA-256 of the stored
body in the last 32 bytes, zstd when flags bit 0 is set), recomputed here with hashlib and zstandard rather
than with the mutator's own helpers.
"""

from __future__ import annotations

import hashlib
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zstandard

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.fuzz import ach_mutator, harness

REPO_ROOT = Path(__file__).resolve().parents[2]
HEADER_SIZE, CHECKSUM_SIZE = 64, 32  # spec/formats/ach.md: header, then body, then SHA-256 of the stored body
RUNS = 10_000
SEEDS = [path.read_bytes() for path in harness.seed_files("ach")]
VALID_SEEDS = [path.read_bytes() for path in harness.seed_files("ach") if "/valid/" in path.as_posix()]


def checksum_holds(data: bytes) -> bool:
    return len(data) >= HEADER_SIZE + CHECKSUM_SIZE and (
        hashlib.sha256(data[HEADER_SIZE:-CHECKSUM_SIZE]).digest() == data[-CHECKSUM_SIZE:]
    )


def zstd_holds(data: bytes) -> bool:
    try:
        with zstandard.ZstdDecompressor().stream_reader(data[HEADER_SIZE:-CHECKSUM_SIZE]) as reader:
            reader.read()
    except zstandard.ZstdError:
        return False
    return True


def flags_compressed(data: bytes) -> bool:
    return data[8] & 1 == 1  # flags: u32 LE at offset 8, bit 0 COMPRESSED


def test_fuzzer_runs_ten_thousand_inputs_without_a_crash(tmp_path: Path) -> None:
    corpus, crashes = tmp_path / "corpus", tmp_path / "crashes"
    corpus.mkdir()
    crashes.mkdir()
    command = [
        sys.executable,
        "fuzz/ach.py",
        f"-atheris_runs={RUNS}",
        "-seed=1",
        f"-artifact_prefix={crashes}/",
        str(corpus),
    ]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    found = [f"{p.name}: {p.read_bytes().hex()}" for p in crashes.iterdir()]
    assert result.returncode == 0 and not found, (
        f"exit {result.returncode}, crash inputs {found}\n{result.stderr[-6000:]}"
    )
    done = re.findall(r"^Done (\d+) (?:runs )?in ", result.stderr, re.MULTILINE)
    assert done and int(done[-1]) >= RUNS, result.stderr[-3000:]
    # The mutator is what feeds the reader: inputs libFuzzer kept for new coverage pass the checksum (behind
    # the byte that picks the profile).
    kept = [p.read_bytes() for p in corpus.iterdir()]
    assert sum(checksum_holds(d[1:]) for d in kept) >= len(kept) // 2 > 0


def test_mutator_returns_bounded_bytes_for_any_input() -> None:
    rng = random.Random(1)
    mutate_bytes = harness.python_byte_mutator(random.Random(2))
    inputs = [b"", b"ACH\x00", bytes(96), b"ACH\x00\x01\x00\x00\x00\x01" + bytes(100), *SEEDS]
    inputs += [bytes(rng.randrange(256) for _ in range(rng.randrange(300))) for _ in range(100)]
    for index in range(600):
        data = inputs[index % len(inputs)]
        max_size = rng.choice((0, 1, 95, 96, 200, 4096, 1 << 17))
        out = ach_mutator.mutate(data, max_size, rng.randrange(1 << 32), mutate_bytes)
        assert isinstance(out, bytes) and len(out) <= max_size


def test_mutator_output_mostly_passes_checksum_and_zstd() -> None:
    rng = random.Random(3)
    mutate_bytes = harness.python_byte_mutator(random.Random(4))
    outputs = [ach_mutator.mutate(rng.choice(VALID_SEEDS), 1 << 17, seed, mutate_bytes) for seed in range(400)]
    assert sum(out not in VALID_SEEDS for out in outputs) >= 0.9 * len(outputs)  # it does mutate
    assert sum(checksum_holds(out) for out in outputs) >= 0.6 * len(outputs)
    # Some are left broken on purpose so checksum_mismatch stays reachable.
    assert any(not checksum_holds(out) and len(out) >= HEADER_SIZE + CHECKSUM_SIZE for out in outputs)
    compressed = [out for out in outputs if checksum_holds(out) and flags_compressed(out)]
    assert len(compressed) >= 40
    assert sum(zstd_holds(out) for out in compressed) >= 0.7 * len(compressed)


def test_mutator_reaches_past_the_container_into_the_body() -> None:
    """Mutated files are rejected for what is inside the body, not only for the checksum or the header."""
    from binfmt_conformance.reference_impl.ach import FORMAT

    rng = random.Random(5)
    mutate_bytes = harness.python_byte_mutator(random.Random(6))
    classes = set()
    for seed in range(400):
        try:
            FORMAT.decode(ach_mutator.mutate(rng.choice(VALID_SEEDS), 1 << 17, seed, mutate_bytes), "strict")
            classes.add("accepted")
        except FormatError as exc:
            classes.add(exc.error_class)
    body_faults = {
        ErrorClass.INVALID_VALUE,
        ErrorClass.UNKNOWN_VARIANT,
        ErrorClass.INVALID_UTF8,
        ErrorClass.TRAILING_DATA,
        ErrorClass.INVALID_LENGTH,
        ErrorClass.TRUNCATED,
    }
    assert "accepted" in classes and ErrorClass.CHECKSUM_MISMATCH in classes
    assert len(classes & body_faults) >= 4, classes


def test_check_one_lets_format_errors_pass_and_nothing_else() -> None:
    def reject(data: bytes) -> None:
        raise FormatError(ErrorClass.TRUNCATED, "short")

    def crash(data: bytes) -> None:
        raise IndexError("out of range")

    assert harness.check_one(lambda data: data[::-1], b"ab") == b"ba"
    assert harness.check_one(reject, b"") is None
    with pytest.raises(IndexError):
        harness.check_one(crash, b"")


def test_seeds_are_every_case_input_and_no_expectation(tmp_path: Path) -> None:
    expectations = list((REPO_ROOT / "corpus" / "ach").rglob("*.json"))
    seeds = harness.seed_files("ach")
    assert len(seeds) == len(expectations) > 0  # .ach cases are single files: one input per expectation
    assert all(path.suffix != ".json" and path.with_suffix(".json") in expectations for path in seeds)
    assert harness.collect_seeds("ach", tmp_path) == len(seeds) == len(list(tmp_path.iterdir()))


def test_libfuzzer_arguments_add_dictionary_seeds_budget_and_crash_folder(tmp_path: Path) -> None:
    arguments = harness.libfuzzer_arguments(["ach.py", "-atheris_runs=5", "out"], "ach", tmp_path)
    assert arguments[:2] == ["ach.py", "-atheris_runs=5"]
    assert f"-dict={REPO_ROOT / 'fuzz' / 'dictionaries' / 'ach.dict'}" in arguments
    assert f"-artifact_prefix={REPO_ROOT / 'reports' / 'fuzz' / 'ach'}/" in arguments
    assert "-rss_limit_mb=2048" in arguments and any(a.startswith("-timeout=") for a in arguments)
    assert arguments[-2:] == ["out", str(tmp_path)]  # new inputs go to the first folder, seeds come last
    crash = tmp_path / "crash-1"
    crash.write_bytes(b"x")
    flags = ["-dict=mine", "-artifact_prefix=x/", "-timeout=3", "-rss_limit_mb=99", "-report_slow_units=2"]
    replay = harness.libfuzzer_arguments(["ach.py", *flags, str(crash)], "ach", tmp_path)
    assert replay == ["ach.py", *flags, str(crash)]  # replaying: no seeds added, given flags kept


def test_campaign_corpus_is_the_default_first_folder(tmp_path: Path) -> None:
    arguments = harness.libfuzzer_arguments(["fzb_vm.py", "-runs=1"], "fzb_vm", tmp_path)
    assert arguments[-2:] == [str(REPO_ROOT / "fuzz" / "corpora" / "fzb_vm"), str(tmp_path)]
    assert f"-dict={REPO_ROOT / 'fuzz' / 'dictionaries' / 'fzb.dict'}" in arguments  # the harness's format's
    assert harness.format_of("fzb_vm") == "fzb" and harness.format_of("plcbundle") == "plcbundle"


def test_check_one_calls_an_input_over_the_budget_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "_current_budget", harness.Budget(seconds=0.01))

    def slow(data: bytes) -> None:
        deadline = time.process_time() + 0.05
        while time.process_time() < deadline:
            pass

    with pytest.raises(harness.OverBudget):
        harness.check_one(slow, b"")


def test_strict_must_re_encode_canonically() -> None:
    """A reader whose `strict` accepts what the writer would not write is a crash of the harness."""

    class Lenient:
        profiles = ("strict",)

        def decode(self, data: bytes, profile: str) -> dict[str, bytes]:
            return {"payload": data.rstrip(b"\0")}  # accepts trailing padding the writer never writes

        def encode(self, model: dict[str, bytes], profile: str) -> bytes:
            return model["payload"]

        def canonical_view(self, data: bytes) -> bytes:
            return data

    assert harness.decode_every_profile(Lenient(), b"abc") == {"strict": {"payload": b"abc"}}
    with pytest.raises(AssertionError, match="re-encode canonically"):
        harness.decode_every_profile(Lenient(), b"abc\0")

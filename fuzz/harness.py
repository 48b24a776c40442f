"""What every format's atheris harness shares: the crash rule, the seed corpus and the libFuzzer command line.

A harness `fuzz/<format>.py` is three steps (see fuzz/ach.py)::

    import atheris
    with atheris.instrument_imports(include=[...]):      # the code under test, for coverage feedback
        from reference_impl.<format> import FORMAT
    def test_one_input(data: bytes) -> None:
        harness.check_one(lambda d: FORMAT.decode(d, "strict"), data)
    harness.main("<format>", test_one_input, custom_mutator=None)

The crash rule is the conformance rule: on any input a decoder answers with a model or a `FormatError` of
the shared vocabulary; every other exception (and a hang, or memory past libFuzzer's limit) is a crash.

`main` passes the command line through to libFuzzer and adds, unless the command line says otherwise:
- `-dict=fuzz/dictionaries/<format>.dict` (written by `conformance regen` from the format's schema);
- the campaign corpus `fuzz/corpora/<harness>/` (ignored by git) as the first corpus folder, unless the
  command line names one: libFuzzer writes the inputs it keeps there, and the next run starts from them;
- the seed corpus: every input file of `corpus/<format>/{valid,malformed,...}` (never the `.json`
  expectations), copied to a temporary folder given as the last corpus folder (removed at exit, or by the
  next run when libFuzzer exits past Python's cleanup);
- `-artifact_prefix=reports/fuzz/<harness>/`: where crash, timeout and out-of-memory inputs land;
- `-timeout=` and `-rss_limit_mb=` from the format's budget (`budget`): over it is a crash.
Given only files (e.g. a crash input), libFuzzer replays them and no seeds are added.

A harness is named after its format (`fuzz/<pkg>.py`, `-` spelled `_`) or the format plus a suffix
(`fuzz/fzb_vm.py`): `format_of` maps the one to the other, for the seeds and the dictionary.

This module imports atheris only inside `main`, so tests can use the rest without a fuzzer.
"""

from __future__ import annotations

import importlib
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.cases import CORPUS_ROOT, REPO_ROOT, load_cases

DICTIONARY_ROOT = REPO_ROOT / "fuzz" / "dictionaries"
CAMPAIGN_CORPUS_ROOT = REPO_ROOT / "fuzz" / "corpora"
CRASH_ROOT = REPO_ROOT / "reports" / "fuzz"
SEED_FOLDER_PREFIX = "binfmt-fuzz-seeds-"  # + pid: a later run removes the folders of dead runs

CustomMutator = Callable[[bytes, int, int], bytes]
ByteMutator = Callable[[bytes, int], bytes]


# atheris' coverage instrumentation makes the code under test many times slower; a format's budget is for
# the uninstrumented reader, so inside the fuzzer one call may take this many times as long.
INSTRUMENTED_SLOWDOWN = 20


@dataclass(frozen=True)
class Budget:
    """What one input may cost before it counts as a crash: CPU seconds of the uninstrumented reader
    (checked around every call by `check_one`; libFuzzer's `-timeout` counts whole seconds of wall time) and
    resident memory."""

    seconds: float = 1.0
    memory_mb: int = 2048

    def instrumented(self) -> Budget:
        return Budget(self.seconds * INSTRUMENTED_SLOWDOWN, self.memory_mb)


def budget(format_name: str) -> Budget:
    """The format's fuzzing budget: `FUZZ_SECONDS_PER_INPUT` and `FUZZ_MEMORY_MB` of `formats.<pkg>.limits`
    (its cost model) where it declares them, else the defaults of `Budget`."""
    default = Budget()
    try:
        limits = importlib.import_module(f"formats.{format_name.replace('-', '_')}.limits")
    except ModuleNotFoundError:
        return default
    return Budget(
        float(getattr(limits, "FUZZ_SECONDS_PER_INPUT", default.seconds)),
        int(getattr(limits, "FUZZ_MEMORY_MB", default.memory_mb)),
    )


class OverBudget(AssertionError):
    """One call took more CPU time than the format's budget allows: a crash, like a hang."""


_current_budget = Budget()


def check_one(decode: Callable[[bytes], Any], data: bytes) -> Any:
    """Run `decode(data)`: a `FormatError` is a valid answer (returns None), any other exception escapes and
    atheris reports it as a crash, and so does a call over the budget (`OverBudget`). Returns the decoded
    value otherwise."""
    # Imported here, not at the top, so a harness may import this module before its instrument_imports block.
    from formats.errors import FormatError

    started = time.process_time()
    try:
        return decode(data)
    except FormatError:
        return None
    finally:
        spent = time.process_time() - started
        if spent > _current_budget.seconds:
            raise OverBudget(
                f"{spent:.2f} s of CPU for one input of {len(data)} bytes, over the budget of "
                f"{_current_budget.seconds:g} s"
            )


def decode_every_profile(reference: Any, data: bytes) -> dict[str, Any]:
    """Decode under every profile of a `ReferenceFormat` by the crash rule; for `strict`, what it accepts must
    re-encode to the same canonical view (strict reads only what the writer writes). Returns the accepted
    models by profile."""
    models = {}
    for profile in reference.profiles:
        decoded = check_one(lambda d, p=profile: reference.decode(d, p), data)
        if decoded is not None:
            models[profile] = decoded
    if "strict" in models:
        again = reference.encode(models["strict"], "strict")
        if reference.canonical_view(again) != reference.canonical_view(data):
            raise AssertionError(f"strict accepted an input that does not re-encode canonically: {data[:256].hex()}")
    return models


def format_of(harness_name: str) -> str:
    """The format a harness fuzzes: `fzb` → fzb, `fzb_vm` → fzb, `runmat_snapshot` → runmat-snapshot."""
    parts = harness_name.split("_")
    for end in range(len(parts), 0, -1):
        candidate = "-".join(parts[:end])
        if (CORPUS_ROOT / candidate).is_dir() or (REPO_ROOT / "formats" / "_".join(parts[:end])).is_dir():
            return candidate
    return harness_name


def seed_files(format_name: str, corpus_root: Path = CORPUS_ROOT) -> list[Path]:
    """Every input file of the format's cases (all classes), in case order; a folder case gives each of its
    files. Expectation files are not inputs."""
    if not (corpus_root / format_name).is_dir():
        return []
    files: list[Path] = []
    for case in load_cases(corpus_root, [format_name]):
        if case.is_folder:
            files += sorted(p for p in case.input_path.rglob("*") if p.is_file())
        else:
            files.append(case.input_path)
    return files


def collect_seeds(format_name: str, destination: Path, corpus_root: Path = CORPUS_ROOT) -> int:
    """Copy the seed files into `destination` (flat, named after their corpus path); returns how many."""
    root = corpus_root / format_name
    files = seed_files(format_name, corpus_root)
    for path in files:
        shutil.copyfile(path, destination / "__".join(path.relative_to(root).parts))
    return len(files)


def write_seed_zip(format_name: str, zip_path: Path, corpus_root: Path = CORPUS_ROOT) -> int:
    """The seed files as `<fuzzer>_seed_corpus.zip` for ClusterFuzzLite/OSS-Fuzz; returns how many."""
    root = corpus_root / format_name
    files = seed_files(format_name, corpus_root)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, "__".join(path.relative_to(root).parts))
    return len(files)


def libfuzzer_arguments(argv: list[str], harness_name: str, seed_folder: Path | None) -> list[str]:
    """argv plus the defaults `main` documents; positional arguments are corpus folders or files to replay."""
    flags = [a for a in argv[1:] if a.startswith("-")]
    positional = [a for a in argv[1:] if not a.startswith("-")]
    arguments = [argv[0], *flags]
    format_name = format_of(harness_name)

    def given(flag: str) -> bool:
        return any(f.startswith(f"-{flag}=") for f in flags)

    dictionary = DICTIONARY_ROOT / f"{format_name}.dict"
    if dictionary.is_file() and not given("dict"):
        arguments.append(f"-dict={dictionary}")
    limits = budget(format_name)
    if not given("timeout"):  # wall seconds, whole: twice the CPU budget that check_one enforces in the fuzzer
        arguments.append(f"-timeout={max(1, round(limits.instrumented().seconds * 2))}")
    if not given("report_slow_units"):  # a slow-unit file then means an input near the budget, not any input
        arguments.append(f"-report_slow_units={max(1, round(limits.instrumented().seconds))}")
    if not given("rss_limit_mb"):
        arguments.append(f"-rss_limit_mb={limits.memory_mb}")
    replaying = bool(positional) and all(Path(p).is_file() for p in positional)
    # A PyInstaller bundle (ClusterFuzzLite) unpacks to a temporary folder: there the platform picks the places.
    local = not getattr(sys, "frozen", False)
    if local and not given("artifact_prefix"):
        crash_folder = CRASH_ROOT / harness_name
        crash_folder.mkdir(parents=True, exist_ok=True)
        arguments.append(f"-artifact_prefix={crash_folder}/")
    if local and not positional:
        campaign = CAMPAIGN_CORPUS_ROOT / harness_name
        campaign.mkdir(parents=True, exist_ok=True)
        positional = [str(campaign)]
    arguments += positional
    if seed_folder is not None and not replaying:
        arguments.append(str(seed_folder))
    return arguments


def main(
    harness_name: str, test_one_input: Callable[[bytes], None], custom_mutator: CustomMutator | None = None
) -> None:
    """Run atheris on `test_one_input` with the format's dictionary, seeds, budget and the caller's libFuzzer
    flags. Does not return: the process exits when fuzzing ends (0 when done, non-zero on a crash)."""
    import atheris

    global _current_budget
    format_name = format_of(harness_name)
    _current_budget = budget(format_name).instrumented()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))  # decoders bound nesting themselves
    remove_stale_seed_folders()
    scratch = Path(tempfile.mkdtemp(prefix=f"{SEED_FOLDER_PREFIX}{os.getpid()}-{harness_name}-"))
    try:
        seed_folder = scratch if collect_seeds(format_name, scratch) else None
        arguments = libfuzzer_arguments(sys.argv, harness_name, seed_folder)
        setup: dict[str, Any] = {"custom_mutator": custom_mutator} if custom_mutator else {}
        atheris.Setup(arguments, test_one_input, **setup)
        atheris.Fuzz()
    finally:  # reached after -atheris_runs; libFuzzer's own exits (-runs, -max_total_time, a crash) skip it
        shutil.rmtree(scratch, ignore_errors=True)


def remove_stale_seed_folders() -> None:
    """Seed folders left behind by runs that libFuzzer ended with exit(), past Python's cleanup."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SEED_FOLDER_PREFIX}*"):
        pid = folder.name.removeprefix(SEED_FOLDER_PREFIX).split("-")[0]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def python_byte_mutator(rng: random.Random) -> ByteMutator:
    """A stand-in for `atheris.Mutate` (which only works inside a running fuzzer), for unit tests of custom
    mutators: flips, overwrites, inserts, deletes and duplicates a few bytes, keeping within max_size."""

    def mutate(data: bytes, max_size: int) -> bytes:
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(buffer) + 1)
            choice = rng.randrange(5)
            if choice == 0 and buffer:
                buffer[min(position, len(buffer) - 1)] ^= 1 << rng.randrange(8)
            elif choice == 1 and buffer:
                buffer[min(position, len(buffer) - 1)] = rng.choice((0x00, 0x7F, 0x80, 0xFF, rng.randrange(256)))
            elif choice == 2:
                buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
            elif choice == 3:
                del buffer[position : position + rng.randint(1, 8)]
            else:
                start = rng.randrange(len(buffer) + 1)
                buffer[position:position] = buffer[start : start + rng.randint(1, 16)]
        return bytes(buffer[:max_size])

    return mutate


def harness_files(folder: Path = REPO_ROOT / "fuzz") -> list[Path]:
    """The harnesses: every `fuzz/<name>.py` that defines `test_one_input` at the top level (the rule
    .clusterfuzzlite/build.sh uses too)."""
    return sorted(p for p in folder.glob("*.py") if "\ndef test_one_input(" in p.read_text(encoding="utf-8"))


def build_files(harness_name: str, out: Path) -> str:
    """Beside a built harness in `out`: `<name>_seed_corpus.zip` and `<name>.dict` (ClusterFuzzLite's names)."""
    format_name = format_of(harness_name)
    count = write_seed_zip(format_name, out / f"{harness_name}_seed_corpus.zip")
    dictionary = DICTIONARY_ROOT / f"{format_name}.dict"
    if dictionary.is_file():
        shutil.copyfile(dictionary, out / f"{harness_name}.dict")
    return f"{harness_name}: {count} seeds from corpus/{format_name}" + (", dictionary" if dictionary.is_file() else "")

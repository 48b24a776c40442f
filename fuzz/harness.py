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
- the seed corpus: every input file of `corpus/<format>/{valid,malformed,...}` (never the `.json`
  expectations), copied to a temporary folder given as the last corpus folder (removed at exit, or by the
  next run when libFuzzer exits past Python's cleanup). The first folder on the command line receives new
  inputs; without one, they go to that temporary folder and vanish with it;
- `-artifact_prefix=fuzz/crashes/<format>/`: where crash, timeout and leak inputs land.
Given only files (e.g. a crash input), libFuzzer replays them and no seeds are added.

This module imports atheris only inside `main`, so tests can use the rest without a fuzzer.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conformance.cases import CORPUS_ROOT, REPO_ROOT, load_cases

DICTIONARY_ROOT = REPO_ROOT / "fuzz" / "dictionaries"
CRASH_ROOT = REPO_ROOT / "fuzz" / "crashes"
SEED_FOLDER_PREFIX = "binfmt-fuzz-seeds-"  # + pid: a later run removes the folders of dead runs

CustomMutator = Callable[[bytes, int, int], bytes]
ByteMutator = Callable[[bytes, int], bytes]


def check_one(decode: Callable[[bytes], Any], data: bytes) -> Any:
    """Run `decode(data)`: a `FormatError` is a valid answer (returns None), any other exception escapes and
    atheris reports it as a crash. Returns the decoded value otherwise."""
    # Imported here, not at the top, so a harness may import this module before its instrument_imports block.
    from formats.errors import FormatError

    try:
        return decode(data)
    except FormatError:
        return None


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


def libfuzzer_arguments(argv: list[str], format_name: str, seed_folder: Path | None) -> list[str]:
    """argv plus the defaults `main` documents; positional arguments are corpus folders or files to replay."""
    flags = [a for a in argv[1:] if a.startswith("-")]
    positional = [a for a in argv[1:] if not a.startswith("-")]
    arguments = [argv[0], *flags]
    dictionary = DICTIONARY_ROOT / f"{format_name}.dict"
    if dictionary.is_file() and not any(f.startswith("-dict=") for f in flags):
        arguments.append(f"-dict={dictionary}")
    # A PyInstaller bundle (ClusterFuzzLite) unpacks to a temporary folder: there the platform picks the place.
    if not getattr(sys, "frozen", False) and not any(f.startswith("-artifact_prefix=") for f in flags):
        crash_folder = CRASH_ROOT / format_name
        try:
            crash_folder.mkdir(parents=True, exist_ok=True)
            arguments.append(f"-artifact_prefix={crash_folder}/")
        except OSError:  # a read-only install (ClusterFuzzLite bundle): libFuzzer's default, the working dir
            pass
    replaying = bool(positional) and all(Path(p).is_file() for p in positional)
    arguments += positional
    if seed_folder is not None and not replaying:
        arguments.append(str(seed_folder))
    return arguments


def main(format_name: str, test_one_input: Callable[[bytes], None], custom_mutator: CustomMutator | None) -> None:
    """Run atheris on `test_one_input` with the format's dictionary, seeds and the caller's libFuzzer flags.
    Does not return: the process exits when fuzzing ends (0 when done, non-zero on a crash)."""
    import atheris

    remove_stale_seed_folders()
    scratch = Path(tempfile.mkdtemp(prefix=f"{SEED_FOLDER_PREFIX}{os.getpid()}-{format_name}-"))
    try:
        seed_folder = scratch if collect_seeds(format_name, scratch) else None
        arguments = libfuzzer_arguments(sys.argv, format_name, seed_folder)
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

"""What every format's atheris harness shares: the crash rule, the seed corpus and the libFuzzer command line.

A harness `fuzz/<format>.py` is three steps (see fuzz/ach.py)::

    import atheris
    with atheris.instrument_imports(include=[...]):      # the code under test, for coverage feedback
        from binfmt_conformance.reference_impl.<format> import FORMAT
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

A reader harness that says `PROFILE_BYTE = True` runs each input under ONE profile of its format, picked by the
input's first byte (`select_profile`; the byte is consumed, the rest is the file): one decode per input instead
of one per profile, and every profile stays reachable since libFuzzer mutates that byte like any other. Its
seeds are then every corpus file once per profile (the selector byte 0..n-1 in front), its custom mutator
mutates the file behind the byte (`profile_byte_mutator`), and a crash input replays as it is. Such a harness
also bounds its inputs (`MAX_LEN`, libFuzzer's `-max_len` unless the command line gives one).

This module imports atheris only inside `main`, so tests can use the rest without a fuzzer.
"""

from __future__ import annotations

import importlib
import os
import random
import re
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance.cases import CORPUS_ROOT, REPO_ROOT, load_cases

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
        limits = importlib.import_module(f"binfmt_conformance.formats.{format_name.replace('-', '_')}.limits")
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
    from binfmt_conformance.formats.errors import FormatError

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
        check_strict_canonical(reference, models["strict"], data)
    return models


def select_profile(profiles: Sequence[str], data: bytes) -> tuple[str, bytes]:
    """(profile, file): the profile an input runs under, picked by its first byte (modulo the number of
    profiles), and the bytes after it; the empty input is the empty file under the first profile."""
    if not data:
        return profiles[0], data
    return profiles[data[0] % len(profiles)], data[1:]


def check_strict_canonical(reference: Any, model: Any, data: bytes) -> None:
    """What `strict` accepted must re-encode to the same canonical view (strict reads only what the writer
    writes); an AssertionError (a crash) otherwise."""
    again = reference.encode(model, "strict")
    # The same bytes have the same canonical view: only a re-encoding that differs needs the two views.
    if again != data and reference.canonical_view(again) != reference.canonical_view(data):
        raise AssertionError(f"strict accepted an input that does not re-encode canonically: {data[:256].hex()}")


def decode_one_profile(reference: Any, data: bytes) -> tuple[str, bytes, Any]:
    """Decode the file behind an input's first byte under the profile that byte picks (`select_profile`), by
    the crash rule, with the `strict` canonicity check when it picks `strict`. Returns (profile, file,
    model or None)."""
    profile, body = select_profile(reference.profiles, data)
    decoded = check_one(lambda d: reference.decode(d, profile), body)
    if decoded is not None and profile == "strict":
        check_strict_canonical(reference, decoded, body)
    return profile, body, decoded


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


def seed_inputs(format_name: str, profiles: int = 0, corpus_root: Path = CORPUS_ROOT) -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed input: each seed file as it is, or, for a harness that picks its profile
    by the first byte (`profiles` > 0), each file once per profile behind the selector byte 0..profiles-1."""
    root = corpus_root / format_name
    inputs = []
    for path in seed_files(format_name, corpus_root):
        name, data = "__".join(path.relative_to(root).parts), path.read_bytes()
        if profiles:
            inputs += [(f"p{selector}__{name}", bytes([selector]) + data) for selector in range(profiles)]
        else:
            inputs.append((name, data))
    return inputs


def collect_seeds(format_name: str, destination: Path, corpus_root: Path = CORPUS_ROOT, profiles: int = 0) -> int:
    """Write the seed inputs (`seed_inputs`) into `destination` (flat, named after their corpus path);
    returns how many."""
    inputs = seed_inputs(format_name, profiles, corpus_root)
    for name, data in inputs:
        (destination / name).write_bytes(data)
    return len(inputs)


def write_seed_zip(format_name: str, zip_path: Path, corpus_root: Path = CORPUS_ROOT, profiles: int = 0) -> int:
    """The seed inputs as `<fuzzer>_seed_corpus.zip` for ClusterFuzzLite/OSS-Fuzz; returns how many."""
    inputs = seed_inputs(format_name, profiles, corpus_root)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in inputs:
            archive.writestr(name, data)
    return len(inputs)


PROFILE_BYTE_MARK = "\nPROFILE_BYTE = True"
MAX_LEN_MARK = re.compile(r"^MAX_LEN = ([0-9_]+)$", re.MULTILINE)


def harness_source(harness_name: str, folder: Path | None = None) -> str:
    path = (folder or REPO_ROOT / "fuzz") / f"{harness_name}.py"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def profile_count(harness_name: str, folder: Path | None = None) -> int:
    """How many profiles the harness picks from by the first byte of an input (`PROFILE_BYTE = True` in its
    file: its format's profiles), else 0. Read from the file's text, so the build needs no atheris."""
    if PROFILE_BYTE_MARK not in harness_source(harness_name, folder):
        return 0
    from binfmt_conformance.reference_impl.registry import get_format

    return len(get_format(format_of(harness_name)).profiles)


def max_len(harness_name: str, folder: Path | None = None) -> int | None:
    """The harness's `MAX_LEN = N` (the input size libFuzzer may grow to), if it sets one."""
    found = MAX_LEN_MARK.search(harness_source(harness_name, folder))
    return int(found.group(1).replace("_", "")) if found else None


def profile_byte_mutator(mutator: CustomMutator, profiles: int) -> CustomMutator:
    """A custom mutator for inputs that start with a profile selector byte: `mutator` mutates the file behind
    it, and one output in eight moves to another profile (so a file that reached deep under one profile is
    tried under the others too)."""

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        if max_size < 1:
            return b""
        head = data[:1] or b"\0"
        if seed % 8 == 0:
            head = bytes([(seed >> 3) % profiles])
        return head + mutator(data[1:], max_size - 1, seed)

    return mutate


def libfuzzer_arguments(
    argv: list[str], harness_name: str, seed_folder: Path | None, input_limit: int | None = None
) -> list[str]:
    """argv plus the defaults `main` documents (and `-max_len=input_limit` when given); positional arguments
    are corpus folders or files to replay."""
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
    if input_limit is not None and not given("max_len"):
        arguments.append(f"-max_len={input_limit}")
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
    profiles = profile_count(harness_name)
    if custom_mutator is not None and profiles:
        custom_mutator = profile_byte_mutator(custom_mutator, profiles)
    try:
        seed_folder = scratch if collect_seeds(format_name, scratch, profiles=profiles) else None
        arguments = libfuzzer_arguments(sys.argv, harness_name, seed_folder, max_len(harness_name))
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
    """Beside a built harness in `out`: `<name>_seed_corpus.zip`, `<name>.dict` and, for a harness with a
    `MAX_LEN`, `<name>.options` (ClusterFuzzLite's names)."""
    format_name = format_of(harness_name)
    count = write_seed_zip(format_name, out / f"{harness_name}_seed_corpus.zip", profiles=profile_count(harness_name))
    dictionary = DICTIONARY_ROOT / f"{format_name}.dict"
    if dictionary.is_file():
        shutil.copyfile(dictionary, out / f"{harness_name}.dict")
    limit = max_len(harness_name)
    if limit is not None:  # the platform reads libFuzzer flags from <name>.options
        (out / f"{harness_name}.options").write_text(f"[libfuzzer]\nmax_len = {limit}\n", encoding="utf-8")
    return f"{harness_name}: {count} seeds from corpus/{format_name}" + (", dictionary" if dictionary.is_file() else "")

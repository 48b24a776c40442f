"""atheris over the `.fzb` reader: every input must decode or fail with a FormatError, under every profile.

    python fuzz/fzb.py -atheris_runs=N corpus/fzb        # seeds: every .fzb file under the given folders

Any other exception is a crash, and so is a file the `strict` profile reads but the writer does not reproduce
byte for byte (fzb.write.canonical). Seed folders are copied to a scratch folder first, so libFuzzer's new
inputs never land in the corpus.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
PROFILES = ("upstream", "strict", "legacy-b248970")
DICTIONARY = Path(__file__).resolve().parent / "dictionaries" / "fzb.dict"


def test_one_input(data: bytes) -> None:
    from formats.errors import FormatError
    from reference_impl.fzb import FORMAT

    for profile in PROFILES:
        try:
            document = FORMAT.decode(data, profile)
        except FormatError:
            continue
        if profile == "strict" and FORMAT.encode(document, profile) != data:
            raise AssertionError("strict read a file the writer does not reproduce byte for byte")


def seed_folder(arguments: list[str]) -> tuple[list[str], str | None]:
    """Replace corpus folders in libFuzzer's arguments by one scratch folder holding their `.fzb` files."""
    folders = [a for a in arguments[1:] if not a.startswith("-") and Path(a).is_dir()]
    if not folders:
        return arguments, None
    scratch = tempfile.mkdtemp(prefix="fzb-fuzz-")
    for folder in folders:
        for index, path in enumerate(sorted(Path(folder).rglob("*.fzb"))):
            shutil.copyfile(path, Path(scratch) / f"{Path(folder).name}-{index:05d}.fzb")
    rest = [a for a in arguments if a not in folders]
    return [*rest, scratch], scratch


def main() -> None:
    import atheris

    arguments, scratch = seed_folder(sys.argv)
    if DICTIONARY.is_file() and not any(a.startswith("-dict=") for a in arguments):
        arguments.append(f"-dict={DICTIONARY}")
    sys.setrecursionlimit(20_000)  # decoders bound nesting themselves; keep Python's stack out of the way
    with atheris.instrument_imports(include=["formats", "reference_impl"]):  # coverage feedback
        import reference_impl.fzb  # noqa: F401
    try:
        atheris.Setup(arguments, test_one_input)
        atheris.Fuzz()
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Shared helpers of the VM tests: assemble `.fzs` text and run it."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.fzb import api, asm, vm


def chunk_of(text: str) -> dict[str, Any]:
    return api.deserialize_chunk(asm.assemble(".fzb 1 current\n" + text))


def run(text: str, profile: str = "upstream", engine: str = "auto", **options: int) -> vm.Outcome:
    return vm.execute(chunk_of(text), profile, options, engine=engine)


def result(text: str, profile: str = "upstream", engine: str = "auto", **options: int) -> Any:
    return run(text, profile, engine, **options).result


def error_class(text: str, profile: str = "upstream", engine: str = "auto", **options: int) -> str:
    try:
        outcome = run(text, profile, engine, **options)
    except FormatError as error:
        return error.error_class.value
    raise AssertionError(f"expected a runtime error, got {outcome.result!r}")


def program(constants: list[str], *lines: str) -> str:
    text = ".constants\n" + "".join(f"  {i}: {c}\n" for i, c in enumerate(constants))
    return text + ".code\n" + "".join(f"  {line}\n" for line in lines)

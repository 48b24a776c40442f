"""Check tables: every rule a reader enforces, with the spec clause it states and the error class it raises.

A format declares `CHECKS = CheckTable(Check(...), ...)` in `formats/<pkg>/checks.py`; its reader raises only
through `CHECKS.fail(id, message)` and `CHECKS.require(id, condition, message)`, so the clause of every error is
the clause of the check that raised it, and the spec's "Checks" table is rendered from the same rows.

The shared wire encodings (`formats/wire/`) know no format's clauses. They raise `wire_error(WireCheck.X, ...)`,
a FormatError that carries a wire-level check ID; the format's table lists the wire checks it can meet as rows
with that ID, and `CHECKS.explain(error)` (or the `CHECKS.wire()` context) gives the error its clause. Nothing
maps an error to a clause by reading its message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn

import construct

from binfmt_conformance.formats.errors import ErrorClass, FormatError


class WireCheck(StrEnum):
    """Failures a shared wire encoding detects, whatever format it serves (IDs of the form `wire.<what>`)."""

    EOF = "wire.eof"  # the input ends inside a value
    LENGTH = "wire.length"  # a declared length or count the remaining input cannot hold
    ITEMS = "wire.items"  # a declared count past the format's item limit
    DEPTH = "wire.depth"  # nesting past the format's depth limit
    BOOL = "wire.bool"  # a bool byte other than 0 or 1
    OPTION = "wire.option"  # an Option tag other than 0 or 1
    VARIANT = "wire.variant"  # a variant index or name the enum does not have
    UTF8 = "wire.utf8"  # a string that is not UTF-8
    CHAR = "wire.char"  # a char that is not one Unicode scalar value
    VARINT = "wire.varint"  # a LEB128 varint too long, or overflowing its type
    MINIMAL = "wire.minimal"  # a varint with redundant zero groups, where a profile asks for minimal ones
    MARKER = "wire.marker"  # a MessagePack marker that is reserved
    SHAPE = "wire.shape"  # a value of the wrong kind, size or form where a type expects another
    FIELD = "wire.field"  # a struct or map field missing, repeated or unknown
    ARITY = "wire.arity"  # a tuple or struct written with another number of items than the type has
    ZSTD = "wire.zstd"  # a zstd frame that does not decompress
    ZSTD_EOF = "wire.zstd-eof"  # a zstd frame cut short
    ZSTD_LIMIT = "wire.zstd-limit"  # decompressed output past the caller's bound


def wire_error(check: WireCheck, error_class: ErrorClass, message: str) -> FormatError:
    """The error a wire encoding raises: its class, and the wire check a format table maps onto a clause."""
    return FormatError(error_class, message, check=check.value)


@dataclass(frozen=True)
class Check:
    """One rule a reader (or verifier) enforces.

    `profiles` lists the profiles under which the check runs (None: every profile). `stage` says where it runs
    when a format has more than one place (plcbundle: `decode` of one file, `verify` of a repository)."""

    id: str
    clause: str
    error_class: ErrorClass
    profiles: tuple[str, ...] | None = None
    summary: str = ""
    stage: str = "decode"

    def applies(self, profile: str | None) -> bool:
        return profile is None or self.profiles is None or profile in self.profiles


class CheckTable:
    """A format's checks by ID, and the only way its reader raises a FormatError."""

    def __init__(self, *checks: Check) -> None:
        self.checks: dict[str, Check] = {}
        for check in checks:
            if check.id in self.checks:
                raise ValueError(f"check {check.id} is declared twice")
            self.checks[check.id] = check

    def __getitem__(self, check_id: str) -> Check:
        return self.checks[check_id]

    def __contains__(self, check_id: object) -> bool:
        return check_id in self.checks

    def __iter__(self) -> Iterator[Check]:
        return iter(self.checks.values())

    def __len__(self) -> int:
        return len(self.checks)

    def clause(self, check_id: str) -> str:
        return self.checks[check_id].clause

    def applies(self, check_id: str, profile: str | None) -> bool:
        return self.checks[check_id].applies(profile)

    def error(self, check_id: str, message: str, error_class: ErrorClass | None = None) -> FormatError:
        """The check's FormatError (its class unless one is given: a check that reports a nested verdict)."""
        check = self.checks[check_id]
        return FormatError(error_class or check.error_class, message, check.clause, check=check.id)

    def fail(self, check_id: str, message: str) -> NoReturn:
        raise self.error(check_id, message)

    def require(self, check_id: str, condition: bool, message: str, profile: str | None = None) -> None:
        """Raise the check's error when `condition` does not hold and the check runs under `profile`."""
        if not condition and self.applies(check_id, profile):
            raise self.error(check_id, message)

    def explain(self, error: FormatError) -> FormatError:
        """A wire-level error with the clause this format gives its wire check (unchanged if it has one)."""
        if error.clause is not None or error.check not in self.checks:
            return error
        explained = FormatError(error.error_class, error.message, self.checks[error.check].clause, check=error.check)
        explained.offset = error.offset
        return explained

    @contextmanager
    def wire(self) -> Iterator[None]:
        """Run a codec; a wire-level FormatError leaves with its clause from this table."""
        try:
            yield
        except FormatError as error:
            explained = self.explain(error)
            if explained is error:
                raise
            raise explained from None

    def parse_header(self, header: Any, data: bytes) -> Any:
        """The fixed-size header every reader parses first, through its construct `Struct` (which starts with
        a `Const` magic), with the two checks every format's table declares, in this order:
        `header.size` (room for the header) and `header.magic` (its `Const`)."""
        size = header.sizeof()
        self.require(
            "header.size", len(data) >= size, f"file of {len(data)} bytes is shorter than the {size}-byte header"
        )
        try:
            return header.parse(data)
        except construct.ConstError as error:
            self.fail("header.magic", f"not the magic of the format: {error}")

    def parse(self, layout: Any, data: bytes, failures: Mapping[type[Exception], str], **context: Any) -> Any:
        """Parse a container construct; each construct failure in `failures` (exception type → check ID,
        most specific first) raises that check's error, and any other construct failure `SHAPE`."""
        try:
            return layout.parse(data, **context)
        except construct.ConstructError as error:
            for kind, check_id in failures.items():
                if isinstance(error, kind):
                    self.fail(check_id, str(error))
            raise wire_error(WireCheck.SHAPE, ErrorClass.INVALID_VALUE, str(error)) from None

    def ids(self, stage: str | None = None) -> list[str]:
        return [c.id for c in self.checks.values() if stage is None or c.stage == stage]

    def markdown(self, profiles: Iterable[str] = (), *, stages: bool = False) -> str:
        """The spec's "Checks" table: check, (where it runs,) clause, error class, a mark per profile, rule."""
        names = list(profiles)
        where = " where |" if stages else ""
        rows = [
            f"| check |{where} clause | class | " + "".join(f"{n} | " for n in names) + "rule |",
            "|---|" + "---|" * (2 + stages + len(names)) + "---|",
        ]
        for check in self.checks.values():
            marks = "".join(("✔" if check.applies(n) else "—") + " | " for n in names)
            stage = f" {check.stage} |" if stages else ""
            summary = check.summary.replace("|", "\\|")
            rows.append(f"| `{check.id}` |{stage} `{check.clause}` | `{check.error_class.value}` | {marks}{summary} |")
        return "\n".join(rows) + "\n"

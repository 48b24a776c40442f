"""The case model: what each corpus file must do (spec/conventions.md, "Cases").

A case is an input (a file, or a folder for multi-file cases) with a sibling expectation `<stem>.json`:

    corpus/<format>/<class>/<path>/<stem>.<ext>   the bytes (or <stem>/ for a folder case)
    corpus/<format>/<class>/<path>/<stem>.json    the expectation (spec/schemas/expectation.schema.json)

Classes: `valid` (decodes to the expected model), `malformed` (the bytes do not decode), `invalid` (they
decode but break a rule), `impl-defined` (outcome per profile), `real-world` (files written by upstream tools,
with their provenance and their own expected outcome), `fuzz-found` (written by `conformance fuzz`, committed as
they are). The case ID is `<format>/<class>/<path>/<stem>`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLASSES = ("valid", "malformed", "invalid", "impl-defined", "real-world", "fuzz-found")
REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = REPO_ROOT / "corpus"


@dataclass(frozen=True)
class Expect:
    """One expected outcome: accept (with the model or operation result) or reject (with error classes)."""

    outcome: str  # "accept" or "reject"
    model: Any = None  # decode: the document model; other operations: their result
    errors: tuple[str, ...] = ()  # acceptable classes, the reference's first
    canonical: bool = False  # accept only: encode(model) must reproduce the bytes (canonically)
    extra: dict[str, Any] = field(default_factory=dict)  # operation-specific expectations (e.g. stdout)
    # decode: the SHA-256 of the expected model (formats.model.digest) instead of the model itself, for real
    # files whose model runs to megabytes; such an expectation cannot check `canonical`
    model_sha256: str | None = None
    # reject only: the input lies past a limit a decoder MAY enforce (conv.limits), so a decoder with larger
    # limits that reads on and accepts it passes too (its model is not checked)
    past_limit: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Expect:
        errors = data.get("error", ())
        return cls(
            outcome=data["outcome"],
            model=data.get("model", data.get("result")),
            errors=(errors,) if isinstance(errors, str) else tuple(errors),
            canonical=bool(data.get("canonical", False)),
            extra={
                k: v
                for k, v in data.items()
                if k not in ("outcome", "model", "result", "error", "canonical", "model_sha256", "past_limit")
            },
            model_sha256=data.get("model_sha256"),
            past_limit=data.get("past_limit") == "accept",
        )

    def to_json(self, operation: str = "decode") -> dict[str, Any]:
        out: dict[str, Any] = {"outcome": self.outcome}
        if self.outcome == "accept":
            if self.model_sha256 is not None:
                out["model_sha256"] = self.model_sha256
            else:
                out["model" if operation in ("decode", "encode") else "result"] = self.model
            if self.canonical:
                out["canonical"] = True
        else:
            out["error"] = self.errors[0] if len(self.errors) == 1 else list(self.errors)
            if self.past_limit:
                out["past_limit"] = "accept"
        out.update(self.extra)
        return out


@dataclass
class Case:
    id: str
    format: str
    case_class: str
    input_path: Path
    description: str
    clauses: tuple[str, ...]
    operation: str = "decode"
    options: dict[str, Any] = field(default_factory=dict)
    expect: Expect | None = None  # when the outcome does not depend on the profile
    by_profile: dict[str, Expect] = field(default_factory=dict)  # impl-defined: outcome per profile
    not_under: tuple[str, ...] = ()  # profiles under which `expect` does not apply
    notes: str = ""
    provenance: dict[str, Any] | None = None
    expectation_path: Path | None = None

    @property
    def is_folder(self) -> bool:
        return self.input_path.is_dir()

    def read_input(self) -> bytes:
        return b"" if self.is_folder else self.input_path.read_bytes()

    def expectation_for(self, profile: str | None) -> Expect | None:
        """The outcome under `profile`: its entry in `profiles` where there is one, else the one outcome."""
        if profile is None:
            return self.expect
        return self.by_profile.get(profile, None if profile in self.not_under else self.expect)


class Folders:
    """Each folder's entries, listed once (name → is a directory, is a file): loading a folder of N cases
    lists it once, not N times."""

    def __init__(self) -> None:
        self._listed: dict[Path, dict[str, tuple[bool, bool]]] = {}

    def entries(self, folder: Path) -> dict[str, tuple[bool, bool]]:
        found = self._listed.get(folder)
        if found is None:
            with os.scandir(folder) as listing:
                found = {entry.name: (entry.is_dir(), entry.is_file()) for entry in listing}
            self._listed[folder] = found
        return found

    def is_file(self, path: Path) -> bool:
        try:
            return self.entries(path.parent).get(path.name, (False, False))[1]
        except OSError:
            return False


def case_input(expectation_path: Path, folders: Folders) -> Path:
    """The one input beside an expectation: the folder `<stem>/` or the file `<stem>.<ext>` (not `.json`)."""
    stem, own = expectation_path.stem, expectation_path.name
    candidates = [
        name
        for name, (is_dir, is_file) in folders.entries(expectation_path.parent).items()
        if name != own
        and ((name == stem and is_dir) or (name.startswith(stem + ".") and is_file and not name.endswith(".json")))
    ]
    if len(candidates) != 1:
        raise ValueError(f"{expectation_path}: expected exactly one input beside it, found {len(candidates)}")
    return expectation_path.parent / candidates[0]


def load_case(expectation_path: Path, corpus_root: Path = CORPUS_ROOT, folders: Folders | None = None) -> Case:
    data = json.loads(expectation_path.read_text(encoding="utf-8"))
    relative = expectation_path.relative_to(corpus_root).with_suffix("")
    format_name, case_class = relative.parts[0], relative.parts[1]
    return Case(
        id=relative.as_posix(),
        format=format_name,
        case_class=case_class,
        input_path=case_input(expectation_path, folders or Folders()),
        description=data.get("description", ""),
        clauses=tuple(data.get("clauses", ())),
        operation=data.get("operation", "decode"),
        options=data.get("options", {}),
        expect=Expect.from_json(data["expect"]) if "expect" in data else None,
        by_profile={p: Expect.from_json(e) for p, e in data.get("profiles", {}).items()},
        not_under=tuple(data.get("not_under", ())),
        notes=data.get("notes", ""),
        provenance=data.get("provenance"),
        expectation_path=expectation_path,
    )


def expectation_files(corpus_root: Path = CORPUS_ROOT, formats: list[str] | None = None) -> list[Path]:
    paths = []
    for format_dir in sorted(p for p in corpus_root.iterdir() if p.is_dir()):
        if formats and format_dir.name not in formats:
            continue
        for case_class in CLASSES:
            class_dir = format_dir / case_class
            if class_dir.is_dir():
                paths.extend(sorted(class_dir.rglob("*.json")))
    return paths


def load_cases(corpus_root: Path = CORPUS_ROOT, formats: list[str] | None = None) -> list[Case]:
    """Every case of the corpus (or of `formats`), in path order; each folder is listed once."""
    cases = []
    folders = Folders()
    for path in expectation_files(corpus_root, formats):
        if inside_folder_case(path, corpus_root, folders):
            continue
        cases.append(load_case(path, corpus_root, folders))
    return cases


def inside_folder_case(path: Path, corpus_root: Path, folders: Folders | None = None) -> bool:
    """True for files that belong to a folder case's input (`<stem>/...` beside `<stem>.json`)."""
    folders = folders or Folders()
    for parent in path.parents:
        if parent == corpus_root:
            return False
        if folders.is_file(parent.parent / (parent.name + ".json")):
            return True
    return False


@dataclass
class GeneratedCase:
    """What a corpus generator returns; `conformance regen` writes it (and `--check` compares it)."""

    case_class: str
    path: str  # relative to corpus/<format>/<class>/, without extension, e.g. "header/bad-magic"
    description: str
    clauses: list[str]
    data: bytes | dict[str, bytes] | None = None  # file bytes, or {relative path: bytes} for a folder case
    expect: Expect | None = None
    by_profile: dict[str, Expect] = field(default_factory=dict)
    operation: str = "decode"
    options: dict[str, Any] = field(default_factory=dict)
    not_under: tuple[str, ...] = ()
    notes: str = ""
    provenance: dict[str, Any] | None = None

    def expectation_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"description": self.description, "clauses": self.clauses}
        if self.operation != "decode":
            out["operation"] = self.operation
        if self.options:
            out["options"] = self.options
        if self.expect is not None:
            out["expect"] = self.expect.to_json(self.operation)
        if self.by_profile:
            out["profiles"] = {p: e.to_json(self.operation) for p, e in self.by_profile.items()}
        if self.not_under:
            out["not_under"] = list(self.not_under)
        if self.notes:
            out["notes"] = self.notes
        if self.provenance:
            out["provenance"] = self.provenance
        return out

    def files(self, format_dir: Path, extension: str) -> dict[Path, bytes]:
        """Every file this case consists of, keyed by path under `format_dir`."""
        base = format_dir / self.case_class / self.path
        out: dict[Path, bytes] = {
            base.with_name(base.name + ".json"): (
                json.dumps(self.expectation_json(), indent=2, ensure_ascii=False) + "\n"
            ).encode()
        }
        if isinstance(self.data, dict):
            for name, content in self.data.items():
                out[base / name] = content
        elif self.data is not None:
            out[base.with_name(base.name + extension)] = self.data
        return out

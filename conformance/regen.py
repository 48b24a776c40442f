"""`conformance regen`: rewrite everything derived from the schemas and generators; `--check` changes nothing
and reports every drift.

Derived here: corpus cases (from `corpus/generators/<format>*.py`), spec byte tables and type listings (between
`<!-- BEGIN GENERATED: name -->` markers), the type-tree parts of each `.ksy` (between `# BEGIN GENERATED: name`
lines, filled by the format's `KSY_BLOCKS`), model JSON Schemas (`spec/schemas/<format>.model.schema.json`), fuzz
dictionaries (`fuzz/dictionaries/<format>.dict`), the Kaitai-generated parsers and the type tree their JavaScript
adapter reads. Checked here: every case cites clause IDs the spec defines, every MUST clause is cited by a case,
every expectation and expected model validates against its JSON Schema.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from binfmt_conformance.conformance import regen_cache
from binfmt_conformance.conformance.cases import CLASSES, CORPUS_ROOT, REPO_ROOT, Case, GeneratedCase, load_cases
from binfmt_conformance.formats import FORMATS_ROOT, format_packages

SPEC_ROOT = REPO_ROOT / "spec"
SCHEMA_ROOT = SPEC_ROOT / "schemas"
EXPECTATION_SCHEMA = SCHEMA_ROOT / "expectation.schema.json"
GENERATED_CLASSES = tuple(c for c in CLASSES if c not in ("real-world", "fuzz-found"))
CLAUSE = re.compile(r"(?<!`)\*\*\[([a-z0-9][a-z0-9_.-]*)\]\*\*")
REQUIREMENT = re.compile(r"\b(MUST|MUST NOT|REQUIRED|SHALL|SHALL NOT)\b")
MARKER = re.compile(r"(<!-- BEGIN GENERATED: ([\w.-]+) -->\n)(.*?)(<!-- END GENERATED: \2 -->)", re.S)
KSY_MARKER = re.compile(r"^([ \t]*)(# BEGIN GENERATED: ([\w.-]+)\n)(.*?)^(\1# END GENERATED: \3)$", re.S | re.M)


def format_names() -> list[str]:
    """Formats that have a reference implementation and at least one corpus generator."""
    from binfmt_conformance.reference_impl.registry import available_formats

    return [name for name in available_formats() if generator_modules(name)]


def generator_modules(format_name: str) -> list[str]:
    folder = CORPUS_ROOT / "generators"
    package = format_name.replace("-", "_")
    names = sorted(p.stem for p in folder.glob(f"{package}*.py"))
    return [f"binfmt_conformance.corpus.generators.{n}" for n in names if n == package or n.startswith(package + "_")]


def generated_cases(format_name: str) -> list[GeneratedCase]:
    cases: list[GeneratedCase] = []
    for module_name in generator_modules(format_name):
        module = importlib.import_module(module_name)
        if hasattr(module, "generate"):
            cases.extend(module.generate())
    return cases


def corpus_files(format_name: str) -> tuple[dict[Path, bytes], list[str]]:
    """Every file the generators produce for one format, and problems found on the way. The generators are a
    pure function of the code and of the corpus files regen does not own (real-world inputs, programs):
    their output is remembered between runs (regen_cache) under a digest of both."""

    def compute() -> tuple[dict[str, bytes], list[str]]:
        files, problems = generate_corpus_files(format_name)
        return {path.relative_to(REPO_ROOT).as_posix(): content for path, content in files.items()}, problems

    files, problems = regen_cache.cached(
        "regen.corpus-files", format_name.encode() + b"\0" + generator_inputs(), compute
    )
    return {REPO_ROOT / path: content for path, content in files.items()}, problems


def generator_inputs() -> bytes:
    """A digest of every corpus file a generator may read: all of corpus/ but what regen writes."""
    owned = {p for name in format_names() for p in existing_generated(name)}
    digest = hashlib.sha256()
    for path in sorted(CORPUS_ROOT.rglob("*")):
        if path.is_file() and path not in owned and "__pycache__" not in path.parts:
            digest.update(path.relative_to(REPO_ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def generate_corpus_files(format_name: str) -> tuple[dict[Path, bytes], list[str]]:
    from binfmt_conformance.reference_impl.registry import get_format

    extension = get_format(format_name).extension
    files: dict[Path, bytes] = {}
    problems: list[str] = []
    for case in generated_cases(format_name):
        for path, content in case.files(CORPUS_ROOT / format_name, extension).items():
            if path in files:
                problems.append(f"two generated cases write {path.relative_to(REPO_ROOT)}")
            files[path] = content
        if case.data is None and case.case_class == "real-world":
            stem = CORPUS_ROOT / format_name / case.case_class / case.path
            if not any(stem.parent.glob(stem.name + ".*")) and not stem.is_dir():
                problems.append(f"real-world case {format_name}/{case.path} has no input file beside it")
    return files, problems


def existing_generated(format_name: str) -> set[Path]:
    """Files regen owns: everything under the generated classes, and the expectations of real-world cases."""
    root = CORPUS_ROOT / format_name
    owned = {p for c in GENERATED_CLASSES for p in (root / c).rglob("*") if p.is_file()}
    owned |= {p for p in (root / "real-world").glob("**/*.json") if p.is_file()}
    return owned


def spec_blocks() -> dict[str, str]:
    blocks: dict[str, str] = {}
    for package in format_packages():
        module = importlib.import_module(f"binfmt_conformance.formats.{package}")
        for name, render in getattr(module, "SPEC_TABLES", {}).items():
            blocks[name] = render()
    return blocks


def fill_ksy(text: str, blocks: dict[str, Callable[[], str]], where: str, problems: list[str]) -> str:
    """The `.ksy` text with every generated block rewritten, indented like its markers."""

    def fill(match: re.Match[str]) -> str:
        indent, name = match.group(1), match.group(3)
        render = blocks.get(name)
        if render is None:
            problems.append(f"{where}: no KSY_BLOCKS entry renders the generated block {name}")
            return match.group(0)
        body = "".join(f"{indent}{line}\n" if line else "\n" for line in render().splitlines())
        return indent + match.group(2) + body + match.group(5)

    return KSY_MARKER.sub(fill, text)


def ksy_files(formats: Iterable[str], problems: list[str]) -> dict[Path, bytes]:
    """Each format's `.ksy` with its generated blocks filled from the format's `KSY_BLOCKS`."""
    out: dict[Path, bytes] = {}
    for name in formats:
        package = name.replace("-", "_")
        path = FORMATS_ROOT / package / f"{package}.ksy"
        if not path.is_file():
            continue
        blocks = getattr(importlib.import_module(f"binfmt_conformance.formats.{package}"), "KSY_BLOCKS", {})
        text = path.read_text(encoding="utf-8")
        out[path] = fill_ksy(text, blocks, str(path.relative_to(REPO_ROOT)), problems).encode()
    return out


def spec_files() -> dict[Path, bytes]:
    blocks = spec_blocks()
    out: dict[Path, bytes] = {}
    for path in sorted(SPEC_ROOT.rglob("*.md")):
        text = path.read_text(encoding="utf-8")

        def fill(match: re.Match[str]) -> str:
            name = match.group(2)
            body = blocks.get(name, f"<!-- no generator named {name} -->\n")
            return match.group(1) + body + match.group(4)

        new = MARKER.sub(fill, text)
        out[path] = new.encode()
    return out


def schema_files(formats: Iterable[str]) -> dict[Path, bytes]:
    from binfmt_conformance.reference_impl.registry import get_format

    out = {}
    for name in formats:
        schema = get_format(name).model_schema()
        schema.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
        schema["title"] = f"{name} document model"
        out[SCHEMA_ROOT / f"{name}.model.schema.json"] = (json.dumps(schema, indent=1) + "\n").encode()
    return out


def dictionary_files(formats: Iterable[str]) -> dict[Path, bytes]:
    from binfmt_conformance.formats import dictionaries

    return {
        REPO_ROOT / "fuzz" / "dictionaries" / f"{name}.dict": dictionaries.render(name).encode()
        for name in formats
        if dictionaries.has_tokens(name)
    }


def kaitai_files(formats: list[str], problems: list[str]) -> dict[Path, bytes]:
    """Parsers generated from the `.ksy` files of these formats by kaitai-struct-compiler (run by node)."""
    build = importlib.import_module("binfmt_conformance.formats.kaitai_build")
    out: dict[Path, bytes] = {}
    packages = {name.replace("-", "_") for name in formats}
    for ksy, lang, out_dir in build.generated_targets():
        if Path(ksy).parent.name not in packages:
            continue
        try:
            sources = regen_cache.cached(
                "regen.kaitai",
                f"{lang}\0{Path(ksy).relative_to(REPO_ROOT).as_posix()}\0".encode() + compiler_inputs(),
                lambda path=ksy, language=lang: build.compile_ksy(path, language),
            )
        except Exception as error:  # the compiler's own failure is a finding, not a crash of regen
            problems.append(f"kaitai: cannot compile {Path(ksy).name} to {lang}: {error}")
            continue
        for name, source in sources.items():
            out[Path(out_dir) / name] = source.encode() if isinstance(source, str) else source
    return out


def compiler_inputs() -> bytes:
    """What the Kaitai compiler's output depends on besides the kit's Python: every `.ksy` (a spec may import
    another), the driver, the compiler as installed (npm's record of node_modules, which may lag the lock)
    and node."""
    build = importlib.import_module("binfmt_conformance.formats.kaitai_build")
    digest = hashlib.sha256()
    ksc = REPO_ROOT / "tools" / "ksc"
    sources = [*sorted(FORMATS_ROOT.rglob("*.ksy")), ksc / "compile.js", ksc / "package-lock.json"]
    for path in [*sources, ksc / "node_modules" / ".package-lock.json"]:
        digest.update(path.relative_to(REPO_ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"absent")
    try:
        node = subprocess.run([build.node_binary(), "--version"], capture_output=True, text=True, check=False)
        digest.update(node.stdout.encode())
    except (OSError, build.KaitaiBuildError):
        digest.update(b"no node")
    return digest.digest()


def kaitai_js_type_files(formats: list[str]) -> dict[Path, bytes]:
    """The type trees the Kaitai JavaScript adapter maps fzb's and rzb's parses onto the document model with."""
    from binfmt_conformance.reference_impl.kaitai_js import type_tree

    wanted = {type_tree.FZB_TYPES: "fzb", type_tree.RZB_TYPES: "rzb"}
    return {path: text.encode() for path, text in type_tree.files().items() if wanted[path] in formats}


@dataclass(frozen=True)
class SpecClause:
    """One clause as a chapter defines it: its ID, the chapter, and the paragraph it opens."""

    id: str
    path: Path
    paragraph: str

    @property
    def is_requirement(self) -> bool:
        return bool(REQUIREMENT.search(self.paragraph))


def spec_clauses() -> list[SpecClause]:
    """Every clause definition in the spec, in chapter and document order (duplicates included)."""
    out = []
    for path in sorted(SPEC_ROOT.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        matches = list(CLAUSE.finditer(text))
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            out.append(SpecClause(match.group(1), path, text[match.end() : end].split("\n\n")[0]))
    return out


def clauses_in_spec() -> tuple[dict[str, bool], list[str]]:
    """Clause ID → whether it is a MUST-level requirement; plus duplicate definitions."""
    found: dict[str, bool] = {}
    duplicates = []
    for clause in spec_clauses():
        if clause.id in found:
            duplicates.append(f"clause {clause.id} is defined twice (again in {clause.path.relative_to(REPO_ROOT)})")
        found[clause.id] = clause.is_requirement
    return found, duplicates


def uncited_requirements(clauses: dict[str, bool], cited: set[str], formats: Iterable[str]) -> list[str]:
    """The coverage rule: MUST-level clauses of these formats that no case cites."""
    names = set(formats)
    return [c for c, required in sorted(clauses.items()) if required and c.split(".")[0] in names and c not in cited]


def validate_corpus(formats: list[str]) -> list[str]:
    import jsonschema

    problems = []
    expectation_schema = json.loads(EXPECTATION_SCHEMA.read_text(encoding="utf-8"))
    model_schemas = {}
    for name in formats:
        path = SCHEMA_ROOT / f"{name}.model.schema.json"
        if path.is_file():
            model_schemas[name] = json.loads(path.read_text(encoding="utf-8"))
    clauses, duplicates = clauses_in_spec()
    problems += duplicates
    cited: set[str] = set()
    expectation_validator = jsonschema.Draft202012Validator(expectation_schema)
    model_validators = {name: jsonschema.Draft202012Validator(s) for name, s in model_schemas.items()}
    schema_digest = hashlib.sha256(json.dumps([expectation_schema, model_schemas], sort_keys=True).encode()).digest()
    for case in load_cases(CORPUS_ROOT, formats):
        assert case.expectation_path is not None
        raw = case.expectation_path.read_bytes()
        # Schema validation is a pure function of the schemas and the expectation's bytes (and the code):
        # remembered between runs (regen_cache), computed afresh whenever any of them changes.
        problems += regen_cache.cached(
            "regen.validate-case",
            schema_digest + case.id.encode() + b"\0" + raw,
            lambda c=case, r=raw: schema_problems(c, r, expectation_validator, model_validators.get(c.format)),
        )
        for clause in case.clauses:
            cited.add(clause)
            if clause not in clauses:
                problems.append(f"{case.id}: cites clause {clause}, which the spec does not define")
        if not case.clauses:
            problems.append(f"{case.id}: cites no clause")
    for clause in uncited_requirements(clauses, cited, formats):
        problems.append(f"MUST clause {clause} is cited by no case")
    return problems


def schema_problems(case: Case, raw: bytes, expectation_validator: Any, model_validator: Any) -> list[str]:
    """What the expectation schema and the format's model schema say of one case's expectation file."""
    problems = []
    document = json.loads(raw)
    for error in expectation_validator.iter_errors(document):
        problems.append(f"{case.id}: expectation does not fit its schema: {error.message}")
    expectations = [case.expect] if case.expect else list(case.by_profile.values())
    for expect in expectations:
        checkable = expect and expect.outcome == "accept" and expect.model_sha256 is None
        if model_validator and checkable and case.operation == "decode":
            for error in model_validator.iter_errors(expect.model):
                problems.append(
                    f"{case.id}: expected model does not fit {case.format}.model.schema.json: {error.message[:200]}"
                )
                break
    return problems


def regenerate(check: bool = False, formats: list[str] | None = None) -> list[str]:
    names = formats or format_names()
    problems: list[str] = []
    wanted: dict[Path, bytes] = {}
    owned: set[Path] = set()
    for name in names:
        files, found = corpus_files(name)
        wanted.update(files)
        problems += found
        owned |= existing_generated(name)
    wanted.update(spec_files())
    wanted.update(schema_files(names))
    wanted.update(dictionary_files(names))
    ksy = ksy_files(names, problems)
    wanted.update(ksy)
    if not check:  # the compiler reads the .ksy from disk: give it the filled one
        write_changes(ksy, check, problems)
    wanted.update(kaitai_files(names, problems))
    wanted.update(kaitai_js_type_files(names))
    write_changes(wanted, check, problems)
    for path in sorted(owned - set(wanted)):
        if check:
            problems.append(f"drift: {path.relative_to(REPO_ROOT)} is not produced by any generator")
        else:
            path.unlink()
    if not check:
        remove_empty_folders(names)
    problems += validate_corpus(names)
    return problems


def write_changes(wanted: dict[Path, bytes], check: bool, problems: list[str]) -> None:
    """Write what differs, or (checking) report it as drift."""
    for path, content in sorted(wanted.items()):
        current = path.read_bytes() if path.is_file() else None
        if current == content:
            continue
        if check:
            problems.append(f"drift: {path.relative_to(REPO_ROOT)} " + ("is missing" if current is None else "differs"))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def remove_empty_folders(formats: list[str]) -> None:
    for name in formats:
        for folder in sorted((CORPUS_ROOT / name).rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()

"""Nothing unused is a dependency, and nothing the kit imports is undeclared (issue 15, item 15).

The imports are read from the packaged code's syntax trees, and mapped to distributions by the installed
environment's own metadata (`importlib.metadata.packages_distributions`), never by a table of this kit's."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FIRST_PARTY = {"binfmt_conformance", "tests", "bench", "tools"}


def requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def packaged_files() -> list[Path]:
    """The code under the top-level folders setup.py packages (as `binfmt_conformance.<folder>`)."""
    setup = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    (top_level,) = [
        ast.literal_eval(node.value)
        for node in ast.walk(setup)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "TOP_LEVEL"
    ]
    return [p for name in top_level for p in sorted((ROOT / name).rglob("*.py")) if ".venv" not in p.parts]


def imported_distributions(files: list[Path]) -> dict[str, set[Path]]:
    """Distribution name → the files importing it, for every module outside the standard library."""
    found: dict[str, set[Path]] = {}
    owners = packages_distributions()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in FIRST_PARTY:
                    continue
                for distribution in owners.get(top, [top]):
                    found.setdefault(distribution.lower().replace("_", "-"), set()).add(path)
    return found


def test_every_runtime_dependency_is_imported_and_every_import_is_declared() -> None:
    runtime = {requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = PYPROJECT["project"]["optional-dependencies"]
    imported = imported_distributions(packaged_files())
    assert runtime - set(imported) == set(), f"declared but never imported: {sorted(runtime - set(imported))}"
    # What only a make target needs comes with its extra: the atheris harnesses (fuzz/<format>.py, `make fuzz`,
    # extra `dev`) and the spec site's builder (conformance/site*.py, `make site`, extra `site`).
    by_extra = {"dev": ("fuzz",), "site": ("site.py", "site_hooks.py")}
    allowed = {
        d
        for d, files in imported.items()
        for extra, where in by_extra.items()
        if d in {requirement_name(r) for r in extras[extra]}
        and all(f.parent.name in where or f.name in where for f in files)
    }
    undeclared = set(imported) - runtime - allowed
    assert not undeclared, {d: sorted(str(f.relative_to(ROOT)) for f in imported[d]) for d in undeclared}


def test_every_pin_of_constraints_is_a_declared_dependency() -> None:
    declared = {requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    for extra in PYPROJECT["project"]["optional-dependencies"].values():
        declared |= {requirement_name(r) for r in extra}
    declared |= {requirement_name(r) for r in PYPROJECT["build-system"]["requires"]}
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = {requirement_name(line) for line in lines if line.strip() and not line.startswith("#")}
    assert pinned == declared

"""libFuzzer/atheris dictionaries, derived from each format's schema (`formats.<pkg>.FUZZ_TOKENS()`).

`conformance regen` writes them to `fuzz/dictionaries/<name>.dict`; the fuzz harnesses only read those files.
"""

from __future__ import annotations

from binfmt_conformance.formats import format_package


def tokens(format_name: str) -> list[bytes]:
    return list(dict.fromkeys(format_package(format_name).FUZZ_TOKENS()))


def has_tokens(format_name: str) -> bool:
    try:
        return hasattr(format_package(format_name), "FUZZ_TOKENS")
    except ModuleNotFoundError:
        return False


def render(format_name: str) -> str:
    lines = [f"# {format_name}: tokens derived from formats/{format_name} by `conformance regen`; do not edit"]
    for index, token in enumerate(tokens(format_name)):
        escaped = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in token)
        lines.append(f'token_{index:03d}="{escaped}"')
    return "\n".join(lines) + "\n"

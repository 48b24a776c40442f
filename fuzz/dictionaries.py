"""libFuzzer/atheris dictionaries, derived from each format's schema (`formats.<format>.FUZZ_TOKENS`)."""

from __future__ import annotations

import importlib


def tokens(format_name: str) -> list[bytes]:
    module = importlib.import_module(f"formats.{format_name}")
    return list(dict.fromkeys(module.FUZZ_TOKENS()))


def has_tokens(format_name: str) -> bool:
    try:
        return hasattr(importlib.import_module(f"formats.{format_name}"), "FUZZ_TOKENS")
    except ModuleNotFoundError:
        return False


def render(format_name: str) -> str:
    lines = [f"# {format_name}: tokens derived from formats/{format_name} by `conformance regen`; do not edit"]
    for index, token in enumerate(tokens(format_name)):
        escaped = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in token)
        lines.append(f'token_{index:03d}="{escaped}"')
    return "\n".join(lines) + "\n"

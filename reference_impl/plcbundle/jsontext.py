"""JSON text as plcbundle needs it: strict parsing (RFC 8259 only), compact writing as the upstream
writers emit it, and locating a top-level member's value in a text so it can be replaced in place.
"""

from __future__ import annotations

import json
from typing import Any

try:  # a faster parser when installed (verification throughput); see `loads` for why results do not change
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
# orjson's parser alone, for a fast path that falls back to `loads` on any refusal (ValueError): what it accepts
# it parses as `loads` does (see there). None without orjson.
fast_loads = _orjson.loads if _orjson is not None else None


def loads(text: str) -> Any:
    """Parse one JSON text; NaN/Infinity and trailing text are errors (ValueError).

    orjson accepts a subset of what the standard parser accepts (it also refuses integers past 64 bits and
    lone surrogates), so the standard parser decides whenever orjson refuses: the accept set is always the
    standard parser's."""
    if _orjson is not None:
        try:
            return _orjson.loads(text)
        except _orjson.JSONDecodeError:
            pass
    return _DECODER.decode(text)


def dumps_compact(value: Any, *, go_escapes: bool = False) -> str:
    """Compact JSON as serde_json and JSON.stringify write it; Go's encoder also escapes <, > and &."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if go_escapes:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def member_spans(text: str) -> dict[str, tuple[int, int]]:
    """(start, end) of each top-level member's value text in a JSON object text (ValueError if it is not
    one object). A repeated member name keeps its last span, as parsers keep the last value."""
    scan_string = json.decoder.scanstring
    pos = _skip_ws(text, 0)
    if pos >= len(text) or text[pos] != "{":
        raise ValueError("not a JSON object")
    spans: dict[str, tuple[int, int]] = {}
    pos = _skip_ws(text, pos + 1)
    if pos < len(text) and text[pos] == "}":
        return spans
    while True:
        if pos >= len(text) or text[pos] != '"':
            raise ValueError(f"member name expected at {pos}")
        name, pos = scan_string(text, pos + 1)
        pos = _skip_ws(text, pos)
        if pos >= len(text) or text[pos] != ":":
            raise ValueError(f"':' expected at {pos}")
        start = _skip_ws(text, pos + 1)
        _, end = _DECODER.raw_decode(text, start)
        spans[name] = (start, end)
        pos = _skip_ws(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
            continue
        if pos < len(text) and text[pos] == "}":
            return spans
        raise ValueError(f"',' or '}}' expected at {pos}")


def replace_members(text: str, values: dict[str, Any]) -> str:
    """`text` with the values of the named top-level members replaced by compact JSON, nothing else touched;
    members it lacks are left out."""
    spans = member_spans(text)
    edits = sorted(((spans[name], value) for name, value in values.items() if name in spans), reverse=True)
    for (start, end), value in edits:
        text = text[:start] + dumps_compact(value) + text[end:]
    return text

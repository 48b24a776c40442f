"""Remembered outcomes of deterministic work the reference repeats within one process (a serve session).

The suite runs one program under several profiles; profiles that read the same bytes with the same layout
and run them with the same execution semantics get the same answer, so the testee computes it once. A key
names everything the answer depends on (the bytes exactly as the layout read them, the layout, the
semantics, the options); the outcome is the value or the `FormatError` it raised. Entries are bounded in
number and in the bytes their keys hold, least recently used first out. `disabled()` turns every lookup
into a fresh computation (the exact path the tests compare with).
"""

from __future__ import annotations

import copy
import json
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from binfmt_conformance.formats.errors import FormatError

T = TypeVar("T")
MAX_ENTRIES = 256
MAX_KEY_BYTES = 64 << 20

_entries: OrderedDict[Hashable, tuple[bool, Any, int]] = OrderedDict()
_held = 0
_enabled = True
stats = {"hits": 0, "misses": 0}


def options_key(options: dict[str, Any] | None) -> str | None:
    """The options as a key (JSON, keys sorted); None when they are not JSON (then nothing is remembered)."""
    try:
        return json.dumps(options or {}, sort_keys=True)
    except (TypeError, ValueError):
        return None


def key_size(key: Hashable) -> int:
    if isinstance(key, tuple):
        return sum(key_size(part) for part in key)
    return len(key) if isinstance(key, (bytes, str)) else 8


def remembered(key: Hashable | None, compute: Callable[[], T]) -> T:
    """`compute()`, or what it returned (or raised, as a FormatError) the last time under `key`. A None key,
    or `disabled()`, computes afresh. The caller gets its own copy of a remembered value."""
    if key is None or not _enabled:
        return compute()
    found = _entries.get(key)
    if found is not None:
        _entries.move_to_end(key)
        stats["hits"] += 1
        failed, value, _ = found
        if failed:
            raise fresh_error(value)
        return copy.deepcopy(value)
    stats["misses"] += 1
    size = key_size(key)
    try:
        value = compute()
    except FormatError as error:
        store(key, (True, error, size))
        raise
    store(key, (False, copy.deepcopy(value), size))
    return value


def fresh_error(error: FormatError) -> FormatError:
    """A new exception of the same class and attributes (each raise gets its own, without the old traceback)."""
    again = error.__class__.__new__(error.__class__)
    again.args = error.args
    again.__dict__.update(error.__dict__)
    return again


def store(key: Hashable, entry: tuple[bool, Any, int]) -> None:
    global _held
    if entry[2] > MAX_KEY_BYTES:
        return
    _entries[key] = entry
    _held += entry[2]
    while len(_entries) > MAX_ENTRIES or _held > MAX_KEY_BYTES:
        _, (_, _, size) = _entries.popitem(last=False)
        _held -= size


def clear() -> None:
    global _held
    _entries.clear()
    _held = 0


@contextmanager
def disabled() -> Iterator[None]:
    global _enabled
    before, _enabled = _enabled, False
    try:
        yield
    finally:
        _enabled = before

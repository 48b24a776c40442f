"""TEMPLATE: the value of `schema.FILE_TYPE` → bytes, through the same constructs the reader parses with."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats._template import limits, schema
from binfmt_conformance.formats.wire import postcard
from binfmt_conformance.formats.wire.codec import run_build

BODY_CODEC = postcard.codec(schema.space, schema.BODY, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)


def write_file(value: dict[str, Any]) -> bytes:
    return schema.FILE.build({"header": value["header"], "body": run_build(BODY_CODEC, value["body"])})

"""TEMPLATE: bytes → the value of `schema.FILE_TYPE`, check by check in the order the chapter states.

The container is parsed through the schema's constructs (`CHECKS.parse_header`, `CHECKS.parse`), the body
through the wire codec derived from the type tree (`CHECKS.wire()` gives its failures their clauses). No
`struct`, no slicing by literal sizes: what the schema declares is what runs.
"""

from __future__ import annotations

from typing import Any

import construct as c

from binfmt_conformance.formats._template import limits, profiles, schema
from binfmt_conformance.formats._template.checks import CHECKS
from binfmt_conformance.formats.wire import postcard
from binfmt_conformance.formats.wire.codec import parse_prefix

BODY_CODEC = postcard.codec(schema.space, schema.BODY, max_depth=limits.MAX_DEPTH, max_items=limits.MAX_ITEMS)


def read_file(data: bytes, profile: str = profiles.DEFAULT_PROFILE) -> dict[str, Any]:
    rules = profiles.PROFILES[profile]
    CHECKS.require("limits.size", len(data) <= limits.MAX_FILE_SIZE, f"file larger than {limits.MAX_FILE_SIZE}")
    header = CHECKS.parse_header(schema.HEADER, data)
    CHECKS.require("header.version", header.version == schema.VERSION, f"version {header.version} is not 1")
    CHECKS.require(
        "header.flags", header.flags == 0 or not rules.reserved_flags_rejected, f"flags {header.flags:#x} set"
    )
    container = CHECKS.parse(schema.FILE, data, {c.StreamError: "body.length", c.TerminatedError: "body.trailing-file"})
    with CHECKS.wire():
        body, used = parse_prefix(BODY_CODEC, container.body)
    CHECKS.require("body.trailing", used == len(container.body), f"{len(container.body) - used} bytes follow Body")
    return {"header": {"version": header.version, "flags": header.flags}, "body": body}

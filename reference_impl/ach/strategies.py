"""Hypothesis strategies for `.ach` document models, derived from the schema's type tree (used by the runner's
property checks and the tests)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats.ach import schema


def bodies() -> st.SearchStrategy[dict[str, Any]]:
    return derive.values(schema.space, schema.BODY)


def headers() -> st.SearchStrategy[dict[str, Any]]:
    """Headers every profile reads: version 1.x, flags and compression byte agreeing, reserved zero."""
    compressed = st.booleans()
    return compressed.flatmap(
        lambda z: st.fixed_dictionaries(
            {
                "version_major": st.just(schema.FORMAT_VERSION_MAJOR),
                "version_minor": st.integers(0, 0xFFFF),
                "flags": st.just(schema.FLAG_COMPRESSED if z else 0),
                "created_timestamp": st.integers(0, (1 << 64) - 1),
                "achronyme_version": st.binary(min_size=16, max_size=16),
                "compression": st.just(schema.COMPRESSION_ZSTD if z else schema.COMPRESSION_NONE),
                "reserved": st.just(bytes(27)),
            }
        )
    )


def consistent(body: dict[str, Any]) -> dict[str, Any]:
    """Make the metadata agree with the bindings, as save_environment writes it (strict checks this)."""
    names = [name for name, _ in body["bindings"]]
    metadata = dict(body["metadata"], num_bindings=len(names), binding_names=sorted(names, key=str.encode))
    return {"metadata": metadata, "bindings": body["bindings"]}


def documents() -> st.SearchStrategy[Any]:
    files = st.fixed_dictionaries({"header": headers(), "body": bodies().map(consistent)})
    return files.map(lambda value: model.to_model(schema.space, schema.FILE_TYPE, value))

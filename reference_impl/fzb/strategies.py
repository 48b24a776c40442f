"""Hypothesis strategies for `.fzb` chunks and document models, derived from the schema's type tree."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats.fzb import schema


def chunks(generation: str = "current", max_depth: int = 4) -> st.SearchStrategy[dict[str, Any]]:
    layout = schema.LAYOUTS[generation]

    def in_declaration_order(value: dict[str, Any]) -> dict[str, Any]:
        # hypothesis' fixed_dictionaries does not keep key order; the codecs need struct fields in order
        return model.from_model(layout.space, layout.chunk, model.to_model(layout.space, layout.chunk, value))

    return derive.values(layout.space, layout.chunk, max_depth=max_depth).map(in_declaration_order)


def documents(generation: str = "current") -> st.SearchStrategy[Any]:
    layout = schema.LAYOUTS[generation]
    files = st.fixed_dictionaries({"version": st.just(schema.FZB_VERSION), "chunk": chunks(generation)})
    return files.map(lambda value: model.to_model(layout.space, layout.file_type, value))

"""Hypothesis strategies of `.rzb` document models, derived from the schema's type tree of each generation."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.rzb import schema


def bundles(generation: str = schema.GENERATIONS[-1], max_depth: int = 3) -> st.SearchStrategy[Any]:
    """Values of `RayzorBundle` in `generation`'s tree, struct fields in declaration order."""
    layout = schema.LAYOUTS[generation]

    def in_declaration_order(value: Any) -> Any:
        # hypothesis' fixed_dictionaries does not keep key order; the codecs need struct fields in order. The
        # header fields are constants a reader checks.
        value = {**value, "magic": schema.BUNDLE_MAGIC, "version": schema.BUNDLE_VERSION}
        return model.from_model(layout.space, layout.bundle, model.to_model(layout.space, layout.bundle, value))

    return derive.values(layout.space, layout.bundle, max_depth=max_depth, max_size=2).map(in_declaration_order)


def documents(generation: str = schema.GENERATIONS[-1]) -> st.SearchStrategy[Any]:
    """Document models of a raw or zstd bundle written in `generation`."""
    layout = schema.LAYOUTS[generation]
    files = st.fixed_dictionaries(
        {
            "container": st.sampled_from([t.Variant("Raw"), t.Variant("Zstd")]),
            "generations": st.just([generation]),
            "bundle": bundles(generation),
        }
    )
    return files.map(lambda value: model.to_model(layout.space, layout.file_type, value))


@st.composite
def files(draw: st.DrawFn) -> tuple[str, str, dict[str, Any], bytes]:
    """(generation, container, bundle value, file bytes) of a bundle drawn in any generation."""
    from binfmt_conformance.reference_impl.rzb import writer

    generation = draw(st.sampled_from(schema.GENERATIONS))
    container = draw(st.sampled_from(("Raw", "Zstd")))
    value = draw(bundles(generation))
    return generation, container, value, writer.write_bytes(value, generation, container)


@st.composite
def decoded_documents(draw: st.DrawFn) -> Any:
    """Models as decode reports them under `auto`: `generations` lists every generation the payload decodes
    under (for a small bundle often more than the one it was drawn in), so encode and decode round-trip."""
    from binfmt_conformance.reference_impl.rzb import FORMAT

    _, _, _, data = draw(files())
    return FORMAT.decode(data, "auto")

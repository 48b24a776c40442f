"""TEMPLATE: hypothesis strategies of valid document models, derived from the type tree."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats._template import schema


def documents() -> st.SearchStrategy[Any]:
    header = st.fixed_dictionaries({"version": st.just(schema.VERSION), "flags": st.just(0)})
    files = st.tuples(header, derive.values(schema.space, schema.BODY))
    return files.map(lambda pair: model.to_model(schema.space, schema.FILE_TYPE, {"header": pair[0], "body": pair[1]}))

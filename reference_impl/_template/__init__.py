"""TEMPLATE of a format in the reference implementation: copy `reference_impl/_template/` to
`reference_impl/<pkg>/` (with `formats/_template/` to `formats/<pkg>/`) and rename. The registry finds a format
by the `FORMAT = ...` assignment in this file; a package whose name starts with `_` is never a format.

Every module of this folder is one a format's folder must have (tests/test_contract.py compares them); what a
format needs beyond the shared layers is an additive extension of them (formats/README.md, "Extending the shared
layers"), never a local copy."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats._template import EXTENSION, NAME, schema
from binfmt_conformance.formats._template.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.reference_impl._template import reader, writer
from binfmt_conformance.reference_impl.registry import ReferenceFormat


class TemplateFormat(ReferenceFormat):
    name = NAME
    extension = EXTENSION
    profiles = tuple(PROFILES)
    default_profile = DEFAULT_PROFILE

    def decode(self, data: bytes, profile: str) -> Any:
        return model.to_model(schema.space, schema.FILE_TYPE, reader.read_file(data, self.check_profile(profile)))

    def encode(self, document: Any, profile: str) -> bytes:
        return writer.write_file(model.from_model(schema.space, schema.FILE_TYPE, document))

    def canonical_view(self, data: bytes) -> bytes:
        return data  # nothing compressed: two encoders must agree byte for byte

    def model_schema(self) -> dict[str, Any]:
        return model.json_schema(schema.space, schema.FILE_TYPE)

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl._template import strategies

        return strategies.documents()


FORMAT = TemplateFormat()

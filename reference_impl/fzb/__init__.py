"""Fusabi bytecode `.fzb` in the reference implementation: decode, encode and execute.

The document model is `formats.fzb.schema.FILE_TYPE` of the profile's wire generation:
`{"version": <u8>, "chunk": <Chunk>}` (spec/formats/fzb.md, "Document model").
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from binfmt_conformance.formats import layout, model
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.fzb import EXTENSION, NAME, schema
from binfmt_conformance.formats.fzb.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.formats.wire import trace
from binfmt_conformance.reference_impl import memo
from binfmt_conformance.reference_impl.fzb import reader, writer
from binfmt_conformance.reference_impl.registry import ReferenceFormat, Unsupported


@cache
def traced_chunk() -> Any:
    from binfmt_conformance.formats.wire import bincode1

    return bincode1.codec(schema.CURRENT.space, schema.CURRENT.chunk, max_depth=1 << 10, trace=True)


class FzbFormat(ReferenceFormat):
    name = NAME
    extension = EXTENSION
    profiles = tuple(PROFILES)
    default_profile = DEFAULT_PROFILE
    operations = ("decode", "encode", "execute")

    def decode(self, data: bytes, profile: str) -> Any:
        return reader.read_document(data, self.check_profile(profile))

    def encode(self, document: Any, profile: str) -> bytes:
        profile = self.check_profile(profile)
        layout = PROFILES[profile].layout
        return writer.write_file(model.from_model(layout.space, layout.file_type, document), profile)

    def canonical_view(self, data: bytes) -> bytes:
        """The bytes up to the end of the chunk: bincode 1 gives every value exactly one encoding, so two
        encoders agree byte for byte; trailing bytes are not part of the file's content."""
        for profile in ("upstream", "legacy-b248970"):
            try:
                return data[: reader.read_file(data, profile).end]
            except FormatError:
                continue
        return data

    def field_at(self, view: bytes, offset: int) -> str | None:
        """The view is the file up to the end of its chunk: the header, then bincode 1 of the chunk."""
        size = schema.HEADER.sizeof()
        if offset < size:
            return f"header.{layout.field_at(schema.HEADER, offset)}"
        return trace.field_at(traced_chunk(), view[size:], offset - size, "chunk")

    def model_schema(self) -> dict[str, Any]:
        """The model of a file under any profile: the current layout's or the b248970 layout's (whose
        named types are prefixed `b248970.` so the two sets of definitions do not collide)."""
        current = model.json_schema(schema.space, schema.FILE_TYPE)
        legacy_schema = model.json_schema(schema.legacy_space, schema.LEGACY_FILE_TYPE)
        legacy = model.prefixed_definitions(legacy_schema, "b248970.")
        return {
            "$schema": current["$schema"],
            "anyOf": [{"$ref": current["$ref"]}, {"$ref": legacy["$ref"]}],
            model.DEFS: {**current[model.DEFS], **legacy[model.DEFS]},
        }

    def model_schema_for(self, profile: str) -> dict[str, Any]:
        """The model of a file read under one profile (the layout it reads)."""
        layout = PROFILES[self.check_profile(profile)].layout
        return model.json_schema(layout.space, layout.file_type)

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl.fzb import strategies

        return strategies.documents()

    def operate(self, operation: str, profile: str, data: bytes | None, options: dict[str, Any]) -> Any:
        if operation != "execute":
            return super().operate(operation, profile, data, options)
        profile = self.check_profile(profile)
        try:
            vm = importlib.import_module("binfmt_conformance.reference_impl.fzb.vm")
        except ModuleNotFoundError as missing:
            if missing.name != "binfmt_conformance.reference_impl.fzb.vm":
                raise
            raise Unsupported("the fzb VM (reference_impl/fzb/vm.py) is not present") from None
        parsed = reader.read_file(data or b"", profile)
        # The answer depends on the bytes as read, the layout that read them, the execution semantics and the
        # options only: upstream and strict (same layout, same semantics) run a program once (memo.py).
        options_key = memo.options_key(options)
        key = None
        if options_key is not None:
            key = (
                "fzb.execute",
                vm.semantics_of(profile),
                parsed.profile.generation,
                (data or b"")[: parsed.end],
                options_key,
            )
        return memo.remembered(key, lambda: vm.execute_model(parsed.chunk, profile, options))


FORMAT = FzbFormat()
__all__ = ["FORMAT", "FzbFormat"]

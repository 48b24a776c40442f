"""Rayzor bundles `.rzb` in the reference implementation: decode, encode, and the `.blade` / `.bsym` files.

The document model of a bundle is `formats.rzb.schema` `RzbFile` of the generation it was read with:
`{"container": Raw|Zstd, "generations": [...], "bundle": <RayzorBundle>}` (spec/formats/rzb.md, "Document
model"). The bundle is the value under the newest generation listed; encoding writes that generation (under a
named profile, the profile's, which the model must list).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.rzb import schema
from binfmt_conformance.formats.rzb.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.formats.wire import postcard, trace
from binfmt_conformance.reference_impl import memo
from binfmt_conformance.reference_impl.registry import ReferenceFormat
from binfmt_conformance.reference_impl.rzb import reader, writer


def document(decoded: reader.Decoded) -> dict[str, Any]:
    """The Python value of `RzbFile` for a decoded bundle."""
    return {"container": t.Variant(decoded.container), "generations": decoded.generations, "bundle": decoded.value}


def model_generation(document_model: Any, profile: str) -> str:
    """The generation a model is encoded with: the profile's when it names one, else the newest listed."""
    listed = document_model.get("generations") if isinstance(document_model, dict) else None
    if not isinstance(listed, list) or not listed or not all(g in schema.GENERATIONS for g in listed):
        raise FormatError(
            ErrorClass.INVALID_MODEL, f"generations must be a non-empty list of {schema.GENERATIONS}", "rzb.model.file"
        )
    rules = PROFILES[profile]
    if rules.detects:
        return max(listed, key=schema.GENERATIONS.index)
    if rules.generations[0] not in listed:
        message = f"profile {profile} writes {rules.generations[0]}, the model lists {listed}"
        raise FormatError(ErrorClass.INVALID_MODEL, message, "rzb.model.file")
    return rules.generations[0]


@cache
def traced_payload(generation: str) -> Any:
    layout = schema.LAYOUTS[generation]
    return postcard.codec(layout.space, layout.bundle, max_depth=1 << 10, trace=True)


class RzbFormat(ReferenceFormat):
    name = "rzb"
    extension = ".rzb"
    profiles = reader.PROFILE_NAMES
    default_profile = DEFAULT_PROFILE
    # `.blade` and `.bsym` files go through their own operations: the protocol's decode is the bundle's
    operations = ("decode", "encode", "execute", "decode_blade", "decode_bsym", "verify")

    def decode(self, data: bytes, profile: str) -> Any:
        profile = self.check_profile(profile)
        decoded = reader.read_bundle(data, profile)
        layout = schema.LAYOUTS[decoded.generation]
        return model.to_model(layout.space, layout.file_type, document(decoded))

    def encode(self, document_model: Any, profile: str) -> bytes:
        profile = self.check_profile(profile)
        generation = model_generation(document_model, profile)
        layout = schema.LAYOUTS[generation]
        value = model.from_model(layout.space, layout.file_type, document_model)
        return writer.write_bytes(value["bundle"], generation, value["container"].name)

    def canonical_view(self, data: bytes) -> bytes:
        """The container and the decompressed postcard bytes up to the end of the value: compressed bytes
        depend on the zstd build, and postcard writes each value one way (rzb.write.canonical)."""
        for profile in ("auto", *(g.lower() for g in schema.GENERATIONS)):
            try:
                decoded = reader.read_bundle(data, profile)
            except FormatError:
                continue
            return decoded.container.encode() + b"\0" + decoded.payload[: decoded.end]
        return data

    def field_at(self, view: bytes, offset: int) -> str | None:
        """The view is the container's name, a NUL, then the postcard payload of the newest generation whose
        layout reads all of it."""
        container, _, payload = view.partition(b"\0")
        if offset <= len(container):
            return "container (Raw or Zstd: how the file stores the payload)"
        for generation in reversed(schema.GENERATIONS):
            if trace.parses_whole(reader.payload_codec(reader.BUNDLE, generation, False), payload):
                found = trace.field_at(traced_payload(generation), payload, offset - len(container) - 1, "bundle")
                return f"{found} ({generation})" if found else None
        return None

    def operate(self, operation: str, profile: str, data: bytes | None, options: dict[str, Any]) -> Any:
        if operation == "execute":  # the MIR interpreter (spec/formats/rzb-execution.md)
            from binfmt_conformance.reference_impl.rzb import vm

            decoded = reader.read_bundle(data or b"", self.check_profile(profile))
            # The value is the parse of payload[:end] by the generation's layout, and the run depends on it and
            # the options only: profiles that read the same generation run a program once (memo.py).
            options_key = memo.options_key(options)
            key = None
            if options_key is not None:
                key = ("rzb.execute", decoded.generations[-1], decoded.payload[: decoded.end], options_key)
            return memo.remembered(key, lambda: vm.execute_model(decoded.value, options))
        if operation == "verify":
            return self.verify(data or b"", self.check_profile(profile), options)
        kind = {"decode_blade": reader.BLADE, "decode_bsym": reader.SYMBOLS}.get(operation)
        if kind is None:
            return super().operate(operation, profile, data, options)
        decoded = reader.read(kind, data or b"", self.check_profile(profile))
        layout = kind.layout(decoded.generation)
        file_type = layout.blade_file_type if kind is reader.BLADE else layout.symbol_file_type
        field = "module" if kind is reader.BLADE else "manifest"
        return model.to_model(layout.space, file_type, {"generations": decoded.generations, field: decoded.value})

    def verify(self, data: bytes, profile: str, options: dict[str, Any]) -> Any:
        """The signed-bundle proposal: `{"signer": hex, "bundle": model}` of an envelope that verifies (with
        option `key`, a hex public key, it must be that signer's)."""
        from binfmt_conformance.reference_impl.rzb import signing

        key = options.get("key")
        trusted = bytes.fromhex(key) if isinstance(key, str) else None
        signer, bundle = signing.verify(data, trusted)
        return {"signer": signer.hex(), "bundle": self.decode(bundle, profile)}

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl.rzb import strategies

        return strategies.decoded_documents()

    def model_schema(self) -> dict[str, Any]:
        """A file's model under any generation; each generation's definitions are prefixed `S<n>.`."""
        parts = [
            model.prefixed_definitions(model.json_schema(lay.space, lay.file_type), f"{g}.")
            for g, lay in schema.LAYOUTS.items()
        ]
        definitions: dict[str, Any] = {}
        for part in parts:
            definitions.update(part[model.DEFS])
        return {
            "$schema": parts[0]["$schema"],
            "anyOf": [{"$ref": part["$ref"]} for part in parts],
            model.DEFS: definitions,
        }


FORMAT = RzbFormat()

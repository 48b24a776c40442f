"""RunMat stdlib snapshots in the reference implementation: decode, encode, canonical view, model schema.

The document model is the `SnapshotFile` of the layout a file is read with:
`{"header": SnapshotHeader, "body": Snapshot | bytes, "checksum": bytes | null}` (spec/formats/runmat-snapshot.md,
"Document model"). The body schema follows the header's `metadata.runmat_version`.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from binfmt_conformance.formats import model
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.formats.runmat_snapshot.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.formats.wire import bincode1, trace
from binfmt_conformance.reference_impl.registry import ReferenceFormat
from binfmt_conformance.reference_impl.runmat_snapshot import reader, writer


def layout_of_model(document: Any) -> schema.Layout:
    """The layout an encoder writes a model with: the magic's length and the release in its header."""
    try:
        header = document["header"]
        magic_hex = header["magic"]["value"]
        version = header["metadata"]["runmat_version"]
    except (KeyError, TypeError) as missing:
        raise FormatError(ErrorClass.INVALID_MODEL, f"not a snapshot model ({missing})") from None
    magic = next((name for name, value in schema.MAGICS.items() if len(value) * 2 == len(str(magic_hex))), None)
    chosen = schema.body_schema_for(version) if isinstance(version, str) else None
    if magic is None or chosen is None:
        raise FormatError(ErrorClass.INVALID_MODEL, f"no layout for magic {magic_hex!r} and release {version!r}")
    return schema.build_layout(chosen, magic)


def release_condition(body_schema: str, magic: str) -> dict[str, Any]:
    """A JSON Schema that holds for models whose header has this magic and a release of this body schema."""
    releases = [r for r in schema.KNOWN_RELEASES if schema.body_schema_for(r) == body_schema]
    magic_hex = schema.MAGICS[magic].hex()
    header = {
        "properties": {
            "magic": {"properties": {"value": {"const": magic_hex}}},
            "metadata": {"properties": {"runmat_version": {"enum": releases}}},
        }
    }
    return {"properties": {"header": header}, "required": ["header"]}


@cache
def traced_body(body_schema: str) -> Any:
    layout = schema.build_layout(body_schema)
    return bincode1.codec(layout.space, layout.body, max_depth=1 << 10, trace=True)


class RunmatSnapshotFormat(ReferenceFormat):
    name = "runmat-snapshot"
    extension = ".snapshot"
    profiles = tuple(PROFILES)
    default_profile = DEFAULT_PROFILE

    def decode(self, data: bytes, profile: str) -> Any:
        parsed = reader.read_file(data, self.check_profile(profile))
        return model.to_model(parsed.layout.space, parsed.layout.file_type, parsed.document)

    def encode(self, document: Any, profile: str) -> bytes:
        self.check_profile(profile)
        layout = layout_of_model(document)
        value = model.from_model(layout.space, layout.file_type, document)
        return writer.write_file(value, layout.body_schema, layout.magic)

    def field_at(self, view: bytes, offset: int) -> str | None:
        """The view is the header's model as JSON, a newline, the decompressed body (bincode 1 of the newest
        era's `Snapshot` that reads all of it), a newline and the checksum verdict."""
        header_end = view.find(b"\n")
        verdict_start = view.rfind(b"\n") + 1
        if offset <= header_end:
            return "header (its model, less what follows from the compressed bytes)"
        if offset >= verdict_start - 1:
            return "the checksum verdict (none, ok or bad)"
        body = view[header_end + 1 : verdict_start - 1]
        for generation in reversed(schema.GENERATIONS):
            if trace.parses_whole(reader.body_codec(generation), body):
                found = trace.field_at(traced_body(generation), body, offset - header_end - 1, "body")
                return f"{found} ({generation})" if found else "body"
        return "body"

    def canonical_view(self, data: bytes) -> bytes:
        """Header (less what depends on the compressed bytes) ‖ decompressed body ‖ checksum verdict."""
        try:
            parsed = reader.read_file(data, "upstream")
        except FormatError:
            return data
        header = writer.with_payload_size(parsed.header, 0)
        if header["data_info"]["data_offset"]:
            header["data_info"]["data_offset"] = 1
        space = parsed.layout.space
        view = json.dumps(model.to_model(space, parsed.layout.header, header), sort_keys=True).encode()
        verdict = {None: b"checksum:none", True: b"checksum:ok", False: b"checksum:bad"}[parsed.checksum_ok]
        return view + b"\n" + parsed.body_bytes + b"\n" + verdict

    def model_schema(self) -> dict[str, Any]:
        """The model of a file as decode reports it: the layout follows from the magic's length and the
        release (if/then/else on both, so a validator never tries the other layouts); each layout's named types
        are prefixed with it. The f1bdecc37 schema is chosen only by option and has no branch here."""
        definitions: dict[str, Any] = {}
        branches = []
        for (body_schema, magic), layout in schema.layouts().items():
            if body_schema == "f1bdecc37":
                continue
            part = model.prefixed_definitions(
                model.json_schema(layout.space, layout.file_type), f"{body_schema}.{magic}."
            )
            definitions.update(part[model.DEFS])
            branches.append((release_condition(body_schema, magic), {"$ref": part["$ref"]}))
        tree: dict[str, Any] = {"not": {}}
        for condition, target in reversed(branches):
            tree = {"if": condition, "then": target, "else": tree}
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", **tree, model.DEFS: definitions}

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl.runmat_snapshot import strategies

        return strategies.documents()


FORMAT = RunmatSnapshotFormat()

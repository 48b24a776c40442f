"""Achronyme `.ach` environment files in the reference implementation."""

from __future__ import annotations

from functools import cache
from typing import Any

from binfmt_conformance.formats import layout, model
from binfmt_conformance.formats.ach import EXTENSION, NAME, schema
from binfmt_conformance.formats.ach.profiles import DEFAULT_PROFILE, PROFILES
from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.formats.wire import msgpack_rmp, trace
from binfmt_conformance.reference_impl.ach import reader, writer
from binfmt_conformance.reference_impl.registry import ReferenceFormat


@cache
def traced_body() -> Any:
    return msgpack_rmp.codec(schema.space, schema.BODY, lenient=False, max_depth=1 << 10, trace=True)


class AchFormat(ReferenceFormat):
    name = NAME
    extension = EXTENSION
    profiles = tuple(PROFILES)
    default_profile = DEFAULT_PROFILE

    def decode(self, data: bytes, profile: str) -> Any:
        parsed = reader.read_file(data, self.check_profile(profile))
        header = {name: parsed.header[name] for name in schema.HEADER_TYPE.field_names()}
        return model.to_model(schema.space, schema.FILE_TYPE, {"header": header, "body": parsed.body})

    def encode(self, document: Any, profile: str) -> bytes:
        value = model.from_model(schema.space, schema.FILE_TYPE, document)
        return writer.write_file(value["header"], value["body"])

    def canonical_view(self, data: bytes) -> bytes:
        """Header ‖ decompressed MessagePack ‖ checksum verdict: equal for two encoders that differ only in
        how zstd compressed the body."""
        try:
            parsed = reader.read_file(data, "upstream", verify_checksum=False)
        except FormatError:
            return data
        verdict = b"checksum:ok" if parsed.checksum_ok else b"checksum:bad"
        return schema.HEADER.build(parsed.header) + parsed.payload + verdict

    def field_at(self, view: bytes, offset: int) -> str | None:
        """The view is the header, the MessagePack body, then the checksum verdict (not bytes of the file)."""
        size = schema.HEADER.sizeof()
        if offset < size:
            return f"header.{layout.field_at(schema.HEADER, offset)}"
        found = trace.field_at(traced_body(), view[size:], offset - size, "body")
        return found or "the checksum verdict (whether the stored SHA-256 matches the body)"

    def model_schema(self) -> dict[str, Any]:
        return model.json_schema(schema.space, schema.FILE_TYPE)

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl.ach import strategies

        return strategies.documents()


FORMAT = AchFormat()

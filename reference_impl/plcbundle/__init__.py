"""plcbundle in the kit: decode/encode of one bundle file, random access, repository verification and the
validating replay, behind `FORMAT` (spec/formats/plcbundle.md).

Document model (formats.plcbundle.schema.BUNDLE): `{"layout": {"variant": "Legacy"|"Framed"},
"metadata": null | {"json": <metadata JSON text as stored>, "fields": <members as parsed>},
"records": [<each line's exact text>]}`.

Operations:
- `operate("get_operation", profile, bundle_bytes, {"position": N})` → the record line at bundle-local N;
  `operate("get_operation", profile, None, {"path": DIR, "global_position": G})` → the line at global G;
- `operate("verify", profile, None, {"path": DIR})` → the verdict of a clean repository (see
  `repository.VerifyReport.result`), or FormatError with the first failure's class;
- `operate("replay", profile, None, {"path": DIR})` → `replay.ReplayResult.to_json(include_detail=False)`
  over every bundle's records in order, then the mempool.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from binfmt_conformance.formats import model as document_model
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.formats.plcbundle import EXTENSION, NAME, schema
from binfmt_conformance.formats.plcbundle import profiles as plc_profiles
from binfmt_conformance.reference_impl.plcbundle import jsontext, reader, repository, writer
from binfmt_conformance.reference_impl.registry import ReferenceFormat, Unsupported

# Members of the metadata JSON that depend on the compressed bytes: an encoder recomputes them.
COMPRESSION_MEMBERS = ("frame_offsets", "compressed_size")


def bundle_value(bundle: reader.Bundle) -> dict[str, Any]:
    metadata = None
    if bundle.metadata is not None:
        metadata = {"json": bundle.metadata.text, "fields": bundle.metadata.fields()}
    return {
        "layout": t.Variant("Framed" if bundle.layout == "framed" else "Legacy"),
        "metadata": metadata,
        "records": list(bundle.records),
    }


def decode(data: bytes, profile: str = "strict") -> Any:
    return document_model.to_model(schema.space, schema.BUNDLE, bundle_value(reader.read_bundle(data, profile)))


def encode(model: Any, profile: str = "strict") -> bytes:
    """Model → bundle bytes. A framed model keeps its metadata text byte for byte except the members that
    depend on compression (frame_offsets, compressed_size), which are recomputed for the frames written."""
    value = document_model.from_model(schema.space, schema.BUNDLE, model)
    records = value["records"]
    if any("\n" in line for line in records):
        raise FormatError(ErrorClass.INVALID_MODEL, "a record line holds a newline")
    prof = plc_profiles.get(profile)
    if value["layout"].name == "Legacy":
        if value["metadata"] is not None:
            raise FormatError(ErrorClass.INVALID_MODEL, "a legacy bundle has no metadata")
        return writer.write_legacy(records)
    if value["metadata"] is None:
        raise FormatError(ErrorClass.INVALID_MODEL, "a framed bundle needs its metadata")
    text = value["metadata"]["json"]
    try:
        parsed = reader.parse_metadata(text.encode("utf-8"), plc_profiles.get("go"))
    except FormatError as exc:
        raise FormatError(ErrorClass.INVALID_MODEL, f"metadata text: {exc.message}") from None
    if parsed.fields() != value["metadata"]["fields"]:
        raise FormatError(ErrorClass.INVALID_MODEL, "metadata fields do not match the metadata text")
    frame_size = parsed.get("frame_size") or schema.RECORDS_PER_FRAME
    framing = prof if prof.layout == "framed" else plc_profiles.get("strict")
    frames = writer.compress_frames(records, framing, frame_size)
    updates: dict[str, Any] = {"frame_offsets": writer.relative_offsets(frames)}
    if parsed.get("compressed_size") is not None:
        updates["compressed_size"] = sum(len(f) for f in frames)
    return writer.assemble(jsontext.replace_members(text, updates), frames)


def canonical_view(data: bytes) -> bytes:
    """Layout, the metadata text without its compression-dependent members, the verdict and the content."""
    try:
        bundle = reader.read_bundle(data, "go")
    except FormatError as exc:
        return f"plcbundle\nerror {exc.error_class.value}\n".encode()
    metadata = ""
    if bundle.metadata is not None:
        metadata = jsontext.replace_members(bundle.metadata.text, dict.fromkeys(COMPRESSION_MEMBERS))
    try:
        reader.read_bundle(data, "strict")
        verdict = "ok"
    except FormatError as exc:
        verdict = exc.error_class.value
    head = f"plcbundle\n{bundle.layout}\n{metadata}\n{verdict}\n{hashlib.sha256(bundle.content).hexdigest()}\n"
    return head.encode() + bundle.content


VIEW_LINES = ("the layout (legacy or framed)", "the metadata text", "the strict verdict", "the content's SHA-256")


def view_field(view: bytes, offset: int) -> str | None:
    """What a canonical view holds at `offset`: its head lines (as `canonical_view` writes them), then the
    content, named by record (line) number."""
    lines = view.split(b"\n", 5)
    if len(lines) < 6 or lines[0] != b"plcbundle":
        return None
    start = 0
    for index, line in enumerate(lines[:5]):
        if offset <= start + len(line):
            return "the view's first line" if index == 0 else VIEW_LINES[index - 1]
        start += len(line) + 1
    record = view.count(b"\n", start, offset)
    return f"content, record {record} (line {record + 1} of the JSONL)"


def global_lookup(root: Path, global_position: int, profile: str) -> str:
    """The record at a global position: Go counts bundle × 10000 + p, the others (bundle − 1) × 10000 + p;
    both read a number below 10000 as bundle 1, position g."""
    prof = plc_profiles.get(profile)
    if global_position < 0:
        raise reader.position_error(f"global position {global_position} is negative")
    if global_position < schema.RECORDS_PER_BUNDLE:
        number, position = 1, global_position
    else:
        number = global_position // schema.RECORDS_PER_BUNDLE + prof.global_position_base
        position = global_position % schema.RECORDS_PER_BUNDLE
    file = root / repository.bundle_filename(number)
    if not file.is_file():
        raise FormatError(ErrorClass.INVALID_VALUE, f"bundle {number} not found", "plcbundle.access.global")
    return reader.get_operation(file.read_bytes(), position, prof)


def repository_lines(root: Path, profile: str) -> list[str]:
    """Every record of a repository in stream order: the bundles by number, then the mempool."""
    prof = plc_profiles.get(profile)
    index = repository.load_index(root, prof)
    lines: list[str] = []
    for entry in index["bundles"]:
        lines.extend(
            reader.read_bundle((root / repository.bundle_filename(entry["bundle_number"])).read_bytes(), prof).records
        )
    last = index["bundles"][-1]["bundle_number"] if index["bundles"] else 0
    mempool = root / repository.mempool_filename(last + 1)
    if mempool.is_file():
        lines.extend(reader.split_content(mempool.read_bytes(), prof))
    return lines


class PlcBundleFormat(ReferenceFormat):
    name = NAME
    extension = EXTENSION
    profiles = plc_profiles.PROFILE_NAMES
    default_profile = plc_profiles.DEFAULT_PROFILE
    operations = ("decode", "encode", "get_operation", "verify", "replay")

    def decode(self, data: bytes, profile: str) -> Any:
        return decode(data, self.check_profile(profile))

    def encode(self, model: Any, profile: str) -> bytes:
        return encode(model, self.check_profile(profile))

    def canonical_view(self, data: bytes) -> bytes:
        return canonical_view(data)

    def field_at(self, view: bytes, offset: int) -> str | None:
        return view_field(view, offset)

    def model_schema(self) -> dict[str, Any]:
        return document_model.json_schema(schema.space, schema.BUNDLE)

    def model_strategy(self) -> Any:
        from binfmt_conformance.reference_impl.plcbundle.strategies import bundle_models

        return bundle_models()

    def operate(self, operation: str, profile: str, data: bytes | None, options: dict[str, Any]) -> Any:
        profile = self.check_profile(profile)
        path = Path(options["path"]) if options.get("path") is not None else None
        if operation == "get_operation":
            if path is not None and "global_position" in options:
                return global_lookup(path, int(options["global_position"]), profile)
            if data is None or "position" not in options:
                raise Unsupported("get_operation takes bundle bytes and a position")
            return reader.get_operation(data, int(options["position"]), profile)
        if operation in ("verify", "replay") and path is None:
            raise Unsupported(f"{operation} takes a repository directory (options.path)")
        if operation == "verify":
            report = repository.verify_repository(path, profile)
            if not report.ok:
                raise report.failure()
            return report.result()
        if operation == "replay":
            from binfmt_conformance.reference_impl.plcbundle.replay import replay

            return replay(repository_lines(path, profile)).to_json(include_detail=False)
        raise Unsupported(f"plcbundle does not offer {operation!r}")


FORMAT = PlcBundleFormat()

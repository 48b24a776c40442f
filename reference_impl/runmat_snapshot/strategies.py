"""Hypothesis strategies for RunMat snapshot document models (the runner's property checks and the tests).

Bodies are values of the era-C or v0.5.6 type tree (`formats.strategies`), drawn in a copy of the space whose
time types have u32 seconds (so every Duration and SystemTime is in range), then made to pass upstream's
content validation (name_index points at its builtins, default_preset names a preset). The builder lays out
the file (compression and checksum drawn); the model is what decode reports for it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import model
from binfmt_conformance.formats import strategies as derive
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.runmat_snapshot import schema
from binfmt_conformance.reference_impl.runmat_snapshot import api, reader

RELEASES = {"v0.4.4": "0.4.5", "v0.5.6": "0.5.6"}
CONFIGS = (
    api.SnapshotConfig.preset(api.SnapshotPreset.DEBUG),
    api.SnapshotConfig.preset(api.SnapshotPreset.DEVELOPMENT),
    api.SnapshotConfig.preset(api.SnapshotPreset.HIGH_PERFORMANCE),
    api.SnapshotConfig.preset(api.SnapshotPreset.LOW_MEMORY),
)


@cache
def drawing_space(body_schema: str) -> t.TypeSpace:
    space = t.TypeSpace(dict(schema.build_layout(body_schema).space.types))
    for name in ("Duration", "SystemTime"):
        struct = space.types[name]
        assert isinstance(struct, t.Struct)
        fields = tuple(replace(f, type=t.U32) for f in struct.fields)
        space.types[name] = replace(struct, fields=fields)
    return space


def valid_body(body: dict[str, Any], body_schema: str, preset: dict[str, Any]) -> dict[str, Any]:
    body["metadata"]["runmat_version"] = RELEASES[body_schema]
    functions = body["builtins"]["functions"]
    body["builtins"]["name_index"] = [(f["name"], i) for i, f in enumerate(functions)]
    presets = body["gc_presets"]
    if not presets["presets"]:
        presets["presets"] = [("default", preset)]
    presets["default_preset"] = presets["presets"][0][0]
    return body


@st.composite
def documents(draw: st.DrawFn) -> Any:
    body_schema = draw(st.sampled_from(tuple(RELEASES)))
    space = drawing_space(body_schema)
    body = draw(derive.values(space, t.Ref("Snapshot"), max_depth=3, max_size=2))
    preset = draw(derive.values(space, t.Ref("GcConfig")))
    config = draw(st.sampled_from(CONFIGS))
    data = api.SnapshotBuilder(config, body_schema=body_schema).build(valid_body(body, body_schema, preset))
    parsed = reader.read_file(data, "upstream")
    return model.to_model(parsed.layout.space, parsed.layout.file_type, parsed.document)

"""The type tree of a format's document model as JSON, for the node adapter (adapter.js), which cannot import
Python: it walks this tree beside the Kaitai parse tree to print exactly the model `formats.model.to_model`
prints. Derived from the schema, never written by hand:

    python -m binfmt_conformance.reference_impl.kaitai_js.type_tree  write reference_impl/kaitai_js/fzb-types.json
    python -m binfmt_conformance.reference_impl.kaitai_js.type_tree --check    exit 1 if the committed file is stale

Node shapes: {"int": name, "bits", "signed"}, {"float": name, "bits"}, {"bool": true}, {"str": true},
{"char": true}, {"bytes": size|null}, {"unit": true}, {"option": node}, {"seq": node}, {"tuple": [nodes]},
{"map": [key, value]}, {"struct": name, "fields": [{"name", "type"}]},
{"enum": name, "variants": [{"name", "kind", "types": [nodes], "fields": [names]}]}, {"ref": name}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.fzb import limits as fzb_limits
from binfmt_conformance.formats.fzb import schema as fzb_schema

HERE = Path(__file__).resolve().parent
FZB_TYPES = HERE / "fzb-types.json"
RZB_TYPES = HERE / "rzb-types.json"


def node(typ: t.Type) -> dict[str, Any]:
    if isinstance(typ, t.Ref):
        return {"ref": typ.name}
    if isinstance(typ, t.Int):
        return {"int": typ.name, "bits": typ.bits, "signed": typ.signed}
    if isinstance(typ, t.Float):
        return {"float": typ.name, "bits": typ.bits}
    if isinstance(typ, t.Bool):
        return {"bool": True}
    if isinstance(typ, t.Str):
        return {"str": True}
    if isinstance(typ, t.Char):
        return {"char": True}
    if isinstance(typ, t.Bytes):
        return {"bytes": typ.size}
    if isinstance(typ, t.Unit):
        return {"unit": True}
    if isinstance(typ, t.Option):
        return {"option": node(typ.inner)}
    if isinstance(typ, t.Seq):
        return {"seq": node(typ.inner)}
    if isinstance(typ, t.Tuple):
        return {"tuple": [node(i) for i in typ.items]}
    if isinstance(typ, t.Map):
        return {"map": [node(typ.key), node(typ.value)]}
    if isinstance(typ, t.Struct):
        return {"struct": typ.name, "fields": [{"name": f.name, "type": node(f.type)} for f in typ.fields]}
    if isinstance(typ, t.Enum):
        return {"enum": typ.name, "variants": [variant(v) for v in typ.variants]}
    raise TypeError(typ)


def variant(definition: t.VariantDef) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": definition.name,
        "kind": definition.kind,
        "types": [node(p) for p in definition.types],
    }
    if definition.kind == "struct":
        out["fields"] = [p.name for p in definition.payload if isinstance(p, t.Field)]
    return out


def type_tree(space: t.TypeSpace, root: t.Type, **limits: int) -> dict[str, Any]:
    return {
        "root": node(root),
        "types": {name: node(typ) for name, typ in sorted(space.types.items())},
        "limits": limits,
    }


def fzb_types() -> dict[str, Any]:
    """The current layout (profile `upstream`) with the limits its reader applies."""
    return type_tree(
        fzb_schema.space, fzb_schema.FILE_TYPE, max_depth=fzb_limits.MAX_DEPTH, max_items=fzb_limits.MAX_ITEMS
    )


def rzb_types() -> dict[str, Any]:
    """Every generation's tree, keyed by its name (the parser takes the generation as a parameter), the
    reader's limits, and the class each `valid` rule of rzb.ksy reports (derived from the tree it was
    generated from)."""
    from binfmt_conformance.formats.rzb import limits as rzb_limits
    from binfmt_conformance.formats.rzb import schema as rzb_schema
    from binfmt_conformance.reference_impl.rzb import kaitai_adapter

    return {
        **{g: type_tree(layout.space, layout.bundle) for g, layout in rzb_schema.LAYOUTS.items()},
        "limits": {
            "max_depth": rzb_limits.MAX_DEPTH,
            "max_items": rzb_limits.MAX_ITEMS,
            "max_payload": rzb_limits.MAX_PAYLOAD,
        },
        "validations": {path: error.value for path, error in kaitai_adapter.validations().items()},
        "header_faults": {path: error.value for path, error in kaitai_adapter.HEADER_FAULTS.items()},
    }


def render(tree: dict[str, Any]) -> str:
    return json.dumps(tree, indent=1, sort_keys=False) + "\n"


def render_compact(tree: dict[str, Any]) -> str:
    """One line per generation: seven trees of 150 types stay readable in a diff without 20 000 lines."""
    parts = [f" {json.dumps(k)}: {json.dumps(v, sort_keys=False)}" for k, v in tree.items()]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def files() -> dict[Path, str]:
    """Every type-tree file the node adapter reads, rendered."""
    return {FZB_TYPES: render(fzb_types()), RZB_TYPES: render_compact(rzb_types())}


def main(argv: list[str]) -> int:
    for path, text in files().items():
        if argv == ["--check"]:
            current = path.read_text(encoding="utf-8") if path.is_file() else ""
            if current != text:
                print(f"stale: {path.name} (run python -m binfmt_conformance.reference_impl.kaitai_js.type_tree)")
                return 1
            continue
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

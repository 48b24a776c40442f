"""Bundle values for the `.rzb` corpus, built as plain Python values of `formats.types` (S6, the pin) and
projected onto older generations by walking that generation's declarations: a field the generation lacks is
dropped, a variant it lacks cannot be projected. Bytes come from `rzb_postcard`, never the reference writer."""

from __future__ import annotations

from typing import Any

from binfmt_conformance.corpus.generators import rzb_postcard as pc
from binfmt_conformance.formats import types as t
from binfmt_conformance.formats.rzb import schema

V = t.Variant
NO_LOCATION = {"file_id": 0, "line": 0, "column": 0}


def project(space: t.TypeSpace, typ: t.Type, value: Any) -> Any:
    """An S6 value as generation `space` declares it; raises KeyError for a variant the generation lacks."""
    typ = space.resolve(typ)
    if isinstance(typ, t.Option):
        return None if value is None else project(space, typ.inner, value)
    if isinstance(typ, t.Seq):
        return [project(space, typ.inner, v) for v in value]
    if isinstance(typ, t.Map):
        return [(project(space, typ.key, k), project(space, typ.value, v)) for k, v in value]
    if isinstance(typ, t.Tuple):
        return [project(space, i, v) for i, v in zip(typ.items, value, strict=True)]
    if isinstance(typ, t.Struct):
        return {f.name: project(space, f.type, value[f.name]) for f in typ.fields}
    if isinstance(typ, t.Enum):
        variant = typ.variants[typ.index_of(value.name)]
        if variant.kind == "unit":
            return V(variant.name)
        if variant.kind == "newtype":
            return V(variant.name, project(space, variant.types[0], value.value))
        if variant.kind == "tuple":
            return V(variant.name, [project(space, i, v) for i, v in zip(variant.types, value.value, strict=True)])
        fields = [p for p in variant.payload if isinstance(p, t.Field)]
        return V(variant.name, {f.name: project(space, f.type, value.value[f.name]) for f in fields})
    return value


def encode(value: dict[str, Any], generation: str = "S6") -> bytes:
    layout = schema.LAYOUTS[generation]
    return pc.encode(layout.space, layout.bundle, project(layout.space, layout.bundle, value))


def signature(params: list[tuple[str, V, int]] | None = None, returns: V | None = None) -> dict[str, Any]:
    return {
        "parameters": [{"name": n, "ty": ty, "reg": reg, "by_ref": False} for n, ty, reg in params or []],
        "return_type": returns or V("Void"),
        "calling_convention": V("Haxe"),
        "can_throw": False,
        "type_params": [],
        "uses_sret": False,
    }


def block(
    block_id: int, instructions: list[V], terminator: V | None = None, **extra: Any
) -> tuple[int, dict[str, Any]]:
    body = {
        "id": block_id,
        "label": None,
        "instructions": instructions,
        "terminator": terminator or V("Return", {"value": None}),
        "phi_nodes": [],
        "source_location": NO_LOCATION,
        "predecessors": [],
        "metadata": {
            "frequency_hint": None,
            "is_loop_header": False,
            "in_exception_handler": False,
            "optimization_hints": [],
        },
    }
    body.update(extra)
    return block_id, body


def function(fn_id: int, name: str, blocks: list[tuple[int, dict[str, Any]]] | None = None, **extra: Any) -> dict:
    body = {
        "id": fn_id,
        "symbol_id": 1000 + fn_id,
        "name": name,
        "qualified_name": None,
        "signature": signature(),
        "cfg": {"blocks": blocks if blocks is not None else [block(0, [])], "entry_block": 0, "next_block_id": 1},
        "locals": [],
        "register_types": [],
        "attributes": {
            "linkage": V("Public"),
            "inline": V("Auto"),
            "pure": False,
            "no_return": False,
            "optimize_size": False,
            "custom": [],
        },
        "kind": V("UserDefined"),
        "source_location": NO_LOCATION,
        "next_reg_id": 0,
        "type_param_tag_fixups": [],
        "wasm_export": False,
        "js_import": None,
    }
    body.update(extra)
    return body


def module(name: str = "main", functions: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    functions = [function(0, "main")] if functions is None else functions
    body = {
        "name": name,
        "source_file": f"src/{name}.hx",
        "functions": [(f["id"], f) for f in functions],
        "globals": [],
        "types": [],
        "string_pool": {"strings": [], "string_to_id": [], "next_id": 0},
        "extern_functions": [],
        "metadata": {
            "target_triple": None,
            "language_version": "4.3",
            "optimization_level": V("None"),
            "debug_info": V("None"),
            "attributes": [],
        },
        "next_function_id": len(functions),
        "next_global_id": 0,
        "next_typedef_id": 0,
        "symbol_to_register": [],
        "register_to_symbol": [],
        "external_function_names": [],
    }
    body.update(extra)
    return body


def bundle(modules: list[dict[str, Any]] | None = None, compressed: bool = False, **extra: Any) -> dict[str, Any]:
    """A bundle as the bundler writes one: module table of placeholders, entry in the last module."""
    modules = [module()] if modules is None else modules
    body = {
        "magic": schema.BUNDLE_MAGIC,
        "version": schema.BUNDLE_VERSION,
        "flags": {"compressed": compressed, "debug_info": False, "source_maps": False},
        "entry_module": modules[-1]["name"] if modules else "",
        "entry_function": "main" if modules else "",
        "entry_module_index": len(modules) - 1 if modules else None,
        "entry_function_id": 0 if modules else None,
        "module_table": [{"name": m["name"], "offset": i, "size": 0} for i, m in enumerate(modules)],
        "modules": modules,
        "symbols": None,
        "build_info": {
            "compiler_version": "0.1.0",
            "build_timestamp": 1774136156,
            "target_platform": "aarch64",
            "source_files": [m["source_file"] for m in modules],
        },
    }
    body.update(extra)
    return body


def with_instructions(instructions: list[V], terminator: V | None = None, **function_extra: Any) -> dict:
    return bundle([module(functions=[function(0, "main", [block(0, instructions, terminator)], **function_extra)])])


def example(space: t.TypeSpace, typ: t.Type, depth: int = 0) -> Any:
    """A small valid value of any type: every Option Some and every sequence one item deep enough to show
    the shape, the first variant of an enum (unit for every recursive enum of the tree)."""
    if isinstance(typ, t.Ref):
        return example(space, space.types[typ.name], depth + 1)
    if isinstance(typ, t.Int):
        return -3 if typ.signed else 7
    if isinstance(typ, t.Float):
        return 1.5
    if isinstance(typ, t.Bool):
        return True
    if isinstance(typ, t.Str):
        return "x"
    if isinstance(typ, t.Bytes):
        return b"\x00" * (typ.size or 1)
    if isinstance(typ, t.Option):
        return example(space, typ.inner, depth + 1) if depth < 6 else None
    if isinstance(typ, t.Seq):
        return [example(space, typ.inner, depth + 1)] if depth < 6 else []
    if isinstance(typ, t.Map):
        return [(example(space, typ.key, depth + 1), example(space, typ.value, depth + 1))] if depth < 6 else []
    if isinstance(typ, t.Tuple):
        return [example(space, i, depth + 1) for i in typ.items]
    if isinstance(typ, t.Struct):
        return {f.name: example(space, f.type, depth + 1) for f in typ.fields}
    if isinstance(typ, t.Enum):
        return variant_example(space, typ, typ.variants[0], depth)
    raise TypeError(typ)


def variant_example(space: t.TypeSpace, enum: t.Enum, variant: t.VariantDef, depth: int = 0) -> V:
    if variant.kind == "unit":
        return V(variant.name)
    if variant.kind == "newtype":
        return V(variant.name, example(space, variant.types[0], depth + 1))
    if variant.kind == "tuple":
        return V(variant.name, [example(space, i, depth + 1) for i in variant.types])
    fields = [p for p in variant.payload if isinstance(p, t.Field)]
    return V(variant.name, {f.name: example(space, f.type, depth + 1) for f in fields})


def every_variant(enum_name: str, generation: str = "S6") -> list[V]:
    layout = schema.LAYOUTS[generation]
    enum = layout.space.types[enum_name]
    assert isinstance(enum, t.Enum)
    return [variant_example(layout.space, enum, v) for v in enum.variants]


def boundaries(space: t.TypeSpace, typ: t.Type, value: Any, start: int = 0) -> list[int]:
    """Offsets at which a struct field (at any depth, inside sequences too) starts in the encoding."""
    typ = space.resolve(typ)
    out: list[int] = []
    if isinstance(typ, t.Struct):
        position = start
        for f in typ.fields:
            out.append(position)
            out += boundaries(space, f.type, value[f.name], position)
            position += len(pc.encode(space, f.type, value[f.name]))
    elif isinstance(typ, t.Seq):
        position = start + len(pc.leb128(len(value)))
        for item in value:
            out += boundaries(space, typ.inner, item, position)
            position += len(pc.encode(space, typ.inner, item))
    return out


def kitchen_sink(generation: str = "S6") -> dict[str, Any]:
    """One module with an example of every struct of the module tree and every instruction and terminator
    variant: a representative bundle in which every enum of the tree occurs."""
    space = schema.LAYOUTS["S6"].space
    instructions = every_variant("IrInstruction")
    if generation in ("S0", "S1", "S2"):
        instructions = [i for i in instructions if "Ushr" not in repr(i)]
    blocks = [block(i, [], term) for i, term in enumerate(every_variant("IrTerminator"))]
    blocks[0][1]["instructions"] = instructions
    fn = function(0, "main", blocks)
    fn.update(
        locals=[(0, example(space, t.Ref("IrLocal")))],
        register_types=[(i, ty) for i, ty in enumerate(every_variant("IrType"))],
    )
    sink = module(
        functions=[fn],
        globals=[(0, example(space, t.Ref("IrGlobal")))],
        types=[(i, {**example(space, t.Ref("IrTypeDef")), "id": i, "definition": d})
               for i, d in enumerate(every_variant("IrTypeDefinition"))],
        extern_functions=[(1, example(space, t.Ref("IrExternFunction")))],
        string_pool={"strings": [(0, "hello")], "string_to_id": [("hello", 0)], "next_id": 1},
        symbol_to_register=[(1000, 0)],
        register_to_symbol=[(0, 1000)],
        external_function_names=[(1, "puts")],
    )  # fmt: skip
    return bundle([sink], symbols=example(space, t.Ref("BladeSymbolManifest")))

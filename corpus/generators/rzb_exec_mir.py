"""Builds MIR programs as values of the `.rzb` type tree (formats/rzb/schema.py), for execute cases and tests.

A program is written as functions of blocks of instructions, with short constructors:

    main = Fn(1, "main", ret=I32)
    main.block(0, [const(0, i32(5)), const(1, i32(7)), binop(2, "Add", 0, 1, I32)], ret(2))
    value = bundle([main], entry=1)

`bundle` fills every field the type tree has at the chosen generation (S0 … S6) with the values the upstream
bundler writes, so the result encodes through the reference writer. Destination types passed to the
constructors become the function's `register_types` (they decide integer widths, rzb.exec.int.wrap).
"""

from __future__ import annotations

from typing import Any

from binfmt_conformance.formats import types as t

GENERATIONS = ("S0", "S1", "S2", "S3", "S4", "S5", "S6")
V = t.Variant
LOCATION = {"file_id": 0, "line": 0, "column": 0}

Void, Bool, I8, I16, I32, I64 = V("Void"), V("Bool"), V("I8"), V("I16"), V("I32"), V("I64")
U8, U16, U32, U64, F32, F64, Str, Any_ = (
    V("U8"),
    V("U16"),
    V("U32"),
    V("U64"),
    V("F32"),
    V("F64"),
    V("String"),
    V("Any"),
)


def ptr(inner: V) -> V:
    return V("Ptr", inner)


def vector(element: V, count: int) -> V:
    return V("Vector", {"element": element, "count": count})


def fn_type(params: list[V], ret: V) -> V:
    return V("Function", {"params": params, "return_type": ret, "varargs": False})


# -- values ---------------------------------------------------------------------------------------------------


def i32(n: int) -> V:
    return V("I32", n)


def i64(n: int) -> V:
    return V("I64", n)


def u64(n: int) -> V:
    return V("U64", n)


def f64(x: float) -> V:
    return V("F64", x)


def boolean(b: bool) -> V:
    return V("Bool", b)


def string(s: str) -> V:
    return V("String", s)


NULL = V("Null")


# -- instructions ---------------------------------------------------------------------------------------------


class Ins:
    """An instruction with the type of its destination (None: none declared)."""

    def __init__(self, kind: str, fields: dict[str, Any], dest_type: V | None = None) -> None:
        self.kind, self.fields, self.dest_type = kind, fields, dest_type

    def value(self, generation: str) -> V:
        fields = dict(self.fields)
        late = GENERATIONS.index(generation) >= GENERATIONS.index("S5")
        if self.kind == "Store" and late:
            fields.setdefault("store_ty", None)
        if self.kind == "GetElementPtr" and late:
            fields.setdefault("struct_context", None)
        if self.kind == "Store" and not late:
            fields.pop("store_ty", None)
        if self.kind == "GetElementPtr" and not late:
            fields.pop("struct_context", None)
        return V(self.kind, fields) if fields else V(self.kind)


def const(dest: int, value: V, ty: V | None = None) -> Ins:
    inferred = ty or (V(value.name) if value.name not in ("Null", "Void", "Undef", "Function", "Closure") else None)
    if value.name == "String":
        inferred = ptr(Str)
    return Ins("Const", {"dest": dest, "value": value}, inferred)


def copy(dest: int, src: int, ty: V | None = None, kind: str = "Copy") -> Ins:
    return Ins(kind, {"dest": dest, "src": src}, ty)


def binop(dest: int, op: str, left: int, right: int, ty: V | None = None) -> Ins:
    return Ins("BinOp", {"dest": dest, "op": V(op), "left": left, "right": right}, ty)


def unop(dest: int, op: str, operand: int, ty: V | None = None) -> Ins:
    return Ins("UnOp", {"dest": dest, "op": V(op), "operand": operand}, ty)


def cmp(dest: int, op: str, left: int, right: int) -> Ins:
    return Ins("Cmp", {"dest": dest, "op": V(op), "left": left, "right": right}, Bool)


def cast(dest: int, src: int, from_ty: V, to_ty: V) -> Ins:
    return Ins("Cast", {"dest": dest, "src": src, "from_ty": from_ty, "to_ty": to_ty}, to_ty)


def bitcast(dest: int, src: int, ty: V) -> Ins:
    return Ins("BitCast", {"dest": dest, "src": src, "ty": ty}, ty)


def select(dest: int, condition: int, true_val: int, false_val: int, ty: V | None = None) -> Ins:
    fields = {"dest": dest, "condition": condition, "true_val": true_val, "false_val": false_val}
    return Ins("Select", fields, ty)


def call(dest: int | None, func_id: int, args: list[int], ty: V | None = None) -> Ins:
    fields = {
        "dest": dest,
        "func_id": func_id,
        "args": args,
        "arg_ownership": [V("Move")] * len(args),
        "type_args": [],
        "is_tail_call": False,
    }
    return Ins("CallDirect", fields, ty)


def call_indirect(dest: int | None, func_ptr: int, args: list[int], signature: V, ty: V | None = None) -> Ins:
    fields = {
        "dest": dest,
        "func_ptr": func_ptr,
        "args": args,
        "signature": signature,
        "arg_ownership": [V("Move")] * len(args),
        "is_tail_call": False,
    }
    return Ins("CallIndirect", fields, ty)


def function_ref(dest: int, func_id: int) -> Ins:
    return Ins("FunctionRef", {"dest": dest, "func_id": func_id}, ptr(Void))


def load(dest: int, pointer: int, ty: V) -> Ins:
    return Ins("Load", {"dest": dest, "ptr": pointer, "ty": ty}, ty)


def store(pointer: int, value: int, ty: V | None = None) -> Ins:
    return Ins("Store", {"ptr": pointer, "value": value, "store_ty": ty})


def gep(dest: int, pointer: int, indices: list[int], ty: V) -> Ins:
    return Ins("GetElementPtr", {"dest": dest, "ptr": pointer, "indices": indices, "ty": ty}, ptr(ty))


def ptr_add(dest: int, pointer: int, offset: int, ty: V) -> Ins:
    return Ins("PtrAdd", {"dest": dest, "ptr": pointer, "offset": offset, "ty": ty}, ty)


def alloc(dest: int, ty: V, count: int | None = None) -> Ins:
    return Ins("Alloc", {"dest": dest, "ty": ty, "count": count}, ptr(ty))


def free(pointer: int) -> Ins:
    return Ins("Free", {"ptr": pointer})


def load_global(dest: int, global_id: int, ty: V) -> Ins:
    return Ins("LoadGlobal", {"dest": dest, "global_id": global_id, "ty": ty}, ty)


def store_global(global_id: int, value: int) -> Ins:
    return Ins("StoreGlobal", {"global_id": global_id, "value": value})


def ins(kind: str, dest_type: V | None = None, /, **fields: Any) -> Ins:
    """Any other instruction, its fields spelled out."""
    return Ins(kind, fields, dest_type)


# -- terminators ----------------------------------------------------------------------------------------------


def ret(value: int | None = None) -> V:
    return V("Return", {"value": value})


def br(target: int) -> V:
    return V("Branch", {"target": target})


def cond_br(condition: int, true_target: int, false_target: int) -> V:
    return V("CondBranch", {"condition": condition, "true_target": true_target, "false_target": false_target})


def switch(value: int, cases: list[tuple[int, int]], default: int) -> V:
    return V("Switch", {"value": value, "cases": [list(c) for c in cases], "default": default})


UNREACHABLE = V("Unreachable")


def phi(dest: int, incoming: list[tuple[int, int]], ty: V) -> dict[str, Any]:
    """`incoming` as (block, value register) pairs."""
    return {"dest": dest, "incoming": [list(pair) for pair in incoming], "ty": ty}


# -- functions and bundles ------------------------------------------------------------------------------------


class Fn:
    def __init__(
        self,
        function_id: int,
        name: str,
        params: list[tuple[int, V]] | None = None,
        ret: V = Void,
        kind: str = "UserDefined",
        types: dict[int, V] | None = None,
    ) -> None:
        self.id, self.name, self.params, self.ret, self.kind = function_id, name, params or [], ret, kind
        self.types: dict[int, V] = dict(types or {})
        self.blocks: list[tuple[int, list[Ins], V, list[dict[str, Any]]]] = []
        self.entry = 0

    def block(self, block_id: int, instructions: list[Ins], terminator: V, phis: list[dict[str, Any]] | None = None):
        self.blocks.append((block_id, instructions, terminator, phis or []))
        return self

    def value(self, generation: str) -> dict[str, Any]:
        register_types = dict(self.types)
        for reg, ty in self.params:
            register_types.setdefault(reg, ty)
        blocks = []
        for block_id, instructions, terminator, phis in self.blocks:
            for item in instructions:
                dest = item.fields.get("dest")
                if dest is not None and item.dest_type is not None:
                    register_types.setdefault(dest, item.dest_type)
            for node in phis:
                register_types.setdefault(node["dest"], node["ty"])
            blocks.append(
                (
                    block_id,
                    {
                        "id": block_id,
                        "label": None,
                        "instructions": [item.value(generation) for item in instructions],
                        "terminator": terminator,
                        "phi_nodes": phis,
                        "source_location": dict(LOCATION),
                        "predecessors": [],
                        "metadata": {
                            "frequency_hint": None,
                            "is_loop_header": False,
                            "in_exception_handler": False,
                            "optimization_hints": [],
                        },
                    },
                )
            )
        index = GENERATIONS.index(generation)
        value: dict[str, Any] = {
            "id": self.id,
            "symbol_id": self.id,
            "name": self.name,
            "qualified_name": None,
            "signature": signature([ty for _, ty in self.params], self.ret, [reg for reg, _ in self.params]),
            "cfg": {"blocks": blocks, "entry_block": self.entry, "next_block_id": len(blocks)},
            "locals": [],
            "register_types": sorted(register_types.items()),
            "attributes": {
                "linkage": V("Public"),
                "inline": V("Auto"),
                "pure": False,
                "no_return": False,
                "optimize_size": False,
                "custom": [],
            },
            "kind": V(self.kind),
            "source_location": dict(LOCATION),
            "next_reg_id": max([*register_types, -1]) + 1,
        }
        if index >= GENERATIONS.index("S2"):
            value["type_param_tag_fixups"] = []
        if index >= GENERATIONS.index("S6"):
            value["wasm_export"] = False
            value["js_import"] = None
        return value


def signature(params: list[V], ret: V, regs: list[int] | None = None) -> dict[str, Any]:
    regs = regs if regs is not None else list(range(len(params)))
    return {
        "parameters": [
            {"name": f"arg{i}", "ty": ty, "reg": reg, "by_ref": False}
            for i, (ty, reg) in enumerate(zip(params, regs, strict=True))
        ],
        "return_type": ret,
        "calling_convention": V("C"),
        "can_throw": False,
        "type_params": [],
        "uses_sret": False,
    }


def extern_c(function_id: int, name: str, params: list[V], ret: V = Void) -> Fn:
    """A runtime function declared the way the bundler declares `haxe_*` functions: kind ExternC, no blocks."""
    return Fn(function_id, name, [(i, ty) for i, ty in enumerate(params)], ret, kind="ExternC")


def extern(function_id: int, name: str, params: list[V], ret: V) -> dict[str, Any]:
    """An `IrExternFunction` (e.g. `malloc` from libc)."""
    return {
        "id": function_id,
        "name": name,
        "symbol_id": 0xFFFFFFFE,
        "signature": signature(params, ret),
        "source": "libc",
    }


def global_var(global_id: int, name: str, ty: V, initializer: V | None = None) -> dict[str, Any]:
    return {
        "id": global_id,
        "name": name,
        "symbol_id": global_id,
        "ty": ty,
        "initializer": initializer,
        "mutable": True,
        "linkage": V("Internal"),
        "alignment": None,
        "source_location": dict(LOCATION),
    }


def module(
    functions: list[Fn],
    generation: str,
    externs: list[dict[str, Any]] | None = None,
    globals_: list[dict[str, Any]] | None = None,
    name: str = "benchmarks",
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "name": name,
        "source_file": "",
        "functions": [(f.id, f.value(generation)) for f in functions],
        "globals": [(g["id"], g) for g in globals_ or []],
        "types": [],
        "string_pool": {"strings": [], "string_to_id": [], "next_id": 0},
        "extern_functions": [(e["id"], e) for e in externs or []],
        "metadata": {
            "target_triple": None,
            "language_version": "",
            "optimization_level": V("None"),
            "debug_info": V("None"),
            "attributes": [],
        },
        "next_function_id": max([f.id for f in functions] + [0]) + 1,
        "next_global_id": len(globals_ or []),
        "next_typedef_id": 0,
        "symbol_to_register": [],
        "register_to_symbol": [],
    }
    if GENERATIONS.index(generation) >= GENERATIONS.index("S4"):
        value["external_function_names"] = []
    return value


def bundle(
    functions: list[Fn],
    entry: int | None,
    externs: list[dict[str, Any]] | None = None,
    globals_: list[dict[str, Any]] | None = None,
    generation: str = "S5",
    modules: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A `RayzorBundle` value; `modules` replaces the one module built from `functions` when given."""
    mods = modules if modules is not None else [module(functions, generation, externs, globals_)]
    return {
        "magic": b"RZBF",
        "version": 1,
        "flags": {"compressed": False, "debug_info": False, "source_maps": False},
        "entry_module": mods[-1]["name"],
        "entry_function": "main",
        "entry_module_index": len(mods) - 1,
        "entry_function_id": entry,
        "module_table": [{"name": m["name"], "offset": i, "size": 0} for i, m in enumerate(mods)],
        "modules": mods,
        "symbols": None,
        "build_info": {
            "compiler_version": "0.1.0",
            "build_timestamp": 0,
            "target_platform": "x86_64",
            "source_files": [m["source_file"] for m in mods],
        },
    }


def main_returning(instructions: list[Ins], result: int | None, ret_type: V = I64, **kw: Any) -> dict[str, Any]:
    """The smallest program: `main` runs `instructions` and returns register `result`."""
    main = Fn(1, "main", ret=ret_type if result is not None else Void)
    main.block(0, instructions, ret(result))
    return bundle([main], 1, **kw)

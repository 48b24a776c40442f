"""Rayzor bundles (`.rzb`), per-module caches (`.blade`) and symbol manifests (`.bsym`): the single source.

A `.rzb` file is `zstd_frame(P)` or `P`, where P is the postcard encoding (`formats.wire.postcard`) of
`RayzorBundle`; the zstd frame is recognised by its magic `28 B5 2F FD`, never by `flags.compressed`.
Upstream: rayzor-blade/rayzor @ 72bdcdb, `compiler/src/ir/{blade,mod,modules,functions,blocks,instructions,
types}.rs` and `compiler/src/tast/id_types.rs` (spec/formats/rzb.md; research Part A and its addendum).

The MIR tree changed six times while `BUNDLE_VERSION` stayed 1. The generations S0…S6 are parameters of one
declaration (`build_layout(generation)`): each later addition is tagged with the generation that added it
(`SINCE`), and a layout leaves out what its generation lacks. `.blade` and `.bsym` generations are parameters
of the same declaration (`BLADE_GENERATIONS`, `SYMBOL_GENERATIONS`).
"""

from __future__ import annotations

from dataclasses import dataclass

import construct as c

from binfmt_conformance.formats import types as t

BUNDLE_MAGIC = b"RZBF"
BUNDLE_VERSION = 1
BLADE_MAGIC = b"BLAD"
SYMBOL_MAGIC = b"BSYM"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# `save_bundle` wraps the payload with `zstd::encode_all(P, 3)` when `flags.compressed`.
ZSTD_LEVEL = 3

# -- the signed-bundle proposal (beyond upstream: the seed plans Ed25519 signing, nothing exists upstream) --
SIGNED_MAGIC = b"RZBS"
# Bytes 4..8 of an envelope: not a u32 varint (five continuation bytes), so every upstream loader, decoding the
# body before anything else, fails right there with postcard's DeserializeBadVarint instead of reading on.
SIGNED_GUARD = b"\xff" * 5
SIGNED_VERSION = 1
ED25519 = 1
SIGNED_CONTEXT = b"rayzor-signed-bundle-v1\x00"  # prefixed to what is signed: a signature means only this
SIGNED_HEADER = c.Struct(
    "magic" / c.Const(SIGNED_MAGIC) * "ASCII `RZBS`: not `RZBF`, not the zstd magic",
    "guard" / c.Const(SIGNED_GUARD) * "five 0xFF: an invalid u32 varint where a bundle has its version",
    "envelope_version" / c.Int8ul * "SIGNED_VERSION = 1",
    "algorithm" / c.Int8ul * "1 = Ed25519 (RFC 8032); nothing else is defined",
    "public_key" / c.Bytes(32) * "the signer's Ed25519 public key",
    "signature" / c.Bytes(64) * "Ed25519 over SIGNED_CONTEXT ‖ bytes 0..43 of this header ‖ the bundle bytes",
)
SIGNED_SIGNED_PART = 4 + 5 + 1 + 1 + 32  # header bytes the signature covers (all but the signature)
assert SIGNED_HEADER.sizeof() == SIGNED_SIGNED_PART + 64

GENERATIONS = ("S0", "S1", "S2", "S3", "S4", "S5", "S6")
# Every wire change after S0, keyed by what it touched: (generation that added it, upstream commit, date).
SINCE: dict[str, tuple[str, str, str]] = {
    "IrTypeDef.super_type_id": ("S1", "3464f45", "2026-02-09"),
    "IrFunction.type_param_tag_fixups": ("S2", "490b896", "2026-02-20"),
    "BinaryOp.Ushr": ("S3", "e56e723", "2026-03-08"),
    "IrModule.external_function_names": ("S4", "7974ed3", "2026-03-09"),
    "Store.store_ty": ("S5", "8bd8f1c", "2026-03-18"),
    "GetElementPtr.struct_context": ("S5", "8bd8f1c", "2026-03-18"),
    "IrFunction.wasm_export": ("S6", "165eb95", "2026-03-29"),
    "IrFunction.js_import": ("S6", "82e8059", "2026-03-29"),
}

# `.blade`: BLADE_VERSION 1, then 2 through four silent sub-generations, then 3 (the newer upstream of the
# research addendum, blade.rs @ 0529f383). Each maps to the version number it writes.
BLADE_GENERATIONS: dict[str, int] = {"v1": 1, "v2a": 2, "v2b": 2, "v2c": 2, "v2d": 2, "v3": 3}
BLADE_SINCE: dict[str, str] = {
    "BladeModule.symbols": "v2a",  # b47c947 2026-02-23, with cached_maps
    "BladeModule.cached_maps": "v2a",
    "BladeCachedMaps.properties": "v2b",  # 0e2056f 2026-03-06
    "BladeFuncEntry.signature_hash": "v2c",  # 94797ef 2026-03-21, with body_hash
    "BladeFuncEntry.body_hash": "v2c",
    "BladeCachedMaps.inline_vars": "v2d",  # 875156c 2026-03-25
    "BladeMetadata.build_id": "v3",
    "BladeCachedMaps.interface_vtables": "v3",
    "BladeFuncEntry.param_type_names": "v3",
}
# `.bsym`: SYMBOL_VERSION 1 at the pin; 2 in the newer `bsym` crate (type strings become `BladeType`).
SYMBOL_GENERATIONS: dict[str, int] = {"v1": 1, "v2": 2}

F = t.Field
STR, BOOL, U8, U32, U64, I64, USIZE = t.STR, t.BOOL, t.U8, t.U32, t.U64, t.I64, t.USIZE
NEWTYPES = ("IrId", "IrFunctionId", "IrBlockId", "IrGlobalId", "IrTypeDefId", "SymbolId", "TypeId", "LifetimeId")


def units(name: str, names: str, doc: str = "") -> t.Enum:
    return t.Enum(name, tuple(t.unit(n) for n in names.split()), doc=doc)


def struct(name: str, *fields: F | None, doc: str = "") -> t.Struct:
    """A struct from its fields in declaration order; `None` stands for a field its generation lacks."""
    return t.Struct(name, tuple(f for f in fields if f is not None), doc=doc)


def generation_index(generation: str) -> int:
    return GENERATIONS.index(generation)


@dataclass(frozen=True)
class Layout:
    """One generation of the `.rzb` tree (and of the `.blade`/`.bsym` trees built on it)."""

    generation: str
    blade_generation: str
    symbol_generation: str
    space: t.TypeSpace
    bundle: t.Ref
    module: t.Ref
    function: t.Ref
    instruction: t.Ref
    ir_type: t.Ref
    value: t.Ref
    blade: t.Ref
    symbols: t.Ref
    file_type: t.Ref  # the `.rzb` document model
    blade_file_type: t.Ref
    symbol_file_type: t.Ref


def build_layout(generation: str, blade_generation: str = "v2d", symbol_generation: str = "v1") -> Layout:
    assert generation in GENERATIONS, generation
    assert blade_generation in BLADE_GENERATIONS, blade_generation
    assert symbol_generation in SYMBOL_GENERATIONS, symbol_generation

    def has(change: str) -> bool:
        return generation_index(generation) >= generation_index(SINCE[change][0])

    def blade_has(change: str) -> bool:
        order = list(BLADE_GENERATIONS)
        return order.index(blade_generation) >= order.index(BLADE_SINCE[change])

    def since(change: str, field: F) -> F | None:
        return field if has(change) else None

    space = t.TypeSpace()
    r = t.Ref
    ids = {name: space.define(name, U32) for name in NEWTYPES}
    ir_id, fn_id, block_id, global_id = ids["IrId"], ids["IrFunctionId"], ids["IrBlockId"], ids["IrGlobalId"]
    typedef_id, symbol_id, type_id, lifetime_id = ids["IrTypeDefId"], ids["SymbolId"], ids["TypeId"], ids["LifetimeId"]
    ir_type, value, location = r("IrType"), r("IrValue"), r("IrSourceLocation")

    # -- types and constants (types.rs) --
    space.define(
        "IrType",
        t.Enum(
            "IrType",
            (
                *(t.unit(n) for n in "Void Bool I8 I16 I32 I64 U8 U16 U32 U64 F32 F64".split()),
                t.newtype("Ptr", ir_type),
                t.newtype("Ref", ir_type),
                t.tuple_variant("Array", ir_type, USIZE),
                t.newtype("Slice", ir_type),
                t.struct_variant("Vector", F("element", ir_type), F("count", USIZE)),
                t.unit("String"),
                t.struct_variant(
                    "Function", F("params", t.Seq(ir_type)), F("return_type", ir_type), F("varargs", BOOL)
                ),
                t.struct_variant("Struct", F("name", STR), F("fields", t.Seq(r("StructField")))),
                t.struct_variant("Union", F("name", STR), F("variants", t.Seq(r("UnionVariant")))),
                t.struct_variant("Opaque", F("name", STR), F("size", USIZE), F("align", USIZE)),
                t.newtype("TypeVar", STR),
                t.struct_variant("Generic", F("base", ir_type), F("type_args", t.Seq(ir_type))),
                t.unit("Any"),
            ),
        ),
    )
    space.define("StructField", struct("StructField", F("name", STR), F("ty", ir_type), F("offset", USIZE)))
    space.define("UnionVariant", struct("UnionVariant", F("name", STR), F("tag", U32), F("fields", t.Seq(ir_type))))
    space.define(
        "IrValue",
        t.Enum(
            "IrValue",
            (
                t.unit("Void"),
                t.unit("Undef"),
                t.unit("Null"),
                t.newtype("Bool", BOOL),
                t.newtype("I8", t.I8),
                t.newtype("I16", t.I16),
                t.newtype("I32", t.I32),
                t.newtype("I64", I64),
                t.newtype("U8", U8),
                t.newtype("U16", t.U16),
                t.newtype("U32", U32),
                t.newtype("U64", U64),
                t.newtype("F32", t.F32),
                t.newtype("F64", t.F64),
                t.newtype("String", STR),
                t.newtype("Array", t.Seq(value)),
                t.newtype("Struct", t.Seq(value)),
                t.newtype("Function", fn_id),
                t.struct_variant("Closure", F("function", fn_id), F("environment", value)),
            ),
        ),
    )

    # -- instructions (instructions.rs) --
    binary_ops = "Add Sub Mul Div Rem And Or Xor Shl Shr Ushr FAdd FSub FMul FDiv FRem"
    if not has("BinaryOp.Ushr"):
        binary_ops = binary_ops.replace(" Ushr", "")
    binary_op = space.define("BinaryOp", units("BinaryOp", binary_ops))
    unary_op = space.define("UnaryOp", units("UnaryOp", "Neg Not FNeg"))
    compare_op = space.define(
        "CompareOp", units("CompareOp", "Eq Ne Lt Le Gt Ge ULt ULe UGt UGe FEq FNe FLt FLe FGt FGe FOrd FUno")
    )
    ownership = space.define("OwnershipMode", units("OwnershipMode", "Move BorrowImmutable BorrowMutable Copy Clone"))
    vector_unary = space.define("VectorUnaryOpKind", units("VectorUnaryOpKind", "Sqrt Abs Neg Ceil Floor Trunc Round"))
    vector_minmax = space.define("VectorMinMaxKind", units("VectorMinMaxKind", "Min Max"))
    landing_pad = space.define(
        "LandingPadClause",
        t.Enum("LandingPadClause", (t.newtype("Catch", ir_type), t.newtype("Filter", t.Seq(ir_type)))),
    )
    struct_field_ref = None
    if has("GetElementPtr.struct_context"):
        struct_field_ref = space.define(
            "StructFieldRef",
            struct("StructFieldRef", F("struct_name", STR), F("field_name", STR), F("field_index", U32)),
        )

    def ins(name: str, *fields: F | None) -> t.VariantDef:
        present = tuple(f for f in fields if f is not None)
        return t.struct_variant(name, *present) if present else t.unit(name)

    dest, src, ptr = F("dest", ir_id), F("src", ir_id), F("ptr", ir_id)
    opt_dest, ty = F("dest", t.Option(ir_id)), F("ty", ir_type)
    args, vec_ty = F("args", t.Seq(ir_id)), F("vec_ty", ir_type)
    arg_ownership, tail = F("arg_ownership", t.Seq(ownership)), F("is_tail_call", BOOL)
    instruction = space.define(
        "IrInstruction",
        t.Enum(
            "IrInstruction",
            (
                ins("Const", dest, F("value", value)),
                ins("Copy", dest, src),
                ins("Move", dest, src),
                ins("BorrowImmutable", dest, src, F("lifetime", lifetime_id)),
                ins("BorrowMutable", dest, src, F("lifetime", lifetime_id)),
                ins("Clone", dest, src),
                ins("EndBorrow", F("borrow", ir_id)),
                ins("Load", dest, ptr, ty),
                ins("Store", ptr, F("value", ir_id), since("Store.store_ty", F("store_ty", t.Option(ir_type)))),
                ins("LoadGlobal", dest, F("global_id", global_id), ty),
                ins("StoreGlobal", F("global_id", global_id), F("value", ir_id)),
                ins("BinOp", dest, F("op", binary_op), F("left", ir_id), F("right", ir_id)),
                ins("UnOp", dest, F("op", unary_op), F("operand", ir_id)),
                ins("Cmp", dest, F("op", compare_op), F("left", ir_id), F("right", ir_id)),
                ins("Jump", F("target", ir_id)),
                ins("Branch", F("condition", ir_id), F("true_target", ir_id), F("false_target", ir_id)),
                ins(
                    "Switch",
                    F("value", ir_id),
                    F("default_target", ir_id),
                    F("cases", t.Seq(t.Tuple((value, ir_id)))),
                ),
                ins(
                    "CallDirect",
                    opt_dest,
                    F("func_id", fn_id),
                    args,
                    arg_ownership,
                    F("type_args", t.Seq(ir_type)),
                    tail,
                ),
                ins("CallIndirect", opt_dest, F("func_ptr", ir_id), args, F("signature", ir_type), arg_ownership, tail),
                ins("Return", F("value", t.Option(ir_id))),
                ins("Alloc", dest, ty, F("count", t.Option(ir_id))),
                ins("Free", ptr),
                ins(
                    "GetElementPtr",
                    dest,
                    ptr,
                    F("indices", t.Seq(ir_id)),
                    ty,
                    None if struct_field_ref is None else F("struct_context", t.Option(struct_field_ref)),
                ),
                ins("MemCopy", dest, src, F("size", ir_id)),
                ins("MemSet", dest, F("value", ir_id), F("size", ir_id)),
                ins("Cast", dest, src, F("from_ty", ir_type), F("to_ty", ir_type)),
                ins("BitCast", dest, src, ty),
                ins("Throw", F("exception", ir_id)),
                ins("LandingPad", dest, ty, F("clauses", t.Seq(landing_pad))),
                ins("Resume", F("exception", ir_id)),
                ins("Phi", dest, F("incoming", t.Seq(t.Tuple((ir_id, ir_id))))),
                ins("Select", dest, F("condition", ir_id), F("true_val", ir_id), F("false_val", ir_id)),
                ins("ExtractValue", dest, F("aggregate", ir_id), F("indices", t.Seq(U32))),
                ins("InsertValue", dest, F("aggregate", ir_id), F("value", ir_id), F("indices", t.Seq(U32))),
                ins("MakeClosure", dest, F("func_id", fn_id), F("captured_values", t.Seq(ir_id))),
                ins("ClosureFunc", dest, F("closure", ir_id)),
                ins("ClosureEnv", dest, F("closure", ir_id)),
                ins("CreateUnion", dest, F("discriminant", U32), F("value", ir_id), ty),
                ins("ExtractDiscriminant", dest, F("union_val", ir_id)),
                ins("ExtractUnionValue", dest, F("union_val", ir_id), F("discriminant", U32), F("value_ty", ir_type)),
                ins("CreateStruct", dest, ty, F("fields", t.Seq(ir_id))),
                ins("PtrAdd", dest, ptr, F("offset", ir_id), ty),
                ins("Undef", dest, ty),
                ins("FunctionRef", dest, F("func_id", fn_id)),
                ins("Panic", F("message", t.Option(STR))),
                ins("DebugLoc", F("location", location)),
                ins(
                    "InlineAsm",
                    opt_dest,
                    F("asm", STR),
                    F("inputs", t.Seq(t.Tuple((STR, ir_id)))),
                    F("outputs", t.Seq(t.Tuple((STR, ir_type)))),
                    F("clobbers", t.Seq(STR)),
                ),
                ins("VectorLoad", dest, ptr, vec_ty),
                ins("VectorStore", ptr, F("value", ir_id), vec_ty),
                ins("VectorBinOp", dest, F("op", binary_op), F("left", ir_id), F("right", ir_id), vec_ty),
                ins("VectorSplat", dest, F("scalar", ir_id), vec_ty),
                ins("VectorExtract", dest, F("vector", ir_id), F("index", U8)),
                ins("VectorInsert", dest, F("vector", ir_id), F("scalar", ir_id), F("index", U8)),
                ins("VectorReduce", dest, F("op", binary_op), F("vector", ir_id)),
                ins("VectorUnaryOp", dest, F("op", vector_unary), F("operand", ir_id), vec_ty),
                ins("VectorMinMax", dest, F("op", vector_minmax), F("left", ir_id), F("right", ir_id), vec_ty),
            ),
            doc="unnamed operands are IrId",
        ),
    )

    # -- functions and blocks (functions.rs, blocks.rs) --
    linkage = space.define("Linkage", units("Linkage", "Private Internal Public External"))
    calling = space.define("CallingConvention", units("CallingConvention", "Haxe C Fast Native"))
    space.define("IrSourceLocation", struct("IrSourceLocation", F("file_id", U32), F("line", U32), F("column", U32)))
    space.define("IrParameter", struct("IrParameter", F("name", STR), ty, F("reg", ir_id), F("by_ref", BOOL)))
    space.define("IrTypeParam", struct("IrTypeParam", F("name", STR), F("constraints", t.Seq(STR))))
    signature = space.define(
        "IrFunctionSignature",
        struct(
            "IrFunctionSignature",
            F("parameters", t.Seq(r("IrParameter"))),
            F("return_type", ir_type),
            F("calling_convention", calling),
            F("can_throw", BOOL),
            F("type_params", t.Seq(r("IrTypeParam"))),
            F("uses_sret", BOOL),
        ),
    )
    allocation = space.define("AllocationHint", units("AllocationHint", "Stack Heap Register Auto"))
    space.define(
        "IrLocal",
        struct(
            "IrLocal",
            F("name", STR),
            ty,
            F("mutable", BOOL),
            F("source_location", location),
            F("allocation", allocation),
        ),
    )
    inline = space.define("InlineHint", units("InlineHint", "Never Auto Hint Always"))
    kind = space.define("FunctionKind", units("FunctionKind", "UserDefined MirWrapper ExternC Intrinsic"))
    space.define(
        "FunctionAttributes",
        struct(
            "FunctionAttributes",
            F("linkage", linkage),
            F("inline", inline),
            F("pure", BOOL),
            F("no_return", BOOL),
            F("optimize_size", BOOL),
            F("custom", t.Map(STR, STR)),
        ),
    )
    hint = space.define(
        "OptimizationHint",
        t.Enum(
            "OptimizationHint",
            (*(t.unit(n) for n in "LikelyPath UnlikelyPath HotPath ColdPath".split()), t.newtype("Custom", STR)),
        ),
    )
    space.define(
        "BlockMetadata",
        struct(
            "BlockMetadata",
            F("frequency_hint", t.Option(U8)),
            F("is_loop_header", BOOL),
            F("in_exception_handler", BOOL),
            F("optimization_hints", t.Seq(hint)),
        ),
    )
    space.define(
        "IrPhiNode",
        struct("IrPhiNode", dest, F("incoming", t.Seq(t.Tuple((block_id, ir_id)))), ty),
    )
    terminator = space.define(
        "IrTerminator",
        t.Enum(
            "IrTerminator",
            (
                t.struct_variant("Branch", F("target", block_id)),
                t.struct_variant(
                    "CondBranch", F("condition", ir_id), F("true_target", block_id), F("false_target", block_id)
                ),
                t.struct_variant(
                    "Switch",
                    F("value", ir_id),
                    F("cases", t.Seq(t.Tuple((I64, block_id)))),
                    F("default", block_id),
                ),
                t.struct_variant("Return", F("value", t.Option(ir_id))),
                t.unit("Unreachable"),
                t.struct_variant("NoReturn", F("call", ir_id)),
            ),
        ),
    )
    space.define(
        "IrBasicBlock",
        struct(
            "IrBasicBlock",
            F("id", block_id),
            F("label", t.Option(STR)),
            F("instructions", t.Seq(instruction)),
            F("terminator", terminator),
            F("phi_nodes", t.Seq(r("IrPhiNode"))),
            F("source_location", location),
            F("predecessors", t.Seq(block_id)),
            F("metadata", r("BlockMetadata")),
        ),
    )
    space.define(
        "IrControlFlowGraph",
        struct(
            "IrControlFlowGraph",
            F("blocks", t.Map(block_id, r("IrBasicBlock"))),
            F("entry_block", block_id),
            F("next_block_id", U32),
        ),
    )
    function = space.define(
        "IrFunction",
        struct(
            "IrFunction",
            F("id", fn_id),
            F("symbol_id", symbol_id),
            F("name", STR),
            F("qualified_name", t.Option(STR)),
            F("signature", signature),
            F("cfg", r("IrControlFlowGraph")),
            F("locals", t.Map(ir_id, r("IrLocal"))),
            F("register_types", t.Map(ir_id, ir_type)),
            F("attributes", r("FunctionAttributes")),
            F("kind", kind),
            F("source_location", location),
            F("next_reg_id", U32),
            since("IrFunction.type_param_tag_fixups", F("type_param_tag_fixups", t.Seq(t.Tuple((ir_id, STR))))),
            since("IrFunction.wasm_export", F("wasm_export", BOOL)),
            since("IrFunction.js_import", F("js_import", t.Option(t.Tuple((STR, STR))))),
        ),
    )

    # -- modules (modules.rs, mod.rs) --
    space.define(
        "IrGlobal",
        struct(
            "IrGlobal",
            F("id", global_id),
            F("name", STR),
            F("symbol_id", symbol_id),
            ty,
            F("initializer", t.Option(value)),
            F("mutable", BOOL),
            F("linkage", linkage),
            F("alignment", t.Option(U32)),
            F("source_location", location),
        ),
    )
    space.define("IrField", struct("IrField", F("name", STR), ty, F("offset", t.Option(U32))))
    space.define(
        "IrEnumVariant",
        struct("IrEnumVariant", F("name", STR), F("discriminant", I64), F("fields", t.Seq(r("IrField")))),
    )
    definition = space.define(
        "IrTypeDefinition",
        t.Enum(
            "IrTypeDefinition",
            (
                t.struct_variant("Struct", F("fields", t.Seq(r("IrField"))), F("packed", BOOL)),
                t.struct_variant("Enum", F("variants", t.Seq(r("IrEnumVariant"))), F("discriminant_type", ir_type)),
                t.struct_variant("Alias", F("aliased_type", ir_type)),
                t.unit("Opaque"),
            ),
        ),
    )
    space.define(
        "IrTypeDef",
        struct(
            "IrTypeDef",
            F("id", typedef_id),
            F("name", STR),
            F("type_id", type_id),
            F("definition", definition),
            F("source_location", location),
            since("IrTypeDef.super_type_id", F("super_type_id", t.Option(type_id))),
        ),
    )
    space.define(
        "IrExternFunction",
        struct(
            "IrExternFunction",
            F("id", fn_id),
            F("name", STR),
            F("symbol_id", symbol_id),
            F("signature", signature),
            F("source", STR),
        ),
    )
    space.define(
        "StringPool",
        struct(
            "StringPool",
            F("strings", t.Map(U32, STR)),
            F("string_to_id", t.Map(STR, U32)),
            F("next_id", U32),
        ),
    )
    optimization = space.define("OptimizationLevel", units("OptimizationLevel", "None O1 O2 O3 Os"))
    debug_level = space.define("DebugInfoLevel", units("DebugInfoLevel", "None LineOnly Full"))
    space.define(
        "ModuleMetadata",
        struct(
            "ModuleMetadata",
            F("target_triple", t.Option(STR)),
            F("language_version", STR),
            F("optimization_level", optimization),
            F("debug_info", debug_level),
            F("attributes", t.Map(STR, STR)),
        ),
    )
    module = space.define(
        "IrModule",
        struct(
            "IrModule",
            F("name", STR),
            F("source_file", STR),
            F("functions", t.Map(fn_id, function)),
            F("globals", t.Map(global_id, r("IrGlobal"))),
            F("types", t.Map(typedef_id, r("IrTypeDef"))),
            F("string_pool", r("StringPool")),
            F("extern_functions", t.Map(fn_id, r("IrExternFunction"))),
            F("metadata", r("ModuleMetadata")),
            F("next_function_id", U32),
            F("next_global_id", U32),
            F("next_typedef_id", U32),
            F("symbol_to_register", t.Map(symbol_id, ir_id)),
            F("register_to_symbol", t.Map(ir_id, symbol_id)),
            since("IrModule.external_function_names", F("external_function_names", t.Map(fn_id, STR))),
        ),
    )

    # -- the symbol manifest (also the whole `.bsym` file) --
    symbols = build_symbol_tree(space, symbol_generation)

    # -- the bundle (blade.rs) --
    space.define(
        "BundleFlags",
        struct(
            "BundleFlags",
            F("compressed", BOOL, doc="informational: the zstd frame magic decides, not this flag"),
            F("debug_info", BOOL),
            F("source_maps", BOOL),
        ),
    )
    space.define(
        "ModuleTableEntry",
        struct(
            "ModuleTableEntry",
            F("name", STR),
            F("offset", U64, doc="written as the module's index"),
            F("size", U64, doc="written as 0"),
            doc="placeholders: the modules are stored inline, so nothing can be loaded lazily",
        ),
    )
    space.define(
        "BundleBuildInfo",
        struct(
            "BundleBuildInfo",
            F("compiler_version", STR),
            F("build_timestamp", U64, doc="Unix seconds"),
            F("target_platform", STR, doc="std::env::consts::ARCH, not a triple"),
            F("source_files", t.Seq(STR)),
        ),
    )
    bundle = space.define(
        "RayzorBundle",
        struct(
            "RayzorBundle",
            F("magic", t.Bytes(4), doc="RZBF; checked only after the whole body decoded (at the pin)"),
            F("version", U32, doc="BUNDLE_VERSION = 1 through every generation"),
            F("flags", r("BundleFlags")),
            F("entry_module", STR),
            F("entry_function", STR),
            F("entry_module_index", t.Option(USIZE)),
            F("entry_function_id", t.Option(fn_id)),
            F("module_table", t.Seq(r("ModuleTableEntry"))),
            F("modules", t.Seq(module)),
            F("symbols", t.Option(symbols), doc="always None from the bundler"),
            F("build_info", r("BundleBuildInfo")),
        ),
    )

    # -- `.blade` --
    blade = build_blade_tree(space, module, blade_generation, blade_has)

    # -- document models: what a reader returns for a whole file --
    container = space.define(
        "Container", units("Container", "Raw Zstd", doc="how the payload is stored: raw postcard or one zstd frame")
    )
    generations = F("generations", t.Seq(STR), doc="the generations under which the payload decodes")
    file_type = space.define("RzbFile", struct("RzbFile", F("container", container), generations, F("bundle", bundle)))
    blade_file = space.define("BladeFile", struct("BladeFile", generations, F("module", blade)))
    symbol_file = space.define("BsymFile", struct("BsymFile", generations, F("manifest", symbols)))
    return Layout(
        generation,
        blade_generation,
        symbol_generation,
        space,
        bundle,
        module,
        function,
        instruction,
        ir_type,
        value,
        blade,
        symbols,
        file_type,
        blade_file,
        symbol_file,
    )


def build_symbol_tree(space: t.TypeSpace, generation: str) -> t.Ref:
    """`BladeSymbolManifest` and its subtree; in v2 type strings become `Option<BladeType>`."""
    r = t.Ref
    v2 = generation == "v2"
    type_text: t.Type = STR
    if v2:
        blade_type = r("BladeType")
        space.define(
            "BladeType",
            t.Enum(
                "BladeType",
                (
                    t.struct_variant(
                        "Path",
                        F("package", t.Seq(STR)),
                        F("name", STR),
                        F("sub", t.Option(STR)),
                        F("params", t.Seq(blade_type)),
                    ),
                    t.struct_variant("Function", F("params", t.Seq(blade_type)), F("ret", blade_type)),
                    t.struct_variant("Anonymous", F("fields", t.Seq(t.Tuple((STR, blade_type))))),
                    t.newtype("Optional", blade_type),
                    t.struct_variant("Intersection", F("left", blade_type), F("right", blade_type)),
                    t.unit("Wildcard"),
                ),
            ),
        )
        type_text = t.Option(blade_type)
        space.define(
            "BladeProperty",
            struct("BladeProperty", F("getter", STR), F("setter", STR)),
        )
    space.define(
        "BladeFieldInfo",
        struct(
            "BladeFieldInfo",
            F("name", STR),
            F("field_type", type_text),
            F("is_public", BOOL),
            F("is_static", BOOL),
            F("is_final", BOOL),
            F("has_default", BOOL),
            F("property", t.Option(r("BladeProperty"))) if v2 else None,
        ),
    )
    space.define(
        "BladeParamInfo",
        struct(
            "BladeParamInfo", F("name", STR), F("param_type", type_text), F("has_default", BOOL), F("is_optional", BOOL)
        ),
    )
    params = F("params", t.Seq(r("BladeParamInfo")))
    type_params, package = F("type_params", t.Seq(STR)), F("package", t.Seq(STR))
    space.define(
        "BladeMethodInfo",
        struct(
            "BladeMethodInfo",
            F("name", STR),
            params,
            F("return_type", type_text),
            F("is_public", BOOL),
            F("is_static", BOOL),
            F("is_inline", BOOL),
            type_params,
            F("native_name", t.Option(STR)) if v2 else None,
        ),
    )
    methods = t.Seq(r("BladeMethodInfo"))
    fields = t.Seq(r("BladeFieldInfo"))
    native = F("native_name", t.Option(STR))
    space.define(
        "BladeClassInfo",
        struct(
            "BladeClassInfo",
            F("name", STR),
            package,
            F("extends", t.Option(STR)),
            F("implements", t.Seq(STR)),
            type_params,
            F("is_extern", BOOL),
            F("is_abstract", BOOL),
            F("is_final", BOOL),
            F("fields", fields),
            F("methods", methods),
            F("static_fields", fields),
            F("static_methods", methods),
            F("constructor", t.Option(r("BladeMethodInfo"))),
            native,
        ),
    )
    space.define(
        "BladeEnumVariantInfo",
        struct("BladeEnumVariantInfo", F("name", STR), params, F("index", USIZE)),
    )
    space.define(
        "BladeEnumInfo",
        struct(
            "BladeEnumInfo",
            F("name", STR),
            package,
            type_params,
            F("variants", t.Seq(r("BladeEnumVariantInfo"))),
            F("is_extern", BOOL),
        ),
    )
    space.define(
        "BladeTypeAliasInfo",
        struct("BladeTypeAliasInfo", F("name", STR), package, type_params, F("target_type", type_text)),
    )
    space.define(
        "BladeAbstractInfo",
        struct(
            "BladeAbstractInfo",
            F("name", STR),
            package,
            type_params,
            F("underlying_type", type_text),
            F("forward_fields", t.Seq(STR)),
            F("from_types", t.Seq(STR)),
            F("to_types", t.Seq(STR)),
            F("methods", methods),
            F("static_methods", methods),
            native,
        ),
    )
    space.define(
        "BladeTypeInfo",
        struct(
            "BladeTypeInfo",
            F("classes", t.Seq(r("BladeClassInfo"))),
            F("enums", t.Seq(r("BladeEnumInfo"))),
            F("type_aliases", t.Seq(r("BladeTypeAliasInfo"))),
            F("abstracts", t.Seq(r("BladeAbstractInfo"))),
        ),
    )
    space.define(
        "BladeModuleSymbols",
        struct(
            "BladeModuleSymbols",
            F("name", STR),
            F("source_path", STR),
            F("source_hash", U64),
            F("types", r("BladeTypeInfo")),
            F("dependencies", t.Seq(STR)),
        ),
    )
    return space.define(
        "BladeSymbolManifest",
        struct(
            "BladeSymbolManifest",
            F("magic", t.Bytes(4), doc="BSYM"),
            F("version", U32, doc="SYMBOL_VERSION"),
            F("compiler_version", STR),
            F("build_timestamp", U64),
            F("modules", t.Seq(r("BladeModuleSymbols"))),
        ),
    )


def build_blade_tree(space: t.TypeSpace, module: t.Ref, generation: str, has) -> t.Ref:
    """`BladeModule` and its cache tables at one `.blade` generation."""
    r = t.Ref

    def since(change: str, field: F) -> F | None:
        return field if has(change) else None

    space.define(
        "BladeMetadata",
        struct(
            "BladeMetadata",
            F("name", STR),
            F("source_path", STR),
            F("source_hash", U64, doc="Rust DefaultHasher (SipHash-1-3, zero keys) of the source text"),
            F("source_timestamp", U64),
            F("compile_timestamp", U64),
            F("dependencies", t.Seq(STR)),
            F("compiler_version", STR),
            since("BladeMetadata.build_id", F("build_id", STR)),
        ),
    )
    if generation == "v1":
        return space.define(
            "BladeModule",
            struct(
                "BladeModule",
                F("magic", t.Bytes(4), doc="BLAD"),
                F("version", U32),
                F("metadata", r("BladeMetadata")),
                F("mir", module),
            ),
        )
    accessor = space.define(
        "BladeAccessor",
        t.Enum("BladeAccessor", (*(t.unit(n) for n in "Default Null Never Dynamic".split()), t.newtype("Method", STR))),
    )
    inline_value = space.define(
        "BladeInlineValue",
        t.Enum(
            "BladeInlineValue",
            (t.newtype("Int", I64), t.newtype("Float", t.F64), t.newtype("Bool", BOOL), t.newtype("String", STR)),
        ),
    )
    names = ("class_name", "method_name")
    space.define(
        "BladeFuncEntry",
        struct(
            "BladeFuncEntry",
            *(F(n, STR) for n in names),
            F("func_id", U32),
            F("is_constructor", BOOL),
            since("BladeFuncEntry.signature_hash", F("signature_hash", U64)),
            since("BladeFuncEntry.body_hash", F("body_hash", U64)),
            since("BladeFuncEntry.param_type_names", F("param_type_names", t.Seq(t.Option(STR)))),
        ),
    )
    class_field = (F("class_name", STR), F("field_name", STR))
    space.define("BladeFieldEntry", struct("BladeFieldEntry", *class_field, F("field_index", U32)))
    cached = [
        F("functions", t.Seq(r("BladeFuncEntry"))),
        F("fields", t.Seq(r("BladeFieldEntry"))),
        F("class_sizes", t.Seq(t.Tuple((STR, U64)))),
    ]
    if has("BladeCachedMaps.properties"):
        space.define(
            "BladePropertyEntry",
            struct("BladePropertyEntry", *class_field, F("getter", accessor), F("setter", accessor)),
        )
        cached.append(F("properties", t.Seq(r("BladePropertyEntry"))))
    if has("BladeCachedMaps.inline_vars"):
        space.define("BladeInlineVarEntry", struct("BladeInlineVarEntry", *class_field, F("value", inline_value)))
        cached.append(F("inline_vars", t.Seq(r("BladeInlineVarEntry"))))
    if has("BladeCachedMaps.interface_vtables"):
        # The newer upstream's four interface tables (research addendum): one entry struct each.
        space.define(
            "BladeInterfaceVtableEntry",
            struct("BladeInterfaceVtableEntry", F("class_name", STR), F("interface_name", STR), F("slots", t.Seq(U32))),
        )
        space.define(
            "BladeInterfaceMethodEntry",
            struct("BladeInterfaceMethodEntry", F("interface_name", STR), F("method_names", t.Seq(STR))),
        )
        space.define(
            "BladeInterfaceReturnEntry",
            struct("BladeInterfaceReturnEntry", F("interface_name", STR), F("method_name", STR), F("return_type", STR)),
        )
        space.define(
            "BladeInterfaceExtendsEntry",
            struct("BladeInterfaceExtendsEntry", F("interface_name", STR), F("extends", t.Seq(STR))),
        )
        cached += [
            F("interface_vtables", t.Seq(r("BladeInterfaceVtableEntry"))),
            F("interface_method_names", t.Seq(r("BladeInterfaceMethodEntry"))),
            F("interface_method_return_types", t.Seq(r("BladeInterfaceReturnEntry"))),
            F("interface_extends", t.Seq(r("BladeInterfaceExtendsEntry"))),
        ]
    space.define("BladeCachedMaps", struct("BladeCachedMaps", *cached))
    return space.define(
        "BladeModule",
        struct(
            "BladeModule",
            F("magic", t.Bytes(4), doc="BLAD"),
            F("version", U32, doc="BLADE_VERSION: 1, 2 (four silent sub-generations) or 3"),
            F("metadata", r("BladeMetadata")),
            F("mir", module),
            F("symbols", t.Option(r("BladeTypeInfo"))),
            F("cached_maps", t.Option(r("BladeCachedMaps"))),
        ),
    )


LAYOUTS: dict[str, Layout] = {g: build_layout(g) for g in GENERATIONS}
CURRENT = LAYOUTS["S6"]

# `.blade` layouts: a cache generation with the MIR generations current while it was written (by date).
BLADE_PAIRS: dict[str, tuple[str, ...]] = {
    "v1": ("S0", "S1", "S2"),
    "v2a": ("S2",),
    "v2b": ("S2", "S3", "S4", "S5"),
    "v2c": ("S5",),
    "v2d": ("S5", "S6"),
    "v3": ("S6",),
}
BLADE_LAYOUTS: dict[str, Layout] = {
    f"{blade}/{mir}": build_layout(mir, blade_generation=blade) for blade, mirs in BLADE_PAIRS.items() for mir in mirs
}
SYMBOL_LAYOUTS: dict[str, Layout] = {g: build_layout("S6", symbol_generation=g) for g in SYMBOL_GENERATIONS}

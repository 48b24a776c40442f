# ruff: noqa: E501
"""The RunMat snapshot type trees, in the notation of the research notes (read by `declarations.py`).

Transcribed from the research notes on `runmat-org/runmat` `crates/runmat-snapshot` (Appendix A: the header
types of `format.rs`; Appendix B: the body of era C, v0.4.4 – v0.4.9; Appendix C: the body of era E as released in
v0.5.6). One declaration, `BODY`, gives every generation: what only era C has is `@until(v0.5.0)`, what only
eras D/E have is `@since(v0.5.0)`, and the schema changes of Appendix C.1 are conditions on fields and
variants: `v0.4.4` (era C), `v0.5.0` (era D, format 1), `v0.5.2`, `v0.5.3`, `v0.5.6` and `f1bdecc37` (the last
code before the crate was deleted, never released). Variant numbers are those of the transcribed releases
(v0.4.4 and v0.5.6) and are checked when those generations are built. The `rustmat` flag selects
era A's 8-byte magic.
"""

from __future__ import annotations

# `std::time` types as serde writes them (bincode: the fields in order, 12 bytes each).
STD = """
--- crate std (2) ---
struct Duration { secs: u64, nanos: u32 }
struct SystemTime { secs_since_epoch: u64, nanos_since_epoch: u32 }
"""

# The metadata the header and the body share (the header's copy is a clone of the body's).
METADATA = """
--- crate runmat-snapshot (5) ---
struct SnapshotMetadata {
    created_at: SystemTime,
    runmat_version: String,
    tool_version: String,
    build_config: BuildConfig,
    performance_metrics: PerformanceMetrics,
    feature_flags: Vec<String>,
    target_platform: PlatformInfo,
}
struct BuildConfig { optimization_level: String, debug_info: bool, compiler: String, compile_flags: Vec<String>, enabled_features: Vec<String> }
struct PerformanceMetrics {
    creation_time: Duration,
    builtin_count: u64,
    hir_cache_entries: u64,
    bytecode_cache_entries: u64,
    uncompressed_size: u64,
    compression_ratio: f64,
    peak_memory_usage: u64,
}
struct PlatformInfo { os: String, arch: String, cpu_features: Vec<String>, page_size: usize, cache_line_size: usize, endianness: Endianness }
enum Endianness [2] { 0 Little; 1 Big }
"""

HEADER = """
--- crate runmat-snapshot-format (6) ---
struct SnapshotHeader {
    @unless(rustmat) magic: [u8; 7],
    @when(rustmat) magic: [u8; 8],
    version: u32,
    metadata: SnapshotMetadata,
    data_info: DataSectionInfo,
    checksum_info: Option<ChecksumInfo>,
    header_size: u32,
}
struct DataSectionInfo { compression: CompressionInfo, uncompressed_size: u64, compressed_size: u64, data_offset: u64, alignment: usize }
struct CompressionInfo { algorithm: CompressionAlgorithm, level: u32, parameters: HashMap<String, String> }
enum CompressionAlgorithm [3] { 0 None; 1 Lz4 { fast: bool }; 2 Zstd { dictionary: Option<Vec<u8>> } }
struct ChecksumInfo { algorithm: ChecksumAlgorithm, size: usize, offset: u64 }
enum ChecksumAlgorithm [3] { 0 Sha256; 1 Blake3; 2 Crc32 }
"""

# The body of every generation (v0.4.4 – f1bdecc37), one declaration: items of era C (`runmat_hir::HirProgram`,
# the era-C `runmat_vm::Bytecode`) are `@until(v0.5.0)`, those of eras D/E (`HirAssembly`) `@since(v0.5.0)`, and
# the Appendix C.1 changes inside era E are conditions on fields and variants. The runmat-snapshot crate's
# metadata types are in METADATA above.
BODY = """
--- crate runmat-snapshot (25) ---
struct Snapshot {
    metadata: SnapshotMetadata,
    builtins: BuiltinRegistry,
    hir_cache: HirCache,
    bytecode_cache: BytecodeCache,
    gc_presets: GcPresetCache,
    optimization_hints: OptimizationHints,
}
struct BuiltinRegistry { name_index: HashMap<String, usize>, functions: Vec<BuiltinMetadata>, dispatch_table: BuiltinDispatchTable #[serde(skip)] }
@since(v0.5.0) struct HirCache { functions: HashMap<String, runmat_hir::HirAssembly>, patterns: Vec<HirPattern>, type_cache: HashMap<String, runmat_hir::Type> }
struct BytecodeCache {
    stdlib_bytecode: HashMap<String, runmat_vm::Bytecode>,
    operation_sequences: Vec<BytecodeSequence>,
    hotspots: Vec<HotspotBytecode>,
}
struct GcPresetCache {
    presets: HashMap<String, runmat_gc::GcConfig>,
    default_preset: String,
    performance_profiles: HashMap<String, GcPerformanceProfile>,
}
struct OptimizationHints { jit_hints: Vec<JitHint>, memory_hints: Vec<MemoryHint>, execution_hints: Vec<ExecutionHint> }
struct BuiltinMetadata {
    name: String,
    arity: BuiltinArity,
    category: BuiltinCategory,
    complexity: ComputationalComplexity,
    optimization_level: OptimizationLevel,
}
@since(v0.5.0) struct HirPattern { name: String, pattern: runmat_hir::HirAssembly, frequency: u32, optimization_priority: OptimizationLevel }
struct BytecodeSequence { name: String, bytecode: runmat_vm::Bytecode, usage_count: u64, average_execution_time: Duration }
struct HotspotBytecode {
    name: String,
    bytecode: runmat_vm::Bytecode,
    execution_frequency: u64,
    jit_compilation_threshold: u32,
    optimization_hints: Vec<OptimizationHint>,
}
struct GcPerformanceProfile { average_allocation_rate: f64, average_collection_time: Duration, memory_overhead: f64, throughput_impact: f64 }
struct JitHint { pattern: String, hint_type: JitHintType, priority: OptimizationLevel, expected_performance_gain: f64 }
struct MemoryHint { data_structure: String, hint_type: MemoryHintType, alignment: usize, prefetch_pattern: PrefetchPattern }
struct ExecutionHint { pattern: String, hint_type: ExecutionHintType, frequency: u64, optimization_potential: f64 }
enum BuiltinArity [3] { 0 Exact(usize); 1 Range(usize, usize); 2 Variadic(usize) }
enum BuiltinCategory [7] { 0 Math; 1 LinearAlgebra; 2 Statistics; 3 MatrixOps; 4 Trigonometric; 5 Comparison; 6 Utility }
enum ComputationalComplexity [5] { 0 Constant; 1 Linear; 2 Quadratic; 3 Cubic; 4 Exponential }
enum OptimizationLevel [4] { 0 None; 1 Basic; 2 Aggressive; 3 MaxPerformance }
struct OptimizationHint { hint_type: String, parameters: HashMap<String, String>, expected_speedup: f64 }
enum JitHintType [5] { 0 InlineCandidate; 1 LoopOptimization; 2 VectorizeCandidate; 3 ConstantFolding; 4 DeadCodeElimination }
enum MemoryHintType [4] { 0 CacheLocalityOptimization; 1 PrefetchOptimization; 2 AlignmentOptimization; 3 CompressionCandidate }
enum PrefetchPattern [4] { 0 Sequential; 1 Random; 2 Strided(usize); 3 Hierarchical }
enum ExecutionHintType [4] { 0 HotPath; 1 ColdPath; 2 BranchPrediction; 3 ParallelizationCandidate }
@until(v0.5.0) struct HirCache { functions: HashMap<String, runmat_hir::HirProgram>, patterns: Vec<HirPattern>, type_cache: HashMap<String, runmat_hir::Type> }
@until(v0.5.0) struct HirPattern { name: String, pattern: runmat_hir::HirProgram, frequency: u32, optimization_priority: OptimizationLevel }
--- crate runmat-hir (87) ---
@since(v0.5.0) struct HirAssembly {
    modules: Vec<HirModule>,
    functions: Vec<HirFunction>,
    classes: Vec<HirClass>,
    bindings: Vec<HirBinding>,
    entrypoints: Vec<HirEntrypoint>,
}
@since(v0.5.0) struct HirModule {
    id: ModuleId,
    name: QualifiedName,
    source_id: SourceId,
    source_unit: SourceUnitKind,
    imports: Vec<HirImport>,
    top_level_functions: Vec<FunctionId>,
    classes: Vec<ClassId>,
    synthetic_entry_function: Option<FunctionId>,
}
@since(v0.5.0) struct HirFunction {
    id: FunctionId,
    module: ModuleId,
    parent: Option<FunctionId>,
    enclosing_class: Option<ClassId>,
    name: FunctionName,
    kind: FunctionKind,
    params: Vec<BindingId>,
    outputs: Vec<BindingId>,
    abi: FunctionAbi,
    argument_validations: Vec<FunctionArgumentValidation>,
    locals: Vec<BindingId>,
    captures: Vec<CapturedBinding>,
    modifiers: FunctionModifiers,
    body: HirBlock,
    span: Span,
}
@since(v0.5.0) struct HirClass {
    id: ClassId,
    module: ModuleId,
    name: QualifiedName,
    super_class: Option<ClassId>,
    @since(f1bdecc37) builtin_super_class: Option<String>,
    kind: ClassKind,
    is_sealed: bool,
    is_abstract: bool,
    properties: Vec<ClassProperty>,
    methods: Vec<ClassMethod>,
    events: Vec<ClassEvent>,
    enumerations: Vec<ClassEnumeration>,
    arguments: Vec<ClassArgumentBlock>,
    span: Span,
}
@since(v0.5.0) struct HirBinding {
    id: BindingId,
    owner: BindingOwner,
    name: BindingName,
    role: BindingRole,
    storage: BindingStorage,
    workspace_visibility: WorkspaceVisibility,
    declared_span: Span,
}
@since(v0.5.0) struct HirEntrypoint { id: EntrypointId, name: Option<EntrypointName>, target: FunctionId, origin: EntrypointOrigin, policy: EntrypointPolicy }
type Span = runmat_parser::Span
struct SourceId(usize)   [newtype]
@since(v0.5.0) struct FunctionId(usize)   [newtype]
@since(v0.5.0) struct ModuleId(usize)   [newtype]
@since(v0.5.0) struct QualifiedName(Vec<SymbolName>)   [newtype]
@since(v0.5.0) enum SourceUnitKind [7 variants] {
    0 ScriptFile; 1 FunctionFile; 2 ClassFile; 3 PackageFunctionFile; 4 ClassFolderMethodFile; 5 ReplSubmission; 6 NotebookCell;
}
@since(v0.5.0) struct HirImport { path: QualifiedName, wildcard: bool, span: Span }
@since(v0.5.0) struct ClassId(usize)   [newtype]
@since(v0.5.0) struct FunctionName(String)   [newtype]
@since(v0.5.0) enum FunctionKind [4] { 0 Named; 1 Anonymous; 2 SyntheticEntrypoint; 3 ClassMethod { is_static: bool } }
@since(v0.5.0) struct BindingId(usize)   [newtype]
@since(v0.5.0) struct FunctionAbi {
    fixed_inputs: Vec<BindingId>,
    varargin: Option<BindingId>,
    fixed_outputs: Vec<BindingId>,
    varargout: Option<BindingId>,
    implicit_nargin: Option<BindingId>,
    implicit_nargout: Option<BindingId>,
}
@since(v0.5.0) struct FunctionArgumentValidation {
    binding: BindingId,
    size: Option<FunctionArgSizeSpec>,
    class_name: Option<String>,
    validators: Vec<FunctionArgValidator>,
    default_value: Option<FunctionArgDefaultValue>,
}
@since(v0.5.0) struct CapturedBinding { binding: BindingId, from_function: FunctionId }
@since(v0.5.0) struct FunctionModifiers { isolated: bool, is_async: bool }
@since(v0.5.0) struct HirBlock { statements: Vec<HirStmt> }
@since(v0.5.0) enum ClassKind [2] { 0 Value; 1 Handle }
@since(v0.5.0) struct ClassProperty { name: MemberName, attributes: PropertyAttributes, default: Option<HirExpr>, span: Span }
@since(v0.5.0) struct ClassMethod { function: FunctionId, name: MethodName, is_static: bool, attributes: MethodAttributes, span: Span }
@since(v0.5.0) struct ClassEvent { name: SymbolName, span: Span }
@since(v0.5.0) struct ClassEnumeration { name: SymbolName, span: Span }
@since(v0.5.0) struct ClassArgumentBlock { span: Span }
@since(v0.5.0) enum BindingOwner [2] { 0 Module(ModuleId); 1 Function(FunctionId) }
@since(v0.5.0) struct BindingName(String)   [newtype]
@since(v0.5.0) enum BindingRole [6] { 0 Parameter; 1 Output; 2 Local; @since(v0.5.2) 3 ExternalWorkspace; 4 ModuleBinding; 5 ImplicitAns }
@since(v0.5.0) enum BindingStorage [3] { 0 Lexical; 1 Global; 2 Persistent }
@since(v0.5.0) enum WorkspaceVisibility [4] { 0 Hidden; 1 TopLevel; 2 ModuleVisible; 3 ImplicitAns }
@since(v0.5.0) struct EntrypointId(usize)   [newtype]
@since(v0.5.0) struct EntrypointName(String)   [newtype]
@since(v0.5.0) enum EntrypointOrigin [5] { 0 ProjectDeclared; 1 SourcePath; 2 ReplSubmission; 3 NotebookCell; 4 HostSynthetic }
@since(v0.5.0) struct EntrypointPolicy { workspace_export: WorkspaceExportPolicy, top_level_await: bool }
@since(v0.5.0) enum CallableIdentity [8 variants] {
    0 BoundFunction(FunctionId); @since(v0.5.3) 1 ExternalFunction { function: FunctionId, display_name: String }; 2 Builtin(BuiltinId);
    3 Imported(DefPath); 4 Method(MethodId); 5 AnonymousFunction(FunctionId); 6 DynamicName(SymbolName); 7 ExternalName(QualifiedName);
}
@since(v0.5.0) enum CallableFallbackPolicy [4] { 0 None; 1 RuntimeNameResolution; 2 ObjectDispatch; 3 ExternalBoundary }
@since(v0.5.0) struct SymbolName(String)   [newtype]
@since(v0.5.0) struct FunctionArgSizeSpec { rows: FunctionArgDim, cols: FunctionArgDim }
@since(v0.5.0) @until(f1bdecc37) enum FunctionArgValidator [16 variants] {
    0 Finite; 1 NumericOrLogical; 2 Text; 3 Nonempty; 4 ScalarOrEmpty; 5 Real; 6 Integer; 7 Positive; 8 Negative; 9 Nonnegative; 10 Nonzero;
    11 Nonpositive; 12 GreaterThanOrEqual(f64); 13 LessThanOrEqual(f64); 14 GreaterThan(f64); 15 LessThan(f64);
}
@since(v0.5.0) @since(f1bdecc37) enum FunctionArgValidator [33 variants] {
    A(Vec<String>); Column; Finite; Float; Folder; File; NumericOrLogical; Numeric; Text; TextScalar; NonzeroLengthText; Nonempty;
    ScalarOrEmpty; Real; Integer; Vector; Positive; Negative; Nonnegative; Nonmissing; NonNan; Nonzero; Nonpositive; Nonsparse; Sparse;
    ValidVariableName; UnderlyingType(Vec<String>); Member(Vec<FunctionArgValidationLiteral>);
    InRange(f64, f64, FunctionArgRangeInclusivity); GreaterThanOrEqual(f64); LessThanOrEqual(f64); GreaterThan(f64); LessThan(f64);
}
@since(v0.5.0) @since(f1bdecc37) enum FunctionArgValidationLiteral [3] { 0 Number(f64); 1 Text(String); 2 Bool(bool) }
@since(v0.5.0) @since(f1bdecc37) struct FunctionArgRangeInclusivity { lower: bool, upper: bool }
@since(v0.5.0) enum FunctionArgDefaultValue [4] { 0 Number(f64); 1 Bool(bool); 2 String(String); 3 EmptyArray }
@since(v0.5.0) struct HirStmt { id: StmtId, kind: HirStmtKind, span: Span }
@since(v0.5.0) struct MemberName(String)   [newtype]
@since(v0.5.0) struct PropertyAttributes {
    is_static: bool,
    is_constant: bool,
    is_dependent: bool,
    is_transient: bool,
    is_hidden: bool,
    access: MemberAccess,
    get_access: MemberAccess,
    set_access: MemberAccess,
}
@since(v0.5.0) struct HirExpr { id: ExprId, kind: HirExprKind, span: Span }
@since(v0.5.0) struct MethodName(String)   [newtype]
@since(v0.5.0) struct MethodAttributes { access: MemberAccess, is_hidden: bool, is_abstract: bool, is_sealed: bool }
@since(v0.5.0) enum WorkspaceExportPolicy [3] { 0 ExportTopLevelBindings; 1 ReturnFunctionOutputs; 2 HostDefined }
@since(v0.5.0) struct BuiltinId(String)   [newtype]
@since(v0.5.0) struct DefPath { package: PackageName, module: QualifiedName, item: Vec<DefPathSegment> }
@since(v0.5.0) struct MethodId(String)   [newtype]
@since(v0.5.0) enum FunctionArgDim [2] { 0 Any; 1 Exact(usize) }
@since(v0.5.0) struct StmtId(usize)   [newtype]
@since(v0.5.0) enum HirStmtKind [14 variants] {
    0 ExprStmt(HirExpr, bool); 1 Assign(HirPlace, HirExpr, bool); 2 MultiAssign(OutputTargetList, HirExpr, bool);
    3 If { cond: HirExpr, then_body: HirBlock, elseif_blocks: Vec<(HirExpr, HirBlock)>, else_body: Option<HirBlock> };
    4 While { cond: HirExpr, body: HirBlock }; 5 For { binding: BindingId, range: HirExpr, body: HirBlock };
    6 Switch { expr: HirExpr, cases: Vec<(HirExpr, HirBlock)>, otherwise: Option<HirBlock> };
    7 TryCatch { try_body: HirBlock, catch_binding: Option<BindingId>, catch_body: HirBlock }; 8 Global(Vec<BindingId>);
    9 Persistent(Vec<BindingId>); 10 Break; 11 Continue; 12 Return; 13 Import(HirImport);
}
@since(v0.5.0) enum MemberAccess [3] { 0 Public; 1 Private; 2 Protected }
@since(v0.5.0) struct ExprId(usize)   [newtype]
@since(v0.5.0) enum HirExprKind [24 variants] {
    0 Number(String); 1 String(StringLiteral); 2 Constant(SymbolName); 3 Binding(BindingId); 4 Unary(OperatorKind, Box<HirExpr>);
    5 Binary(Box<HirExpr>, OperatorKind, Box<HirExpr>); 6 Tensor(Vec<Vec<HirExpr>>); 7 Cell(Vec<Vec<HirExpr>>);
    8 StructLiteral(Vec<(MemberName, HirExpr)>); 9 ObjectLiteral { class_name: QualifiedName, fields: Vec<(MemberName, HirExpr)> };
    10 Range(Box<HirExpr>, Option<Box<HirExpr>>, Box<HirExpr>); 11 Colon; 12 End; 13 Index(Box<HirExpr>, IndexingSemantics);
    14 Member(Box<HirExpr>, MemberName); 15 MemberDynamic(Box<HirExpr>, Box<HirExpr>);
    @since(v0.5.2) 16 WorkspaceFirstStaticProperty { workspace_name: SymbolName, class_name: String, property: MemberName }; 17 Call(HirCall);
    18 CommandCall(HirCommandCall); 19 FunctionHandle(FunctionHandleTarget); 20 AnonymousFunction(FunctionId); 21 MetaClass(QualifiedName);
    22 Await(Box<HirExpr>); 23 Spawn(Box<HirExpr>);
}
@since(v0.5.0) struct PackageName(String)   [newtype]
@since(v0.5.0) enum DefPathSegment [1] { 0 Function(SymbolName) }
@since(v0.5.0) enum HirPlace [5 variants] {
    0 Binding(BindingId); 1 Member(Box<HirExpr>, MemberName); 2 MemberDynamic(Box<HirExpr>, Box<HirExpr>);
    3 Index(Box<HirExpr>, IndexingSemantics); 4 IndexCell(Box<HirExpr>, IndexingSemantics);
}
@since(v0.5.0) struct OutputTargetList { requested_outputs: RequestedOutputCount, targets: Vec<OutputTarget> }
@since(v0.5.0) struct StringLiteral(String)   [newtype]
@since(v0.5.0) enum OperatorKind [25 variants] {
    0 UnaryPlus; 1 UnaryMinus; 2 Not; 3 Add; 4 Subtract; 5 MatrixMultiply; 6 ElementwiseMultiply; 7 MatrixPower; 8 ElementwisePower;
    9 Mldivide; 10 Mrdivide; 11 ElementwiseDivide; 12 ElementwiseLeftDivide; 13 Equal; 14 NotEqual; 15 Less; 16 LessEqual; 17 Greater;
    18 GreaterEqual; 19 ShortCircuitAnd; 20 ShortCircuitOr; 21 ElementwiseAnd; 22 ElementwiseOr; 23 Transpose; 24 ConjugateTranspose;
}
@since(v0.5.0) struct IndexingSemantics { kind: IndexKind, components: Vec<IndexComponent>, result_context: IndexResultContext }
@since(v0.5.0) struct HirCall {
    callee: HirCallableRef,
    args: Vec<HirExpr>,
    syntax: CallSyntax,
    requested_outputs: RequestedOutputCount,
    @since(v0.5.2) workspace_first_name: Option<SymbolName> #[serde(default)],
    @since(v0.5.2) bare_identifier: bool #[serde(default)],
}
@since(v0.5.0) struct HirCommandCall { command: HirCallableRef, args: Vec<CommandArgument> }
@since(v0.5.0) enum FunctionHandleTarget [6 variants] {
    0 Function(FunctionId); @since(v0.5.3) 1 ExternalFunction { function: FunctionId, display_name: String }; 2 Builtin(BuiltinId);
    3 Anonymous(FunctionId); 4 DefPath(DefPath); 5 DynamicName(SymbolName);
}
@since(v0.5.0) enum RequestedOutputCount [4] { 0 Zero; 1 One; 2 Exactly(usize); 3 CurrentFunctionNargout }
@since(v0.5.0) enum OutputTarget [2] { 0 Place(HirPlace); 1 Discard }
@since(v0.5.0) enum IndexKind [2] { 0 Paren; 1 Brace }
@since(v0.5.0) enum IndexComponent [4] { 0 Colon; 1 End { dim: Option<usize>, offset: isize }; 2 Expr(HirExpr); 3 Logical(HirExpr) }
@since(v0.5.0) enum IndexResultContext [5] { 0 ReadSingle; 1 ReadCommaList; 2 AssignmentTarget; 3 DeletionTarget; 4 FunctionArgumentExpansion }
@since(v0.5.0) enum HirCallableRef [8 variants] {
    0 Function(FunctionId); @since(v0.5.3) 1 ExternalFunction { function: FunctionId, display_name: String }; 2 Builtin(BuiltinId); 3 Imported(DefPath);
    4 SuperConstructor { current_class: SymbolName, super_class: QualifiedName };
    5 SuperMethod { current_class: SymbolName, super_class: QualifiedName, method: SymbolName }; 6 DynamicExpr(Box<HirExpr>);
    7 Unresolved(QualifiedName);
}
@since(v0.5.0) enum CallSyntax [4] { 0 Plain; 1 Method; 2 DottedInvoke; 3 Command }
@since(v0.5.0) enum CommandArgument [2] { 0 Word(SymbolName); 1 StringLiteral(StringLiteral) }
@until(v0.5.0) struct HirProgram { body: Vec<HirStmt>, var_types: Vec<Type> #[serde(default)] }
@until(v0.5.0) enum HirStmt [17 variants] {
    0 ExprStmt(HirExpr, bool, Span); 1 Assign(VarId, HirExpr, bool, Span); 2 MultiAssign(Vec<Option<VarId>>, HirExpr, bool, Span);
    3 AssignLValue(HirLValue, HirExpr, bool, Span);
    4 If { cond: HirExpr, then_body: Vec<HirStmt>, elseif_blocks: Vec<(HirExpr, Vec<HirStmt>)>, else_body: Option<Vec<HirStmt>>, span: Span };
    5 While { cond: HirExpr, body: Vec<HirStmt>, span: Span }; 6 For { var: VarId, expr: HirExpr, body: Vec<HirStmt>, span: Span };
    7 Switch { expr: HirExpr, cases: Vec<(HirExpr, Vec<HirStmt>)>, otherwise: Option<Vec<HirStmt>>, span: Span };
    8 TryCatch { try_body: Vec<HirStmt>, catch_var: Option<VarId>, catch_body: Vec<HirStmt>, span: Span };
    9 Global(Vec<(VarId, String)>, Span); 10 Persistent(Vec<(VarId, String)>, Span); 11 Break(Span); 12 Continue(Span); 13 Return(Span);
    14 Function { name: String, params: Vec<VarId>, outputs: Vec<VarId>, body: Vec<HirStmt>, has_varargin: bool, has_varargout: bool, span: Span };
    15 ClassDef { name: String, super_class: Option<String>, members: Vec<HirClassMember>, span: Span };
    16 Import { path: Vec<String>, wildcard: bool, span: Span };
}
@until(v0.5.0) struct HirExpr { kind: HirExprKind, ty: Type, span: Span }
@until(v0.5.0) struct VarId(usize)   [newtype]
@until(v0.5.0) enum HirLValue [5 variants] {
    0 Var(VarId); 1 Member(Box<HirExpr>, String); 2 MemberDynamic(Box<HirExpr>, Box<HirExpr>); 3 Index(Box<HirExpr>, Vec<HirExpr>);
    4 IndexCell(Box<HirExpr>, Vec<HirExpr>);
}
@until(v0.5.0) enum HirClassMember [5 variants] {
    0 Properties { attributes: Vec<parser::Attr>, names: Vec<String> }; 1 Methods { attributes: Vec<parser::Attr>, body: Vec<HirStmt> };
    2 Events { attributes: Vec<parser::Attr>, names: Vec<String> }; 3 Enumeration { attributes: Vec<parser::Attr>, names: Vec<String> };
    4 Arguments { attributes: Vec<parser::Attr>, names: Vec<String> };
}
@until(v0.5.0) enum HirExprKind [21 variants] {
    0 Number(String); 1 String(String); 2 Var(VarId); 3 Constant(String); 4 Unary(parser::UnOp, Box<HirExpr>);
    5 Binary(Box<HirExpr>, parser::BinOp, Box<HirExpr>); 6 Tensor(Vec<Vec<HirExpr>>); 7 Cell(Vec<Vec<HirExpr>>);
    8 Index(Box<HirExpr>, Vec<HirExpr>); 9 IndexCell(Box<HirExpr>, Vec<HirExpr>);
    10 Range(Box<HirExpr>, Option<Box<HirExpr>>, Box<HirExpr>); 11 Colon; 12 End; 13 Member(Box<HirExpr>, String);
    14 MemberDynamic(Box<HirExpr>, Box<HirExpr>); 15 DottedInvoke(Box<HirExpr>, String, Vec<HirExpr>);
    16 MethodCall(Box<HirExpr>, String, Vec<HirExpr>); 17 AnonFunc { params: Vec<VarId>, body: Box<HirExpr> }; 18 FuncHandle(String);
    19 FuncCall(String, Vec<HirExpr>); 20 MetaClass(String);
}
--- crate runmat-builtins (3) ---
@since(v0.5.0) enum Type [14 variants] {
    0 Int; 1 Num; 2 Bool; 3 Logical { shape: Option<Vec<Option<usize>>> }; 4 String; 5 Tensor { shape: Option<Vec<Option<usize>>> };
    @since(v0.5.3) 6 Symbolic; 7 Cell { element_type: Option<Box<Type>>, length: Option<usize> }; 8 Function { params: Vec<Type>, returns: Box<Type> };
    9 Void; 10 Unknown; 11 Union(Vec<Type>); 12 Struct { known_fields: Option<Vec<String>> }; 13 OutputList(Vec<Type>);
}
@until(v0.5.0) enum Type [16 variants] {
    0 Int; 1 Num; 2 Bool; 3 Logical { shape: Option<Vec<Option<usize>>> }; 4 String; 5 Tensor { shape: Option<Vec<Option<usize>>> };
    6 Cell { element_type: Option<Box<Type>>, length: Option<usize> }; 7 Function { params: Vec<Type>, returns: Box<Type> }; 8 Void;
    9 Unknown; 10 Union(Vec<Type>); 11 Struct { known_fields: Option<Vec<String>> }; 12 OutputList(Vec<Type>);
    13 DataDataset { arrays: Option<std::collections::BTreeMap<String, DataArrayTypeInfo>> };
    14 DataArray { dtype: Option<String>, shape: Option<Vec<Option<usize>>>, chunk_shape: Option<Vec<Option<usize>>>, codec: Option<String> };
    15 DataTransaction;
}
@until(v0.5.0) struct DataArrayTypeInfo { dtype: Option<String>, shape: Option<Vec<Option<usize>>>, chunk_shape: Option<Vec<Option<usize>>>, codec: Option<String> }
--- crate runmat-vm (36) ---
@since(v0.5.0) struct Bytecode {
    instructions: Vec<Instr>,
    instr_spans: Vec<runmat_hir::Span> #[serde(default)],
    call_arg_spans: Vec<Option<Vec<runmat_hir::Span>>> #[serde(default)],
    source_id: Option<runmat_hir::SourceId> #[serde(default)],
    var_count: usize,
    bound_functions: HashMap<FunctionId, FunctionBytecode> #[serde(default)],
    function_registry: FunctionRegistry #[serde(default)],
    var_types: Vec<Type> #[serde(default)],
    var_names: HashMap<usize, String> #[serde(default)],
    @since(v0.5.2) initially_unassigned_slots: HashSet<usize> #[serde(default)],
    layout: Option<VmAssemblyLayout> #[serde(default)],
    async_metadata: AsyncMetadata #[serde(default)],
    accel_graph: Option<AccelGraph> #[cfg(feature = "native-accel")] #[serde(default)],
    fusion_groups: Vec<FusionGroup> #[cfg(feature = "native-accel")] #[serde(default)],
    fusion_metadata: FusionMetadata #[cfg(feature = "native-accel")] #[serde(default)],
}
@since(v0.5.0) enum Instr [125 variants] {
    0 LoadConst(f64); 1 LoadComplex(f64, f64); 2 LoadBool(bool); 3 LoadString(String); 4 LoadCharRow(String); 5 LoadVar(usize);
    6 LoadVarForIndexAssignment(usize); 7 StoreVar(usize); 8 Add; 9 Sub; 10 Mul; 11 RightDiv; 12 LeftDiv; 13 Pow; 14 Neg; 15 UPlus;
    16 Transpose; 17 ConjugateTranspose; 18 ElemMul; 19 ElemDiv; 20 ElemPow; 21 ElemLeftDiv; 22 LessEqual; 23 Less; 24 Greater;
    25 GreaterEqual; 26 Equal; 27 NotEqual; 28 LogicalNot; 29 LogicalAnd; 30 LogicalOr; 31 AndAnd(usize); 32 OrOr(usize);
    33 JumpIfFalse(usize); 34 Jump(usize); 35 Pop; 36 Unpack(usize); 37 StochasticEvolution; 38 CreateMatrix(usize, usize);
    39 CreateMatrixDynamic(usize); 40 CreateRange(bool); 41 Index(usize); 42 IndexSlice(usize, usize, u32, u32);
    43 IndexSliceExpr { dims: usize, numeric_count: usize, colon_mask: u32, end_mask: u32, range_dims: Vec<usize>, range_has_step: Vec<bool>, range_start_exprs: Vec<Option<EndExpr>>, range_step_exprs: Vec<Option<EndExpr>>, range_end_exprs: Vec<EndExpr>, end_numeric_exprs: Vec<(usize, EndExpr)> };
    44 StoreSliceExpr { dims: usize, numeric_count: usize, colon_mask: u32, end_mask: u32, range_dims: Vec<usize>, range_has_step: Vec<bool>, range_start_exprs: Vec<Option<EndExpr>>, range_step_exprs: Vec<Option<EndExpr>>, range_end_exprs: Vec<EndExpr>, end_numeric_exprs: Vec<(usize, EndExpr)> };
    45 StoreSliceExprDelete { dims: usize, numeric_count: usize, colon_mask: u32, end_mask: u32, range_dims: Vec<usize>, range_has_step: Vec<bool>, range_start_exprs: Vec<Option<EndExpr>>, range_step_exprs: Vec<Option<EndExpr>>, range_end_exprs: Vec<EndExpr>, end_numeric_exprs: Vec<(usize, EndExpr)> };
    46 CreateCell2D(usize, usize); 47 CreateStructLiteral(Vec<String>); 48 CreateObjectLiteral { class_name: String, fields: Vec<String> };
    49 IndexCell { num_indices: usize, end_offsets: Vec<(usize, isize)>, end_exprs: Vec<(usize, EndExpr)> };
    50 IndexCellExpand { num_indices: usize, out_count: usize, end_offsets: Vec<(usize, isize)>, end_exprs: Vec<(usize, EndExpr)> };
    51 IndexCellList { num_indices: usize, end_offsets: Vec<(usize, isize)>, end_exprs: Vec<(usize, EndExpr)> }; 52 StoreIndex(usize);
    53 StoreIndexCell { num_indices: usize, end_offsets: Vec<(usize, isize)>, end_exprs: Vec<(usize, EndExpr)> };
    54 StoreIndexDelete(usize);
    55 StoreIndexCellDelete { num_indices: usize, end_offsets: Vec<(usize, isize)>, end_exprs: Vec<(usize, EndExpr)> };
    56 StoreSlice(usize, usize, u32, u32); 57 StoreSliceDelete(usize, usize, u32, u32); 58 LoadMember(String); 59 LoadMemberOrInit(String);
    60 LoadMemberDynamic; 61 LoadMemberDynamicOrInit; 62 StoreMember(String); 63 StoreMemberOrInit(String); 64 StoreMemberDynamic;
    65 StoreMemberDynamicOrInit; 66 LoadMethod(String);
    67 CallMethodOrMemberIndexMulti { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, arg_count: usize, out_count: usize };
    68 CallMethodOrMemberIndexExpandMultiOutput { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, specs: Vec<ArgSpec>, out_count: usize };
    69 CreateFunctionHandle(String); 70 CreateExternalFunctionHandle(String); 71 CreateMethodFunctionHandle(String);
    72 CreateBoundFunctionHandle(FunctionId, String); @since(v0.5.3) 73 CreateExternalBoundFunctionHandle(FunctionId, String);
    74 CreateClosure(String, usize); 75 CreateSemanticClosure(FunctionId, String, usize); 76 LoadStaticProperty(String, String);
    @since(v0.5.2) 77 LoadWorkspaceFirstStaticProperty { name: String, class_name: String, property: String };
    78 RegisterClass { name: String, super_class: Option<String>, is_sealed: bool, is_abstract: bool, properties: Vec<(String, bool, bool, Option<PropertyDefaultLiteral>, String, String)>, methods: Vec<(String, String, bool, bool, bool, String)>, enumerations: Vec<String> };
    79 CallFevalMulti(usize, usize); 80 CallFevalMultiUsingOutputSlot(usize, usize); 81 CallFevalExpandMultiOutput(Vec<ArgSpec>, usize);
    82 CallFevalExpandMultiOutputUsingOutputSlot(Vec<ArgSpec>, usize); 83 CreateSemanticFuture(FunctionId, usize, usize);
    84 CreateSemanticFutureExpandMultiOutput(FunctionId, Vec<ArgSpec>, usize); 85 Spawn; 86 Await; 87 Swap;
    88 EnterTry(usize, Option<usize>); 89 PopTry; 90 Return; 91 ReturnValue; 92 CallBuiltinMulti(String, usize, usize);
    93 CallBuiltinMultiUsingOutputSlot(String, usize, usize);
    94 CallSuperConstructorMulti { current_class: String, super_class: String, arg_count: usize, out_count: usize };
    95 CallSuperMethodMulti { current_class: String, super_class: String, method: String, arg_count: usize, out_count: usize };
    96 CallFunctionMulti { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, arg_count: usize, out_count: usize };
    97 CallFunctionMultiUsingOutputSlot { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, arg_count: usize, out_count_slot: usize };
    @since(v0.5.2) 98 CallWorkspaceFirstMulti { name: String, identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, bare_identifier: bool, arg_count: usize, out_count: usize };
    @since(v0.5.2) 99 CallWorkspaceFirstMultiUsingOutputSlot { name: String, identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, bare_identifier: bool, arg_count: usize, out_count_slot: usize };
    100 CallSemanticFunctionMulti(FunctionId, usize, usize); 101 CallSemanticFunctionMultiUsingOutputSlot(FunctionId, usize, usize);
    102 CallSemanticNestedFunctionMulti { function: FunctionId, capture_slots: Vec<usize>, arg_count: usize, out_count: usize };
    103 CallSemanticNestedFunctionMultiUsingOutputSlot { function: FunctionId, capture_slots: Vec<usize>, arg_count: usize, out_count_slot: usize };
    104 CallFunctionExpandMultiOutput { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, specs: Vec<ArgSpec>, out_count: usize };
    @since(v0.5.2) 105 CallWorkspaceFirstExpandMultiOutput { name: String, identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, bare_identifier: bool, specs: Vec<ArgSpec>, out_count: usize };
    @since(v0.5.2) 106 CallWorkspaceFirstExpandMultiOutputUsingOutputSlot { name: String, identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, bare_identifier: bool, specs: Vec<ArgSpec>, out_count_slot: usize };
    107 CallSemanticFunctionExpandMultiOutput(FunctionId, Vec<ArgSpec>, usize);
    108 CallSemanticNestedFunctionExpandMultiOutput { function: FunctionId, capture_slots: Vec<usize>, specs: Vec<ArgSpec>, out_count: usize };
    109 CallBuiltinExpandMultiOutput(String, Vec<ArgSpec>, usize);
    110 CallSuperConstructorExpandMultiOutput { current_class: String, super_class: String, specs: Vec<ArgSpec>, out_count: usize };
    111 CallSuperMethodExpandMultiOutput { current_class: String, super_class: String, method: String, specs: Vec<ArgSpec>, out_count: usize };
    112 PackToRow(usize); 113 PackToCol(usize); 114 EnterScope(usize); 115 ExitScope(usize); 116 LoadLocal(usize); 117 StoreLocal(usize);
    118 RegisterImport { path: Vec<String>, wildcard: bool }; 119 DeclareGlobal(Vec<usize>); 120 DeclarePersistent(Vec<usize>);
    121 DeclareGlobalNamed(Vec<usize>, Vec<String>); 122 DeclarePersistentNamed(Vec<usize>, Vec<String>);
    123 EmitStackTop { label: EmitLabel }; 124 EmitVar { var_index: usize, label: EmitLabel };
}
@since(v0.5.0) struct FunctionBytecode {
    function: FunctionId,
    display_name: String,
    private_owner_scope: String #[serde(default)],
    source_id: Option<runmat_hir::SourceId> #[serde(default)],
    instructions: Vec<Instr>,
    instr_spans: Vec<runmat_hir::Span> #[serde(default)],
    call_arg_spans: Vec<Option<Vec<runmat_hir::Span>>> #[serde(default)],
    var_count: usize,
    input_slots: Vec<usize>,
    varargin_slot: Option<usize> #[serde(default)],
    implicit_nargin_slot: Option<usize> #[serde(default)],
    output_slots: Vec<usize>,
    varargout_slot: Option<usize> #[serde(default)],
    implicit_nargout_slot: Option<usize> #[serde(default)],
    capture_slots: Vec<usize>,
    var_names: HashMap<usize, String> #[serde(default)],
    @since(v0.5.2) initially_unassigned_slots: HashSet<usize> #[serde(default)],
    argument_validations: Vec<FunctionArgumentValidation> #[serde(default)],
}
@since(v0.5.0) struct FunctionRegistry {
    functions: HashMap<FunctionId, FunctionBytecode>,
    names: HashMap<String, FunctionId> #[serde(default)],
    source_functions: HashMap<runmat_hir::SourceId, Vec<FunctionId>> #[serde(default)],
}
@since(v0.5.0) struct VmAssemblyLayout {
    functions: HashMap<FunctionId, VmFunctionLayout>,
    entrypoints: HashMap<EntrypointId, VmEntrypointLayout>,
    storage_bindings: HashMap<BindingId, VmStorageBinding>,
}
@since(v0.5.0) struct AsyncMetadata {
    mir_spawn_site_count: usize,
    mir_spawn_sites: Vec<SpawnSite>,
    mir_await_site_count: usize,
    mir_await_sites: Vec<AwaitSite>,
    runtime_model: AsyncRuntimeModel #[serde(default)],
}
@since(v0.5.0) struct FusionMetadata #[cfg(feature = "native-accel")] {
    mir_fusion_signal_count: usize,
    mir_fusion_candidate_group_count: usize,
    mir_fusion_candidate_groups: Vec<FusionCandidateGroup>,
    instruction_window_count: usize,
    instruction_windows: Vec<FusionInstructionWindow> #[serde(default)],
}
@since(v0.5.0) enum EndExpr [16 variants] {
    0 End; 1 Const(f64); 2 Var(usize);
    3 ResolvedCall { identity: CallableIdentity, fallback_policy: CallableFallbackPolicy, args: Vec<EndExpr> };
    4 Add(Box<EndExpr>, Box<EndExpr>); 5 Sub(Box<EndExpr>, Box<EndExpr>); 6 Mul(Box<EndExpr>, Box<EndExpr>);
    7 Div(Box<EndExpr>, Box<EndExpr>); 8 LeftDiv(Box<EndExpr>, Box<EndExpr>); 9 Pow(Box<EndExpr>, Box<EndExpr>); 10 Neg(Box<EndExpr>);
    11 Pos(Box<EndExpr>); 12 Floor(Box<EndExpr>); 13 Ceil(Box<EndExpr>); 14 Round(Box<EndExpr>); 15 Fix(Box<EndExpr>);
}
struct ArgSpec { is_expand: bool, num_indices: usize, expand_all: bool }
@since(v0.5.0) enum PropertyDefaultLiteral [3] { 0 Num(f64); 1 Bool(bool); 2 String(String) }
enum EmitLabel [2] { 0 Ans; 1 Var(usize) }
@since(v0.5.0) struct FunctionArgumentValidation {
    input_slot: usize,
    size: Option<FunctionArgSizeSpec>,
    class_name: Option<String>,
    validators: Vec<FunctionArgValidator> #[serde(default)],
    default_value: Option<FunctionArgDefaultValue> #[serde(default)],
}
@since(v0.5.0) struct VmFunctionLayout {
    function: FunctionId,
    display_name: String,
    private_owner_scope: String,
    frame_abi: VmFrameAbi,
    binding_slots: HashMap<BindingId, VmSlotId>,
    mir_local_slots: HashMap<MirLocalId, VmSlotId>,
    captures: Vec<VmCaptureSlot>,
    local_count: usize,
}
@since(v0.5.0) struct VmEntrypointLayout { entrypoint: EntrypointId, target: FunctionId, workspace_export: WorkspaceExportPolicy, exports: Vec<VmWorkspaceExport> }
@since(v0.5.0) struct VmStorageBinding { binding: BindingId, name: String, storage: BindingStorage }
@since(v0.5.0) struct SpawnSite { function: runmat_hir::FunctionId, block: runmat_mir::BasicBlockId, stmt_index: usize }
@since(v0.5.0) struct AwaitSite { function: runmat_hir::FunctionId, block: runmat_mir::BasicBlockId, resume: runmat_mir::BasicBlockId }
@since(v0.5.0) enum AsyncRuntimeModel [1] { 0 LazyFutureDescriptorLane }
@since(v0.5.0) struct FusionCandidateGroup #[cfg(feature = "native-accel")] {
    id: usize,
    signal_count: usize,
    function: runmat_hir::FunctionId,
    block: runmat_mir::BasicBlockId,
    stmt_start: usize,
    stmt_end: usize,
    source_span: runmat_hir::Span #[serde(default)],
}
@since(v0.5.0) struct FusionInstructionWindow #[cfg(feature = "native-accel")] { span: runmat_accelerate::graph::InstrSpan, kind: FusionInstructionKind }
@since(v0.5.0) struct FunctionArgSizeSpec { rows: FunctionArgDim, cols: FunctionArgDim }
@since(v0.5.0) @until(f1bdecc37) enum FunctionArgValidator [16 variants] {
    0 Finite; 1 NumericOrLogical; 2 Text; 3 Nonempty; 4 ScalarOrEmpty; 5 Real; 6 Integer; 7 Positive; 8 Negative; 9 Nonnegative; 10 Nonzero;
    11 Nonpositive; 12 GreaterThanOrEqual(f64); 13 LessThanOrEqual(f64); 14 GreaterThan(f64); 15 LessThan(f64);
}
@since(v0.5.0) @since(f1bdecc37) enum FunctionArgValidator [33 variants] {
    A(Vec<String>); Column; Finite; Float; Folder; File; NumericOrLogical; Numeric; Text; TextScalar; NonzeroLengthText; Nonempty;
    ScalarOrEmpty; Real; Integer; Vector; Positive; Negative; Nonnegative; Nonmissing; NonNan; Nonzero; Nonpositive; Nonsparse; Sparse;
    ValidVariableName; UnderlyingType(Vec<String>); Member(Vec<FunctionArgValidationLiteral>);
    InRange(f64, f64, FunctionArgRangeInclusivity); GreaterThanOrEqual(f64); LessThanOrEqual(f64); GreaterThan(f64); LessThan(f64);
}
@since(v0.5.0) @since(f1bdecc37) enum FunctionArgValidationLiteral [3] { 0 Number(f64); 1 Text(String); 2 Bool(bool) }
@since(v0.5.0) @since(f1bdecc37) struct FunctionArgRangeInclusivity { lower: bool, upper: bool }
@since(v0.5.0) enum FunctionArgDefaultValue [4] { 0 Number(f64); 1 Bool(bool); 2 String(String); 3 EmptyArray }
@since(v0.5.0) struct VmFrameAbi {
    fixed_inputs: Vec<VmSlotId>,
    varargin: Option<VmSlotId>,
    fixed_outputs: Vec<VmSlotId>,
    varargout: Option<VmSlotId>,
    implicit_nargin: Option<VmSlotId>,
    implicit_nargout: Option<VmSlotId>,
}
@since(v0.5.0) struct VmSlotId(usize)   [newtype]
@since(v0.5.0) struct VmCaptureSlot { binding: BindingId, from_function: FunctionId, slot: VmSlotId }
@since(v0.5.0) struct VmWorkspaceExport { binding: BindingId, name: String, slot: VmSlotId, visibility: WorkspaceVisibility }
@since(v0.5.0) enum FusionInstructionKind #[cfg(feature = "native-accel")] [3] { 0 Elementwise; 1 Reduction; 2 Matmul }
@since(v0.5.0) enum FunctionArgDim [2] { 0 Any; 1 Exact(usize) }
@until(v0.5.0) struct Bytecode {
    instructions: Vec<Instr>,
    instr_spans: Vec<runmat_hir::Span> #[serde(default)],
    call_arg_spans: Vec<Option<Vec<runmat_hir::Span>>> #[serde(default)],
    source_id: Option<runmat_hir::SourceId> #[serde(default)],
    var_count: usize,
    functions: HashMap<String, UserFunction>,
    var_types: Vec<Type> #[serde(default)],
    var_names: HashMap<usize, String> #[serde(default)],
    accel_graph: Option<AccelGraph> #[cfg(feature = "native-accel")] #[serde(default)],
    fusion_groups: Vec<FusionGroup> #[cfg(feature = "native-accel")] #[serde(default)],
}
@until(v0.5.0) enum Instr [90 variants] {
    0 LoadConst(f64); 1 LoadComplex(f64, f64); 2 LoadBool(bool); 3 LoadString(String); 4 LoadCharRow(String); 5 LoadVar(usize);
    6 StoreVar(usize); 7 Add; 8 Sub; 9 Mul; 10 RightDiv; 11 LeftDiv; 12 Pow; 13 Neg; 14 UPlus; 15 Transpose; 16 ConjugateTranspose;
    17 ElemMul; 18 ElemDiv; 19 ElemPow; 20 ElemLeftDiv; 21 LessEqual; 22 Less; 23 Greater; 24 GreaterEqual; 25 Equal; 26 NotEqual;
    27 AndAnd(usize); 28 OrOr(usize); 29 JumpIfFalse(usize); 30 Jump(usize); 31 Pop; 32 Unpack(usize); 33 CallBuiltin(String, usize);
    34 StochasticEvolution; 35 CreateMatrix(usize, usize); 36 CreateMatrixDynamic(usize); 37 CreateRange(bool); 38 Index(usize);
    39 IndexSlice(usize, usize, u32, u32);
    40 IndexSliceExpr { dims: usize, numeric_count: usize, colon_mask: u32, end_mask: u32, range_dims: Vec<usize>, range_has_step: Vec<bool>, range_start_exprs: Vec<Option<EndExpr>>, range_step_exprs: Vec<Option<EndExpr>>, range_end_exprs: Vec<EndExpr>, end_numeric_exprs: Vec<(usize, EndExpr)> };
    41 StoreSliceExpr { dims: usize, numeric_count: usize, colon_mask: u32, end_mask: u32, range_dims: Vec<usize>, range_has_step: Vec<bool>, range_start_exprs: Vec<Option<EndExpr>>, range_step_exprs: Vec<Option<EndExpr>>, range_end_exprs: Vec<EndExpr>, end_numeric_exprs: Vec<(usize, EndExpr)> };
    42 CreateCell2D(usize, usize); 43 IndexCell(usize); 44 IndexCellExpand(usize, usize); 45 StoreIndex(usize); 46 StoreIndexCell(usize);
    47 StoreSlice(usize, usize, u32, u32); 48 LoadMember(String); 49 LoadMemberOrInit(String); 50 LoadMemberDynamic;
    51 LoadMemberDynamicOrInit; 52 StoreMember(String); 53 StoreMemberOrInit(String); 54 StoreMemberDynamic; 55 StoreMemberDynamicOrInit;
    56 LoadMethod(String); 57 CallMethod(String, usize); 58 CallMethodOrMemberIndex(String, usize); 59 CreateClosure(String, usize);
    60 LoadStaticProperty(String, String); 61 CallStaticMethod(String, String, usize);
    62 RegisterClass { name: String, super_class: Option<String>, properties: Vec<(String, bool, String, String)>, methods: Vec<(String, String, bool, String)> };
    63 CallFeval(usize); 64 CallFevalExpandMulti(Vec<ArgSpec>); 65 Swap; 66 EnterTry(usize, Option<usize>); 67 PopTry; 68 Return;
    69 ReturnValue; 70 CallFunction(String, usize); 71 CallFunctionMulti(String, usize, usize);
    72 CallFunctionExpandAt(String, usize, usize, usize); 73 CallBuiltinExpandLast(String, usize, usize);
    74 CallBuiltinExpandAt(String, usize, usize, usize); 75 CallFunctionExpandMulti(String, Vec<ArgSpec>);
    76 CallBuiltinExpandMulti(String, Vec<ArgSpec>); 77 PackToRow(usize); 78 PackToCol(usize); 79 EnterScope(usize); 80 ExitScope(usize);
    81 LoadLocal(usize); 82 StoreLocal(usize); 83 RegisterImport { path: Vec<String>, wildcard: bool }; 84 DeclareGlobal(Vec<usize>);
    85 DeclarePersistent(Vec<usize>); 86 DeclareGlobalNamed(Vec<usize>, Vec<String>); 87 DeclarePersistentNamed(Vec<usize>, Vec<String>);
    88 EmitStackTop { label: EmitLabel }; 89 EmitVar { var_index: usize, label: EmitLabel };
}
@until(v0.5.0) struct UserFunction {
    name: String,
    params: Vec<VarId>,
    outputs: Vec<VarId>,
    body: Vec<HirStmt>,
    local_var_count: usize,
    has_varargin: bool,
    has_varargout: bool,
    var_types: Vec<Type> #[serde(default)],
    source_id: Option<runmat_hir::SourceId> #[serde(default)],
}
@until(v0.5.0) enum EndExpr [16 variants] {
    0 End; 1 Const(f64); 2 Var(usize); 3 Call(String, Vec<EndExpr>); 4 Add(Box<EndExpr>, Box<EndExpr>); 5 Sub(Box<EndExpr>, Box<EndExpr>);
    6 Mul(Box<EndExpr>, Box<EndExpr>); 7 Div(Box<EndExpr>, Box<EndExpr>); 8 LeftDiv(Box<EndExpr>, Box<EndExpr>);
    9 Pow(Box<EndExpr>, Box<EndExpr>); 10 Neg(Box<EndExpr>); 11 Pos(Box<EndExpr>); 12 Floor(Box<EndExpr>); 13 Ceil(Box<EndExpr>);
    14 Round(Box<EndExpr>); 15 Fix(Box<EndExpr>);
}
--- crate runmat-gc (1) ---
struct GcConfig {
    num_generations: usize,
    young_generation_size: usize,
    minor_gc_threshold: f64,
    major_gc_threshold: f64,
    promotion_threshold: usize,
    max_gc_threads: usize,
    concurrent_collection: bool,
    parallel_collection: bool,
    collection_timeout: Duration,
    write_barriers: bool,
    pointer_compression: bool,
    target_utilization: f64,
    min_heap_size: usize,
    max_heap_size: usize,
    heap_growth_factor: f64,
    verbose_logging: bool,
    collect_statistics: bool,
}
--- crate runmat-accelerate (22) ---
struct AccelGraph {
    nodes: Vec<AccelNode>,
    values: Vec<ValueInfo>,
    var_bindings: HashMap<ValueId, VarBinding>,
    node_bindings: HashMap<NodeId, VarBinding>,
}
struct FusionGroup {
    id: usize,
    kind: FusionKind,
    nodes: Vec<NodeId>,
    shape: ShapeInfo,
    span: InstrSpan,
    pattern: Option<FusionPattern>,
    stack_layout: Option<FusionStackLayout> #[serde(default)],
}
struct AccelNode {
    id: NodeId,
    label: AccelNodeLabel,
    category: AccelOpCategory,
    inputs: Vec<ValueId>,
    outputs: Vec<ValueId>,
    span: InstrSpan,
    tags: Vec<AccelGraphTag>,
}
struct ValueInfo { id: ValueId, origin: ValueOrigin, ty: Type, shape: ShapeInfo, constant: Option<BuiltinValue> #[serde(skip)] }
type ValueId = u32
struct VarBinding { kind: VarKind, index: usize }
type NodeId = u32
enum FusionKind [7] { 0 ElementwiseChain; 1 Reduction; 2 MatmulEpilogue; 3 CenteredGram; 4 ImageNormalize; 5 PowerStepNormalize; 6 ExplainedVariance }
enum ShapeInfo [3] { 0 Unknown; 1 Scalar; 2 Tensor(Vec<Option<usize>>) }
struct InstrSpan { start: usize, end: usize }
enum FusionPattern [4 variants] {
    0 CenteredGram { matrix: ValueId, normalization: CovNormalization }; 1 ImageNormalize(ImageNormalizePattern);
    2 PowerStepNormalize { lhs: ValueId, rhs: ValueId, epsilon: f64 }; 3 ExplainedVariance { q: ValueId, g: ValueId };
}
struct FusionStackLayout { required_stack_operands: usize, bindings: Vec<FusionStackValueBinding> }
enum AccelNodeLabel [3] { 0 Primitive(PrimitiveOp); 1 Builtin { name: String }; 2 Unknown }
enum AccelOpCategory [5] { 0 Elementwise; 1 Reduction; 2 MatMul; 3 Transpose; 4 Other }
enum AccelGraphTag [6] { 0 Unary; 1 Elementwise; 2 Reduction; 3 MatMul; 4 Transpose; 5 ArrayConstruct }
enum ValueOrigin [4] { 0 Variable { kind: VarKind, index: usize }; 1 NodeOutput { node: NodeId, output: usize }; 2 Constant; 3 Unknown }
enum VarKind [2] { 0 Global; 1 Local }
struct ImageNormalizePattern {
    input: ValueId,
    epsilon: ImageScalar,
    gain: Option<ImageScalar>,
    bias: Option<ImageScalar>,
    gamma: Option<ImageScalar>,
    @since(v0.5.6) clamp_zero: bool #[serde(default)],
}
struct FusionStackValueBinding { value_id: ValueId, stack_offset: usize }
enum PrimitiveOp [17 variants] {
    0 Add; 1 Sub; 2 Mul; 3 Pow; 4 Neg; 5 UPlus; 6 ElemMul; 7 ElemDiv; 8 ElemPow; 9 ElemLeftDiv; 10 LessEqual; 11 Less; 12 Greater;
    13 GreaterEqual; 14 Equal; 15 NotEqual; 16 Transpose;
}
enum ImageScalar [2] { 0 Constant(f64); 1 Value(ValueId) }
--- crate runmat-parser (4) ---
struct Span { start: usize, end: usize }
@until(v0.5.0) struct Attr { name: String, value: Option<String> }
@until(v0.5.0) enum UnOp [5] { 0 Plus; 1 Minus; 2 Transpose; 3 NonConjugateTranspose; 4 Not }
@until(v0.5.0) enum BinOp [21 variants] {
    0 Add; 1 Sub; 2 Mul; 3 RightDiv; 4 Pow; 5 LeftDiv; 6 Colon; 7 ElemMul; 8 ElemDiv; 9 ElemPow; 10 ElemLeftDiv; 11 AndAnd; 12 OrOr;
    13 BitAnd; 14 BitOr; 15 Equal; 16 NotEqual; 17 Less; 18 LessEqual; 19 Greater; 20 GreaterEqual;
}
--- crate runmat-mir (2) ---
@since(v0.5.0) struct MirLocalId(usize)   [newtype]
@since(v0.5.0) struct BasicBlockId(usize)   [newtype]
--- crate runmat-accelerate-api (1) ---
enum CovNormalization [2] { 0 Unbiased; 1 Biased }
"""

# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import KaitaiStruct, KaitaiStream, BytesIO
import binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RunmatSnapshot(KaitaiStruct):
    """H (u32 LE), then H bytes of bincode-1 `SnapshotHeader` whose first field is
    the magic (`RUNMAT\0`, 7 bytes; era A: `RUSTMAT\x01`, 8 bytes), then the
    payload at `data_offset` (4 + H when 0) of `compressed_size` bytes, then,
    when `checksum_info` is Some, the SHA-256 of the payload (never verified by
    upstream). The payload is the bincode-1 `Snapshot`, stored raw, as one LZ4
    raw block, or as zstd frames; a custom process routine decompresses it.
    
    The body's type tree follows the release in `metadata.runmat_version`. This
    spec declares the era-C tree (releases 0.4.4 – 0.4.9) and the v0.5.6 tree;
    bodies of the other releases (eras A and B: undeclared; 0.5.0, 0.5.2,
    0.5.3 – 0.5.5: other trees) are not parsed (`body_c` and `body_e` absent).
    
    The bincode types map onto types here by one rule each (formats.ksy.
    KsyTypes): a struct carries its field names; `Vec<T>` is `vec_*` (`len`,
    `items`); a map `map_*` (`len`, `entries` of `entry_*`: `key`, `value`);
    `Option<T>` is `opt_*` (`tag`, `value`); a tuple `tup_*`
    (`item0`, …); `String` is `bincode_string`; `bool` is `bincode_bool`; an
    enum has `tag` (checked against its variant count) and `payload`.
    
    .. seealso::
       spec/formats/runmat-snapshot.md
    """
    def __init__(self, _io, _parent=None, _root=None):
        super(RunmatSnapshot, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._read()

    def _read(self):
        self.header_length = self._io.read_u4le()
        self.magic_check = self._io.read_bytes(0)
        _ = self.magic_check
        if not  ((self.is_runmat) or (self.is_rustmat)) :
            raise kaitaistruct.ValidationExprError(self.magic_check, self._io, u"/seq/1")
        self._raw_header = self._io.read_bytes(self.header_length)
        _io__raw_header = KaitaiStream(BytesIO(self._raw_header))
        self.header = RunmatSnapshot.SnapshotHeader((8 if self.is_rustmat else 7), _io__raw_header, self, self._root)
        self.release_check = self._io.read_bytes(0)
        _ = self.release_check
        if not self.era != 0:
            raise kaitaistruct.ValidationExprError(self.release_check, self._io, u"/seq/3")
        self.era_magic_check = self._io.read_bytes(0)
        _ = self.era_magic_check
        if not (self.era == 1) == self.is_rustmat:
            raise kaitaistruct.ValidationExprError(self.era_magic_check, self._io, u"/seq/4")
        self.version_check = self._io.read_bytes(0)
        _ = self.version_check
        if not (self.header.version == 2 if self.era == 5 else self.header.version <= 1):
            raise kaitaistruct.ValidationExprError(self.version_check, self._io, u"/seq/5")


    def _fetch_instances(self):
        pass
        self.header._fetch_instances()
        _ = self.body_bytes
        if hasattr(self, '_m_body_bytes'):
            pass

        _ = self.body_c
        if hasattr(self, '_m_body_c'):
            pass
            self._m_body_c._fetch_instances()

        _ = self.body_e
        if hasattr(self, '_m_body_e'):
            pass
            self._m_body_e._fetch_instances()

        _ = self.checksum
        if hasattr(self, '_m_checksum'):
            pass

        _ = self.magic7
        if hasattr(self, '_m_magic7'):
            pass

        _ = self.magic8
        if hasattr(self, '_m_magic8'):
            pass

        _ = self.payload
        if hasattr(self, '_m_payload'):
            pass


    class BincodeBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.BincodeBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.value = self._io.read_u1()
            if not self.value <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.value, self._io, u"/types/bincode_bool/seq/0")


        def _fetch_instances(self):
            pass


    class BincodeBytes(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.BincodeBytes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.value = self._io.read_bytes(self.len)


        def _fetch_instances(self):
            pass


    class BincodeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.BincodeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.value = (self._io.read_bytes(self.len)).decode(u"UTF-8")


        def _fetch_instances(self):
            pass


    class CAccelGraph(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelGraph, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.nodes = RunmatSnapshot.CVecAccelNode(self._io, self, self._root)
            self.values = RunmatSnapshot.CVecValueInfo(self._io, self, self._root)
            self.var_bindings = RunmatSnapshot.CMapU32VarBinding(self._io, self, self._root)
            self.node_bindings = RunmatSnapshot.CMapU32VarBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.nodes._fetch_instances()
            self.values._fetch_instances()
            self.var_bindings._fetch_instances()
            self.node_bindings._fetch_instances()


    class CAccelGraphTag(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelGraphTag, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 5:
                raise kaitaistruct.ValidationGreaterThanError(5, self.tag, self._io, u"/types/c_accel_graph_tag/seq/0")


        def _fetch_instances(self):
            pass


    class CAccelNode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u4le()
            self.label = RunmatSnapshot.CAccelNodeLabel(self._io, self, self._root)
            self.category = RunmatSnapshot.CAccelOpCategory(self._io, self, self._root)
            self.inputs = RunmatSnapshot.CVecU32(self._io, self, self._root)
            self.outputs = RunmatSnapshot.CVecU32(self._io, self, self._root)
            self.span = RunmatSnapshot.CInstrSpan(self._io, self, self._root)
            self.tags = RunmatSnapshot.CVecAccelGraphTag(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()
            self.category._fetch_instances()
            self.inputs._fetch_instances()
            self.outputs._fetch_instances()
            self.span._fetch_instances()
            self.tags._fetch_instances()


    class CAccelNodeLabel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelNodeLabel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/c_accel_node_label/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.CPrimitiveOp(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CAccelNodeLabelBuiltin(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class CAccelNodeLabelBuiltin(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelNodeLabelBuiltin, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()


    class CAccelOpCategory(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAccelOpCategory, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_accel_op_category/seq/0")


        def _fetch_instances(self):
            pass


    class CArgSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CArgSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.is_expand = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.num_indices = self._io.read_u8le()
            self.expand_all = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.is_expand._fetch_instances()
            self.expand_all._fetch_instances()


    class CAttr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CAttr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.COptString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.value._fetch_instances()


    class CBinOp(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBinOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 20:
                raise kaitaistruct.ValidationGreaterThanError(20, self.tag, self._io, u"/types/c_bin_op/seq/0")


        def _fetch_instances(self):
            pass


    class CBuildConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBuildConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.optimization_level = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.debug_info = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.compiler = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.compile_flags = RunmatSnapshot.CVecString(self._io, self, self._root)
            self.enabled_features = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.optimization_level._fetch_instances()
            self.debug_info._fetch_instances()
            self.compiler._fetch_instances()
            self.compile_flags._fetch_instances()
            self.enabled_features._fetch_instances()


    class CBuiltinArity(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBuiltinArity, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/c_builtin_arity/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsize(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass


    class CBuiltinCategory(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBuiltinCategory, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 6:
                raise kaitaistruct.ValidationGreaterThanError(6, self.tag, self._io, u"/types/c_builtin_category/seq/0")


        def _fetch_instances(self):
            pass


    class CBuiltinMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBuiltinMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arity = RunmatSnapshot.CBuiltinArity(self._io, self, self._root)
            self.category = RunmatSnapshot.CBuiltinCategory(self._io, self, self._root)
            self.complexity = RunmatSnapshot.CComputationalComplexity(self._io, self, self._root)
            self.optimization_level = RunmatSnapshot.COptimizationLevel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.arity._fetch_instances()
            self.category._fetch_instances()
            self.complexity._fetch_instances()
            self.optimization_level._fetch_instances()


    class CBuiltinRegistry(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBuiltinRegistry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name_index = RunmatSnapshot.CMapStringUsize(self._io, self, self._root)
            self.functions = RunmatSnapshot.CVecBuiltinMetadata(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name_index._fetch_instances()
            self.functions._fetch_instances()


    class CBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.instructions = RunmatSnapshot.CVecInstr(self._io, self, self._root)
            self.instr_spans = RunmatSnapshot.CVecSpan(self._io, self, self._root)
            self.call_arg_spans = RunmatSnapshot.CVecOptVecSpan(self._io, self, self._root)
            self.source_id = RunmatSnapshot.COptUsize(self._io, self, self._root)
            self.var_count = self._io.read_u8le()
            self.functions = RunmatSnapshot.CMapStringUserFunction(self._io, self, self._root)
            self.var_types = RunmatSnapshot.CVecType(self._io, self, self._root)
            self.var_names = RunmatSnapshot.CMapUsizeString(self._io, self, self._root)
            self.accel_graph = RunmatSnapshot.COptAccelGraph(self._io, self, self._root)
            self.fusion_groups = RunmatSnapshot.CVecFusionGroup(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.instructions._fetch_instances()
            self.instr_spans._fetch_instances()
            self.call_arg_spans._fetch_instances()
            self.source_id._fetch_instances()
            self.functions._fetch_instances()
            self.var_types._fetch_instances()
            self.var_names._fetch_instances()
            self.accel_graph._fetch_instances()
            self.fusion_groups._fetch_instances()


    class CBytecodeCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBytecodeCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.stdlib_bytecode = RunmatSnapshot.CMapStringBytecode(self._io, self, self._root)
            self.operation_sequences = RunmatSnapshot.CVecBytecodeSequence(self._io, self, self._root)
            self.hotspots = RunmatSnapshot.CVecHotspotBytecode(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.stdlib_bytecode._fetch_instances()
            self.operation_sequences._fetch_instances()
            self.hotspots._fetch_instances()


    class CBytecodeSequence(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CBytecodeSequence, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.bytecode = RunmatSnapshot.CBytecode(self._io, self, self._root)
            self.usage_count = self._io.read_u8le()
            self.average_execution_time = RunmatSnapshot.CDuration(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.bytecode._fetch_instances()
            self.average_execution_time._fetch_instances()


    class CComputationalComplexity(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CComputationalComplexity, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_computational_complexity/seq/0")


        def _fetch_instances(self):
            pass


    class CCovNormalization(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CCovNormalization, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_cov_normalization/seq/0")


        def _fetch_instances(self):
            pass


    class CDataArrayTypeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CDataArrayTypeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dtype = RunmatSnapshot.COptString(self._io, self, self._root)
            self.shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)
            self.chunk_shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)
            self.codec = RunmatSnapshot.COptString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dtype._fetch_instances()
            self.shape._fetch_instances()
            self.chunk_shape._fetch_instances()
            self.codec._fetch_instances()


    class CDuration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CDuration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs = self._io.read_u8le()
            self.nanos = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class CEmitLabel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEmitLabel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_emit_label/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass


    class CEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 15:
                raise kaitaistruct.ValidationGreaterThanError(15, self.tag, self._io, u"/types/c_end_expr/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 10:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CTupStringVecEndExpr(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.CTupEndExprEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass
            elif _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 15:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class CEndianness(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEndianness, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_endianness/seq/0")


        def _fetch_instances(self):
            pass


    class CEntryStringBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CBytecode(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringDataArrayTypeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringDataArrayTypeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CDataArrayTypeInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CGcConfig(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CGcPerformanceProfile(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringHirProgram(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringHirProgram, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CHirProgram(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringUserFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringUserFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.CUserFunction(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class CEntryStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()


    class CEntryU32VarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryU32VarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u4le()
            self.value = RunmatSnapshot.CVarBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class CEntryUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CEntryUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class CExecutionHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CExecutionHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.pattern = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.CExecutionHintType(self._io, self, self._root)
            self.frequency = self._io.read_u8le()
            self.optimization_potential = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.pattern._fetch_instances()
            self.hint_type._fetch_instances()


    class CExecutionHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CExecutionHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_execution_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class CFusionGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.kind = RunmatSnapshot.CFusionKind(self._io, self, self._root)
            self.nodes = RunmatSnapshot.CVecU32(self._io, self, self._root)
            self.shape = RunmatSnapshot.CShapeInfo(self._io, self, self._root)
            self.span = RunmatSnapshot.CInstrSpan(self._io, self, self._root)
            self.pattern = RunmatSnapshot.COptFusionPattern(self._io, self, self._root)
            self.stack_layout = RunmatSnapshot.COptFusionStackLayout(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.nodes._fetch_instances()
            self.shape._fetch_instances()
            self.span._fetch_instances()
            self.pattern._fetch_instances()
            self.stack_layout._fetch_instances()


    class CFusionKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 6:
                raise kaitaistruct.ValidationGreaterThanError(6, self.tag, self._io, u"/types/c_fusion_kind/seq/0")


        def _fetch_instances(self):
            pass


    class CFusionPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_fusion_pattern/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.CFusionPatternCenteredGram(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CImageNormalizePattern(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.CFusionPatternPowerStepNormalize(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CFusionPatternExplainedVariance(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()


    class CFusionPatternCenteredGram(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionPatternCenteredGram, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.matrix = self._io.read_u4le()
            self.normalization = RunmatSnapshot.CCovNormalization(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.normalization._fetch_instances()


    class CFusionPatternExplainedVariance(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionPatternExplainedVariance, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.q = self._io.read_u4le()
            self.g = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class CFusionPatternPowerStepNormalize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionPatternPowerStepNormalize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.lhs = self._io.read_u4le()
            self.rhs = self._io.read_u4le()
            self.epsilon = self._io.read_f8le()


        def _fetch_instances(self):
            pass


    class CFusionStackLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionStackLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.required_stack_operands = self._io.read_u8le()
            self.bindings = RunmatSnapshot.CVecFusionStackValueBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.bindings._fetch_instances()


    class CFusionStackValueBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CFusionStackValueBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.value_id = self._io.read_u4le()
            self.stack_offset = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class CGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_generations = self._io.read_u8le()
            self.young_generation_size = self._io.read_u8le()
            self.minor_gc_threshold = self._io.read_f8le()
            self.major_gc_threshold = self._io.read_f8le()
            self.promotion_threshold = self._io.read_u8le()
            self.max_gc_threads = self._io.read_u8le()
            self.concurrent_collection = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.parallel_collection = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.collection_timeout = RunmatSnapshot.CDuration(self._io, self, self._root)
            self.write_barriers = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.pointer_compression = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.target_utilization = self._io.read_f8le()
            self.min_heap_size = self._io.read_u8le()
            self.max_heap_size = self._io.read_u8le()
            self.heap_growth_factor = self._io.read_f8le()
            self.verbose_logging = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.collect_statistics = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.concurrent_collection._fetch_instances()
            self.parallel_collection._fetch_instances()
            self.collection_timeout._fetch_instances()
            self.write_barriers._fetch_instances()
            self.pointer_compression._fetch_instances()
            self.verbose_logging._fetch_instances()
            self.collect_statistics._fetch_instances()


    class CGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.average_allocation_rate = self._io.read_f8le()
            self.average_collection_time = RunmatSnapshot.CDuration(self._io, self, self._root)
            self.memory_overhead = self._io.read_f8le()
            self.throughput_impact = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.average_collection_time._fetch_instances()


    class CGcPresetCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CGcPresetCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.presets = RunmatSnapshot.CMapStringGcConfig(self._io, self, self._root)
            self.default_preset = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.performance_profiles = RunmatSnapshot.CMapStringGcPerformanceProfile(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.presets._fetch_instances()
            self.default_preset._fetch_instances()
            self.performance_profiles._fetch_instances()


    class CHirCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.functions = RunmatSnapshot.CMapStringHirProgram(self._io, self, self._root)
            self.patterns = RunmatSnapshot.CVecHirPattern(self._io, self, self._root)
            self.type_cache = RunmatSnapshot.CMapStringType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.functions._fetch_instances()
            self.patterns._fetch_instances()
            self.type_cache._fetch_instances()


    class CHirClassMember(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMember, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_hir_class_member/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.CHirClassMemberProperties(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CHirClassMemberMethods(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.CHirClassMemberEvents(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CHirClassMemberEnumeration(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.CHirClassMemberArguments(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()


    class CHirClassMemberArguments(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMemberArguments, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.attributes = RunmatSnapshot.CVecAttr(self._io, self, self._root)
            self.names = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.attributes._fetch_instances()
            self.names._fetch_instances()


    class CHirClassMemberEnumeration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMemberEnumeration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.attributes = RunmatSnapshot.CVecAttr(self._io, self, self._root)
            self.names = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.attributes._fetch_instances()
            self.names._fetch_instances()


    class CHirClassMemberEvents(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMemberEvents, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.attributes = RunmatSnapshot.CVecAttr(self._io, self, self._root)
            self.names = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.attributes._fetch_instances()
            self.names._fetch_instances()


    class CHirClassMemberMethods(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMemberMethods, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.attributes = RunmatSnapshot.CVecAttr(self._io, self, self._root)
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.attributes._fetch_instances()
            self.body._fetch_instances()


    class CHirClassMemberProperties(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirClassMemberProperties, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.attributes = RunmatSnapshot.CVecAttr(self._io, self, self._root)
            self.names = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.attributes._fetch_instances()
            self.names._fetch_instances()


    class CHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.CHirExprKind(self._io, self, self._root)
            self.ty = RunmatSnapshot.CType(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.ty._fetch_instances()
            self.span._fetch_instances()


    class CHirExprKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirExprKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 20:
                raise kaitaistruct.ValidationGreaterThanError(20, self.tag, self._io, u"/types/c_hir_expr_kind/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 10:
                pass
                self.payload = RunmatSnapshot.CTupHirExprOptHirExprHirExpr(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.CTupHirExprString(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.CTupHirExprHirExpr(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = RunmatSnapshot.CTupHirExprStringVecHirExpr(self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = RunmatSnapshot.CTupHirExprStringVecHirExpr(self._io, self, self._root)
            elif _on == 17:
                pass
                self.payload = RunmatSnapshot.CHirExprKindAnonFunc(self._io, self, self._root)
            elif _on == 18:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 19:
                pass
                self.payload = RunmatSnapshot.CTupStringVecHirExpr(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 20:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.CTupUnOpHirExpr(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.CTupHirExprBinOpHirExpr(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.CVecVecHirExpr(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.CVecVecHirExpr(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.CTupHirExprVecHirExpr(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.CTupHirExprVecHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 15:
                pass
                self.payload._fetch_instances()
            elif _on == 16:
                pass
                self.payload._fetch_instances()
            elif _on == 17:
                pass
                self.payload._fetch_instances()
            elif _on == 18:
                pass
                self.payload._fetch_instances()
            elif _on == 19:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
            elif _on == 20:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class CHirExprKindAnonFunc(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirExprKindAnonFunc, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.params = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.body = RunmatSnapshot.CHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.params._fetch_instances()
            self.body._fetch_instances()


    class CHirLValue(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirLValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_hir_l_value/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CTupHirExprString(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.CTupHirExprHirExpr(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CTupHirExprVecHirExpr(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.CTupHirExprVecHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()


    class CHirPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.pattern = RunmatSnapshot.CHirProgram(self._io, self, self._root)
            self.frequency = self._io.read_u4le()
            self.optimization_priority = RunmatSnapshot.COptimizationLevel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.pattern._fetch_instances()
            self.optimization_priority._fetch_instances()


    class CHirProgram(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirProgram, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.var_types = RunmatSnapshot.CVecType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.body._fetch_instances()
            self.var_types._fetch_instances()


    class CHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 16:
                raise kaitaistruct.ValidationGreaterThanError(16, self.tag, self._io, u"/types/c_hir_stmt/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.CTupHirExprBoolSpan(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CTupUsizeHirExprBoolSpan(self._io, self, self._root)
            elif _on == 10:
                pass
                self.payload = RunmatSnapshot.CTupVecTupUsizeStringSpan(self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = RunmatSnapshot.CSpan(self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = RunmatSnapshot.CSpan(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.CSpan(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.CHirStmtFunction(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = RunmatSnapshot.CHirStmtClassDef(self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = RunmatSnapshot.CHirStmtImport(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.CTupVecOptUsizeHirExprBoolSpan(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CTupHirLValueHirExprBoolSpan(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.CHirStmtIf(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.CHirStmtWhile(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.CHirStmtFor(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.CHirStmtSwitch(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.CHirStmtTryCatch(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.CTupVecTupUsizeStringSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 15:
                pass
                self.payload._fetch_instances()
            elif _on == 16:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class CHirStmtClassDef(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtClassDef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.COptString(self._io, self, self._root)
            self.members = RunmatSnapshot.CVecHirClassMember(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.super_class._fetch_instances()
            self.members._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtFor(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtFor, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.var = self._io.read_u8le()
            self.expr = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.expr._fetch_instances()
            self.body._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.params = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.outputs = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.has_varargin = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.has_varargout = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.params._fetch_instances()
            self.outputs._fetch_instances()
            self.body._fetch_instances()
            self.has_varargin._fetch_instances()
            self.has_varargout._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtIf(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtIf, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.cond = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.then_body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.elseif_blocks = RunmatSnapshot.CVecTupHirExprVecHirStmt(self._io, self, self._root)
            self.else_body = RunmatSnapshot.COptVecHirStmt(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.cond._fetch_instances()
            self.then_body._fetch_instances()
            self.elseif_blocks._fetch_instances()
            self.else_body._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtImport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtImport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.path = RunmatSnapshot.CVecString(self._io, self, self._root)
            self.wildcard = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.path._fetch_instances()
            self.wildcard._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtSwitch(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtSwitch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.expr = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.cases = RunmatSnapshot.CVecTupHirExprVecHirStmt(self._io, self, self._root)
            self.otherwise = RunmatSnapshot.COptVecHirStmt(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.expr._fetch_instances()
            self.cases._fetch_instances()
            self.otherwise._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtTryCatch(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtTryCatch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.try_body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.catch_var = RunmatSnapshot.COptUsize(self._io, self, self._root)
            self.catch_body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.try_body._fetch_instances()
            self.catch_var._fetch_instances()
            self.catch_body._fetch_instances()
            self.span._fetch_instances()


    class CHirStmtWhile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHirStmtWhile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.cond = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.span = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.cond._fetch_instances()
            self.body._fetch_instances()
            self.span._fetch_instances()


    class CHotspotBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CHotspotBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.bytecode = RunmatSnapshot.CBytecode(self._io, self, self._root)
            self.execution_frequency = self._io.read_u8le()
            self.jit_compilation_threshold = self._io.read_u4le()
            self.optimization_hints = RunmatSnapshot.CVecOptimizationHint(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.bytecode._fetch_instances()
            self.optimization_hints._fetch_instances()


    class CImageNormalizePattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CImageNormalizePattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.input = self._io.read_u4le()
            self.epsilon = RunmatSnapshot.CImageScalar(self._io, self, self._root)
            self.gain = RunmatSnapshot.COptImageScalar(self._io, self, self._root)
            self.bias = RunmatSnapshot.COptImageScalar(self._io, self, self._root)
            self.gamma = RunmatSnapshot.COptImageScalar(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.epsilon._fetch_instances()
            self.gain._fetch_instances()
            self.bias._fetch_instances()
            self.gamma._fetch_instances()


    class CImageScalar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CImageScalar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_image_scalar/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = self._io.read_u4le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass


    class CInstr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 89:
                raise kaitaistruct.ValidationGreaterThanError(89, self.tag, self._io, u"/types/c_instr/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CTupF64F64(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 27:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 28:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 29:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 30:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 32:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 33:
                pass
                self.payload = RunmatSnapshot.CTupStringUsize(self._io, self, self._root)
            elif _on == 35:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsize(self._io, self, self._root)
            elif _on == 36:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 37:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 38:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 39:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsizeU32U32(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 40:
                pass
                self.payload = RunmatSnapshot.CInstrIndexSliceExpr(self._io, self, self._root)
            elif _on == 41:
                pass
                self.payload = RunmatSnapshot.CInstrStoreSliceExpr(self._io, self, self._root)
            elif _on == 42:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsize(self._io, self, self._root)
            elif _on == 43:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 44:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsize(self._io, self, self._root)
            elif _on == 45:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 46:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 47:
                pass
                self.payload = RunmatSnapshot.CTupUsizeUsizeU32U32(self._io, self, self._root)
            elif _on == 48:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 49:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 52:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 53:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 56:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 57:
                pass
                self.payload = RunmatSnapshot.CTupStringUsize(self._io, self, self._root)
            elif _on == 58:
                pass
                self.payload = RunmatSnapshot.CTupStringUsize(self._io, self, self._root)
            elif _on == 59:
                pass
                self.payload = RunmatSnapshot.CTupStringUsize(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 60:
                pass
                self.payload = RunmatSnapshot.CTupStringString(self._io, self, self._root)
            elif _on == 61:
                pass
                self.payload = RunmatSnapshot.CTupStringStringUsize(self._io, self, self._root)
            elif _on == 62:
                pass
                self.payload = RunmatSnapshot.CInstrRegisterClass(self._io, self, self._root)
            elif _on == 63:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 64:
                pass
                self.payload = RunmatSnapshot.CVecArgSpec(self._io, self, self._root)
            elif _on == 66:
                pass
                self.payload = RunmatSnapshot.CTupUsizeOptUsize(self._io, self, self._root)
            elif _on == 70:
                pass
                self.payload = RunmatSnapshot.CTupStringUsize(self._io, self, self._root)
            elif _on == 71:
                pass
                self.payload = RunmatSnapshot.CTupStringUsizeUsize(self._io, self, self._root)
            elif _on == 72:
                pass
                self.payload = RunmatSnapshot.CTupStringUsizeUsizeUsize(self._io, self, self._root)
            elif _on == 73:
                pass
                self.payload = RunmatSnapshot.CTupStringUsizeUsize(self._io, self, self._root)
            elif _on == 74:
                pass
                self.payload = RunmatSnapshot.CTupStringUsizeUsizeUsize(self._io, self, self._root)
            elif _on == 75:
                pass
                self.payload = RunmatSnapshot.CTupStringVecArgSpec(self._io, self, self._root)
            elif _on == 76:
                pass
                self.payload = RunmatSnapshot.CTupStringVecArgSpec(self._io, self, self._root)
            elif _on == 77:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 78:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 79:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 80:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 81:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 82:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 83:
                pass
                self.payload = RunmatSnapshot.CInstrRegisterImport(self._io, self, self._root)
            elif _on == 84:
                pass
                self.payload = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            elif _on == 85:
                pass
                self.payload = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            elif _on == 86:
                pass
                self.payload = RunmatSnapshot.CTupVecUsizeVecString(self._io, self, self._root)
            elif _on == 87:
                pass
                self.payload = RunmatSnapshot.CTupVecUsizeVecString(self._io, self, self._root)
            elif _on == 88:
                pass
                self.payload = RunmatSnapshot.CInstrEmitStackTop(self._io, self, self._root)
            elif _on == 89:
                pass
                self.payload = RunmatSnapshot.CInstrEmitVar(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 27:
                pass
            elif _on == 28:
                pass
            elif _on == 29:
                pass
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 30:
                pass
            elif _on == 32:
                pass
            elif _on == 33:
                pass
                self.payload._fetch_instances()
            elif _on == 35:
                pass
                self.payload._fetch_instances()
            elif _on == 36:
                pass
            elif _on == 37:
                pass
                self.payload._fetch_instances()
            elif _on == 38:
                pass
            elif _on == 39:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 40:
                pass
                self.payload._fetch_instances()
            elif _on == 41:
                pass
                self.payload._fetch_instances()
            elif _on == 42:
                pass
                self.payload._fetch_instances()
            elif _on == 43:
                pass
            elif _on == 44:
                pass
                self.payload._fetch_instances()
            elif _on == 45:
                pass
            elif _on == 46:
                pass
            elif _on == 47:
                pass
                self.payload._fetch_instances()
            elif _on == 48:
                pass
                self.payload._fetch_instances()
            elif _on == 49:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
            elif _on == 52:
                pass
                self.payload._fetch_instances()
            elif _on == 53:
                pass
                self.payload._fetch_instances()
            elif _on == 56:
                pass
                self.payload._fetch_instances()
            elif _on == 57:
                pass
                self.payload._fetch_instances()
            elif _on == 58:
                pass
                self.payload._fetch_instances()
            elif _on == 59:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
            elif _on == 60:
                pass
                self.payload._fetch_instances()
            elif _on == 61:
                pass
                self.payload._fetch_instances()
            elif _on == 62:
                pass
                self.payload._fetch_instances()
            elif _on == 63:
                pass
            elif _on == 64:
                pass
                self.payload._fetch_instances()
            elif _on == 66:
                pass
                self.payload._fetch_instances()
            elif _on == 70:
                pass
                self.payload._fetch_instances()
            elif _on == 71:
                pass
                self.payload._fetch_instances()
            elif _on == 72:
                pass
                self.payload._fetch_instances()
            elif _on == 73:
                pass
                self.payload._fetch_instances()
            elif _on == 74:
                pass
                self.payload._fetch_instances()
            elif _on == 75:
                pass
                self.payload._fetch_instances()
            elif _on == 76:
                pass
                self.payload._fetch_instances()
            elif _on == 77:
                pass
            elif _on == 78:
                pass
            elif _on == 79:
                pass
            elif _on == 80:
                pass
            elif _on == 81:
                pass
            elif _on == 82:
                pass
            elif _on == 83:
                pass
                self.payload._fetch_instances()
            elif _on == 84:
                pass
                self.payload._fetch_instances()
            elif _on == 85:
                pass
                self.payload._fetch_instances()
            elif _on == 86:
                pass
                self.payload._fetch_instances()
            elif _on == 87:
                pass
                self.payload._fetch_instances()
            elif _on == 88:
                pass
                self.payload._fetch_instances()
            elif _on == 89:
                pass
                self.payload._fetch_instances()


    class CInstrEmitStackTop(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrEmitStackTop, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.label = RunmatSnapshot.CEmitLabel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()


    class CInstrEmitVar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrEmitVar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.var_index = self._io.read_u8le()
            self.label = RunmatSnapshot.CEmitLabel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()


    class CInstrIndexSliceExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrIndexSliceExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dims = self._io.read_u8le()
            self.numeric_count = self._io.read_u8le()
            self.colon_mask = self._io.read_u4le()
            self.end_mask = self._io.read_u4le()
            self.range_dims = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.range_has_step = RunmatSnapshot.CVecBool(self._io, self, self._root)
            self.range_start_exprs = RunmatSnapshot.CVecOptEndExpr(self._io, self, self._root)
            self.range_step_exprs = RunmatSnapshot.CVecOptEndExpr(self._io, self, self._root)
            self.range_end_exprs = RunmatSnapshot.CVecEndExpr(self._io, self, self._root)
            self.end_numeric_exprs = RunmatSnapshot.CVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range_dims._fetch_instances()
            self.range_has_step._fetch_instances()
            self.range_start_exprs._fetch_instances()
            self.range_step_exprs._fetch_instances()
            self.range_end_exprs._fetch_instances()
            self.end_numeric_exprs._fetch_instances()


    class CInstrRegisterClass(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrRegisterClass, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.COptString(self._io, self, self._root)
            self.properties = RunmatSnapshot.CVecTupStringBoolStringString(self._io, self, self._root)
            self.methods = RunmatSnapshot.CVecTupStringStringBoolString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.super_class._fetch_instances()
            self.properties._fetch_instances()
            self.methods._fetch_instances()


    class CInstrRegisterImport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrRegisterImport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.path = RunmatSnapshot.CVecString(self._io, self, self._root)
            self.wildcard = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.path._fetch_instances()
            self.wildcard._fetch_instances()


    class CInstrStoreSliceExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrStoreSliceExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dims = self._io.read_u8le()
            self.numeric_count = self._io.read_u8le()
            self.colon_mask = self._io.read_u4le()
            self.end_mask = self._io.read_u4le()
            self.range_dims = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.range_has_step = RunmatSnapshot.CVecBool(self._io, self, self._root)
            self.range_start_exprs = RunmatSnapshot.CVecOptEndExpr(self._io, self, self._root)
            self.range_step_exprs = RunmatSnapshot.CVecOptEndExpr(self._io, self, self._root)
            self.range_end_exprs = RunmatSnapshot.CVecEndExpr(self._io, self, self._root)
            self.end_numeric_exprs = RunmatSnapshot.CVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range_dims._fetch_instances()
            self.range_has_step._fetch_instances()
            self.range_start_exprs._fetch_instances()
            self.range_step_exprs._fetch_instances()
            self.range_end_exprs._fetch_instances()
            self.end_numeric_exprs._fetch_instances()


    class CInstrSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CInstrSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.start = self._io.read_u8le()
            self.end = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class CJitHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CJitHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.pattern = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.CJitHintType(self._io, self, self._root)
            self.priority = RunmatSnapshot.COptimizationLevel(self._io, self, self._root)
            self.expected_performance_gain = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.pattern._fetch_instances()
            self.hint_type._fetch_instances()
            self.priority._fetch_instances()


    class CJitHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CJitHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_jit_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class CMapStringBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringBytecode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringDataArrayTypeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringDataArrayTypeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringDataArrayTypeInfo(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringGcConfig(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringGcPerformanceProfile(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringHirProgram(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringHirProgram, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringHirProgram(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringType(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringUserFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringUserFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringUserFunction(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryStringUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapU32VarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapU32VarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryU32VarBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMapUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMapUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.CEntryUsizeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class CMemoryHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMemoryHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.data_structure = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.CMemoryHintType(self._io, self, self._root)
            self.alignment = self._io.read_u8le()
            self.prefetch_pattern = RunmatSnapshot.CPrefetchPattern(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.data_structure._fetch_instances()
            self.hint_type._fetch_instances()
            self.prefetch_pattern._fetch_instances()


    class CMemoryHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CMemoryHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_memory_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class COptAccelGraph(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptAccelGraph, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_accel_graph/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CAccelGraph(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_end_expr/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CEndExpr(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptFusionPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptFusionPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_fusion_pattern/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CFusionPattern(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptFusionStackLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptFusionStackLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_fusion_stack_layout/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CFusionStackLayout(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_hir_expr/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CHirExpr(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptImageScalar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptImageScalar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_image_scalar/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CImageScalar(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptMapStringDataArrayTypeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptMapStringDataArrayTypeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_map_string_data_array_type_info/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CMapStringDataArrayTypeInfo(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_string/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_type/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CType(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_usize/seq/0")
            if self.tag == 1:
                pass
                self.value = self._io.read_u8le()



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass



    class COptVecHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptVecHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_vec_hir_stmt/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptVecOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptVecOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_vec_opt_usize/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CVecOptUsize(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_vec_span/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CVecSpan(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_opt_vec_string/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.CVecString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class COptimizationHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.hint_type = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.parameters = RunmatSnapshot.CMapStringString(self._io, self, self._root)
            self.expected_speedup = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.hint_type._fetch_instances()
            self.parameters._fetch_instances()


    class COptimizationHints(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptimizationHints, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.jit_hints = RunmatSnapshot.CVecJitHint(self._io, self, self._root)
            self.memory_hints = RunmatSnapshot.CVecMemoryHint(self._io, self, self._root)
            self.execution_hints = RunmatSnapshot.CVecExecutionHint(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.jit_hints._fetch_instances()
            self.memory_hints._fetch_instances()
            self.execution_hints._fetch_instances()


    class COptimizationLevel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.COptimizationLevel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_optimization_level/seq/0")


        def _fetch_instances(self):
            pass


    class CPerformanceMetrics(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CPerformanceMetrics, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.creation_time = RunmatSnapshot.CDuration(self._io, self, self._root)
            self.builtin_count = self._io.read_u8le()
            self.hir_cache_entries = self._io.read_u8le()
            self.bytecode_cache_entries = self._io.read_u8le()
            self.uncompressed_size = self._io.read_u8le()
            self.compression_ratio = self._io.read_f8le()
            self.peak_memory_usage = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.creation_time._fetch_instances()


    class CPlatformInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CPlatformInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.os = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arch = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.cpu_features = RunmatSnapshot.CVecString(self._io, self, self._root)
            self.page_size = self._io.read_u8le()
            self.cache_line_size = self._io.read_u8le()
            self.endianness = RunmatSnapshot.CEndianness(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.os._fetch_instances()
            self.arch._fetch_instances()
            self.cpu_features._fetch_instances()
            self.endianness._fetch_instances()


    class CPrefetchPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CPrefetchPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_prefetch_pattern/seq/0")
            _on = self.tag
            if _on == 2:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 2:
                pass


    class CPrimitiveOp(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CPrimitiveOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 16:
                raise kaitaistruct.ValidationGreaterThanError(16, self.tag, self._io, u"/types/c_primitive_op/seq/0")


        def _fetch_instances(self):
            pass


    class CShapeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CShapeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/c_shape_info/seq/0")
            _on = self.tag
            if _on == 2:
                pass
                self.payload = RunmatSnapshot.CVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 2:
                pass
                self.payload._fetch_instances()


    class CSnapshot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CSnapshot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.metadata = RunmatSnapshot.CSnapshotMetadata(self._io, self, self._root)
            self.builtins = RunmatSnapshot.CBuiltinRegistry(self._io, self, self._root)
            self.hir_cache = RunmatSnapshot.CHirCache(self._io, self, self._root)
            self.bytecode_cache = RunmatSnapshot.CBytecodeCache(self._io, self, self._root)
            self.gc_presets = RunmatSnapshot.CGcPresetCache(self._io, self, self._root)
            self.optimization_hints = RunmatSnapshot.COptimizationHints(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.metadata._fetch_instances()
            self.builtins._fetch_instances()
            self.hir_cache._fetch_instances()
            self.bytecode_cache._fetch_instances()
            self.gc_presets._fetch_instances()
            self.optimization_hints._fetch_instances()


    class CSnapshotMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CSnapshotMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.created_at = RunmatSnapshot.CSystemTime(self._io, self, self._root)
            self.runmat_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.tool_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.build_config = RunmatSnapshot.CBuildConfig(self._io, self, self._root)
            self.performance_metrics = RunmatSnapshot.CPerformanceMetrics(self._io, self, self._root)
            self.feature_flags = RunmatSnapshot.CVecString(self._io, self, self._root)
            self.target_platform = RunmatSnapshot.CPlatformInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.created_at._fetch_instances()
            self.runmat_version._fetch_instances()
            self.tool_version._fetch_instances()
            self.build_config._fetch_instances()
            self.performance_metrics._fetch_instances()
            self.feature_flags._fetch_instances()
            self.target_platform._fetch_instances()


    class CSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.start = self._io.read_u8le()
            self.end = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class CSystemTime(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CSystemTime, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs_since_epoch = self._io.read_u8le()
            self.nanos_since_epoch = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class CTupEndExprEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupEndExprEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CEndExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupF64F64(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupF64F64, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_f8le()
            self.item1 = self._io.read_f8le()


        def _fetch_instances(self):
            pass


    class CTupHirExprBinOpHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprBinOpHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CBinOp(self._io, self, self._root)
            self.item2 = RunmatSnapshot.CHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class CTupHirExprBoolSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprBoolSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item2 = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class CTupHirExprHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupHirExprOptHirExprHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprOptHirExprHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.COptHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.CHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class CTupHirExprString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupHirExprStringVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprStringVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item2 = RunmatSnapshot.CVecHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class CTupHirExprVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupHirExprVecHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirExprVecHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupHirLValueHirExprBoolSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupHirLValueHirExprBoolSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CHirLValue(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()


    class CTupStringBoolStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringBoolStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item3 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()


    class CTupStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupStringStringBoolString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringStringBoolString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()


    class CTupStringStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class CTupStringUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class CTupStringUsizeUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringUsizeUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u8le()
            self.item3 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class CTupStringVecArgSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringVecArgSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecArgSpec(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupStringVecEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringVecEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupStringVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupStringVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupUnOpHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUnOpHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CUnOp(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupUsizeEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.CEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class CTupUsizeHirExprBoolSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeHirExprBoolSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()


    class CTupUsizeOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.COptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class CTupUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class CTupUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class CTupUsizeUsizeU32U32(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupUsizeUsizeU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u4le()
            self.item3 = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class CTupVecOptUsizeHirExprBoolSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupVecOptUsizeHirExprBoolSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CVecOptUsize(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()


    class CTupVecTupUsizeStringSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupVecTupUsizeStringSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CVecTupUsizeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CSpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CTupVecUsizeVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTupVecUsizeVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.item1 = RunmatSnapshot.CVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class CType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 15:
                raise kaitaistruct.ValidationGreaterThanError(15, self.tag, self._io, u"/types/c_type/seq/0")
            _on = self.tag
            if _on == 10:
                pass
                self.payload = RunmatSnapshot.CVecType(self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = RunmatSnapshot.CTypeStruct(self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = RunmatSnapshot.CVecType(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.CTypeDataDataset(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.CTypeDataArray(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.CTypeLogical(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.CTypeTensor(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.CTypeCell(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.CTypeFunction(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()


    class CTypeCell(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeCell, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.element_type = RunmatSnapshot.COptType(self._io, self, self._root)
            self.length = RunmatSnapshot.COptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.element_type._fetch_instances()
            self.length._fetch_instances()


    class CTypeDataArray(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeDataArray, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dtype = RunmatSnapshot.COptString(self._io, self, self._root)
            self.shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)
            self.chunk_shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)
            self.codec = RunmatSnapshot.COptString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dtype._fetch_instances()
            self.shape._fetch_instances()
            self.chunk_shape._fetch_instances()
            self.codec._fetch_instances()


    class CTypeDataDataset(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeDataDataset, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.arrays = RunmatSnapshot.COptMapStringDataArrayTypeInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.arrays._fetch_instances()


    class CTypeFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.params = RunmatSnapshot.CVecType(self._io, self, self._root)
            self.returns = RunmatSnapshot.CType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.params._fetch_instances()
            self.returns._fetch_instances()


    class CTypeLogical(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeLogical, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.shape._fetch_instances()


    class CTypeStruct(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeStruct, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.known_fields = RunmatSnapshot.COptVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.known_fields._fetch_instances()


    class CTypeTensor(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CTypeTensor, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.shape = RunmatSnapshot.COptVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.shape._fetch_instances()


    class CUnOp(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CUnOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/c_un_op/seq/0")


        def _fetch_instances(self):
            pass


    class CUserFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CUserFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.params = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.outputs = RunmatSnapshot.CVecUsize(self._io, self, self._root)
            self.body = RunmatSnapshot.CVecHirStmt(self._io, self, self._root)
            self.local_var_count = self._io.read_u8le()
            self.has_varargin = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.has_varargout = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.var_types = RunmatSnapshot.CVecType(self._io, self, self._root)
            self.source_id = RunmatSnapshot.COptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.params._fetch_instances()
            self.outputs._fetch_instances()
            self.body._fetch_instances()
            self.has_varargin._fetch_instances()
            self.has_varargout._fetch_instances()
            self.var_types._fetch_instances()
            self.source_id._fetch_instances()


    class CValueInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CValueInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u4le()
            self.origin = RunmatSnapshot.CValueOrigin(self._io, self, self._root)
            self.ty = RunmatSnapshot.CType(self._io, self, self._root)
            self.shape = RunmatSnapshot.CShapeInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.origin._fetch_instances()
            self.ty._fetch_instances()
            self.shape._fetch_instances()


    class CValueOrigin(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CValueOrigin, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/c_value_origin/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.CValueOriginVariable(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.CValueOriginNodeOutput(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class CValueOriginNodeOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CValueOriginNodeOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.node = self._io.read_u4le()
            self.output = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class CValueOriginVariable(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CValueOriginVariable, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.CVarKind(self._io, self, self._root)
            self.index = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()


    class CVarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.CVarKind(self._io, self, self._root)
            self.index = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()


    class CVarKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVarKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/c_var_kind/seq/0")


        def _fetch_instances(self):
            pass


    class CVecAccelGraphTag(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecAccelGraphTag, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CAccelGraphTag(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecAccelNode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecAccelNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CAccelNode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecArgSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecArgSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CArgSpec(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecAttr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecAttr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CAttr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.BincodeBool(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecBuiltinMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecBuiltinMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CBuiltinMetadata(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecBytecodeSequence(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecBytecodeSequence, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CBytecodeSequence(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecExecutionHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecExecutionHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CExecutionHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecFusionGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecFusionGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CFusionGroup(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecFusionStackValueBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecFusionStackValueBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CFusionStackValueBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecHirClassMember(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecHirClassMember, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CHirClassMember(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CHirExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecHirPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecHirPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CHirPattern(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CHirStmt(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecHotspotBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecHotspotBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CHotspotBytecode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecInstr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecInstr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CInstr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecJitHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecJitHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CJitHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecMemoryHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecMemoryHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CMemoryHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecOptEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecOptEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.COptEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.COptUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecOptVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecOptVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.COptVecSpan(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecOptimizationHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecOptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.COptimizationHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CSpan(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.BincodeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecTupHirExprVecHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecTupHirExprVecHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CTupHirExprVecHirStmt(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecTupStringBoolStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecTupStringBoolStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CTupStringBoolStringString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecTupStringStringBoolString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecTupStringStringBoolString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CTupStringStringBoolString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecTupUsizeEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecTupUsizeEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CTupUsizeEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecTupUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecTupUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CTupUsizeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CType(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecU32(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(self._io.read_u4le())



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass



    class CVecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(self._io.read_u8le())



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass



    class CVecValueInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecValueInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CValueInfo(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class CVecVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.CVecVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.CVecHirExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EAccelGraph(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelGraph, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.nodes = RunmatSnapshot.EVecAccelNode(self._io, self, self._root)
            self.values = RunmatSnapshot.EVecValueInfo(self._io, self, self._root)
            self.var_bindings = RunmatSnapshot.EMapU32VarBinding(self._io, self, self._root)
            self.node_bindings = RunmatSnapshot.EMapU32VarBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.nodes._fetch_instances()
            self.values._fetch_instances()
            self.var_bindings._fetch_instances()
            self.node_bindings._fetch_instances()


    class EAccelGraphTag(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelGraphTag, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 5:
                raise kaitaistruct.ValidationGreaterThanError(5, self.tag, self._io, u"/types/e_accel_graph_tag/seq/0")


        def _fetch_instances(self):
            pass


    class EAccelNode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u4le()
            self.label = RunmatSnapshot.EAccelNodeLabel(self._io, self, self._root)
            self.category = RunmatSnapshot.EAccelOpCategory(self._io, self, self._root)
            self.inputs = RunmatSnapshot.EVecU32(self._io, self, self._root)
            self.outputs = RunmatSnapshot.EVecU32(self._io, self, self._root)
            self.span = RunmatSnapshot.EInstrSpan(self._io, self, self._root)
            self.tags = RunmatSnapshot.EVecAccelGraphTag(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()
            self.category._fetch_instances()
            self.inputs._fetch_instances()
            self.outputs._fetch_instances()
            self.span._fetch_instances()
            self.tags._fetch_instances()


    class EAccelNodeLabel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelNodeLabel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_accel_node_label/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.EPrimitiveOp(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.EAccelNodeLabelBuiltin(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class EAccelNodeLabelBuiltin(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelNodeLabelBuiltin, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()


    class EAccelOpCategory(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAccelOpCategory, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_accel_op_category/seq/0")


        def _fetch_instances(self):
            pass


    class EArgSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EArgSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.is_expand = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.num_indices = self._io.read_u8le()
            self.expand_all = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.is_expand._fetch_instances()
            self.expand_all._fetch_instances()


    class EAsyncMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAsyncMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.mir_spawn_site_count = self._io.read_u8le()
            self.mir_spawn_sites = RunmatSnapshot.EVecSpawnSite(self._io, self, self._root)
            self.mir_await_site_count = self._io.read_u8le()
            self.mir_await_sites = RunmatSnapshot.EVecAwaitSite(self._io, self, self._root)
            self.runtime_model = RunmatSnapshot.EAsyncRuntimeModel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.mir_spawn_sites._fetch_instances()
            self.mir_await_sites._fetch_instances()
            self.runtime_model._fetch_instances()


    class EAsyncRuntimeModel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAsyncRuntimeModel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 0:
                raise kaitaistruct.ValidationGreaterThanError(0, self.tag, self._io, u"/types/e_async_runtime_model/seq/0")


        def _fetch_instances(self):
            pass


    class EAwaitSite(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EAwaitSite, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.block = self._io.read_u8le()
            self.resume = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EBindingOwner(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBindingOwner, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_binding_owner/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass


    class EBindingRole(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBindingRole, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 5:
                raise kaitaistruct.ValidationGreaterThanError(5, self.tag, self._io, u"/types/e_binding_role/seq/0")


        def _fetch_instances(self):
            pass


    class EBindingStorage(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBindingStorage, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_binding_storage/seq/0")


        def _fetch_instances(self):
            pass


    class EBuildConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBuildConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.optimization_level = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.debug_info = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.compiler = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.compile_flags = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.enabled_features = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.optimization_level._fetch_instances()
            self.debug_info._fetch_instances()
            self.compiler._fetch_instances()
            self.compile_flags._fetch_instances()
            self.enabled_features._fetch_instances()


    class EBuiltinArity(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBuiltinArity, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_builtin_arity/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsize(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass


    class EBuiltinCategory(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBuiltinCategory, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 6:
                raise kaitaistruct.ValidationGreaterThanError(6, self.tag, self._io, u"/types/e_builtin_category/seq/0")


        def _fetch_instances(self):
            pass


    class EBuiltinMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBuiltinMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arity = RunmatSnapshot.EBuiltinArity(self._io, self, self._root)
            self.category = RunmatSnapshot.EBuiltinCategory(self._io, self, self._root)
            self.complexity = RunmatSnapshot.EComputationalComplexity(self._io, self, self._root)
            self.optimization_level = RunmatSnapshot.EOptimizationLevel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.arity._fetch_instances()
            self.category._fetch_instances()
            self.complexity._fetch_instances()
            self.optimization_level._fetch_instances()


    class EBuiltinRegistry(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBuiltinRegistry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name_index = RunmatSnapshot.EMapStringUsize(self._io, self, self._root)
            self.functions = RunmatSnapshot.EVecBuiltinMetadata(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name_index._fetch_instances()
            self.functions._fetch_instances()


    class EBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.instructions = RunmatSnapshot.EVecInstr(self._io, self, self._root)
            self.instr_spans = RunmatSnapshot.EVecSpan(self._io, self, self._root)
            self.call_arg_spans = RunmatSnapshot.EVecOptVecSpan(self._io, self, self._root)
            self.source_id = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.var_count = self._io.read_u8le()
            self.bound_functions = RunmatSnapshot.EMapUsizeFunctionBytecode(self._io, self, self._root)
            self.function_registry = RunmatSnapshot.EFunctionRegistry(self._io, self, self._root)
            self.var_types = RunmatSnapshot.EVecType(self._io, self, self._root)
            self.var_names = RunmatSnapshot.EMapUsizeString(self._io, self, self._root)
            self.initially_unassigned_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.layout = RunmatSnapshot.EOptVmAssemblyLayout(self._io, self, self._root)
            self.async_metadata = RunmatSnapshot.EAsyncMetadata(self._io, self, self._root)
            self.accel_graph = RunmatSnapshot.EOptAccelGraph(self._io, self, self._root)
            self.fusion_groups = RunmatSnapshot.EVecFusionGroup(self._io, self, self._root)
            self.fusion_metadata = RunmatSnapshot.EFusionMetadata(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.instructions._fetch_instances()
            self.instr_spans._fetch_instances()
            self.call_arg_spans._fetch_instances()
            self.source_id._fetch_instances()
            self.bound_functions._fetch_instances()
            self.function_registry._fetch_instances()
            self.var_types._fetch_instances()
            self.var_names._fetch_instances()
            self.initially_unassigned_slots._fetch_instances()
            self.layout._fetch_instances()
            self.async_metadata._fetch_instances()
            self.accel_graph._fetch_instances()
            self.fusion_groups._fetch_instances()
            self.fusion_metadata._fetch_instances()


    class EBytecodeCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBytecodeCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.stdlib_bytecode = RunmatSnapshot.EMapStringBytecode(self._io, self, self._root)
            self.operation_sequences = RunmatSnapshot.EVecBytecodeSequence(self._io, self, self._root)
            self.hotspots = RunmatSnapshot.EVecHotspotBytecode(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.stdlib_bytecode._fetch_instances()
            self.operation_sequences._fetch_instances()
            self.hotspots._fetch_instances()


    class EBytecodeSequence(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EBytecodeSequence, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.bytecode = RunmatSnapshot.EBytecode(self._io, self, self._root)
            self.usage_count = self._io.read_u8le()
            self.average_execution_time = RunmatSnapshot.EDuration(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.bytecode._fetch_instances()
            self.average_execution_time._fetch_instances()


    class ECallSyntax(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECallSyntax, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_call_syntax/seq/0")


        def _fetch_instances(self):
            pass


    class ECallableFallbackPolicy(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECallableFallbackPolicy, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_callable_fallback_policy/seq/0")


        def _fetch_instances(self):
            pass


    class ECallableIdentity(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECallableIdentity, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 7:
                raise kaitaistruct.ValidationGreaterThanError(7, self.tag, self._io, u"/types/e_callable_identity/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.ECallableIdentityExternalFunction(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EDefPath(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()


    class ECallableIdentityExternalFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECallableIdentityExternalFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.display_name = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.display_name._fetch_instances()


    class ECapturedBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECapturedBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.from_function = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EClassArgumentBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassArgumentBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.span._fetch_instances()


    class EClassEnumeration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassEnumeration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.span._fetch_instances()


    class EClassEvent(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassEvent, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.span._fetch_instances()


    class EClassKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_class_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EClassMethod(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassMethod, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.is_static = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.attributes = RunmatSnapshot.EMethodAttributes(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.is_static._fetch_instances()
            self.attributes._fetch_instances()
            self.span._fetch_instances()


    class EClassProperty(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EClassProperty, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.attributes = RunmatSnapshot.EPropertyAttributes(self._io, self, self._root)
            self.default = RunmatSnapshot.EOptHirExpr(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.attributes._fetch_instances()
            self.default._fetch_instances()
            self.span._fetch_instances()


    class ECommandArgument(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECommandArgument, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_command_argument/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class EComputationalComplexity(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EComputationalComplexity, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_computational_complexity/seq/0")


        def _fetch_instances(self):
            pass


    class ECovNormalization(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ECovNormalization, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_cov_normalization/seq/0")


        def _fetch_instances(self):
            pass


    class EDefPath(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EDefPath, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.package = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.module = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.item = RunmatSnapshot.EVecDefPathSegment(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.package._fetch_instances()
            self.module._fetch_instances()
            self.item._fetch_instances()


    class EDefPathSegment(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EDefPathSegment, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 0:
                raise kaitaistruct.ValidationGreaterThanError(0, self.tag, self._io, u"/types/e_def_path_segment/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()


    class EDuration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EDuration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs = self._io.read_u8le()
            self.nanos = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class EEmitLabel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEmitLabel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_emit_label/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass


    class EEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 15:
                raise kaitaistruct.ValidationGreaterThanError(15, self.tag, self._io, u"/types/e_end_expr/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 10:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EEndExprResolvedCall(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.ETupEndExprEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass
            elif _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 15:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class EEndExprResolvedCall(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEndExprResolvedCall, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.args = RunmatSnapshot.EVecEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.args._fetch_instances()


    class EEndianness(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEndianness, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_endianness/seq/0")


        def _fetch_instances(self):
            pass


    class EEntryStringBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.EBytecode(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.EGcConfig(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.EGcPerformanceProfile(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringHirAssembly(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringHirAssembly, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.EHirAssembly(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.EType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EEntryStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()


    class EEntryU32VarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryU32VarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u4le()
            self.value = RunmatSnapshot.EVarBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeFunctionBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeFunctionBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.EFunctionBytecode(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EEntryUsizeVecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeVecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.EVecUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeVmEntrypointLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeVmEntrypointLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.EVmEntrypointLayout(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeVmFunctionLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeVmFunctionLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.EVmFunctionLayout(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntryUsizeVmStorageBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntryUsizeVmStorageBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = self._io.read_u8le()
            self.value = RunmatSnapshot.EVmStorageBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class EEntrypointOrigin(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntrypointOrigin, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_entrypoint_origin/seq/0")


        def _fetch_instances(self):
            pass


    class EEntrypointPolicy(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EEntrypointPolicy, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.workspace_export = RunmatSnapshot.EWorkspaceExportPolicy(self._io, self, self._root)
            self.top_level_await = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.workspace_export._fetch_instances()
            self.top_level_await._fetch_instances()


    class EExecutionHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EExecutionHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.pattern = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.EExecutionHintType(self._io, self, self._root)
            self.frequency = self._io.read_u8le()
            self.optimization_potential = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.pattern._fetch_instances()
            self.hint_type._fetch_instances()


    class EExecutionHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EExecutionHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_execution_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class EFunctionAbi(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionAbi, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.fixed_inputs = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargin = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.fixed_outputs = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargout = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargin = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargout = RunmatSnapshot.EOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.fixed_inputs._fetch_instances()
            self.varargin._fetch_instances()
            self.fixed_outputs._fetch_instances()
            self.varargout._fetch_instances()
            self.implicit_nargin._fetch_instances()
            self.implicit_nargout._fetch_instances()


    class EFunctionBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.display_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.private_owner_scope = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.source_id = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.instructions = RunmatSnapshot.EVecInstr(self._io, self, self._root)
            self.instr_spans = RunmatSnapshot.EVecSpan(self._io, self, self._root)
            self.call_arg_spans = RunmatSnapshot.EVecOptVecSpan(self._io, self, self._root)
            self.var_count = self._io.read_u8le()
            self.input_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargin_slot = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargin_slot = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.output_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargout_slot = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargout_slot = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.capture_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.var_names = RunmatSnapshot.EMapUsizeString(self._io, self, self._root)
            self.initially_unassigned_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.argument_validations = RunmatSnapshot.EVecRunmatVmFunctionArgumentValidation(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.display_name._fetch_instances()
            self.private_owner_scope._fetch_instances()
            self.source_id._fetch_instances()
            self.instructions._fetch_instances()
            self.instr_spans._fetch_instances()
            self.call_arg_spans._fetch_instances()
            self.input_slots._fetch_instances()
            self.varargin_slot._fetch_instances()
            self.implicit_nargin_slot._fetch_instances()
            self.output_slots._fetch_instances()
            self.varargout_slot._fetch_instances()
            self.implicit_nargout_slot._fetch_instances()
            self.capture_slots._fetch_instances()
            self.var_names._fetch_instances()
            self.initially_unassigned_slots._fetch_instances()
            self.argument_validations._fetch_instances()


    class EFunctionHandleTarget(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionHandleTarget, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 5:
                raise kaitaistruct.ValidationGreaterThanError(5, self.tag, self._io, u"/types/e_function_handle_target/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.EFunctionHandleTargetExternalFunction(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.EDefPath(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()


    class EFunctionHandleTargetExternalFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionHandleTargetExternalFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.display_name = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.display_name._fetch_instances()


    class EFunctionKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_function_kind/seq/0")
            _on = self.tag
            if _on == 3:
                pass
                self.payload = RunmatSnapshot.EFunctionKindClassMethod(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 3:
                pass
                self.payload._fetch_instances()


    class EFunctionKindClassMethod(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionKindClassMethod, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.is_static = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.is_static._fetch_instances()


    class EFunctionModifiers(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionModifiers, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.isolated = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_async = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.isolated._fetch_instances()
            self.is_async._fetch_instances()


    class EFunctionRegistry(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFunctionRegistry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.functions = RunmatSnapshot.EMapUsizeFunctionBytecode(self._io, self, self._root)
            self.names = RunmatSnapshot.EMapStringUsize(self._io, self, self._root)
            self.source_functions = RunmatSnapshot.EMapUsizeVecUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.functions._fetch_instances()
            self.names._fetch_instances()
            self.source_functions._fetch_instances()


    class EFusionCandidateGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionCandidateGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.signal_count = self._io.read_u8le()
            self.function = self._io.read_u8le()
            self.block = self._io.read_u8le()
            self.stmt_start = self._io.read_u8le()
            self.stmt_end = self._io.read_u8le()
            self.source_span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.source_span._fetch_instances()


    class EFusionGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.kind = RunmatSnapshot.EFusionKind(self._io, self, self._root)
            self.nodes = RunmatSnapshot.EVecU32(self._io, self, self._root)
            self.shape = RunmatSnapshot.EShapeInfo(self._io, self, self._root)
            self.span = RunmatSnapshot.EInstrSpan(self._io, self, self._root)
            self.pattern = RunmatSnapshot.EOptFusionPattern(self._io, self, self._root)
            self.stack_layout = RunmatSnapshot.EOptFusionStackLayout(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.nodes._fetch_instances()
            self.shape._fetch_instances()
            self.span._fetch_instances()
            self.pattern._fetch_instances()
            self.stack_layout._fetch_instances()


    class EFusionInstructionKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionInstructionKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_fusion_instruction_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EFusionInstructionWindow(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionInstructionWindow, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.span = RunmatSnapshot.EInstrSpan(self._io, self, self._root)
            self.kind = RunmatSnapshot.EFusionInstructionKind(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.span._fetch_instances()
            self.kind._fetch_instances()


    class EFusionKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 6:
                raise kaitaistruct.ValidationGreaterThanError(6, self.tag, self._io, u"/types/e_fusion_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EFusionMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.mir_fusion_signal_count = self._io.read_u8le()
            self.mir_fusion_candidate_group_count = self._io.read_u8le()
            self.mir_fusion_candidate_groups = RunmatSnapshot.EVecFusionCandidateGroup(self._io, self, self._root)
            self.instruction_window_count = self._io.read_u8le()
            self.instruction_windows = RunmatSnapshot.EVecFusionInstructionWindow(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.mir_fusion_candidate_groups._fetch_instances()
            self.instruction_windows._fetch_instances()


    class EFusionPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_fusion_pattern/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.EFusionPatternCenteredGram(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.EImageNormalizePattern(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.EFusionPatternPowerStepNormalize(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EFusionPatternExplainedVariance(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()


    class EFusionPatternCenteredGram(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionPatternCenteredGram, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.matrix = self._io.read_u4le()
            self.normalization = RunmatSnapshot.ECovNormalization(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.normalization._fetch_instances()


    class EFusionPatternExplainedVariance(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionPatternExplainedVariance, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.q = self._io.read_u4le()
            self.g = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class EFusionPatternPowerStepNormalize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionPatternPowerStepNormalize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.lhs = self._io.read_u4le()
            self.rhs = self._io.read_u4le()
            self.epsilon = self._io.read_f8le()


        def _fetch_instances(self):
            pass


    class EFusionStackLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionStackLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.required_stack_operands = self._io.read_u8le()
            self.bindings = RunmatSnapshot.EVecFusionStackValueBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.bindings._fetch_instances()


    class EFusionStackValueBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EFusionStackValueBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.value_id = self._io.read_u4le()
            self.stack_offset = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_generations = self._io.read_u8le()
            self.young_generation_size = self._io.read_u8le()
            self.minor_gc_threshold = self._io.read_f8le()
            self.major_gc_threshold = self._io.read_f8le()
            self.promotion_threshold = self._io.read_u8le()
            self.max_gc_threads = self._io.read_u8le()
            self.concurrent_collection = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.parallel_collection = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.collection_timeout = RunmatSnapshot.EDuration(self._io, self, self._root)
            self.write_barriers = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.pointer_compression = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.target_utilization = self._io.read_f8le()
            self.min_heap_size = self._io.read_u8le()
            self.max_heap_size = self._io.read_u8le()
            self.heap_growth_factor = self._io.read_f8le()
            self.verbose_logging = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.collect_statistics = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.concurrent_collection._fetch_instances()
            self.parallel_collection._fetch_instances()
            self.collection_timeout._fetch_instances()
            self.write_barriers._fetch_instances()
            self.pointer_compression._fetch_instances()
            self.verbose_logging._fetch_instances()
            self.collect_statistics._fetch_instances()


    class EGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.average_allocation_rate = self._io.read_f8le()
            self.average_collection_time = RunmatSnapshot.EDuration(self._io, self, self._root)
            self.memory_overhead = self._io.read_f8le()
            self.throughput_impact = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.average_collection_time._fetch_instances()


    class EGcPresetCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EGcPresetCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.presets = RunmatSnapshot.EMapStringGcConfig(self._io, self, self._root)
            self.default_preset = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.performance_profiles = RunmatSnapshot.EMapStringGcPerformanceProfile(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.presets._fetch_instances()
            self.default_preset._fetch_instances()
            self.performance_profiles._fetch_instances()


    class EHirAssembly(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirAssembly, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.modules = RunmatSnapshot.EVecHirModule(self._io, self, self._root)
            self.functions = RunmatSnapshot.EVecHirFunction(self._io, self, self._root)
            self.classes = RunmatSnapshot.EVecHirClass(self._io, self, self._root)
            self.bindings = RunmatSnapshot.EVecHirBinding(self._io, self, self._root)
            self.entrypoints = RunmatSnapshot.EVecHirEntrypoint(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.modules._fetch_instances()
            self.functions._fetch_instances()
            self.classes._fetch_instances()
            self.bindings._fetch_instances()
            self.entrypoints._fetch_instances()


    class EHirBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.owner = RunmatSnapshot.EBindingOwner(self._io, self, self._root)
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.role = RunmatSnapshot.EBindingRole(self._io, self, self._root)
            self.storage = RunmatSnapshot.EBindingStorage(self._io, self, self._root)
            self.workspace_visibility = RunmatSnapshot.EWorkspaceVisibility(self._io, self, self._root)
            self.declared_span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.owner._fetch_instances()
            self.name._fetch_instances()
            self.role._fetch_instances()
            self.storage._fetch_instances()
            self.workspace_visibility._fetch_instances()
            self.declared_span._fetch_instances()


    class EHirBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.statements = RunmatSnapshot.EVecHirStmt(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.statements._fetch_instances()


    class EHirCache(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCache, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.functions = RunmatSnapshot.EMapStringHirAssembly(self._io, self, self._root)
            self.patterns = RunmatSnapshot.EVecHirPattern(self._io, self, self._root)
            self.type_cache = RunmatSnapshot.EMapStringType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.functions._fetch_instances()
            self.patterns._fetch_instances()
            self.type_cache._fetch_instances()


    class EHirCall(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCall, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.callee = RunmatSnapshot.EHirCallableRef(self._io, self, self._root)
            self.args = RunmatSnapshot.EVecHirExpr(self._io, self, self._root)
            self.syntax = RunmatSnapshot.ECallSyntax(self._io, self, self._root)
            self.requested_outputs = RunmatSnapshot.ERequestedOutputCount(self._io, self, self._root)
            self.workspace_first_name = RunmatSnapshot.EOptString(self._io, self, self._root)
            self.bare_identifier = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.callee._fetch_instances()
            self.args._fetch_instances()
            self.syntax._fetch_instances()
            self.requested_outputs._fetch_instances()
            self.workspace_first_name._fetch_instances()
            self.bare_identifier._fetch_instances()


    class EHirCallableRef(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCallableRef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 7:
                raise kaitaistruct.ValidationGreaterThanError(7, self.tag, self._io, u"/types/e_hir_callable_ref/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.EHirCallableRefExternalFunction(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EDefPath(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.EHirCallableRefSuperConstructor(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.EHirCallableRefSuperMethod(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()


    class EHirCallableRefExternalFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCallableRefExternalFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.display_name = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.display_name._fetch_instances()


    class EHirCallableRefSuperConstructor(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCallableRefSuperConstructor, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()


    class EHirCallableRefSuperMethod(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCallableRefSuperMethod, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.method = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()
            self.method._fetch_instances()


    class EHirClass(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirClass, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.module = self._io.read_u8le()
            self.name = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.kind = RunmatSnapshot.EClassKind(self._io, self, self._root)
            self.is_sealed = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_abstract = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.properties = RunmatSnapshot.EVecClassProperty(self._io, self, self._root)
            self.methods = RunmatSnapshot.EVecClassMethod(self._io, self, self._root)
            self.events = RunmatSnapshot.EVecClassEvent(self._io, self, self._root)
            self.enumerations = RunmatSnapshot.EVecClassEnumeration(self._io, self, self._root)
            self.arguments = RunmatSnapshot.EVecClassArgumentBlock(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.super_class._fetch_instances()
            self.kind._fetch_instances()
            self.is_sealed._fetch_instances()
            self.is_abstract._fetch_instances()
            self.properties._fetch_instances()
            self.methods._fetch_instances()
            self.events._fetch_instances()
            self.enumerations._fetch_instances()
            self.arguments._fetch_instances()
            self.span._fetch_instances()


    class EHirCommandCall(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirCommandCall, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.command = RunmatSnapshot.EHirCallableRef(self._io, self, self._root)
            self.args = RunmatSnapshot.EVecCommandArgument(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.command._fetch_instances()
            self.args._fetch_instances()


    class EHirEntrypoint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirEntrypoint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.name = RunmatSnapshot.EOptString(self._io, self, self._root)
            self.target = self._io.read_u8le()
            self.origin = RunmatSnapshot.EEntrypointOrigin(self._io, self, self._root)
            self.policy = RunmatSnapshot.EEntrypointPolicy(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.origin._fetch_instances()
            self.policy._fetch_instances()


    class EHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.kind = RunmatSnapshot.EHirExprKind(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.span._fetch_instances()


    class EHirExprKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirExprKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 23:
                raise kaitaistruct.ValidationGreaterThanError(23, self.tag, self._io, u"/types/e_hir_expr_kind/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 10:
                pass
                self.payload = RunmatSnapshot.ETupHirExprOptHirExprHirExpr(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.ETupHirExprIndexingSemantics(self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = RunmatSnapshot.ETupHirExprString(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = RunmatSnapshot.ETupHirExprHirExpr(self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = RunmatSnapshot.EHirExprKindWorkspaceFirstStaticProperty(self._io, self, self._root)
            elif _on == 17:
                pass
                self.payload = RunmatSnapshot.EHirCall(self._io, self, self._root)
            elif _on == 18:
                pass
                self.payload = RunmatSnapshot.EHirCommandCall(self._io, self, self._root)
            elif _on == 19:
                pass
                self.payload = RunmatSnapshot.EFunctionHandleTarget(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 20:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 21:
                pass
                self.payload = RunmatSnapshot.EVecString(self._io, self, self._root)
            elif _on == 22:
                pass
                self.payload = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            elif _on == 23:
                pass
                self.payload = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.ETupOperatorKindHirExpr(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.ETupHirExprOperatorKindHirExpr(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.EVecVecHirExpr(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.EVecVecHirExpr(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.EVecTupStringHirExpr(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.EHirExprKindObjectLiteral(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 14:
                pass
                self.payload._fetch_instances()
            elif _on == 15:
                pass
                self.payload._fetch_instances()
            elif _on == 16:
                pass
                self.payload._fetch_instances()
            elif _on == 17:
                pass
                self.payload._fetch_instances()
            elif _on == 18:
                pass
                self.payload._fetch_instances()
            elif _on == 19:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 20:
                pass
            elif _on == 21:
                pass
                self.payload._fetch_instances()
            elif _on == 22:
                pass
                self.payload._fetch_instances()
            elif _on == 23:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class EHirExprKindObjectLiteral(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirExprKindObjectLiteral, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.class_name = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.fields = RunmatSnapshot.EVecTupStringHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.class_name._fetch_instances()
            self.fields._fetch_instances()


    class EHirExprKindWorkspaceFirstStaticProperty(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirExprKindWorkspaceFirstStaticProperty, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.workspace_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.class_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.property = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.workspace_name._fetch_instances()
            self.class_name._fetch_instances()
            self.property._fetch_instances()


    class EHirFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.module = self._io.read_u8le()
            self.parent = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.enclosing_class = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.kind = RunmatSnapshot.EFunctionKind(self._io, self, self._root)
            self.params = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.outputs = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.abi = RunmatSnapshot.EFunctionAbi(self._io, self, self._root)
            self.argument_validations = RunmatSnapshot.EVecRunmatHirFunctionArgumentValidation(self._io, self, self._root)
            self.locals = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.captures = RunmatSnapshot.EVecCapturedBinding(self._io, self, self._root)
            self.modifiers = RunmatSnapshot.EFunctionModifiers(self._io, self, self._root)
            self.body = RunmatSnapshot.EHirBlock(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.parent._fetch_instances()
            self.enclosing_class._fetch_instances()
            self.name._fetch_instances()
            self.kind._fetch_instances()
            self.params._fetch_instances()
            self.outputs._fetch_instances()
            self.abi._fetch_instances()
            self.argument_validations._fetch_instances()
            self.locals._fetch_instances()
            self.captures._fetch_instances()
            self.modifiers._fetch_instances()
            self.body._fetch_instances()
            self.span._fetch_instances()


    class EHirImport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirImport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.path = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.wildcard = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.path._fetch_instances()
            self.wildcard._fetch_instances()
            self.span._fetch_instances()


    class EHirModule(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirModule, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.name = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.source_id = self._io.read_u8le()
            self.source_unit = RunmatSnapshot.ESourceUnitKind(self._io, self, self._root)
            self.imports = RunmatSnapshot.EVecHirImport(self._io, self, self._root)
            self.top_level_functions = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.classes = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.synthetic_entry_function = RunmatSnapshot.EOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.source_unit._fetch_instances()
            self.imports._fetch_instances()
            self.top_level_functions._fetch_instances()
            self.classes._fetch_instances()
            self.synthetic_entry_function._fetch_instances()


    class EHirPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.pattern = RunmatSnapshot.EHirAssembly(self._io, self, self._root)
            self.frequency = self._io.read_u4le()
            self.optimization_priority = RunmatSnapshot.EOptimizationLevel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.pattern._fetch_instances()
            self.optimization_priority._fetch_instances()


    class EHirPlace(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirPlace, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_hir_place/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.ETupHirExprString(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.ETupHirExprHirExpr(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.ETupHirExprIndexingSemantics(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.ETupHirExprIndexingSemantics(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()


    class EHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u8le()
            self.kind = RunmatSnapshot.EHirStmtKind(self._io, self, self._root)
            self.span = RunmatSnapshot.ESpan(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.span._fetch_instances()


    class EHirStmtKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 13:
                raise kaitaistruct.ValidationGreaterThanError(13, self.tag, self._io, u"/types/e_hir_stmt_kind/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.ETupHirExprBool(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.ETupHirPlaceHirExprBool(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.EHirImport(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.ETupOutputTargetListHirExprBool(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EHirStmtKindIf(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.EHirStmtKindWhile(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.EHirStmtKindFor(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = RunmatSnapshot.EHirStmtKindSwitch(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.EHirStmtKindTryCatch(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = RunmatSnapshot.EVecUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class EHirStmtKindFor(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKindFor, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.range = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.body = RunmatSnapshot.EHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range._fetch_instances()
            self.body._fetch_instances()


    class EHirStmtKindIf(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKindIf, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.cond = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.then_body = RunmatSnapshot.EHirBlock(self._io, self, self._root)
            self.elseif_blocks = RunmatSnapshot.EVecTupHirExprHirBlock(self._io, self, self._root)
            self.else_body = RunmatSnapshot.EOptHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.cond._fetch_instances()
            self.then_body._fetch_instances()
            self.elseif_blocks._fetch_instances()
            self.else_body._fetch_instances()


    class EHirStmtKindSwitch(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKindSwitch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.expr = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.cases = RunmatSnapshot.EVecTupHirExprHirBlock(self._io, self, self._root)
            self.otherwise = RunmatSnapshot.EOptHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.expr._fetch_instances()
            self.cases._fetch_instances()
            self.otherwise._fetch_instances()


    class EHirStmtKindTryCatch(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKindTryCatch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.try_body = RunmatSnapshot.EHirBlock(self._io, self, self._root)
            self.catch_binding = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.catch_body = RunmatSnapshot.EHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.try_body._fetch_instances()
            self.catch_binding._fetch_instances()
            self.catch_body._fetch_instances()


    class EHirStmtKindWhile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHirStmtKindWhile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.cond = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.body = RunmatSnapshot.EHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.cond._fetch_instances()
            self.body._fetch_instances()


    class EHotspotBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EHotspotBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.bytecode = RunmatSnapshot.EBytecode(self._io, self, self._root)
            self.execution_frequency = self._io.read_u8le()
            self.jit_compilation_threshold = self._io.read_u4le()
            self.optimization_hints = RunmatSnapshot.EVecOptimizationHint(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.bytecode._fetch_instances()
            self.optimization_hints._fetch_instances()


    class EImageNormalizePattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EImageNormalizePattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.input = self._io.read_u4le()
            self.epsilon = RunmatSnapshot.EImageScalar(self._io, self, self._root)
            self.gain = RunmatSnapshot.EOptImageScalar(self._io, self, self._root)
            self.bias = RunmatSnapshot.EOptImageScalar(self._io, self, self._root)
            self.gamma = RunmatSnapshot.EOptImageScalar(self._io, self, self._root)
            self.clamp_zero = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.epsilon._fetch_instances()
            self.gain._fetch_instances()
            self.bias._fetch_instances()
            self.gamma._fetch_instances()
            self.clamp_zero._fetch_instances()


    class EImageScalar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EImageScalar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_image_scalar/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = self._io.read_u4le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass


    class EIndexComponent(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EIndexComponent, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_index_component/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = RunmatSnapshot.EIndexComponentEnd(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()


    class EIndexComponentEnd(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EIndexComponentEnd, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dim = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.offset = self._io.read_s8le()


        def _fetch_instances(self):
            pass
            self.dim._fetch_instances()


    class EIndexKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EIndexKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_index_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EIndexResultContext(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EIndexResultContext, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_index_result_context/seq/0")


        def _fetch_instances(self):
            pass


    class EIndexingSemantics(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EIndexingSemantics, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.EIndexKind(self._io, self, self._root)
            self.components = RunmatSnapshot.EVecIndexComponent(self._io, self, self._root)
            self.result_context = RunmatSnapshot.EIndexResultContext(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()
            self.components._fetch_instances()
            self.result_context._fetch_instances()


    class EInstr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 124:
                raise kaitaistruct.ValidationGreaterThanError(124, self.tag, self._io, u"/types/e_instr/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.ETupF64F64(self._io, self, self._root)
            elif _on == 100:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeUsize(self._io, self, self._root)
            elif _on == 101:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeUsize(self._io, self, self._root)
            elif _on == 102:
                pass
                self.payload = RunmatSnapshot.EInstrCallSemanticNestedFunctionMulti(self._io, self, self._root)
            elif _on == 103:
                pass
                self.payload = RunmatSnapshot.EInstrCallSemanticNestedFunctionMultiUsingOutputSlot(self._io, self, self._root)
            elif _on == 104:
                pass
                self.payload = RunmatSnapshot.EInstrCallFunctionExpandMultiOutput(self._io, self, self._root)
            elif _on == 105:
                pass
                self.payload = RunmatSnapshot.EInstrCallWorkspaceFirstExpandMultiOutput(self._io, self, self._root)
            elif _on == 106:
                pass
                self.payload = RunmatSnapshot.EInstrCallWorkspaceFirstExpandMultiOutputUsingOutputSlot(self._io, self, self._root)
            elif _on == 107:
                pass
                self.payload = RunmatSnapshot.ETupUsizeVecArgSpecUsize(self._io, self, self._root)
            elif _on == 108:
                pass
                self.payload = RunmatSnapshot.EInstrCallSemanticNestedFunctionExpandMultiOutput(self._io, self, self._root)
            elif _on == 109:
                pass
                self.payload = RunmatSnapshot.ETupStringVecArgSpecUsize(self._io, self, self._root)
            elif _on == 110:
                pass
                self.payload = RunmatSnapshot.EInstrCallSuperConstructorExpandMultiOutput(self._io, self, self._root)
            elif _on == 111:
                pass
                self.payload = RunmatSnapshot.EInstrCallSuperMethodExpandMultiOutput(self._io, self, self._root)
            elif _on == 112:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 113:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 114:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 115:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 116:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 117:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 118:
                pass
                self.payload = RunmatSnapshot.EInstrRegisterImport(self._io, self, self._root)
            elif _on == 119:
                pass
                self.payload = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            elif _on == 120:
                pass
                self.payload = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            elif _on == 121:
                pass
                self.payload = RunmatSnapshot.ETupVecUsizeVecString(self._io, self, self._root)
            elif _on == 122:
                pass
                self.payload = RunmatSnapshot.ETupVecUsizeVecString(self._io, self, self._root)
            elif _on == 123:
                pass
                self.payload = RunmatSnapshot.EInstrEmitStackTop(self._io, self, self._root)
            elif _on == 124:
                pass
                self.payload = RunmatSnapshot.EInstrEmitVar(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 31:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 32:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 33:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 34:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 36:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 38:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsize(self._io, self, self._root)
            elif _on == 39:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 4:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 40:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 41:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 42:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeU32U32(self._io, self, self._root)
            elif _on == 43:
                pass
                self.payload = RunmatSnapshot.EInstrIndexSliceExpr(self._io, self, self._root)
            elif _on == 44:
                pass
                self.payload = RunmatSnapshot.EInstrStoreSliceExpr(self._io, self, self._root)
            elif _on == 45:
                pass
                self.payload = RunmatSnapshot.EInstrStoreSliceExprDelete(self._io, self, self._root)
            elif _on == 46:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsize(self._io, self, self._root)
            elif _on == 47:
                pass
                self.payload = RunmatSnapshot.EVecString(self._io, self, self._root)
            elif _on == 48:
                pass
                self.payload = RunmatSnapshot.EInstrCreateObjectLiteral(self._io, self, self._root)
            elif _on == 49:
                pass
                self.payload = RunmatSnapshot.EInstrIndexCell(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 50:
                pass
                self.payload = RunmatSnapshot.EInstrIndexCellExpand(self._io, self, self._root)
            elif _on == 51:
                pass
                self.payload = RunmatSnapshot.EInstrIndexCellList(self._io, self, self._root)
            elif _on == 52:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 53:
                pass
                self.payload = RunmatSnapshot.EInstrStoreIndexCell(self._io, self, self._root)
            elif _on == 54:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 55:
                pass
                self.payload = RunmatSnapshot.EInstrStoreIndexCellDelete(self._io, self, self._root)
            elif _on == 56:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeU32U32(self._io, self, self._root)
            elif _on == 57:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeU32U32(self._io, self, self._root)
            elif _on == 58:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 59:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 62:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 63:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 66:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 67:
                pass
                self.payload = RunmatSnapshot.EInstrCallMethodOrMemberIndexMulti(self._io, self, self._root)
            elif _on == 68:
                pass
                self.payload = RunmatSnapshot.EInstrCallMethodOrMemberIndexExpandMultiOutput(self._io, self, self._root)
            elif _on == 69:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = self._io.read_u8le()
            elif _on == 70:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 71:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)
            elif _on == 72:
                pass
                self.payload = RunmatSnapshot.ETupUsizeString(self._io, self, self._root)
            elif _on == 73:
                pass
                self.payload = RunmatSnapshot.ETupUsizeString(self._io, self, self._root)
            elif _on == 74:
                pass
                self.payload = RunmatSnapshot.ETupStringUsize(self._io, self, self._root)
            elif _on == 75:
                pass
                self.payload = RunmatSnapshot.ETupUsizeStringUsize(self._io, self, self._root)
            elif _on == 76:
                pass
                self.payload = RunmatSnapshot.ETupStringString(self._io, self, self._root)
            elif _on == 77:
                pass
                self.payload = RunmatSnapshot.EInstrLoadWorkspaceFirstStaticProperty(self._io, self, self._root)
            elif _on == 78:
                pass
                self.payload = RunmatSnapshot.EInstrRegisterClass(self._io, self, self._root)
            elif _on == 79:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsize(self._io, self, self._root)
            elif _on == 80:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsize(self._io, self, self._root)
            elif _on == 81:
                pass
                self.payload = RunmatSnapshot.ETupVecArgSpecUsize(self._io, self, self._root)
            elif _on == 82:
                pass
                self.payload = RunmatSnapshot.ETupVecArgSpecUsize(self._io, self, self._root)
            elif _on == 83:
                pass
                self.payload = RunmatSnapshot.ETupUsizeUsizeUsize(self._io, self, self._root)
            elif _on == 84:
                pass
                self.payload = RunmatSnapshot.ETupUsizeVecArgSpecUsize(self._io, self, self._root)
            elif _on == 88:
                pass
                self.payload = RunmatSnapshot.ETupUsizeOptUsize(self._io, self, self._root)
            elif _on == 92:
                pass
                self.payload = RunmatSnapshot.ETupStringUsizeUsize(self._io, self, self._root)
            elif _on == 93:
                pass
                self.payload = RunmatSnapshot.ETupStringUsizeUsize(self._io, self, self._root)
            elif _on == 94:
                pass
                self.payload = RunmatSnapshot.EInstrCallSuperConstructorMulti(self._io, self, self._root)
            elif _on == 95:
                pass
                self.payload = RunmatSnapshot.EInstrCallSuperMethodMulti(self._io, self, self._root)
            elif _on == 96:
                pass
                self.payload = RunmatSnapshot.EInstrCallFunctionMulti(self._io, self, self._root)
            elif _on == 97:
                pass
                self.payload = RunmatSnapshot.EInstrCallFunctionMultiUsingOutputSlot(self._io, self, self._root)
            elif _on == 98:
                pass
                self.payload = RunmatSnapshot.EInstrCallWorkspaceFirstMulti(self._io, self, self._root)
            elif _on == 99:
                pass
                self.payload = RunmatSnapshot.EInstrCallWorkspaceFirstMultiUsingOutputSlot(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 100:
                pass
                self.payload._fetch_instances()
            elif _on == 101:
                pass
                self.payload._fetch_instances()
            elif _on == 102:
                pass
                self.payload._fetch_instances()
            elif _on == 103:
                pass
                self.payload._fetch_instances()
            elif _on == 104:
                pass
                self.payload._fetch_instances()
            elif _on == 105:
                pass
                self.payload._fetch_instances()
            elif _on == 106:
                pass
                self.payload._fetch_instances()
            elif _on == 107:
                pass
                self.payload._fetch_instances()
            elif _on == 108:
                pass
                self.payload._fetch_instances()
            elif _on == 109:
                pass
                self.payload._fetch_instances()
            elif _on == 110:
                pass
                self.payload._fetch_instances()
            elif _on == 111:
                pass
                self.payload._fetch_instances()
            elif _on == 112:
                pass
            elif _on == 113:
                pass
            elif _on == 114:
                pass
            elif _on == 115:
                pass
            elif _on == 116:
                pass
            elif _on == 117:
                pass
            elif _on == 118:
                pass
                self.payload._fetch_instances()
            elif _on == 119:
                pass
                self.payload._fetch_instances()
            elif _on == 120:
                pass
                self.payload._fetch_instances()
            elif _on == 121:
                pass
                self.payload._fetch_instances()
            elif _on == 122:
                pass
                self.payload._fetch_instances()
            elif _on == 123:
                pass
                self.payload._fetch_instances()
            elif _on == 124:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 31:
                pass
            elif _on == 32:
                pass
            elif _on == 33:
                pass
            elif _on == 34:
                pass
            elif _on == 36:
                pass
            elif _on == 38:
                pass
                self.payload._fetch_instances()
            elif _on == 39:
                pass
            elif _on == 4:
                pass
                self.payload._fetch_instances()
            elif _on == 40:
                pass
                self.payload._fetch_instances()
            elif _on == 41:
                pass
            elif _on == 42:
                pass
                self.payload._fetch_instances()
            elif _on == 43:
                pass
                self.payload._fetch_instances()
            elif _on == 44:
                pass
                self.payload._fetch_instances()
            elif _on == 45:
                pass
                self.payload._fetch_instances()
            elif _on == 46:
                pass
                self.payload._fetch_instances()
            elif _on == 47:
                pass
                self.payload._fetch_instances()
            elif _on == 48:
                pass
                self.payload._fetch_instances()
            elif _on == 49:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
            elif _on == 50:
                pass
                self.payload._fetch_instances()
            elif _on == 51:
                pass
                self.payload._fetch_instances()
            elif _on == 52:
                pass
            elif _on == 53:
                pass
                self.payload._fetch_instances()
            elif _on == 54:
                pass
            elif _on == 55:
                pass
                self.payload._fetch_instances()
            elif _on == 56:
                pass
                self.payload._fetch_instances()
            elif _on == 57:
                pass
                self.payload._fetch_instances()
            elif _on == 58:
                pass
                self.payload._fetch_instances()
            elif _on == 59:
                pass
                self.payload._fetch_instances()
            elif _on == 6:
                pass
            elif _on == 62:
                pass
                self.payload._fetch_instances()
            elif _on == 63:
                pass
                self.payload._fetch_instances()
            elif _on == 66:
                pass
                self.payload._fetch_instances()
            elif _on == 67:
                pass
                self.payload._fetch_instances()
            elif _on == 68:
                pass
                self.payload._fetch_instances()
            elif _on == 69:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
            elif _on == 70:
                pass
                self.payload._fetch_instances()
            elif _on == 71:
                pass
                self.payload._fetch_instances()
            elif _on == 72:
                pass
                self.payload._fetch_instances()
            elif _on == 73:
                pass
                self.payload._fetch_instances()
            elif _on == 74:
                pass
                self.payload._fetch_instances()
            elif _on == 75:
                pass
                self.payload._fetch_instances()
            elif _on == 76:
                pass
                self.payload._fetch_instances()
            elif _on == 77:
                pass
                self.payload._fetch_instances()
            elif _on == 78:
                pass
                self.payload._fetch_instances()
            elif _on == 79:
                pass
                self.payload._fetch_instances()
            elif _on == 80:
                pass
                self.payload._fetch_instances()
            elif _on == 81:
                pass
                self.payload._fetch_instances()
            elif _on == 82:
                pass
                self.payload._fetch_instances()
            elif _on == 83:
                pass
                self.payload._fetch_instances()
            elif _on == 84:
                pass
                self.payload._fetch_instances()
            elif _on == 88:
                pass
                self.payload._fetch_instances()
            elif _on == 92:
                pass
                self.payload._fetch_instances()
            elif _on == 93:
                pass
                self.payload._fetch_instances()
            elif _on == 94:
                pass
                self.payload._fetch_instances()
            elif _on == 95:
                pass
                self.payload._fetch_instances()
            elif _on == 96:
                pass
                self.payload._fetch_instances()
            elif _on == 97:
                pass
                self.payload._fetch_instances()
            elif _on == 98:
                pass
                self.payload._fetch_instances()
            elif _on == 99:
                pass
                self.payload._fetch_instances()


    class EInstrCallFunctionExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallFunctionExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallFunctionMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallFunctionMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()


    class EInstrCallFunctionMultiUsingOutputSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallFunctionMultiUsingOutputSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count_slot = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()


    class EInstrCallMethodOrMemberIndexExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallMethodOrMemberIndexExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallMethodOrMemberIndexMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallMethodOrMemberIndexMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()


    class EInstrCallSemanticNestedFunctionExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSemanticNestedFunctionExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.capture_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.capture_slots._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallSemanticNestedFunctionMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSemanticNestedFunctionMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.capture_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.capture_slots._fetch_instances()


    class EInstrCallSemanticNestedFunctionMultiUsingOutputSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSemanticNestedFunctionMultiUsingOutputSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.capture_slots = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count_slot = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.capture_slots._fetch_instances()


    class EInstrCallSuperConstructorExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSuperConstructorExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallSuperConstructorMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSuperConstructorMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()


    class EInstrCallSuperMethodExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSuperMethodExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.method = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()
            self.method._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallSuperMethodMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallSuperMethodMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.current_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.method = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.current_class._fetch_instances()
            self.super_class._fetch_instances()
            self.method._fetch_instances()


    class EInstrCallWorkspaceFirstExpandMultiOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallWorkspaceFirstExpandMultiOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.bare_identifier = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.bare_identifier._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallWorkspaceFirstExpandMultiOutputUsingOutputSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallWorkspaceFirstExpandMultiOutputUsingOutputSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.bare_identifier = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.specs = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.out_count_slot = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.bare_identifier._fetch_instances()
            self.specs._fetch_instances()


    class EInstrCallWorkspaceFirstMulti(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallWorkspaceFirstMulti, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.bare_identifier = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.bare_identifier._fetch_instances()


    class EInstrCallWorkspaceFirstMultiUsingOutputSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCallWorkspaceFirstMultiUsingOutputSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.identity = RunmatSnapshot.ECallableIdentity(self._io, self, self._root)
            self.fallback_policy = RunmatSnapshot.ECallableFallbackPolicy(self._io, self, self._root)
            self.bare_identifier = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.arg_count = self._io.read_u8le()
            self.out_count_slot = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.identity._fetch_instances()
            self.fallback_policy._fetch_instances()
            self.bare_identifier._fetch_instances()


    class EInstrCreateObjectLiteral(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrCreateObjectLiteral, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.class_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.fields = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.class_name._fetch_instances()
            self.fields._fetch_instances()


    class EInstrEmitStackTop(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrEmitStackTop, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.label = RunmatSnapshot.EEmitLabel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()


    class EInstrEmitVar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrEmitVar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.var_index = self._io.read_u8le()
            self.label = RunmatSnapshot.EEmitLabel(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.label._fetch_instances()


    class EInstrIndexCell(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrIndexCell, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_indices = self._io.read_u8le()
            self.end_offsets = RunmatSnapshot.EVecTupUsizeI64(self._io, self, self._root)
            self.end_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.end_offsets._fetch_instances()
            self.end_exprs._fetch_instances()


    class EInstrIndexCellExpand(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrIndexCellExpand, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_indices = self._io.read_u8le()
            self.out_count = self._io.read_u8le()
            self.end_offsets = RunmatSnapshot.EVecTupUsizeI64(self._io, self, self._root)
            self.end_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.end_offsets._fetch_instances()
            self.end_exprs._fetch_instances()


    class EInstrIndexCellList(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrIndexCellList, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_indices = self._io.read_u8le()
            self.end_offsets = RunmatSnapshot.EVecTupUsizeI64(self._io, self, self._root)
            self.end_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.end_offsets._fetch_instances()
            self.end_exprs._fetch_instances()


    class EInstrIndexSliceExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrIndexSliceExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dims = self._io.read_u8le()
            self.numeric_count = self._io.read_u8le()
            self.colon_mask = self._io.read_u4le()
            self.end_mask = self._io.read_u4le()
            self.range_dims = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.range_has_step = RunmatSnapshot.EVecBool(self._io, self, self._root)
            self.range_start_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_step_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_end_exprs = RunmatSnapshot.EVecEndExpr(self._io, self, self._root)
            self.end_numeric_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range_dims._fetch_instances()
            self.range_has_step._fetch_instances()
            self.range_start_exprs._fetch_instances()
            self.range_step_exprs._fetch_instances()
            self.range_end_exprs._fetch_instances()
            self.end_numeric_exprs._fetch_instances()


    class EInstrLoadWorkspaceFirstStaticProperty(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrLoadWorkspaceFirstStaticProperty, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.class_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.property = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.class_name._fetch_instances()
            self.property._fetch_instances()


    class EInstrRegisterClass(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrRegisterClass, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.super_class = RunmatSnapshot.EOptString(self._io, self, self._root)
            self.is_sealed = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_abstract = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.properties = RunmatSnapshot.EVecTupStringBoolBoolOptPropertyDefaultLiteralStringString(self._io, self, self._root)
            self.methods = RunmatSnapshot.EVecTupStringStringBoolBoolBoolString(self._io, self, self._root)
            self.enumerations = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.super_class._fetch_instances()
            self.is_sealed._fetch_instances()
            self.is_abstract._fetch_instances()
            self.properties._fetch_instances()
            self.methods._fetch_instances()
            self.enumerations._fetch_instances()


    class EInstrRegisterImport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrRegisterImport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.path = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.wildcard = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.path._fetch_instances()
            self.wildcard._fetch_instances()


    class EInstrStoreIndexCell(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrStoreIndexCell, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_indices = self._io.read_u8le()
            self.end_offsets = RunmatSnapshot.EVecTupUsizeI64(self._io, self, self._root)
            self.end_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.end_offsets._fetch_instances()
            self.end_exprs._fetch_instances()


    class EInstrStoreIndexCellDelete(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrStoreIndexCellDelete, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.num_indices = self._io.read_u8le()
            self.end_offsets = RunmatSnapshot.EVecTupUsizeI64(self._io, self, self._root)
            self.end_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.end_offsets._fetch_instances()
            self.end_exprs._fetch_instances()


    class EInstrStoreSliceExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrStoreSliceExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dims = self._io.read_u8le()
            self.numeric_count = self._io.read_u8le()
            self.colon_mask = self._io.read_u4le()
            self.end_mask = self._io.read_u4le()
            self.range_dims = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.range_has_step = RunmatSnapshot.EVecBool(self._io, self, self._root)
            self.range_start_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_step_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_end_exprs = RunmatSnapshot.EVecEndExpr(self._io, self, self._root)
            self.end_numeric_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range_dims._fetch_instances()
            self.range_has_step._fetch_instances()
            self.range_start_exprs._fetch_instances()
            self.range_step_exprs._fetch_instances()
            self.range_end_exprs._fetch_instances()
            self.end_numeric_exprs._fetch_instances()


    class EInstrStoreSliceExprDelete(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrStoreSliceExprDelete, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dims = self._io.read_u8le()
            self.numeric_count = self._io.read_u8le()
            self.colon_mask = self._io.read_u4le()
            self.end_mask = self._io.read_u4le()
            self.range_dims = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.range_has_step = RunmatSnapshot.EVecBool(self._io, self, self._root)
            self.range_start_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_step_exprs = RunmatSnapshot.EVecOptEndExpr(self._io, self, self._root)
            self.range_end_exprs = RunmatSnapshot.EVecEndExpr(self._io, self, self._root)
            self.end_numeric_exprs = RunmatSnapshot.EVecTupUsizeEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.range_dims._fetch_instances()
            self.range_has_step._fetch_instances()
            self.range_start_exprs._fetch_instances()
            self.range_step_exprs._fetch_instances()
            self.range_end_exprs._fetch_instances()
            self.end_numeric_exprs._fetch_instances()


    class EInstrSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EInstrSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.start = self._io.read_u8le()
            self.end = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EJitHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EJitHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.pattern = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.EJitHintType(self._io, self, self._root)
            self.priority = RunmatSnapshot.EOptimizationLevel(self._io, self, self._root)
            self.expected_performance_gain = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.pattern._fetch_instances()
            self.hint_type._fetch_instances()
            self.priority._fetch_instances()


    class EJitHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EJitHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 4:
                raise kaitaistruct.ValidationGreaterThanError(4, self.tag, self._io, u"/types/e_jit_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class EMapStringBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringBytecode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringGcConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringGcConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringGcConfig(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringGcPerformanceProfile(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringGcPerformanceProfile, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringGcPerformanceProfile(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringHirAssembly(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringHirAssembly, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringHirAssembly(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringType(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryStringUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapU32VarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapU32VarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryU32VarBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeFunctionBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeFunctionBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeFunctionBytecode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeVecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeVecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeVecUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeVmEntrypointLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeVmEntrypointLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeVmEntrypointLayout(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeVmFunctionLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeVmFunctionLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeVmFunctionLayout(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMapUsizeVmStorageBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMapUsizeVmStorageBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.EEntryUsizeVmStorageBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class EMemberAccess(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMemberAccess, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_member_access/seq/0")


        def _fetch_instances(self):
            pass


    class EMemoryHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMemoryHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.data_structure = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.hint_type = RunmatSnapshot.EMemoryHintType(self._io, self, self._root)
            self.alignment = self._io.read_u8le()
            self.prefetch_pattern = RunmatSnapshot.EPrefetchPattern(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.data_structure._fetch_instances()
            self.hint_type._fetch_instances()
            self.prefetch_pattern._fetch_instances()


    class EMemoryHintType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMemoryHintType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_memory_hint_type/seq/0")


        def _fetch_instances(self):
            pass


    class EMethodAttributes(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EMethodAttributes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.access = RunmatSnapshot.EMemberAccess(self._io, self, self._root)
            self.is_hidden = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_abstract = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_sealed = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.access._fetch_instances()
            self.is_hidden._fetch_instances()
            self.is_abstract._fetch_instances()
            self.is_sealed._fetch_instances()


    class EOperatorKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOperatorKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 24:
                raise kaitaistruct.ValidationGreaterThanError(24, self.tag, self._io, u"/types/e_operator_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EOptAccelGraph(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptAccelGraph, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_accel_graph/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EAccelGraph(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_end_expr/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EEndExpr(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptFusionPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptFusionPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_fusion_pattern/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EFusionPattern(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptFusionStackLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptFusionStackLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_fusion_stack_layout/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EFusionStackLayout(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptHirBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptHirBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_hir_block/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EHirBlock(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_hir_expr/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EHirExpr(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptImageScalar(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptImageScalar, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_image_scalar/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EImageScalar(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptPropertyDefaultLiteral(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptPropertyDefaultLiteral, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_property_default_literal/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EPropertyDefaultLiteral(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptRunmatHirFunctionArgDefaultValue(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptRunmatHirFunctionArgDefaultValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_runmat_hir_function_arg_default_value/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.ERunmatHirFunctionArgDefaultValue(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptRunmatHirFunctionArgSizeSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptRunmatHirFunctionArgSizeSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_runmat_hir_function_arg_size_spec/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.ERunmatHirFunctionArgSizeSpec(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptRunmatVmFunctionArgDefaultValue(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptRunmatVmFunctionArgDefaultValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_runmat_vm_function_arg_default_value/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.ERunmatVmFunctionArgDefaultValue(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptRunmatVmFunctionArgSizeSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptRunmatVmFunctionArgSizeSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_runmat_vm_function_arg_size_spec/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.ERunmatVmFunctionArgSizeSpec(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_string/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_type/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EType(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_usize/seq/0")
            if self.tag == 1:
                pass
                self.value = self._io.read_u8le()



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass



    class EOptVecOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptVecOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_vec_opt_usize/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EVecOptUsize(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_vec_span/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EVecSpan(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_vec_string/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EVecString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptVmAssemblyLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptVmAssemblyLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_opt_vm_assembly_layout/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.EVmAssemblyLayout(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class EOptimizationHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.hint_type = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.parameters = RunmatSnapshot.EMapStringString(self._io, self, self._root)
            self.expected_speedup = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            self.hint_type._fetch_instances()
            self.parameters._fetch_instances()


    class EOptimizationHints(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptimizationHints, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.jit_hints = RunmatSnapshot.EVecJitHint(self._io, self, self._root)
            self.memory_hints = RunmatSnapshot.EVecMemoryHint(self._io, self, self._root)
            self.execution_hints = RunmatSnapshot.EVecExecutionHint(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.jit_hints._fetch_instances()
            self.memory_hints._fetch_instances()
            self.execution_hints._fetch_instances()


    class EOptimizationLevel(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOptimizationLevel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_optimization_level/seq/0")


        def _fetch_instances(self):
            pass


    class EOutputTarget(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOutputTarget, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_output_target/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.EHirPlace(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()


    class EOutputTargetList(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EOutputTargetList, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.requested_outputs = RunmatSnapshot.ERequestedOutputCount(self._io, self, self._root)
            self.targets = RunmatSnapshot.EVecOutputTarget(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.requested_outputs._fetch_instances()
            self.targets._fetch_instances()


    class EPerformanceMetrics(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPerformanceMetrics, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.creation_time = RunmatSnapshot.EDuration(self._io, self, self._root)
            self.builtin_count = self._io.read_u8le()
            self.hir_cache_entries = self._io.read_u8le()
            self.bytecode_cache_entries = self._io.read_u8le()
            self.uncompressed_size = self._io.read_u8le()
            self.compression_ratio = self._io.read_f8le()
            self.peak_memory_usage = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.creation_time._fetch_instances()


    class EPlatformInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPlatformInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.os = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arch = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.cpu_features = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.page_size = self._io.read_u8le()
            self.cache_line_size = self._io.read_u8le()
            self.endianness = RunmatSnapshot.EEndianness(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.os._fetch_instances()
            self.arch._fetch_instances()
            self.cpu_features._fetch_instances()
            self.endianness._fetch_instances()


    class EPrefetchPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPrefetchPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_prefetch_pattern/seq/0")
            _on = self.tag
            if _on == 2:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 2:
                pass


    class EPrimitiveOp(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPrimitiveOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 16:
                raise kaitaistruct.ValidationGreaterThanError(16, self.tag, self._io, u"/types/e_primitive_op/seq/0")


        def _fetch_instances(self):
            pass


    class EPropertyAttributes(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPropertyAttributes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.is_static = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_constant = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_dependent = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_transient = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.is_hidden = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.access = RunmatSnapshot.EMemberAccess(self._io, self, self._root)
            self.get_access = RunmatSnapshot.EMemberAccess(self._io, self, self._root)
            self.set_access = RunmatSnapshot.EMemberAccess(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.is_static._fetch_instances()
            self.is_constant._fetch_instances()
            self.is_dependent._fetch_instances()
            self.is_transient._fetch_instances()
            self.is_hidden._fetch_instances()
            self.access._fetch_instances()
            self.get_access._fetch_instances()
            self.set_access._fetch_instances()


    class EPropertyDefaultLiteral(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EPropertyDefaultLiteral, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_property_default_literal/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()


    class ERequestedOutputCount(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERequestedOutputCount, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_requested_output_count/seq/0")
            _on = self.tag
            if _on == 2:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 2:
                pass


    class ERunmatHirFunctionArgDefaultValue(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatHirFunctionArgDefaultValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_runmat_hir_function_arg_default_value/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()


    class ERunmatHirFunctionArgDim(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatHirFunctionArgDim, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_runmat_hir_function_arg_dim/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass


    class ERunmatHirFunctionArgSizeSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatHirFunctionArgSizeSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.rows = RunmatSnapshot.ERunmatHirFunctionArgDim(self._io, self, self._root)
            self.cols = RunmatSnapshot.ERunmatHirFunctionArgDim(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.rows._fetch_instances()
            self.cols._fetch_instances()


    class ERunmatHirFunctionArgValidator(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatHirFunctionArgValidator, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 15:
                raise kaitaistruct.ValidationGreaterThanError(15, self.tag, self._io, u"/types/e_runmat_hir_function_arg_validator/seq/0")
            _on = self.tag
            if _on == 12:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 13:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 14:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 15:
                pass
                self.payload = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 12:
                pass
            elif _on == 13:
                pass
            elif _on == 14:
                pass
            elif _on == 15:
                pass


    class ERunmatHirFunctionArgumentValidation(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatHirFunctionArgumentValidation, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.size = RunmatSnapshot.EOptRunmatHirFunctionArgSizeSpec(self._io, self, self._root)
            self.class_name = RunmatSnapshot.EOptString(self._io, self, self._root)
            self.validators = RunmatSnapshot.EVecRunmatHirFunctionArgValidator(self._io, self, self._root)
            self.default_value = RunmatSnapshot.EOptRunmatHirFunctionArgDefaultValue(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.size._fetch_instances()
            self.class_name._fetch_instances()
            self.validators._fetch_instances()
            self.default_value._fetch_instances()


    class ERunmatVmFunctionArgDefaultValue(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatVmFunctionArgDefaultValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_runmat_vm_function_arg_default_value/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()


    class ERunmatVmFunctionArgDim(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatVmFunctionArgDim, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_runmat_vm_function_arg_dim/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass


    class ERunmatVmFunctionArgSizeSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatVmFunctionArgSizeSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.rows = RunmatSnapshot.ERunmatVmFunctionArgDim(self._io, self, self._root)
            self.cols = RunmatSnapshot.ERunmatVmFunctionArgDim(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.rows._fetch_instances()
            self.cols._fetch_instances()


    class ERunmatVmFunctionArgValidator(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatVmFunctionArgValidator, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 15:
                raise kaitaistruct.ValidationGreaterThanError(15, self.tag, self._io, u"/types/e_runmat_vm_function_arg_validator/seq/0")
            _on = self.tag
            if _on == 12:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 13:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 14:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 15:
                pass
                self.payload = self._io.read_f8le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 12:
                pass
            elif _on == 13:
                pass
            elif _on == 14:
                pass
            elif _on == 15:
                pass


    class ERunmatVmFunctionArgumentValidation(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ERunmatVmFunctionArgumentValidation, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.input_slot = self._io.read_u8le()
            self.size = RunmatSnapshot.EOptRunmatVmFunctionArgSizeSpec(self._io, self, self._root)
            self.class_name = RunmatSnapshot.EOptString(self._io, self, self._root)
            self.validators = RunmatSnapshot.EVecRunmatVmFunctionArgValidator(self._io, self, self._root)
            self.default_value = RunmatSnapshot.EOptRunmatVmFunctionArgDefaultValue(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.size._fetch_instances()
            self.class_name._fetch_instances()
            self.validators._fetch_instances()
            self.default_value._fetch_instances()


    class EShapeInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EShapeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_shape_info/seq/0")
            _on = self.tag
            if _on == 2:
                pass
                self.payload = RunmatSnapshot.EVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 2:
                pass
                self.payload._fetch_instances()


    class ESnapshot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESnapshot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.metadata = RunmatSnapshot.ESnapshotMetadata(self._io, self, self._root)
            self.builtins = RunmatSnapshot.EBuiltinRegistry(self._io, self, self._root)
            self.hir_cache = RunmatSnapshot.EHirCache(self._io, self, self._root)
            self.bytecode_cache = RunmatSnapshot.EBytecodeCache(self._io, self, self._root)
            self.gc_presets = RunmatSnapshot.EGcPresetCache(self._io, self, self._root)
            self.optimization_hints = RunmatSnapshot.EOptimizationHints(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.metadata._fetch_instances()
            self.builtins._fetch_instances()
            self.hir_cache._fetch_instances()
            self.bytecode_cache._fetch_instances()
            self.gc_presets._fetch_instances()
            self.optimization_hints._fetch_instances()


    class ESnapshotMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESnapshotMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.created_at = RunmatSnapshot.ESystemTime(self._io, self, self._root)
            self.runmat_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.tool_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.build_config = RunmatSnapshot.EBuildConfig(self._io, self, self._root)
            self.performance_metrics = RunmatSnapshot.EPerformanceMetrics(self._io, self, self._root)
            self.feature_flags = RunmatSnapshot.EVecString(self._io, self, self._root)
            self.target_platform = RunmatSnapshot.EPlatformInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.created_at._fetch_instances()
            self.runmat_version._fetch_instances()
            self.tool_version._fetch_instances()
            self.build_config._fetch_instances()
            self.performance_metrics._fetch_instances()
            self.feature_flags._fetch_instances()
            self.target_platform._fetch_instances()


    class ESourceUnitKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESourceUnitKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 6:
                raise kaitaistruct.ValidationGreaterThanError(6, self.tag, self._io, u"/types/e_source_unit_kind/seq/0")


        def _fetch_instances(self):
            pass


    class ESpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.start = self._io.read_u8le()
            self.end = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class ESpawnSite(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESpawnSite, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.block = self._io.read_u8le()
            self.stmt_index = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class ESystemTime(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ESystemTime, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs_since_epoch = self._io.read_u8le()
            self.nanos_since_epoch = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class ETupEndExprEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupEndExprEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EEndExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupF64F64(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupF64F64, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_f8le()
            self.item1 = self._io.read_f8le()


        def _fetch_instances(self):
            pass


    class ETupHirExprBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupHirExprHirBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprHirBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirBlock(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupHirExprHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupHirExprIndexingSemantics(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprIndexingSemantics, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EIndexingSemantics(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupHirExprOperatorKindHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprOperatorKindHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EOperatorKind(self._io, self, self._root)
            self.item2 = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class ETupHirExprOptHirExprHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprOptHirExprHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EOptHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class ETupHirExprString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirExprString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupHirPlaceHirExprBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupHirPlaceHirExprBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EHirPlace(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class ETupOperatorKindHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupOperatorKindHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EOperatorKind(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupOutputTargetListHirExprBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupOutputTargetListHirExprBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EOutputTargetList(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirExpr(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()


    class ETupStringBoolBoolOptPropertyDefaultLiteralStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringBoolBoolOptPropertyDefaultLiteralStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.EOptPropertyDefaultLiteral(self._io, self, self._root)
            self.item4 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item5 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()
            self.item4._fetch_instances()
            self.item5._fetch_instances()


    class ETupStringHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EHirExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupStringStringBoolBoolBoolString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringStringBoolBoolBoolString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item2 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item3 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item4 = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.item5 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()
            self.item2._fetch_instances()
            self.item3._fetch_instances()
            self.item4._fetch_instances()
            self.item5._fetch_instances()


    class ETupStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class ETupStringUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class ETupStringVecArgSpecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupStringVecArgSpecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class ETupUsizeEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.EEndExpr(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class ETupUsizeI64(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeI64, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_s8le()


        def _fetch_instances(self):
            pass


    class ETupUsizeOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.EOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class ETupUsizeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class ETupUsizeStringUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeStringUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class ETupUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class ETupUsizeUsizeU32U32(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeUsizeU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u4le()
            self.item3 = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class ETupUsizeUsizeUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeUsizeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = self._io.read_u8le()
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class ETupUsizeVecArgSpecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupUsizeVecArgSpecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u8le()
            self.item1 = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.item2 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item1._fetch_instances()


    class ETupVecArgSpecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupVecArgSpecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EVecArgSpec(self._io, self, self._root)
            self.item1 = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()


    class ETupVecUsizeVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETupVecUsizeVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.item1 = RunmatSnapshot.EVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class EType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 13:
                raise kaitaistruct.ValidationGreaterThanError(13, self.tag, self._io, u"/types/e_type/seq/0")
            _on = self.tag
            if _on == 11:
                pass
                self.payload = RunmatSnapshot.EVecType(self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = RunmatSnapshot.ETypeStruct(self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = RunmatSnapshot.EVecType(self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = RunmatSnapshot.ETypeLogical(self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = RunmatSnapshot.ETypeTensor(self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = RunmatSnapshot.ETypeCell(self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = RunmatSnapshot.ETypeFunction(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
                self.payload._fetch_instances()
            elif _on == 13:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 5:
                pass
                self.payload._fetch_instances()
            elif _on == 7:
                pass
                self.payload._fetch_instances()
            elif _on == 8:
                pass
                self.payload._fetch_instances()


    class ETypeCell(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETypeCell, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.element_type = RunmatSnapshot.EOptType(self._io, self, self._root)
            self.length = RunmatSnapshot.EOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.element_type._fetch_instances()
            self.length._fetch_instances()


    class ETypeFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETypeFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.params = RunmatSnapshot.EVecType(self._io, self, self._root)
            self.returns = RunmatSnapshot.EType(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.params._fetch_instances()
            self.returns._fetch_instances()


    class ETypeLogical(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETypeLogical, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.shape = RunmatSnapshot.EOptVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.shape._fetch_instances()


    class ETypeStruct(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETypeStruct, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.known_fields = RunmatSnapshot.EOptVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.known_fields._fetch_instances()


    class ETypeTensor(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.ETypeTensor, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.shape = RunmatSnapshot.EOptVecOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.shape._fetch_instances()


    class EValueInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EValueInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.id = self._io.read_u4le()
            self.origin = RunmatSnapshot.EValueOrigin(self._io, self, self._root)
            self.ty = RunmatSnapshot.EType(self._io, self, self._root)
            self.shape = RunmatSnapshot.EShapeInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.origin._fetch_instances()
            self.ty._fetch_instances()
            self.shape._fetch_instances()


    class EValueOrigin(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EValueOrigin, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_value_origin/seq/0")
            _on = self.tag
            if _on == 0:
                pass
                self.payload = RunmatSnapshot.EValueOriginVariable(self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = RunmatSnapshot.EValueOriginNodeOutput(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class EValueOriginNodeOutput(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EValueOriginNodeOutput, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.node = self._io.read_u4le()
            self.output = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EValueOriginVariable(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EValueOriginVariable, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.EVarKind(self._io, self, self._root)
            self.index = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()


    class EVarBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVarBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.kind = RunmatSnapshot.EVarKind(self._io, self, self._root)
            self.index = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.kind._fetch_instances()


    class EVarKind(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVarKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/e_var_kind/seq/0")


        def _fetch_instances(self):
            pass


    class EVecAccelGraphTag(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecAccelGraphTag, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EAccelGraphTag(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecAccelNode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecAccelNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EAccelNode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecArgSpec(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecArgSpec, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EArgSpec(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecAwaitSite(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecAwaitSite, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EAwaitSite(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.BincodeBool(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecBuiltinMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecBuiltinMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EBuiltinMetadata(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecBytecodeSequence(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecBytecodeSequence, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EBytecodeSequence(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecCapturedBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecCapturedBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ECapturedBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecClassArgumentBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecClassArgumentBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EClassArgumentBlock(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecClassEnumeration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecClassEnumeration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EClassEnumeration(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecClassEvent(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecClassEvent, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EClassEvent(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecClassMethod(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecClassMethod, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EClassMethod(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecClassProperty(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecClassProperty, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EClassProperty(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecCommandArgument(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecCommandArgument, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ECommandArgument(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecDefPathSegment(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecDefPathSegment, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EDefPathSegment(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecExecutionHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecExecutionHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EExecutionHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecFusionCandidateGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecFusionCandidateGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EFusionCandidateGroup(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecFusionGroup(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecFusionGroup, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EFusionGroup(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecFusionInstructionWindow(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecFusionInstructionWindow, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EFusionInstructionWindow(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecFusionStackValueBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecFusionStackValueBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EFusionStackValueBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirBinding(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirClass(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirClass, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirClass(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirEntrypoint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirEntrypoint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirEntrypoint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirFunction(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirFunction(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirImport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirImport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirImport(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirModule(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirModule, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirModule(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirPattern(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirPattern, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirPattern(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHirStmt(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHirStmt, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHirStmt(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecHotspotBytecode(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecHotspotBytecode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EHotspotBytecode(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecIndexComponent(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecIndexComponent, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EIndexComponent(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecInstr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecInstr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EInstr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecJitHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecJitHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EJitHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecMemoryHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecMemoryHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EMemoryHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecOptEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecOptEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EOptEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecOptUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecOptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EOptUsize(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecOptVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecOptVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EOptVecSpan(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecOptimizationHint(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecOptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EOptimizationHint(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecOutputTarget(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecOutputTarget, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EOutputTarget(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecRunmatHirFunctionArgValidator(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecRunmatHirFunctionArgValidator, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ERunmatHirFunctionArgValidator(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecRunmatHirFunctionArgumentValidation(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecRunmatHirFunctionArgumentValidation, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ERunmatHirFunctionArgumentValidation(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecRunmatVmFunctionArgValidator(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecRunmatVmFunctionArgValidator, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ERunmatVmFunctionArgValidator(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecRunmatVmFunctionArgumentValidation(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecRunmatVmFunctionArgumentValidation, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ERunmatVmFunctionArgumentValidation(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecSpan(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ESpan(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecSpawnSite(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecSpawnSite, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ESpawnSite(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.BincodeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupHirExprHirBlock(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupHirExprHirBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupHirExprHirBlock(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupStringBoolBoolOptPropertyDefaultLiteralStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupStringBoolBoolOptPropertyDefaultLiteralStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupStringBoolBoolOptPropertyDefaultLiteralStringString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupStringHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupStringHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupStringHirExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupStringStringBoolBoolBoolString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupStringStringBoolBoolBoolString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupStringStringBoolBoolBoolString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupUsizeEndExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupUsizeEndExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupUsizeEndExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecTupUsizeI64(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecTupUsizeI64, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.ETupUsizeI64(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecType(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EType(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecU32(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(self._io.read_u4le())



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass



    class EVecUsize(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(self._io.read_u8le())



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass



    class EVecValueInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecValueInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EValueInfo(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecVecHirExpr(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecVecHirExpr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EVecHirExpr(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecVmCaptureSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecVmCaptureSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EVmCaptureSlot(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVecVmWorkspaceExport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVecVmWorkspaceExport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.EVmWorkspaceExport(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class EVmAssemblyLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmAssemblyLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.functions = RunmatSnapshot.EMapUsizeVmFunctionLayout(self._io, self, self._root)
            self.entrypoints = RunmatSnapshot.EMapUsizeVmEntrypointLayout(self._io, self, self._root)
            self.storage_bindings = RunmatSnapshot.EMapUsizeVmStorageBinding(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.functions._fetch_instances()
            self.entrypoints._fetch_instances()
            self.storage_bindings._fetch_instances()


    class EVmCaptureSlot(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmCaptureSlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.from_function = self._io.read_u8le()
            self.slot = self._io.read_u8le()


        def _fetch_instances(self):
            pass


    class EVmEntrypointLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmEntrypointLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.entrypoint = self._io.read_u8le()
            self.target = self._io.read_u8le()
            self.workspace_export = RunmatSnapshot.EWorkspaceExportPolicy(self._io, self, self._root)
            self.exports = RunmatSnapshot.EVecVmWorkspaceExport(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.workspace_export._fetch_instances()
            self.exports._fetch_instances()


    class EVmFrameAbi(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmFrameAbi, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.fixed_inputs = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargin = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.fixed_outputs = RunmatSnapshot.EVecUsize(self._io, self, self._root)
            self.varargout = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargin = RunmatSnapshot.EOptUsize(self._io, self, self._root)
            self.implicit_nargout = RunmatSnapshot.EOptUsize(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.fixed_inputs._fetch_instances()
            self.varargin._fetch_instances()
            self.fixed_outputs._fetch_instances()
            self.varargout._fetch_instances()
            self.implicit_nargin._fetch_instances()
            self.implicit_nargout._fetch_instances()


    class EVmFunctionLayout(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmFunctionLayout, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.function = self._io.read_u8le()
            self.display_name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.private_owner_scope = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.frame_abi = RunmatSnapshot.EVmFrameAbi(self._io, self, self._root)
            self.binding_slots = RunmatSnapshot.EMapUsizeUsize(self._io, self, self._root)
            self.mir_local_slots = RunmatSnapshot.EMapUsizeUsize(self._io, self, self._root)
            self.captures = RunmatSnapshot.EVecVmCaptureSlot(self._io, self, self._root)
            self.local_count = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.display_name._fetch_instances()
            self.private_owner_scope._fetch_instances()
            self.frame_abi._fetch_instances()
            self.binding_slots._fetch_instances()
            self.mir_local_slots._fetch_instances()
            self.captures._fetch_instances()


    class EVmStorageBinding(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmStorageBinding, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.storage = RunmatSnapshot.EBindingStorage(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.storage._fetch_instances()


    class EVmWorkspaceExport(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EVmWorkspaceExport, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.binding = self._io.read_u8le()
            self.name = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.slot = self._io.read_u8le()
            self.visibility = RunmatSnapshot.EWorkspaceVisibility(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.visibility._fetch_instances()


    class EWorkspaceExportPolicy(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EWorkspaceExportPolicy, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/e_workspace_export_policy/seq/0")


        def _fetch_instances(self):
            pass


    class EWorkspaceVisibility(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.EWorkspaceVisibility, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 3:
                raise kaitaistruct.ValidationGreaterThanError(3, self.tag, self._io, u"/types/e_workspace_visibility/seq/0")


        def _fetch_instances(self):
            pass


    class HBuildConfig(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HBuildConfig, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.optimization_level = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.debug_info = RunmatSnapshot.BincodeBool(self._io, self, self._root)
            self.compiler = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.compile_flags = RunmatSnapshot.HVecString(self._io, self, self._root)
            self.enabled_features = RunmatSnapshot.HVecString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.optimization_level._fetch_instances()
            self.debug_info._fetch_instances()
            self.compiler._fetch_instances()
            self.compile_flags._fetch_instances()
            self.enabled_features._fetch_instances()


    class HChecksumAlgorithm(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HChecksumAlgorithm, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/h_checksum_algorithm/seq/0")


        def _fetch_instances(self):
            pass


    class HChecksumInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HChecksumInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.algorithm = RunmatSnapshot.HChecksumAlgorithm(self._io, self, self._root)
            self.size = self._io.read_u8le()
            self.offset = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.algorithm._fetch_instances()


    class HCompressionAlgorithm(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HCompressionAlgorithm, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 2:
                raise kaitaistruct.ValidationGreaterThanError(2, self.tag, self._io, u"/types/h_compression_algorithm/seq/0")
            _on = self.tag
            if _on == 1:
                pass
                self.payload = RunmatSnapshot.HCompressionAlgorithmLz4(self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = RunmatSnapshot.HCompressionAlgorithmZstd(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()


    class HCompressionAlgorithmLz4(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HCompressionAlgorithmLz4, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.fast = RunmatSnapshot.BincodeBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.fast._fetch_instances()


    class HCompressionAlgorithmZstd(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HCompressionAlgorithmZstd, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.dictionary = RunmatSnapshot.HOptBytes(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dictionary._fetch_instances()


    class HCompressionInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HCompressionInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.algorithm = RunmatSnapshot.HCompressionAlgorithm(self._io, self, self._root)
            self.level = self._io.read_u4le()
            self.parameters = RunmatSnapshot.HMapStringString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.algorithm._fetch_instances()
            self.parameters._fetch_instances()


    class HDataSectionInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HDataSectionInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.compression = RunmatSnapshot.HCompressionInfo(self._io, self, self._root)
            self.uncompressed_size = self._io.read_u8le()
            self.compressed_size = self._io.read_u8le()
            self.data_offset = self._io.read_u8le()
            self.alignment = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.compression._fetch_instances()


    class HDuration(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HDuration, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs = self._io.read_u8le()
            self.nanos = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class HEndianness(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HEndianness, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u4le()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/h_endianness/seq/0")


        def _fetch_instances(self):
            pass


    class HEntryStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HEntryStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.key = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.value = RunmatSnapshot.BincodeString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class HMapStringString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HMapStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.entries = []
            for i in range(self.len):
                self.entries.append(RunmatSnapshot.HEntryStringString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class HOptBytes(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HOptBytes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/h_opt_bytes/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.BincodeBytes(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class HOptChecksumInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HOptChecksumInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/h_opt_checksum_info/seq/0")
            if self.tag == 1:
                pass
                self.value = RunmatSnapshot.HChecksumInfo(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class HPerformanceMetrics(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HPerformanceMetrics, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.creation_time = RunmatSnapshot.HDuration(self._io, self, self._root)
            self.builtin_count = self._io.read_u8le()
            self.hir_cache_entries = self._io.read_u8le()
            self.bytecode_cache_entries = self._io.read_u8le()
            self.uncompressed_size = self._io.read_u8le()
            self.compression_ratio = self._io.read_f8le()
            self.peak_memory_usage = self._io.read_u8le()


        def _fetch_instances(self):
            pass
            self.creation_time._fetch_instances()


    class HPlatformInfo(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HPlatformInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.os = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.arch = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.cpu_features = RunmatSnapshot.HVecString(self._io, self, self._root)
            self.page_size = self._io.read_u8le()
            self.cache_line_size = self._io.read_u8le()
            self.endianness = RunmatSnapshot.HEndianness(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.os._fetch_instances()
            self.arch._fetch_instances()
            self.cpu_features._fetch_instances()
            self.endianness._fetch_instances()


    class HSnapshotMetadata(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HSnapshotMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.created_at = RunmatSnapshot.HSystemTime(self._io, self, self._root)
            self.runmat_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.tool_version = RunmatSnapshot.BincodeString(self._io, self, self._root)
            self.build_config = RunmatSnapshot.HBuildConfig(self._io, self, self._root)
            self.performance_metrics = RunmatSnapshot.HPerformanceMetrics(self._io, self, self._root)
            self.feature_flags = RunmatSnapshot.HVecString(self._io, self, self._root)
            self.target_platform = RunmatSnapshot.HPlatformInfo(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.created_at._fetch_instances()
            self.runmat_version._fetch_instances()
            self.tool_version._fetch_instances()
            self.build_config._fetch_instances()
            self.performance_metrics._fetch_instances()
            self.feature_flags._fetch_instances()
            self.target_platform._fetch_instances()


    class HSystemTime(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HSystemTime, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.secs_since_epoch = self._io.read_u8le()
            self.nanos_since_epoch = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class HVecString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(RunmatSnapshot.HVecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            self.items = []
            for i in range(self.len):
                self.items.append(RunmatSnapshot.BincodeString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class SnapshotHeader(KaitaiStruct):
        def __init__(self, magic_size, _io, _parent=None, _root=None):
            super(RunmatSnapshot.SnapshotHeader, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.magic_size = magic_size
            self._read()

        def _read(self):
            self.magic = self._io.read_bytes(self.magic_size)
            self.version = self._io.read_u4le()
            self.metadata = RunmatSnapshot.HSnapshotMetadata(self._io, self, self._root)
            self.data_info = RunmatSnapshot.HDataSectionInfo(self._io, self, self._root)
            self.checksum_info = RunmatSnapshot.HOptChecksumInfo(self._io, self, self._root)
            self.header_size = self._io.read_u4le()


        def _fetch_instances(self):
            pass
            self.metadata._fetch_instances()
            self.data_info._fetch_instances()
            self.checksum_info._fetch_instances()


    @property
    def body_bytes(self):
        """The decompressed payload (bincode of `Snapshot`)."""
        if hasattr(self, '_m_body_bytes'):
            return self._m_body_bytes

        _pos = self._io.pos()
        self._io.seek(self.data_start)
        self._raw__m_body_bytes = self._io.read_bytes(self.header.data_info.compressed_size)
        _process = binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.RunmatPayload(self.header.data_info.compression.algorithm.tag, self.header.data_info.compression.parameters, self.max_body_size)
        self._m_body_bytes = _process.decode(self._raw__m_body_bytes)
        self._io.seek(_pos)
        return getattr(self, '_m_body_bytes', None)

    @property
    def body_c(self):
        """The era-C body (releases 0.4.4 – 0.4.9)."""
        if hasattr(self, '_m_body_c'):
            return self._m_body_c

        if self.era == 3:
            pass
            _pos = self._io.pos()
            self._io.seek(self.data_start)
            self._raw__raw__m_body_c = self._io.read_bytes(self.header.data_info.compressed_size)
            _process = binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.RunmatPayload(self.header.data_info.compression.algorithm.tag, self.header.data_info.compression.parameters, self.max_body_size)
            self._raw__m_body_c = _process.decode(self._raw__raw__m_body_c)
            _io__raw__m_body_c = KaitaiStream(BytesIO(self._raw__m_body_c))
            self._m_body_c = RunmatSnapshot.CSnapshot(_io__raw__m_body_c, self, self._root)
            self._io.seek(_pos)

        return getattr(self, '_m_body_c', None)

    @property
    def body_e(self):
        """The v0.5.6 body."""
        if hasattr(self, '_m_body_e'):
            return self._m_body_e

        if self.release == u"0.5.6":
            pass
            _pos = self._io.pos()
            self._io.seek(self.data_start)
            self._raw__raw__m_body_e = self._io.read_bytes(self.header.data_info.compressed_size)
            _process = binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.RunmatPayload(self.header.data_info.compression.algorithm.tag, self.header.data_info.compression.parameters, self.max_body_size)
            self._raw__m_body_e = _process.decode(self._raw__raw__m_body_e)
            _io__raw__m_body_e = KaitaiStream(BytesIO(self._raw__m_body_e))
            self._m_body_e = RunmatSnapshot.ESnapshot(_io__raw__m_body_e, self, self._root)
            self._io.seek(_pos)

        return getattr(self, '_m_body_e', None)

    @property
    def checksum(self):
        if hasattr(self, '_m_checksum'):
            return self._m_checksum

        if self.has_checksum:
            pass
            _pos = self._io.pos()
            self._io.seek(self.data_start + self.header.data_info.compressed_size)
            self._m_checksum = self._io.read_bytes(32)
            self._io.seek(_pos)

        return getattr(self, '_m_checksum', None)

    @property
    def data_start(self):
        """data_offset, or 4 + H when it is 0 (every loader falls back to it)."""
        if hasattr(self, '_m_data_start'):
            return self._m_data_start

        self._m_data_start = (4 + self.header_length if self.header.data_info.data_offset == 0 else self.header.data_info.data_offset)
        return getattr(self, '_m_data_start', None)

    @property
    def era(self):
        """1–5 for eras A–E, 0 for a release of no known era."""
        if hasattr(self, '_m_era'):
            return self._m_era

        self._m_era = (1 if self.era_a else (2 if self.era_b else (3 if self.era_c else (4 if self.era_d else (5 if self.era_e else 0)))))
        return getattr(self, '_m_era', None)

    @property
    def era_a(self):
        if hasattr(self, '_m_era_a'):
            return self._m_era_a

        self._m_era_a =  ((self.release == u"0.0.0") or (self.release == u"0.0.1") or (self.release == u"0.0.2") or (self.release == u"0.0.3") or (self.release == u"0.0.4") or (self.release == u"0.0.5") or (self.release == u"0.0.6") or (self.release == u"0.0.7") or (self.release == u"0.0.8") or (self.release == u"0.0.9") or (self.release == u"0.0.10") or (self.release == u"0.0.11") or (self.release == u"0.0.12") or (self.release == u"0.0.13") or (self.release == u"0.0.14") or (self.release == u"0.0.15") or (self.release == u"0.0.16") or (self.release == u"0.0.17") or (self.release == u"0.0.18") or (self.release == u"0.0.19") or (self.release == u"0.0.20") or (self.release == u"0.1.0") or (self.release == u"0.1.1") or (self.release == u"0.1.2") or (self.release == u"0.1.3") or (self.release == u"0.1.4") or (self.release == u"0.1.5") or (self.release == u"0.1.6") or (self.release == u"0.1.7") or (self.release == u"0.1.8") or (self.release == u"0.1.9") or (self.release == u"0.1.10") or (self.release == u"0.1.11") or (self.release == u"0.1.12") or (self.release == u"0.1.13") or (self.release == u"0.1.14") or (self.release == u"0.1.15") or (self.release == u"0.1.16") or (self.release == u"0.1.17") or (self.release == u"0.1.18") or (self.release == u"0.1.19") or (self.release == u"0.1.20") or (self.release == u"0.2.0") or (self.release == u"0.2.1") or (self.release == u"0.2.2") or (self.release == u"0.2.3") or (self.release == u"0.2.4") or (self.release == u"0.2.5") or (self.release == u"0.2.6") or (self.release == u"0.2.7") or (self.release == u"0.2.8")) 
        return getattr(self, '_m_era_a', None)

    @property
    def era_b(self):
        if hasattr(self, '_m_era_b'):
            return self._m_era_b

        self._m_era_b =  ((self.release == u"0.3.0") or (self.release == u"0.3.1") or (self.release == u"0.3.2") or (self.release == u"0.3.3") or (self.release == u"0.3.4") or (self.release == u"0.3.5") or (self.release == u"0.3.6") or (self.release == u"0.3.7") or (self.release == u"0.3.8") or (self.release == u"0.3.9") or (self.release == u"0.3.10") or (self.release == u"0.3.11") or (self.release == u"0.3.12") or (self.release == u"0.3.13") or (self.release == u"0.3.14") or (self.release == u"0.3.15") or (self.release == u"0.3.16") or (self.release == u"0.3.17") or (self.release == u"0.3.18") or (self.release == u"0.3.19") or (self.release == u"0.3.20") or (self.release == u"0.4.0") or (self.release == u"0.4.1")) 
        return getattr(self, '_m_era_b', None)

    @property
    def era_c(self):
        if hasattr(self, '_m_era_c'):
            return self._m_era_c

        self._m_era_c =  ((self.release == u"0.4.4") or (self.release == u"0.4.5") or (self.release == u"0.4.6") or (self.release == u"0.4.7") or (self.release == u"0.4.8") or (self.release == u"0.4.9")) 
        return getattr(self, '_m_era_c', None)

    @property
    def era_d(self):
        if hasattr(self, '_m_era_d'):
            return self._m_era_d

        self._m_era_d = self.release == u"0.5.0"
        return getattr(self, '_m_era_d', None)

    @property
    def era_e(self):
        if hasattr(self, '_m_era_e'):
            return self._m_era_e

        self._m_era_e =  ((self.release == u"0.5.2") or (self.release == u"0.5.3") or (self.release == u"0.5.4") or (self.release == u"0.5.5") or (self.release == u"0.5.6")) 
        return getattr(self, '_m_era_e', None)

    @property
    def has_checksum(self):
        if hasattr(self, '_m_has_checksum'):
            return self._m_has_checksum

        self._m_has_checksum =  ((self.header.checksum_info.tag == 1) and (self._io.size() >= (self.data_start + self.header.data_info.compressed_size) + 32)) 
        return getattr(self, '_m_has_checksum', None)

    @property
    def is_runmat(self):
        if hasattr(self, '_m_is_runmat'):
            return self._m_is_runmat

        self._m_is_runmat =  ((self._io.size() >= 11) and (self.magic7 == b"\x52\x55\x4E\x4D\x41\x54\x00")) 
        return getattr(self, '_m_is_runmat', None)

    @property
    def is_rustmat(self):
        if hasattr(self, '_m_is_rustmat'):
            return self._m_is_rustmat

        self._m_is_rustmat =  ((self._io.size() >= 12) and (self.magic8 == b"\x52\x55\x53\x54\x4D\x41\x54\x01")) 
        return getattr(self, '_m_is_rustmat', None)

    @property
    def magic7(self):
        if hasattr(self, '_m_magic7'):
            return self._m_magic7

        if self._io.size() >= 11:
            pass
            _pos = self._io.pos()
            self._io.seek(4)
            self._m_magic7 = self._io.read_bytes(7)
            self._io.seek(_pos)

        return getattr(self, '_m_magic7', None)

    @property
    def magic8(self):
        if hasattr(self, '_m_magic8'):
            return self._m_magic8

        if self._io.size() >= 12:
            pass
            _pos = self._io.pos()
            self._io.seek(4)
            self._m_magic8 = self._io.read_bytes(8)
            self._io.seek(_pos)

        return getattr(self, '_m_magic8', None)

    @property
    def max_body_size(self):
        """Largest decompressed body a reader must support."""
        if hasattr(self, '_m_max_body_size'):
            return self._m_max_body_size

        self._m_max_body_size = 67108864
        return getattr(self, '_m_max_body_size', None)

    @property
    def payload(self):
        if hasattr(self, '_m_payload'):
            return self._m_payload

        _pos = self._io.pos()
        self._io.seek(self.data_start)
        self._m_payload = self._io.read_bytes(self.header.data_info.compressed_size)
        self._io.seek(_pos)
        return getattr(self, '_m_payload', None)

    @property
    def release(self):
        if hasattr(self, '_m_release'):
            return self._m_release

        self._m_release = self.header.metadata.runmat_version.value
        return getattr(self, '_m_release', None)



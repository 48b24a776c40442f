# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import KaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Rzb(KaitaiStruct):
    """A `.rzb` file is `zstd_frame(P)` or `P`, where P is the postcard 1.x encoding of `RayzorBundle`. A file
    starting with the zstd frame magic `28 B5 2F FD` is one zstd stream (the `compressed` flag is only
    informational); this spec describes P, which a reader decompresses first (Kaitai has no zstd routine).
    
    No field tells the seven layout generations S0 … S6 apart (`version` is 1 in all of them), so the spec
    takes the generation as a parameter: 0 for S0 … 6 for S6. A field or a variant that only some
    generations have carries an `if:` (or a conditional bound) on `_root.generation`. A file's generations
    are those under which this spec parses P using every byte (`_io.pos == _io.size` at the end): a reader
    parses once per generation and keeps the ones that end there (spec clause rzb.generation.detect).
    
    As upstream's loader at the pin does, the body is read before magic and version are checked
    (`magic_ok`, `version_ok` come last). Every type of the tree between the generated markers follows one
    rule per type node (formats.ksy.KsyTypes): a struct carries its field names; `Vec<T>` is `vec_*`
    (`len`, `items`); a map `map_*` (`len`, `entries` of `key`, `value`); `Option<T>` is `opt_*` (`tag`,
    `value`); a tuple `tup_*` (`item0`, …); `String` is `postcard_string`; `bool` is `postcard_bool`;
    integers wider than 8 bits are `postcard_varint` (signed ones zigzag-mapped); an enum has `tag` (checked
    against its variant count) and `payload`. Every type takes its nesting level as a parameter and a named
    type checks it against max_depth (the level of a newtype's integer is checked by the reader of the parse).
    
    .. seealso::
       spec/formats/rzb.md
    """
    def __init__(self, generation, _io, _parent=None, _root=None):
        super(Rzb, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self.generation = generation
        self._read()

    def _read(self):
        self.bundle = Rzb.RayzorBundle(1, self._io, self, self._root)
        self.magic_ok = self._io.read_bytes(0)
        _ = self.magic_ok
        if not self.bundle.magic == b"\x52\x5A\x42\x46":
            raise kaitaistruct.ValidationExprError(self.magic_ok, self._io, u"/seq/1")
        self.version_ok = self._io.read_bytes(0)
        _ = self.version_ok
        if not self.bundle.version.value == 1:
            raise kaitaistruct.ValidationExprError(self.version_ok, self._io, u"/seq/2")


    def _fetch_instances(self):
        pass
        self.bundle._fetch_instances()

    class AllocationHint(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.AllocationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/allocation_hint/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/allocation_hint/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class BinaryOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BinaryOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/binary_op/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not (self.tag.value <= 14 if self._root.generation <= 2 else self.tag.value <= 15):
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/binary_op/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class BladeAbstractInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeAbstractInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_abstract_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.package = Rzb.VecString(self.depth, self._io, self, self._root)
            self.type_params = Rzb.VecString(self.depth, self._io, self, self._root)
            self.underlying_type = Rzb.PostcardString(self._io, self, self._root)
            self.forward_fields = Rzb.VecString(self.depth, self._io, self, self._root)
            self.from_types = Rzb.VecString(self.depth, self._io, self, self._root)
            self.to_types = Rzb.VecString(self.depth, self._io, self, self._root)
            self.methods = Rzb.VecBladeMethodInfo(self.depth, self._io, self, self._root)
            self.static_methods = Rzb.VecBladeMethodInfo(self.depth, self._io, self, self._root)
            self.native_name = Rzb.OptString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.package._fetch_instances()
            self.type_params._fetch_instances()
            self.underlying_type._fetch_instances()
            self.forward_fields._fetch_instances()
            self.from_types._fetch_instances()
            self.to_types._fetch_instances()
            self.methods._fetch_instances()
            self.static_methods._fetch_instances()
            self.native_name._fetch_instances()


    class BladeClassInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeClassInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_class_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.package = Rzb.VecString(self.depth, self._io, self, self._root)
            self.extends = Rzb.OptString(self.depth, self._io, self, self._root)
            self.implements = Rzb.VecString(self.depth, self._io, self, self._root)
            self.type_params = Rzb.VecString(self.depth, self._io, self, self._root)
            self.is_extern = Rzb.PostcardBool(self._io, self, self._root)
            self.is_abstract = Rzb.PostcardBool(self._io, self, self._root)
            self.is_final = Rzb.PostcardBool(self._io, self, self._root)
            self.fields = Rzb.VecBladeFieldInfo(self.depth, self._io, self, self._root)
            self.methods = Rzb.VecBladeMethodInfo(self.depth, self._io, self, self._root)
            self.static_fields = Rzb.VecBladeFieldInfo(self.depth, self._io, self, self._root)
            self.static_methods = Rzb.VecBladeMethodInfo(self.depth, self._io, self, self._root)
            self.constructor = Rzb.OptBladeMethodInfo(self.depth, self._io, self, self._root)
            self.native_name = Rzb.OptString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.package._fetch_instances()
            self.extends._fetch_instances()
            self.implements._fetch_instances()
            self.type_params._fetch_instances()
            self.is_extern._fetch_instances()
            self.is_abstract._fetch_instances()
            self.is_final._fetch_instances()
            self.fields._fetch_instances()
            self.methods._fetch_instances()
            self.static_fields._fetch_instances()
            self.static_methods._fetch_instances()
            self.constructor._fetch_instances()
            self.native_name._fetch_instances()


    class BladeEnumInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeEnumInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_enum_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.package = Rzb.VecString(self.depth, self._io, self, self._root)
            self.type_params = Rzb.VecString(self.depth, self._io, self, self._root)
            self.variants = Rzb.VecBladeEnumVariantInfo(self.depth, self._io, self, self._root)
            self.is_extern = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.package._fetch_instances()
            self.type_params._fetch_instances()
            self.variants._fetch_instances()
            self.is_extern._fetch_instances()


    class BladeEnumVariantInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeEnumVariantInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_enum_variant_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.params = Rzb.VecBladeParamInfo(self.depth, self._io, self, self._root)
            self.index = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.params._fetch_instances()
            self.index._fetch_instances()


    class BladeFieldInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeFieldInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_field_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.field_type = Rzb.PostcardString(self._io, self, self._root)
            self.is_public = Rzb.PostcardBool(self._io, self, self._root)
            self.is_static = Rzb.PostcardBool(self._io, self, self._root)
            self.is_final = Rzb.PostcardBool(self._io, self, self._root)
            self.has_default = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.field_type._fetch_instances()
            self.is_public._fetch_instances()
            self.is_static._fetch_instances()
            self.is_final._fetch_instances()
            self.has_default._fetch_instances()


    class BladeMethodInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeMethodInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_method_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.params = Rzb.VecBladeParamInfo(self.depth, self._io, self, self._root)
            self.return_type = Rzb.PostcardString(self._io, self, self._root)
            self.is_public = Rzb.PostcardBool(self._io, self, self._root)
            self.is_static = Rzb.PostcardBool(self._io, self, self._root)
            self.is_inline = Rzb.PostcardBool(self._io, self, self._root)
            self.type_params = Rzb.VecString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.params._fetch_instances()
            self.return_type._fetch_instances()
            self.is_public._fetch_instances()
            self.is_static._fetch_instances()
            self.is_inline._fetch_instances()
            self.type_params._fetch_instances()


    class BladeModuleSymbols(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeModuleSymbols, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_module_symbols/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.source_path = Rzb.PostcardString(self._io, self, self._root)
            self.source_hash = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.types = Rzb.BladeTypeInfo(self.depth + 1, self._io, self, self._root)
            self.dependencies = Rzb.VecString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.source_path._fetch_instances()
            self.source_hash._fetch_instances()
            self.types._fetch_instances()
            self.dependencies._fetch_instances()


    class BladeParamInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeParamInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_param_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.param_type = Rzb.PostcardString(self._io, self, self._root)
            self.has_default = Rzb.PostcardBool(self._io, self, self._root)
            self.is_optional = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.param_type._fetch_instances()
            self.has_default._fetch_instances()
            self.is_optional._fetch_instances()


    class BladeSymbolManifest(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeSymbolManifest, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_symbol_manifest/seq/0")
            self.magic = self._io.read_bytes(4)
            self.version = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.compiler_version = Rzb.PostcardString(self._io, self, self._root)
            self.build_timestamp = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.modules = Rzb.VecBladeModuleSymbols(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.version._fetch_instances()
            self.compiler_version._fetch_instances()
            self.build_timestamp._fetch_instances()
            self.modules._fetch_instances()


    class BladeTypeAliasInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeTypeAliasInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_type_alias_info/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.package = Rzb.VecString(self.depth, self._io, self, self._root)
            self.type_params = Rzb.VecString(self.depth, self._io, self, self._root)
            self.target_type = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.package._fetch_instances()
            self.type_params._fetch_instances()
            self.target_type._fetch_instances()


    class BladeTypeInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BladeTypeInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/blade_type_info/seq/0")
            self.classes = Rzb.VecBladeClassInfo(self.depth, self._io, self, self._root)
            self.enums = Rzb.VecBladeEnumInfo(self.depth, self._io, self, self._root)
            self.type_aliases = Rzb.VecBladeTypeAliasInfo(self.depth, self._io, self, self._root)
            self.abstracts = Rzb.VecBladeAbstractInfo(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.classes._fetch_instances()
            self.enums._fetch_instances()
            self.type_aliases._fetch_instances()
            self.abstracts._fetch_instances()


    class BlockMetadata(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BlockMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/block_metadata/seq/0")
            self.frequency_hint = Rzb.OptU8(self.depth, self._io, self, self._root)
            self.is_loop_header = Rzb.PostcardBool(self._io, self, self._root)
            self.in_exception_handler = Rzb.PostcardBool(self._io, self, self._root)
            self.optimization_hints = Rzb.VecOptimizationHint(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.frequency_hint._fetch_instances()
            self.is_loop_header._fetch_instances()
            self.in_exception_handler._fetch_instances()
            self.optimization_hints._fetch_instances()


    class BundleBuildInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BundleBuildInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/bundle_build_info/seq/0")
            self.compiler_version = Rzb.PostcardString(self._io, self, self._root)
            self.build_timestamp = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.target_platform = Rzb.PostcardString(self._io, self, self._root)
            self.source_files = Rzb.VecString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.compiler_version._fetch_instances()
            self.build_timestamp._fetch_instances()
            self.target_platform._fetch_instances()
            self.source_files._fetch_instances()


    class BundleFlags(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.BundleFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/bundle_flags/seq/0")
            self.compressed = Rzb.PostcardBool(self._io, self, self._root)
            self.debug_info = Rzb.PostcardBool(self._io, self, self._root)
            self.source_maps = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.compressed._fetch_instances()
            self.debug_info._fetch_instances()
            self.source_maps._fetch_instances()


    class CallingConvention(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.CallingConvention, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/calling_convention/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/calling_convention/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class CompareOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.CompareOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/compare_op/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 17:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/compare_op/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class DebugInfoLevel(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.DebugInfoLevel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/debug_info_level/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 2:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/debug_info_level/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class EntryStringString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardString(self._io, self, self._root)
            self.value = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryStringU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryStringU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardString(self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrBasicBlock(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrBasicBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrBasicBlock(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrExternFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrExternFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrExternFunction(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrFunction(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrGlobal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrGlobal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrGlobal(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrLocal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrLocal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrLocal(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32IrTypeDef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32IrTypeDef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrTypeDef(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32String(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32String, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class EntryU32U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.EntryU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class FunctionAttributes(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.FunctionAttributes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/function_attributes/seq/0")
            self.linkage = Rzb.Linkage(self.depth + 1, self._io, self, self._root)
            self.inline = Rzb.InlineHint(self.depth + 1, self._io, self, self._root)
            self.pure = Rzb.PostcardBool(self._io, self, self._root)
            self.no_return = Rzb.PostcardBool(self._io, self, self._root)
            self.optimize_size = Rzb.PostcardBool(self._io, self, self._root)
            self.custom = Rzb.MapStringString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.linkage._fetch_instances()
            self.inline._fetch_instances()
            self.pure._fetch_instances()
            self.no_return._fetch_instances()
            self.optimize_size._fetch_instances()
            self.custom._fetch_instances()


    class FunctionKind(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.FunctionKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/function_kind/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/function_kind/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class InlineHint(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.InlineHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/inline_hint/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/inline_hint/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class IrBasicBlock(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrBasicBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_basic_block/seq/0")
            self.id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.label = Rzb.OptString(self.depth, self._io, self, self._root)
            self.instructions = Rzb.VecIrInstruction(self.depth, self._io, self, self._root)
            self.terminator = Rzb.IrTerminator(self.depth + 1, self._io, self, self._root)
            self.phi_nodes = Rzb.VecIrPhiNode(self.depth, self._io, self, self._root)
            self.source_location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)
            self.predecessors = Rzb.VecU32(self.depth, self._io, self, self._root)
            self.metadata = Rzb.BlockMetadata(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.id._fetch_instances()
            self.label._fetch_instances()
            self.instructions._fetch_instances()
            self.terminator._fetch_instances()
            self.phi_nodes._fetch_instances()
            self.source_location._fetch_instances()
            self.predecessors._fetch_instances()
            self.metadata._fetch_instances()


    class IrControlFlowGraph(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrControlFlowGraph, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_control_flow_graph/seq/0")
            self.blocks = Rzb.MapU32IrBasicBlock(self.depth, self._io, self, self._root)
            self.entry_block = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.next_block_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.blocks._fetch_instances()
            self.entry_block._fetch_instances()
            self.next_block_id._fetch_instances()


    class IrEnumVariant(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrEnumVariant, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_enum_variant/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.discriminant = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fields = Rzb.VecIrField(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.discriminant._fetch_instances()
            self.fields._fetch_instances()


    class IrExternFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrExternFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_extern_function/seq/0")
            self.id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.symbol_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.signature = Rzb.IrFunctionSignature(self.depth + 1, self._io, self, self._root)
            self.source = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.id._fetch_instances()
            self.name._fetch_instances()
            self.symbol_id._fetch_instances()
            self.signature._fetch_instances()
            self.source._fetch_instances()


    class IrField(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrField, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_field/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.offset = Rzb.OptU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.ty._fetch_instances()
            self.offset._fetch_instances()


    class IrFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_function/seq/0")
            self.id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.symbol_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.qualified_name = Rzb.OptString(self.depth, self._io, self, self._root)
            self.signature = Rzb.IrFunctionSignature(self.depth + 1, self._io, self, self._root)
            self.cfg = Rzb.IrControlFlowGraph(self.depth + 1, self._io, self, self._root)
            self.locals = Rzb.MapU32IrLocal(self.depth, self._io, self, self._root)
            self.register_types = Rzb.MapU32IrType(self.depth, self._io, self, self._root)
            self.attributes = Rzb.FunctionAttributes(self.depth + 1, self._io, self, self._root)
            self.kind = Rzb.FunctionKind(self.depth + 1, self._io, self, self._root)
            self.source_location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)
            self.next_reg_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            if self._root.generation >= 2:
                pass
                self.type_param_tag_fixups = Rzb.VecTupU32String(self.depth, self._io, self, self._root)

            if self._root.generation >= 6:
                pass
                self.wasm_export = Rzb.PostcardBool(self._io, self, self._root)

            if self._root.generation >= 6:
                pass
                self.js_import = Rzb.OptTupStringString(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            self.id._fetch_instances()
            self.symbol_id._fetch_instances()
            self.name._fetch_instances()
            self.qualified_name._fetch_instances()
            self.signature._fetch_instances()
            self.cfg._fetch_instances()
            self.locals._fetch_instances()
            self.register_types._fetch_instances()
            self.attributes._fetch_instances()
            self.kind._fetch_instances()
            self.source_location._fetch_instances()
            self.next_reg_id._fetch_instances()
            if self._root.generation >= 2:
                pass
                self.type_param_tag_fixups._fetch_instances()

            if self._root.generation >= 6:
                pass
                self.wasm_export._fetch_instances()

            if self._root.generation >= 6:
                pass
                self.js_import._fetch_instances()



    class IrFunctionSignature(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrFunctionSignature, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_function_signature/seq/0")
            self.parameters = Rzb.VecIrParameter(self.depth, self._io, self, self._root)
            self.return_type = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.calling_convention = Rzb.CallingConvention(self.depth + 1, self._io, self, self._root)
            self.can_throw = Rzb.PostcardBool(self._io, self, self._root)
            self.type_params = Rzb.VecIrTypeParam(self.depth, self._io, self, self._root)
            self.uses_sret = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.parameters._fetch_instances()
            self.return_type._fetch_instances()
            self.calling_convention._fetch_instances()
            self.can_throw._fetch_instances()
            self.type_params._fetch_instances()
            self.uses_sret._fetch_instances()


    class IrGlobal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrGlobal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_global/seq/0")
            self.id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.symbol_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.initializer = Rzb.OptIrValue(self.depth, self._io, self, self._root)
            self.mutable = Rzb.PostcardBool(self._io, self, self._root)
            self.linkage = Rzb.Linkage(self.depth + 1, self._io, self, self._root)
            self.alignment = Rzb.OptU32(self.depth, self._io, self, self._root)
            self.source_location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.id._fetch_instances()
            self.name._fetch_instances()
            self.symbol_id._fetch_instances()
            self.ty._fetch_instances()
            self.initializer._fetch_instances()
            self.mutable._fetch_instances()
            self.linkage._fetch_instances()
            self.alignment._fetch_instances()
            self.source_location._fetch_instances()


    class IrInstruction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstruction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_instruction/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 55:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ir_instruction/seq/2")
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload = Rzb.IrInstructionConst(self.depth, self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = Rzb.IrInstructionCopy(self.depth, self._io, self, self._root)
            elif _on == 10:
                pass
                self.payload = Rzb.IrInstructionStoreGlobal(self.depth, self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = Rzb.IrInstructionBinOp(self.depth, self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = Rzb.IrInstructionUnOp(self.depth, self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = Rzb.IrInstructionCmp(self.depth, self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = Rzb.IrInstructionJump(self.depth, self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = Rzb.IrInstructionBranch(self.depth, self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = Rzb.IrInstructionSwitch(self.depth, self._io, self, self._root)
            elif _on == 17:
                pass
                self.payload = Rzb.IrInstructionCallDirect(self.depth, self._io, self, self._root)
            elif _on == 18:
                pass
                self.payload = Rzb.IrInstructionCallIndirect(self.depth, self._io, self, self._root)
            elif _on == 19:
                pass
                self.payload = Rzb.IrInstructionReturn(self.depth, self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = Rzb.IrInstructionMove(self.depth, self._io, self, self._root)
            elif _on == 20:
                pass
                self.payload = Rzb.IrInstructionAlloc(self.depth, self._io, self, self._root)
            elif _on == 21:
                pass
                self.payload = Rzb.IrInstructionFree(self.depth, self._io, self, self._root)
            elif _on == 22:
                pass
                self.payload = Rzb.IrInstructionGetElementPtr(self.depth, self._io, self, self._root)
            elif _on == 23:
                pass
                self.payload = Rzb.IrInstructionMemCopy(self.depth, self._io, self, self._root)
            elif _on == 24:
                pass
                self.payload = Rzb.IrInstructionMemSet(self.depth, self._io, self, self._root)
            elif _on == 25:
                pass
                self.payload = Rzb.IrInstructionCast(self.depth, self._io, self, self._root)
            elif _on == 26:
                pass
                self.payload = Rzb.IrInstructionBitCast(self.depth, self._io, self, self._root)
            elif _on == 27:
                pass
                self.payload = Rzb.IrInstructionThrow(self.depth, self._io, self, self._root)
            elif _on == 28:
                pass
                self.payload = Rzb.IrInstructionLandingPad(self.depth, self._io, self, self._root)
            elif _on == 29:
                pass
                self.payload = Rzb.IrInstructionResume(self.depth, self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = Rzb.IrInstructionBorrowImmutable(self.depth, self._io, self, self._root)
            elif _on == 30:
                pass
                self.payload = Rzb.IrInstructionPhi(self.depth, self._io, self, self._root)
            elif _on == 31:
                pass
                self.payload = Rzb.IrInstructionSelect(self.depth, self._io, self, self._root)
            elif _on == 32:
                pass
                self.payload = Rzb.IrInstructionExtractValue(self.depth, self._io, self, self._root)
            elif _on == 33:
                pass
                self.payload = Rzb.IrInstructionInsertValue(self.depth, self._io, self, self._root)
            elif _on == 34:
                pass
                self.payload = Rzb.IrInstructionMakeClosure(self.depth, self._io, self, self._root)
            elif _on == 35:
                pass
                self.payload = Rzb.IrInstructionClosureFunc(self.depth, self._io, self, self._root)
            elif _on == 36:
                pass
                self.payload = Rzb.IrInstructionClosureEnv(self.depth, self._io, self, self._root)
            elif _on == 37:
                pass
                self.payload = Rzb.IrInstructionCreateUnion(self.depth, self._io, self, self._root)
            elif _on == 38:
                pass
                self.payload = Rzb.IrInstructionExtractDiscriminant(self.depth, self._io, self, self._root)
            elif _on == 39:
                pass
                self.payload = Rzb.IrInstructionExtractUnionValue(self.depth, self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = Rzb.IrInstructionBorrowMutable(self.depth, self._io, self, self._root)
            elif _on == 40:
                pass
                self.payload = Rzb.IrInstructionCreateStruct(self.depth, self._io, self, self._root)
            elif _on == 41:
                pass
                self.payload = Rzb.IrInstructionPtrAdd(self.depth, self._io, self, self._root)
            elif _on == 42:
                pass
                self.payload = Rzb.IrInstructionUndef(self.depth, self._io, self, self._root)
            elif _on == 43:
                pass
                self.payload = Rzb.IrInstructionFunctionRef(self.depth, self._io, self, self._root)
            elif _on == 44:
                pass
                self.payload = Rzb.IrInstructionPanic(self.depth, self._io, self, self._root)
            elif _on == 45:
                pass
                self.payload = Rzb.IrInstructionDebugLoc(self.depth, self._io, self, self._root)
            elif _on == 46:
                pass
                self.payload = Rzb.IrInstructionInlineAsm(self.depth, self._io, self, self._root)
            elif _on == 47:
                pass
                self.payload = Rzb.IrInstructionVectorLoad(self.depth, self._io, self, self._root)
            elif _on == 48:
                pass
                self.payload = Rzb.IrInstructionVectorStore(self.depth, self._io, self, self._root)
            elif _on == 49:
                pass
                self.payload = Rzb.IrInstructionVectorBinOp(self.depth, self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = Rzb.IrInstructionClone(self.depth, self._io, self, self._root)
            elif _on == 50:
                pass
                self.payload = Rzb.IrInstructionVectorSplat(self.depth, self._io, self, self._root)
            elif _on == 51:
                pass
                self.payload = Rzb.IrInstructionVectorExtract(self.depth, self._io, self, self._root)
            elif _on == 52:
                pass
                self.payload = Rzb.IrInstructionVectorInsert(self.depth, self._io, self, self._root)
            elif _on == 53:
                pass
                self.payload = Rzb.IrInstructionVectorReduce(self.depth, self._io, self, self._root)
            elif _on == 54:
                pass
                self.payload = Rzb.IrInstructionVectorUnaryOp(self.depth, self._io, self, self._root)
            elif _on == 55:
                pass
                self.payload = Rzb.IrInstructionVectorMinMax(self.depth, self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = Rzb.IrInstructionEndBorrow(self.depth, self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = Rzb.IrInstructionLoad(self.depth, self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = Rzb.IrInstructionStore(self.depth, self._io, self, self._root)
            elif _on == 9:
                pass
                self.payload = Rzb.IrInstructionLoadGlobal(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
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
                self.payload._fetch_instances()
            elif _on == 21:
                pass
                self.payload._fetch_instances()
            elif _on == 22:
                pass
                self.payload._fetch_instances()
            elif _on == 23:
                pass
                self.payload._fetch_instances()
            elif _on == 24:
                pass
                self.payload._fetch_instances()
            elif _on == 25:
                pass
                self.payload._fetch_instances()
            elif _on == 26:
                pass
                self.payload._fetch_instances()
            elif _on == 27:
                pass
                self.payload._fetch_instances()
            elif _on == 28:
                pass
                self.payload._fetch_instances()
            elif _on == 29:
                pass
                self.payload._fetch_instances()
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 30:
                pass
                self.payload._fetch_instances()
            elif _on == 31:
                pass
                self.payload._fetch_instances()
            elif _on == 32:
                pass
                self.payload._fetch_instances()
            elif _on == 33:
                pass
                self.payload._fetch_instances()
            elif _on == 34:
                pass
                self.payload._fetch_instances()
            elif _on == 35:
                pass
                self.payload._fetch_instances()
            elif _on == 36:
                pass
                self.payload._fetch_instances()
            elif _on == 37:
                pass
                self.payload._fetch_instances()
            elif _on == 38:
                pass
                self.payload._fetch_instances()
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
                self.payload._fetch_instances()
            elif _on == 50:
                pass
                self.payload._fetch_instances()
            elif _on == 51:
                pass
                self.payload._fetch_instances()
            elif _on == 52:
                pass
                self.payload._fetch_instances()
            elif _on == 53:
                pass
                self.payload._fetch_instances()
            elif _on == 54:
                pass
                self.payload._fetch_instances()
            elif _on == 55:
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


    class IrInstructionAlloc(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionAlloc, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.count = Rzb.OptU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ty._fetch_instances()
            self.count._fetch_instances()


    class IrInstructionBinOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionBinOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.BinaryOp(self.depth + 1, self._io, self, self._root)
            self.left = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.right = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.left._fetch_instances()
            self.right._fetch_instances()


    class IrInstructionBitCast(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionBitCast, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionBorrowImmutable(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionBorrowImmutable, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.lifetime = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()
            self.lifetime._fetch_instances()


    class IrInstructionBorrowMutable(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionBorrowMutable, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.lifetime = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()
            self.lifetime._fetch_instances()


    class IrInstructionBranch(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionBranch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.condition = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.true_target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.false_target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.condition._fetch_instances()
            self.true_target._fetch_instances()
            self.false_target._fetch_instances()


    class IrInstructionCallDirect(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCallDirect, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.OptU32(self.depth, self._io, self, self._root)
            self.func_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.args = Rzb.VecU32(self.depth, self._io, self, self._root)
            self.arg_ownership = Rzb.VecOwnershipMode(self.depth, self._io, self, self._root)
            self.type_args = Rzb.VecIrType(self.depth, self._io, self, self._root)
            self.is_tail_call = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.func_id._fetch_instances()
            self.args._fetch_instances()
            self.arg_ownership._fetch_instances()
            self.type_args._fetch_instances()
            self.is_tail_call._fetch_instances()


    class IrInstructionCallIndirect(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCallIndirect, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.OptU32(self.depth, self._io, self, self._root)
            self.func_ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.args = Rzb.VecU32(self.depth, self._io, self, self._root)
            self.signature = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.arg_ownership = Rzb.VecOwnershipMode(self.depth, self._io, self, self._root)
            self.is_tail_call = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.func_ptr._fetch_instances()
            self.args._fetch_instances()
            self.signature._fetch_instances()
            self.arg_ownership._fetch_instances()
            self.is_tail_call._fetch_instances()


    class IrInstructionCast(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCast, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.from_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.to_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()
            self.from_ty._fetch_instances()
            self.to_ty._fetch_instances()


    class IrInstructionClone(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionClone, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()


    class IrInstructionClosureEnv(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionClosureEnv, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.closure = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.closure._fetch_instances()


    class IrInstructionClosureFunc(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionClosureFunc, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.closure = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.closure._fetch_instances()


    class IrInstructionCmp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCmp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.CompareOp(self.depth + 1, self._io, self, self._root)
            self.left = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.right = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.left._fetch_instances()
            self.right._fetch_instances()


    class IrInstructionConst(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionConst, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.IrValue(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.value._fetch_instances()


    class IrInstructionCopy(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCopy, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()


    class IrInstructionCreateStruct(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCreateStruct, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.fields = Rzb.VecU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ty._fetch_instances()
            self.fields._fetch_instances()


    class IrInstructionCreateUnion(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionCreateUnion, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.discriminant = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.discriminant._fetch_instances()
            self.value._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionDebugLoc(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionDebugLoc, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.location._fetch_instances()


    class IrInstructionEndBorrow(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionEndBorrow, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.borrow = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.borrow._fetch_instances()


    class IrInstructionExtractDiscriminant(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionExtractDiscriminant, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.union_val = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.union_val._fetch_instances()


    class IrInstructionExtractUnionValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionExtractUnionValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.union_val = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.discriminant = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.union_val._fetch_instances()
            self.discriminant._fetch_instances()
            self.value_ty._fetch_instances()


    class IrInstructionExtractValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionExtractValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.aggregate = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.indices = Rzb.VecU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.aggregate._fetch_instances()
            self.indices._fetch_instances()


    class IrInstructionFree(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionFree, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.ptr._fetch_instances()


    class IrInstructionFunctionRef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionFunctionRef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.func_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.func_id._fetch_instances()


    class IrInstructionGetElementPtr(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionGetElementPtr, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.indices = Rzb.VecU32(self.depth, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            if self._root.generation >= 5:
                pass
                self.struct_context = Rzb.OptStructFieldRef(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ptr._fetch_instances()
            self.indices._fetch_instances()
            self.ty._fetch_instances()
            if self._root.generation >= 5:
                pass
                self.struct_context._fetch_instances()



    class IrInstructionInlineAsm(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionInlineAsm, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.OptU32(self.depth, self._io, self, self._root)
            self.asm = Rzb.PostcardString(self._io, self, self._root)
            self.inputs = Rzb.VecTupStringU32(self.depth, self._io, self, self._root)
            self.outputs = Rzb.VecTupStringIrType(self.depth, self._io, self, self._root)
            self.clobbers = Rzb.VecString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.asm._fetch_instances()
            self.inputs._fetch_instances()
            self.outputs._fetch_instances()
            self.clobbers._fetch_instances()


    class IrInstructionInsertValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionInsertValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.aggregate = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.indices = Rzb.VecU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.aggregate._fetch_instances()
            self.value._fetch_instances()
            self.indices._fetch_instances()


    class IrInstructionJump(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionJump, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.target._fetch_instances()


    class IrInstructionLandingPad(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionLandingPad, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.clauses = Rzb.VecLandingPadClause(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ty._fetch_instances()
            self.clauses._fetch_instances()


    class IrInstructionLoad(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionLoad, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ptr._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionLoadGlobal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionLoadGlobal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.global_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.global_id._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionMakeClosure(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionMakeClosure, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.func_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.captured_values = Rzb.VecU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.func_id._fetch_instances()
            self.captured_values._fetch_instances()


    class IrInstructionMemCopy(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionMemCopy, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.size = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()
            self.size._fetch_instances()


    class IrInstructionMemSet(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionMemSet, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.size = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.value._fetch_instances()
            self.size._fetch_instances()


    class IrInstructionMove(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionMove, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.src = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.src._fetch_instances()


    class IrInstructionPanic(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionPanic, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.message = Rzb.OptString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.message._fetch_instances()


    class IrInstructionPhi(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionPhi, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.incoming = Rzb.VecTupU32U32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.incoming._fetch_instances()


    class IrInstructionPtrAdd(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionPtrAdd, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.offset = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ptr._fetch_instances()
            self.offset._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionResume(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionResume, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.exception = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.exception._fetch_instances()


    class IrInstructionReturn(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionReturn, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.value = Rzb.OptU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class IrInstructionSelect(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionSelect, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.condition = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.true_val = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.false_val = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.condition._fetch_instances()
            self.true_val._fetch_instances()
            self.false_val._fetch_instances()


    class IrInstructionStore(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionStore, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            if self._root.generation >= 5:
                pass
                self.store_ty = Rzb.OptIrType(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            self.ptr._fetch_instances()
            self.value._fetch_instances()
            if self._root.generation >= 5:
                pass
                self.store_ty._fetch_instances()



    class IrInstructionStoreGlobal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionStoreGlobal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.global_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.global_id._fetch_instances()
            self.value._fetch_instances()


    class IrInstructionSwitch(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionSwitch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.default_target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.cases = Rzb.VecTupIrValueU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()
            self.default_target._fetch_instances()
            self.cases._fetch_instances()


    class IrInstructionThrow(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionThrow, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.exception = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.exception._fetch_instances()


    class IrInstructionUnOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionUnOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.UnaryOp(self.depth + 1, self._io, self, self._root)
            self.operand = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.operand._fetch_instances()


    class IrInstructionUndef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionUndef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ty._fetch_instances()


    class IrInstructionVectorBinOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorBinOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.BinaryOp(self.depth + 1, self._io, self, self._root)
            self.left = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.right = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.left._fetch_instances()
            self.right._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrInstructionVectorExtract(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorExtract, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vector = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.index = self._io.read_u1()


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.vector._fetch_instances()


    class IrInstructionVectorInsert(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorInsert, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vector = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.scalar = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.index = self._io.read_u1()


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.vector._fetch_instances()
            self.scalar._fetch_instances()


    class IrInstructionVectorLoad(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorLoad, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.ptr._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrInstructionVectorMinMax(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorMinMax, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.VectorMinMaxKind(self.depth + 1, self._io, self, self._root)
            self.left = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.right = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.left._fetch_instances()
            self.right._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrInstructionVectorReduce(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorReduce, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.BinaryOp(self.depth + 1, self._io, self, self._root)
            self.vector = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.vector._fetch_instances()


    class IrInstructionVectorSplat(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorSplat, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.scalar = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.scalar._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrInstructionVectorStore(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorStore, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.ptr = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.ptr._fetch_instances()
            self.value._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrInstructionVectorUnaryOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrInstructionVectorUnaryOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.op = Rzb.VectorUnaryOpKind(self.depth + 1, self._io, self, self._root)
            self.operand = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.vec_ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.op._fetch_instances()
            self.operand._fetch_instances()
            self.vec_ty._fetch_instances()


    class IrLocal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrLocal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_local/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.mutable = Rzb.PostcardBool(self._io, self, self._root)
            self.source_location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)
            self.allocation = Rzb.AllocationHint(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.ty._fetch_instances()
            self.mutable._fetch_instances()
            self.source_location._fetch_instances()
            self.allocation._fetch_instances()


    class IrModule(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrModule, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_module/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.source_file = Rzb.PostcardString(self._io, self, self._root)
            self.functions = Rzb.MapU32IrFunction(self.depth, self._io, self, self._root)
            self.globals = Rzb.MapU32IrGlobal(self.depth, self._io, self, self._root)
            self.types = Rzb.MapU32IrTypeDef(self.depth, self._io, self, self._root)
            self.string_pool = Rzb.StringPool(self.depth + 1, self._io, self, self._root)
            self.extern_functions = Rzb.MapU32IrExternFunction(self.depth, self._io, self, self._root)
            self.metadata = Rzb.ModuleMetadata(self.depth + 1, self._io, self, self._root)
            self.next_function_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.next_global_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.next_typedef_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.symbol_to_register = Rzb.MapU32U32(self.depth, self._io, self, self._root)
            self.register_to_symbol = Rzb.MapU32U32(self.depth, self._io, self, self._root)
            if self._root.generation >= 4:
                pass
                self.external_function_names = Rzb.MapU32String(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.source_file._fetch_instances()
            self.functions._fetch_instances()
            self.globals._fetch_instances()
            self.types._fetch_instances()
            self.string_pool._fetch_instances()
            self.extern_functions._fetch_instances()
            self.metadata._fetch_instances()
            self.next_function_id._fetch_instances()
            self.next_global_id._fetch_instances()
            self.next_typedef_id._fetch_instances()
            self.symbol_to_register._fetch_instances()
            self.register_to_symbol._fetch_instances()
            if self._root.generation >= 4:
                pass
                self.external_function_names._fetch_instances()



    class IrParameter(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrParameter, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_parameter/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.reg = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.by_ref = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.ty._fetch_instances()
            self.reg._fetch_instances()
            self.by_ref._fetch_instances()


    class IrPhiNode(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrPhiNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_phi_node/seq/0")
            self.dest = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.incoming = Rzb.VecTupU32U32(self.depth, self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.dest._fetch_instances()
            self.incoming._fetch_instances()
            self.ty._fetch_instances()


    class IrSourceLocation(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrSourceLocation, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_source_location/seq/0")
            self.file_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.line = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.column = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.file_id._fetch_instances()
            self.line._fetch_instances()
            self.column._fetch_instances()


    class IrTerminator(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminator, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_terminator/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 5:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ir_terminator/seq/2")
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload = Rzb.IrTerminatorBranch(self.depth, self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = Rzb.IrTerminatorCondBranch(self.depth, self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = Rzb.IrTerminatorSwitch(self.depth, self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = Rzb.IrTerminatorReturn(self.depth, self._io, self, self._root)
            elif _on == 5:
                pass
                self.payload = Rzb.IrTerminatorNoReturn(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
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
            elif _on == 5:
                pass
                self.payload._fetch_instances()


    class IrTerminatorBranch(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminatorBranch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.target._fetch_instances()


    class IrTerminatorCondBranch(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminatorCondBranch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.condition = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.true_target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.false_target = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.condition._fetch_instances()
            self.true_target._fetch_instances()
            self.false_target._fetch_instances()


    class IrTerminatorNoReturn(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminatorNoReturn, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.call = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.call._fetch_instances()


    class IrTerminatorReturn(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminatorReturn, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.value = Rzb.OptU32(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


    class IrTerminatorSwitch(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTerminatorSwitch, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.cases = Rzb.VecTupI64U32(self.depth, self._io, self, self._root)
            self.default = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()
            self.cases._fetch_instances()
            self.default._fetch_instances()


    class IrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_type/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 24:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ir_type/seq/2")
            _on = self.tag.value
            if _on == 12:
                pass
                self.payload = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            elif _on == 13:
                pass
                self.payload = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            elif _on == 14:
                pass
                self.payload = Rzb.TupIrTypeUsize(self.depth, self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = Rzb.IrTypeVector(self.depth, self._io, self, self._root)
            elif _on == 18:
                pass
                self.payload = Rzb.IrTypeFunction(self.depth, self._io, self, self._root)
            elif _on == 19:
                pass
                self.payload = Rzb.IrTypeStruct(self.depth, self._io, self, self._root)
            elif _on == 20:
                pass
                self.payload = Rzb.IrTypeUnion(self.depth, self._io, self, self._root)
            elif _on == 21:
                pass
                self.payload = Rzb.IrTypeOpaque(self.depth, self._io, self, self._root)
            elif _on == 22:
                pass
                self.payload = Rzb.PostcardString(self._io, self, self._root)
            elif _on == 23:
                pass
                self.payload = Rzb.IrTypeGeneric(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
            if _on == 12:
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
            elif _on == 18:
                pass
                self.payload._fetch_instances()
            elif _on == 19:
                pass
                self.payload._fetch_instances()
            elif _on == 20:
                pass
                self.payload._fetch_instances()
            elif _on == 21:
                pass
                self.payload._fetch_instances()
            elif _on == 22:
                pass
                self.payload._fetch_instances()
            elif _on == 23:
                pass
                self.payload._fetch_instances()


    class IrTypeFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.params = Rzb.VecIrType(self.depth, self._io, self, self._root)
            self.return_type = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.varargs = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.params._fetch_instances()
            self.return_type._fetch_instances()
            self.varargs._fetch_instances()


    class IrTypeGeneric(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeGeneric, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.base = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.type_args = Rzb.VecIrType(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.base._fetch_instances()
            self.type_args._fetch_instances()


    class IrTypeOpaque(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeOpaque, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.size = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.align = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.size._fetch_instances()
            self.align._fetch_instances()


    class IrTypeStruct(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeStruct, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.fields = Rzb.VecStructField(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.fields._fetch_instances()


    class IrTypeUnion(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeUnion, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.variants = Rzb.VecUnionVariant(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.variants._fetch_instances()


    class IrTypeVector(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeVector, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.element = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.count = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.element._fetch_instances()
            self.count._fetch_instances()


    class IrTypeDef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeDef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_type_def/seq/0")
            self.id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.type_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.definition = Rzb.IrTypeDefinition(self.depth + 1, self._io, self, self._root)
            self.source_location = Rzb.IrSourceLocation(self.depth + 1, self._io, self, self._root)
            if self._root.generation >= 1:
                pass
                self.super_type_id = Rzb.OptU32(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            self.id._fetch_instances()
            self.name._fetch_instances()
            self.type_id._fetch_instances()
            self.definition._fetch_instances()
            self.source_location._fetch_instances()
            if self._root.generation >= 1:
                pass
                self.super_type_id._fetch_instances()



    class IrTypeDefinition(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeDefinition, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_type_definition/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ir_type_definition/seq/2")
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload = Rzb.IrTypeDefinitionStruct(self.depth, self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = Rzb.IrTypeDefinitionEnum(self.depth, self._io, self, self._root)
            elif _on == 2:
                pass
                self.payload = Rzb.IrTypeDefinitionAlias(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()
            elif _on == 2:
                pass
                self.payload._fetch_instances()


    class IrTypeDefinitionAlias(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeDefinitionAlias, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.aliased_type = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.aliased_type._fetch_instances()


    class IrTypeDefinitionEnum(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeDefinitionEnum, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.variants = Rzb.VecIrEnumVariant(self.depth, self._io, self, self._root)
            self.discriminant_type = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.variants._fetch_instances()
            self.discriminant_type._fetch_instances()


    class IrTypeDefinitionStruct(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeDefinitionStruct, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.fields = Rzb.VecIrField(self.depth, self._io, self, self._root)
            self.packed = Rzb.PostcardBool(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.fields._fetch_instances()
            self.packed._fetch_instances()


    class IrTypeParam(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrTypeParam, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_type_param/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.constraints = Rzb.VecString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.constraints._fetch_instances()


    class IrValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ir_value/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 18:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ir_value/seq/2")
            _on = self.tag.value
            if _on == 10:
                pass
                self.payload = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            elif _on == 11:
                pass
                self.payload = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            elif _on == 12:
                pass
                self.payload = self._io.read_f4le()
            elif _on == 13:
                pass
                self.payload = self._io.read_f8le()
            elif _on == 14:
                pass
                self.payload = Rzb.PostcardString(self._io, self, self._root)
            elif _on == 15:
                pass
                self.payload = Rzb.VecIrValue(self.depth, self._io, self, self._root)
            elif _on == 16:
                pass
                self.payload = Rzb.VecIrValue(self.depth, self._io, self, self._root)
            elif _on == 17:
                pass
                self.payload = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            elif _on == 18:
                pass
                self.payload = Rzb.IrValueClosure(self.depth, self._io, self, self._root)
            elif _on == 3:
                pass
                self.payload = Rzb.PostcardBool(self._io, self, self._root)
            elif _on == 4:
                pass
                self.payload = self._io.read_s1()
            elif _on == 5:
                pass
                self.payload = Rzb.PostcardVarint(3, 3, self._io, self, self._root)
            elif _on == 6:
                pass
                self.payload = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            elif _on == 7:
                pass
                self.payload = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            elif _on == 8:
                pass
                self.payload = self._io.read_u1()
            elif _on == 9:
                pass
                self.payload = Rzb.PostcardVarint(3, 3, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
            if _on == 10:
                pass
                self.payload._fetch_instances()
            elif _on == 11:
                pass
                self.payload._fetch_instances()
            elif _on == 12:
                pass
            elif _on == 13:
                pass
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
            elif _on == 3:
                pass
                self.payload._fetch_instances()
            elif _on == 4:
                pass
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
            elif _on == 9:
                pass
                self.payload._fetch_instances()


    class IrValueClosure(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.IrValueClosure, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.function = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.environment = Rzb.IrValue(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.function._fetch_instances()
            self.environment._fetch_instances()


    class LandingPadClause(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.LandingPadClause, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/landing_pad_clause/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 1:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/landing_pad_clause/seq/2")
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            elif _on == 1:
                pass
                self.payload = Rzb.VecIrType(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
            if _on == 0:
                pass
                self.payload._fetch_instances()
            elif _on == 1:
                pass
                self.payload._fetch_instances()


    class Linkage(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.Linkage, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/linkage/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 3:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/linkage/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class MapStringString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_string_string/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_string_string/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryStringString(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapStringU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapStringU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_string_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_string_u32/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryStringU32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrBasicBlock(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrBasicBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 14 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_basic_block/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_basic_block/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrBasicBlock(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrExternFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrExternFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 11 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_extern_function/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_extern_function/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrExternFunction(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrFunction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrFunction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not (self.len.value * 27 <= self._io.size() - self._io.pos() if self._root.generation <= 1 else (self.len.value * 28 <= self._io.size() - self._io.pos() if self._root.generation <= 5 else self.len.value * 30 <= self._io.size() - self._io.pos())):
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_function/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_function/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrFunction(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrGlobal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrGlobal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 12 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_global/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_global/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrGlobal(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrLocal(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrLocal, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 8 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_local/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_local/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrLocal(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_type/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_type/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrType(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32IrTypeDef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32IrTypeDef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not (self.len.value * 8 <= self._io.size() - self._io.pos() if self._root.generation <= 0 else self.len.value * 9 <= self._io.size() - self._io.pos()):
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_ir_type_def/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_ir_type_def/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32IrTypeDef(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32String(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32String, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_string/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_string/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32String(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class MapU32U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.MapU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/map_u32_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/map_u32_u32/seq/2")
            self.entries = []
            for i in range(self.len.value):
                self.entries.append(Rzb.EntryU32U32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



    class ModuleMetadata(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.ModuleMetadata, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/module_metadata/seq/0")
            self.target_triple = Rzb.OptString(self.depth, self._io, self, self._root)
            self.language_version = Rzb.PostcardString(self._io, self, self._root)
            self.optimization_level = Rzb.OptimizationLevel(self.depth + 1, self._io, self, self._root)
            self.debug_info = Rzb.DebugInfoLevel(self.depth + 1, self._io, self, self._root)
            self.attributes = Rzb.MapStringString(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.target_triple._fetch_instances()
            self.language_version._fetch_instances()
            self.optimization_level._fetch_instances()
            self.debug_info._fetch_instances()
            self.attributes._fetch_instances()


    class ModuleTableEntry(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.ModuleTableEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/module_table_entry/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.offset = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.size = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.offset._fetch_instances()
            self.size._fetch_instances()


    class OptBladeMethodInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptBladeMethodInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_blade_method_info/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.BladeMethodInfo(self.depth + 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptBladeSymbolManifest(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptBladeSymbolManifest, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_blade_symbol_manifest/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.BladeSymbolManifest(self.depth + 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptIrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptIrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_ir_type/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.IrType(self.depth + 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptIrValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptIrValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_ir_value/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.IrValue(self.depth + 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_string/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.PostcardString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptStructFieldRef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptStructFieldRef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_struct_field_ref/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.StructFieldRef(self.depth + 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptTupStringString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptTupStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_tup_string_string/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.TupStringString(self.depth, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_u32/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.PostcardVarint(5, 15, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptU8(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptU8, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_u8/seq/0")
            if self.tag == 1:
                pass
                self.value = self._io.read_u1()



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass



    class OptUsize(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/opt_usize/seq/0")
            if self.tag == 1:
                pass
                self.value = Rzb.PostcardVarint(10, 1, self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class OptimizationHint(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/optimization_hint/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 4:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/optimization_hint/seq/2")
            _on = self.tag.value
            if _on == 4:
                pass
                self.payload = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()
            _on = self.tag.value
            if _on == 4:
                pass
                self.payload._fetch_instances()


    class OptimizationLevel(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OptimizationLevel, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/optimization_level/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 4:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/optimization_level/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class OwnershipMode(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.OwnershipMode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/ownership_mode/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 4:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/ownership_mode/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class PostcardBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Rzb.PostcardBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.value = self._io.read_u1()
            if not self.value <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.value, self._io, u"/types/postcard_bool/seq/0")


        def _fetch_instances(self):
            pass


    class PostcardBytes(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Rzb.PostcardBytes, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/postcard_bytes/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/postcard_bytes/seq/2")
            self.value = self._io.read_bytes(self.len.value)


        def _fetch_instances(self):
            pass
            self.len._fetch_instances()


    class PostcardString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Rzb.PostcardString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/postcard_string/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/postcard_string/seq/2")
            self.value = (self._io.read_bytes(self.len.value)).decode(u"UTF-8")


        def _fetch_instances(self):
            pass
            self.len._fetch_instances()


    class PostcardVarint(KaitaiStruct):
        """LEB128: 7 bits a byte, least significant group first, at most max_bytes groups; the value must fit the integer type (the last group holds at most last_max). Non-minimal encodings that fit are accepted, as postcard accepts them."""
        def __init__(self, max_bytes, last_max, _io, _parent=None, _root=None):
            super(Rzb.PostcardVarint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.max_bytes = max_bytes
            self.last_max = last_max
            self._read()

        def _read(self):
            self.groups = []
            i = 0
            while True:
                _ = self._io.read_u1()
                self.groups.append(_)
                if  ((_ < 128) or (len(self.groups) >= self.max_bytes)) :
                    break
                i += 1
            self.ends = self._io.read_bytes(0)
            _ = self.ends
            if not self.groups[-1] < 128:
                raise kaitaistruct.ValidationExprError(self.ends, self._io, u"/types/postcard_varint/seq/1")
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not  ((len(self.groups) < self.max_bytes) or (self.groups[-1] <= self.last_max)) :
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/postcard_varint/seq/2")


        def _fetch_instances(self):
            pass
            for i in range(len(self.groups)):
                pass


        @property
        def value(self):
            """the unsigned value (exact in Python; JavaScript readers rebuild it from groups)."""
            if hasattr(self, '_m_value'):
                return self._m_value

            self._m_value = (((((((((self.groups[0] & 127) + ((self.groups[1] & 127) * 128 if len(self.groups) > 1 else 0)) + ((self.groups[2] & 127) * 16384 if len(self.groups) > 2 else 0)) + ((self.groups[3] & 127) * 2097152 if len(self.groups) > 3 else 0)) + ((self.groups[4] & 127) * 268435456 if len(self.groups) > 4 else 0)) + ((self.groups[5] & 127) * 34359738368 if len(self.groups) > 5 else 0)) + ((self.groups[6] & 127) * 4398046511104 if len(self.groups) > 6 else 0)) + ((self.groups[7] & 127) * 562949953421312 if len(self.groups) > 7 else 0)) + ((self.groups[8] & 127) * 72057594037927936 if len(self.groups) > 8 else 0)) + ((self.groups[9] & 127) * 9223372036854775808 if len(self.groups) > 9 else 0)
            return getattr(self, '_m_value', None)


    class RayzorBundle(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.RayzorBundle, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/rayzor_bundle/seq/0")
            self.magic = self._io.read_bytes(4)
            self.version = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.flags = Rzb.BundleFlags(self.depth + 1, self._io, self, self._root)
            self.entry_module = Rzb.PostcardString(self._io, self, self._root)
            self.entry_function = Rzb.PostcardString(self._io, self, self._root)
            self.entry_module_index = Rzb.OptUsize(self.depth, self._io, self, self._root)
            self.entry_function_id = Rzb.OptU32(self.depth, self._io, self, self._root)
            self.module_table = Rzb.VecModuleTableEntry(self.depth, self._io, self, self._root)
            self.modules = Rzb.VecIrModule(self.depth, self._io, self, self._root)
            self.symbols = Rzb.OptBladeSymbolManifest(self.depth, self._io, self, self._root)
            self.build_info = Rzb.BundleBuildInfo(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.version._fetch_instances()
            self.flags._fetch_instances()
            self.entry_module._fetch_instances()
            self.entry_function._fetch_instances()
            self.entry_module_index._fetch_instances()
            self.entry_function_id._fetch_instances()
            self.module_table._fetch_instances()
            self.modules._fetch_instances()
            self.symbols._fetch_instances()
            self.build_info._fetch_instances()


    class StringPool(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.StringPool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/string_pool/seq/0")
            self.strings = Rzb.MapU32String(self.depth, self._io, self, self._root)
            self.string_to_id = Rzb.MapStringU32(self.depth, self._io, self, self._root)
            self.next_id = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.strings._fetch_instances()
            self.string_to_id._fetch_instances()
            self.next_id._fetch_instances()


    class StructField(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.StructField, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/struct_field/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.ty = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.offset = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.ty._fetch_instances()
            self.offset._fetch_instances()


    class StructFieldRef(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.StructFieldRef, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/struct_field_ref/seq/0")
            self.struct_name = Rzb.PostcardString(self._io, self, self._root)
            self.field_name = Rzb.PostcardString(self._io, self, self._root)
            self.field_index = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.struct_name._fetch_instances()
            self.field_name._fetch_instances()
            self.field_index._fetch_instances()


    class TupI64U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupI64U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.item1 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupIrTypeUsize(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupIrTypeUsize, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.IrType(self.depth + 1, self._io, self, self._root)
            self.item1 = Rzb.PostcardVarint(10, 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupIrValueU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupIrValueU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.IrValue(self.depth + 1, self._io, self, self._root)
            self.item1 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupStringIrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupStringIrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardString(self._io, self, self._root)
            self.item1 = Rzb.IrType(self.depth + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupStringString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupStringString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardString(self._io, self, self._root)
            self.item1 = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupStringU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupStringU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardString(self._io, self, self._root)
            self.item1 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupU32String(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupU32String, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.item1 = Rzb.PostcardString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class TupU32U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.TupU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.item0 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.item1 = Rzb.PostcardVarint(5, 15, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.item0._fetch_instances()
            self.item1._fetch_instances()


    class UnaryOp(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.UnaryOp, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/unary_op/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 2:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/unary_op/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class UnionVariant(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.UnionVariant, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/union_variant/seq/0")
            self.name = Rzb.PostcardString(self._io, self, self._root)
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.fields = Rzb.VecIrType(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.tag._fetch_instances()
            self.fields._fetch_instances()


    class VecBladeAbstractInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeAbstractInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 10 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_abstract_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_abstract_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeAbstractInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeClassInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeClassInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 14 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_class_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_class_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeClassInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeEnumInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeEnumInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 5 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_enum_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_enum_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeEnumInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeEnumVariantInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeEnumVariantInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_enum_variant_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_enum_variant_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeEnumVariantInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeFieldInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeFieldInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 6 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_field_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_field_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeFieldInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeMethodInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeMethodInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 7 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_method_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_method_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeMethodInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeModuleSymbols(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeModuleSymbols, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 8 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_module_symbols/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_module_symbols/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeModuleSymbols(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeParamInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeParamInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 4 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_param_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_param_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeParamInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecBladeTypeAliasInfo(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecBladeTypeAliasInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 4 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_blade_type_alias_info/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_blade_type_alias_info/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.BladeTypeAliasInfo(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrEnumVariant(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrEnumVariant, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_enum_variant/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_enum_variant/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrEnumVariant(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrField(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrField, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_field/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_field/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrField(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrInstruction(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrInstruction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_instruction/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_instruction/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrInstruction(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrModule(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrModule, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not (self.len.value * 19 <= self._io.size() - self._io.pos() if self._root.generation <= 3 else self.len.value * 20 <= self._io.size() - self._io.pos()):
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_module/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_module/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrModule(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrParameter(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrParameter, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 4 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_parameter/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_parameter/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrParameter(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrPhiNode(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrPhiNode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_phi_node/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_phi_node/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrPhiNode(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_type/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_type/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrType(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrTypeParam(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrTypeParam, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_type_param/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_type_param/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrTypeParam(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecIrValue(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecIrValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ir_value/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ir_value/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.IrValue(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecLandingPadClause(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecLandingPadClause, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_landing_pad_clause/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_landing_pad_clause/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.LandingPadClause(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecModuleTableEntry(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecModuleTableEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_module_table_entry/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_module_table_entry/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.ModuleTableEntry(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecOptimizationHint(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecOptimizationHint, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_optimization_hint/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_optimization_hint/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.OptimizationHint(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecOwnershipMode(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecOwnershipMode, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_ownership_mode/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_ownership_mode/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.OwnershipMode(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecString(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_string/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_string/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.PostcardString(self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecStructField(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecStructField, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_struct_field/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_struct_field/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.StructField(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupI64U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupI64U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_i64_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_i64_u32/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupI64U32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupIrValueU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupIrValueU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_ir_value_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_ir_value_u32/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupIrValueU32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupStringIrType(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupStringIrType, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_string_ir_type/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_string_ir_type/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupStringIrType(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupStringU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupStringU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_string_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_string_u32/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupStringU32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupU32String(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupU32String, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_u32_string/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_u32_string/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupU32String(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecTupU32U32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecTupU32U32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 2 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_tup_u32_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_tup_u32_u32/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.TupU32U32(self.depth, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecU32(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecU32, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_u32/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_u32/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.PostcardVarint(5, 15, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VecUnionVariant(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VecUnionVariant, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.len = Rzb.PostcardVarint(10, 1, self._io, self, self._root)
            self.fits = self._io.read_bytes(0)
            _ = self.fits
            if not self.len.value * 3 <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.fits, self._io, u"/types/vec_union_variant/seq/1")
            self.bounded = self._io.read_bytes(0)
            _ = self.bounded
            if not self.len.value <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.bounded, self._io, u"/types/vec_union_variant/seq/2")
            self.items = []
            for i in range(self.len.value):
                self.items.append(Rzb.UnionVariant(self.depth + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            self.len._fetch_instances()
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



    class VectorMinMaxKind(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VectorMinMaxKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/vector_min_max_kind/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 1:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/vector_min_max_kind/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    class VectorUnaryOpKind(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Rzb.VectorUnaryOpKind, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.nest = self._io.read_bytes(0)
            _ = self.nest
            if not self.depth <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.nest, self._io, u"/types/vector_unary_op_kind/seq/0")
            self.tag = Rzb.PostcardVarint(5, 15, self._io, self, self._root)
            self.known = self._io.read_bytes(0)
            _ = self.known
            if not self.tag.value <= 6:
                raise kaitaistruct.ValidationExprError(self.known, self._io, u"/types/vector_unary_op_kind/seq/2")


        def _fetch_instances(self):
            pass
            self.tag._fetch_instances()


    @property
    def max_depth(self):
        """rzb.limits.depth: named types entered, the bundle being level 1."""
        if hasattr(self, '_m_max_depth'):
            return self._m_max_depth

        self._m_max_depth = 128
        return getattr(self, '_m_max_depth', None)

    @property
    def max_items(self):
        """rzb.limits.items: the largest count or string length."""
        if hasattr(self, '_m_max_items'):
            return self._m_max_items

        self._m_max_items = 16777216
        return getattr(self, '_m_max_items', None)



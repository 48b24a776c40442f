// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Rzb || (root.Rzb = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Rzb_, KaitaiStream) {
/**
 * A `.rzb` file is `zstd_frame(P)` or `P`, where P is the postcard 1.x encoding of `RayzorBundle`. A file
 * starting with the zstd frame magic `28 B5 2F FD` is one zstd stream (the `compressed` flag is only
 * informational); this spec describes P, which a reader decompresses first (Kaitai has no zstd routine).
 * 
 * No field tells the seven layout generations S0 … S6 apart (`version` is 1 in all of them), so the spec
 * takes the generation as a parameter: 0 for S0 … 6 for S6. A field or a variant that only some
 * generations have carries an `if:` (or a conditional bound) on `_root.generation`. A file's generations
 * are those under which this spec parses P using every byte (`_io.pos == _io.size` at the end): a reader
 * parses once per generation and keeps the ones that end there (spec clause rzb.generation.detect).
 * 
 * As upstream's loader at the pin does, the body is read before magic and version are checked
 * (`magic_ok`, `version_ok` come last). Every type of the tree between the generated markers follows one
 * rule per type node (formats.ksy.KsyTypes): a struct carries its field names; `Vec<T>` is `vec_*`
 * (`len`, `items`); a map `map_*` (`len`, `entries` of `key`, `value`); `Option<T>` is `opt_*` (`tag`,
 * `value`); a tuple `tup_*` (`item0`, …); `String` is `postcard_string`; `bool` is `postcard_bool`;
 * integers wider than 8 bits are `postcard_varint` (signed ones zigzag-mapped); an enum has `tag` (checked
 * against its variant count) and `payload`. Every type takes its nesting level as a parameter and a named
 * type checks it against max_depth (the level of a newtype's integer is checked by the reader of the parse).
 * @see spec/formats/rzb.md
 */

var Rzb = (function() {
  function Rzb(_io, _parent, _root, generation) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;
    this.generation = generation;

    this._read();
  }
  Rzb.prototype._read = function() {
    this.bundle = new RayzorBundle(this._io, this, this._root, 1);
    this.magicOk = this._io.readBytes(0);
    var _ = this.magicOk;
    if (!((KaitaiStream.byteArrayCompare(this.bundle.magic, new Uint8Array([82, 90, 66, 70])) == 0))) {
      throw new KaitaiStream.ValidationExprError(this.magicOk, this._io, "/seq/1");
    }
    this.versionOk = this._io.readBytes(0);
    var _ = this.versionOk;
    if (!(this.bundle.version.value == 1)) {
      throw new KaitaiStream.ValidationExprError(this.versionOk, this._io, "/seq/2");
    }
  }

  var AllocationHint = Rzb.AllocationHint = (function() {
    function AllocationHint(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    AllocationHint.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/allocation_hint/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/allocation_hint/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return AllocationHint;
  })();

  var BinaryOp = Rzb.BinaryOp = (function() {
    function BinaryOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BinaryOp.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/binary_op/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!((this._root.generation <= 2 ? this.tag.value <= 14 : this.tag.value <= 15))) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/binary_op/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BinaryOp;
  })();

  var BladeAbstractInfo = Rzb.BladeAbstractInfo = (function() {
    function BladeAbstractInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeAbstractInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_abstract_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.package = new VecString(this._io, this, this._root, this.depth);
      this.typeParams = new VecString(this._io, this, this._root, this.depth);
      this.underlyingType = new PostcardString(this._io, this, this._root);
      this.forwardFields = new VecString(this._io, this, this._root, this.depth);
      this.fromTypes = new VecString(this._io, this, this._root, this.depth);
      this.toTypes = new VecString(this._io, this, this._root, this.depth);
      this.methods = new VecBladeMethodInfo(this._io, this, this._root, this.depth);
      this.staticMethods = new VecBladeMethodInfo(this._io, this, this._root, this.depth);
      this.nativeName = new OptString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeAbstractInfo;
  })();

  var BladeClassInfo = Rzb.BladeClassInfo = (function() {
    function BladeClassInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeClassInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_class_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.package = new VecString(this._io, this, this._root, this.depth);
      this.extends = new OptString(this._io, this, this._root, this.depth);
      this.implements = new VecString(this._io, this, this._root, this.depth);
      this.typeParams = new VecString(this._io, this, this._root, this.depth);
      this.isExtern = new PostcardBool(this._io, this, this._root);
      this.isAbstract = new PostcardBool(this._io, this, this._root);
      this.isFinal = new PostcardBool(this._io, this, this._root);
      this.fields = new VecBladeFieldInfo(this._io, this, this._root, this.depth);
      this.methods = new VecBladeMethodInfo(this._io, this, this._root, this.depth);
      this.staticFields = new VecBladeFieldInfo(this._io, this, this._root, this.depth);
      this.staticMethods = new VecBladeMethodInfo(this._io, this, this._root, this.depth);
      this.constructor = new OptBladeMethodInfo(this._io, this, this._root, this.depth);
      this.nativeName = new OptString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeClassInfo;
  })();

  var BladeEnumInfo = Rzb.BladeEnumInfo = (function() {
    function BladeEnumInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeEnumInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_enum_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.package = new VecString(this._io, this, this._root, this.depth);
      this.typeParams = new VecString(this._io, this, this._root, this.depth);
      this.variants = new VecBladeEnumVariantInfo(this._io, this, this._root, this.depth);
      this.isExtern = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeEnumInfo;
  })();

  var BladeEnumVariantInfo = Rzb.BladeEnumVariantInfo = (function() {
    function BladeEnumVariantInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeEnumVariantInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_enum_variant_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.params = new VecBladeParamInfo(this._io, this, this._root, this.depth);
      this.index = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeEnumVariantInfo;
  })();

  var BladeFieldInfo = Rzb.BladeFieldInfo = (function() {
    function BladeFieldInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeFieldInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_field_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.fieldType = new PostcardString(this._io, this, this._root);
      this.isPublic = new PostcardBool(this._io, this, this._root);
      this.isStatic = new PostcardBool(this._io, this, this._root);
      this.isFinal = new PostcardBool(this._io, this, this._root);
      this.hasDefault = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeFieldInfo;
  })();

  var BladeMethodInfo = Rzb.BladeMethodInfo = (function() {
    function BladeMethodInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeMethodInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_method_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.params = new VecBladeParamInfo(this._io, this, this._root, this.depth);
      this.returnType = new PostcardString(this._io, this, this._root);
      this.isPublic = new PostcardBool(this._io, this, this._root);
      this.isStatic = new PostcardBool(this._io, this, this._root);
      this.isInline = new PostcardBool(this._io, this, this._root);
      this.typeParams = new VecString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeMethodInfo;
  })();

  var BladeModuleSymbols = Rzb.BladeModuleSymbols = (function() {
    function BladeModuleSymbols(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeModuleSymbols.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_module_symbols/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.sourcePath = new PostcardString(this._io, this, this._root);
      this.sourceHash = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.types = new BladeTypeInfo(this._io, this, this._root, this.depth + 1);
      this.dependencies = new VecString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeModuleSymbols;
  })();

  var BladeParamInfo = Rzb.BladeParamInfo = (function() {
    function BladeParamInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeParamInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_param_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.paramType = new PostcardString(this._io, this, this._root);
      this.hasDefault = new PostcardBool(this._io, this, this._root);
      this.isOptional = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeParamInfo;
  })();

  var BladeSymbolManifest = Rzb.BladeSymbolManifest = (function() {
    function BladeSymbolManifest(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeSymbolManifest.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_symbol_manifest/seq/0");
      }
      this.magic = this._io.readBytes(4);
      this.version = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.compilerVersion = new PostcardString(this._io, this, this._root);
      this.buildTimestamp = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.modules = new VecBladeModuleSymbols(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeSymbolManifest;
  })();

  var BladeTypeAliasInfo = Rzb.BladeTypeAliasInfo = (function() {
    function BladeTypeAliasInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeTypeAliasInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_type_alias_info/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.package = new VecString(this._io, this, this._root, this.depth);
      this.typeParams = new VecString(this._io, this, this._root, this.depth);
      this.targetType = new PostcardString(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeTypeAliasInfo;
  })();

  var BladeTypeInfo = Rzb.BladeTypeInfo = (function() {
    function BladeTypeInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BladeTypeInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/blade_type_info/seq/0");
      }
      this.classes = new VecBladeClassInfo(this._io, this, this._root, this.depth);
      this.enums = new VecBladeEnumInfo(this._io, this, this._root, this.depth);
      this.typeAliases = new VecBladeTypeAliasInfo(this._io, this, this._root, this.depth);
      this.abstracts = new VecBladeAbstractInfo(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BladeTypeInfo;
  })();

  var BlockMetadata = Rzb.BlockMetadata = (function() {
    function BlockMetadata(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BlockMetadata.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/block_metadata/seq/0");
      }
      this.frequencyHint = new OptU8(this._io, this, this._root, this.depth);
      this.isLoopHeader = new PostcardBool(this._io, this, this._root);
      this.inExceptionHandler = new PostcardBool(this._io, this, this._root);
      this.optimizationHints = new VecOptimizationHint(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BlockMetadata;
  })();

  var BundleBuildInfo = Rzb.BundleBuildInfo = (function() {
    function BundleBuildInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BundleBuildInfo.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/bundle_build_info/seq/0");
      }
      this.compilerVersion = new PostcardString(this._io, this, this._root);
      this.buildTimestamp = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.targetPlatform = new PostcardString(this._io, this, this._root);
      this.sourceFiles = new VecString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BundleBuildInfo;
  })();

  var BundleFlags = Rzb.BundleFlags = (function() {
    function BundleFlags(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    BundleFlags.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/bundle_flags/seq/0");
      }
      this.compressed = new PostcardBool(this._io, this, this._root);
      this.debugInfo = new PostcardBool(this._io, this, this._root);
      this.sourceMaps = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return BundleFlags;
  })();

  var CallingConvention = Rzb.CallingConvention = (function() {
    function CallingConvention(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    CallingConvention.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/calling_convention/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/calling_convention/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return CallingConvention;
  })();

  var CompareOp = Rzb.CompareOp = (function() {
    function CompareOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    CompareOp.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/compare_op/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 17)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/compare_op/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return CompareOp;
  })();

  var DebugInfoLevel = Rzb.DebugInfoLevel = (function() {
    function DebugInfoLevel(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    DebugInfoLevel.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/debug_info_level/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 2)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/debug_info_level/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return DebugInfoLevel;
  })();

  var EntryStringString = Rzb.EntryStringString = (function() {
    function EntryStringString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryStringString.prototype._read = function() {
      this.key = new PostcardString(this._io, this, this._root);
      this.value = new PostcardString(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryStringString;
  })();

  var EntryStringU32 = Rzb.EntryStringU32 = (function() {
    function EntryStringU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryStringU32.prototype._read = function() {
      this.key = new PostcardString(this._io, this, this._root);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryStringU32;
  })();

  var EntryU32IrBasicBlock = Rzb.EntryU32IrBasicBlock = (function() {
    function EntryU32IrBasicBlock(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrBasicBlock.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrBasicBlock(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrBasicBlock;
  })();

  var EntryU32IrExternFunction = Rzb.EntryU32IrExternFunction = (function() {
    function EntryU32IrExternFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrExternFunction.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrExternFunction(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrExternFunction;
  })();

  var EntryU32IrFunction = Rzb.EntryU32IrFunction = (function() {
    function EntryU32IrFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrFunction.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrFunction(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrFunction;
  })();

  var EntryU32IrGlobal = Rzb.EntryU32IrGlobal = (function() {
    function EntryU32IrGlobal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrGlobal.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrGlobal(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrGlobal;
  })();

  var EntryU32IrLocal = Rzb.EntryU32IrLocal = (function() {
    function EntryU32IrLocal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrLocal.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrLocal(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrLocal;
  })();

  var EntryU32IrType = Rzb.EntryU32IrType = (function() {
    function EntryU32IrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrType.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrType;
  })();

  var EntryU32IrTypeDef = Rzb.EntryU32IrTypeDef = (function() {
    function EntryU32IrTypeDef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32IrTypeDef.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrTypeDef(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32IrTypeDef;
  })();

  var EntryU32String = Rzb.EntryU32String = (function() {
    function EntryU32String(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32String.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardString(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32String;
  })();

  var EntryU32U32 = Rzb.EntryU32U32 = (function() {
    function EntryU32U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    EntryU32U32.prototype._read = function() {
      this.key = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return EntryU32U32;
  })();

  var FunctionAttributes = Rzb.FunctionAttributes = (function() {
    function FunctionAttributes(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    FunctionAttributes.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/function_attributes/seq/0");
      }
      this.linkage = new Linkage(this._io, this, this._root, this.depth + 1);
      this.inline = new InlineHint(this._io, this, this._root, this.depth + 1);
      this.pure = new PostcardBool(this._io, this, this._root);
      this.noReturn = new PostcardBool(this._io, this, this._root);
      this.optimizeSize = new PostcardBool(this._io, this, this._root);
      this.custom = new MapStringString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return FunctionAttributes;
  })();

  var FunctionKind = Rzb.FunctionKind = (function() {
    function FunctionKind(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    FunctionKind.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/function_kind/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/function_kind/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return FunctionKind;
  })();

  var InlineHint = Rzb.InlineHint = (function() {
    function InlineHint(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    InlineHint.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/inline_hint/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/inline_hint/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return InlineHint;
  })();

  var IrBasicBlock = Rzb.IrBasicBlock = (function() {
    function IrBasicBlock(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrBasicBlock.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_basic_block/seq/0");
      }
      this.id = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.label = new OptString(this._io, this, this._root, this.depth);
      this.instructions = new VecIrInstruction(this._io, this, this._root, this.depth);
      this.terminator = new IrTerminator(this._io, this, this._root, this.depth + 1);
      this.phiNodes = new VecIrPhiNode(this._io, this, this._root, this.depth);
      this.sourceLocation = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
      this.predecessors = new VecU32(this._io, this, this._root, this.depth);
      this.metadata = new BlockMetadata(this._io, this, this._root, this.depth + 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrBasicBlock;
  })();

  var IrControlFlowGraph = Rzb.IrControlFlowGraph = (function() {
    function IrControlFlowGraph(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrControlFlowGraph.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_control_flow_graph/seq/0");
      }
      this.blocks = new MapU32IrBasicBlock(this._io, this, this._root, this.depth);
      this.entryBlock = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.nextBlockId = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrControlFlowGraph;
  })();

  var IrEnumVariant = Rzb.IrEnumVariant = (function() {
    function IrEnumVariant(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrEnumVariant.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_enum_variant/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.discriminant = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fields = new VecIrField(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrEnumVariant;
  })();

  var IrExternFunction = Rzb.IrExternFunction = (function() {
    function IrExternFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrExternFunction.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_extern_function/seq/0");
      }
      this.id = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.name = new PostcardString(this._io, this, this._root);
      this.symbolId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.signature = new IrFunctionSignature(this._io, this, this._root, this.depth + 1);
      this.source = new PostcardString(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrExternFunction;
  })();

  var IrField = Rzb.IrField = (function() {
    function IrField(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrField.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_field/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.offset = new OptU32(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrField;
  })();

  var IrFunction = Rzb.IrFunction = (function() {
    function IrFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrFunction.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_function/seq/0");
      }
      this.id = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.symbolId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.name = new PostcardString(this._io, this, this._root);
      this.qualifiedName = new OptString(this._io, this, this._root, this.depth);
      this.signature = new IrFunctionSignature(this._io, this, this._root, this.depth + 1);
      this.cfg = new IrControlFlowGraph(this._io, this, this._root, this.depth + 1);
      this.locals = new MapU32IrLocal(this._io, this, this._root, this.depth);
      this.registerTypes = new MapU32IrType(this._io, this, this._root, this.depth);
      this.attributes = new FunctionAttributes(this._io, this, this._root, this.depth + 1);
      this.kind = new FunctionKind(this._io, this, this._root, this.depth + 1);
      this.sourceLocation = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
      this.nextRegId = new PostcardVarint(this._io, this, this._root, 5, 15);
      if (this._root.generation >= 2) {
        this.typeParamTagFixups = new VecTupU32String(this._io, this, this._root, this.depth);
      }
      if (this._root.generation >= 6) {
        this.wasmExport = new PostcardBool(this._io, this, this._root);
      }
      if (this._root.generation >= 6) {
        this.jsImport = new OptTupStringString(this._io, this, this._root, this.depth);
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrFunction;
  })();

  var IrFunctionSignature = Rzb.IrFunctionSignature = (function() {
    function IrFunctionSignature(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrFunctionSignature.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_function_signature/seq/0");
      }
      this.parameters = new VecIrParameter(this._io, this, this._root, this.depth);
      this.returnType = new IrType(this._io, this, this._root, this.depth + 1);
      this.callingConvention = new CallingConvention(this._io, this, this._root, this.depth + 1);
      this.canThrow = new PostcardBool(this._io, this, this._root);
      this.typeParams = new VecIrTypeParam(this._io, this, this._root, this.depth);
      this.usesSret = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrFunctionSignature;
  })();

  var IrGlobal = Rzb.IrGlobal = (function() {
    function IrGlobal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrGlobal.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_global/seq/0");
      }
      this.id = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.name = new PostcardString(this._io, this, this._root);
      this.symbolId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.initializer = new OptIrValue(this._io, this, this._root, this.depth);
      this.mutable = new PostcardBool(this._io, this, this._root);
      this.linkage = new Linkage(this._io, this, this._root, this.depth + 1);
      this.alignment = new OptU32(this._io, this, this._root, this.depth);
      this.sourceLocation = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrGlobal;
  })();

  var IrInstruction = Rzb.IrInstruction = (function() {
    function IrInstruction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstruction.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_instruction/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 55)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ir_instruction/seq/2");
      }
      switch (this.tag.value) {
      case 0:
        this.payload = new IrInstructionConst(this._io, this, this._root, this.depth);
        break;
      case 1:
        this.payload = new IrInstructionCopy(this._io, this, this._root, this.depth);
        break;
      case 10:
        this.payload = new IrInstructionStoreGlobal(this._io, this, this._root, this.depth);
        break;
      case 11:
        this.payload = new IrInstructionBinOp(this._io, this, this._root, this.depth);
        break;
      case 12:
        this.payload = new IrInstructionUnOp(this._io, this, this._root, this.depth);
        break;
      case 13:
        this.payload = new IrInstructionCmp(this._io, this, this._root, this.depth);
        break;
      case 14:
        this.payload = new IrInstructionJump(this._io, this, this._root, this.depth);
        break;
      case 15:
        this.payload = new IrInstructionBranch(this._io, this, this._root, this.depth);
        break;
      case 16:
        this.payload = new IrInstructionSwitch(this._io, this, this._root, this.depth);
        break;
      case 17:
        this.payload = new IrInstructionCallDirect(this._io, this, this._root, this.depth);
        break;
      case 18:
        this.payload = new IrInstructionCallIndirect(this._io, this, this._root, this.depth);
        break;
      case 19:
        this.payload = new IrInstructionReturn(this._io, this, this._root, this.depth);
        break;
      case 2:
        this.payload = new IrInstructionMove(this._io, this, this._root, this.depth);
        break;
      case 20:
        this.payload = new IrInstructionAlloc(this._io, this, this._root, this.depth);
        break;
      case 21:
        this.payload = new IrInstructionFree(this._io, this, this._root, this.depth);
        break;
      case 22:
        this.payload = new IrInstructionGetElementPtr(this._io, this, this._root, this.depth);
        break;
      case 23:
        this.payload = new IrInstructionMemCopy(this._io, this, this._root, this.depth);
        break;
      case 24:
        this.payload = new IrInstructionMemSet(this._io, this, this._root, this.depth);
        break;
      case 25:
        this.payload = new IrInstructionCast(this._io, this, this._root, this.depth);
        break;
      case 26:
        this.payload = new IrInstructionBitCast(this._io, this, this._root, this.depth);
        break;
      case 27:
        this.payload = new IrInstructionThrow(this._io, this, this._root, this.depth);
        break;
      case 28:
        this.payload = new IrInstructionLandingPad(this._io, this, this._root, this.depth);
        break;
      case 29:
        this.payload = new IrInstructionResume(this._io, this, this._root, this.depth);
        break;
      case 3:
        this.payload = new IrInstructionBorrowImmutable(this._io, this, this._root, this.depth);
        break;
      case 30:
        this.payload = new IrInstructionPhi(this._io, this, this._root, this.depth);
        break;
      case 31:
        this.payload = new IrInstructionSelect(this._io, this, this._root, this.depth);
        break;
      case 32:
        this.payload = new IrInstructionExtractValue(this._io, this, this._root, this.depth);
        break;
      case 33:
        this.payload = new IrInstructionInsertValue(this._io, this, this._root, this.depth);
        break;
      case 34:
        this.payload = new IrInstructionMakeClosure(this._io, this, this._root, this.depth);
        break;
      case 35:
        this.payload = new IrInstructionClosureFunc(this._io, this, this._root, this.depth);
        break;
      case 36:
        this.payload = new IrInstructionClosureEnv(this._io, this, this._root, this.depth);
        break;
      case 37:
        this.payload = new IrInstructionCreateUnion(this._io, this, this._root, this.depth);
        break;
      case 38:
        this.payload = new IrInstructionExtractDiscriminant(this._io, this, this._root, this.depth);
        break;
      case 39:
        this.payload = new IrInstructionExtractUnionValue(this._io, this, this._root, this.depth);
        break;
      case 4:
        this.payload = new IrInstructionBorrowMutable(this._io, this, this._root, this.depth);
        break;
      case 40:
        this.payload = new IrInstructionCreateStruct(this._io, this, this._root, this.depth);
        break;
      case 41:
        this.payload = new IrInstructionPtrAdd(this._io, this, this._root, this.depth);
        break;
      case 42:
        this.payload = new IrInstructionUndef(this._io, this, this._root, this.depth);
        break;
      case 43:
        this.payload = new IrInstructionFunctionRef(this._io, this, this._root, this.depth);
        break;
      case 44:
        this.payload = new IrInstructionPanic(this._io, this, this._root, this.depth);
        break;
      case 45:
        this.payload = new IrInstructionDebugLoc(this._io, this, this._root, this.depth);
        break;
      case 46:
        this.payload = new IrInstructionInlineAsm(this._io, this, this._root, this.depth);
        break;
      case 47:
        this.payload = new IrInstructionVectorLoad(this._io, this, this._root, this.depth);
        break;
      case 48:
        this.payload = new IrInstructionVectorStore(this._io, this, this._root, this.depth);
        break;
      case 49:
        this.payload = new IrInstructionVectorBinOp(this._io, this, this._root, this.depth);
        break;
      case 5:
        this.payload = new IrInstructionClone(this._io, this, this._root, this.depth);
        break;
      case 50:
        this.payload = new IrInstructionVectorSplat(this._io, this, this._root, this.depth);
        break;
      case 51:
        this.payload = new IrInstructionVectorExtract(this._io, this, this._root, this.depth);
        break;
      case 52:
        this.payload = new IrInstructionVectorInsert(this._io, this, this._root, this.depth);
        break;
      case 53:
        this.payload = new IrInstructionVectorReduce(this._io, this, this._root, this.depth);
        break;
      case 54:
        this.payload = new IrInstructionVectorUnaryOp(this._io, this, this._root, this.depth);
        break;
      case 55:
        this.payload = new IrInstructionVectorMinMax(this._io, this, this._root, this.depth);
        break;
      case 6:
        this.payload = new IrInstructionEndBorrow(this._io, this, this._root, this.depth);
        break;
      case 7:
        this.payload = new IrInstructionLoad(this._io, this, this._root, this.depth);
        break;
      case 8:
        this.payload = new IrInstructionStore(this._io, this, this._root, this.depth);
        break;
      case 9:
        this.payload = new IrInstructionLoadGlobal(this._io, this, this._root, this.depth);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrInstruction;
  })();

  var IrInstructionAlloc = Rzb.IrInstructionAlloc = (function() {
    function IrInstructionAlloc(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionAlloc.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.count = new OptU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionAlloc;
  })();

  var IrInstructionBinOp = Rzb.IrInstructionBinOp = (function() {
    function IrInstructionBinOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionBinOp.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new BinaryOp(this._io, this, this._root, this.depth + 1);
      this.left = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.right = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionBinOp;
  })();

  var IrInstructionBitCast = Rzb.IrInstructionBitCast = (function() {
    function IrInstructionBitCast(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionBitCast.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionBitCast;
  })();

  var IrInstructionBorrowImmutable = Rzb.IrInstructionBorrowImmutable = (function() {
    function IrInstructionBorrowImmutable(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionBorrowImmutable.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.lifetime = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionBorrowImmutable;
  })();

  var IrInstructionBorrowMutable = Rzb.IrInstructionBorrowMutable = (function() {
    function IrInstructionBorrowMutable(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionBorrowMutable.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.lifetime = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionBorrowMutable;
  })();

  var IrInstructionBranch = Rzb.IrInstructionBranch = (function() {
    function IrInstructionBranch(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionBranch.prototype._read = function() {
      this.condition = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.trueTarget = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.falseTarget = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionBranch;
  })();

  var IrInstructionCallDirect = Rzb.IrInstructionCallDirect = (function() {
    function IrInstructionCallDirect(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCallDirect.prototype._read = function() {
      this.dest = new OptU32(this._io, this, this._root, this.depth);
      this.funcId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.args = new VecU32(this._io, this, this._root, this.depth);
      this.argOwnership = new VecOwnershipMode(this._io, this, this._root, this.depth);
      this.typeArgs = new VecIrType(this._io, this, this._root, this.depth);
      this.isTailCall = new PostcardBool(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCallDirect;
  })();

  var IrInstructionCallIndirect = Rzb.IrInstructionCallIndirect = (function() {
    function IrInstructionCallIndirect(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCallIndirect.prototype._read = function() {
      this.dest = new OptU32(this._io, this, this._root, this.depth);
      this.funcPtr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.args = new VecU32(this._io, this, this._root, this.depth);
      this.signature = new IrType(this._io, this, this._root, this.depth + 1);
      this.argOwnership = new VecOwnershipMode(this._io, this, this._root, this.depth);
      this.isTailCall = new PostcardBool(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCallIndirect;
  })();

  var IrInstructionCast = Rzb.IrInstructionCast = (function() {
    function IrInstructionCast(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCast.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.fromTy = new IrType(this._io, this, this._root, this.depth + 1);
      this.toTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCast;
  })();

  var IrInstructionClone = Rzb.IrInstructionClone = (function() {
    function IrInstructionClone(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionClone.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionClone;
  })();

  var IrInstructionClosureEnv = Rzb.IrInstructionClosureEnv = (function() {
    function IrInstructionClosureEnv(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionClosureEnv.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.closure = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionClosureEnv;
  })();

  var IrInstructionClosureFunc = Rzb.IrInstructionClosureFunc = (function() {
    function IrInstructionClosureFunc(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionClosureFunc.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.closure = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionClosureFunc;
  })();

  var IrInstructionCmp = Rzb.IrInstructionCmp = (function() {
    function IrInstructionCmp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCmp.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new CompareOp(this._io, this, this._root, this.depth + 1);
      this.left = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.right = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCmp;
  })();

  var IrInstructionConst = Rzb.IrInstructionConst = (function() {
    function IrInstructionConst(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionConst.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new IrValue(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionConst;
  })();

  var IrInstructionCopy = Rzb.IrInstructionCopy = (function() {
    function IrInstructionCopy(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCopy.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCopy;
  })();

  var IrInstructionCreateStruct = Rzb.IrInstructionCreateStruct = (function() {
    function IrInstructionCreateStruct(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCreateStruct.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.fields = new VecU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCreateStruct;
  })();

  var IrInstructionCreateUnion = Rzb.IrInstructionCreateUnion = (function() {
    function IrInstructionCreateUnion(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionCreateUnion.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.discriminant = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionCreateUnion;
  })();

  var IrInstructionDebugLoc = Rzb.IrInstructionDebugLoc = (function() {
    function IrInstructionDebugLoc(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionDebugLoc.prototype._read = function() {
      this.location = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionDebugLoc;
  })();

  var IrInstructionEndBorrow = Rzb.IrInstructionEndBorrow = (function() {
    function IrInstructionEndBorrow(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionEndBorrow.prototype._read = function() {
      this.borrow = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionEndBorrow;
  })();

  var IrInstructionExtractDiscriminant = Rzb.IrInstructionExtractDiscriminant = (function() {
    function IrInstructionExtractDiscriminant(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionExtractDiscriminant.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.unionVal = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionExtractDiscriminant;
  })();

  var IrInstructionExtractUnionValue = Rzb.IrInstructionExtractUnionValue = (function() {
    function IrInstructionExtractUnionValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionExtractUnionValue.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.unionVal = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.discriminant = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.valueTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionExtractUnionValue;
  })();

  var IrInstructionExtractValue = Rzb.IrInstructionExtractValue = (function() {
    function IrInstructionExtractValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionExtractValue.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.aggregate = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.indices = new VecU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionExtractValue;
  })();

  var IrInstructionFree = Rzb.IrInstructionFree = (function() {
    function IrInstructionFree(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionFree.prototype._read = function() {
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionFree;
  })();

  var IrInstructionFunctionRef = Rzb.IrInstructionFunctionRef = (function() {
    function IrInstructionFunctionRef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionFunctionRef.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.funcId = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionFunctionRef;
  })();

  var IrInstructionGetElementPtr = Rzb.IrInstructionGetElementPtr = (function() {
    function IrInstructionGetElementPtr(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionGetElementPtr.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.indices = new VecU32(this._io, this, this._root, this.depth);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      if (this._root.generation >= 5) {
        this.structContext = new OptStructFieldRef(this._io, this, this._root, this.depth);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionGetElementPtr;
  })();

  var IrInstructionInlineAsm = Rzb.IrInstructionInlineAsm = (function() {
    function IrInstructionInlineAsm(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionInlineAsm.prototype._read = function() {
      this.dest = new OptU32(this._io, this, this._root, this.depth);
      this.asm = new PostcardString(this._io, this, this._root);
      this.inputs = new VecTupStringU32(this._io, this, this._root, this.depth);
      this.outputs = new VecTupStringIrType(this._io, this, this._root, this.depth);
      this.clobbers = new VecString(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionInlineAsm;
  })();

  var IrInstructionInsertValue = Rzb.IrInstructionInsertValue = (function() {
    function IrInstructionInsertValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionInsertValue.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.aggregate = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.indices = new VecU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionInsertValue;
  })();

  var IrInstructionJump = Rzb.IrInstructionJump = (function() {
    function IrInstructionJump(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionJump.prototype._read = function() {
      this.target = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionJump;
  })();

  var IrInstructionLandingPad = Rzb.IrInstructionLandingPad = (function() {
    function IrInstructionLandingPad(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionLandingPad.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.clauses = new VecLandingPadClause(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionLandingPad;
  })();

  var IrInstructionLoad = Rzb.IrInstructionLoad = (function() {
    function IrInstructionLoad(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionLoad.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionLoad;
  })();

  var IrInstructionLoadGlobal = Rzb.IrInstructionLoadGlobal = (function() {
    function IrInstructionLoadGlobal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionLoadGlobal.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.globalId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionLoadGlobal;
  })();

  var IrInstructionMakeClosure = Rzb.IrInstructionMakeClosure = (function() {
    function IrInstructionMakeClosure(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionMakeClosure.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.funcId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.capturedValues = new VecU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionMakeClosure;
  })();

  var IrInstructionMemCopy = Rzb.IrInstructionMemCopy = (function() {
    function IrInstructionMemCopy(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionMemCopy.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.size = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionMemCopy;
  })();

  var IrInstructionMemSet = Rzb.IrInstructionMemSet = (function() {
    function IrInstructionMemSet(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionMemSet.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.size = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionMemSet;
  })();

  var IrInstructionMove = Rzb.IrInstructionMove = (function() {
    function IrInstructionMove(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionMove.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.src = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionMove;
  })();

  var IrInstructionPanic = Rzb.IrInstructionPanic = (function() {
    function IrInstructionPanic(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionPanic.prototype._read = function() {
      this.message = new OptString(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionPanic;
  })();

  var IrInstructionPhi = Rzb.IrInstructionPhi = (function() {
    function IrInstructionPhi(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionPhi.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.incoming = new VecTupU32U32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionPhi;
  })();

  var IrInstructionPtrAdd = Rzb.IrInstructionPtrAdd = (function() {
    function IrInstructionPtrAdd(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionPtrAdd.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.offset = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionPtrAdd;
  })();

  var IrInstructionResume = Rzb.IrInstructionResume = (function() {
    function IrInstructionResume(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionResume.prototype._read = function() {
      this.exception = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionResume;
  })();

  var IrInstructionReturn = Rzb.IrInstructionReturn = (function() {
    function IrInstructionReturn(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionReturn.prototype._read = function() {
      this.value = new OptU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionReturn;
  })();

  var IrInstructionSelect = Rzb.IrInstructionSelect = (function() {
    function IrInstructionSelect(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionSelect.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.condition = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.trueVal = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.falseVal = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionSelect;
  })();

  var IrInstructionStore = Rzb.IrInstructionStore = (function() {
    function IrInstructionStore(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionStore.prototype._read = function() {
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      if (this._root.generation >= 5) {
        this.storeTy = new OptIrType(this._io, this, this._root, this.depth);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionStore;
  })();

  var IrInstructionStoreGlobal = Rzb.IrInstructionStoreGlobal = (function() {
    function IrInstructionStoreGlobal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionStoreGlobal.prototype._read = function() {
      this.globalId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionStoreGlobal;
  })();

  var IrInstructionSwitch = Rzb.IrInstructionSwitch = (function() {
    function IrInstructionSwitch(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionSwitch.prototype._read = function() {
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.defaultTarget = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.cases = new VecTupIrValueU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionSwitch;
  })();

  var IrInstructionThrow = Rzb.IrInstructionThrow = (function() {
    function IrInstructionThrow(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionThrow.prototype._read = function() {
      this.exception = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionThrow;
  })();

  var IrInstructionUnOp = Rzb.IrInstructionUnOp = (function() {
    function IrInstructionUnOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionUnOp.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new UnaryOp(this._io, this, this._root, this.depth + 1);
      this.operand = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionUnOp;
  })();

  var IrInstructionUndef = Rzb.IrInstructionUndef = (function() {
    function IrInstructionUndef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionUndef.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionUndef;
  })();

  var IrInstructionVectorBinOp = Rzb.IrInstructionVectorBinOp = (function() {
    function IrInstructionVectorBinOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorBinOp.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new BinaryOp(this._io, this, this._root, this.depth + 1);
      this.left = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.right = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorBinOp;
  })();

  var IrInstructionVectorExtract = Rzb.IrInstructionVectorExtract = (function() {
    function IrInstructionVectorExtract(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorExtract.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vector = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.index = this._io.readU1();
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorExtract;
  })();

  var IrInstructionVectorInsert = Rzb.IrInstructionVectorInsert = (function() {
    function IrInstructionVectorInsert(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorInsert.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vector = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.scalar = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.index = this._io.readU1();
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorInsert;
  })();

  var IrInstructionVectorLoad = Rzb.IrInstructionVectorLoad = (function() {
    function IrInstructionVectorLoad(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorLoad.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorLoad;
  })();

  var IrInstructionVectorMinMax = Rzb.IrInstructionVectorMinMax = (function() {
    function IrInstructionVectorMinMax(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorMinMax.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new VectorMinMaxKind(this._io, this, this._root, this.depth + 1);
      this.left = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.right = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorMinMax;
  })();

  var IrInstructionVectorReduce = Rzb.IrInstructionVectorReduce = (function() {
    function IrInstructionVectorReduce(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorReduce.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new BinaryOp(this._io, this, this._root, this.depth + 1);
      this.vector = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorReduce;
  })();

  var IrInstructionVectorSplat = Rzb.IrInstructionVectorSplat = (function() {
    function IrInstructionVectorSplat(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorSplat.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.scalar = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorSplat;
  })();

  var IrInstructionVectorStore = Rzb.IrInstructionVectorStore = (function() {
    function IrInstructionVectorStore(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorStore.prototype._read = function() {
      this.ptr = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorStore;
  })();

  var IrInstructionVectorUnaryOp = Rzb.IrInstructionVectorUnaryOp = (function() {
    function IrInstructionVectorUnaryOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrInstructionVectorUnaryOp.prototype._read = function() {
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.op = new VectorUnaryOpKind(this._io, this, this._root, this.depth + 1);
      this.operand = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.vecTy = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrInstructionVectorUnaryOp;
  })();

  var IrLocal = Rzb.IrLocal = (function() {
    function IrLocal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrLocal.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_local/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.mutable = new PostcardBool(this._io, this, this._root);
      this.sourceLocation = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
      this.allocation = new AllocationHint(this._io, this, this._root, this.depth + 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrLocal;
  })();

  var IrModule = Rzb.IrModule = (function() {
    function IrModule(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrModule.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_module/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.sourceFile = new PostcardString(this._io, this, this._root);
      this.functions = new MapU32IrFunction(this._io, this, this._root, this.depth);
      this.globals = new MapU32IrGlobal(this._io, this, this._root, this.depth);
      this.types = new MapU32IrTypeDef(this._io, this, this._root, this.depth);
      this.stringPool = new StringPool(this._io, this, this._root, this.depth + 1);
      this.externFunctions = new MapU32IrExternFunction(this._io, this, this._root, this.depth);
      this.metadata = new ModuleMetadata(this._io, this, this._root, this.depth + 1);
      this.nextFunctionId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.nextGlobalId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.nextTypedefId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.symbolToRegister = new MapU32U32(this._io, this, this._root, this.depth);
      this.registerToSymbol = new MapU32U32(this._io, this, this._root, this.depth);
      if (this._root.generation >= 4) {
        this.externalFunctionNames = new MapU32String(this._io, this, this._root, this.depth);
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrModule;
  })();

  var IrParameter = Rzb.IrParameter = (function() {
    function IrParameter(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrParameter.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_parameter/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.reg = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.byRef = new PostcardBool(this._io, this, this._root);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrParameter;
  })();

  var IrPhiNode = Rzb.IrPhiNode = (function() {
    function IrPhiNode(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrPhiNode.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_phi_node/seq/0");
      }
      this.dest = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.incoming = new VecTupU32U32(this._io, this, this._root, this.depth);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrPhiNode;
  })();

  var IrSourceLocation = Rzb.IrSourceLocation = (function() {
    function IrSourceLocation(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrSourceLocation.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_source_location/seq/0");
      }
      this.fileId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.line = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.column = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrSourceLocation;
  })();

  var IrTerminator = Rzb.IrTerminator = (function() {
    function IrTerminator(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminator.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_terminator/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 5)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ir_terminator/seq/2");
      }
      switch (this.tag.value) {
      case 0:
        this.payload = new IrTerminatorBranch(this._io, this, this._root, this.depth);
        break;
      case 1:
        this.payload = new IrTerminatorCondBranch(this._io, this, this._root, this.depth);
        break;
      case 2:
        this.payload = new IrTerminatorSwitch(this._io, this, this._root, this.depth);
        break;
      case 3:
        this.payload = new IrTerminatorReturn(this._io, this, this._root, this.depth);
        break;
      case 5:
        this.payload = new IrTerminatorNoReturn(this._io, this, this._root, this.depth);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrTerminator;
  })();

  var IrTerminatorBranch = Rzb.IrTerminatorBranch = (function() {
    function IrTerminatorBranch(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminatorBranch.prototype._read = function() {
      this.target = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTerminatorBranch;
  })();

  var IrTerminatorCondBranch = Rzb.IrTerminatorCondBranch = (function() {
    function IrTerminatorCondBranch(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminatorCondBranch.prototype._read = function() {
      this.condition = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.trueTarget = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.falseTarget = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTerminatorCondBranch;
  })();

  var IrTerminatorNoReturn = Rzb.IrTerminatorNoReturn = (function() {
    function IrTerminatorNoReturn(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminatorNoReturn.prototype._read = function() {
      this.call = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTerminatorNoReturn;
  })();

  var IrTerminatorReturn = Rzb.IrTerminatorReturn = (function() {
    function IrTerminatorReturn(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminatorReturn.prototype._read = function() {
      this.value = new OptU32(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTerminatorReturn;
  })();

  var IrTerminatorSwitch = Rzb.IrTerminatorSwitch = (function() {
    function IrTerminatorSwitch(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTerminatorSwitch.prototype._read = function() {
      this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.cases = new VecTupI64U32(this._io, this, this._root, this.depth);
      this.default = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTerminatorSwitch;
  })();

  var IrType = Rzb.IrType = (function() {
    function IrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrType.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_type/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 24)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ir_type/seq/2");
      }
      switch (this.tag.value) {
      case 12:
        this.payload = new IrType(this._io, this, this._root, this.depth + 1);
        break;
      case 13:
        this.payload = new IrType(this._io, this, this._root, this.depth + 1);
        break;
      case 14:
        this.payload = new TupIrTypeUsize(this._io, this, this._root, this.depth);
        break;
      case 15:
        this.payload = new IrType(this._io, this, this._root, this.depth + 1);
        break;
      case 16:
        this.payload = new IrTypeVector(this._io, this, this._root, this.depth);
        break;
      case 18:
        this.payload = new IrTypeFunction(this._io, this, this._root, this.depth);
        break;
      case 19:
        this.payload = new IrTypeStruct(this._io, this, this._root, this.depth);
        break;
      case 20:
        this.payload = new IrTypeUnion(this._io, this, this._root, this.depth);
        break;
      case 21:
        this.payload = new IrTypeOpaque(this._io, this, this._root, this.depth);
        break;
      case 22:
        this.payload = new PostcardString(this._io, this, this._root);
        break;
      case 23:
        this.payload = new IrTypeGeneric(this._io, this, this._root, this.depth);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrType;
  })();

  var IrTypeFunction = Rzb.IrTypeFunction = (function() {
    function IrTypeFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeFunction.prototype._read = function() {
      this.params = new VecIrType(this._io, this, this._root, this.depth);
      this.returnType = new IrType(this._io, this, this._root, this.depth + 1);
      this.varargs = new PostcardBool(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeFunction;
  })();

  var IrTypeGeneric = Rzb.IrTypeGeneric = (function() {
    function IrTypeGeneric(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeGeneric.prototype._read = function() {
      this.base = new IrType(this._io, this, this._root, this.depth + 1);
      this.typeArgs = new VecIrType(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeGeneric;
  })();

  var IrTypeOpaque = Rzb.IrTypeOpaque = (function() {
    function IrTypeOpaque(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeOpaque.prototype._read = function() {
      this.name = new PostcardString(this._io, this, this._root);
      this.size = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.align = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeOpaque;
  })();

  var IrTypeStruct = Rzb.IrTypeStruct = (function() {
    function IrTypeStruct(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeStruct.prototype._read = function() {
      this.name = new PostcardString(this._io, this, this._root);
      this.fields = new VecStructField(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeStruct;
  })();

  var IrTypeUnion = Rzb.IrTypeUnion = (function() {
    function IrTypeUnion(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeUnion.prototype._read = function() {
      this.name = new PostcardString(this._io, this, this._root);
      this.variants = new VecUnionVariant(this._io, this, this._root, this.depth);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeUnion;
  })();

  var IrTypeVector = Rzb.IrTypeVector = (function() {
    function IrTypeVector(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeVector.prototype._read = function() {
      this.element = new IrType(this._io, this, this._root, this.depth + 1);
      this.count = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeVector;
  })();

  var IrTypeDef = Rzb.IrTypeDef = (function() {
    function IrTypeDef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeDef.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_type_def/seq/0");
      }
      this.id = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.name = new PostcardString(this._io, this, this._root);
      this.typeId = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.definition = new IrTypeDefinition(this._io, this, this._root, this.depth + 1);
      this.sourceLocation = new IrSourceLocation(this._io, this, this._root, this.depth + 1);
      if (this._root.generation >= 1) {
        this.superTypeId = new OptU32(this._io, this, this._root, this.depth);
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrTypeDef;
  })();

  var IrTypeDefinition = Rzb.IrTypeDefinition = (function() {
    function IrTypeDefinition(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeDefinition.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_type_definition/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ir_type_definition/seq/2");
      }
      switch (this.tag.value) {
      case 0:
        this.payload = new IrTypeDefinitionStruct(this._io, this, this._root, this.depth);
        break;
      case 1:
        this.payload = new IrTypeDefinitionEnum(this._io, this, this._root, this.depth);
        break;
      case 2:
        this.payload = new IrTypeDefinitionAlias(this._io, this, this._root, this.depth);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrTypeDefinition;
  })();

  var IrTypeDefinitionAlias = Rzb.IrTypeDefinitionAlias = (function() {
    function IrTypeDefinitionAlias(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeDefinitionAlias.prototype._read = function() {
      this.aliasedType = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeDefinitionAlias;
  })();

  var IrTypeDefinitionEnum = Rzb.IrTypeDefinitionEnum = (function() {
    function IrTypeDefinitionEnum(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeDefinitionEnum.prototype._read = function() {
      this.variants = new VecIrEnumVariant(this._io, this, this._root, this.depth);
      this.discriminantType = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeDefinitionEnum;
  })();

  var IrTypeDefinitionStruct = Rzb.IrTypeDefinitionStruct = (function() {
    function IrTypeDefinitionStruct(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeDefinitionStruct.prototype._read = function() {
      this.fields = new VecIrField(this._io, this, this._root, this.depth);
      this.packed = new PostcardBool(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return IrTypeDefinitionStruct;
  })();

  var IrTypeParam = Rzb.IrTypeParam = (function() {
    function IrTypeParam(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrTypeParam.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_type_param/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.constraints = new VecString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrTypeParam;
  })();

  var IrValue = Rzb.IrValue = (function() {
    function IrValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrValue.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ir_value/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 18)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ir_value/seq/2");
      }
      switch (this.tag.value) {
      case 10:
        this.payload = new PostcardVarint(this._io, this, this._root, 5, 15);
        break;
      case 11:
        this.payload = new PostcardVarint(this._io, this, this._root, 10, 1);
        break;
      case 12:
        this.payload = this._io.readF4le();
        break;
      case 13:
        this.payload = this._io.readF8le();
        break;
      case 14:
        this.payload = new PostcardString(this._io, this, this._root);
        break;
      case 15:
        this.payload = new VecIrValue(this._io, this, this._root, this.depth);
        break;
      case 16:
        this.payload = new VecIrValue(this._io, this, this._root, this.depth);
        break;
      case 17:
        this.payload = new PostcardVarint(this._io, this, this._root, 5, 15);
        break;
      case 18:
        this.payload = new IrValueClosure(this._io, this, this._root, this.depth);
        break;
      case 3:
        this.payload = new PostcardBool(this._io, this, this._root);
        break;
      case 4:
        this.payload = this._io.readS1();
        break;
      case 5:
        this.payload = new PostcardVarint(this._io, this, this._root, 3, 3);
        break;
      case 6:
        this.payload = new PostcardVarint(this._io, this, this._root, 5, 15);
        break;
      case 7:
        this.payload = new PostcardVarint(this._io, this, this._root, 10, 1);
        break;
      case 8:
        this.payload = this._io.readU1();
        break;
      case 9:
        this.payload = new PostcardVarint(this._io, this, this._root, 3, 3);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return IrValue;
  })();

  var IrValueClosure = Rzb.IrValueClosure = (function() {
    function IrValueClosure(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    IrValueClosure.prototype._read = function() {
      this.function = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.environment = new IrValue(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return IrValueClosure;
  })();

  var LandingPadClause = Rzb.LandingPadClause = (function() {
    function LandingPadClause(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    LandingPadClause.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/landing_pad_clause/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 1)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/landing_pad_clause/seq/2");
      }
      switch (this.tag.value) {
      case 0:
        this.payload = new IrType(this._io, this, this._root, this.depth + 1);
        break;
      case 1:
        this.payload = new VecIrType(this._io, this, this._root, this.depth);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return LandingPadClause;
  })();

  var Linkage = Rzb.Linkage = (function() {
    function Linkage(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    Linkage.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/linkage/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 3)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/linkage/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return Linkage;
  })();

  var MapStringString = Rzb.MapStringString = (function() {
    function MapStringString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapStringString.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_string_string/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_string_string/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryStringString(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapStringString;
  })();

  var MapStringU32 = Rzb.MapStringU32 = (function() {
    function MapStringU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapStringU32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_string_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_string_u32/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryStringU32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapStringU32;
  })();

  var MapU32IrBasicBlock = Rzb.MapU32IrBasicBlock = (function() {
    function MapU32IrBasicBlock(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrBasicBlock.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 14 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_basic_block/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_basic_block/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrBasicBlock(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrBasicBlock;
  })();

  var MapU32IrExternFunction = Rzb.MapU32IrExternFunction = (function() {
    function MapU32IrExternFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrExternFunction.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 11 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_extern_function/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_extern_function/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrExternFunction(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrExternFunction;
  })();

  var MapU32IrFunction = Rzb.MapU32IrFunction = (function() {
    function MapU32IrFunction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrFunction.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!((this._root.generation <= 1 ? this.len.value * 27 <= this._io.size - this._io.pos : (this._root.generation <= 5 ? this.len.value * 28 <= this._io.size - this._io.pos : this.len.value * 30 <= this._io.size - this._io.pos)))) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_function/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_function/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrFunction(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrFunction;
  })();

  var MapU32IrGlobal = Rzb.MapU32IrGlobal = (function() {
    function MapU32IrGlobal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrGlobal.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 12 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_global/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_global/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrGlobal(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrGlobal;
  })();

  var MapU32IrLocal = Rzb.MapU32IrLocal = (function() {
    function MapU32IrLocal(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrLocal.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 8 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_local/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_local/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrLocal(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrLocal;
  })();

  var MapU32IrType = Rzb.MapU32IrType = (function() {
    function MapU32IrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrType.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_type/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_type/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrType(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrType;
  })();

  var MapU32IrTypeDef = Rzb.MapU32IrTypeDef = (function() {
    function MapU32IrTypeDef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32IrTypeDef.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!((this._root.generation <= 0 ? this.len.value * 8 <= this._io.size - this._io.pos : this.len.value * 9 <= this._io.size - this._io.pos))) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_ir_type_def/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_ir_type_def/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32IrTypeDef(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32IrTypeDef;
  })();

  var MapU32String = Rzb.MapU32String = (function() {
    function MapU32String(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32String.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_string/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_string/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32String(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32String;
  })();

  var MapU32U32 = Rzb.MapU32U32 = (function() {
    function MapU32U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    MapU32U32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/map_u32_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/map_u32_u32/seq/2");
      }
      this.entries = [];
      for (var i = 0; i < this.len.value; i++) {
        this.entries.push(new EntryU32U32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return MapU32U32;
  })();

  var ModuleMetadata = Rzb.ModuleMetadata = (function() {
    function ModuleMetadata(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    ModuleMetadata.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/module_metadata/seq/0");
      }
      this.targetTriple = new OptString(this._io, this, this._root, this.depth);
      this.languageVersion = new PostcardString(this._io, this, this._root);
      this.optimizationLevel = new OptimizationLevel(this._io, this, this._root, this.depth + 1);
      this.debugInfo = new DebugInfoLevel(this._io, this, this._root, this.depth + 1);
      this.attributes = new MapStringString(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return ModuleMetadata;
  })();

  var ModuleTableEntry = Rzb.ModuleTableEntry = (function() {
    function ModuleTableEntry(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    ModuleTableEntry.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/module_table_entry/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.offset = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.size = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return ModuleTableEntry;
  })();

  var OptBladeMethodInfo = Rzb.OptBladeMethodInfo = (function() {
    function OptBladeMethodInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptBladeMethodInfo.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_blade_method_info/seq/0");
      }
      if (this.tag == 1) {
        this.value = new BladeMethodInfo(this._io, this, this._root, this.depth + 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptBladeMethodInfo;
  })();

  var OptBladeSymbolManifest = Rzb.OptBladeSymbolManifest = (function() {
    function OptBladeSymbolManifest(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptBladeSymbolManifest.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_blade_symbol_manifest/seq/0");
      }
      if (this.tag == 1) {
        this.value = new BladeSymbolManifest(this._io, this, this._root, this.depth + 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptBladeSymbolManifest;
  })();

  var OptIrType = Rzb.OptIrType = (function() {
    function OptIrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptIrType.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_ir_type/seq/0");
      }
      if (this.tag == 1) {
        this.value = new IrType(this._io, this, this._root, this.depth + 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptIrType;
  })();

  var OptIrValue = Rzb.OptIrValue = (function() {
    function OptIrValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptIrValue.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_ir_value/seq/0");
      }
      if (this.tag == 1) {
        this.value = new IrValue(this._io, this, this._root, this.depth + 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptIrValue;
  })();

  var OptString = Rzb.OptString = (function() {
    function OptString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptString.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_string/seq/0");
      }
      if (this.tag == 1) {
        this.value = new PostcardString(this._io, this, this._root);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptString;
  })();

  var OptStructFieldRef = Rzb.OptStructFieldRef = (function() {
    function OptStructFieldRef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptStructFieldRef.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_struct_field_ref/seq/0");
      }
      if (this.tag == 1) {
        this.value = new StructFieldRef(this._io, this, this._root, this.depth + 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptStructFieldRef;
  })();

  var OptTupStringString = Rzb.OptTupStringString = (function() {
    function OptTupStringString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptTupStringString.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_tup_string_string/seq/0");
      }
      if (this.tag == 1) {
        this.value = new TupStringString(this._io, this, this._root, this.depth);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptTupStringString;
  })();

  var OptU32 = Rzb.OptU32 = (function() {
    function OptU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptU32.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_u32/seq/0");
      }
      if (this.tag == 1) {
        this.value = new PostcardVarint(this._io, this, this._root, 5, 15);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptU32;
  })();

  var OptU8 = Rzb.OptU8 = (function() {
    function OptU8(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptU8.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_u8/seq/0");
      }
      if (this.tag == 1) {
        this.value = this._io.readU1();
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptU8;
  })();

  var OptUsize = Rzb.OptUsize = (function() {
    function OptUsize(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptUsize.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/opt_usize/seq/0");
      }
      if (this.tag == 1) {
        this.value = new PostcardVarint(this._io, this, this._root, 10, 1);
      }
    }

    /**
     * nesting level (named types entered)
     */

    return OptUsize;
  })();

  var OptimizationHint = Rzb.OptimizationHint = (function() {
    function OptimizationHint(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptimizationHint.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/optimization_hint/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 4)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/optimization_hint/seq/2");
      }
      switch (this.tag.value) {
      case 4:
        this.payload = new PostcardString(this._io, this, this._root);
        break;
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return OptimizationHint;
  })();

  var OptimizationLevel = Rzb.OptimizationLevel = (function() {
    function OptimizationLevel(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OptimizationLevel.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/optimization_level/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 4)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/optimization_level/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return OptimizationLevel;
  })();

  var OwnershipMode = Rzb.OwnershipMode = (function() {
    function OwnershipMode(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    OwnershipMode.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/ownership_mode/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 4)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/ownership_mode/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return OwnershipMode;
  })();

  var PostcardBool = Rzb.PostcardBool = (function() {
    function PostcardBool(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PostcardBool.prototype._read = function() {
      this.value = this._io.readU1();
      if (!(this.value <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.value, this._io, "/types/postcard_bool/seq/0");
      }
    }

    return PostcardBool;
  })();

  var PostcardBytes = Rzb.PostcardBytes = (function() {
    function PostcardBytes(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PostcardBytes.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/postcard_bytes/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/postcard_bytes/seq/2");
      }
      this.value = this._io.readBytes(this.len.value);
    }

    return PostcardBytes;
  })();

  var PostcardString = Rzb.PostcardString = (function() {
    function PostcardString(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PostcardString.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/postcard_string/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/postcard_string/seq/2");
      }
      this.value = KaitaiStream.bytesToStr(this._io.readBytes(this.len.value), "UTF-8");
    }

    return PostcardString;
  })();

  /**
   * LEB128: 7 bits a byte, least significant group first, at most max_bytes groups; the value must fit the integer type (the last group holds at most last_max). Non-minimal encodings that fit are accepted, as postcard accepts them.
   */

  var PostcardVarint = Rzb.PostcardVarint = (function() {
    function PostcardVarint(_io, _parent, _root, maxBytes, lastMax) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.maxBytes = maxBytes;
      this.lastMax = lastMax;

      this._read();
    }
    PostcardVarint.prototype._read = function() {
      this.groups = [];
      var i = 0;
      do {
        var _ = this._io.readU1();
        this.groups.push(_);
        i++;
      } while (!( ((_ < 128) || (this.groups.length >= this.maxBytes)) ));
      this.ends = this._io.readBytes(0);
      var _ = this.ends;
      if (!(this.groups[this.groups.length - 1] < 128)) {
        throw new KaitaiStream.ValidationExprError(this.ends, this._io, "/types/postcard_varint/seq/1");
      }
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!( ((this.groups.length < this.maxBytes) || (this.groups[this.groups.length - 1] <= this.lastMax)) )) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/postcard_varint/seq/2");
      }
    }

    /**
     * the unsigned value (exact in Python; JavaScript readers rebuild it from groups)
     */
    Object.defineProperty(PostcardVarint.prototype, 'value', {
      get: function() {
        if (this._m_value !== undefined)
          return this._m_value;
        this._m_value = (((((((((this.groups[0] & 127) + (this.groups.length > 1 ? (this.groups[1] & 127) * 128 : 0)) + (this.groups.length > 2 ? (this.groups[2] & 127) * 16384 : 0)) + (this.groups.length > 3 ? (this.groups[3] & 127) * 2097152 : 0)) + (this.groups.length > 4 ? (this.groups[4] & 127) * 268435456 : 0)) + (this.groups.length > 5 ? (this.groups[5] & 127) * 34359738368 : 0)) + (this.groups.length > 6 ? (this.groups[6] & 127) * 4398046511104 : 0)) + (this.groups.length > 7 ? (this.groups[7] & 127) * 562949953421312 : 0)) + (this.groups.length > 8 ? (this.groups[8] & 127) * 72057594037927936 : 0)) + (this.groups.length > 9 ? (this.groups[9] & 127) * 9223372036854775808 : 0);
        return this._m_value;
      }
    });

    /**
     * no more than max_bytes groups
     */

    /**
     * the value fits the integer type
     */

    /**
     * ceil(bits / 7): 3 for 16-bit, 5 for 32-bit, 10 for 64-bit
     */

    /**
     * the largest group a varint of max_bytes groups may end with
     */

    return PostcardVarint;
  })();

  var RayzorBundle = Rzb.RayzorBundle = (function() {
    function RayzorBundle(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    RayzorBundle.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/rayzor_bundle/seq/0");
      }
      this.magic = this._io.readBytes(4);
      this.version = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.flags = new BundleFlags(this._io, this, this._root, this.depth + 1);
      this.entryModule = new PostcardString(this._io, this, this._root);
      this.entryFunction = new PostcardString(this._io, this, this._root);
      this.entryModuleIndex = new OptUsize(this._io, this, this._root, this.depth);
      this.entryFunctionId = new OptU32(this._io, this, this._root, this.depth);
      this.moduleTable = new VecModuleTableEntry(this._io, this, this._root, this.depth);
      this.modules = new VecIrModule(this._io, this, this._root, this.depth);
      this.symbols = new OptBladeSymbolManifest(this._io, this, this._root, this.depth);
      this.buildInfo = new BundleBuildInfo(this._io, this, this._root, this.depth + 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return RayzorBundle;
  })();

  var StringPool = Rzb.StringPool = (function() {
    function StringPool(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    StringPool.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/string_pool/seq/0");
      }
      this.strings = new MapU32String(this._io, this, this._root, this.depth);
      this.stringToId = new MapStringU32(this._io, this, this._root, this.depth);
      this.nextId = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return StringPool;
  })();

  var StructField = Rzb.StructField = (function() {
    function StructField(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    StructField.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/struct_field/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.ty = new IrType(this._io, this, this._root, this.depth + 1);
      this.offset = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return StructField;
  })();

  var StructFieldRef = Rzb.StructFieldRef = (function() {
    function StructFieldRef(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    StructFieldRef.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/struct_field_ref/seq/0");
      }
      this.structName = new PostcardString(this._io, this, this._root);
      this.fieldName = new PostcardString(this._io, this, this._root);
      this.fieldIndex = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return StructFieldRef;
  })();

  var TupI64U32 = Rzb.TupI64U32 = (function() {
    function TupI64U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupI64U32.prototype._read = function() {
      this.item0 = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.item1 = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return TupI64U32;
  })();

  var TupIrTypeUsize = Rzb.TupIrTypeUsize = (function() {
    function TupIrTypeUsize(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupIrTypeUsize.prototype._read = function() {
      this.item0 = new IrType(this._io, this, this._root, this.depth + 1);
      this.item1 = new PostcardVarint(this._io, this, this._root, 10, 1);
    }

    /**
     * nesting level (named types entered)
     */

    return TupIrTypeUsize;
  })();

  var TupIrValueU32 = Rzb.TupIrValueU32 = (function() {
    function TupIrValueU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupIrValueU32.prototype._read = function() {
      this.item0 = new IrValue(this._io, this, this._root, this.depth + 1);
      this.item1 = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return TupIrValueU32;
  })();

  var TupStringIrType = Rzb.TupStringIrType = (function() {
    function TupStringIrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupStringIrType.prototype._read = function() {
      this.item0 = new PostcardString(this._io, this, this._root);
      this.item1 = new IrType(this._io, this, this._root, this.depth + 1);
    }

    /**
     * nesting level (named types entered)
     */

    return TupStringIrType;
  })();

  var TupStringString = Rzb.TupStringString = (function() {
    function TupStringString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupStringString.prototype._read = function() {
      this.item0 = new PostcardString(this._io, this, this._root);
      this.item1 = new PostcardString(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return TupStringString;
  })();

  var TupStringU32 = Rzb.TupStringU32 = (function() {
    function TupStringU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupStringU32.prototype._read = function() {
      this.item0 = new PostcardString(this._io, this, this._root);
      this.item1 = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return TupStringU32;
  })();

  var TupU32String = Rzb.TupU32String = (function() {
    function TupU32String(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupU32String.prototype._read = function() {
      this.item0 = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.item1 = new PostcardString(this._io, this, this._root);
    }

    /**
     * nesting level (named types entered)
     */

    return TupU32String;
  })();

  var TupU32U32 = Rzb.TupU32U32 = (function() {
    function TupU32U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    TupU32U32.prototype._read = function() {
      this.item0 = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.item1 = new PostcardVarint(this._io, this, this._root, 5, 15);
    }

    /**
     * nesting level (named types entered)
     */

    return TupU32U32;
  })();

  var UnaryOp = Rzb.UnaryOp = (function() {
    function UnaryOp(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    UnaryOp.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/unary_op/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 2)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/unary_op/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return UnaryOp;
  })();

  var UnionVariant = Rzb.UnionVariant = (function() {
    function UnionVariant(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    UnionVariant.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/union_variant/seq/0");
      }
      this.name = new PostcardString(this._io, this, this._root);
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.fields = new VecIrType(this._io, this, this._root, this.depth);
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return UnionVariant;
  })();

  var VecBladeAbstractInfo = Rzb.VecBladeAbstractInfo = (function() {
    function VecBladeAbstractInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeAbstractInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 10 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_abstract_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_abstract_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeAbstractInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeAbstractInfo;
  })();

  var VecBladeClassInfo = Rzb.VecBladeClassInfo = (function() {
    function VecBladeClassInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeClassInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 14 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_class_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_class_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeClassInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeClassInfo;
  })();

  var VecBladeEnumInfo = Rzb.VecBladeEnumInfo = (function() {
    function VecBladeEnumInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeEnumInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 5 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_enum_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_enum_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeEnumInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeEnumInfo;
  })();

  var VecBladeEnumVariantInfo = Rzb.VecBladeEnumVariantInfo = (function() {
    function VecBladeEnumVariantInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeEnumVariantInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_enum_variant_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_enum_variant_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeEnumVariantInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeEnumVariantInfo;
  })();

  var VecBladeFieldInfo = Rzb.VecBladeFieldInfo = (function() {
    function VecBladeFieldInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeFieldInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 6 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_field_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_field_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeFieldInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeFieldInfo;
  })();

  var VecBladeMethodInfo = Rzb.VecBladeMethodInfo = (function() {
    function VecBladeMethodInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeMethodInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 7 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_method_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_method_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeMethodInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeMethodInfo;
  })();

  var VecBladeModuleSymbols = Rzb.VecBladeModuleSymbols = (function() {
    function VecBladeModuleSymbols(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeModuleSymbols.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 8 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_module_symbols/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_module_symbols/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeModuleSymbols(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeModuleSymbols;
  })();

  var VecBladeParamInfo = Rzb.VecBladeParamInfo = (function() {
    function VecBladeParamInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeParamInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 4 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_param_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_param_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeParamInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeParamInfo;
  })();

  var VecBladeTypeAliasInfo = Rzb.VecBladeTypeAliasInfo = (function() {
    function VecBladeTypeAliasInfo(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecBladeTypeAliasInfo.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 4 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_blade_type_alias_info/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_blade_type_alias_info/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new BladeTypeAliasInfo(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecBladeTypeAliasInfo;
  })();

  var VecIrEnumVariant = Rzb.VecIrEnumVariant = (function() {
    function VecIrEnumVariant(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrEnumVariant.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_enum_variant/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_enum_variant/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrEnumVariant(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrEnumVariant;
  })();

  var VecIrField = Rzb.VecIrField = (function() {
    function VecIrField(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrField.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_field/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_field/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrField(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrField;
  })();

  var VecIrInstruction = Rzb.VecIrInstruction = (function() {
    function VecIrInstruction(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrInstruction.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_instruction/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_instruction/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrInstruction(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrInstruction;
  })();

  var VecIrModule = Rzb.VecIrModule = (function() {
    function VecIrModule(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrModule.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!((this._root.generation <= 3 ? this.len.value * 19 <= this._io.size - this._io.pos : this.len.value * 20 <= this._io.size - this._io.pos))) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_module/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_module/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrModule(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrModule;
  })();

  var VecIrParameter = Rzb.VecIrParameter = (function() {
    function VecIrParameter(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrParameter.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 4 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_parameter/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_parameter/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrParameter(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrParameter;
  })();

  var VecIrPhiNode = Rzb.VecIrPhiNode = (function() {
    function VecIrPhiNode(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrPhiNode.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_phi_node/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_phi_node/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrPhiNode(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrPhiNode;
  })();

  var VecIrType = Rzb.VecIrType = (function() {
    function VecIrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrType.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_type/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_type/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrType(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrType;
  })();

  var VecIrTypeParam = Rzb.VecIrTypeParam = (function() {
    function VecIrTypeParam(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrTypeParam.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_type_param/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_type_param/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrTypeParam(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrTypeParam;
  })();

  var VecIrValue = Rzb.VecIrValue = (function() {
    function VecIrValue(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecIrValue.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ir_value/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ir_value/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new IrValue(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecIrValue;
  })();

  var VecLandingPadClause = Rzb.VecLandingPadClause = (function() {
    function VecLandingPadClause(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecLandingPadClause.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_landing_pad_clause/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_landing_pad_clause/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new LandingPadClause(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecLandingPadClause;
  })();

  var VecModuleTableEntry = Rzb.VecModuleTableEntry = (function() {
    function VecModuleTableEntry(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecModuleTableEntry.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_module_table_entry/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_module_table_entry/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new ModuleTableEntry(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecModuleTableEntry;
  })();

  var VecOptimizationHint = Rzb.VecOptimizationHint = (function() {
    function VecOptimizationHint(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecOptimizationHint.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_optimization_hint/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_optimization_hint/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new OptimizationHint(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecOptimizationHint;
  })();

  var VecOwnershipMode = Rzb.VecOwnershipMode = (function() {
    function VecOwnershipMode(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecOwnershipMode.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_ownership_mode/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_ownership_mode/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new OwnershipMode(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecOwnershipMode;
  })();

  var VecString = Rzb.VecString = (function() {
    function VecString(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecString.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_string/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_string/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new PostcardString(this._io, this, this._root));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecString;
  })();

  var VecStructField = Rzb.VecStructField = (function() {
    function VecStructField(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecStructField.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_struct_field/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_struct_field/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new StructField(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecStructField;
  })();

  var VecTupI64U32 = Rzb.VecTupI64U32 = (function() {
    function VecTupI64U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupI64U32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_i64_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_i64_u32/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupI64U32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupI64U32;
  })();

  var VecTupIrValueU32 = Rzb.VecTupIrValueU32 = (function() {
    function VecTupIrValueU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupIrValueU32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_ir_value_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_ir_value_u32/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupIrValueU32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupIrValueU32;
  })();

  var VecTupStringIrType = Rzb.VecTupStringIrType = (function() {
    function VecTupStringIrType(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupStringIrType.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_string_ir_type/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_string_ir_type/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupStringIrType(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupStringIrType;
  })();

  var VecTupStringU32 = Rzb.VecTupStringU32 = (function() {
    function VecTupStringU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupStringU32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_string_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_string_u32/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupStringU32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupStringU32;
  })();

  var VecTupU32String = Rzb.VecTupU32String = (function() {
    function VecTupU32String(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupU32String.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_u32_string/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_u32_string/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupU32String(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupU32String;
  })();

  var VecTupU32U32 = Rzb.VecTupU32U32 = (function() {
    function VecTupU32U32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecTupU32U32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 2 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_tup_u32_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_tup_u32_u32/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new TupU32U32(this._io, this, this._root, this.depth));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecTupU32U32;
  })();

  var VecU32 = Rzb.VecU32 = (function() {
    function VecU32(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecU32.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_u32/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_u32/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new PostcardVarint(this._io, this, this._root, 5, 15));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecU32;
  })();

  var VecUnionVariant = Rzb.VecUnionVariant = (function() {
    function VecUnionVariant(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VecUnionVariant.prototype._read = function() {
      this.len = new PostcardVarint(this._io, this, this._root, 10, 1);
      this.fits = this._io.readBytes(0);
      var _ = this.fits;
      if (!(this.len.value * 3 <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.fits, this._io, "/types/vec_union_variant/seq/1");
      }
      this.bounded = this._io.readBytes(0);
      var _ = this.bounded;
      if (!(this.len.value <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.bounded, this._io, "/types/vec_union_variant/seq/2");
      }
      this.items = [];
      for (var i = 0; i < this.len.value; i++) {
        this.items.push(new UnionVariant(this._io, this, this._root, this.depth + 1));
      }
    }

    /**
     * the items fit the bytes left
     */

    /**
     * nesting level (named types entered)
     */

    return VecUnionVariant;
  })();

  var VectorMinMaxKind = Rzb.VectorMinMaxKind = (function() {
    function VectorMinMaxKind(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VectorMinMaxKind.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/vector_min_max_kind/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 1)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/vector_min_max_kind/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return VectorMinMaxKind;
  })();

  var VectorUnaryOpKind = Rzb.VectorUnaryOpKind = (function() {
    function VectorUnaryOpKind(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    VectorUnaryOpKind.prototype._read = function() {
      this.nest = this._io.readBytes(0);
      var _ = this.nest;
      if (!(this.depth <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.nest, this._io, "/types/vector_unary_op_kind/seq/0");
      }
      this.tag = new PostcardVarint(this._io, this, this._root, 5, 15);
      this.known = this._io.readBytes(0);
      var _ = this.known;
      if (!(this.tag.value <= 6)) {
        throw new KaitaiStream.ValidationExprError(this.known, this._io, "/types/vector_unary_op_kind/seq/2");
      }
    }

    /**
     * rzb.limits.depth
     */

    /**
     * nesting level (named types entered)
     */

    return VectorUnaryOpKind;
  })();

  /**
   * rzb.limits.depth: named types entered, the bundle being level 1
   */
  Object.defineProperty(Rzb.prototype, 'maxDepth', {
    get: function() {
      if (this._m_maxDepth !== undefined)
        return this._m_maxDepth;
      this._m_maxDepth = 128;
      return this._m_maxDepth;
    }
  });

  /**
   * rzb.limits.items: the largest count or string length
   */
  Object.defineProperty(Rzb.prototype, 'maxItems', {
    get: function() {
      if (this._m_maxItems !== undefined)
        return this._m_maxItems;
      this._m_maxItems = 16777216;
      return this._m_maxItems;
    }
  });

  /**
   * The bundle's magic is `RZBF` (checked after the body, as at the pin).
   */

  /**
   * BUNDLE_VERSION is 1 in every generation.
   */

  /**
   * The layout generation to read P with, 0 (S0) … 6 (S6).
   */

  return Rzb;
})();
Rzb_.Rzb = Rzb;
});

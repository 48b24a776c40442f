// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Fzb || (root.Fzb = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Fzb_, KaitaiStream) {
/**
 * A compiled Fusabi chunk: the 4-byte magic `FZB\x01`, a version byte (1),
 * then the `Chunk` in bincode 1 as its top-level `serialize` writes it:
 * little-endian fixed-width integers, u64 lengths for strings, sequences and
 * maps, a u32 variant index before every enum value, a u8 tag 0/1 before an
 * `Option`, bools as one byte 0 or 1. No compression, no checksum. Bytes after
 * the chunk are not read (upstream's reader ignores them).
 * 
 * The serde types map onto types here by one rule each, so a program can walk
 * the parse tree beside the type tree: a struct is a type whose fields carry
 * the struct's field names; `Vec<T>` is `vec_*` (`len`, `items`); a map is
 * `map_*` (`len`, `entries` of `key`, `value`); `Option<T>` is `option_*`
 * (`tag`, `value`); `String` is `bincode_string` (`len`, `value`); `bool` is
 * `bincode_bool` (`value`); an enum is a type with `tag` (an enum of the
 * variants in wire order) and `payload`: the inner value of a newtype
 * variant, a type with the fields of a struct variant, or a type with the
 * items of a tuple variant in order.
 * 
 * Counts are checked before anything is read, as readers check them: a
 * count whose items cannot fit in the bytes left (each item takes at least
 * `min_item_size` bytes) is cut short, and a count past `max_items` is over
 * the limit.
 * 
 * Nesting is bounded as readers bound it: every Chunk, Closure, Value,
 * Instruction and SourceSpan counts one level (the top-level chunk is level
 * 1); past `max_depth` levels the file is rejected.
 * 
 * Two layouts were written under the same version byte; this spec reads the
 * current one (Fusabi cc23a60: 6-field Chunk, 53 instructions, 14 values).
 * @see spec/formats/fzb.md
 */

var Fzb = (function() {
  Fzb.InstructionKind = Object.freeze({
    LOAD_CONST: 0,
    LOAD_LOCAL: 1,
    STORE_LOCAL: 2,
    LOAD_UPVALUE: 3,
    STORE_UPVALUE: 4,
    LOAD_GLOBAL: 5,
    POP: 6,
    DUP: 7,
    CHECK_INT: 8,
    CHECK_BOOL: 9,
    CHECK_STRING: 10,
    CHECK_TUPLE_LEN: 11,
    GET_TUPLE_ELEM: 12,
    ADD: 13,
    SUB: 14,
    MUL: 15,
    DIV: 16,
    CONCAT: 17,
    EQ: 18,
    NEQ: 19,
    LT: 20,
    LTE: 21,
    GT: 22,
    GTE: 23,
    LOGICAL_AND: 24,
    LOGICAL_OR: 25,
    LOGICAL_NOT: 26,
    JUMP: 27,
    JUMP_IF_FALSE: 28,
    CALL: 29,
    CALL_METHOD: 30,
    TAIL_CALL: 31,
    RET: 32,
    MAKE_TUPLE: 33,
    GET_TUPLE_FIELD: 34,
    MAKE_LIST: 35,
    CONS: 36,
    LIST_HEAD: 37,
    LIST_TAIL: 38,
    IS_NIL: 39,
    MAKE_ARRAY: 40,
    ARRAY_GET: 41,
    ARRAY_SET: 42,
    ARRAY_LENGTH: 43,
    ARRAY_UPDATE: 44,
    MAKE_RECORD: 45,
    GET_RECORD_FIELD: 46,
    UPDATE_RECORD: 47,
    MAKE_VARIANT: 48,
    CHECK_VARIANT_TAG: 49,
    GET_VARIANT_FIELD: 50,
    MAKE_CLOSURE: 51,
    CLOSE_UPVALUE: 52,

    0: "LOAD_CONST",
    1: "LOAD_LOCAL",
    2: "STORE_LOCAL",
    3: "LOAD_UPVALUE",
    4: "STORE_UPVALUE",
    5: "LOAD_GLOBAL",
    6: "POP",
    7: "DUP",
    8: "CHECK_INT",
    9: "CHECK_BOOL",
    10: "CHECK_STRING",
    11: "CHECK_TUPLE_LEN",
    12: "GET_TUPLE_ELEM",
    13: "ADD",
    14: "SUB",
    15: "MUL",
    16: "DIV",
    17: "CONCAT",
    18: "EQ",
    19: "NEQ",
    20: "LT",
    21: "LTE",
    22: "GT",
    23: "GTE",
    24: "LOGICAL_AND",
    25: "LOGICAL_OR",
    26: "LOGICAL_NOT",
    27: "JUMP",
    28: "JUMP_IF_FALSE",
    29: "CALL",
    30: "CALL_METHOD",
    31: "TAIL_CALL",
    32: "RET",
    33: "MAKE_TUPLE",
    34: "GET_TUPLE_FIELD",
    35: "MAKE_LIST",
    36: "CONS",
    37: "LIST_HEAD",
    38: "LIST_TAIL",
    39: "IS_NIL",
    40: "MAKE_ARRAY",
    41: "ARRAY_GET",
    42: "ARRAY_SET",
    43: "ARRAY_LENGTH",
    44: "ARRAY_UPDATE",
    45: "MAKE_RECORD",
    46: "GET_RECORD_FIELD",
    47: "UPDATE_RECORD",
    48: "MAKE_VARIANT",
    49: "CHECK_VARIANT_TAG",
    50: "GET_VARIANT_FIELD",
    51: "MAKE_CLOSURE",
    52: "CLOSE_UPVALUE",
  });

  Fzb.ValueKind = Object.freeze({
    INT: 0,
    FLOAT: 1,
    BOOL: 2,
    STR: 3,
    UNIT: 4,
    TUPLE: 5,
    CONS: 6,
    NIL: 7,
    ARRAY: 8,
    RECORD: 9,
    MAP: 10,
    VARIANT: 11,
    CLOSURE: 12,
    NATIVE_FN: 13,

    0: "INT",
    1: "FLOAT",
    2: "BOOL",
    3: "STR",
    4: "UNIT",
    5: "TUPLE",
    6: "CONS",
    7: "NIL",
    8: "ARRAY",
    9: "RECORD",
    10: "MAP",
    11: "VARIANT",
    12: "CLOSURE",
    13: "NATIVE_FN",
  });

  function Fzb(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Fzb.prototype._read = function() {
    this._raw_header = this._io.readBytes(5);
    var _io__raw_header = new KaitaiStream(this._raw_header);
    this.header = new Header(_io__raw_header, this, this._root);
    this.chunk = new Chunk(this._io, this, this._root, 1);
  }

  var BincodeBool = Fzb.BincodeBool = (function() {
    function BincodeBool(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BincodeBool.prototype._read = function() {
      this.value = this._io.readU1();
      if (!(this.value <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.value, this._io, "/types/bincode_bool/seq/0");
      }
    }

    /**
     * 0 = false, 1 = true; any other byte is invalid.
     */

    return BincodeBool;
  })();

  var BincodeString = Fzb.BincodeString = (function() {
    function BincodeString(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BincodeString.prototype._read = function() {
      this.len = this._io.readU8le();
      var _ = this.len;
      if (!( ((_ <= this._root.maxItems) || (_ > this._io.size - this._io.pos)) )) {
        throw new KaitaiStream.ValidationExprError(this.len, this._io, "/types/bincode_string/seq/0");
      }
      this.value = KaitaiStream.bytesToStr(this._io.readBytes(this.len), "UTF-8");
    }

    /**
     * Byte length. Past `max_items` only when the bytes are there: a
     * length the input cannot hold is cut short when `value` is read.
     */

    return BincodeString;
  })();

  var CallMethodArgs = Fzb.CallMethodArgs = (function() {
    function CallMethodArgs(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CallMethodArgs.prototype._read = function() {
      this.item0 = this._io.readU2le();
      this.item1 = this._io.readU1();
    }

    return CallMethodArgs;
  })();

  /**
   * a compiled function body
   */

  var Chunk = Fzb.Chunk = (function() {
    function Chunk(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    Chunk.prototype._read = function() {
      this.depthCheck = this._io.readBytes(0);
      var _ = this.depthCheck;
      if (!(this.level <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.depthCheck, this._io, "/types/chunk/seq/0");
      }
      this.instructions = new VecInstruction(this._io, this, this._root, this.level);
      this.constants = new VecValue(this._io, this, this._root, this.level);
      this.name = new OptionString(this._io, this, this._root);
      this.spans = new VecSourceSpan(this._io, this, this._root, this.level);
      this.source = new OptionString(this._io, this, this._root);
      this.sourceFile = new OptionString(this._io, this, this._root);
    }

    /**
     * Kaitai has no assertion statement: this empty field carries the nesting bound.
     */

    /**
     * never deduplicated by the compiler
     */

    /**
     * parallel to instructions (not checked)
     */

    return Chunk;
  })();

  /**
   * `upvalues` is `serde(skip)`: not on the wire, empty after reading
   */

  var Closure = Fzb.Closure = (function() {
    function Closure(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    Closure.prototype._read = function() {
      this.depthCheck = this._io.readBytes(0);
      var _ = this.depthCheck;
      if (!(this.level <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.depthCheck, this._io, "/types/closure/seq/0");
      }
      this.chunk = new Chunk(this._io, this, this._root, this.level + 1);
      this.arity = this._io.readU1();
      this.name = new OptionString(this._io, this, this._root);
    }

    /**
     * Kaitai has no assertion statement: this empty field carries the nesting bound.
     */

    return Closure;
  })();

  var ConsFields = Fzb.ConsFields = (function() {
    function ConsFields(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    ConsFields.prototype._read = function() {
      this.head = new Value(this._io, this, this._root, this.level + 1);
      this.tail = new Value(this._io, this, this._root, this.level + 1);
    }

    return ConsFields;
  })();

  var Header = Fzb.Header = (function() {
    function Header(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Header.prototype._read = function() {
      this.magic = this._io.readBytes(4);
      if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([70, 90, 66, 1])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([70, 90, 66, 1]), this.magic, this._io, "/types/header/seq/0");
      }
      this.version = this._io.readU1();
      if (!(this.version == 1)) {
        throw new KaitaiStream.ValidationNotEqualError(1, this.version, this._io, "/types/header/seq/1");
      }
    }

    /**
     * ASCII `FZB` and 0x01; the 0x01 is part of the magic, not a version.
     */

    /**
     * FZB_VERSION; 1 is the only value written or accepted. It never
     * tracked changes of the wire layout.
     */

    return Header;
  })();

  var Instruction = Fzb.Instruction = (function() {
    function Instruction(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    Instruction.prototype._read = function() {
      this.depthCheck = this._io.readBytes(0);
      var _ = this.depthCheck;
      if (!(this.level <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.depthCheck, this._io, "/types/instruction/seq/0");
      }
      this.tag = this._io.readU4le();
      if (!Object.prototype.hasOwnProperty.call(Fzb.InstructionKind, this.tag)) {
        throw new KaitaiStream.ValidationNotInEnumError(this.tag, this._io, "/types/instruction/seq/1");
      }
      switch (this.tag) {
      case Fzb.InstructionKind.CALL:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.CALL_METHOD:
        this.payload = new CallMethodArgs(this._io, this, this._root);
        break;
      case Fzb.InstructionKind.CHECK_BOOL:
        this.payload = new BincodeBool(this._io, this, this._root);
        break;
      case Fzb.InstructionKind.CHECK_INT:
        this.payload = this._io.readS8le();
        break;
      case Fzb.InstructionKind.CHECK_STRING:
        this.payload = new BincodeString(this._io, this, this._root);
        break;
      case Fzb.InstructionKind.CHECK_TUPLE_LEN:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.CHECK_VARIANT_TAG:
        this.payload = new BincodeString(this._io, this, this._root);
        break;
      case Fzb.InstructionKind.CLOSE_UPVALUE:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.GET_TUPLE_ELEM:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.GET_TUPLE_FIELD:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.GET_VARIANT_FIELD:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.JUMP:
        this.payload = this._io.readS2le();
        break;
      case Fzb.InstructionKind.JUMP_IF_FALSE:
        this.payload = this._io.readS2le();
        break;
      case Fzb.InstructionKind.LOAD_CONST:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.LOAD_GLOBAL:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.LOAD_LOCAL:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.LOAD_UPVALUE:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.MAKE_ARRAY:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.MAKE_CLOSURE:
        this.payload = new MakeClosureArgs(this._io, this, this._root);
        break;
      case Fzb.InstructionKind.MAKE_LIST:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.MAKE_RECORD:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.MAKE_TUPLE:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.MAKE_VARIANT:
        this.payload = this._io.readU2le();
        break;
      case Fzb.InstructionKind.STORE_LOCAL:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.STORE_UPVALUE:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.TAIL_CALL:
        this.payload = this._io.readU1();
        break;
      case Fzb.InstructionKind.UPDATE_RECORD:
        this.payload = this._io.readU2le();
        break;
      }
    }

    /**
     * Kaitai has no assertion statement: this empty field carries the nesting bound.
     */

    /**
     * Absent for the variants without a payload.
     */

    return Instruction;
  })();

  var MakeClosureArgs = Fzb.MakeClosureArgs = (function() {
    function MakeClosureArgs(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MakeClosureArgs.prototype._read = function() {
      this.item0 = this._io.readU2le();
      this.item1 = this._io.readU1();
    }

    return MakeClosureArgs;
  })();

  /**
   * Entries in the order written (a Rust HashMap writes hash order).
   */

  var MapStringValue = Fzb.MapStringValue = (function() {
    function MapStringValue(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    MapStringValue.prototype._read = function() {
      this.len = this._io.readU8le();
      var _ = this.len;
      if (!(_ * this.minItemSize <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.len, this._io, "/types/map_string_value/seq/0");
      }
      this.countCheck = this._io.readBytes(0);
      var _ = this.countCheck;
      if (!(this.len <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.countCheck, this._io, "/types/map_string_value/seq/1");
      }
      this.entries = [];
      for (var i = 0; i < this.len; i++) {
        this.entries.push(new MapStringValueEntry(this._io, this, this._root, this.level));
      }
    }
    Object.defineProperty(MapStringValue.prototype, 'minItemSize', {
      get: function() {
        if (this._m_minItemSize !== undefined)
          return this._m_minItemSize;
        this._m_minItemSize = 12;
        return this._m_minItemSize;
      }
    });

    /**
     * Level of the value holding the sequence; its items are one deeper.
     */

    return MapStringValue;
  })();

  var MapStringValueEntry = Fzb.MapStringValueEntry = (function() {
    function MapStringValueEntry(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    MapStringValueEntry.prototype._read = function() {
      this.key = new BincodeString(this._io, this, this._root);
      this.value = new Value(this._io, this, this._root, this.level + 1);
    }

    return MapStringValueEntry;
  })();

  var NativeFnFields = Fzb.NativeFnFields = (function() {
    function NativeFnFields(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    NativeFnFields.prototype._read = function() {
      this.name = new BincodeString(this._io, this, this._root);
      this.arity = this._io.readU1();
      this.args = new VecValue(this._io, this, this._root, this.level);
    }

    /**
     * arguments already applied
     */

    return NativeFnFields;
  })();

  var OptionString = Fzb.OptionString = (function() {
    function OptionString(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    OptionString.prototype._read = function() {
      this.tag = this._io.readU1();
      if (!(this.tag <= 1)) {
        throw new KaitaiStream.ValidationGreaterThanError(1, this.tag, this._io, "/types/option_string/seq/0");
      }
      if (this.tag == 1) {
        this.value = new BincodeString(this._io, this, this._root);
      }
    }

    /**
     * 0 = None, 1 = Some; any other byte is invalid.
     */

    return OptionString;
  })();

  /**
   * a source location; the compiler writes one all-zero span per instruction
   */

  var SourceSpan = Fzb.SourceSpan = (function() {
    function SourceSpan(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    SourceSpan.prototype._read = function() {
      this.depthCheck = this._io.readBytes(0);
      var _ = this.depthCheck;
      if (!(this.level <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.depthCheck, this._io, "/types/source_span/seq/0");
      }
      this.line = this._io.readU4le();
      this.column = this._io.readU4le();
      this.offset = this._io.readU4le();
      this.length = this._io.readU4le();
    }

    /**
     * Kaitai has no assertion statement: this empty field carries the nesting bound.
     */

    return SourceSpan;
  })();

  /**
   * HostData and Async follow and are `serde(skip)`: they can never be written or read
   */

  var Value = Fzb.Value = (function() {
    function Value(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    Value.prototype._read = function() {
      this.depthCheck = this._io.readBytes(0);
      var _ = this.depthCheck;
      if (!(this.level <= this._root.maxDepth)) {
        throw new KaitaiStream.ValidationExprError(this.depthCheck, this._io, "/types/value/seq/0");
      }
      this.tag = this._io.readU4le();
      if (!Object.prototype.hasOwnProperty.call(Fzb.ValueKind, this.tag)) {
        throw new KaitaiStream.ValidationNotInEnumError(this.tag, this._io, "/types/value/seq/1");
      }
      switch (this.tag) {
      case Fzb.ValueKind.ARRAY:
        this.payload = new VecValue(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.BOOL:
        this.payload = new BincodeBool(this._io, this, this._root);
        break;
      case Fzb.ValueKind.CLOSURE:
        this.payload = new Closure(this._io, this, this._root, this.level + 1);
        break;
      case Fzb.ValueKind.CONS:
        this.payload = new ConsFields(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.FLOAT:
        this.payload = this._io.readF8le();
        break;
      case Fzb.ValueKind.INT:
        this.payload = this._io.readS8le();
        break;
      case Fzb.ValueKind.MAP:
        this.payload = new MapStringValue(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.NATIVE_FN:
        this.payload = new NativeFnFields(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.RECORD:
        this.payload = new MapStringValue(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.STR:
        this.payload = new BincodeString(this._io, this, this._root);
        break;
      case Fzb.ValueKind.TUPLE:
        this.payload = new VecValue(this._io, this, this._root, this.level);
        break;
      case Fzb.ValueKind.VARIANT:
        this.payload = new VariantFields(this._io, this, this._root, this.level);
        break;
      }
    }

    /**
     * Kaitai has no assertion statement: this empty field carries the nesting bound.
     */

    /**
     * Absent for Unit, Nil.
     */

    return Value;
  })();

  var VariantFields = Fzb.VariantFields = (function() {
    function VariantFields(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    VariantFields.prototype._read = function() {
      this.typeName = new BincodeString(this._io, this, this._root);
      this.variantName = new BincodeString(this._io, this, this._root);
      this.fields = new VecValue(this._io, this, this._root, this.level);
    }

    return VariantFields;
  })();

  var VecInstruction = Fzb.VecInstruction = (function() {
    function VecInstruction(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    VecInstruction.prototype._read = function() {
      this.len = this._io.readU8le();
      var _ = this.len;
      if (!(_ * this.minItemSize <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.len, this._io, "/types/vec_instruction/seq/0");
      }
      this.countCheck = this._io.readBytes(0);
      var _ = this.countCheck;
      if (!(this.len <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.countCheck, this._io, "/types/vec_instruction/seq/1");
      }
      this.items = [];
      for (var i = 0; i < this.len; i++) {
        this.items.push(new Instruction(this._io, this, this._root, this.level + 1));
      }
    }
    Object.defineProperty(VecInstruction.prototype, 'minItemSize', {
      get: function() {
        if (this._m_minItemSize !== undefined)
          return this._m_minItemSize;
        this._m_minItemSize = 4;
        return this._m_minItemSize;
      }
    });

    /**
     * Level of the value holding the sequence; its items are one deeper.
     */

    return VecInstruction;
  })();

  var VecSourceSpan = Fzb.VecSourceSpan = (function() {
    function VecSourceSpan(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    VecSourceSpan.prototype._read = function() {
      this.len = this._io.readU8le();
      var _ = this.len;
      if (!(_ * this.minItemSize <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.len, this._io, "/types/vec_source_span/seq/0");
      }
      this.countCheck = this._io.readBytes(0);
      var _ = this.countCheck;
      if (!(this.len <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.countCheck, this._io, "/types/vec_source_span/seq/1");
      }
      this.items = [];
      for (var i = 0; i < this.len; i++) {
        this.items.push(new SourceSpan(this._io, this, this._root, this.level + 1));
      }
    }
    Object.defineProperty(VecSourceSpan.prototype, 'minItemSize', {
      get: function() {
        if (this._m_minItemSize !== undefined)
          return this._m_minItemSize;
        this._m_minItemSize = 16;
        return this._m_minItemSize;
      }
    });

    /**
     * Level of the value holding the sequence; its items are one deeper.
     */

    return VecSourceSpan;
  })();

  var VecValue = Fzb.VecValue = (function() {
    function VecValue(_io, _parent, _root, level) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.level = level;

      this._read();
    }
    VecValue.prototype._read = function() {
      this.len = this._io.readU8le();
      var _ = this.len;
      if (!(_ * this.minItemSize <= this._io.size - this._io.pos)) {
        throw new KaitaiStream.ValidationExprError(this.len, this._io, "/types/vec_value/seq/0");
      }
      this.countCheck = this._io.readBytes(0);
      var _ = this.countCheck;
      if (!(this.len <= this._root.maxItems)) {
        throw new KaitaiStream.ValidationExprError(this.countCheck, this._io, "/types/vec_value/seq/1");
      }
      this.items = [];
      for (var i = 0; i < this.len; i++) {
        this.items.push(new Value(this._io, this, this._root, this.level + 1));
      }
    }
    Object.defineProperty(VecValue.prototype, 'minItemSize', {
      get: function() {
        if (this._m_minItemSize !== undefined)
          return this._m_minItemSize;
        this._m_minItemSize = 4;
        return this._m_minItemSize;
      }
    });

    /**
     * Level of the value holding the sequence; its items are one deeper.
     */

    return VecValue;
  })();

  /**
   * Deepest nesting (in levels as counted above) that a reader must accept.
   */
  Object.defineProperty(Fzb.prototype, 'maxDepth', {
    get: function() {
      if (this._m_maxDepth !== undefined)
        return this._m_maxDepth;
      this._m_maxDepth = 64;
      return this._m_maxDepth;
    }
  });

  /**
   * Largest element count of a sequence or map, and largest byte length of a string, that a reader must accept; past it (when the bytes are there) a reader may answer limit_exceeded.
   */
  Object.defineProperty(Fzb.prototype, 'maxItems', {
    get: function() {
      if (this._m_maxItems !== undefined)
        return this._m_maxItems;
      this._m_maxItems = 16777216;
      return this._m_maxItems;
    }
  });
  Object.defineProperty(Fzb.prototype, 'version', {
    get: function() {
      if (this._m_version !== undefined)
        return this._m_version;
      this._m_version = this.header.version;
      return this._m_version;
    }
  });

  /**
   * Fixed size; a file shorter than it is cut short, whatever its bytes.
   */

  return Fzb;
})();
Fzb_.Fzb = Fzb;
});

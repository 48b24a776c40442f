meta:
  id: fzb
  title: Fusabi bytecode file
  application: Fusabi (`fus grind` writes it, `fus run` and fusabi-vm read it)
  file-extension: fzb
  license: CC0-1.0
  ks-version: '0.11'
  endian: le
doc: |
  A compiled Fusabi chunk: the 4-byte magic `FZB\x01`, a version byte (1),
  then the `Chunk` in bincode 1 as its top-level `serialize` writes it:
  little-endian fixed-width integers, u64 lengths for strings, sequences and
  maps, a u32 variant index before every enum value, a u8 tag 0/1 before an
  `Option`, bools as one byte 0 or 1. No compression, no checksum. Bytes after
  the chunk are not read (upstream's reader ignores them).

  The serde types map onto types here by one rule each, so a program can walk
  the parse tree beside the type tree: a struct is a type whose fields carry
  the struct's field names; `Vec<T>` is `vec_*` (`len`, `items`); a map is
  `map_*` (`len`, `entries` of `key`, `value`); `Option<T>` is `option_*`
  (`tag`, `value`); `String` is `bincode_string` (`len`, `value`); `bool` is
  `bincode_bool` (`value`); an enum is a type with `tag` (an enum of the
  variants in wire order) and `payload`: the inner value of a newtype
  variant, a type with the fields of a struct variant, or a type with the
  items of a tuple variant in order.

  Counts are checked before anything is read, as readers check them: a
  count whose items cannot fit in the bytes left (each item takes at least
  `min_item_size` bytes) is cut short, and a count past `max_items` is over
  the limit.

  Nesting is bounded as readers bound it: every Chunk, Closure, Value,
  Instruction and SourceSpan counts one level (the top-level chunk is level
  1); past `max_depth` levels the file is rejected.

  Two layouts were written under the same version byte; this spec reads the
  current one (Fusabi cc23a60: 6-field Chunk, 53 instructions, 14 values).
doc-ref: spec/formats/fzb.md
seq:
  - id: header
    size: 5
    type: header
    doc: Fixed size; a file shorter than it is cut short, whatever its bytes.
  - id: chunk
    type: chunk(1)
instances:
  version:
    value: header.version
  # BEGIN GENERATED: fzb.limits
  max_depth:
    value: 64
    doc: "Deepest nesting (in levels as counted above) that a reader must accept."
  max_items:
    value: 16777216
    doc: "Largest element count of a sequence or map, and largest byte length of a string, that a reader must accept; past it (when the bytes are there) a reader may answer limit_exceeded."
  # END GENERATED: fzb.limits
types:
  header:
    seq:
      - id: magic
        contents: [0x46, 0x5a, 0x42, 0x01]
        doc: ASCII `FZB` and 0x01; the 0x01 is part of the magic, not a version.
      - id: version
        type: u1
        valid:
          eq: 1
        doc: |
          FZB_VERSION; 1 is the only value written or accepted. It never
          tracked changes of the wire layout.
  # BEGIN GENERATED: fzb.types
  chunk:
    doc: "a compiled function body"
    params:
      - id: level
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: "level <= _root.max_depth"
        doc: "Kaitai has no assertion statement: this empty field carries the nesting bound."
      - id: instructions
        type: vec_instruction(level)
      - id: constants
        type: vec_value(level)
        doc: "never deduplicated by the compiler"
      - id: name
        type: option_string
      - id: spans
        type: vec_source_span(level)
        doc: "parallel to instructions (not checked)"
      - id: source
        type: option_string
      - id: source_file
        type: option_string
  vec_instruction:
    params:
      - id: level
        type: u4
        doc: "Level of the value holding the sequence; its items are one deeper."
    seq:
      - id: len
        type: u8
        valid:
          expr: "_ * min_item_size <= _io.size - _io.pos"
      - id: count_check
        size: 0
        valid:
          expr: "len <= _root.max_items"
      - id: items
        type: instruction(level + 1)
        repeat: expr
        repeat-expr: len
    instances:
      min_item_size:
        value: 4
  instruction:
    params:
      - id: level
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: "level <= _root.max_depth"
        doc: "Kaitai has no assertion statement: this empty field carries the nesting bound."
      - id: tag
        type: u4
        enum: instruction_kind
        valid:
          in-enum: true
      - id: payload
        type:
          switch-on: tag
          cases:
            "instruction_kind::load_const": u2
            "instruction_kind::load_local": u1
            "instruction_kind::store_local": u1
            "instruction_kind::load_upvalue": u1
            "instruction_kind::store_upvalue": u1
            "instruction_kind::load_global": u2
            "instruction_kind::check_int": s8
            "instruction_kind::check_bool": bincode_bool
            "instruction_kind::check_string": bincode_string
            "instruction_kind::check_tuple_len": u1
            "instruction_kind::get_tuple_elem": u1
            "instruction_kind::jump": s2
            "instruction_kind::jump_if_false": s2
            "instruction_kind::call": u1
            "instruction_kind::call_method": call_method_args
            "instruction_kind::tail_call": u1
            "instruction_kind::make_tuple": u2
            "instruction_kind::get_tuple_field": u1
            "instruction_kind::make_list": u2
            "instruction_kind::make_array": u2
            "instruction_kind::make_record": u2
            "instruction_kind::update_record": u2
            "instruction_kind::make_variant": u2
            "instruction_kind::check_variant_tag": bincode_string
            "instruction_kind::get_variant_field": u1
            "instruction_kind::make_closure": make_closure_args
            "instruction_kind::close_upvalue": u1
        doc: "Absent for the variants without a payload."
  call_method_args:
    seq:
      - id: item0
        type: u2
      - id: item1
        type: u1
  make_closure_args:
    seq:
      - id: item0
        type: u2
      - id: item1
        type: u1
  vec_value:
    params:
      - id: level
        type: u4
        doc: "Level of the value holding the sequence; its items are one deeper."
    seq:
      - id: len
        type: u8
        valid:
          expr: "_ * min_item_size <= _io.size - _io.pos"
      - id: count_check
        size: 0
        valid:
          expr: "len <= _root.max_items"
      - id: items
        type: value(level + 1)
        repeat: expr
        repeat-expr: len
    instances:
      min_item_size:
        value: 4
  value:
    doc: "HostData and Async follow and are `serde(skip)`: they can never be written or read"
    params:
      - id: level
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: "level <= _root.max_depth"
        doc: "Kaitai has no assertion statement: this empty field carries the nesting bound."
      - id: tag
        type: u4
        enum: value_kind
        valid:
          in-enum: true
      - id: payload
        type:
          switch-on: tag
          cases:
            "value_kind::int": s8
            "value_kind::float": f8
            "value_kind::bool": bincode_bool
            "value_kind::str": bincode_string
            "value_kind::tuple": vec_value(level)
            "value_kind::cons": cons_fields(level)
            "value_kind::array": vec_value(level)
            "value_kind::record": map_string_value(level)
            "value_kind::map": map_string_value(level)
            "value_kind::variant": variant_fields(level)
            "value_kind::closure": closure(level + 1)
            "value_kind::native_fn": native_fn_fields(level)
        doc: "Absent for Unit, Nil."
  cons_fields:
    params:
      - id: level
        type: u4
    seq:
      - id: head
        type: value(level + 1)
      - id: tail
        type: value(level + 1)
  map_string_value:
    params:
      - id: level
        type: u4
        doc: "Level of the value holding the sequence; its items are one deeper."
    seq:
      - id: len
        type: u8
        valid:
          expr: "_ * min_item_size <= _io.size - _io.pos"
      - id: count_check
        size: 0
        valid:
          expr: "len <= _root.max_items"
      - id: entries
        type: map_string_value_entry(level)
        repeat: expr
        repeat-expr: len
    instances:
      min_item_size:
        value: 12
    doc: "Entries in the order written (a Rust HashMap writes hash order)."
  map_string_value_entry:
    params:
      - id: level
        type: u4
    seq:
      - id: key
        type: bincode_string
      - id: value
        type: value(level + 1)
  variant_fields:
    params:
      - id: level
        type: u4
    seq:
      - id: type_name
        type: bincode_string
      - id: variant_name
        type: bincode_string
      - id: fields
        type: vec_value(level)
  closure:
    doc: "`upvalues` is `serde(skip)`: not on the wire, empty after reading"
    params:
      - id: level
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: "level <= _root.max_depth"
        doc: "Kaitai has no assertion statement: this empty field carries the nesting bound."
      - id: chunk
        type: chunk(level + 1)
      - id: arity
        type: u1
      - id: name
        type: option_string
  option_string:
    seq:
      - id: tag
        type: u1
        valid:
          max: 1
        doc: "0 = None, 1 = Some; any other byte is invalid."
      - id: value
        type: bincode_string
        if: "tag == 1"
  native_fn_fields:
    params:
      - id: level
        type: u4
    seq:
      - id: name
        type: bincode_string
      - id: arity
        type: u1
      - id: args
        type: vec_value(level)
        doc: "arguments already applied"
  vec_source_span:
    params:
      - id: level
        type: u4
        doc: "Level of the value holding the sequence; its items are one deeper."
    seq:
      - id: len
        type: u8
        valid:
          expr: "_ * min_item_size <= _io.size - _io.pos"
      - id: count_check
        size: 0
        valid:
          expr: "len <= _root.max_items"
      - id: items
        type: source_span(level + 1)
        repeat: expr
        repeat-expr: len
    instances:
      min_item_size:
        value: 16
  source_span:
    doc: "a source location; the compiler writes one all-zero span per instruction"
    params:
      - id: level
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: "level <= _root.max_depth"
        doc: "Kaitai has no assertion statement: this empty field carries the nesting bound."
      - id: line
        type: u4
      - id: column
        type: u4
      - id: offset
        type: u4
      - id: length
        type: u4
  # END GENERATED: fzb.types
  bincode_string:
    seq:
      - id: len
        type: u8
        valid:
          expr: _ <= _root.max_items or _ > _io.size - _io.pos
        doc: |
          Byte length. Past `max_items` only when the bytes are there: a
          length the input cannot hold is cut short when `value` is read.
      - id: value
        size: len
        type: str
        encoding: UTF-8
  bincode_bool:
    seq:
      - id: value
        type: u1
        valid:
          max: 1
        doc: 0 = false, 1 = true; any other byte is invalid.
enums:
  # BEGIN GENERATED: fzb.enums
  instruction_kind:
    0:
      id: load_const
      -orig-id: LoadConst
      doc: "push constants[idx]"
    1:
      id: load_local
      -orig-id: LoadLocal
      doc: "push the local slot idx"
    2:
      id: store_local
      -orig-id: StoreLocal
      doc: "pop into the local slot idx"
    3:
      id: load_upvalue
      -orig-id: LoadUpvalue
      doc: "push upvalue idx"
    4:
      id: store_upvalue
      -orig-id: StoreUpvalue
      doc: "pop into upvalue idx"
    5:
      id: load_global
      -orig-id: LoadGlobal
      doc: "push the global named by constants[idx]"
    6:
      id: pop
      -orig-id: Pop
      doc: "discard the top"
    7:
      id: dup
      -orig-id: Dup
      doc: "duplicate the top"
    8:
      id: check_int
      -orig-id: CheckInt
      doc: "peek; push whether the top is this Int"
    9:
      id: check_bool
      -orig-id: CheckBool
      doc: "peek; push whether the top is this Bool"
    10:
      id: check_string
      -orig-id: CheckString
      doc: "peek; push whether the top is this Str"
    11:
      id: check_tuple_len
      -orig-id: CheckTupleLen
      doc: "peek; push whether the top is a tuple of this length"
    12:
      id: get_tuple_elem
      -orig-id: GetTupleElem
      doc: "peek a tuple; push element idx"
    13:
      id: add
      -orig-id: Add
      doc: "a + b"
    14:
      id: sub
      -orig-id: Sub
      doc: "a - b"
    15:
      id: mul
      -orig-id: Mul
      doc: "a * b"
    16:
      id: div
      -orig-id: Div
      doc: "a / b"
    17:
      id: concat
      -orig-id: Concat
      doc: "string a ++ b"
    18:
      id: eq
      -orig-id: Eq
      doc: "a == b"
    19:
      id: neq
      -orig-id: Neq
      doc: "a != b"
    20:
      id: lt
      -orig-id: Lt
      doc: "a < b"
    21:
      id: lte
      -orig-id: Lte
      doc: "a <= b"
    22:
      id: gt
      -orig-id: Gt
      doc: "a > b"
    23:
      id: gte
      -orig-id: Gte
      doc: "a >= b"
    24:
      id: logical_and
      -orig-id: And
      doc: "bool a && b"
    25:
      id: logical_or
      -orig-id: Or
      doc: "bool a || b"
    26:
      id: logical_not
      -orig-id: Not
      doc: "bool !a"
    27:
      id: jump
      -orig-id: Jump
      doc: "ip += offset (relative to the next instruction)"
    28:
      id: jump_if_false
      -orig-id: JumpIfFalse
      doc: "pop; jump if not truthy"
    29:
      id: call
      -orig-id: Call
      doc: "call the function below argc arguments"
    30:
      id: call_method
      -orig-id: CallMethod
      doc: "(name constant index, argc): call a method on the receiver"
    31:
      id: tail_call
      -orig-id: TailCall
      doc: "tail call with argc arguments"
    32:
      id: ret
      -orig-id: Return
      doc: "return the top (or unit)"
    33:
      id: make_tuple
      -orig-id: MakeTuple
      doc: "pop n values into a tuple"
    34:
      id: get_tuple_field
      -orig-id: GetTupleField
      doc: "pop a tuple; push field idx"
    35:
      id: make_list
      -orig-id: MakeList
      doc: "pop n values into a cons list"
    36:
      id: cons
      -orig-id: Cons
      doc: "pop tail, pop head; push head :: tail"
    37:
      id: list_head
      -orig-id: ListHead
      doc: "pop a list; push its head"
    38:
      id: list_tail
      -orig-id: ListTail
      doc: "pop a list; push its tail"
    39:
      id: is_nil
      -orig-id: IsNil
      doc: "pop; push whether it is Nil"
    40:
      id: make_array
      -orig-id: MakeArray
      doc: "pop n values into an array"
    41:
      id: array_get
      -orig-id: ArrayGet
      doc: "pop index, array; push element"
    42:
      id: array_set
      -orig-id: ArraySet
      doc: "pop value, index, array; set in place; push unit"
    43:
      id: array_length
      -orig-id: ArrayLength
      doc: "pop an array; push its length"
    44:
      id: array_update
      -orig-id: ArrayUpdate
      doc: "pop value, index, array; push an updated copy"
    45:
      id: make_record
      -orig-id: MakeRecord
      doc: "pop n (name, value) pairs into a record"
    46:
      id: get_record_field
      -orig-id: GetRecordField
      doc: "pop name, record; push the field"
    47:
      id: update_record
      -orig-id: UpdateRecord
      doc: "pop n (name, value) pairs, then the record; push an updated copy"
    48:
      id: make_variant
      -orig-id: MakeVariant
      doc: "pop n fields, variant name, type name; push a variant"
    49:
      id: check_variant_tag
      -orig-id: CheckVariantTag
      doc: "pop; push whether it is a variant with this name"
    50:
      id: get_variant_field
      -orig-id: GetVariantField
      doc: "pop a variant; push field idx"
    51:
      id: make_closure
      -orig-id: MakeClosure
      doc: "(prototype constant index, upvalue count): push a closure"
    52:
      id: close_upvalue
      -orig-id: CloseUpvalue
      doc: "close upvalues down to a slot (a no-op upstream)"
  value_kind:
    0:
      id: int
      -orig-id: Int
    1:
      id: float
      -orig-id: Float
    2:
      id: bool
      -orig-id: Bool
    3:
      id: str
      -orig-id: Str
    4:
      id: unit
      -orig-id: Unit
    5:
      id: tuple
      -orig-id: Tuple
    6:
      id: cons
      -orig-id: Cons
      doc: "a non-empty list cell"
    7:
      id: nil
      -orig-id: Nil
      doc: "the empty list"
    8:
      id: array
      -orig-id: Array
      doc: "Arc<Mutex<Vec<Value>>>: mutable, shared at run time"
    9:
      id: record
      -orig-id: Record
      doc: "Arc<Mutex<HashMap>>: upstream writes it in hash order"
    10:
      id: map
      -orig-id: Map
      doc: "Arc<Mutex<HashMap>>: upstream writes it in hash order"
    11:
      id: variant
      -orig-id: Variant
      doc: "a discriminated-union value"
    12:
      id: closure
      -orig-id: Closure
      doc: "a function prototype (Arc<Closure>)"
    13:
      id: native_fn
      -orig-id: NativeFn
      doc: "a host function, possibly partially applied"
  # END GENERATED: fzb.enums

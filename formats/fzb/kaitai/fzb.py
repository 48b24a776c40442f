# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import KaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Fzb(KaitaiStruct):
    """A compiled Fusabi chunk: the 4-byte magic `FZB\x01`, a version byte (1),
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
    
    .. seealso::
       spec/formats/fzb.md
    """

    class InstructionKind(IntEnum):
        load_const = 0
        load_local = 1
        store_local = 2
        load_upvalue = 3
        store_upvalue = 4
        load_global = 5
        pop = 6
        dup = 7
        check_int = 8
        check_bool = 9
        check_string = 10
        check_tuple_len = 11
        get_tuple_elem = 12
        add = 13
        sub = 14
        mul = 15
        div = 16
        concat = 17
        eq = 18
        neq = 19
        lt = 20
        lte = 21
        gt = 22
        gte = 23
        logical_and = 24
        logical_or = 25
        logical_not = 26
        jump = 27
        jump_if_false = 28
        call = 29
        call_method = 30
        tail_call = 31
        ret = 32
        make_tuple = 33
        get_tuple_field = 34
        make_list = 35
        cons = 36
        list_head = 37
        list_tail = 38
        is_nil = 39
        make_array = 40
        array_get = 41
        array_set = 42
        array_length = 43
        array_update = 44
        make_record = 45
        get_record_field = 46
        update_record = 47
        make_variant = 48
        check_variant_tag = 49
        get_variant_field = 50
        make_closure = 51
        close_upvalue = 52

    class ValueKind(IntEnum):
        int = 0
        float = 1
        bool = 2
        str = 3
        unit = 4
        tuple = 5
        cons = 6
        nil = 7
        array = 8
        record = 9
        map = 10
        variant = 11
        closure = 12
        native_fn = 13
    def __init__(self, _io, _parent=None, _root=None):
        super(Fzb, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._read()

    def _read(self):
        self._raw_header = self._io.read_bytes(5)
        _io__raw_header = KaitaiStream(BytesIO(self._raw_header))
        self.header = Fzb.Header(_io__raw_header, self, self._root)
        self.chunk = Fzb.Chunk(1, self._io, self, self._root)


    def _fetch_instances(self):
        pass
        self.header._fetch_instances()
        self.chunk._fetch_instances()

    class BincodeBool(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.BincodeBool, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.value = self._io.read_u1()
            if not self.value <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.value, self._io, u"/types/bincode_bool/seq/0")


        def _fetch_instances(self):
            pass


    class BincodeString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.BincodeString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            _ = self.len
            if not  ((_ <= self._root.max_items) or (_ > self._io.size() - self._io.pos())) :
                raise kaitaistruct.ValidationExprError(self.len, self._io, u"/types/bincode_string/seq/0")
            self.value = (self._io.read_bytes(self.len)).decode(u"UTF-8")


        def _fetch_instances(self):
            pass


    class CallMethodArgs(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.CallMethodArgs, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u2le()
            self.item1 = self._io.read_u1()


        def _fetch_instances(self):
            pass


    class Chunk(KaitaiStruct):
        """a compiled function body."""
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.Chunk, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.level <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/chunk/seq/0")
            self.instructions = Fzb.VecInstruction(self.level, self._io, self, self._root)
            self.constants = Fzb.VecValue(self.level, self._io, self, self._root)
            self.name = Fzb.OptionString(self._io, self, self._root)
            self.spans = Fzb.VecSourceSpan(self.level, self._io, self, self._root)
            self.source = Fzb.OptionString(self._io, self, self._root)
            self.source_file = Fzb.OptionString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.instructions._fetch_instances()
            self.constants._fetch_instances()
            self.name._fetch_instances()
            self.spans._fetch_instances()
            self.source._fetch_instances()
            self.source_file._fetch_instances()


    class Closure(KaitaiStruct):
        """`upvalues` is `serde(skip)`: not on the wire, empty after reading."""
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.Closure, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.level <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/closure/seq/0")
            self.chunk = Fzb.Chunk(self.level + 1, self._io, self, self._root)
            self.arity = self._io.read_u1()
            self.name = Fzb.OptionString(self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.chunk._fetch_instances()
            self.name._fetch_instances()


    class ConsFields(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.ConsFields, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.head = Fzb.Value(self.level + 1, self._io, self, self._root)
            self.tail = Fzb.Value(self.level + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.head._fetch_instances()
            self.tail._fetch_instances()


    class Header(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.Header, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.magic = self._io.read_bytes(4)
            if not self.magic == b"\x46\x5A\x42\x01":
                raise kaitaistruct.ValidationNotEqualError(b"\x46\x5A\x42\x01", self.magic, self._io, u"/types/header/seq/0")
            self.version = self._io.read_u1()
            if not self.version == 1:
                raise kaitaistruct.ValidationNotEqualError(1, self.version, self._io, u"/types/header/seq/1")


        def _fetch_instances(self):
            pass


    class Instruction(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.Instruction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.level <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/instruction/seq/0")
            self.tag = KaitaiStream.resolve_enum(Fzb.InstructionKind, self._io.read_u4le())
            if not isinstance(self.tag, Fzb.InstructionKind):
                raise kaitaistruct.ValidationNotInEnumError(self.tag, self._io, u"/types/instruction/seq/1")
            _on = self.tag
            if _on == Fzb.InstructionKind.call:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.call_method:
                pass
                self.payload = Fzb.CallMethodArgs(self._io, self, self._root)
            elif _on == Fzb.InstructionKind.check_bool:
                pass
                self.payload = Fzb.BincodeBool(self._io, self, self._root)
            elif _on == Fzb.InstructionKind.check_int:
                pass
                self.payload = self._io.read_s8le()
            elif _on == Fzb.InstructionKind.check_string:
                pass
                self.payload = Fzb.BincodeString(self._io, self, self._root)
            elif _on == Fzb.InstructionKind.check_tuple_len:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.check_variant_tag:
                pass
                self.payload = Fzb.BincodeString(self._io, self, self._root)
            elif _on == Fzb.InstructionKind.close_upvalue:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.get_tuple_elem:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.get_tuple_field:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.get_variant_field:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.jump:
                pass
                self.payload = self._io.read_s2le()
            elif _on == Fzb.InstructionKind.jump_if_false:
                pass
                self.payload = self._io.read_s2le()
            elif _on == Fzb.InstructionKind.load_const:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.load_global:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.load_local:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.load_upvalue:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.make_array:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.make_closure:
                pass
                self.payload = Fzb.MakeClosureArgs(self._io, self, self._root)
            elif _on == Fzb.InstructionKind.make_list:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.make_record:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.make_tuple:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.make_variant:
                pass
                self.payload = self._io.read_u2le()
            elif _on == Fzb.InstructionKind.store_local:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.store_upvalue:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.tail_call:
                pass
                self.payload = self._io.read_u1()
            elif _on == Fzb.InstructionKind.update_record:
                pass
                self.payload = self._io.read_u2le()


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == Fzb.InstructionKind.call:
                pass
            elif _on == Fzb.InstructionKind.call_method:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.InstructionKind.check_bool:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.InstructionKind.check_int:
                pass
            elif _on == Fzb.InstructionKind.check_string:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.InstructionKind.check_tuple_len:
                pass
            elif _on == Fzb.InstructionKind.check_variant_tag:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.InstructionKind.close_upvalue:
                pass
            elif _on == Fzb.InstructionKind.get_tuple_elem:
                pass
            elif _on == Fzb.InstructionKind.get_tuple_field:
                pass
            elif _on == Fzb.InstructionKind.get_variant_field:
                pass
            elif _on == Fzb.InstructionKind.jump:
                pass
            elif _on == Fzb.InstructionKind.jump_if_false:
                pass
            elif _on == Fzb.InstructionKind.load_const:
                pass
            elif _on == Fzb.InstructionKind.load_global:
                pass
            elif _on == Fzb.InstructionKind.load_local:
                pass
            elif _on == Fzb.InstructionKind.load_upvalue:
                pass
            elif _on == Fzb.InstructionKind.make_array:
                pass
            elif _on == Fzb.InstructionKind.make_closure:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.InstructionKind.make_list:
                pass
            elif _on == Fzb.InstructionKind.make_record:
                pass
            elif _on == Fzb.InstructionKind.make_tuple:
                pass
            elif _on == Fzb.InstructionKind.make_variant:
                pass
            elif _on == Fzb.InstructionKind.store_local:
                pass
            elif _on == Fzb.InstructionKind.store_upvalue:
                pass
            elif _on == Fzb.InstructionKind.tail_call:
                pass
            elif _on == Fzb.InstructionKind.update_record:
                pass


    class MakeClosureArgs(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.MakeClosureArgs, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.item0 = self._io.read_u2le()
            self.item1 = self._io.read_u1()


        def _fetch_instances(self):
            pass


    class MapStringValue(KaitaiStruct):
        """Entries in the order written (a Rust HashMap writes hash order)."""
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.MapStringValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            _ = self.len
            if not _ * self.min_item_size <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.len, self._io, u"/types/map_string_value/seq/0")
            self.count_check = self._io.read_bytes(0)
            _ = self.count_check
            if not self.len <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.count_check, self._io, u"/types/map_string_value/seq/1")
            self.entries = []
            for i in range(self.len):
                self.entries.append(Fzb.MapStringValueEntry(self.level, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()


        @property
        def min_item_size(self):
            if hasattr(self, '_m_min_item_size'):
                return self._m_min_item_size

            self._m_min_item_size = 12
            return getattr(self, '_m_min_item_size', None)


    class MapStringValueEntry(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.MapStringValueEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.key = Fzb.BincodeString(self._io, self, self._root)
            self.value = Fzb.Value(self.level + 1, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class NativeFnFields(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.NativeFnFields, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.name = Fzb.BincodeString(self._io, self, self._root)
            self.arity = self._io.read_u1()
            self.args = Fzb.VecValue(self.level, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.name._fetch_instances()
            self.args._fetch_instances()


    class OptionString(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Fzb.OptionString, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.tag = self._io.read_u1()
            if not self.tag <= 1:
                raise kaitaistruct.ValidationGreaterThanError(1, self.tag, self._io, u"/types/option_string/seq/0")
            if self.tag == 1:
                pass
                self.value = Fzb.BincodeString(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if self.tag == 1:
                pass
                self.value._fetch_instances()



    class SourceSpan(KaitaiStruct):
        """a source location; the compiler writes one all-zero span per instruction."""
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.SourceSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.level <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/source_span/seq/0")
            self.line = self._io.read_u4le()
            self.column = self._io.read_u4le()
            self.offset = self._io.read_u4le()
            self.length = self._io.read_u4le()


        def _fetch_instances(self):
            pass


    class Value(KaitaiStruct):
        """HostData and Async follow and are `serde(skip)`: they can never be written or read."""
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.Value, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.level <= self._root.max_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/value/seq/0")
            self.tag = KaitaiStream.resolve_enum(Fzb.ValueKind, self._io.read_u4le())
            if not isinstance(self.tag, Fzb.ValueKind):
                raise kaitaistruct.ValidationNotInEnumError(self.tag, self._io, u"/types/value/seq/1")
            _on = self.tag
            if _on == Fzb.ValueKind.array:
                pass
                self.payload = Fzb.VecValue(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.bool:
                pass
                self.payload = Fzb.BincodeBool(self._io, self, self._root)
            elif _on == Fzb.ValueKind.closure:
                pass
                self.payload = Fzb.Closure(self.level + 1, self._io, self, self._root)
            elif _on == Fzb.ValueKind.cons:
                pass
                self.payload = Fzb.ConsFields(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.float:
                pass
                self.payload = self._io.read_f8le()
            elif _on == Fzb.ValueKind.int:
                pass
                self.payload = self._io.read_s8le()
            elif _on == Fzb.ValueKind.map:
                pass
                self.payload = Fzb.MapStringValue(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.native_fn:
                pass
                self.payload = Fzb.NativeFnFields(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.record:
                pass
                self.payload = Fzb.MapStringValue(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.str:
                pass
                self.payload = Fzb.BincodeString(self._io, self, self._root)
            elif _on == Fzb.ValueKind.tuple:
                pass
                self.payload = Fzb.VecValue(self.level, self._io, self, self._root)
            elif _on == Fzb.ValueKind.variant:
                pass
                self.payload = Fzb.VariantFields(self.level, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            _on = self.tag
            if _on == Fzb.ValueKind.array:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.bool:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.closure:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.cons:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.float:
                pass
            elif _on == Fzb.ValueKind.int:
                pass
            elif _on == Fzb.ValueKind.map:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.native_fn:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.record:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.str:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.tuple:
                pass
                self.payload._fetch_instances()
            elif _on == Fzb.ValueKind.variant:
                pass
                self.payload._fetch_instances()


    class VariantFields(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.VariantFields, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.type_name = Fzb.BincodeString(self._io, self, self._root)
            self.variant_name = Fzb.BincodeString(self._io, self, self._root)
            self.fields = Fzb.VecValue(self.level, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.type_name._fetch_instances()
            self.variant_name._fetch_instances()
            self.fields._fetch_instances()


    class VecInstruction(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.VecInstruction, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            _ = self.len
            if not _ * self.min_item_size <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.len, self._io, u"/types/vec_instruction/seq/0")
            self.count_check = self._io.read_bytes(0)
            _ = self.count_check
            if not self.len <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.count_check, self._io, u"/types/vec_instruction/seq/1")
            self.items = []
            for i in range(self.len):
                self.items.append(Fzb.Instruction(self.level + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()


        @property
        def min_item_size(self):
            if hasattr(self, '_m_min_item_size'):
                return self._m_min_item_size

            self._m_min_item_size = 4
            return getattr(self, '_m_min_item_size', None)


    class VecSourceSpan(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.VecSourceSpan, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            _ = self.len
            if not _ * self.min_item_size <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.len, self._io, u"/types/vec_source_span/seq/0")
            self.count_check = self._io.read_bytes(0)
            _ = self.count_check
            if not self.len <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.count_check, self._io, u"/types/vec_source_span/seq/1")
            self.items = []
            for i in range(self.len):
                self.items.append(Fzb.SourceSpan(self.level + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()


        @property
        def min_item_size(self):
            if hasattr(self, '_m_min_item_size'):
                return self._m_min_item_size

            self._m_min_item_size = 16
            return getattr(self, '_m_min_item_size', None)


    class VecValue(KaitaiStruct):
        def __init__(self, level, _io, _parent=None, _root=None):
            super(Fzb.VecValue, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.level = level
            self._read()

        def _read(self):
            self.len = self._io.read_u8le()
            _ = self.len
            if not _ * self.min_item_size <= self._io.size() - self._io.pos():
                raise kaitaistruct.ValidationExprError(self.len, self._io, u"/types/vec_value/seq/0")
            self.count_check = self._io.read_bytes(0)
            _ = self.count_check
            if not self.len <= self._root.max_items:
                raise kaitaistruct.ValidationExprError(self.count_check, self._io, u"/types/vec_value/seq/1")
            self.items = []
            for i in range(self.len):
                self.items.append(Fzb.Value(self.level + 1, self._io, self, self._root))



        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()


        @property
        def min_item_size(self):
            if hasattr(self, '_m_min_item_size'):
                return self._m_min_item_size

            self._m_min_item_size = 4
            return getattr(self, '_m_min_item_size', None)


    @property
    def max_depth(self):
        """Deepest nesting (in levels as counted above) that a reader must accept."""
        if hasattr(self, '_m_max_depth'):
            return self._m_max_depth

        self._m_max_depth = 64
        return getattr(self, '_m_max_depth', None)

    @property
    def max_items(self):
        """Largest element count of a sequence or map, and largest byte length of a string, that a reader must accept; past it (when the bytes are there) a reader may answer limit_exceeded."""
        if hasattr(self, '_m_max_items'):
            return self._m_max_items

        self._m_max_items = 16777216
        return getattr(self, '_m_max_items', None)

    @property
    def version(self):
        if hasattr(self, '_m_version'):
            return self._m_version

        self._m_version = self.header.version
        return getattr(self, '_m_version', None)



# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import KaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum
import binfmt_conformance.formats.ach.kaitai.zstd_limited


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Ach(KaitaiStruct):
    """A saved Achronyme environment: a 64-byte little-endian header, the body, and
    the SHA-256 of the body exactly as stored. The body is MessagePack as
    rmp-serde 1.x `to_vec` writes `AchBody` (structs as arrays, enums as
    one-entry maps keyed by variant name), zstd-compressed when bit 0 of `flags`
    is set.
    
    Two things are left to the host program because Kaitai Struct cannot
    express them: verifying the checksum (no hash functions), and reading the
    MessagePack values as the `AchBody` types (rmp-serde's rules). Everything
    after the header is parsed lazily, so a reader can check the checksum before
    it decompresses anything, in the order achronyme-env does. `body_tree` is
    the whole MessagePack tree; a typed reader that must stop at the first value
    of the wrong type (as rmp-serde does) instead reads `msgpack_head` after
    `msgpack_head` from the bytes in `body`.
    
    `.ach` is also the extension of Achronyme source code: sniff the magic.
    
    .. seealso::
       spec/formats/ach.md
    """

    class Compression(IntEnum):
        none = 0
        zstd = 1
    def __init__(self, _io, _parent=None, _root=None):
        super(Ach, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._read()

    def _read(self):
        self._raw_header = self._io.read_bytes(self.header_size)
        _io__raw_header = KaitaiStream(BytesIO(self._raw_header))
        self.header = Ach.Header(_io__raw_header, self, self._root)
        self.stored_body = self._io.read_bytes((self._io.size() - self._io.pos()) - self.checksum_size)
        self.checksum = self._io.read_bytes(self.checksum_size)


    def _fetch_instances(self):
        pass
        self.header._fetch_instances()
        _ = self.compressed_tree
        if hasattr(self, '_m_compressed_tree'):
            pass
            self._m_compressed_tree._fetch_instances()

        _ = self.decompressed_body
        if hasattr(self, '_m_decompressed_body'):
            pass

        _ = self.plain_tree
        if hasattr(self, '_m_plain_tree'):
            pass
            self._m_plain_tree._fetch_instances()


    class Header(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Ach.Header, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.magic = self._io.read_bytes(4)
            if not self.magic == b"\x41\x43\x48\x00":
                raise kaitaistruct.ValidationNotEqualError(b"\x41\x43\x48\x00", self.magic, self._io, u"/types/header/seq/0")
            self.version_major = self._io.read_u2le()
            self.version_minor = self._io.read_u2le()
            self.flags = self._io.read_u4le()
            self.created_timestamp = self._io.read_u8le()
            self.achronyme_version = self._io.read_bytes(16)
            self.compression = KaitaiStream.resolve_enum(Ach.Compression, self._io.read_u1())
            if not isinstance(self.compression, Ach.Compression):
                raise kaitaistruct.ValidationNotInEnumError(self.compression, self._io, u"/types/header/seq/6")
            self.reserved = self._io.read_bytes(27)
            self.version_check = self._io.read_bytes(0)
            _ = self.version_check
            if not self.version_major <= 1:
                raise kaitaistruct.ValidationExprError(self.version_check, self._io, u"/types/header/seq/8")


        def _fetch_instances(self):
            pass

        @property
        def is_compressed(self):
            if hasattr(self, '_m_is_compressed'):
                return self._m_is_compressed

            self._m_is_compressed = self.flags & 1 != 0
            return getattr(self, '_m_is_compressed', None)


    class MapEntry(KaitaiStruct):
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Ach.MapEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.key = Ach.Msgpack(self.depth, self._io, self, self._root)
            self.value = Ach.Msgpack(self.depth, self._io, self, self._root)


        def _fetch_instances(self):
            pass
            self.key._fetch_instances()
            self.value._fetch_instances()


    class Msgpack(KaitaiStruct):
        """One MessagePack value of any type: its head, then the payload of a
        str, bin or ext, or the items of an array or map, which are values
        again. `depth` counts the containers around this value.
        
        .. seealso::
           Source - https://github.com/msgpack/msgpack/blob/master/spec.md
        """
        def __init__(self, depth, _io, _parent=None, _root=None):
            super(Ach.Msgpack, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._read()

        def _read(self):
            self.depth_check = self._io.read_bytes(0)
            _ = self.depth_check
            if not self.depth <= self._root.max_msgpack_depth:
                raise kaitaistruct.ValidationExprError(self.depth_check, self._io, u"/types/msgpack/seq/0")
            self.head = Ach.MsgpackHead(self._io, self, self._root)
            if self.head.is_ext:
                pass
                self.ext_type = self._io.read_s1()

            if  ((self.head.is_str) or (self.head.is_bin) or (self.head.is_ext)) :
                pass
                self.data = self._io.read_bytes(self.head.num_bytes)

            if self.head.is_array:
                pass
                self.elements = []
                for i in range(self.head.num_items):
                    self.elements.append(Ach.Msgpack(self.depth + 1, self._io, self, self._root))


            if self.head.is_map:
                pass
                self.entries = []
                for i in range(self.head.num_items):
                    self.entries.append(Ach.MapEntry(self.depth + 1, self._io, self, self._root))




        def _fetch_instances(self):
            pass
            self.head._fetch_instances()
            if self.head.is_ext:
                pass

            if  ((self.head.is_str) or (self.head.is_bin) or (self.head.is_ext)) :
                pass

            if self.head.is_array:
                pass
                for i in range(len(self.elements)):
                    pass
                    self.elements[i]._fetch_instances()


            if self.head.is_map:
                pass
                for i in range(len(self.entries)):
                    pass
                    self.entries[i]._fetch_instances()



        @property
        def str_value(self):
            if hasattr(self, '_m_str_value'):
                return self._m_str_value

            if self.head.is_str:
                pass
                self._m_str_value = (self.data).decode(u"UTF-8")

            return getattr(self, '_m_str_value', None)


    class MsgpackHead(KaitaiStruct):
        """The head of one MessagePack value: its marker, the number it holds
        (int, float, nil, bool) or the length it announces (str, bin, ext,
        array, map). All multi-byte numbers are big-endian.
        """
        def __init__(self, _io, _parent=None, _root=None):
            super(Ach.MsgpackHead, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.marker = self._io.read_u1()
            _ = self.marker
            if not _ != 193:
                raise kaitaistruct.ValidationExprError(self.marker, self._io, u"/types/msgpack_head/seq/0")
            if self.is_int_extra:
                pass
                _on = self.marker
                if _on == 204:
                    pass
                    self.int_extra = self._io.read_u1()
                elif _on == 205:
                    pass
                    self.int_extra = self._io.read_u2be()
                elif _on == 206:
                    pass
                    self.int_extra = self._io.read_u4be()
                elif _on == 207:
                    pass
                    self.int_extra = self._io.read_u8be()
                elif _on == 208:
                    pass
                    self.int_extra = self._io.read_s1()
                elif _on == 209:
                    pass
                    self.int_extra = self._io.read_s2be()
                elif _on == 210:
                    pass
                    self.int_extra = self._io.read_s4be()
                elif _on == 211:
                    pass
                    self.int_extra = self._io.read_s8be()

            if self.marker == 202:
                pass
                self.float32_value = self._io.read_f4be()

            if self.marker == 203:
                pass
                self.float64_value = self._io.read_f8be()

            if self.has_len_extra:
                pass
                _on = self.marker
                if _on == 196:
                    pass
                    self.len_extra = self._io.read_u1()
                elif _on == 197:
                    pass
                    self.len_extra = self._io.read_u2be()
                elif _on == 198:
                    pass
                    self.len_extra = self._io.read_u4be()
                elif _on == 199:
                    pass
                    self.len_extra = self._io.read_u1()
                elif _on == 200:
                    pass
                    self.len_extra = self._io.read_u2be()
                elif _on == 201:
                    pass
                    self.len_extra = self._io.read_u4be()
                elif _on == 217:
                    pass
                    self.len_extra = self._io.read_u1()
                elif _on == 218:
                    pass
                    self.len_extra = self._io.read_u2be()
                elif _on == 219:
                    pass
                    self.len_extra = self._io.read_u4be()
                elif _on == 220:
                    pass
                    self.len_extra = self._io.read_u2be()
                elif _on == 221:
                    pass
                    self.len_extra = self._io.read_u4be()
                elif _on == 222:
                    pass
                    self.len_extra = self._io.read_u2be()
                elif _on == 223:
                    pass
                    self.len_extra = self._io.read_u4be()



        def _fetch_instances(self):
            pass
            if self.is_int_extra:
                pass
                _on = self.marker
                if _on == 204:
                    pass
                elif _on == 205:
                    pass
                elif _on == 206:
                    pass
                elif _on == 207:
                    pass
                elif _on == 208:
                    pass
                elif _on == 209:
                    pass
                elif _on == 210:
                    pass
                elif _on == 211:
                    pass

            if self.marker == 202:
                pass

            if self.marker == 203:
                pass

            if self.has_len_extra:
                pass
                _on = self.marker
                if _on == 196:
                    pass
                elif _on == 197:
                    pass
                elif _on == 198:
                    pass
                elif _on == 199:
                    pass
                elif _on == 200:
                    pass
                elif _on == 201:
                    pass
                elif _on == 217:
                    pass
                elif _on == 218:
                    pass
                elif _on == 219:
                    pass
                elif _on == 220:
                    pass
                elif _on == 221:
                    pass
                elif _on == 222:
                    pass
                elif _on == 223:
                    pass


        @property
        def bool_value(self):
            if hasattr(self, '_m_bool_value'):
                return self._m_bool_value

            self._m_bool_value = self.marker == 195
            return getattr(self, '_m_bool_value', None)

        @property
        def float_value(self):
            if hasattr(self, '_m_float_value'):
                return self._m_float_value

            if self.is_float:
                pass
                self._m_float_value = (self.float32_value if self.marker == 202 else self.float64_value)

            return getattr(self, '_m_float_value', None)

        @property
        def has_len_extra(self):
            if hasattr(self, '_m_has_len_extra'):
                return self._m_has_len_extra

            self._m_has_len_extra =  (( ((self.marker >= 196) and (self.marker <= 201)) ) or ( ((self.marker >= 217) and (self.marker <= 223)) )) 
            return getattr(self, '_m_has_len_extra', None)

        @property
        def int_value(self):
            if hasattr(self, '_m_int_value'):
                return self._m_int_value

            if self.is_int:
                pass
                self._m_int_value = (self.marker if self.is_pos_fixint else (self.marker - 256 if self.is_neg_fixint else self.int_extra))

            return getattr(self, '_m_int_value', None)

        @property
        def is_array(self):
            if hasattr(self, '_m_is_array'):
                return self._m_is_array

            self._m_is_array =  ((self.is_fixarray) or (self.marker == 220) or (self.marker == 221)) 
            return getattr(self, '_m_is_array', None)

        @property
        def is_bin(self):
            if hasattr(self, '_m_is_bin'):
                return self._m_is_bin

            self._m_is_bin =  ((self.marker >= 196) and (self.marker <= 198)) 
            return getattr(self, '_m_is_bin', None)

        @property
        def is_bool(self):
            if hasattr(self, '_m_is_bool'):
                return self._m_is_bool

            self._m_is_bool =  ((self.marker == 194) or (self.marker == 195)) 
            return getattr(self, '_m_is_bool', None)

        @property
        def is_ext(self):
            if hasattr(self, '_m_is_ext'):
                return self._m_is_ext

            self._m_is_ext =  ((self.is_fixext) or ( ((self.marker >= 199) and (self.marker <= 201)) )) 
            return getattr(self, '_m_is_ext', None)

        @property
        def is_fixarray(self):
            if hasattr(self, '_m_is_fixarray'):
                return self._m_is_fixarray

            self._m_is_fixarray =  ((self.marker >= 144) and (self.marker <= 159)) 
            return getattr(self, '_m_is_fixarray', None)

        @property
        def is_fixext(self):
            if hasattr(self, '_m_is_fixext'):
                return self._m_is_fixext

            self._m_is_fixext =  ((self.marker >= 212) and (self.marker <= 216)) 
            return getattr(self, '_m_is_fixext', None)

        @property
        def is_fixmap(self):
            if hasattr(self, '_m_is_fixmap'):
                return self._m_is_fixmap

            self._m_is_fixmap =  ((self.marker >= 128) and (self.marker <= 143)) 
            return getattr(self, '_m_is_fixmap', None)

        @property
        def is_fixstr(self):
            if hasattr(self, '_m_is_fixstr'):
                return self._m_is_fixstr

            self._m_is_fixstr =  ((self.marker >= 160) and (self.marker <= 191)) 
            return getattr(self, '_m_is_fixstr', None)

        @property
        def is_float(self):
            if hasattr(self, '_m_is_float'):
                return self._m_is_float

            self._m_is_float =  ((self.marker == 202) or (self.marker == 203)) 
            return getattr(self, '_m_is_float', None)

        @property
        def is_int(self):
            if hasattr(self, '_m_is_int'):
                return self._m_is_int

            self._m_is_int =  ((self.is_pos_fixint) or (self.is_neg_fixint) or (self.is_int_extra)) 
            return getattr(self, '_m_is_int', None)

        @property
        def is_int_extra(self):
            if hasattr(self, '_m_is_int_extra'):
                return self._m_is_int_extra

            self._m_is_int_extra =  ((self.marker >= 204) and (self.marker <= 211)) 
            return getattr(self, '_m_is_int_extra', None)

        @property
        def is_map(self):
            if hasattr(self, '_m_is_map'):
                return self._m_is_map

            self._m_is_map =  ((self.is_fixmap) or (self.marker == 222) or (self.marker == 223)) 
            return getattr(self, '_m_is_map', None)

        @property
        def is_neg_fixint(self):
            if hasattr(self, '_m_is_neg_fixint'):
                return self._m_is_neg_fixint

            self._m_is_neg_fixint = self.marker >= 224
            return getattr(self, '_m_is_neg_fixint', None)

        @property
        def is_nil(self):
            if hasattr(self, '_m_is_nil'):
                return self._m_is_nil

            self._m_is_nil = self.marker == 192
            return getattr(self, '_m_is_nil', None)

        @property
        def is_pos_fixint(self):
            if hasattr(self, '_m_is_pos_fixint'):
                return self._m_is_pos_fixint

            self._m_is_pos_fixint = self.marker <= 127
            return getattr(self, '_m_is_pos_fixint', None)

        @property
        def is_str(self):
            if hasattr(self, '_m_is_str'):
                return self._m_is_str

            self._m_is_str =  ((self.is_fixstr) or ( ((self.marker >= 217) and (self.marker <= 219)) )) 
            return getattr(self, '_m_is_str', None)

        @property
        def num_bytes(self):
            """Payload bytes of a str, bin or ext (not counting an ext's type byte)."""
            if hasattr(self, '_m_num_bytes'):
                return self._m_num_bytes

            if  ((self.is_str) or (self.is_bin) or (self.is_ext)) :
                pass
                self._m_num_bytes = (self.marker & 31 if self.is_fixstr else (1 << self.marker - 212 if self.is_fixext else self.len_extra))

            return getattr(self, '_m_num_bytes', None)

        @property
        def num_items(self):
            """Items of an array, entries of a map."""
            if hasattr(self, '_m_num_items'):
                return self._m_num_items

            if  ((self.is_array) or (self.is_map)) :
                pass
                self._m_num_items = (self.marker & 15 if  ((self.is_fixarray) or (self.is_fixmap))  else self.len_extra)

            return getattr(self, '_m_num_items', None)


    @property
    def body(self):
        """The body's MessagePack bytes (decompressed if flags bit 0 is set).
        Bytes after its one value are ignored.
        """
        if hasattr(self, '_m_body'):
            return self._m_body

        self._m_body = (self.decompressed_body if self.header.is_compressed else self.stored_body)
        return getattr(self, '_m_body', None)

    @property
    def body_tree(self):
        """The MessagePack value of the body (`AchBody`) as a generic tree."""
        if hasattr(self, '_m_body_tree'):
            return self._m_body_tree

        self._m_body_tree = (self.compressed_tree if self.header.is_compressed else self.plain_tree)
        return getattr(self, '_m_body_tree', None)

    @property
    def checksum_size(self):
        """Bytes of the SHA-256 after the body."""
        if hasattr(self, '_m_checksum_size'):
            return self._m_checksum_size

        self._m_checksum_size = 32
        return getattr(self, '_m_checksum_size', None)

    @property
    def compressed_tree(self):
        if hasattr(self, '_m_compressed_tree'):
            return self._m_compressed_tree

        if self.header.is_compressed:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header_size)
            self._raw__raw__m_compressed_tree = self._io.read_bytes(len(self.stored_body))
            _process = binfmt_conformance.formats.ach.kaitai.zstd_limited.ZstdLimited(self.max_body_size)
            self._raw__m_compressed_tree = _process.decode(self._raw__raw__m_compressed_tree)
            _io__raw__m_compressed_tree = KaitaiStream(BytesIO(self._raw__m_compressed_tree))
            self._m_compressed_tree = Ach.Msgpack(0, _io__raw__m_compressed_tree, self, self._root)
            self._io.seek(_pos)

        return getattr(self, '_m_compressed_tree', None)

    @property
    def decompressed_body(self):
        """zstd frames as `zstd::decode_all` reads them (data frames, skippable
        frames skipped), decompressed by a custom process routine with an
        output limit.
        """
        if hasattr(self, '_m_decompressed_body'):
            return self._m_decompressed_body

        if self.header.is_compressed:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header_size)
            self._raw__m_decompressed_body = self._io.read_bytes(len(self.stored_body))
            _process = binfmt_conformance.formats.ach.kaitai.zstd_limited.ZstdLimited(self.max_body_size)
            self._m_decompressed_body = _process.decode(self._raw__m_decompressed_body)
            self._io.seek(_pos)

        return getattr(self, '_m_decompressed_body', None)

    @property
    def header_size(self):
        """Bytes of the fixed header."""
        if hasattr(self, '_m_header_size'):
            return self._m_header_size

        self._m_header_size = 64
        return getattr(self, '_m_header_size', None)

    @property
    def max_body_size(self):
        """Largest decompressed body a reader must support (64 MiB)."""
        if hasattr(self, '_m_max_body_size'):
            return self._m_max_body_size

        self._m_max_body_size = 67108864
        return getattr(self, '_m_max_body_size', None)

    @property
    def max_msgpack_depth(self):
        """Bound on MessagePack container nesting in `body`: 64 SerializedValue levels (ach.limits.depth) of at most 3 containers each, inside the 2 around the bindings' values. A typed reader applies the level count itself."""
        if hasattr(self, '_m_max_msgpack_depth'):
            return self._m_max_msgpack_depth

        self._m_max_msgpack_depth = 194
        return getattr(self, '_m_max_msgpack_depth', None)

    @property
    def plain_tree(self):
        if hasattr(self, '_m_plain_tree'):
            return self._m_plain_tree

        if (not (self.header.is_compressed)):
            pass
            _pos = self._io.pos()
            self._io.seek(self.header_size)
            self._raw__m_plain_tree = self._io.read_bytes(len(self.stored_body))
            _io__raw__m_plain_tree = KaitaiStream(BytesIO(self._raw__m_plain_tree))
            self._m_plain_tree = Ach.Msgpack(0, _io__raw__m_plain_tree, self, self._root)
            self._io.seek(_pos)

        return getattr(self, '_m_plain_tree', None)



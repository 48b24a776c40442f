# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import KaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Plcbundle(KaitaiStruct):
    """One plcbundle bundle (spec/formats/plcbundle.md): JSON Lines records compressed with zstd.
    The legacy layout is one or more standard zstd frames. The framed layout starts with a skippable
    frame of magic 0x184D2A50 whose payload is the metadata JSON (its `frame_offsets` locate the data
    frames relative to the end of this frame), followed by one zstd frame per 100 records.
    This description walks the frames (frame headers and block headers, so each frame's extent is
    known without decompressing it); the compressed blocks stay opaque bytes.
    
    .. seealso::
       RFC 8878 (Zstandard), sections 3.1.1 and 3.1.2
    """
    def __init__(self, _io, _parent=None, _root=None):
        super(Plcbundle, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._read()

    def _read(self):
        if self.first_magic == 407710288:
            pass
            self.metadata = Plcbundle.MetadataFrame(self._io, self, self._root)

        self.frames = []
        i = 0
        while not self._io.is_eof():
            self.frames.append(Plcbundle.Frame(self._io, self, self._root))
            i += 1



    def _fetch_instances(self):
        pass
        if self.first_magic == 407710288:
            pass
            self.metadata._fetch_instances()

        for i in range(len(self.frames)):
            pass
            self.frames[i]._fetch_instances()

        _ = self.first_magic
        if hasattr(self, '_m_first_magic'):
            pass


    class Block(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Plcbundle.Block, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.header_lo = self._io.read_u2le()
            self.header_hi = self._io.read_u1()
            self.body = self._io.read_bytes((1 if self.block_type == 1 else self.block_size))


        def _fetch_instances(self):
            pass

        @property
        def block_size(self):
            if hasattr(self, '_m_block_size'):
                return self._m_block_size

            self._m_block_size = self.header >> 3
            return getattr(self, '_m_block_size', None)

        @property
        def block_type(self):
            """0 raw, 1 RLE, 2 compressed, 3 reserved."""
            if hasattr(self, '_m_block_type'):
                return self._m_block_type

            self._m_block_type = self.header >> 1 & 3
            return getattr(self, '_m_block_type', None)

        @property
        def header(self):
            if hasattr(self, '_m_header'):
                return self._m_header

            self._m_header = self.header_lo | self.header_hi << 16
            return getattr(self, '_m_header', None)

        @property
        def is_last(self):
            if hasattr(self, '_m_is_last'):
                return self._m_is_last

            self._m_is_last = self.header & 1 == 1
            return getattr(self, '_m_is_last', None)


    class DataFrameBody(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Plcbundle.DataFrameBody, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.descriptor = self._io.read_u1()
            if (not (self.single_segment)):
                pass
                self.window_descriptor = self._io.read_u1()

            self.dictionary_id = self._io.read_bytes(self.dictionary_id_size)
            if self.content_size_bytes > 0:
                pass
                _on = self.content_size_bytes
                if _on == 1:
                    pass
                    self.content_size_raw = self._io.read_u1()
                elif _on == 2:
                    pass
                    self.content_size_raw = self._io.read_u2le()
                elif _on == 4:
                    pass
                    self.content_size_raw = self._io.read_u4le()
                elif _on == 8:
                    pass
                    self.content_size_raw = self._io.read_u8le()

            self.blocks = []
            i = 0
            while True:
                _ = Plcbundle.Block(self._io, self, self._root)
                self.blocks.append(_)
                if _.is_last:
                    break
                i += 1
            if self.has_checksum:
                pass
                self.content_checksum = self._io.read_u4le()



        def _fetch_instances(self):
            pass
            if (not (self.single_segment)):
                pass

            if self.content_size_bytes > 0:
                pass
                _on = self.content_size_bytes
                if _on == 1:
                    pass
                elif _on == 2:
                    pass
                elif _on == 4:
                    pass
                elif _on == 8:
                    pass

            for i in range(len(self.blocks)):
                pass
                self.blocks[i]._fetch_instances()

            if self.has_checksum:
                pass


        @property
        def content_size(self):
            if hasattr(self, '_m_content_size'):
                return self._m_content_size

            if self.content_size_bytes > 0:
                pass
                self._m_content_size = (self.content_size_raw + 256 if self.content_size_flag == 1 else self.content_size_raw)

            return getattr(self, '_m_content_size', None)

        @property
        def content_size_bytes(self):
            if hasattr(self, '_m_content_size_bytes'):
                return self._m_content_size_bytes

            self._m_content_size_bytes = ((1 if self.single_segment else 0) if self.content_size_flag == 0 else (2 if self.content_size_flag == 1 else (4 if self.content_size_flag == 2 else 8)))
            return getattr(self, '_m_content_size_bytes', None)

        @property
        def content_size_flag(self):
            if hasattr(self, '_m_content_size_flag'):
                return self._m_content_size_flag

            self._m_content_size_flag = self.descriptor >> 6
            return getattr(self, '_m_content_size_flag', None)

        @property
        def dictionary_id_flag(self):
            if hasattr(self, '_m_dictionary_id_flag'):
                return self._m_dictionary_id_flag

            self._m_dictionary_id_flag = self.descriptor & 3
            return getattr(self, '_m_dictionary_id_flag', None)

        @property
        def dictionary_id_size(self):
            if hasattr(self, '_m_dictionary_id_size'):
                return self._m_dictionary_id_size

            self._m_dictionary_id_size = (0 if self.dictionary_id_flag == 0 else (1 if self.dictionary_id_flag == 1 else (2 if self.dictionary_id_flag == 2 else 4)))
            return getattr(self, '_m_dictionary_id_size', None)

        @property
        def has_checksum(self):
            if hasattr(self, '_m_has_checksum'):
                return self._m_has_checksum

            self._m_has_checksum = self.descriptor >> 2 & 1 == 1
            return getattr(self, '_m_has_checksum', None)

        @property
        def single_segment(self):
            if hasattr(self, '_m_single_segment'):
                return self._m_single_segment

            self._m_single_segment = self.descriptor >> 5 & 1 == 1
            return getattr(self, '_m_single_segment', None)


    class Frame(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Plcbundle.Frame, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.magic = self._io.read_u4le()
            if  ((self.magic >= 407710288) and (self.magic <= 407710303)) :
                pass
                self.skippable = Plcbundle.SkippableBody(self._io, self, self._root)

            if self.magic == 4247762216:
                pass
                self.data = Plcbundle.DataFrameBody(self._io, self, self._root)



        def _fetch_instances(self):
            pass
            if  ((self.magic >= 407710288) and (self.magic <= 407710303)) :
                pass
                self.skippable._fetch_instances()

            if self.magic == 4247762216:
                pass
                self.data._fetch_instances()


        @property
        def is_known(self):
            if hasattr(self, '_m_is_known'):
                return self._m_is_known

            self._m_is_known =  ((self.magic == 4247762216) or ( ((self.magic >= 407710288) and (self.magic <= 407710303)) )) 
            return getattr(self, '_m_is_known', None)


    class MetadataFrame(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Plcbundle.MetadataFrame, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.magic = self._io.read_bytes(4)
            if not self.magic == b"\x50\x2A\x4D\x18":
                raise kaitaistruct.ValidationNotEqualError(b"\x50\x2A\x4D\x18", self.magic, self._io, u"/types/metadata_frame/seq/0")
            self.len_json = self._io.read_u4le()
            self.json = (self._io.read_bytes(self.len_json)).decode(u"UTF-8")


        def _fetch_instances(self):
            pass


    class SkippableBody(KaitaiStruct):
        def __init__(self, _io, _parent=None, _root=None):
            super(Plcbundle.SkippableBody, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._read()

        def _read(self):
            self.len_body = self._io.read_u4le()
            self.body = self._io.read_bytes(self.len_body)


        def _fetch_instances(self):
            pass


    @property
    def first_magic(self):
        if hasattr(self, '_m_first_magic'):
            return self._m_first_magic

        _pos = self._io.pos()
        self._io.seek(0)
        self._m_first_magic = self._io.read_u4le()
        self._io.seek(_pos)
        return getattr(self, '_m_first_magic', None)

    @property
    def is_framed(self):
        if hasattr(self, '_m_is_framed'):
            return self._m_is_framed

        self._m_is_framed = self.first_magic == 407710288
        return getattr(self, '_m_is_framed', None)



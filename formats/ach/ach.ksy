meta:
  id: ach
  title: Achronyme environment file
  application: Achronyme (achronyme-env crate, `save_env` / `restore_env`)
  file-extension: ach
  license: CC0-1.0
  ks-version: '0.11'
  endian: le
doc: |
  A saved Achronyme environment: a 64-byte little-endian header, the body, and
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
doc-ref: spec/formats/ach.md
seq:
  - id: header
    size: header_size
    type: header
    doc: |
      Fixed size: a file shorter than the header is cut short, whatever its
      first bytes are.
  - id: stored_body
    size: _io.size - _io.pos - checksum_size
    doc: |
      The body as stored: everything between the header and the last 32
      bytes. No length field exists; a file shorter than header + checksum
      fails here.
  - id: checksum
    size: checksum_size
    doc: SHA-256 over `stored_body` (after compression, not before).
instances:
  # BEGIN GENERATED: ach.limits
  header_size:
    value: 64
    doc: "Bytes of the fixed header."
  checksum_size:
    value: 32
    doc: "Bytes of the SHA-256 after the body."
  max_body_size:
    value: 67108864
    doc: "Largest decompressed body a reader must support (64 MiB)."
  max_msgpack_depth:
    value: 194
    doc: "Bound on MessagePack container nesting in `body`: 64 SerializedValue levels (ach.limits.depth) of at most 3 containers each, inside the 2 around the bindings' values. A typed reader applies the level count itself."
  # END GENERATED: ach.limits
  decompressed_body:
    pos: header_size
    size: stored_body.size
    process: binfmt_conformance.formats.ach.kaitai.zstd_limited.zstd_limited(max_body_size)
    if: header.is_compressed
    doc: |
      zstd frames as `zstd::decode_all` reads them (data frames, skippable
      frames skipped), decompressed by a custom process routine with an
      output limit.
  body:
    value: 'header.is_compressed ? decompressed_body : stored_body'
    doc: |
      The body's MessagePack bytes (decompressed if flags bit 0 is set).
      Bytes after its one value are ignored.
  plain_tree:
    pos: header_size
    size: stored_body.size
    type: msgpack(0)
    if: not header.is_compressed
  compressed_tree:
    pos: header_size
    size: stored_body.size
    process: binfmt_conformance.formats.ach.kaitai.zstd_limited.zstd_limited(max_body_size)
    type: msgpack(0)
    if: header.is_compressed
  body_tree:
    value: 'header.is_compressed ? compressed_tree : plain_tree'
    doc: The MessagePack value of the body (`AchBody`) as a generic tree.
types:
  header:
    seq:
      - id: magic
        contents: [0x41, 0x43, 0x48, 0x00]
        doc: ASCII `ACH` and a NUL.
      - id: version_major
        type: u2
        doc: |
          Format major version; 1 is the only one written. Readers accept
          0 and 1 and reject newer ones, after the compression byte check.
      - id: version_minor
        type: u2
        doc: Format minor version; 0 is the only one written, never examined.
      - id: flags
        type: u4
        doc: |
          Bit 0 COMPRESSED decides decompression; bits 1 (HAS_METADATA) and 2
          (HAS_FUNCTIONS) are reserved and never set; other bits are unused.
      - id: created_timestamp
        type: u8
        doc: Unix seconds at save.
      - id: achronyme_version
        size: 16
        doc: ASCII version of the achronyme-env crate, NUL-padded.
      - id: compression
        type: u1
        enum: compression
        valid:
          in-enum: true
        doc: |
          Range-checked only; flags bit 0 decides whether the body is
          compressed.
      - id: reserved
        size: 27
        doc: Zeros on write, ignored on read.
      - id: version_check
        size: 0
        valid:
          expr: version_major <= 1
        doc: |
          Kaitai has no assertion statement: this empty field carries the
          version rule, so that it is checked after the compression byte, in
          the order achronyme-env checks them.
    instances:
      is_compressed:
        value: (flags & 1) != 0
  msgpack:
    doc: |
      One MessagePack value of any type: its head, then the payload of a
      str, bin or ext, or the items of an array or map, which are values
      again. `depth` counts the containers around this value.
    doc-ref: https://github.com/msgpack/msgpack/blob/master/spec.md
    params:
      - id: depth
        type: u4
    seq:
      - id: depth_check
        size: 0
        valid:
          expr: depth <= _root.max_msgpack_depth
        doc: |
          Kaitai has no assertion statement: this empty field carries the
          nesting bound (see `max_msgpack_depth`).
      - id: head
        type: msgpack_head
      - id: ext_type
        type: s1
        if: head.is_ext
      - id: data
        size: head.num_bytes
        if: head.is_str or head.is_bin or head.is_ext
        doc: |
          UTF-8 for a str, but kept as bytes: rmp-serde decodes text only
          where it expects a string (see `str_value`).
      - id: elements
        type: msgpack(depth + 1)
        repeat: expr
        repeat-expr: head.num_items
        if: head.is_array
      - id: entries
        type: map_entry(depth + 1)
        repeat: expr
        repeat-expr: head.num_items
        if: head.is_map
    instances:
      str_value:
        value: data.to_s("UTF-8")
        if: head.is_str
  msgpack_head:
    meta:
      endian: be
    doc: |
      The head of one MessagePack value: its marker, the number it holds
      (int, float, nil, bool) or the length it announces (str, bin, ext,
      array, map). All multi-byte numbers are big-endian.
    seq:
      - id: marker
        type: u1
        valid:
          expr: _ != 0xc1
        doc: The first byte; 0xc1 is never used.
      - id: int_extra
        type:
          switch-on: marker
          cases:
            0xcc: u1
            0xcd: u2
            0xce: u4
            0xcf: u8
            0xd0: s1
            0xd1: s2
            0xd2: s4
            0xd3: s8
        if: is_int_extra
      - id: float32_value
        type: f4
        if: marker == 0xca
      - id: float64_value
        type: f8
        if: marker == 0xcb
      - id: len_extra
        type:
          switch-on: marker
          cases:
            0xc4: u1
            0xc5: u2
            0xc6: u4
            0xc7: u1
            0xc8: u2
            0xc9: u4
            0xd9: u1
            0xda: u2
            0xdb: u4
            0xdc: u2
            0xdd: u4
            0xde: u2
            0xdf: u4
        if: has_len_extra
        doc: |
          Byte length (str, bin, ext) or item count (array, map), when the
          marker does not hold it.
    instances:
      is_nil:
        value: marker == 0xc0
      is_bool:
        value: marker == 0xc2 or marker == 0xc3
      bool_value:
        value: marker == 0xc3
      is_pos_fixint:
        value: marker <= 0x7f
      is_neg_fixint:
        value: marker >= 0xe0
      is_int_extra:
        value: marker >= 0xcc and marker <= 0xd3
      is_int:
        value: is_pos_fixint or is_neg_fixint or is_int_extra
      int_value:
        value: 'is_pos_fixint ? marker : is_neg_fixint ? marker - 0x100 : int_extra'
        if: is_int
      is_float:
        value: marker == 0xca or marker == 0xcb
      float_value:
        value: 'marker == 0xca ? float32_value : float64_value'
        if: is_float
      is_fixstr:
        value: marker >= 0xa0 and marker <= 0xbf
      is_str:
        value: is_fixstr or (marker >= 0xd9 and marker <= 0xdb)
      is_bin:
        value: marker >= 0xc4 and marker <= 0xc6
      is_fixext:
        value: marker >= 0xd4 and marker <= 0xd8
      is_ext:
        value: is_fixext or (marker >= 0xc7 and marker <= 0xc9)
      is_fixarray:
        value: marker >= 0x90 and marker <= 0x9f
      is_array:
        value: is_fixarray or marker == 0xdc or marker == 0xdd
      is_fixmap:
        value: marker >= 0x80 and marker <= 0x8f
      is_map:
        value: is_fixmap or marker == 0xde or marker == 0xdf
      has_len_extra:
        value: (marker >= 0xc4 and marker <= 0xc9) or (marker >= 0xd9 and marker <= 0xdf)
      num_bytes:
        value: 'is_fixstr ? marker & 0x1f : is_fixext ? 1 << (marker - 0xd4) : len_extra'
        if: is_str or is_bin or is_ext
        doc: Payload bytes of a str, bin or ext (not counting an ext's type byte).
      num_items:
        value: '(is_fixarray or is_fixmap) ? marker & 0x0f : len_extra'
        if: is_array or is_map
        doc: Items of an array, entries of a map.
  map_entry:
    params:
      - id: depth
        type: u4
    seq:
      - id: key
        type: msgpack(depth)
      - id: value
        type: msgpack(depth)
enums:
  compression:
    0: none
    1: zstd

meta:
  id: plcbundle
  title: plcbundle bundle file (legacy or framed layout)
  file-extension: jsonl.zst
  license: MIT
  endian: le
doc: |
  One plcbundle bundle (spec/formats/plcbundle.md): JSON Lines records compressed with zstd.
  The legacy layout is one or more standard zstd frames. The framed layout starts with a skippable
  frame of magic 0x184D2A50 whose payload is the metadata JSON (its `frame_offsets` locate the data
  frames relative to the end of this frame), followed by one zstd frame per 100 records.
  This description walks the frames (frame headers and block headers, so each frame's extent is
  known without decompressing it); the compressed blocks stay opaque bytes.
doc-ref: RFC 8878 (Zstandard), sections 3.1.1 and 3.1.2
seq:
  - id: metadata
    type: metadata_frame
    if: first_magic == 0x184d2a50
    doc: present in the framed layout only
  - id: frames
    type: frame
    repeat: eos
    doc: the data frames (and any other skippable frame, which readers skip)
instances:
  first_magic:
    pos: 0
    type: u4
  is_framed:
    value: first_magic == 0x184d2a50
types:
  metadata_frame:
    seq:
      - id: magic
        contents: [0x50, 0x2a, 0x4d, 0x18]
      - id: len_json
        type: u4
        doc: byte length of the metadata JSON
      - id: json
        type: str
        size: len_json
        encoding: UTF-8
        doc: the metadata, one compact JSON object
  frame:
    seq:
      - id: magic
        type: u4
      - id: skippable
        type: skippable_body
        if: magic >= 0x184d2a50 and magic <= 0x184d2a5f
      - id: data
        type: data_frame_body
        if: magic == 0xfd2fb528
    instances:
      is_known:
        value: magic == 0xfd2fb528 or (magic >= 0x184d2a50 and magic <= 0x184d2a5f)
  skippable_body:
    seq:
      - id: len_body
        type: u4
      - id: body
        size: len_body
  data_frame_body:
    seq:
      - id: descriptor
        type: u1
      - id: window_descriptor
        type: u1
        if: not single_segment
      - id: dictionary_id
        size: dictionary_id_size
      - id: content_size_raw
        type:
          switch-on: content_size_bytes
          cases:
            1: u1
            2: u2
            4: u4
            8: u8
        if: content_size_bytes > 0
      - id: blocks
        type: block
        repeat: until
        repeat-until: _.is_last
      - id: content_checksum
        type: u4
        if: has_checksum
        doc: low 32 bits of XXH64 of the frame's content
    instances:
      content_size_flag:
        value: descriptor >> 6
      single_segment:
        value: (descriptor >> 5) & 1 == 1
      has_checksum:
        value: (descriptor >> 2) & 1 == 1
      dictionary_id_flag:
        value: descriptor & 3
      dictionary_id_size:
        value: 'dictionary_id_flag == 0 ? 0 : dictionary_id_flag == 1 ? 1 : dictionary_id_flag == 2 ? 2 : 4'
      content_size_bytes:
        value: 'content_size_flag == 0 ? (single_segment ? 1 : 0) : content_size_flag == 1 ? 2 : content_size_flag == 2 ? 4 : 8'
      content_size:
        value: 'content_size_flag == 1 ? content_size_raw + 256 : content_size_raw'
        if: content_size_bytes > 0
  block:
    seq:
      - id: header_lo
        type: u2
      - id: header_hi
        type: u1
      - id: body
        size: 'block_type == 1 ? 1 : block_size'
        doc: compressed, raw or RLE block content (opaque here)
    instances:
      header:
        value: header_lo | (header_hi << 16)
      is_last:
        value: header & 1 == 1
      block_type:
        value: (header >> 1) & 3
        doc: 0 raw, 1 RLE, 2 compressed, 3 reserved
      block_size:
        value: header >> 3

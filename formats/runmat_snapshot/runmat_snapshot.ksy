meta:
  id: runmat_snapshot
  title: RunMat standard-library snapshot
  application: RunMat (runmat-snapshot-tool writes it, the runtime preloads it)
  file-extension: snapshot
  license: CC0-1.0
  ks-version: '0.11'
  endian: le
doc: |
  H (u32 LE), then H bytes of bincode-1 `SnapshotHeader` whose first field is
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
doc-ref: spec/formats/runmat-snapshot.md
seq:
  - id: header_length
    type: u4
  - id: magic_check
    size: 0
    valid:
      expr: is_runmat or is_rustmat
    doc: The header starts with one of the two magics.
  - id: header
    size: header_length
    type: 'snapshot_header(is_rustmat ? 8 : 7)'
  - id: release_check
    size: 0
    valid:
      expr: era != 0
    doc: runmat_version names a release of a known era.
  - id: era_magic_check
    size: 0
    valid:
      expr: (era == 1) == is_rustmat
    doc: Era A's loader reads 8 magic bytes, the later ones 7.
  - id: version_check
    size: 0
    valid:
      expr: 'era == 5 ? header.version == 2 : header.version <= 1'
    doc: Eras A–D accept version 0 and 1, era E exactly 2.
instances:
  magic7:
    pos: 4
    size: 7
    if: _io.size >= 11
  magic8:
    pos: 4
    size: 8
    if: _io.size >= 12
  is_runmat:
    value: '_io.size >= 11 and magic7 == [0x52, 0x55, 0x4e, 0x4d, 0x41, 0x54, 0x00]'
  is_rustmat:
    value: '_io.size >= 12 and magic8 == [0x52, 0x55, 0x53, 0x54, 0x4d, 0x41, 0x54, 0x01]'
  release:
    value: header.metadata.runmat_version.value
  era:
    value: 'era_a ? 1 : era_b ? 2 : era_c ? 3 : era_d ? 4 : era_e ? 5 : 0'
    doc: 1–5 for eras A–E, 0 for a release of no known era.
  # BEGIN GENERATED: runmat-snapshot.ksy-releases
  era_a:
    value: "release == \"0.0.0\" or release == \"0.0.1\" or release == \"0.0.2\" or release == \"0.0.3\" or release == \"0.0.4\" or release == \"0.0.5\" or release == \"0.0.6\" or release == \"0.0.7\" or release == \"0.0.8\" or release == \"0.0.9\" or release == \"0.0.10\" or release == \"0.0.11\" or release == \"0.0.12\" or release == \"0.0.13\" or release == \"0.0.14\" or release == \"0.0.15\" or release == \"0.0.16\" or release == \"0.0.17\" or release == \"0.0.18\" or release == \"0.0.19\" or release == \"0.0.20\" or release == \"0.1.0\" or release == \"0.1.1\" or release == \"0.1.2\" or release == \"0.1.3\" or release == \"0.1.4\" or release == \"0.1.5\" or release == \"0.1.6\" or release == \"0.1.7\" or release == \"0.1.8\" or release == \"0.1.9\" or release == \"0.1.10\" or release == \"0.1.11\" or release == \"0.1.12\" or release == \"0.1.13\" or release == \"0.1.14\" or release == \"0.1.15\" or release == \"0.1.16\" or release == \"0.1.17\" or release == \"0.1.18\" or release == \"0.1.19\" or release == \"0.1.20\" or release == \"0.2.0\" or release == \"0.2.1\" or release == \"0.2.2\" or release == \"0.2.3\" or release == \"0.2.4\" or release == \"0.2.5\" or release == \"0.2.6\" or release == \"0.2.7\" or release == \"0.2.8\""
  era_b:
    value: "release == \"0.3.0\" or release == \"0.3.1\" or release == \"0.3.2\" or release == \"0.3.3\" or release == \"0.3.4\" or release == \"0.3.5\" or release == \"0.3.6\" or release == \"0.3.7\" or release == \"0.3.8\" or release == \"0.3.9\" or release == \"0.3.10\" or release == \"0.3.11\" or release == \"0.3.12\" or release == \"0.3.13\" or release == \"0.3.14\" or release == \"0.3.15\" or release == \"0.3.16\" or release == \"0.3.17\" or release == \"0.3.18\" or release == \"0.3.19\" or release == \"0.3.20\" or release == \"0.4.0\" or release == \"0.4.1\""
  era_c:
    value: "release == \"0.4.4\" or release == \"0.4.5\" or release == \"0.4.6\" or release == \"0.4.7\" or release == \"0.4.8\" or release == \"0.4.9\""
  era_d:
    value: "release == \"0.5.0\""
  era_e:
    value: "release == \"0.5.2\" or release == \"0.5.3\" or release == \"0.5.4\" or release == \"0.5.5\" or release == \"0.5.6\""
  # END GENERATED: runmat-snapshot.ksy-releases
  data_start:
    value: 'header.data_info.data_offset == 0 ? 4 + header_length : header.data_info.data_offset'
    doc: data_offset, or 4 + H when it is 0 (every loader falls back to it).
  payload:
    pos: data_start
    size: header.data_info.compressed_size
  body_bytes:
    pos: data_start
    size: header.data_info.compressed_size
    process: binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.runmat_payload(header.data_info.compression.algorithm.tag, header.data_info.compression.parameters, max_body_size)
    doc: The decompressed payload (bincode of `Snapshot`).
  has_checksum:
    value: header.checksum_info.tag == 1 and _io.size >= data_start + header.data_info.compressed_size + 32
  checksum:
    pos: data_start + header.data_info.compressed_size
    size: 32
    if: has_checksum
  body_c:
    pos: data_start
    size: header.data_info.compressed_size
    process: binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.runmat_payload(header.data_info.compression.algorithm.tag, header.data_info.compression.parameters, max_body_size)
    type: c_snapshot
    if: era == 3
    doc: The era-C body (releases 0.4.4 – 0.4.9).
  body_e:
    pos: data_start
    size: header.data_info.compressed_size
    process: binfmt_conformance.formats.runmat_snapshot.kaitai.runmat_payload.runmat_payload(header.data_info.compression.algorithm.tag, header.data_info.compression.parameters, max_body_size)
    type: e_snapshot
    if: release == "0.5.6"
    doc: The v0.5.6 body.
  # BEGIN GENERATED: runmat-snapshot.ksy-limits
  max_body_size:
    value: 67108864
    doc: "Largest decompressed body a reader must support."
  # END GENERATED: runmat-snapshot.ksy-limits
types:
  snapshot_header:
    params:
      - id: magic_size
        type: u1
    seq:
      - id: magic
        size: magic_size
      - id: version
        type: u4
      - id: metadata
        type: h_snapshot_metadata
      - id: data_info
        type: h_data_section_info
      - id: checksum_info
        type: h_opt_checksum_info
      - id: header_size
        type: u4
  # BEGIN GENERATED: runmat-snapshot.ksy-types
  bincode_bool: {"seq": [{"id": "value", "type": "u1", "valid": {"max": 1}}]}
  bincode_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "value", "size": "len", "type": "str", "encoding": "UTF-8"}]}
  bincode_bytes: {"seq": [{"id": "len", "type": "u8"}, {"id": "value", "size": "len"}]}
  h_snapshot_metadata: {"seq": [{"id": "created_at", "type": "h_system_time"}, {"id": "runmat_version", "type": "bincode_string"}, {"id": "tool_version", "type": "bincode_string"}, {"id": "build_config", "type": "h_build_config"}, {"id": "performance_metrics", "type": "h_performance_metrics"}, {"id": "feature_flags", "type": "h_vec_string"}, {"id": "target_platform", "type": "h_platform_info"}]}
  h_system_time: {"seq": [{"id": "secs_since_epoch", "type": "u8"}, {"id": "nanos_since_epoch", "type": "u4"}]}
  h_build_config: {"seq": [{"id": "optimization_level", "type": "bincode_string"}, {"id": "debug_info", "type": "bincode_bool"}, {"id": "compiler", "type": "bincode_string"}, {"id": "compile_flags", "type": "h_vec_string"}, {"id": "enabled_features", "type": "h_vec_string"}]}
  h_vec_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "bincode_string", "repeat": "expr", "repeat-expr": "len"}]}
  h_performance_metrics: {"seq": [{"id": "creation_time", "type": "h_duration"}, {"id": "builtin_count", "type": "u8"}, {"id": "hir_cache_entries", "type": "u8"}, {"id": "bytecode_cache_entries", "type": "u8"}, {"id": "uncompressed_size", "type": "u8"}, {"id": "compression_ratio", "type": "f8"}, {"id": "peak_memory_usage", "type": "u8"}]}
  h_duration: {"seq": [{"id": "secs", "type": "u8"}, {"id": "nanos", "type": "u4"}]}
  h_platform_info: {"seq": [{"id": "os", "type": "bincode_string"}, {"id": "arch", "type": "bincode_string"}, {"id": "cpu_features", "type": "h_vec_string"}, {"id": "page_size", "type": "u8"}, {"id": "cache_line_size", "type": "u8"}, {"id": "endianness", "type": "h_endianness"}]}
  h_endianness: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  h_data_section_info: {"seq": [{"id": "compression", "type": "h_compression_info"}, {"id": "uncompressed_size", "type": "u8"}, {"id": "compressed_size", "type": "u8"}, {"id": "data_offset", "type": "u8"}, {"id": "alignment", "type": "u8"}]}
  h_compression_info: {"seq": [{"id": "algorithm", "type": "h_compression_algorithm"}, {"id": "level", "type": "u4"}, {"id": "parameters", "type": "h_map_string_string"}]}
  h_compression_algorithm: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "h_compression_algorithm__lz4", "2": "h_compression_algorithm__zstd"}}}]}
  h_compression_algorithm__lz4: {"seq": [{"id": "fast", "type": "bincode_bool"}]}
  h_compression_algorithm__zstd: {"seq": [{"id": "dictionary", "type": "h_opt_bytes"}]}
  h_opt_bytes: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "bincode_bytes", "if": "tag == 1"}]}
  h_map_string_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "h_entry_string_string", "repeat": "expr", "repeat-expr": "len"}]}
  h_entry_string_string: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "bincode_string"}]}
  h_opt_checksum_info: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "h_checksum_info", "if": "tag == 1"}]}
  h_checksum_info: {"seq": [{"id": "algorithm", "type": "h_checksum_algorithm"}, {"id": "size", "type": "u8"}, {"id": "offset", "type": "u8"}]}
  h_checksum_algorithm: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}]}
  c_snapshot: {"seq": [{"id": "metadata", "type": "c_snapshot_metadata"}, {"id": "builtins", "type": "c_builtin_registry"}, {"id": "hir_cache", "type": "c_hir_cache"}, {"id": "bytecode_cache", "type": "c_bytecode_cache"}, {"id": "gc_presets", "type": "c_gc_preset_cache"}, {"id": "optimization_hints", "type": "c_optimization_hints"}]}
  c_snapshot_metadata: {"seq": [{"id": "created_at", "type": "c_system_time"}, {"id": "runmat_version", "type": "bincode_string"}, {"id": "tool_version", "type": "bincode_string"}, {"id": "build_config", "type": "c_build_config"}, {"id": "performance_metrics", "type": "c_performance_metrics"}, {"id": "feature_flags", "type": "c_vec_string"}, {"id": "target_platform", "type": "c_platform_info"}]}
  c_system_time: {"seq": [{"id": "secs_since_epoch", "type": "u8"}, {"id": "nanos_since_epoch", "type": "u4"}]}
  c_build_config: {"seq": [{"id": "optimization_level", "type": "bincode_string"}, {"id": "debug_info", "type": "bincode_bool"}, {"id": "compiler", "type": "bincode_string"}, {"id": "compile_flags", "type": "c_vec_string"}, {"id": "enabled_features", "type": "c_vec_string"}]}
  c_vec_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "bincode_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_performance_metrics: {"seq": [{"id": "creation_time", "type": "c_duration"}, {"id": "builtin_count", "type": "u8"}, {"id": "hir_cache_entries", "type": "u8"}, {"id": "bytecode_cache_entries", "type": "u8"}, {"id": "uncompressed_size", "type": "u8"}, {"id": "compression_ratio", "type": "f8"}, {"id": "peak_memory_usage", "type": "u8"}]}
  c_duration: {"seq": [{"id": "secs", "type": "u8"}, {"id": "nanos", "type": "u4"}]}
  c_platform_info: {"seq": [{"id": "os", "type": "bincode_string"}, {"id": "arch", "type": "bincode_string"}, {"id": "cpu_features", "type": "c_vec_string"}, {"id": "page_size", "type": "u8"}, {"id": "cache_line_size", "type": "u8"}, {"id": "endianness", "type": "c_endianness"}]}
  c_endianness: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  c_builtin_registry: {"seq": [{"id": "name_index", "type": "c_map_string_usize"}, {"id": "functions", "type": "c_vec_builtin_metadata"}]}
  c_map_string_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_usize", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_usize: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "u8"}]}
  c_vec_builtin_metadata: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_builtin_metadata", "repeat": "expr", "repeat-expr": "len"}]}
  c_builtin_metadata: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "arity", "type": "c_builtin_arity"}, {"id": "category", "type": "c_builtin_category"}, {"id": "complexity", "type": "c_computational_complexity"}, {"id": "optimization_level", "type": "c_optimization_level"}]}
  c_builtin_arity: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "c_tup_usize_usize", "2": "u8"}}}]}
  c_tup_usize_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "u8"}]}
  c_builtin_category: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 6}}]}
  c_computational_complexity: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  c_optimization_level: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  c_hir_cache: {"seq": [{"id": "functions", "type": "c_map_string_hir_program"}, {"id": "patterns", "type": "c_vec_hir_pattern"}, {"id": "type_cache", "type": "c_map_string_type"}]}
  c_map_string_hir_program: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_hir_program", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_hir_program: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_hir_program"}]}
  c_hir_program: {"seq": [{"id": "body", "type": "c_vec_hir_stmt"}, {"id": "var_types", "type": "c_vec_type"}]}
  c_vec_hir_stmt: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_hir_stmt", "repeat": "expr", "repeat-expr": "len"}]}
  c_hir_stmt: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 16}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "c_tup_hir_expr_bool_span", "1": "c_tup_usize_hir_expr_bool_span", "2": "c_tup_vec_opt_usize_hir_expr_bool_span", "3": "c_tup_hir_l_value_hir_expr_bool_span", "4": "c_hir_stmt__if", "5": "c_hir_stmt__while", "6": "c_hir_stmt__for", "7": "c_hir_stmt__switch", "8": "c_hir_stmt__try_catch", "9": "c_tup_vec_tup_usize_string_span", "10": "c_tup_vec_tup_usize_string_span", "11": "c_span", "12": "c_span", "13": "c_span", "14": "c_hir_stmt__function", "15": "c_hir_stmt__class_def", "16": "c_hir_stmt__import"}}}]}
  c_tup_hir_expr_bool_span: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "bincode_bool"}, {"id": "item2", "type": "c_span"}]}
  c_hir_expr: {"seq": [{"id": "kind", "type": "c_hir_expr_kind"}, {"id": "ty", "type": "c_type"}, {"id": "span", "type": "c_span"}]}
  c_hir_expr_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 20}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "bincode_string", "1": "bincode_string", "2": "u8", "3": "bincode_string", "4": "c_tup_un_op_hir_expr", "5": "c_tup_hir_expr_bin_op_hir_expr", "6": "c_vec_vec_hir_expr", "7": "c_vec_vec_hir_expr", "8": "c_tup_hir_expr_vec_hir_expr", "9": "c_tup_hir_expr_vec_hir_expr", "10": "c_tup_hir_expr_opt_hir_expr_hir_expr", "13": "c_tup_hir_expr_string", "14": "c_tup_hir_expr_hir_expr", "15": "c_tup_hir_expr_string_vec_hir_expr", "16": "c_tup_hir_expr_string_vec_hir_expr", "17": "c_hir_expr_kind__anon_func", "18": "bincode_string", "19": "c_tup_string_vec_hir_expr", "20": "bincode_string"}}}]}
  c_tup_un_op_hir_expr: {"seq": [{"id": "item0", "type": "c_un_op"}, {"id": "item1", "type": "c_hir_expr"}]}
  c_un_op: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  c_tup_hir_expr_bin_op_hir_expr: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "c_bin_op"}, {"id": "item2", "type": "c_hir_expr"}]}
  c_bin_op: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 20}}]}
  c_vec_vec_hir_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_vec_hir_expr", "repeat": "expr", "repeat-expr": "len"}]}
  c_vec_hir_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_hir_expr", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_hir_expr_vec_hir_expr: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "c_vec_hir_expr"}]}
  c_tup_hir_expr_opt_hir_expr_hir_expr: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "c_opt_hir_expr"}, {"id": "item2", "type": "c_hir_expr"}]}
  c_opt_hir_expr: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_hir_expr", "if": "tag == 1"}]}
  c_tup_hir_expr_string: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "bincode_string"}]}
  c_tup_hir_expr_hir_expr: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "c_hir_expr"}]}
  c_tup_hir_expr_string_vec_hir_expr: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "bincode_string"}, {"id": "item2", "type": "c_vec_hir_expr"}]}
  c_hir_expr_kind__anon_func: {"seq": [{"id": "params", "type": "c_vec_usize"}, {"id": "body", "type": "c_hir_expr"}]}
  c_vec_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "u8", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_string_vec_hir_expr: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "c_vec_hir_expr"}]}
  c_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 15}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"3": "c_type__logical", "5": "c_type__tensor", "6": "c_type__cell", "7": "c_type__function", "10": "c_vec_type", "11": "c_type__struct", "12": "c_vec_type", "13": "c_type__data_dataset", "14": "c_type__data_array"}}}]}
  c_type__logical: {"seq": [{"id": "shape", "type": "c_opt_vec_opt_usize"}]}
  c_opt_vec_opt_usize: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_vec_opt_usize", "if": "tag == 1"}]}
  c_vec_opt_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_opt_usize", "repeat": "expr", "repeat-expr": "len"}]}
  c_opt_usize: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "u8", "if": "tag == 1"}]}
  c_type__tensor: {"seq": [{"id": "shape", "type": "c_opt_vec_opt_usize"}]}
  c_type__cell: {"seq": [{"id": "element_type", "type": "c_opt_type"}, {"id": "length", "type": "c_opt_usize"}]}
  c_opt_type: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_type", "if": "tag == 1"}]}
  c_type__function: {"seq": [{"id": "params", "type": "c_vec_type"}, {"id": "returns", "type": "c_type"}]}
  c_vec_type: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_type", "repeat": "expr", "repeat-expr": "len"}]}
  c_type__struct: {"seq": [{"id": "known_fields", "type": "c_opt_vec_string"}]}
  c_opt_vec_string: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_vec_string", "if": "tag == 1"}]}
  c_type__data_dataset: {"seq": [{"id": "arrays", "type": "c_opt_map_string_data_array_type_info"}]}
  c_opt_map_string_data_array_type_info: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_map_string_data_array_type_info", "if": "tag == 1"}]}
  c_map_string_data_array_type_info: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_data_array_type_info", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_data_array_type_info: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_data_array_type_info"}]}
  c_data_array_type_info: {"seq": [{"id": "dtype", "type": "c_opt_string"}, {"id": "shape", "type": "c_opt_vec_opt_usize"}, {"id": "chunk_shape", "type": "c_opt_vec_opt_usize"}, {"id": "codec", "type": "c_opt_string"}]}
  c_opt_string: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "bincode_string", "if": "tag == 1"}]}
  c_type__data_array: {"seq": [{"id": "dtype", "type": "c_opt_string"}, {"id": "shape", "type": "c_opt_vec_opt_usize"}, {"id": "chunk_shape", "type": "c_opt_vec_opt_usize"}, {"id": "codec", "type": "c_opt_string"}]}
  c_span: {"seq": [{"id": "start", "type": "u8"}, {"id": "end", "type": "u8"}]}
  c_tup_usize_hir_expr_bool_span: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "c_hir_expr"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "c_span"}]}
  c_tup_vec_opt_usize_hir_expr_bool_span: {"seq": [{"id": "item0", "type": "c_vec_opt_usize"}, {"id": "item1", "type": "c_hir_expr"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "c_span"}]}
  c_tup_hir_l_value_hir_expr_bool_span: {"seq": [{"id": "item0", "type": "c_hir_l_value"}, {"id": "item1", "type": "c_hir_expr"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "c_span"}]}
  c_hir_l_value: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "c_tup_hir_expr_string", "2": "c_tup_hir_expr_hir_expr", "3": "c_tup_hir_expr_vec_hir_expr", "4": "c_tup_hir_expr_vec_hir_expr"}}}]}
  c_hir_stmt__if: {"seq": [{"id": "cond", "type": "c_hir_expr"}, {"id": "then_body", "type": "c_vec_hir_stmt"}, {"id": "elseif_blocks", "type": "c_vec_tup_hir_expr_vec_hir_stmt"}, {"id": "else_body", "type": "c_opt_vec_hir_stmt"}, {"id": "span", "type": "c_span"}]}
  c_vec_tup_hir_expr_vec_hir_stmt: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_tup_hir_expr_vec_hir_stmt", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_hir_expr_vec_hir_stmt: {"seq": [{"id": "item0", "type": "c_hir_expr"}, {"id": "item1", "type": "c_vec_hir_stmt"}]}
  c_opt_vec_hir_stmt: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_vec_hir_stmt", "if": "tag == 1"}]}
  c_hir_stmt__while: {"seq": [{"id": "cond", "type": "c_hir_expr"}, {"id": "body", "type": "c_vec_hir_stmt"}, {"id": "span", "type": "c_span"}]}
  c_hir_stmt__for: {"seq": [{"id": "var", "type": "u8"}, {"id": "expr", "type": "c_hir_expr"}, {"id": "body", "type": "c_vec_hir_stmt"}, {"id": "span", "type": "c_span"}]}
  c_hir_stmt__switch: {"seq": [{"id": "expr", "type": "c_hir_expr"}, {"id": "cases", "type": "c_vec_tup_hir_expr_vec_hir_stmt"}, {"id": "otherwise", "type": "c_opt_vec_hir_stmt"}, {"id": "span", "type": "c_span"}]}
  c_hir_stmt__try_catch: {"seq": [{"id": "try_body", "type": "c_vec_hir_stmt"}, {"id": "catch_var", "type": "c_opt_usize"}, {"id": "catch_body", "type": "c_vec_hir_stmt"}, {"id": "span", "type": "c_span"}]}
  c_tup_vec_tup_usize_string_span: {"seq": [{"id": "item0", "type": "c_vec_tup_usize_string"}, {"id": "item1", "type": "c_span"}]}
  c_vec_tup_usize_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_tup_usize_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_usize_string: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "bincode_string"}]}
  c_hir_stmt__function: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "params", "type": "c_vec_usize"}, {"id": "outputs", "type": "c_vec_usize"}, {"id": "body", "type": "c_vec_hir_stmt"}, {"id": "has_varargin", "type": "bincode_bool"}, {"id": "has_varargout", "type": "bincode_bool"}, {"id": "span", "type": "c_span"}]}
  c_hir_stmt__class_def: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "super_class", "type": "c_opt_string"}, {"id": "members", "type": "c_vec_hir_class_member"}, {"id": "span", "type": "c_span"}]}
  c_vec_hir_class_member: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_hir_class_member", "repeat": "expr", "repeat-expr": "len"}]}
  c_hir_class_member: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "c_hir_class_member__properties", "1": "c_hir_class_member__methods", "2": "c_hir_class_member__events", "3": "c_hir_class_member__enumeration", "4": "c_hir_class_member__arguments"}}}]}
  c_hir_class_member__properties: {"seq": [{"id": "attributes", "type": "c_vec_attr"}, {"id": "names", "type": "c_vec_string"}]}
  c_vec_attr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_attr", "repeat": "expr", "repeat-expr": "len"}]}
  c_attr: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "value", "type": "c_opt_string"}]}
  c_hir_class_member__methods: {"seq": [{"id": "attributes", "type": "c_vec_attr"}, {"id": "body", "type": "c_vec_hir_stmt"}]}
  c_hir_class_member__events: {"seq": [{"id": "attributes", "type": "c_vec_attr"}, {"id": "names", "type": "c_vec_string"}]}
  c_hir_class_member__enumeration: {"seq": [{"id": "attributes", "type": "c_vec_attr"}, {"id": "names", "type": "c_vec_string"}]}
  c_hir_class_member__arguments: {"seq": [{"id": "attributes", "type": "c_vec_attr"}, {"id": "names", "type": "c_vec_string"}]}
  c_hir_stmt__import: {"seq": [{"id": "path", "type": "c_vec_string"}, {"id": "wildcard", "type": "bincode_bool"}, {"id": "span", "type": "c_span"}]}
  c_vec_hir_pattern: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_hir_pattern", "repeat": "expr", "repeat-expr": "len"}]}
  c_hir_pattern: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "pattern", "type": "c_hir_program"}, {"id": "frequency", "type": "u4"}, {"id": "optimization_priority", "type": "c_optimization_level"}]}
  c_map_string_type: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_type", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_type: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_type"}]}
  c_bytecode_cache: {"seq": [{"id": "stdlib_bytecode", "type": "c_map_string_bytecode"}, {"id": "operation_sequences", "type": "c_vec_bytecode_sequence"}, {"id": "hotspots", "type": "c_vec_hotspot_bytecode"}]}
  c_map_string_bytecode: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_bytecode", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_bytecode: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_bytecode"}]}
  c_bytecode: {"seq": [{"id": "instructions", "type": "c_vec_instr"}, {"id": "instr_spans", "type": "c_vec_span"}, {"id": "call_arg_spans", "type": "c_vec_opt_vec_span"}, {"id": "source_id", "type": "c_opt_usize"}, {"id": "var_count", "type": "u8"}, {"id": "functions", "type": "c_map_string_user_function"}, {"id": "var_types", "type": "c_vec_type"}, {"id": "var_names", "type": "c_map_usize_string"}, {"id": "accel_graph", "type": "c_opt_accel_graph"}, {"id": "fusion_groups", "type": "c_vec_fusion_group"}]}
  c_vec_instr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_instr", "repeat": "expr", "repeat-expr": "len"}]}
  c_instr: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 89}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "c_tup_f64_f64", "2": "bincode_bool", "3": "bincode_string", "4": "bincode_string", "5": "u8", "6": "u8", "27": "u8", "28": "u8", "29": "u8", "30": "u8", "32": "u8", "33": "c_tup_string_usize", "35": "c_tup_usize_usize", "36": "u8", "37": "bincode_bool", "38": "u8", "39": "c_tup_usize_usize_u32_u32", "40": "c_instr__index_slice_expr", "41": "c_instr__store_slice_expr", "42": "c_tup_usize_usize", "43": "u8", "44": "c_tup_usize_usize", "45": "u8", "46": "u8", "47": "c_tup_usize_usize_u32_u32", "48": "bincode_string", "49": "bincode_string", "52": "bincode_string", "53": "bincode_string", "56": "bincode_string", "57": "c_tup_string_usize", "58": "c_tup_string_usize", "59": "c_tup_string_usize", "60": "c_tup_string_string", "61": "c_tup_string_string_usize", "62": "c_instr__register_class", "63": "u8", "64": "c_vec_arg_spec", "66": "c_tup_usize_opt_usize", "70": "c_tup_string_usize", "71": "c_tup_string_usize_usize", "72": "c_tup_string_usize_usize_usize", "73": "c_tup_string_usize_usize", "74": "c_tup_string_usize_usize_usize", "75": "c_tup_string_vec_arg_spec", "76": "c_tup_string_vec_arg_spec", "77": "u8", "78": "u8", "79": "u8", "80": "u8", "81": "u8", "82": "u8", "83": "c_instr__register_import", "84": "c_vec_usize", "85": "c_vec_usize", "86": "c_tup_vec_usize_vec_string", "87": "c_tup_vec_usize_vec_string", "88": "c_instr__emit_stack_top", "89": "c_instr__emit_var"}}}]}
  c_tup_f64_f64: {"seq": [{"id": "item0", "type": "f8"}, {"id": "item1", "type": "f8"}]}
  c_tup_string_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "u8"}]}
  c_tup_usize_usize_u32_u32: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u4"}, {"id": "item3", "type": "u4"}]}
  c_instr__index_slice_expr: {"seq": [{"id": "dims", "type": "u8"}, {"id": "numeric_count", "type": "u8"}, {"id": "colon_mask", "type": "u4"}, {"id": "end_mask", "type": "u4"}, {"id": "range_dims", "type": "c_vec_usize"}, {"id": "range_has_step", "type": "c_vec_bool"}, {"id": "range_start_exprs", "type": "c_vec_opt_end_expr"}, {"id": "range_step_exprs", "type": "c_vec_opt_end_expr"}, {"id": "range_end_exprs", "type": "c_vec_end_expr"}, {"id": "end_numeric_exprs", "type": "c_vec_tup_usize_end_expr"}]}
  c_vec_bool: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "bincode_bool", "repeat": "expr", "repeat-expr": "len"}]}
  c_vec_opt_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_opt_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  c_opt_end_expr: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_end_expr", "if": "tag == 1"}]}
  c_end_expr: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 15}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "f8", "2": "u8", "3": "c_tup_string_vec_end_expr", "4": "c_tup_end_expr_end_expr", "5": "c_tup_end_expr_end_expr", "6": "c_tup_end_expr_end_expr", "7": "c_tup_end_expr_end_expr", "8": "c_tup_end_expr_end_expr", "9": "c_tup_end_expr_end_expr", "10": "c_end_expr", "11": "c_end_expr", "12": "c_end_expr", "13": "c_end_expr", "14": "c_end_expr", "15": "c_end_expr"}}}]}
  c_tup_string_vec_end_expr: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "c_vec_end_expr"}]}
  c_vec_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_end_expr_end_expr: {"seq": [{"id": "item0", "type": "c_end_expr"}, {"id": "item1", "type": "c_end_expr"}]}
  c_vec_tup_usize_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_tup_usize_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_usize_end_expr: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "c_end_expr"}]}
  c_instr__store_slice_expr: {"seq": [{"id": "dims", "type": "u8"}, {"id": "numeric_count", "type": "u8"}, {"id": "colon_mask", "type": "u4"}, {"id": "end_mask", "type": "u4"}, {"id": "range_dims", "type": "c_vec_usize"}, {"id": "range_has_step", "type": "c_vec_bool"}, {"id": "range_start_exprs", "type": "c_vec_opt_end_expr"}, {"id": "range_step_exprs", "type": "c_vec_opt_end_expr"}, {"id": "range_end_exprs", "type": "c_vec_end_expr"}, {"id": "end_numeric_exprs", "type": "c_vec_tup_usize_end_expr"}]}
  c_tup_string_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_string"}]}
  c_tup_string_string_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_string"}, {"id": "item2", "type": "u8"}]}
  c_instr__register_class: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "super_class", "type": "c_opt_string"}, {"id": "properties", "type": "c_vec_tup_string_bool_string_string"}, {"id": "methods", "type": "c_vec_tup_string_string_bool_string"}]}
  c_vec_tup_string_bool_string_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_tup_string_bool_string_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_string_bool_string_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_bool"}, {"id": "item2", "type": "bincode_string"}, {"id": "item3", "type": "bincode_string"}]}
  c_vec_tup_string_string_bool_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_tup_string_string_bool_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_tup_string_string_bool_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_string"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "bincode_string"}]}
  c_vec_arg_spec: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_arg_spec", "repeat": "expr", "repeat-expr": "len"}]}
  c_arg_spec: {"seq": [{"id": "is_expand", "type": "bincode_bool"}, {"id": "num_indices", "type": "u8"}, {"id": "expand_all", "type": "bincode_bool"}]}
  c_tup_usize_opt_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "c_opt_usize"}]}
  c_tup_string_usize_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u8"}]}
  c_tup_string_usize_usize_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u8"}, {"id": "item3", "type": "u8"}]}
  c_tup_string_vec_arg_spec: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "c_vec_arg_spec"}]}
  c_instr__register_import: {"seq": [{"id": "path", "type": "c_vec_string"}, {"id": "wildcard", "type": "bincode_bool"}]}
  c_tup_vec_usize_vec_string: {"seq": [{"id": "item0", "type": "c_vec_usize"}, {"id": "item1", "type": "c_vec_string"}]}
  c_instr__emit_stack_top: {"seq": [{"id": "label", "type": "c_emit_label"}]}
  c_emit_label: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "u8"}}}]}
  c_instr__emit_var: {"seq": [{"id": "var_index", "type": "u8"}, {"id": "label", "type": "c_emit_label"}]}
  c_vec_span: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_span", "repeat": "expr", "repeat-expr": "len"}]}
  c_vec_opt_vec_span: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_opt_vec_span", "repeat": "expr", "repeat-expr": "len"}]}
  c_opt_vec_span: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_vec_span", "if": "tag == 1"}]}
  c_map_string_user_function: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_user_function", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_user_function: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_user_function"}]}
  c_user_function: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "params", "type": "c_vec_usize"}, {"id": "outputs", "type": "c_vec_usize"}, {"id": "body", "type": "c_vec_hir_stmt"}, {"id": "local_var_count", "type": "u8"}, {"id": "has_varargin", "type": "bincode_bool"}, {"id": "has_varargout", "type": "bincode_bool"}, {"id": "var_types", "type": "c_vec_type"}, {"id": "source_id", "type": "c_opt_usize"}]}
  c_map_usize_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_usize_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_usize_string: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "bincode_string"}]}
  c_opt_accel_graph: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_accel_graph", "if": "tag == 1"}]}
  c_accel_graph: {"seq": [{"id": "nodes", "type": "c_vec_accel_node"}, {"id": "values", "type": "c_vec_value_info"}, {"id": "var_bindings", "type": "c_map_u32_var_binding"}, {"id": "node_bindings", "type": "c_map_u32_var_binding"}]}
  c_vec_accel_node: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_accel_node", "repeat": "expr", "repeat-expr": "len"}]}
  c_accel_node: {"seq": [{"id": "id", "type": "u4"}, {"id": "label", "type": "c_accel_node_label"}, {"id": "category", "type": "c_accel_op_category"}, {"id": "inputs", "type": "c_vec_u32"}, {"id": "outputs", "type": "c_vec_u32"}, {"id": "span", "type": "c_instr_span"}, {"id": "tags", "type": "c_vec_accel_graph_tag"}]}
  c_accel_node_label: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "c_primitive_op", "1": "c_accel_node_label__builtin"}}}]}
  c_primitive_op: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 16}}]}
  c_accel_node_label__builtin: {"seq": [{"id": "name", "type": "bincode_string"}]}
  c_accel_op_category: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  c_vec_u32: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "u4", "repeat": "expr", "repeat-expr": "len"}]}
  c_instr_span: {"seq": [{"id": "start", "type": "u8"}, {"id": "end", "type": "u8"}]}
  c_vec_accel_graph_tag: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_accel_graph_tag", "repeat": "expr", "repeat-expr": "len"}]}
  c_accel_graph_tag: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 5}}]}
  c_vec_value_info: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_value_info", "repeat": "expr", "repeat-expr": "len"}]}
  c_value_info: {"seq": [{"id": "id", "type": "u4"}, {"id": "origin", "type": "c_value_origin"}, {"id": "ty", "type": "c_type"}, {"id": "shape", "type": "c_shape_info"}]}
  c_value_origin: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "c_value_origin__variable", "1": "c_value_origin__node_output"}}}]}
  c_value_origin__variable: {"seq": [{"id": "kind", "type": "c_var_kind"}, {"id": "index", "type": "u8"}]}
  c_var_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  c_value_origin__node_output: {"seq": [{"id": "node", "type": "u4"}, {"id": "output", "type": "u8"}]}
  c_shape_info: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"2": "c_vec_opt_usize"}}}]}
  c_map_u32_var_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_u32_var_binding", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_u32_var_binding: {"seq": [{"id": "key", "type": "u4"}, {"id": "value", "type": "c_var_binding"}]}
  c_var_binding: {"seq": [{"id": "kind", "type": "c_var_kind"}, {"id": "index", "type": "u8"}]}
  c_vec_fusion_group: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_fusion_group", "repeat": "expr", "repeat-expr": "len"}]}
  c_fusion_group: {"seq": [{"id": "id", "type": "u8"}, {"id": "kind", "type": "c_fusion_kind"}, {"id": "nodes", "type": "c_vec_u32"}, {"id": "shape", "type": "c_shape_info"}, {"id": "span", "type": "c_instr_span"}, {"id": "pattern", "type": "c_opt_fusion_pattern"}, {"id": "stack_layout", "type": "c_opt_fusion_stack_layout"}]}
  c_fusion_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 6}}]}
  c_opt_fusion_pattern: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_fusion_pattern", "if": "tag == 1"}]}
  c_fusion_pattern: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "c_fusion_pattern__centered_gram", "1": "c_image_normalize_pattern", "2": "c_fusion_pattern__power_step_normalize", "3": "c_fusion_pattern__explained_variance"}}}]}
  c_fusion_pattern__centered_gram: {"seq": [{"id": "matrix", "type": "u4"}, {"id": "normalization", "type": "c_cov_normalization"}]}
  c_cov_normalization: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  c_image_normalize_pattern: {"seq": [{"id": "input", "type": "u4"}, {"id": "epsilon", "type": "c_image_scalar"}, {"id": "gain", "type": "c_opt_image_scalar"}, {"id": "bias", "type": "c_opt_image_scalar"}, {"id": "gamma", "type": "c_opt_image_scalar"}]}
  c_image_scalar: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "u4"}}}]}
  c_opt_image_scalar: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_image_scalar", "if": "tag == 1"}]}
  c_fusion_pattern__power_step_normalize: {"seq": [{"id": "lhs", "type": "u4"}, {"id": "rhs", "type": "u4"}, {"id": "epsilon", "type": "f8"}]}
  c_fusion_pattern__explained_variance: {"seq": [{"id": "q", "type": "u4"}, {"id": "g", "type": "u4"}]}
  c_opt_fusion_stack_layout: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "c_fusion_stack_layout", "if": "tag == 1"}]}
  c_fusion_stack_layout: {"seq": [{"id": "required_stack_operands", "type": "u8"}, {"id": "bindings", "type": "c_vec_fusion_stack_value_binding"}]}
  c_vec_fusion_stack_value_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_fusion_stack_value_binding", "repeat": "expr", "repeat-expr": "len"}]}
  c_fusion_stack_value_binding: {"seq": [{"id": "value_id", "type": "u4"}, {"id": "stack_offset", "type": "u8"}]}
  c_vec_bytecode_sequence: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_bytecode_sequence", "repeat": "expr", "repeat-expr": "len"}]}
  c_bytecode_sequence: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "bytecode", "type": "c_bytecode"}, {"id": "usage_count", "type": "u8"}, {"id": "average_execution_time", "type": "c_duration"}]}
  c_vec_hotspot_bytecode: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_hotspot_bytecode", "repeat": "expr", "repeat-expr": "len"}]}
  c_hotspot_bytecode: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "bytecode", "type": "c_bytecode"}, {"id": "execution_frequency", "type": "u8"}, {"id": "jit_compilation_threshold", "type": "u4"}, {"id": "optimization_hints", "type": "c_vec_optimization_hint"}]}
  c_vec_optimization_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_optimization_hint", "repeat": "expr", "repeat-expr": "len"}]}
  c_optimization_hint: {"seq": [{"id": "hint_type", "type": "bincode_string"}, {"id": "parameters", "type": "c_map_string_string"}, {"id": "expected_speedup", "type": "f8"}]}
  c_map_string_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_string", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_string: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "bincode_string"}]}
  c_gc_preset_cache: {"seq": [{"id": "presets", "type": "c_map_string_gc_config"}, {"id": "default_preset", "type": "bincode_string"}, {"id": "performance_profiles", "type": "c_map_string_gc_performance_profile"}]}
  c_map_string_gc_config: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_gc_config", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_gc_config: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_gc_config"}]}
  c_gc_config: {"seq": [{"id": "num_generations", "type": "u8"}, {"id": "young_generation_size", "type": "u8"}, {"id": "minor_gc_threshold", "type": "f8"}, {"id": "major_gc_threshold", "type": "f8"}, {"id": "promotion_threshold", "type": "u8"}, {"id": "max_gc_threads", "type": "u8"}, {"id": "concurrent_collection", "type": "bincode_bool"}, {"id": "parallel_collection", "type": "bincode_bool"}, {"id": "collection_timeout", "type": "c_duration"}, {"id": "write_barriers", "type": "bincode_bool"}, {"id": "pointer_compression", "type": "bincode_bool"}, {"id": "target_utilization", "type": "f8"}, {"id": "min_heap_size", "type": "u8"}, {"id": "max_heap_size", "type": "u8"}, {"id": "heap_growth_factor", "type": "f8"}, {"id": "verbose_logging", "type": "bincode_bool"}, {"id": "collect_statistics", "type": "bincode_bool"}]}
  c_map_string_gc_performance_profile: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "c_entry_string_gc_performance_profile", "repeat": "expr", "repeat-expr": "len"}]}
  c_entry_string_gc_performance_profile: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "c_gc_performance_profile"}]}
  c_gc_performance_profile: {"seq": [{"id": "average_allocation_rate", "type": "f8"}, {"id": "average_collection_time", "type": "c_duration"}, {"id": "memory_overhead", "type": "f8"}, {"id": "throughput_impact", "type": "f8"}]}
  c_optimization_hints: {"seq": [{"id": "jit_hints", "type": "c_vec_jit_hint"}, {"id": "memory_hints", "type": "c_vec_memory_hint"}, {"id": "execution_hints", "type": "c_vec_execution_hint"}]}
  c_vec_jit_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_jit_hint", "repeat": "expr", "repeat-expr": "len"}]}
  c_jit_hint: {"seq": [{"id": "pattern", "type": "bincode_string"}, {"id": "hint_type", "type": "c_jit_hint_type"}, {"id": "priority", "type": "c_optimization_level"}, {"id": "expected_performance_gain", "type": "f8"}]}
  c_jit_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  c_vec_memory_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_memory_hint", "repeat": "expr", "repeat-expr": "len"}]}
  c_memory_hint: {"seq": [{"id": "data_structure", "type": "bincode_string"}, {"id": "hint_type", "type": "c_memory_hint_type"}, {"id": "alignment", "type": "u8"}, {"id": "prefetch_pattern", "type": "c_prefetch_pattern"}]}
  c_memory_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  c_prefetch_pattern: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"2": "u8"}}}]}
  c_vec_execution_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "c_execution_hint", "repeat": "expr", "repeat-expr": "len"}]}
  c_execution_hint: {"seq": [{"id": "pattern", "type": "bincode_string"}, {"id": "hint_type", "type": "c_execution_hint_type"}, {"id": "frequency", "type": "u8"}, {"id": "optimization_potential", "type": "f8"}]}
  c_execution_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_snapshot: {"seq": [{"id": "metadata", "type": "e_snapshot_metadata"}, {"id": "builtins", "type": "e_builtin_registry"}, {"id": "hir_cache", "type": "e_hir_cache"}, {"id": "bytecode_cache", "type": "e_bytecode_cache"}, {"id": "gc_presets", "type": "e_gc_preset_cache"}, {"id": "optimization_hints", "type": "e_optimization_hints"}]}
  e_snapshot_metadata: {"seq": [{"id": "created_at", "type": "e_system_time"}, {"id": "runmat_version", "type": "bincode_string"}, {"id": "tool_version", "type": "bincode_string"}, {"id": "build_config", "type": "e_build_config"}, {"id": "performance_metrics", "type": "e_performance_metrics"}, {"id": "feature_flags", "type": "e_vec_string"}, {"id": "target_platform", "type": "e_platform_info"}]}
  e_system_time: {"seq": [{"id": "secs_since_epoch", "type": "u8"}, {"id": "nanos_since_epoch", "type": "u4"}]}
  e_build_config: {"seq": [{"id": "optimization_level", "type": "bincode_string"}, {"id": "debug_info", "type": "bincode_bool"}, {"id": "compiler", "type": "bincode_string"}, {"id": "compile_flags", "type": "e_vec_string"}, {"id": "enabled_features", "type": "e_vec_string"}]}
  e_vec_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "bincode_string", "repeat": "expr", "repeat-expr": "len"}]}
  e_performance_metrics: {"seq": [{"id": "creation_time", "type": "e_duration"}, {"id": "builtin_count", "type": "u8"}, {"id": "hir_cache_entries", "type": "u8"}, {"id": "bytecode_cache_entries", "type": "u8"}, {"id": "uncompressed_size", "type": "u8"}, {"id": "compression_ratio", "type": "f8"}, {"id": "peak_memory_usage", "type": "u8"}]}
  e_duration: {"seq": [{"id": "secs", "type": "u8"}, {"id": "nanos", "type": "u4"}]}
  e_platform_info: {"seq": [{"id": "os", "type": "bincode_string"}, {"id": "arch", "type": "bincode_string"}, {"id": "cpu_features", "type": "e_vec_string"}, {"id": "page_size", "type": "u8"}, {"id": "cache_line_size", "type": "u8"}, {"id": "endianness", "type": "e_endianness"}]}
  e_endianness: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  e_builtin_registry: {"seq": [{"id": "name_index", "type": "e_map_string_usize"}, {"id": "functions", "type": "e_vec_builtin_metadata"}]}
  e_map_string_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_usize", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_usize: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "u8"}]}
  e_vec_builtin_metadata: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_builtin_metadata", "repeat": "expr", "repeat-expr": "len"}]}
  e_builtin_metadata: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "arity", "type": "e_builtin_arity"}, {"id": "category", "type": "e_builtin_category"}, {"id": "complexity", "type": "e_computational_complexity"}, {"id": "optimization_level", "type": "e_optimization_level"}]}
  e_builtin_arity: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "e_tup_usize_usize", "2": "u8"}}}]}
  e_tup_usize_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "u8"}]}
  e_builtin_category: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 6}}]}
  e_computational_complexity: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  e_optimization_level: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_hir_cache: {"seq": [{"id": "functions", "type": "e_map_string_hir_assembly"}, {"id": "patterns", "type": "e_vec_hir_pattern"}, {"id": "type_cache", "type": "e_map_string_type"}]}
  e_map_string_hir_assembly: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_hir_assembly", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_hir_assembly: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "e_hir_assembly"}]}
  e_hir_assembly: {"seq": [{"id": "modules", "type": "e_vec_hir_module"}, {"id": "functions", "type": "e_vec_hir_function"}, {"id": "classes", "type": "e_vec_hir_class"}, {"id": "bindings", "type": "e_vec_hir_binding"}, {"id": "entrypoints", "type": "e_vec_hir_entrypoint"}]}
  e_vec_hir_module: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_module", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_module: {"seq": [{"id": "id", "type": "u8"}, {"id": "name", "type": "e_vec_string"}, {"id": "source_id", "type": "u8"}, {"id": "source_unit", "type": "e_source_unit_kind"}, {"id": "imports", "type": "e_vec_hir_import"}, {"id": "top_level_functions", "type": "e_vec_usize"}, {"id": "classes", "type": "e_vec_usize"}, {"id": "synthetic_entry_function", "type": "e_opt_usize"}]}
  e_source_unit_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 6}}]}
  e_vec_hir_import: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_import", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_import: {"seq": [{"id": "path", "type": "e_vec_string"}, {"id": "wildcard", "type": "bincode_bool"}, {"id": "span", "type": "e_span"}]}
  e_span: {"seq": [{"id": "start", "type": "u8"}, {"id": "end", "type": "u8"}]}
  e_vec_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "u8", "repeat": "expr", "repeat-expr": "len"}]}
  e_opt_usize: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "u8", "if": "tag == 1"}]}
  e_vec_hir_function: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_function", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_function: {"seq": [{"id": "id", "type": "u8"}, {"id": "module", "type": "u8"}, {"id": "parent", "type": "e_opt_usize"}, {"id": "enclosing_class", "type": "e_opt_usize"}, {"id": "name", "type": "bincode_string"}, {"id": "kind", "type": "e_function_kind"}, {"id": "params", "type": "e_vec_usize"}, {"id": "outputs", "type": "e_vec_usize"}, {"id": "abi", "type": "e_function_abi"}, {"id": "argument_validations", "type": "e_vec_runmat_hir_function_argument_validation"}, {"id": "locals", "type": "e_vec_usize"}, {"id": "captures", "type": "e_vec_captured_binding"}, {"id": "modifiers", "type": "e_function_modifiers"}, {"id": "body", "type": "e_hir_block"}, {"id": "span", "type": "e_span"}]}
  e_function_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"3": "e_function_kind__class_method"}}}]}
  e_function_kind__class_method: {"seq": [{"id": "is_static", "type": "bincode_bool"}]}
  e_function_abi: {"seq": [{"id": "fixed_inputs", "type": "e_vec_usize"}, {"id": "varargin", "type": "e_opt_usize"}, {"id": "fixed_outputs", "type": "e_vec_usize"}, {"id": "varargout", "type": "e_opt_usize"}, {"id": "implicit_nargin", "type": "e_opt_usize"}, {"id": "implicit_nargout", "type": "e_opt_usize"}]}
  e_vec_runmat_hir_function_argument_validation: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_runmat_hir_function_argument_validation", "repeat": "expr", "repeat-expr": "len"}]}
  e_runmat_hir_function_argument_validation: {"seq": [{"id": "binding", "type": "u8"}, {"id": "size", "type": "e_opt_runmat_hir_function_arg_size_spec"}, {"id": "class_name", "type": "e_opt_string"}, {"id": "validators", "type": "e_vec_runmat_hir_function_arg_validator"}, {"id": "default_value", "type": "e_opt_runmat_hir_function_arg_default_value"}]}
  e_opt_runmat_hir_function_arg_size_spec: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_runmat_hir_function_arg_size_spec", "if": "tag == 1"}]}
  e_runmat_hir_function_arg_size_spec: {"seq": [{"id": "rows", "type": "e_runmat_hir_function_arg_dim"}, {"id": "cols", "type": "e_runmat_hir_function_arg_dim"}]}
  e_runmat_hir_function_arg_dim: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "u8"}}}]}
  e_opt_string: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "bincode_string", "if": "tag == 1"}]}
  e_vec_runmat_hir_function_arg_validator: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_runmat_hir_function_arg_validator", "repeat": "expr", "repeat-expr": "len"}]}
  e_runmat_hir_function_arg_validator: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 15}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"12": "f8", "13": "f8", "14": "f8", "15": "f8"}}}]}
  e_opt_runmat_hir_function_arg_default_value: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_runmat_hir_function_arg_default_value", "if": "tag == 1"}]}
  e_runmat_hir_function_arg_default_value: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "bincode_bool", "2": "bincode_string"}}}]}
  e_vec_captured_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_captured_binding", "repeat": "expr", "repeat-expr": "len"}]}
  e_captured_binding: {"seq": [{"id": "binding", "type": "u8"}, {"id": "from_function", "type": "u8"}]}
  e_function_modifiers: {"seq": [{"id": "isolated", "type": "bincode_bool"}, {"id": "is_async", "type": "bincode_bool"}]}
  e_hir_block: {"seq": [{"id": "statements", "type": "e_vec_hir_stmt"}]}
  e_vec_hir_stmt: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_stmt", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_stmt: {"seq": [{"id": "id", "type": "u8"}, {"id": "kind", "type": "e_hir_stmt_kind"}, {"id": "span", "type": "e_span"}]}
  e_hir_stmt_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 13}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "e_tup_hir_expr_bool", "1": "e_tup_hir_place_hir_expr_bool", "2": "e_tup_output_target_list_hir_expr_bool", "3": "e_hir_stmt_kind__if", "4": "e_hir_stmt_kind__while", "5": "e_hir_stmt_kind__for", "6": "e_hir_stmt_kind__switch", "7": "e_hir_stmt_kind__try_catch", "8": "e_vec_usize", "9": "e_vec_usize", "13": "e_hir_import"}}}]}
  e_tup_hir_expr_bool: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "bincode_bool"}]}
  e_hir_expr: {"seq": [{"id": "id", "type": "u8"}, {"id": "kind", "type": "e_hir_expr_kind"}, {"id": "span", "type": "e_span"}]}
  e_hir_expr_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 23}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "bincode_string", "1": "bincode_string", "2": "bincode_string", "3": "u8", "4": "e_tup_operator_kind_hir_expr", "5": "e_tup_hir_expr_operator_kind_hir_expr", "6": "e_vec_vec_hir_expr", "7": "e_vec_vec_hir_expr", "8": "e_vec_tup_string_hir_expr", "9": "e_hir_expr_kind__object_literal", "10": "e_tup_hir_expr_opt_hir_expr_hir_expr", "13": "e_tup_hir_expr_indexing_semantics", "14": "e_tup_hir_expr_string", "15": "e_tup_hir_expr_hir_expr", "16": "e_hir_expr_kind__workspace_first_static_property", "17": "e_hir_call", "18": "e_hir_command_call", "19": "e_function_handle_target", "20": "u8", "21": "e_vec_string", "22": "e_hir_expr", "23": "e_hir_expr"}}}]}
  e_tup_operator_kind_hir_expr: {"seq": [{"id": "item0", "type": "e_operator_kind"}, {"id": "item1", "type": "e_hir_expr"}]}
  e_operator_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 24}}]}
  e_tup_hir_expr_operator_kind_hir_expr: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "e_operator_kind"}, {"id": "item2", "type": "e_hir_expr"}]}
  e_vec_vec_hir_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_vec_hir_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_vec_hir_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_vec_tup_string_hir_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_string_hir_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_string_hir_expr: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "e_hir_expr"}]}
  e_hir_expr_kind__object_literal: {"seq": [{"id": "class_name", "type": "e_vec_string"}, {"id": "fields", "type": "e_vec_tup_string_hir_expr"}]}
  e_tup_hir_expr_opt_hir_expr_hir_expr: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "e_opt_hir_expr"}, {"id": "item2", "type": "e_hir_expr"}]}
  e_opt_hir_expr: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_hir_expr", "if": "tag == 1"}]}
  e_tup_hir_expr_indexing_semantics: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "e_indexing_semantics"}]}
  e_indexing_semantics: {"seq": [{"id": "kind", "type": "e_index_kind"}, {"id": "components", "type": "e_vec_index_component"}, {"id": "result_context", "type": "e_index_result_context"}]}
  e_index_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  e_vec_index_component: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_index_component", "repeat": "expr", "repeat-expr": "len"}]}
  e_index_component: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "e_index_component__end", "2": "e_hir_expr", "3": "e_hir_expr"}}}]}
  e_index_component__end: {"seq": [{"id": "dim", "type": "e_opt_usize"}, {"id": "offset", "type": "s8"}]}
  e_index_result_context: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  e_tup_hir_expr_string: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "bincode_string"}]}
  e_tup_hir_expr_hir_expr: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "e_hir_expr"}]}
  e_hir_expr_kind__workspace_first_static_property: {"seq": [{"id": "workspace_name", "type": "bincode_string"}, {"id": "class_name", "type": "bincode_string"}, {"id": "property", "type": "bincode_string"}]}
  e_hir_call: {"seq": [{"id": "callee", "type": "e_hir_callable_ref"}, {"id": "args", "type": "e_vec_hir_expr"}, {"id": "syntax", "type": "e_call_syntax"}, {"id": "requested_outputs", "type": "e_requested_output_count"}, {"id": "workspace_first_name", "type": "e_opt_string"}, {"id": "bare_identifier", "type": "bincode_bool"}]}
  e_hir_callable_ref: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 7}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "e_hir_callable_ref__external_function", "2": "bincode_string", "3": "e_def_path", "4": "e_hir_callable_ref__super_constructor", "5": "e_hir_callable_ref__super_method", "6": "e_hir_expr", "7": "e_vec_string"}}}]}
  e_hir_callable_ref__external_function: {"seq": [{"id": "function", "type": "u8"}, {"id": "display_name", "type": "bincode_string"}]}
  e_def_path: {"seq": [{"id": "package", "type": "bincode_string"}, {"id": "module", "type": "e_vec_string"}, {"id": "item", "type": "e_vec_def_path_segment"}]}
  e_vec_def_path_segment: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_def_path_segment", "repeat": "expr", "repeat-expr": "len"}]}
  e_def_path_segment: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 0}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "bincode_string"}}}]}
  e_hir_callable_ref__super_constructor: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "e_vec_string"}]}
  e_hir_callable_ref__super_method: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "e_vec_string"}, {"id": "method", "type": "bincode_string"}]}
  e_call_syntax: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_requested_output_count: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"2": "u8"}}}]}
  e_hir_command_call: {"seq": [{"id": "command", "type": "e_hir_callable_ref"}, {"id": "args", "type": "e_vec_command_argument"}]}
  e_vec_command_argument: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_command_argument", "repeat": "expr", "repeat-expr": "len"}]}
  e_command_argument: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "bincode_string", "1": "bincode_string"}}}]}
  e_function_handle_target: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 5}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "e_function_handle_target__external_function", "2": "bincode_string", "3": "u8", "4": "e_def_path", "5": "bincode_string"}}}]}
  e_function_handle_target__external_function: {"seq": [{"id": "function", "type": "u8"}, {"id": "display_name", "type": "bincode_string"}]}
  e_tup_hir_place_hir_expr_bool: {"seq": [{"id": "item0", "type": "e_hir_place"}, {"id": "item1", "type": "e_hir_expr"}, {"id": "item2", "type": "bincode_bool"}]}
  e_hir_place: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "e_tup_hir_expr_string", "2": "e_tup_hir_expr_hir_expr", "3": "e_tup_hir_expr_indexing_semantics", "4": "e_tup_hir_expr_indexing_semantics"}}}]}
  e_tup_output_target_list_hir_expr_bool: {"seq": [{"id": "item0", "type": "e_output_target_list"}, {"id": "item1", "type": "e_hir_expr"}, {"id": "item2", "type": "bincode_bool"}]}
  e_output_target_list: {"seq": [{"id": "requested_outputs", "type": "e_requested_output_count"}, {"id": "targets", "type": "e_vec_output_target"}]}
  e_vec_output_target: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_output_target", "repeat": "expr", "repeat-expr": "len"}]}
  e_output_target: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "e_hir_place"}}}]}
  e_hir_stmt_kind__if: {"seq": [{"id": "cond", "type": "e_hir_expr"}, {"id": "then_body", "type": "e_hir_block"}, {"id": "elseif_blocks", "type": "e_vec_tup_hir_expr_hir_block"}, {"id": "else_body", "type": "e_opt_hir_block"}]}
  e_vec_tup_hir_expr_hir_block: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_hir_expr_hir_block", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_hir_expr_hir_block: {"seq": [{"id": "item0", "type": "e_hir_expr"}, {"id": "item1", "type": "e_hir_block"}]}
  e_opt_hir_block: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_hir_block", "if": "tag == 1"}]}
  e_hir_stmt_kind__while: {"seq": [{"id": "cond", "type": "e_hir_expr"}, {"id": "body", "type": "e_hir_block"}]}
  e_hir_stmt_kind__for: {"seq": [{"id": "binding", "type": "u8"}, {"id": "range", "type": "e_hir_expr"}, {"id": "body", "type": "e_hir_block"}]}
  e_hir_stmt_kind__switch: {"seq": [{"id": "expr", "type": "e_hir_expr"}, {"id": "cases", "type": "e_vec_tup_hir_expr_hir_block"}, {"id": "otherwise", "type": "e_opt_hir_block"}]}
  e_hir_stmt_kind__try_catch: {"seq": [{"id": "try_body", "type": "e_hir_block"}, {"id": "catch_binding", "type": "e_opt_usize"}, {"id": "catch_body", "type": "e_hir_block"}]}
  e_vec_hir_class: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_class", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_class: {"seq": [{"id": "id", "type": "u8"}, {"id": "module", "type": "u8"}, {"id": "name", "type": "e_vec_string"}, {"id": "super_class", "type": "e_opt_usize"}, {"id": "kind", "type": "e_class_kind"}, {"id": "is_sealed", "type": "bincode_bool"}, {"id": "is_abstract", "type": "bincode_bool"}, {"id": "properties", "type": "e_vec_class_property"}, {"id": "methods", "type": "e_vec_class_method"}, {"id": "events", "type": "e_vec_class_event"}, {"id": "enumerations", "type": "e_vec_class_enumeration"}, {"id": "arguments", "type": "e_vec_class_argument_block"}, {"id": "span", "type": "e_span"}]}
  e_class_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  e_vec_class_property: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_class_property", "repeat": "expr", "repeat-expr": "len"}]}
  e_class_property: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "attributes", "type": "e_property_attributes"}, {"id": "default", "type": "e_opt_hir_expr"}, {"id": "span", "type": "e_span"}]}
  e_property_attributes: {"seq": [{"id": "is_static", "type": "bincode_bool"}, {"id": "is_constant", "type": "bincode_bool"}, {"id": "is_dependent", "type": "bincode_bool"}, {"id": "is_transient", "type": "bincode_bool"}, {"id": "is_hidden", "type": "bincode_bool"}, {"id": "access", "type": "e_member_access"}, {"id": "get_access", "type": "e_member_access"}, {"id": "set_access", "type": "e_member_access"}]}
  e_member_access: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}]}
  e_vec_class_method: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_class_method", "repeat": "expr", "repeat-expr": "len"}]}
  e_class_method: {"seq": [{"id": "function", "type": "u8"}, {"id": "name", "type": "bincode_string"}, {"id": "is_static", "type": "bincode_bool"}, {"id": "attributes", "type": "e_method_attributes"}, {"id": "span", "type": "e_span"}]}
  e_method_attributes: {"seq": [{"id": "access", "type": "e_member_access"}, {"id": "is_hidden", "type": "bincode_bool"}, {"id": "is_abstract", "type": "bincode_bool"}, {"id": "is_sealed", "type": "bincode_bool"}]}
  e_vec_class_event: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_class_event", "repeat": "expr", "repeat-expr": "len"}]}
  e_class_event: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "span", "type": "e_span"}]}
  e_vec_class_enumeration: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_class_enumeration", "repeat": "expr", "repeat-expr": "len"}]}
  e_class_enumeration: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "span", "type": "e_span"}]}
  e_vec_class_argument_block: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_class_argument_block", "repeat": "expr", "repeat-expr": "len"}]}
  e_class_argument_block: {"seq": [{"id": "span", "type": "e_span"}]}
  e_vec_hir_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_binding", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_binding: {"seq": [{"id": "id", "type": "u8"}, {"id": "owner", "type": "e_binding_owner"}, {"id": "name", "type": "bincode_string"}, {"id": "role", "type": "e_binding_role"}, {"id": "storage", "type": "e_binding_storage"}, {"id": "workspace_visibility", "type": "e_workspace_visibility"}, {"id": "declared_span", "type": "e_span"}]}
  e_binding_owner: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "u8"}}}]}
  e_binding_role: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 5}}]}
  e_binding_storage: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}]}
  e_workspace_visibility: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_vec_hir_entrypoint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_entrypoint", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_entrypoint: {"seq": [{"id": "id", "type": "u8"}, {"id": "name", "type": "e_opt_string"}, {"id": "target", "type": "u8"}, {"id": "origin", "type": "e_entrypoint_origin"}, {"id": "policy", "type": "e_entrypoint_policy"}]}
  e_entrypoint_origin: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  e_entrypoint_policy: {"seq": [{"id": "workspace_export", "type": "e_workspace_export_policy"}, {"id": "top_level_await", "type": "bincode_bool"}]}
  e_workspace_export_policy: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}]}
  e_vec_hir_pattern: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hir_pattern", "repeat": "expr", "repeat-expr": "len"}]}
  e_hir_pattern: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "pattern", "type": "e_hir_assembly"}, {"id": "frequency", "type": "u4"}, {"id": "optimization_priority", "type": "e_optimization_level"}]}
  e_map_string_type: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_type", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_type: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "e_type"}]}
  e_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 13}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"3": "e_type__logical", "5": "e_type__tensor", "7": "e_type__cell", "8": "e_type__function", "11": "e_vec_type", "12": "e_type__struct", "13": "e_vec_type"}}}]}
  e_type__logical: {"seq": [{"id": "shape", "type": "e_opt_vec_opt_usize"}]}
  e_opt_vec_opt_usize: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_vec_opt_usize", "if": "tag == 1"}]}
  e_vec_opt_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_opt_usize", "repeat": "expr", "repeat-expr": "len"}]}
  e_type__tensor: {"seq": [{"id": "shape", "type": "e_opt_vec_opt_usize"}]}
  e_type__cell: {"seq": [{"id": "element_type", "type": "e_opt_type"}, {"id": "length", "type": "e_opt_usize"}]}
  e_opt_type: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_type", "if": "tag == 1"}]}
  e_type__function: {"seq": [{"id": "params", "type": "e_vec_type"}, {"id": "returns", "type": "e_type"}]}
  e_vec_type: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_type", "repeat": "expr", "repeat-expr": "len"}]}
  e_type__struct: {"seq": [{"id": "known_fields", "type": "e_opt_vec_string"}]}
  e_opt_vec_string: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_vec_string", "if": "tag == 1"}]}
  e_bytecode_cache: {"seq": [{"id": "stdlib_bytecode", "type": "e_map_string_bytecode"}, {"id": "operation_sequences", "type": "e_vec_bytecode_sequence"}, {"id": "hotspots", "type": "e_vec_hotspot_bytecode"}]}
  e_map_string_bytecode: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_bytecode", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_bytecode: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "e_bytecode"}]}
  e_bytecode: {"seq": [{"id": "instructions", "type": "e_vec_instr"}, {"id": "instr_spans", "type": "e_vec_span"}, {"id": "call_arg_spans", "type": "e_vec_opt_vec_span"}, {"id": "source_id", "type": "e_opt_usize"}, {"id": "var_count", "type": "u8"}, {"id": "bound_functions", "type": "e_map_usize_function_bytecode"}, {"id": "function_registry", "type": "e_function_registry"}, {"id": "var_types", "type": "e_vec_type"}, {"id": "var_names", "type": "e_map_usize_string"}, {"id": "initially_unassigned_slots", "type": "e_vec_usize"}, {"id": "layout", "type": "e_opt_vm_assembly_layout"}, {"id": "async_metadata", "type": "e_async_metadata"}, {"id": "accel_graph", "type": "e_opt_accel_graph"}, {"id": "fusion_groups", "type": "e_vec_fusion_group"}, {"id": "fusion_metadata", "type": "e_fusion_metadata"}]}
  e_vec_instr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_instr", "repeat": "expr", "repeat-expr": "len"}]}
  e_instr: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 124}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "e_tup_f64_f64", "2": "bincode_bool", "3": "bincode_string", "4": "bincode_string", "5": "u8", "6": "u8", "7": "u8", "31": "u8", "32": "u8", "33": "u8", "34": "u8", "36": "u8", "38": "e_tup_usize_usize", "39": "u8", "40": "bincode_bool", "41": "u8", "42": "e_tup_usize_usize_u32_u32", "43": "e_instr__index_slice_expr", "44": "e_instr__store_slice_expr", "45": "e_instr__store_slice_expr_delete", "46": "e_tup_usize_usize", "47": "e_vec_string", "48": "e_instr__create_object_literal", "49": "e_instr__index_cell", "50": "e_instr__index_cell_expand", "51": "e_instr__index_cell_list", "52": "u8", "53": "e_instr__store_index_cell", "54": "u8", "55": "e_instr__store_index_cell_delete", "56": "e_tup_usize_usize_u32_u32", "57": "e_tup_usize_usize_u32_u32", "58": "bincode_string", "59": "bincode_string", "62": "bincode_string", "63": "bincode_string", "66": "bincode_string", "67": "e_instr__call_method_or_member_index_multi", "68": "e_instr__call_method_or_member_index_expand_multi_output", "69": "bincode_string", "70": "bincode_string", "71": "bincode_string", "72": "e_tup_usize_string", "73": "e_tup_usize_string", "74": "e_tup_string_usize", "75": "e_tup_usize_string_usize", "76": "e_tup_string_string", "77": "e_instr__load_workspace_first_static_property", "78": "e_instr__register_class", "79": "e_tup_usize_usize", "80": "e_tup_usize_usize", "81": "e_tup_vec_arg_spec_usize", "82": "e_tup_vec_arg_spec_usize", "83": "e_tup_usize_usize_usize", "84": "e_tup_usize_vec_arg_spec_usize", "88": "e_tup_usize_opt_usize", "92": "e_tup_string_usize_usize", "93": "e_tup_string_usize_usize", "94": "e_instr__call_super_constructor_multi", "95": "e_instr__call_super_method_multi", "96": "e_instr__call_function_multi", "97": "e_instr__call_function_multi_using_output_slot", "98": "e_instr__call_workspace_first_multi", "99": "e_instr__call_workspace_first_multi_using_output_slot", "100": "e_tup_usize_usize_usize", "101": "e_tup_usize_usize_usize", "102": "e_instr__call_semantic_nested_function_multi", "103": "e_instr__call_semantic_nested_function_multi_using_output_slot", "104": "e_instr__call_function_expand_multi_output", "105": "e_instr__call_workspace_first_expand_multi_output", "106": "e_instr__call_workspace_first_expand_multi_output_using_output_slot", "107": "e_tup_usize_vec_arg_spec_usize", "108": "e_instr__call_semantic_nested_function_expand_multi_output", "109": "e_tup_string_vec_arg_spec_usize", "110": "e_instr__call_super_constructor_expand_multi_output", "111": "e_instr__call_super_method_expand_multi_output", "112": "u8", "113": "u8", "114": "u8", "115": "u8", "116": "u8", "117": "u8", "118": "e_instr__register_import", "119": "e_vec_usize", "120": "e_vec_usize", "121": "e_tup_vec_usize_vec_string", "122": "e_tup_vec_usize_vec_string", "123": "e_instr__emit_stack_top", "124": "e_instr__emit_var"}}}]}
  e_tup_f64_f64: {"seq": [{"id": "item0", "type": "f8"}, {"id": "item1", "type": "f8"}]}
  e_tup_usize_usize_u32_u32: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u4"}, {"id": "item3", "type": "u4"}]}
  e_instr__index_slice_expr: {"seq": [{"id": "dims", "type": "u8"}, {"id": "numeric_count", "type": "u8"}, {"id": "colon_mask", "type": "u4"}, {"id": "end_mask", "type": "u4"}, {"id": "range_dims", "type": "e_vec_usize"}, {"id": "range_has_step", "type": "e_vec_bool"}, {"id": "range_start_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_step_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_end_exprs", "type": "e_vec_end_expr"}, {"id": "end_numeric_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_vec_bool: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "bincode_bool", "repeat": "expr", "repeat-expr": "len"}]}
  e_vec_opt_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_opt_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_opt_end_expr: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_end_expr", "if": "tag == 1"}]}
  e_end_expr: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 15}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "f8", "2": "u8", "3": "e_end_expr__resolved_call", "4": "e_tup_end_expr_end_expr", "5": "e_tup_end_expr_end_expr", "6": "e_tup_end_expr_end_expr", "7": "e_tup_end_expr_end_expr", "8": "e_tup_end_expr_end_expr", "9": "e_tup_end_expr_end_expr", "10": "e_end_expr", "11": "e_end_expr", "12": "e_end_expr", "13": "e_end_expr", "14": "e_end_expr", "15": "e_end_expr"}}}]}
  e_end_expr__resolved_call: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "args", "type": "e_vec_end_expr"}]}
  e_callable_identity: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 7}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "u8", "1": "e_callable_identity__external_function", "2": "bincode_string", "3": "e_def_path", "4": "bincode_string", "5": "u8", "6": "bincode_string", "7": "e_vec_string"}}}]}
  e_callable_identity__external_function: {"seq": [{"id": "function", "type": "u8"}, {"id": "display_name", "type": "bincode_string"}]}
  e_callable_fallback_policy: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_vec_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_end_expr_end_expr: {"seq": [{"id": "item0", "type": "e_end_expr"}, {"id": "item1", "type": "e_end_expr"}]}
  e_vec_tup_usize_end_expr: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_usize_end_expr", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_usize_end_expr: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "e_end_expr"}]}
  e_instr__store_slice_expr: {"seq": [{"id": "dims", "type": "u8"}, {"id": "numeric_count", "type": "u8"}, {"id": "colon_mask", "type": "u4"}, {"id": "end_mask", "type": "u4"}, {"id": "range_dims", "type": "e_vec_usize"}, {"id": "range_has_step", "type": "e_vec_bool"}, {"id": "range_start_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_step_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_end_exprs", "type": "e_vec_end_expr"}, {"id": "end_numeric_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__store_slice_expr_delete: {"seq": [{"id": "dims", "type": "u8"}, {"id": "numeric_count", "type": "u8"}, {"id": "colon_mask", "type": "u4"}, {"id": "end_mask", "type": "u4"}, {"id": "range_dims", "type": "e_vec_usize"}, {"id": "range_has_step", "type": "e_vec_bool"}, {"id": "range_start_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_step_exprs", "type": "e_vec_opt_end_expr"}, {"id": "range_end_exprs", "type": "e_vec_end_expr"}, {"id": "end_numeric_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__create_object_literal: {"seq": [{"id": "class_name", "type": "bincode_string"}, {"id": "fields", "type": "e_vec_string"}]}
  e_instr__index_cell: {"seq": [{"id": "num_indices", "type": "u8"}, {"id": "end_offsets", "type": "e_vec_tup_usize_i64"}, {"id": "end_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_vec_tup_usize_i64: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_usize_i64", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_usize_i64: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "s8"}]}
  e_instr__index_cell_expand: {"seq": [{"id": "num_indices", "type": "u8"}, {"id": "out_count", "type": "u8"}, {"id": "end_offsets", "type": "e_vec_tup_usize_i64"}, {"id": "end_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__index_cell_list: {"seq": [{"id": "num_indices", "type": "u8"}, {"id": "end_offsets", "type": "e_vec_tup_usize_i64"}, {"id": "end_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__store_index_cell: {"seq": [{"id": "num_indices", "type": "u8"}, {"id": "end_offsets", "type": "e_vec_tup_usize_i64"}, {"id": "end_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__store_index_cell_delete: {"seq": [{"id": "num_indices", "type": "u8"}, {"id": "end_offsets", "type": "e_vec_tup_usize_i64"}, {"id": "end_exprs", "type": "e_vec_tup_usize_end_expr"}]}
  e_instr__call_method_or_member_index_multi: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_method_or_member_index_expand_multi_output: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_vec_arg_spec: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_arg_spec", "repeat": "expr", "repeat-expr": "len"}]}
  e_arg_spec: {"seq": [{"id": "is_expand", "type": "bincode_bool"}, {"id": "num_indices", "type": "u8"}, {"id": "expand_all", "type": "bincode_bool"}]}
  e_tup_usize_string: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "bincode_string"}]}
  e_tup_string_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "u8"}]}
  e_tup_usize_string_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "bincode_string"}, {"id": "item2", "type": "u8"}]}
  e_tup_string_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_string"}]}
  e_instr__load_workspace_first_static_property: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "class_name", "type": "bincode_string"}, {"id": "property", "type": "bincode_string"}]}
  e_instr__register_class: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "super_class", "type": "e_opt_string"}, {"id": "is_sealed", "type": "bincode_bool"}, {"id": "is_abstract", "type": "bincode_bool"}, {"id": "properties", "type": "e_vec_tup_string_bool_bool_opt_property_default_literal_string_string"}, {"id": "methods", "type": "e_vec_tup_string_string_bool_bool_bool_string"}, {"id": "enumerations", "type": "e_vec_string"}]}
  e_vec_tup_string_bool_bool_opt_property_default_literal_string_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_string_bool_bool_opt_property_default_literal_string_string", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_string_bool_bool_opt_property_default_literal_string_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_bool"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "e_opt_property_default_literal"}, {"id": "item4", "type": "bincode_string"}, {"id": "item5", "type": "bincode_string"}]}
  e_opt_property_default_literal: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_property_default_literal", "if": "tag == 1"}]}
  e_property_default_literal: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "bincode_bool", "2": "bincode_string"}}}]}
  e_vec_tup_string_string_bool_bool_bool_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_tup_string_string_bool_bool_bool_string", "repeat": "expr", "repeat-expr": "len"}]}
  e_tup_string_string_bool_bool_bool_string: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "bincode_string"}, {"id": "item2", "type": "bincode_bool"}, {"id": "item3", "type": "bincode_bool"}, {"id": "item4", "type": "bincode_bool"}, {"id": "item5", "type": "bincode_string"}]}
  e_tup_vec_arg_spec_usize: {"seq": [{"id": "item0", "type": "e_vec_arg_spec"}, {"id": "item1", "type": "u8"}]}
  e_tup_usize_usize_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u8"}]}
  e_tup_usize_vec_arg_spec_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "e_vec_arg_spec"}, {"id": "item2", "type": "u8"}]}
  e_tup_usize_opt_usize: {"seq": [{"id": "item0", "type": "u8"}, {"id": "item1", "type": "e_opt_usize"}]}
  e_tup_string_usize_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "u8"}, {"id": "item2", "type": "u8"}]}
  e_instr__call_super_constructor_multi: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "bincode_string"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_super_method_multi: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "bincode_string"}, {"id": "method", "type": "bincode_string"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_function_multi: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_function_multi_using_output_slot: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count_slot", "type": "u8"}]}
  e_instr__call_workspace_first_multi: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "bare_identifier", "type": "bincode_bool"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_workspace_first_multi_using_output_slot: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "bare_identifier", "type": "bincode_bool"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count_slot", "type": "u8"}]}
  e_instr__call_semantic_nested_function_multi: {"seq": [{"id": "function", "type": "u8"}, {"id": "capture_slots", "type": "e_vec_usize"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_semantic_nested_function_multi_using_output_slot: {"seq": [{"id": "function", "type": "u8"}, {"id": "capture_slots", "type": "e_vec_usize"}, {"id": "arg_count", "type": "u8"}, {"id": "out_count_slot", "type": "u8"}]}
  e_instr__call_function_expand_multi_output: {"seq": [{"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_workspace_first_expand_multi_output: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "bare_identifier", "type": "bincode_bool"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_workspace_first_expand_multi_output_using_output_slot: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "identity", "type": "e_callable_identity"}, {"id": "fallback_policy", "type": "e_callable_fallback_policy"}, {"id": "bare_identifier", "type": "bincode_bool"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count_slot", "type": "u8"}]}
  e_instr__call_semantic_nested_function_expand_multi_output: {"seq": [{"id": "function", "type": "u8"}, {"id": "capture_slots", "type": "e_vec_usize"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_tup_string_vec_arg_spec_usize: {"seq": [{"id": "item0", "type": "bincode_string"}, {"id": "item1", "type": "e_vec_arg_spec"}, {"id": "item2", "type": "u8"}]}
  e_instr__call_super_constructor_expand_multi_output: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "bincode_string"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_instr__call_super_method_expand_multi_output: {"seq": [{"id": "current_class", "type": "bincode_string"}, {"id": "super_class", "type": "bincode_string"}, {"id": "method", "type": "bincode_string"}, {"id": "specs", "type": "e_vec_arg_spec"}, {"id": "out_count", "type": "u8"}]}
  e_instr__register_import: {"seq": [{"id": "path", "type": "e_vec_string"}, {"id": "wildcard", "type": "bincode_bool"}]}
  e_tup_vec_usize_vec_string: {"seq": [{"id": "item0", "type": "e_vec_usize"}, {"id": "item1", "type": "e_vec_string"}]}
  e_instr__emit_stack_top: {"seq": [{"id": "label", "type": "e_emit_label"}]}
  e_emit_label: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "u8"}}}]}
  e_instr__emit_var: {"seq": [{"id": "var_index", "type": "u8"}, {"id": "label", "type": "e_emit_label"}]}
  e_vec_span: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_span", "repeat": "expr", "repeat-expr": "len"}]}
  e_vec_opt_vec_span: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_opt_vec_span", "repeat": "expr", "repeat-expr": "len"}]}
  e_opt_vec_span: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_vec_span", "if": "tag == 1"}]}
  e_map_usize_function_bytecode: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_function_bytecode", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_function_bytecode: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "e_function_bytecode"}]}
  e_function_bytecode: {"seq": [{"id": "function", "type": "u8"}, {"id": "display_name", "type": "bincode_string"}, {"id": "private_owner_scope", "type": "bincode_string"}, {"id": "source_id", "type": "e_opt_usize"}, {"id": "instructions", "type": "e_vec_instr"}, {"id": "instr_spans", "type": "e_vec_span"}, {"id": "call_arg_spans", "type": "e_vec_opt_vec_span"}, {"id": "var_count", "type": "u8"}, {"id": "input_slots", "type": "e_vec_usize"}, {"id": "varargin_slot", "type": "e_opt_usize"}, {"id": "implicit_nargin_slot", "type": "e_opt_usize"}, {"id": "output_slots", "type": "e_vec_usize"}, {"id": "varargout_slot", "type": "e_opt_usize"}, {"id": "implicit_nargout_slot", "type": "e_opt_usize"}, {"id": "capture_slots", "type": "e_vec_usize"}, {"id": "var_names", "type": "e_map_usize_string"}, {"id": "initially_unassigned_slots", "type": "e_vec_usize"}, {"id": "argument_validations", "type": "e_vec_runmat_vm_function_argument_validation"}]}
  e_map_usize_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_string", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_string: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "bincode_string"}]}
  e_vec_runmat_vm_function_argument_validation: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_runmat_vm_function_argument_validation", "repeat": "expr", "repeat-expr": "len"}]}
  e_runmat_vm_function_argument_validation: {"seq": [{"id": "input_slot", "type": "u8"}, {"id": "size", "type": "e_opt_runmat_vm_function_arg_size_spec"}, {"id": "class_name", "type": "e_opt_string"}, {"id": "validators", "type": "e_vec_runmat_vm_function_arg_validator"}, {"id": "default_value", "type": "e_opt_runmat_vm_function_arg_default_value"}]}
  e_opt_runmat_vm_function_arg_size_spec: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_runmat_vm_function_arg_size_spec", "if": "tag == 1"}]}
  e_runmat_vm_function_arg_size_spec: {"seq": [{"id": "rows", "type": "e_runmat_vm_function_arg_dim"}, {"id": "cols", "type": "e_runmat_vm_function_arg_dim"}]}
  e_runmat_vm_function_arg_dim: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"1": "u8"}}}]}
  e_vec_runmat_vm_function_arg_validator: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_runmat_vm_function_arg_validator", "repeat": "expr", "repeat-expr": "len"}]}
  e_runmat_vm_function_arg_validator: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 15}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"12": "f8", "13": "f8", "14": "f8", "15": "f8"}}}]}
  e_opt_runmat_vm_function_arg_default_value: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_runmat_vm_function_arg_default_value", "if": "tag == 1"}]}
  e_runmat_vm_function_arg_default_value: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "bincode_bool", "2": "bincode_string"}}}]}
  e_function_registry: {"seq": [{"id": "functions", "type": "e_map_usize_function_bytecode"}, {"id": "names", "type": "e_map_string_usize"}, {"id": "source_functions", "type": "e_map_usize_vec_usize"}]}
  e_map_usize_vec_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_vec_usize", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_vec_usize: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "e_vec_usize"}]}
  e_opt_vm_assembly_layout: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_vm_assembly_layout", "if": "tag == 1"}]}
  e_vm_assembly_layout: {"seq": [{"id": "functions", "type": "e_map_usize_vm_function_layout"}, {"id": "entrypoints", "type": "e_map_usize_vm_entrypoint_layout"}, {"id": "storage_bindings", "type": "e_map_usize_vm_storage_binding"}]}
  e_map_usize_vm_function_layout: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_vm_function_layout", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_vm_function_layout: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "e_vm_function_layout"}]}
  e_vm_function_layout: {"seq": [{"id": "function", "type": "u8"}, {"id": "display_name", "type": "bincode_string"}, {"id": "private_owner_scope", "type": "bincode_string"}, {"id": "frame_abi", "type": "e_vm_frame_abi"}, {"id": "binding_slots", "type": "e_map_usize_usize"}, {"id": "mir_local_slots", "type": "e_map_usize_usize"}, {"id": "captures", "type": "e_vec_vm_capture_slot"}, {"id": "local_count", "type": "u8"}]}
  e_vm_frame_abi: {"seq": [{"id": "fixed_inputs", "type": "e_vec_usize"}, {"id": "varargin", "type": "e_opt_usize"}, {"id": "fixed_outputs", "type": "e_vec_usize"}, {"id": "varargout", "type": "e_opt_usize"}, {"id": "implicit_nargin", "type": "e_opt_usize"}, {"id": "implicit_nargout", "type": "e_opt_usize"}]}
  e_map_usize_usize: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_usize", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_usize: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "u8"}]}
  e_vec_vm_capture_slot: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_vm_capture_slot", "repeat": "expr", "repeat-expr": "len"}]}
  e_vm_capture_slot: {"seq": [{"id": "binding", "type": "u8"}, {"id": "from_function", "type": "u8"}, {"id": "slot", "type": "u8"}]}
  e_map_usize_vm_entrypoint_layout: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_vm_entrypoint_layout", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_vm_entrypoint_layout: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "e_vm_entrypoint_layout"}]}
  e_vm_entrypoint_layout: {"seq": [{"id": "entrypoint", "type": "u8"}, {"id": "target", "type": "u8"}, {"id": "workspace_export", "type": "e_workspace_export_policy"}, {"id": "exports", "type": "e_vec_vm_workspace_export"}]}
  e_vec_vm_workspace_export: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_vm_workspace_export", "repeat": "expr", "repeat-expr": "len"}]}
  e_vm_workspace_export: {"seq": [{"id": "binding", "type": "u8"}, {"id": "name", "type": "bincode_string"}, {"id": "slot", "type": "u8"}, {"id": "visibility", "type": "e_workspace_visibility"}]}
  e_map_usize_vm_storage_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_usize_vm_storage_binding", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_usize_vm_storage_binding: {"seq": [{"id": "key", "type": "u8"}, {"id": "value", "type": "e_vm_storage_binding"}]}
  e_vm_storage_binding: {"seq": [{"id": "binding", "type": "u8"}, {"id": "name", "type": "bincode_string"}, {"id": "storage", "type": "e_binding_storage"}]}
  e_async_metadata: {"seq": [{"id": "mir_spawn_site_count", "type": "u8"}, {"id": "mir_spawn_sites", "type": "e_vec_spawn_site"}, {"id": "mir_await_site_count", "type": "u8"}, {"id": "mir_await_sites", "type": "e_vec_await_site"}, {"id": "runtime_model", "type": "e_async_runtime_model"}]}
  e_vec_spawn_site: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_spawn_site", "repeat": "expr", "repeat-expr": "len"}]}
  e_spawn_site: {"seq": [{"id": "function", "type": "u8"}, {"id": "block", "type": "u8"}, {"id": "stmt_index", "type": "u8"}]}
  e_vec_await_site: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_await_site", "repeat": "expr", "repeat-expr": "len"}]}
  e_await_site: {"seq": [{"id": "function", "type": "u8"}, {"id": "block", "type": "u8"}, {"id": "resume", "type": "u8"}]}
  e_async_runtime_model: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 0}}]}
  e_opt_accel_graph: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_accel_graph", "if": "tag == 1"}]}
  e_accel_graph: {"seq": [{"id": "nodes", "type": "e_vec_accel_node"}, {"id": "values", "type": "e_vec_value_info"}, {"id": "var_bindings", "type": "e_map_u32_var_binding"}, {"id": "node_bindings", "type": "e_map_u32_var_binding"}]}
  e_vec_accel_node: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_accel_node", "repeat": "expr", "repeat-expr": "len"}]}
  e_accel_node: {"seq": [{"id": "id", "type": "u4"}, {"id": "label", "type": "e_accel_node_label"}, {"id": "category", "type": "e_accel_op_category"}, {"id": "inputs", "type": "e_vec_u32"}, {"id": "outputs", "type": "e_vec_u32"}, {"id": "span", "type": "e_instr_span"}, {"id": "tags", "type": "e_vec_accel_graph_tag"}]}
  e_accel_node_label: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "e_primitive_op", "1": "e_accel_node_label__builtin"}}}]}
  e_primitive_op: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 16}}]}
  e_accel_node_label__builtin: {"seq": [{"id": "name", "type": "bincode_string"}]}
  e_accel_op_category: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  e_vec_u32: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "u4", "repeat": "expr", "repeat-expr": "len"}]}
  e_instr_span: {"seq": [{"id": "start", "type": "u8"}, {"id": "end", "type": "u8"}]}
  e_vec_accel_graph_tag: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_accel_graph_tag", "repeat": "expr", "repeat-expr": "len"}]}
  e_accel_graph_tag: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 5}}]}
  e_vec_value_info: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_value_info", "repeat": "expr", "repeat-expr": "len"}]}
  e_value_info: {"seq": [{"id": "id", "type": "u4"}, {"id": "origin", "type": "e_value_origin"}, {"id": "ty", "type": "e_type"}, {"id": "shape", "type": "e_shape_info"}]}
  e_value_origin: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "e_value_origin__variable", "1": "e_value_origin__node_output"}}}]}
  e_value_origin__variable: {"seq": [{"id": "kind", "type": "e_var_kind"}, {"id": "index", "type": "u8"}]}
  e_var_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  e_value_origin__node_output: {"seq": [{"id": "node", "type": "u4"}, {"id": "output", "type": "u8"}]}
  e_shape_info: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"2": "e_vec_opt_usize"}}}]}
  e_map_u32_var_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_u32_var_binding", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_u32_var_binding: {"seq": [{"id": "key", "type": "u4"}, {"id": "value", "type": "e_var_binding"}]}
  e_var_binding: {"seq": [{"id": "kind", "type": "e_var_kind"}, {"id": "index", "type": "u8"}]}
  e_vec_fusion_group: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_fusion_group", "repeat": "expr", "repeat-expr": "len"}]}
  e_fusion_group: {"seq": [{"id": "id", "type": "u8"}, {"id": "kind", "type": "e_fusion_kind"}, {"id": "nodes", "type": "e_vec_u32"}, {"id": "shape", "type": "e_shape_info"}, {"id": "span", "type": "e_instr_span"}, {"id": "pattern", "type": "e_opt_fusion_pattern"}, {"id": "stack_layout", "type": "e_opt_fusion_stack_layout"}]}
  e_fusion_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 6}}]}
  e_opt_fusion_pattern: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_fusion_pattern", "if": "tag == 1"}]}
  e_fusion_pattern: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "e_fusion_pattern__centered_gram", "1": "e_image_normalize_pattern", "2": "e_fusion_pattern__power_step_normalize", "3": "e_fusion_pattern__explained_variance"}}}]}
  e_fusion_pattern__centered_gram: {"seq": [{"id": "matrix", "type": "u4"}, {"id": "normalization", "type": "e_cov_normalization"}]}
  e_cov_normalization: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}]}
  e_image_normalize_pattern: {"seq": [{"id": "input", "type": "u4"}, {"id": "epsilon", "type": "e_image_scalar"}, {"id": "gain", "type": "e_opt_image_scalar"}, {"id": "bias", "type": "e_opt_image_scalar"}, {"id": "gamma", "type": "e_opt_image_scalar"}, {"id": "clamp_zero", "type": "bincode_bool"}]}
  e_image_scalar: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 1}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"0": "f8", "1": "u4"}}}]}
  e_opt_image_scalar: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_image_scalar", "if": "tag == 1"}]}
  e_fusion_pattern__power_step_normalize: {"seq": [{"id": "lhs", "type": "u4"}, {"id": "rhs", "type": "u4"}, {"id": "epsilon", "type": "f8"}]}
  e_fusion_pattern__explained_variance: {"seq": [{"id": "q", "type": "u4"}, {"id": "g", "type": "u4"}]}
  e_opt_fusion_stack_layout: {"seq": [{"id": "tag", "type": "u1", "valid": {"max": 1}}, {"id": "value", "type": "e_fusion_stack_layout", "if": "tag == 1"}]}
  e_fusion_stack_layout: {"seq": [{"id": "required_stack_operands", "type": "u8"}, {"id": "bindings", "type": "e_vec_fusion_stack_value_binding"}]}
  e_vec_fusion_stack_value_binding: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_fusion_stack_value_binding", "repeat": "expr", "repeat-expr": "len"}]}
  e_fusion_stack_value_binding: {"seq": [{"id": "value_id", "type": "u4"}, {"id": "stack_offset", "type": "u8"}]}
  e_fusion_metadata: {"seq": [{"id": "mir_fusion_signal_count", "type": "u8"}, {"id": "mir_fusion_candidate_group_count", "type": "u8"}, {"id": "mir_fusion_candidate_groups", "type": "e_vec_fusion_candidate_group"}, {"id": "instruction_window_count", "type": "u8"}, {"id": "instruction_windows", "type": "e_vec_fusion_instruction_window"}]}
  e_vec_fusion_candidate_group: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_fusion_candidate_group", "repeat": "expr", "repeat-expr": "len"}]}
  e_fusion_candidate_group: {"seq": [{"id": "id", "type": "u8"}, {"id": "signal_count", "type": "u8"}, {"id": "function", "type": "u8"}, {"id": "block", "type": "u8"}, {"id": "stmt_start", "type": "u8"}, {"id": "stmt_end", "type": "u8"}, {"id": "source_span", "type": "e_span"}]}
  e_vec_fusion_instruction_window: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_fusion_instruction_window", "repeat": "expr", "repeat-expr": "len"}]}
  e_fusion_instruction_window: {"seq": [{"id": "span", "type": "e_instr_span"}, {"id": "kind", "type": "e_fusion_instruction_kind"}]}
  e_fusion_instruction_kind: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 2}}]}
  e_vec_bytecode_sequence: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_bytecode_sequence", "repeat": "expr", "repeat-expr": "len"}]}
  e_bytecode_sequence: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "bytecode", "type": "e_bytecode"}, {"id": "usage_count", "type": "u8"}, {"id": "average_execution_time", "type": "e_duration"}]}
  e_vec_hotspot_bytecode: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_hotspot_bytecode", "repeat": "expr", "repeat-expr": "len"}]}
  e_hotspot_bytecode: {"seq": [{"id": "name", "type": "bincode_string"}, {"id": "bytecode", "type": "e_bytecode"}, {"id": "execution_frequency", "type": "u8"}, {"id": "jit_compilation_threshold", "type": "u4"}, {"id": "optimization_hints", "type": "e_vec_optimization_hint"}]}
  e_vec_optimization_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_optimization_hint", "repeat": "expr", "repeat-expr": "len"}]}
  e_optimization_hint: {"seq": [{"id": "hint_type", "type": "bincode_string"}, {"id": "parameters", "type": "e_map_string_string"}, {"id": "expected_speedup", "type": "f8"}]}
  e_map_string_string: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_string", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_string: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "bincode_string"}]}
  e_gc_preset_cache: {"seq": [{"id": "presets", "type": "e_map_string_gc_config"}, {"id": "default_preset", "type": "bincode_string"}, {"id": "performance_profiles", "type": "e_map_string_gc_performance_profile"}]}
  e_map_string_gc_config: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_gc_config", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_gc_config: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "e_gc_config"}]}
  e_gc_config: {"seq": [{"id": "num_generations", "type": "u8"}, {"id": "young_generation_size", "type": "u8"}, {"id": "minor_gc_threshold", "type": "f8"}, {"id": "major_gc_threshold", "type": "f8"}, {"id": "promotion_threshold", "type": "u8"}, {"id": "max_gc_threads", "type": "u8"}, {"id": "concurrent_collection", "type": "bincode_bool"}, {"id": "parallel_collection", "type": "bincode_bool"}, {"id": "collection_timeout", "type": "e_duration"}, {"id": "write_barriers", "type": "bincode_bool"}, {"id": "pointer_compression", "type": "bincode_bool"}, {"id": "target_utilization", "type": "f8"}, {"id": "min_heap_size", "type": "u8"}, {"id": "max_heap_size", "type": "u8"}, {"id": "heap_growth_factor", "type": "f8"}, {"id": "verbose_logging", "type": "bincode_bool"}, {"id": "collect_statistics", "type": "bincode_bool"}]}
  e_map_string_gc_performance_profile: {"seq": [{"id": "len", "type": "u8"}, {"id": "entries", "type": "e_entry_string_gc_performance_profile", "repeat": "expr", "repeat-expr": "len"}]}
  e_entry_string_gc_performance_profile: {"seq": [{"id": "key", "type": "bincode_string"}, {"id": "value", "type": "e_gc_performance_profile"}]}
  e_gc_performance_profile: {"seq": [{"id": "average_allocation_rate", "type": "f8"}, {"id": "average_collection_time", "type": "e_duration"}, {"id": "memory_overhead", "type": "f8"}, {"id": "throughput_impact", "type": "f8"}]}
  e_optimization_hints: {"seq": [{"id": "jit_hints", "type": "e_vec_jit_hint"}, {"id": "memory_hints", "type": "e_vec_memory_hint"}, {"id": "execution_hints", "type": "e_vec_execution_hint"}]}
  e_vec_jit_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_jit_hint", "repeat": "expr", "repeat-expr": "len"}]}
  e_jit_hint: {"seq": [{"id": "pattern", "type": "bincode_string"}, {"id": "hint_type", "type": "e_jit_hint_type"}, {"id": "priority", "type": "e_optimization_level"}, {"id": "expected_performance_gain", "type": "f8"}]}
  e_jit_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 4}}]}
  e_vec_memory_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_memory_hint", "repeat": "expr", "repeat-expr": "len"}]}
  e_memory_hint: {"seq": [{"id": "data_structure", "type": "bincode_string"}, {"id": "hint_type", "type": "e_memory_hint_type"}, {"id": "alignment", "type": "u8"}, {"id": "prefetch_pattern", "type": "e_prefetch_pattern"}]}
  e_memory_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  e_prefetch_pattern: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}, {"id": "payload", "type": {"switch-on": "tag", "cases": {"2": "u8"}}}]}
  e_vec_execution_hint: {"seq": [{"id": "len", "type": "u8"}, {"id": "items", "type": "e_execution_hint", "repeat": "expr", "repeat-expr": "len"}]}
  e_execution_hint: {"seq": [{"id": "pattern", "type": "bincode_string"}, {"id": "hint_type", "type": "e_execution_hint_type"}, {"id": "frequency", "type": "u8"}, {"id": "optimization_potential", "type": "f8"}]}
  e_execution_hint_type: {"seq": [{"id": "tag", "type": "u4", "valid": {"max": 3}}]}
  # END GENERATED: runmat-snapshot.ksy-types

meta:
  id: template
  title: TEMPLATE of a format's Kaitai description
  file-extension: tmpl
  license: CC0-1.0
  ks-version: '0.11'
  endian: le
doc: |
  The container is written here by hand; what mirrors the type tree (enums and their numbering, limits, the
  types of a tree) sits between generated-block markers, which `conformance regen` fills from the format's
  `KSY_BLOCKS` and `regen --check` compares.
seq:
  - id: magic
    contents: TMPL
  - id: version
    type: u2
  - id: flags
    type: u2
  - id: body_len
    type: u4
  - id: body
    size: body_len
enums:
  # BEGIN GENERATED: template.enums
  shape_kind:
    0:
      id: empty
      -orig-id: Empty
    1:
      id: circle
      -orig-id: Circle
      doc: "radius"
    2:
      id: rect
      -orig-id: Rect
      doc: "(width, height)"
  # END GENERATED: template.enums

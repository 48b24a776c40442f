"""The node adapter that runs the generated Kaitai JavaScript parser of `.fzb` as a testee (adapter.js), and the
type tree it walks (type_tree.py writes fzb-types.json)."""

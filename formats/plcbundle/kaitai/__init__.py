"""The Kaitai Struct parser of plcbundle files, generated from formats/plcbundle/plcbundle.ksy by
`formats.kaitai_build` (do not edit `plcbundle.py`)."""

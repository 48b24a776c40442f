"""The Kaitai Struct parser of `.ach` files, generated from formats/ach/ach.ksy by `formats.kaitai_build`
(do not edit `ach.py`), and the zstd process routine the spec names (`zstd_limited.py`, hand-written)."""

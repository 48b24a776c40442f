"""The Kaitai Struct parsers of `.fzb` files, generated from formats/fzb/fzb.ksy by `formats.kaitai_build`
(do not edit `fzb.py` or `Fzb.js`)."""

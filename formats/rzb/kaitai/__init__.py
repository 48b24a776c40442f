"""The parsers kaitai-struct-compiler generates from formats/rzb/rzb.ksy (Python `rzb.py`, JavaScript `Rzb.js`)."""

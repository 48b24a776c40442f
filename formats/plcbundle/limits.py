"""The limits of spec/formats/plcbundle.md ("Limits", plcbundle.limits*): past them a reader answers
`limit_exceeded` instead of allocating."""

from __future__ import annotations

MAX_CONTENT_BYTES = 128 << 20  # one bundle's decompressed content
MAX_FRAME_CONTENT_BYTES = 10 << 20  # one data frame's decompressed content (upstream random access caps here)
MAX_METADATA_BYTES = 1 << 20  # one metadata frame's JSON payload
MAX_LINE_BYTES = 1 << 20  # one record line (Go's scanner stops here)
MAX_RECORDS = 1_000_000  # lines (records) one bundle may hold
# A file holding MAX_CONTENT_BYTES in raw blocks, a full metadata frame and its framing stays well below this.
MAX_FILE_BYTES = 192 << 20

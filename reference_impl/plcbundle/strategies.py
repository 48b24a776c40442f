"""Hypothesis strategies of valid plcbundle document models (round-trip properties, fuzz seeds)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.reference_impl.plcbundle import jsontext, writer

BASE32 = "abcdefghijklmnopqrstuvwxyz234567"


@st.composite
def record_lines(draw: Any, min_size: int = 1, max_size: int = 250) -> list[str]:
    """Well-formed export lines in increasing time; text members drawn from all of Unicode."""
    count = draw(st.integers(min_size, max_size))
    handle = draw(st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=12))
    lines = []
    for index in range(count):
        did = "did:plc:" + "".join(BASE32[(index * 7 + k) % 32] for k in range(24))
        seconds = index // 4
        clock = f"{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        created = f"2024-03-01T{clock}.{index % 4 * 250:03d}Z"
        op = {"type": "plc_tombstone", "prev": f"bafyrei{index:010d}", "sig": handle}
        line = jsontext.dumps_compact(
            {"did": did, "operation": op, "cid": f"bafyreicid{index:08d}", "nullified": False, "createdAt": created}
        )
        lines.append(line)
    return lines


def bundle_models() -> st.SearchStrategy[Any]:
    """Models of files the strict writer makes: decode then encode under `strict` reproduces them exactly
    (another writer's frames would re-encode with other offsets)."""
    from binfmt_conformance.reference_impl.plcbundle import decode

    def build(lines: list[str], layout: str) -> Any:
        data = writer.write_framed(lines, "strict") if layout == "framed" else writer.write_legacy(lines)
        return decode(data, "strict")

    return st.builds(build, record_lines(), st.sampled_from(["framed", "legacy"]))

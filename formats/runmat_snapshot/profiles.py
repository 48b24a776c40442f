"""How a RunMat snapshot reader treats what upstream leaves open (spec/formats/runmat-snapshot.md, "Profiles")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    verify_checksum: bool  # SHA-256 checked, present when declared, algorithm Sha256 of 32 bytes
    zero_data_offset: bool  # `data_offset` 0 means 4 + H (upstream's fallback); else it must be 4 + H
    trailing_bytes: str  # "accept" (upstream ignores what follows) or "reject" (trailing_data)
    consistent_sizes: bool  # header length, uncompressed_size, parameters and metadata agree with the content
    written_version_only: bool  # `version` is the one its era writes (upstream's era A–D loaders also take 0)
    normalised_time: bool  # a Duration's nanos ≥ 10^9 is carried into its seconds (serde), else invalid_value
    doc: str


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "upstream",
            verify_checksum=False,
            zero_data_offset=True,
            trailing_bytes="accept",
            consistent_sizes=False,
            written_version_only=False,
            normalised_time=True,
            doc="what the loader of the era that wrote the file accepts (runmat-snapshot v0.4.4 – v0.5.6)",
        ),
        Profile(
            "strict",
            verify_checksum=True,
            zero_data_offset=False,
            trailing_bytes="reject",
            consistent_sizes=True,
            written_version_only=True,
            normalised_time=False,
            doc="the kit's verifier: only what the era's builder writes, checksum verified",
        ),
    )
}
DEFAULT_PROFILE = "upstream"

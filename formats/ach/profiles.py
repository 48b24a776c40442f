"""The profiles of `.ach`: `upstream` reads what achronyme-env 0.x reads; `strict` is the kit's own verifier and
rejects everything the spec forbids. The spec's "Profiles" table is generated from this one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    lenient_encoding: bool  # rmp-serde's reader: non-minimal forms, maps for structs, duplicate keys (last wins)


PROFILES: dict[str, Profile] = {
    "upstream": Profile("upstream", "what achronyme-env 0.x `restore_environment` accepts", lenient_encoding=True),
    "strict": Profile("strict", "the kit's verifier: the spec's rules, canonical encoding, consistent metadata", False),
}
DEFAULT_PROFILE = "upstream"

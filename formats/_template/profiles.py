"""TEMPLATE: the knobs a reader and writer consult, one `Profile` per implementation family the spec names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    reserved_flags_rejected: bool  # strict reads by the spec; upstream ignores the flags


PROFILES: dict[str, Profile] = {
    "upstream": Profile("upstream", "what the upstream reader accepts", reserved_flags_rejected=False),
    "strict": Profile("strict", "the kit's reading of the spec: nothing tolerated", reserved_flags_rejected=True),
}
DEFAULT_PROFILE = "upstream"

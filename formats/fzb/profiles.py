"""How an `.fzb` reader treats what the format leaves open (spec/formats/fzb.md, "Profiles"); the spec's
table is generated from this one."""

from __future__ import annotations

from dataclasses import dataclass

from binfmt_conformance.formats.fzb.schema import LAYOUTS, Layout


@dataclass(frozen=True)
class Profile:
    name: str
    generation: str  # which wire layout the chunk is read with
    trailing_bytes: str  # "accept" (as upstream's bincode::deserialize) or "reject" (trailing_data)
    doc: str

    @property
    def layout(self) -> Layout:
        return LAYOUTS[self.generation]


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("upstream", "current", "accept", "what fusabi-vm's deserialize_chunk does at the pin"),
        Profile("strict", "current", "reject", "as upstream, but a file MUST end where its chunk ends"),
        Profile("legacy-b248970", "b248970", "accept", "reads the first serialised layout (Fusabi b248970)"),
        # Reading as upstream; the name selects the VM's intended semantics for `execute` (## Execution).
        Profile("intended", "current", "accept", "reads as upstream; executes with the intended semantics"),
    )
}
DEFAULT_PROFILE = "upstream"

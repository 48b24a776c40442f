"""How a `.rzb` reader treats what the format leaves open (spec/formats/rzb.md, "Profiles").

No field tells the MIR generations apart, so a profile either names one (`s0` … `s6`: decode under exactly
that layout, as the upstream compiler of that time did) or detects them (`auto`, `strict`: every generation
under which the payload decodes using every byte). The load order is the other knob: upstream at the pin
decodes the whole body before it looks at magic and version; the newer loader checks them first.
"""

from __future__ import annotations

from dataclasses import dataclass

from binfmt_conformance.formats.rzb.schema import BLADE_PAIRS, GENERATIONS, SYMBOL_GENERATIONS

PINNED, MAGIC_FIRST = "decode-first", "magic-first"


@dataclass(frozen=True)
class Profile:
    name: str
    generations: tuple[str, ...]  # the layouts tried; more than one means detection
    load_order: str  # PINNED or MAGIC_FIRST
    trailing_bytes: str  # "ignore" (postcard's from_bytes) or "reject" (trailing_data)
    minimal_varints: bool  # reject a varint with a redundant zero group
    body_error: str | None  # the class a body that fails to decode is reported as; None: the codec's own
    doc: str

    @property
    def detects(self) -> bool:
        return len(self.generations) > 1


def named(generation: str) -> Profile:
    return Profile(
        generation.lower(),
        (generation,),
        PINNED,
        "ignore",
        False,
        None,
        f"upstream's loader at the pin, reading the {generation} layout",
    )


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "auto",
            GENERATIONS,
            PINNED,
            "reject",
            False,
            None,
            "every generation under which the payload decodes using every byte; upstream's load order",
        ),
        *(named(g) for g in GENERATIONS),
        Profile(
            "newer-loader",
            ("S6",),
            MAGIC_FIRST,
            "ignore",
            False,
            "decompression_failed",
            "the newer upstream loader: magic and version first; a body that does not decode is reported as "
            'Compression("bundle payload does not match this compiler\'s MIR layout")',
        ),
        Profile(
            "strict",
            GENERATIONS,
            MAGIC_FIRST,
            "reject",
            True,
            None,
            "detection as `auto`, magic and version first, minimal varints, nothing after the value",
        ),
    )
}
DEFAULT_PROFILE = "auto"


def tried(file_type: str, rules: Profile) -> tuple[str, ...]:
    """The layouts a profile decodes a file type under (spec/formats/rzb.md, "Module caches"): every one when
    it detects; else the bundle generation it names; for `.blade` the cache generations current with that MIR
    generation at the pin (v1, v2a…v2d), v3 for the newer loader; for `.bsym` v1, v2 for the newer loader."""
    if file_type == "rzb":
        return GENERATIONS if rules.detects else rules.generations
    if file_type == "blade":
        names = tuple(f"{blade}/{mir}" for blade, mirs in BLADE_PAIRS.items() for mir in mirs)
        if rules.detects:
            return names
        if rules.load_order == MAGIC_FIRST:
            return tuple(n for n in names if n.startswith("v3/"))
        return tuple(n for n in names if n.split("/")[1] in rules.generations and not n.startswith("v3/"))
    if rules.detects:
        return tuple(SYMBOL_GENERATIONS)
    return ("v2",) if rules.load_order == MAGIC_FIRST else ("v1",)

"""TEMPLATE: the functions behind `SPEC_TABLES` and `KSY_BLOCKS`, all rendered from the declarations."""

from __future__ import annotations

from collections.abc import Callable

from binfmt_conformance.formats import doc, ksy
from binfmt_conformance.formats._template import profiles, schema
from binfmt_conformance.formats._template.checks import CHECKS


def profile_table() -> str:
    rows = ["| profile | reserved flags | summary |", "|---|---|---|"]
    for profile in profiles.PROFILES.values():
        rows.append(
            f"| `{profile.name}` | {'rejected' if profile.reserved_flags_rejected else 'ignored'} | {profile.summary} |"
        )
    return "\n".join(rows) + "\n"


SPEC_TABLES: dict[str, Callable[[], str]] = {
    "template.header": lambda: doc.byte_table(schema.HEADER),
    "template.types": lambda: doc.type_tree(schema.space, schema.BODY),
    "template.checks": lambda: CHECKS.markdown(profiles.PROFILES),
    "template.profiles": profile_table,
}
KSY_BLOCKS: dict[str, Callable[[], str]] = {"template.enums": lambda: ksy.enums(schema.SHAPE)}

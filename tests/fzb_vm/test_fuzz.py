"""The VM fuzzer's crash rule holds on a few hundred random chunks, and the harness entry point works."""

from __future__ import annotations

from binfmt_conformance.fuzz import fzb_vm


def test_random_chunks_follow_the_crash_rule() -> None:
    assert fzb_vm.search(300, seed=2024) == 300


def test_atheris_entry_point() -> None:
    for data in (b"", b"\x00" * 8, bytes(range(64))):
        fzb_vm.test_one_input(data)


# Found by the recorded campaign (fuzz/CAMPAIGNS.md): a call whose function is a literal constant made the
# upstream compiler emit `1.proto`, a SyntaxError; the engines must agree on a typed error instead.
LITERAL_CALLEE = bytes.fromhex(
    "465a42010104000000000000000000000000000000000001001d000000012000000002000000000000000000000001000000"
    "000000000000000002000000000000000000000000000000000000"
)


def test_a_call_of_a_literal_constant_follows_the_crash_rule() -> None:
    fzb_vm.test_one_input(LITERAL_CALLEE)

"""Seeded faults: the reference with one realistic implementer bug, for `conformance selftest`.

    python -m binfmt_conformance.reference_impl.faults FAULT capabilities|serve|decode FORMAT …

(the reference testee, faulted)

Each fault is switched on in the testee process before it answers anything, through one of a few stable,
named hook points of the reference:

- `formats.checks.CheckTable.applies` — a check of a format's table (ach, fzb, plcbundle reader and
  verifier, runmat-snapshot) never runs;
- named functions and tables of the reference replaced by a wrong version: `reference_impl.fzb.vm.jump_target`
  (with `reference_impl.fzb.vm.execute` kept to the interpreter), `reference_impl.fzb.vm.Limits.from_options`,
  `reference_impl.fzb.vm.SEMANTICS`, `reference_impl.fzb.vm.arith`,
  `formats.wire.bincode1.BincodeBuilder.variant_index`, `formats.wire.msgpack_rmp.write_uint`,
  `formats.plcbundle.profiles.PROFILES`, `reference_impl.plcbundle.replay.verify_signature`,
  `reference_impl.plcbundle.reader.frame_path`; for rzb `formats.rzb.profiles.PROFILES`,
  `reference_impl.rzb.reader.decode_payload` and `.read`, `reference_impl.rzb.vm.Limits.from_options`,
  `reference_impl.rzb.vm_compile.phi_copies` and `FunctionCompiler.wrapped`, the postcard reader's
  `formats.wire.serde_binary.TaggedUnion._parse` and `.Optional._parse`, and pynacl's `VerifyKey.verify`.

A fault names the clauses whose checks it explains: `conformance selftest` counts it as caught only when the
checks that fail cite those clauses (conformance/selftest.py).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Fault:
    name: str
    format: str
    description: str
    explains: tuple[str, ...]  # clause IDs, or prefixes ending in "." (every clause below them)
    apply: Callable[[], None]
    kinds: tuple[str, ...] = ()  # when set, only failing checks of these kinds are explained (a writer fault)

    def explains_check(self, kind: str, clauses: tuple[str, ...]) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        return any(c == e or (e.endswith(".") and c.startswith(e)) for c in clauses for e in self.explains)


def check_table_skip(format_package: str, check_id: str, profile: str | None = None) -> Callable[[], None]:
    """The format's check `check_id` never runs (its table's `applies` says no) — under every profile, or only
    under `profile` (a fault of a profile other than the default, which only every-profile judging catches)."""

    only = profile

    def apply() -> None:
        from binfmt_conformance.formats.checks import CheckTable

        module = importlib.import_module(f"binfmt_conformance.formats.{format_package}.checks")
        table = module.CHECKS
        original = CheckTable.applies

        def applies(self: CheckTable, wanted: str, profile: str | None) -> bool:
            skipped = self is table and wanted == check_id and (only is None or profile == only)
            return False if skipped else original(self, wanted, profile)

        CheckTable.applies = applies  # type: ignore[method-assign]
        if hasattr(module, "applies"):  # a module-level alias bound to the table before the patch
            module.applies = table.applies

    return apply


def fzb_interpreter_only() -> None:
    """The implementer wrote an interpreter, no compiler: every execution goes through `vm.Machine`."""
    from binfmt_conformance.reference_impl.fzb import vm

    original = vm.execute

    def execute(*args: Any, **kwargs: Any) -> Any:
        kwargs["engine"] = "interpreter"
        return original(*args, **kwargs)

    vm.execute = execute


def fzb_jump_off_by_one() -> None:
    from binfmt_conformance.reference_impl.fzb import vm

    fzb_interpreter_only()
    original = vm.jump_target
    vm.jump_target = lambda next_ip, offset, length: original(next_ip, offset + (offset > 0), length)


def limit_ignored(option: str, interpreter: str = "fzb") -> Callable[[], None]:
    """The interpreter's `option` (a field of its `vm.Limits`) is ignored: its default applies."""

    def apply() -> None:
        vm = importlib.import_module(f"binfmt_conformance.reference_impl.{interpreter}.vm")

        original = vm.Limits.from_options.__func__  # type: ignore[attr-defined]

        def from_options(cls: type, options: dict[str, Any] | None) -> Any:
            return original(cls, {k: v for k, v in (options or {}).items() if k != option})

        vm.Limits.from_options = classmethod(from_options)  # type: ignore[method-assign, assignment]

    return apply


def fzb_intended_as_upstream() -> None:
    from binfmt_conformance.reference_impl.fzb import vm

    vm.SEMANTICS["intended"] = "upstream"


def fzb_variant_index_off_by_one() -> None:
    """The reader maps wire variant index i to the schema's variant i + 1 (the writer is right)."""
    import construct as c

    from binfmt_conformance.formats.wire import bincode1

    bincode1.BincodeBuilder.variant_index = c.ExprAdapter(
        bincode1.VARIANT_INDEX, lambda index, context: index + 1, lambda index, context: index
    )


def fzb_division_by_zero_is_zero() -> None:
    """Integer division by zero gives 0 instead of the runtime error (both engines call `vm.arith`)."""
    from binfmt_conformance.reference_impl.fzb import vm

    original = vm.arith

    def arith(op: int, lhs: Any, rhs: Any, word: str = "", symbol: str = "") -> Any:
        if op == vm.DIV and rhs == 0 and type(lhs) is int and type(rhs) is int:
            return 0
        return original(op, lhs, rhs, word, symbol)

    vm.arith = arith


class NoFastPath:
    """A fast path that declines every value (so the exact code path writes it)."""

    def encode(self, value: Any) -> None:
        return None


def ach_writer_wide_integers() -> None:
    """The writer puts every unsigned integer above 127 in the 8-byte form (rmp-serde picks the smallest)."""
    import struct

    from binfmt_conformance.formats.wire import msgpack_rmp

    original = msgpack_rmp.write_uint

    def write_uint(stream: Any, value: int) -> None:
        if value <= 0x7F:
            original(stream, value)
        else:
            stream.write(b"\xcf" + struct.pack(">Q", value))

    msgpack_rmp.write_uint = write_uint
    # the C fast path writes first; without it every body goes through the exact writer, which now has the bug
    from binfmt_conformance.reference_impl.ach import writer

    writer.FAST_BODY_WRITER = NoFastPath()


def plcbundle_rust_as_go() -> None:
    from binfmt_conformance.formats.plcbundle.profiles import PROFILES

    PROFILES["rust"] = PROFILES["go"]


def plcbundle_any_signature() -> None:
    from binfmt_conformance.reference_impl.plcbundle import replay

    replay.verify_signature = lambda sig, data, rotation_keys, allowed: 0


def plcbundle_frame_boundary_off_by_one() -> None:
    """Random access picks the frame of position + 1: wrong only for the last record of a frame."""
    from binfmt_conformance.reference_impl.plcbundle import reader

    original = reader.frame_path

    def frame_path(data: bytes, metadata: Any, position: int, prof: Any) -> str:
        frame_size = metadata.get("frame_size") or 1
        if (position + 1) % frame_size == 0:
            return original(data, metadata, position + 1, prof)
        return original(data, metadata, position, prof)

    reader.frame_path = frame_path


def rzb_strict_profile(**changes: Any) -> Callable[[], None]:
    """The `strict` profile of the rzb reader with some of its rules those of the lenient profiles."""

    def apply() -> None:
        from dataclasses import replace

        from binfmt_conformance.formats.rzb.profiles import PROFILES

        PROFILES["strict"] = replace(PROFILES["strict"], **changes)

    return apply


def rzb_detection_picks_one() -> None:
    """Generation detection keeps only the newest generation that decodes, not every one (a payload that is
    valid under S0 and S1 is reported as S1 alone)."""
    from binfmt_conformance.reference_impl.rzb import reader

    original = reader.decode_payload

    def decode_payload(kind: Any, payload: bytes, rules: Any) -> Any:
        generations, value, end = original(kind, payload, rules)
        return generations[-1:], value, end

    reader.decode_payload = decode_payload


def rzb_strict_prefix_decodes() -> None:
    """Under `strict`, a bundle generation that decodes a prefix of the payload is taken: bytes after the
    value are ignored, as postcard's `from_bytes` does."""
    from dataclasses import replace

    from binfmt_conformance.formats.errors import FormatError
    from binfmt_conformance.reference_impl.rzb import reader

    rzb_strict_profile(trailing_bytes="ignore")()
    original = reader.decode_payload

    def decode_payload(kind: Any, payload: bytes, rules: Any) -> Any:
        try:
            return original(kind, payload, rules)
        except FormatError as error:
            if rules.name != "strict" or kind is not reader.BUNDLE or error.clause != "rzb.generation.exact":
                raise
            for generation in reversed(kind.tried(rules)):  # the newest that decodes at all
                try:
                    return original(kind, payload, replace(rules, generations=(generation,)))
                except FormatError:
                    continue
            raise

    reader.decode_payload = decode_payload


def rzb_construct_reader_only() -> None:
    """The faults below are planted in the construct codec: the faulted reader decodes with it alone, its
    rejections standing in for the compiled decoder's (which would otherwise read past the fault)."""
    from binfmt_conformance.reference_impl.rzb import reader

    reader.payload_decoder = reader.construct_decoder  # type: ignore[assignment]


def rzb_variant_index_off_by_one() -> None:
    """The postcard reader takes wire variant index i for the schema's variant i + 1 (the writer is right)."""
    from binfmt_conformance.formats.checks import WireCheck
    from binfmt_conformance.formats.errors import ErrorClass
    from binfmt_conformance.formats.wire import serde_binary

    def parse(self: Any, stream: Any, context: Any, path: str | None) -> Any:
        index = self.index._parse(stream, context, path) + 1
        if index >= len(self.enum.variants):
            raise serde_binary.wire_error(WireCheck.VARIANT, ErrorClass.UNKNOWN_VARIANT, f"variant index {index}")
        values = [p._parsereport(stream, context, path) for p in self.payloads[index]]
        return serde_binary.variant_value(self.enum.variants[index], values)

    serde_binary.TaggedUnion._parse = parse  # type: ignore[method-assign]
    rzb_construct_reader_only()


def rzb_option_tag_lenient() -> None:
    """An `Option` tag byte other than 0 reads as `Some` (2 is accepted)."""
    from binfmt_conformance.formats.wire import serde_binary

    def parse(self: Any, stream: Any, context: Any, path: str | None) -> Any:
        tag = serde_binary.read(stream, 1, path)[0]
        return self.inner._parsereport(stream, context, path) if tag else None

    serde_binary.Optional._parse = parse  # type: ignore[method-assign]
    rzb_construct_reader_only()


def rzb_zstd_by_flag() -> None:
    """The container is taken from the bundle's `flags.compressed`, not from the zstd frame magic."""
    from binfmt_conformance.reference_impl.rzb import reader

    original = reader.read

    def read(kind: Any, data: bytes, profile: str) -> Any:
        decoded = original(kind, data, profile)
        if kind is reader.BUNDLE:
            decoded.container = "Zstd" if decoded.value["flags"]["compressed"] else "Raw"
        return decoded

    reader.read = read


def rzb_signature_not_verified() -> None:
    """The signed envelope's Ed25519 signature is never checked (the signer key still is)."""
    import nacl.signing

    nacl.signing.VerifyKey.verify = lambda self, message, signature=None, encoder=None: message  # type: ignore[assignment, method-assign]


def rzb_phi_sequential() -> None:
    """Phi copies are made one after the other: a phi reading a register another phi of the block writes
    sees the new value (a swap loop breaks)."""
    from binfmt_conformance.reference_impl.rzb import vm_compile

    vm_compile.phi_copies = lambda dests, sources: [f"{d} = {s}" for d, s in zip(dests, sources, strict=True)]


def rzb_steps_per_block() -> None:
    """Steps are counted per block on entry and nothing discounts what a block has not yet run: a fault in the
    last steps before the limit reads as `step_limit_exceeded`."""
    from binfmt_conformance.reference_impl.rzb import vm_compile

    vm_compile.pending_markers = lambda source: {}


def rzb_i32_wraps_unsigned() -> None:
    """An i32 arithmetic result outside its range is masked to 32 bits without sign extension (a u32 wrap);
    conversions elsewhere (the result model, casts) stay right."""
    from binfmt_conformance.reference_impl.rzb import vm_compile

    original = vm_compile.FunctionCompiler.wrapped

    def wrapped(self: Any, dest: int, expression: str) -> list[str]:
        return [line.replace("W['I32']", "W['U32']") for line in original(self, dest, expression)]

    vm_compile.FunctionCompiler.wrapped = wrapped  # type: ignore[method-assign]


def skips(format_name: str, package: str, rows: list[tuple[str, str, str]]) -> list[Fault]:
    from importlib import import_module

    table = import_module(f"binfmt_conformance.formats.{package}.checks").CHECKS
    return [
        Fault(name, format_name, description, (table.clause(check_id),), check_table_skip(package, check_id))
        for name, check_id, description in rows
    ]


def profile_skips(rows: list[tuple[str, str, str, str, str]]) -> list[Fault]:
    """(name, format, check, profile, description): the check never runs under that one profile."""
    from importlib import import_module

    from binfmt_conformance.reference_impl.registry import package_name

    out = []
    for name, format_name, check_id, profile, description in rows:
        package = package_name(format_name)
        table = import_module(f"binfmt_conformance.formats.{package}.checks").CHECKS
        apply = check_table_skip(package, check_id, profile)
        out.append(Fault(name, format_name, f"{description} ({profile} only)", (table.clause(check_id),), apply))
    return out


def catalogue() -> list[Fault]:
    from binfmt_conformance.formats.plcbundle import checks as plc_checks

    faults = skips(
        "ach",
        "ach",
        [
            ("ach-checksum-never-verified", "checksum.verify", "the SHA-256 of the body is never compared"),
            ("ach-version-not-checked", "header.version", "a newer major version is read as if it were known"),
            ("ach-strict-version", "header.version-strict", "strict reads an older major version too"),
            ("ach-strict-flags", "header.flags", "strict accepts unknown flag bits"),
            ("ach-strict-reserved", "header.reserved", "strict accepts non-zero reserved bytes"),
            ("ach-strict-trailing", "body.trailing", "trailing bytes after the body are accepted under strict"),
            ("ach-compression-byte", "header.compression", "a compression byte other than 0 or 1 is accepted"),
            ("ach-strict-compression-agrees", "header.compression-agrees", "flags bit 0 and the byte may disagree"),
            ("ach-strict-num-bindings", "metadata.num-bindings", "num_bindings is not compared with the bindings"),
        ],
    )
    faults += profile_skips(
        [
            # Faults of one profile other than the format's default: judged under the default profile only,
            # every check would pass (issue: every profile is judged).
            ("ach-strict-checksum-skipped", "ach", "checksum.verify", "strict", "strict never compares the SHA-256"),
            ("fzb-intended-any-version", "fzb", "header.version", "intended", "intended reads any version byte"),
            ("plcbundle-go-parent-skipped", "plcbundle", "chain.parent", "go", "the go verifier skips `parent`"),
        ]
    )
    faults.append(
        Fault(
            "ach-writer-wide-integers",
            "ach",
            "the writer uses the 8-byte integer form above 127",
            ("ach.",),
            ach_writer_wide_integers,
            kinds=("encode", "property-encode"),
        )
    )
    faults += skips(
        "runmat-snapshot",
        "runmat_snapshot",
        [
            ("runmat-checksum-never-verified", "checksum.verify", "the checksum is never compared"),
            ("runmat-version-not-checked", "header.version", "an unknown version is read"),
            ("runmat-file-trailing", "file.trailing", "bytes after the file's end are accepted"),
            ("runmat-body-trailing", "body.trailing", "bytes after the body are accepted"),
            ("runmat-exact-length", "header.exact-length", "the header's length is not compared with the file"),
            ("runmat-data-offset", "header.data-offset", "the data offset is not checked"),
            ("runmat-compression", "header.compression", "an unknown compression byte is accepted"),
            ("runmat-metadata", "body.metadata", "the metadata is not checked against the body"),
        ],
    )
    faults += skips(
        "fzb",
        "fzb",
        [
            ("fzb-version-not-checked", "header.version", "a version byte other than 1 is read"),
            ("fzb-strict-trailing", "trailing", "trailing bytes are accepted under strict"),
        ],
    )
    faults += [
        Fault(
            "fzb-jump-off-by-one", "fzb", "forward jumps land one instruction late", ("fzb.exec.",), fzb_jump_off_by_one
        ),
        Fault(
            "fzb-step-limit-ignored",
            "fzb",
            "the step_limit option is ignored",
            ("fzb.exec.limit.steps",),
            limit_ignored("step_limit"),
        ),
        Fault(
            "fzb-call-depth-limit-ignored",
            "fzb",
            "the call_depth_limit option is ignored",
            ("fzb.exec.limit.call-depth",),
            limit_ignored("call_depth_limit"),
        ),
        Fault(
            "fzb-intended-as-upstream",
            "fzb",
            "the intended profile runs with upstream's semantics",
            ("fzb.exec.",),
            fzb_intended_as_upstream,
        ),
        Fault(
            "fzb-division-by-zero-is-zero",
            "fzb",
            "integer division by zero gives 0",
            ("fzb.exec.div",),
            fzb_division_by_zero_is_zero,
        ),
        Fault(
            "fzb-variant-index-off-by-one",
            "fzb",
            "the reader takes variant index i for variant i + 1",
            ("fzb.",),
            fzb_variant_index_off_by_one,
        ),
    ]
    plc = [
        ("plcbundle-line-limit", "record.line-limit", "record lines longer than 1 MiB are accepted"),
        ("plcbundle-compressed-hash", "hash.compressed", "the compressed file's hash is not recomputed"),
        ("plcbundle-final-newline", "content.final-newline", "a last line without newline is accepted"),
        ("plcbundle-no-records", "content.records", "a bundle without records is accepted"),
        ("plcbundle-chain-hash", "chain.parent", "the chain hash (parent link) is not recomputed"),
        ("plcbundle-content-hash", "hash.content", "the content hash is not recomputed"),
    ]
    faults += [
        Fault(n, "plcbundle", d, (plc_checks.CHECKS.clause(c),), check_table_skip("plcbundle", c)) for n, c, d in plc
    ]
    faults += [
        Fault(
            "plcbundle-rust-as-go",
            "plcbundle",
            "the Rust profile behaves as the Go reader does",
            ("plcbundle.",),
            plcbundle_rust_as_go,
        ),
        Fault(
            "plcbundle-any-signature",
            "plcbundle",
            "replay accepts invalid signatures",
            ("plcbundle.replay.",),
            plcbundle_any_signature,
        ),
        Fault(
            "plcbundle-frame-boundary",
            "plcbundle",
            "random access is off by one at a frame boundary",
            ("plcbundle.",),
            plcbundle_frame_boundary_off_by_one,
        ),
    ]
    faults += [
        Fault(
            "rzb-detection-picks-one",
            "rzb",
            "generation detection reports one generation where several decode the payload",
            ("rzb.generation.", "rzb.blade.generations", "rzb.bsym.generations"),
            rzb_detection_picks_one,
        ),
        Fault(
            "rzb-strict-magic-after-body",
            "rzb",
            "strict decodes the body before it checks magic and version (upstream's order)",
            ("rzb.order.", "rzb.header.magic", "rzb.header.version"),
            rzb_strict_profile(load_order="decode-first"),
        ),
        Fault(
            "rzb-strict-non-minimal-varint",
            "rzb",
            "strict accepts a varint with a redundant zero group",
            ("rzb.strict.varint", "rzb.wire.noncanonical"),
            rzb_strict_profile(minimal_varints=False),
        ),
        Fault(
            "rzb-strict-trailing",
            "rzb",
            "strict takes a generation that decodes a prefix: trailing bytes are accepted",
            ("rzb.strict.trailing", "rzb.generation.exact"),
            rzb_strict_prefix_decodes,
        ),
        Fault(
            "rzb-variant-index-off-by-one",
            "rzb",
            "the reader takes variant index i for variant i + 1",
            ("rzb.",),
            rzb_variant_index_off_by_one,
        ),
        Fault(
            "rzb-option-tag-2",
            "rzb",
            "an Option tag of 2 reads as Some",
            # a payload no generation decodes is reported by its furthest failure: often an Option tag
            ("rzb.wire.option", "rzb.generation.none"),
            rzb_option_tag_lenient,
        ),
        Fault(
            "rzb-zstd-by-flag",
            "rzb",
            "the container is taken from flags.compressed, not from the zstd frame magic",
            ("rzb.container.",),
            rzb_zstd_by_flag,
        ),
        Fault(
            "rzb-signature-not-verified",
            "rzb",
            "a signed bundle whose Ed25519 signature does not verify is accepted",
            ("rzb.signed.verify",),
            rzb_signature_not_verified,
        ),
        Fault(
            "rzb-phi-sequential",
            "rzb",
            "phi copies are made one after the other instead of in parallel",
            ("rzb.exec.phi.",),
            rzb_phi_sequential,
        ),
        Fault(
            "rzb-step-limit-ignored",
            "rzb",
            "the step_limit option is ignored",
            ("rzb.exec.limit.steps",),
            limit_ignored("step_limit", "rzb"),
        ),
        Fault(
            "rzb-steps-per-block",
            "rzb",
            "a block's steps count when it is entered: a fault in the steps before the limit is the step limit",
            ("rzb.exec.limit.steps",),
            rzb_steps_per_block,
        ),
        Fault(
            "rzb-i32-wraps-unsigned",
            "rzb",
            "an i32 arithmetic result out of range wraps to an unsigned 32-bit value",
            ("rzb.exec.int.",),
            rzb_i32_wraps_unsigned,
        ),
    ]
    return faults


def find(name: str) -> Fault:
    for fault in catalogue():
        if fault.name == name:
            return fault
    raise KeyError(f"no fault named {name!r}")


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m binfmt_conformance.reference_impl.faults FAULT TESTEE-ARGUMENTS…", file=sys.stderr)
        return 2
    fault = find(argv[0])
    fault.apply()
    from binfmt_conformance.reference_impl import testee

    return testee.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

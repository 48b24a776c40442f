"""The conformance host: formatting rules and the print-like functions' partial application."""

from __future__ import annotations

import pytest

from binfmt_conformance.formats.errors import FormatError
from binfmt_conformance.reference_impl.fzb import hosts, vm
from binfmt_conformance.reference_impl.fzb.values import NativeFn


def context() -> hosts.HostContext:
    return hosts.HostContext(1000)


@pytest.mark.parametrize(
    ("fmt", "count"), [("", 0), ("%d", 1), ("%d%s%b%A", 4), ("%%", 0), ("%q%", 0), ("100%% %d", 1), ("%%d", 0)]
)
def test_directive_count(fmt: str, count: int) -> None:
    assert hosts.directive_count(fmt) == count


def test_format_text() -> None:
    assert hosts.format_text(context(), "%d/%s/%b/%A/%%/%x/%", (-1, "é", False, (1, "a"))) == "-1/é/false/(1, a)/%/%x/%"


@pytest.mark.parametrize(("fmt", "argument"), [("%d", True), ("%d", 1.0), ("%s", 1), ("%b", 0)])
def test_format_type_mismatch(fmt: str, argument: object) -> None:
    with pytest.raises(FormatError) as caught:
        hosts.format_text(context(), fmt, (argument,))
    assert caught.value.error_class.value == "runtime_type_mismatch"


def test_printfn_collects_its_arguments() -> None:
    ctx = context()
    partial = hosts.CONFORMANCE.call(ctx, "printfn", ("%d+%d",))
    assert isinstance(partial, NativeFn) and (partial.arity, partial.args) == (3, ("%d+%d",))
    assert hosts.CONFORMANCE.call(ctx, "printfn", ("%d+%d", 1, 2)) is None
    assert hosts.CONFORMANCE.call(ctx, "print", (3.0,)) is None
    assert hosts.CONFORMANCE.call(ctx, "sprintf", ("%s!", "hi")) == "hi!"
    assert ctx.stdout == "1+2\n3"


def test_host_faults() -> None:
    ctx = context()
    for name, args, error in (
        ("nosuch", (), "runtime_undefined_global"),
        ("print", (), "runtime_arity_mismatch"),
        ("fst", (1, 2), "runtime_arity_mismatch"),
        ("printfn", ("%d", 1, 2), "runtime_arity_mismatch"),
        ("printfn", ("%d" * 255,), "runtime_arity_mismatch"),
        ("withFg", ("Red", 3), "runtime_type_mismatch"),
    ):
        with pytest.raises(FormatError) as caught:
            hosts.CONFORMANCE.call(ctx, name, args)
        assert caught.value.error_class.value == error


def test_stdout_is_bounded() -> None:
    ctx = hosts.HostContext(5)
    ctx.write("héll")
    with pytest.raises(FormatError):
        ctx.write("o")


def test_host_functions_charge_what_they_build() -> None:
    class Meter:
        allocated = 0
        limits = vm.Limits(allocation_limit=100)

    meter = Meter()
    ctx = hosts.HostContext(1000, meter)
    host = hosts.CONFORMANCE
    partial = host.call(ctx, "sprintf", ("%s-%d",))
    assert meter.allocated == 1  # the partial application's one argument
    assert host.call(ctx, "sprintf", ("é %d", 5)) == "é 5" and meter.allocated == 1 + 4  # UTF-8 bytes
    rect = host.call(ctx, "createRect", (1, 2, 3, 4))
    assert meter.allocated == 9
    host.call(ctx, "withFg", ("red", host.globals()["emptyStyle"]))
    host.call(ctx, "createBuffer", (rect,))
    assert meter.allocated == 13
    host.call(ctx, "printfn", ("%d", 7))
    host.call(ctx, "fst", ((1, 2),))
    assert meter.allocated == 13 and partial.args == ("%s-%d",)

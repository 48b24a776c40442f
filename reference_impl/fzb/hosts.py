"""The host environment of `execute`: the globals a program can load and the host functions behind them
(spec/formats/fzb-execution.md, "Host environment").

Upstream's VM reaches the outside world only through `LoadGlobal` and `NativeFn` values: a global names a
value (for a host function, `NativeFn{name, arity, args: []}`), and calling a `NativeFn` whose arguments are
complete runs the host function registered under its name. Which names exist is the embedder's choice, so
the kit fixes one explicit registry, the *conformance host*:

- the standard part (`STANDARD`): `print`, `printfn`, `sprintf` with the formatting rules of
  `format_text`, and the pair selectors `fst` and `snd`;
- the TUI test host (`TUI_TEST`): what `hello_tui.fzb` loads (`createRect`, `createBuffer`, `emptyStyle`,
  `withFg`, `withBold`, `setBufferString`), each doing what its definition in fusabi-tui-runtime's
  `fsx/tui/*.fsx` does, with plain variants for rectangles, buffers and styles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from binfmt_conformance.formats.errors import ErrorClass, FormatError
from binfmt_conformance.reference_impl.fzb.values import (
    NativeFn,
    VariantValue,
    display,
    too_big,
    type_mismatch,
    type_name,
    utf8_size,
)


class HostContext:
    """What a host function may touch: the program's standard output (bounded), the value-size limit and the
    execution's allocation budget (`meter`: the engine's object with `allocated` and `limits`)."""

    def __init__(self, value_size_limit: int, meter: Any = None) -> None:
        self.value_size_limit = value_size_limit
        self.output: list[str] = []
        self.written = 0
        self.meter = meter

    def charge(self, count: int) -> None:
        """A host function charges what it built, as an instruction does (fzb.exec.limit.allocation)."""
        meter = self.meter
        if meter is None or not count:
            return
        meter.allocated += count
        limit = meter.limits.allocation_limit
        if meter.allocated > limit:
            raise FormatError(
                ErrorClass.VALUE_SIZE_EXCEEDED,
                f"more than {limit} slots and bytes allocated",
                "fzb.exec.limit.allocation",
            )

    def write(self, text: str) -> None:
        self.written += utf8_size(text)
        if self.written > self.value_size_limit:
            raise too_big(f"the program wrote more than {self.value_size_limit} bytes to stdout")
        self.output.append(text)

    @property
    def stdout(self) -> str:
        return "".join(self.output)

    def display(self, value: Any) -> str:
        return display(value, self.value_size_limit)


HostImpl = Callable[[HostContext, tuple[Any, ...]], Any]


@dataclass(frozen=True)
class HostFunction:
    name: str
    arity: int  # the arity of the NativeFn that LoadGlobal yields
    run: HostImpl
    doc: str


# -- formatting -----------------------------------------------------------------------------------------

DIRECTIVES = {"d": "int", "s": "string", "b": "bool", "A": "any"}
# A NativeFn's arity is a u8 and the format string itself is its first argument.
MAX_FORMAT_ARGUMENTS = 254


def directive_count(fmt: str) -> int:
    """How many arguments a format string takes: one per `%d`, `%s`, `%b` or `%A` (fzb.exec.host.format)."""
    count, i = 0, 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            count += fmt[i + 1] in DIRECTIVES
            i += 2
        else:
            i += 1
    return count


def format_text(ctx: HostContext, fmt: str, args: tuple[Any, ...]) -> str:
    """`%d` an Int in decimal, `%s` a Str as is, `%b` a Bool as true/false, `%A` any value as `Display`
    writes it, `%%` a percent sign; a `%` before anything else (or at the end) is copied as is."""
    out: list[str] = []
    pending = iter(args)
    i = 0
    while i < len(fmt):
        char = fmt[i]
        if char != "%" or i + 1 == len(fmt):
            out.append(char)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "%":
            out.append("%")
        elif code not in DIRECTIVES:
            out.append("%" + code)
        else:
            arg = next(pending)
            kind = type(arg)
            if (code == "d" and kind is int) or (code == "s" and kind is str):
                out.append(str(arg))
            elif code == "b" and kind is bool:
                out.append("true" if arg else "false")
            elif code == "A":
                out.append(ctx.display(arg))
            else:
                raise type_mismatch(
                    f"format directive %{code} wants {DIRECTIVES[code]}, got {type_name(arg)}",
                    "fzb.exec.host.format",
                )
    text = "".join(out)
    if utf8_size(text) > ctx.value_size_limit:
        raise too_big(f"formatted text is longer than {ctx.value_size_limit} bytes")
    return text


def formatted(name: str, ctx: HostContext, args: tuple[Any, ...]) -> str | NativeFn:
    """The text a print-like host function produces, or the partial application that waits for the
    arguments its format string asks for."""
    if not args:  # a NativeFn of arity 0 from a constant, called with no argument
        raise arity(name, 1, 0)
    fmt = args[0]
    if type(fmt) is not str:
        if len(args) != 1:
            raise arity(name, 1, len(args))
        return ctx.display(fmt)
    wanted = directive_count(fmt)
    if wanted > MAX_FORMAT_ARGUMENTS:
        raise arity(name, 1 + wanted, len(args))
    if len(args) == 1 and wanted:
        ctx.charge(1)  # a partial application of one argument
        return NativeFn(name, 1 + wanted, (fmt,))
    if len(args) != 1 + wanted:
        raise arity(name, 1 + wanted, len(args))
    return format_text(ctx, fmt, args[1:])


def arity(name: str, wanted: int, got: int) -> FormatError:
    return FormatError(
        ErrorClass.RUNTIME_ARITY_MISMATCH, f"{name} expects {wanted} arguments, got {got}", "fzb.exec.host.arity"
    )


def host_print(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    text = formatted("print", ctx, args)
    if isinstance(text, NativeFn):
        return text
    ctx.write(text)
    return None


def host_printfn(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    text = formatted("printfn", ctx, args)
    if isinstance(text, NativeFn):
        return text
    ctx.write(text + "\n")
    return None


def host_sprintf(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    text = formatted("sprintf", ctx, args)
    if type(text) is str:
        ctx.charge(utf8_size(text))
    return text


def pair_element(name: str, index: int) -> HostImpl:
    def run(ctx: HostContext, args: tuple[Any, ...]) -> Any:
        (pair,) = args
        if type(pair) is not tuple or len(pair) != 2:
            raise type_mismatch(f"{name} expects a pair, got {type_name(pair)}", "fzb.exec.host.standard")
        return pair[index]

    return run


# -- the TUI test host ----------------------------------------------------------------------------------


def option_color(name: str, *fields: Any) -> VariantValue:
    return VariantValue("OptionColor", name, fields)


EMPTY_STYLE = VariantValue("Style", "Style", (option_color("NoneColor"), option_color("NoneColor")))


def with_fg(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    color, style = args
    if type(style) is not VariantValue or style.variant_name != "Style" or len(style.fields) != 2:
        raise type_mismatch(f"withFg expects a Style, got {type_name(style)}", "fzb.exec.host.tui")
    built = VariantValue("Style", "Style", (option_color("SomeColor", color), style.fields[1]))
    ctx.charge(3)  # the Style's two fields and the SomeColor's one
    return built


def create_rect(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    built = VariantValue("Rect", "Rect", tuple(args))
    ctx.charge(4)
    return built


def create_buffer(ctx: HostContext, args: tuple[Any, ...]) -> Any:
    built = VariantValue("Buffer", "Buffer", (args[0],))
    ctx.charge(1)
    return built


def standard_functions() -> tuple[HostFunction, ...]:
    return (
        HostFunction("print", 1, host_print, "print FORMAT args...: writes the formatted text"),
        HostFunction("printfn", 1, host_printfn, "printfn FORMAT args...: writes the formatted text and a newline"),
        HostFunction("sprintf", 1, host_sprintf, "sprintf FORMAT args...: returns the formatted text"),
        HostFunction("fst", 1, pair_element("fst", 0), "fst (a, b) = a"),
        HostFunction("snd", 1, pair_element("snd", 1), "snd (a, b) = b"),
    )


def tui_functions() -> tuple[HostFunction, ...]:
    return (
        HostFunction("createRect", 4, create_rect, "Rect(x, y, width, height)"),
        HostFunction("createBuffer", 1, create_buffer, "Buffer(area)"),
        HostFunction("withFg", 2, with_fg, "withFg color Style(_, bg) = Style(SomeColor color, bg)"),
        HostFunction("withBold", 1, lambda ctx, a: a[0], "withBold style = style"),
        HostFunction("setBufferString", 5, lambda ctx, a: a[4], "setBufferString x y text style buffer = buffer"),
    )


@dataclass(frozen=True)
class Host:
    """A host environment: functions by name and the other globals (values)."""

    functions: dict[str, HostFunction]
    values: dict[str, Any]

    def globals(self) -> dict[str, Any]:
        table: dict[str, Any] = {name: NativeFn(name, f.arity, ()) for name, f in self.functions.items()}
        table.update(self.values)
        return table

    def call(self, ctx: HostContext, name: str, args: tuple[Any, ...]) -> Any:
        function = self.functions.get(name)
        if function is None:
            raise FormatError(
                ErrorClass.RUNTIME_UNDEFINED_GLOBAL, f"Undefined host function: {name}", "fzb.exec.host.lookup"
            )
        if len(args) != function.arity and name not in ("print", "printfn", "sprintf"):
            raise arity(name, function.arity, len(args))
        return function.run(ctx, args)


STANDARD = Host({f.name: f for f in standard_functions()}, {})
TUI_TEST = Host({f.name: f for f in tui_functions()}, {"emptyStyle": EMPTY_STYLE})
CONFORMANCE = Host({**STANDARD.functions, **TUI_TEST.functions}, {**STANDARD.values, **TUI_TEST.values})

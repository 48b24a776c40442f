"""Hypothesis strategies of Python values, derived from a type tree (the same one the codecs use)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from binfmt_conformance.formats import types as t


def contains_ref(space: t.TypeSpace, typ: t.Type, seen: frozenset[str] = frozenset()) -> bool:
    if isinstance(typ, t.Ref):
        return True
    if isinstance(typ, t.Option | t.Seq):
        return contains_ref(space, typ.inner, seen)
    if isinstance(typ, t.Map):
        return contains_ref(space, typ.key, seen) or contains_ref(space, typ.value, seen)
    if isinstance(typ, t.Tuple):
        return any(contains_ref(space, i, seen) for i in typ.items)
    if isinstance(typ, t.Struct):
        return any(contains_ref(space, f.type, seen) for f in typ.fields)
    return False


def values(space: t.TypeSpace, typ: t.Type, *, max_depth: int = 3, max_size: int = 4) -> st.SearchStrategy[Any]:
    """Values of `typ`: recursion through named types stops at `max_depth`, collections hold ≤ `max_size`."""
    return _values(space, typ, 0, max_depth, max_size)


def _values(space: t.TypeSpace, typ: t.Type, depth: int, max_depth: int, max_size: int) -> st.SearchStrategy[Any]:
    def inner(sub: t.Type) -> st.SearchStrategy[Any]:
        return _values(space, sub, depth, max_depth, max_size)

    if isinstance(typ, t.Ref):
        target = space.types[typ.name]
        return st.deferred(lambda: _values(space, target, depth + 1, max_depth, max_size))
    if isinstance(typ, t.Int):
        return st.integers(typ.min, typ.max)
    if isinstance(typ, t.Float):
        return st.floats(width=typ.bits, allow_nan=True, allow_infinity=True)
    if isinstance(typ, t.Bool):
        return st.booleans()
    if isinstance(typ, t.Char):
        return st.characters(exclude_categories=("Cs",))
    if isinstance(typ, t.Str):
        return st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
    if isinstance(typ, t.Bytes):
        size = typ.size
        return st.binary(min_size=size or 0, max_size=size if size is not None else 16)
    if isinstance(typ, t.Unit):
        return st.none()
    if isinstance(typ, t.Option):
        return st.none() | inner(typ.inner)
    if isinstance(typ, t.Seq):
        size = 0 if depth >= max_depth and contains_ref(space, typ.inner) else max_size
        return st.lists(inner(typ.inner), max_size=size)
    if isinstance(typ, t.Tuple):
        return st.tuples(*(inner(i) for i in typ.items)).map(list)
    if isinstance(typ, t.Map):
        size = 0 if depth >= max_depth and contains_ref(space, typ.value) else max_size
        pairs = st.lists(st.tuples(inner(typ.key), inner(typ.value)), max_size=size, unique_by=lambda kv: kv[0])
        return pairs
    if isinstance(typ, t.Struct):
        return in_order([f.name for f in typ.fields], [inner(f.type) for f in typ.fields])
    if isinstance(typ, t.Enum):
        options = []
        for variant in typ.variants:
            if depth >= max_depth and any(contains_ref(space, p) for p in variant.types):
                continue
            options.append(_variant(space, variant, depth, max_depth, max_size))
        return st.one_of(options)
    raise TypeError(typ)


def _variant(space: t.TypeSpace, variant: t.VariantDef, depth: int, max_depth: int, max_size: int):
    def inner(sub: t.Type) -> st.SearchStrategy[Any]:
        return _values(space, sub, depth, max_depth, max_size)

    if variant.kind == "unit":
        return st.just(t.Variant(variant.name))
    if variant.kind == "newtype":
        return inner(variant.types[0]).map(lambda v, n=variant.name: t.Variant(n, v))
    if variant.kind == "tuple":
        return st.tuples(*(inner(p) for p in variant.types)).map(lambda v, n=variant.name: t.Variant(n, list(v)))
    fields = [p for p in variant.payload if isinstance(p, t.Field)]
    return in_order([f.name for f in fields], [inner(f.type) for f in fields]).map(
        lambda v, n=variant.name: t.Variant(n, v)
    )


def in_order(names: list[str], parts: list[st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """A struct's dict with its keys in declaration order (the codecs check the order)."""
    return st.tuples(*parts).map(lambda values: dict(zip(names, values, strict=True)))

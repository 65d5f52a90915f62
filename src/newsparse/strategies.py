"""Hypothesis strategies for newsparse users and plugin authors.

``texts()`` gives hostile arbitrary text, ``news_texts()`` news-like prose with dates, amounts and
names embedded, ``spans(text)`` valid spans of a text, ``annotations(kind, text)`` valid instances
of any annotation type (the built-in ones or a plugin's), and ``documents()`` whole documents whose
layers hold such annotations.  Our own property tests use exactly these.
"""

import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # hypothesis is an optional extra: parsing does not need it
    raise ImportError(
        "newsparse.strategies needs hypothesis, which is not installed: "
        "pip install 'newsparse[testing]' (or pip install hypothesis)"
    ) from exc

from newsparse.contracts import LAYER_CONTRACTS
from newsparse.model import Document, Meta
from newsparse.spans import Span

__all__ = ["annotations", "documents", "news_texts", "published_dates", "spans", "texts"]

# Pieces of news prose: numbers, dates, names and hardware that extractors must handle.
_FRAGMENTS = (
    "On Saturday,",
    "in January alone",
    "since March 2011",
    "October of last year",
    "over the last week",
    "within the last three months",
    "on Feb. 3, 2018",
    "next year",
    "two weeks ago",
    "every Friday",
    "211 civilians were killed",
    "and 1,447 wounded",
    "over 3,000 square kilometers",
    "roughly 3,035",
    "hundreds of thousands of people",
    "closer to 10,000",
    "dozens of casualties",
    "$4.5bn",
    "50%",
    "a Su-25 fighter jet",
    "an F-16",
    "COVID-19",
    "Resolution 2254",
    "Ankara, Moscow and Tehran",
    "Turkey, Russia and Iran",
    "the Russian Defense Ministry",
    "UN officials said",
    "Daesh",
    "a cease-fire agreement",
    "peace talks held in Astana",
    "MOSCOW:",
    "We",
    "may",
    "sat",
    "the U.S.",
    "Gen. Smith",
    "Mr. O'Neil",
    "al-Assad",
    "—",
    "“quoted”",
    "(Reuters)",
    "\n\n",
    "2:00 pm",
)


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary text: any unicode (controls, surrogate-free), mixed with news fragments."""
    noise = st.text(st.characters(exclude_categories=["Cs"]), max_size=max_size)
    return st.one_of(
        noise, news_texts(), st.lists(st.one_of(noise, st.sampled_from(_FRAGMENTS))).map(" ".join)
    )


def news_texts(min_pieces: int = 1, max_pieces: int = 12) -> st.SearchStrategy[str]:
    """News-like text built from fragments that carry dates, amounts, names and traps."""
    filler = st.sampled_from(("the", "officials", "reported", "that", "said", ".", ",", "and", "In", "A"))
    piece = st.one_of(st.sampled_from(_FRAGMENTS), filler)
    return st.lists(piece, min_size=min_pieces, max_size=max_pieces).map(" ".join)


def published_dates() -> st.SearchStrategy[Any]:
    """Publication dates between 1980 and 2035 (or None: not every article has one)."""
    import datetime as dt

    return st.one_of(st.none(), st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2035, 12, 31)))


@st.composite
def spans(draw: st.DrawFn, text: str, kind: type = Span) -> Any:
    """A valid span of ``text`` (possibly empty), as ``kind`` (Span or a subclass)."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return kind(start, end, text[start:end])


def _choices(field: "attrs.Attribute[Any]") -> tuple[Any, ...] | None:
    validator = field.validator
    options = getattr(validator, "options", None)
    if options is not None:
        return tuple(options)
    return None


def _member_choices(field: "attrs.Attribute[Any]") -> tuple[Any, ...] | None:
    """The allowed items of a tuple field whose validator checks each item (``deep_iterable``)."""
    member = getattr(field.validator, "member_validator", None)
    options = getattr(member, "options", None)
    return tuple(options) if options is not None else None


def _for_type(hint: Any, text: str) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(_for_type(arg, text) for arg in args))
    if hint is type(None):
        return st.none()
    if origin is tuple:
        return st.lists(_for_type(args[0], text), max_size=3).map(tuple)
    if origin in (Mapping, dict) or hint in (Mapping, dict):
        return st.dictionaries(
            st.text(min_size=1, max_size=8), st.one_of(st.text(max_size=8), st.integers()), max_size=3
        )
    if isinstance(hint, type) and attrs.has(hint):
        return annotations(hint, text)
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(10**12), 10**12)
    if hint is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if hint is str:
        return st.text(min_size=1, max_size=12)
    return st.nothing()


@st.composite
def annotations(draw: st.DrawFn, kind: type, text: str) -> Any:
    """A valid instance of annotation type ``kind`` (an attrs class) on ``text``.

    Fields ``start``/``end``/``text`` form one valid span; other fields follow their type hints,
    and validators of the ``attrs.validators.in_`` kind (of a tuple's items too: ``deep_iterable``)
    restrict them to their allowed values.
    """
    hints = typing.get_type_hints(kind)
    values: dict[str, Any] = {}
    fields = attrs.fields(kind)
    names = {f.name for f in fields}
    if {"start", "end", "text"} <= names:
        span = draw(spans(text))
        values.update(start=span.start, end=span.end, text=span.text)
    for field in fields:
        if field.name in values or not field.init:
            continue
        choices = _choices(field)
        members = _member_choices(field)
        if members:  # a tuple whose items are restricted ("includes": roles of the contract)
            strategy = st.lists(st.sampled_from(members), max_size=3, unique=True).map(tuple)
        else:
            strategy = st.sampled_from(choices) if choices else _for_type(hints[field.name], text)
        values[field.name] = draw(strategy)
    if "mentions" in values and not values["mentions"] and "mentions" in hints:
        values["mentions"] = (draw(_for_type(typing.get_args(hints["mentions"])[0], text)),)
    return kind(**values)


@st.composite
def documents(draw: st.DrawFn, layer_types: Mapping[str, type] | None = None) -> Document:
    """A document of arbitrary text whose layers hold valid annotations of ``layer_types``.

    By default every contract layer (:data:`newsparse.contracts.LAYER_CONTRACTS`) with its type.
    """
    if layer_types is None:
        layer_types = LAYER_CONTRACTS
    text = draw(texts(max_size=200))
    layers = {
        name: tuple(draw(st.lists(annotations(kind, text), max_size=3))) for name, kind in layer_types.items()
    }
    meta = Meta(published=draw(published_dates()), title=draw(st.none() | st.text(max_size=20)))
    return Document(text, meta=meta, layers=layers)

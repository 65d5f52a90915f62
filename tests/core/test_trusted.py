"""The trusted builders make the values the classes' own constructors make, with no checks."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Entity, Mention, Sentence, Span
from newsparse.frozen import FrozenDict
from newsparse.trusted import trusted_builder
from newsparse.validation import _attrs_error, _fast_check

_OFFSETS = st.tuples(st.integers(0, 10_000), st.integers(0, 100)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=200, deadline=None)
@given(_OFFSETS, st.sampled_from([None, "name", "alias"]), st.booleans())
def test_built_values_equal_checked_ones(offsets: tuple[int, int], form: str | None, titled: bool) -> None:
    start, end = offsets
    text = "x" * (end - start)
    title = Span(0, 1, "T") if titled else None
    assert trusted_builder(Sentence)(start, end) == Sentence(start, end)
    built = trusted_builder(Mention)(start, end, text, form, title)
    checked = Mention(start, end, text, form, title)
    assert built == checked and hash(built) == hash(checked) and repr(built) == repr(checked)
    entity = trusted_builder(Entity)("org:x", "ORG", "X", (checked,), FrozenDict({"a": 1}), None)
    assert entity == Entity("org:x", "ORG", "X", [checked], {"a": 1})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.start = 3  # type: ignore[misc]


def test_only_slotted_attrs_classes_are_built() -> None:
    @attrs.define(slots=False)
    class Loose:
        a: int

    with pytest.raises(TypeError, match="not a slotted attrs class"):
        trusted_builder(Loose)
    with pytest.raises(TypeError):
        trusted_builder(dict)


def test_users_still_get_the_checks() -> None:
    with pytest.raises(ValueError, match="must be >= start"):
        Sentence(5, 2)
    with pytest.raises(ValueError, match="has 3 characters"):
        Mention(0, 2, "abc")


def _plain_of(text: str, start: object, end: object) -> Span | str:
    """Span.of as first written (the checked constructor), or the error it raises."""
    try:
        return Span(start, end, text[start:end])  # type: ignore[arg-type, index, misc]
    except (TypeError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"


_ENDS = st.integers(-3, 12) | st.sampled_from([True, False, 2.0])


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=10), _ENDS, _ENDS)
def test_span_of_builds_or_refuses_as_the_checked_constructor(text: str, start: object, end: object) -> None:
    try:
        fast: Span | str = Span.of(text, start, end)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        fast = f"{type(exc).__name__}: {exc}"
    plain = _plain_of(text, start, end)
    assert fast == plain and type(fast) is type(plain)
    if isinstance(fast, Span):
        assert hash(fast) == hash(plain)


_JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([10**4001, -(10**4001), 2.5, float("nan"), float("inf")])
    | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=6,
)
_IDENTIFIERS = st.dictionaries(st.text(max_size=3) | st.integers(0, 3), _JSONISH, max_size=4)


@settings(max_examples=400, deadline=None)
@given(_IDENTIFIERS, st.booleans(), st.lists(st.tuples(st.integers(0, 8), st.integers(0, 3)), max_size=3))
def test_the_fast_check_of_an_entity_says_what_the_full_walk_says(
    identifiers: dict[object, object], frozen: bool, spans: list[tuple[int, int]]
) -> None:
    # entity checks are written out inline (identifiers, the tuple of mentions): whatever the fast
    # check accepts the full walk accepts, and what both see alike they judge alike
    text = "Talks in Geneva."
    mentions = tuple(trusted_builder(Mention)(s, s + k, text[s : s + k], None, None) for s, k in spans)
    data = FrozenDict(identifiers) if frozen else identifiers
    entity = trusted_builder(Entity)("org:x", "ORG", "X", mentions, data, None)
    fast = _fast_check(Entity)(entity, text, len(text))
    full = _attrs_error(entity, text, 0) is None
    assert fast == full

"""The trusted builders make the values the classes' own constructors make, with no checks."""

from __future__ import annotations

import copy
import io
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Annotation, Claim, Entity, Interval, Mention, QuantityRef, Sentence, Span
from newsparse.frozen import FrozenDict
from newsparse.trusted import rebuild, trusted_builder
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
    entity = trusted_builder(Entity)("org:x", "ORG", "X", (checked,), FrozenDict({"a": 1}), None, ())
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
    entity = trusted_builder(Entity)("org:x", "ORG", "X", mentions, data, None, ())
    fast = _fast_check(Entity)(entity, text, len(text))
    full = _attrs_error(entity, text, 0) is None
    assert fast == full


@settings(max_examples=200, deadline=None)
@given(_OFFSETS, st.sampled_from([None, "name", "alias"]), st.booleans(), st.integers(0, 4))
def test_values_pickle_as_their_fields_and_come_back_equal(
    offsets: tuple[int, int], form: str | None, titled: bool, protocol: int
) -> None:
    start, end = offsets
    text = "x" * (end - start)
    title = Span(0, 1, "T") if titled else None
    mention = Mention(start, end, text, form, title)
    entity = Entity("org:x", "ORG", "X", [mention], {"a": [1, {"b": None}]}, 0.5)
    values = (Sentence(start, end), mention, entity, Interval("2018", "2019"), QuantityRef(0, 1, "3", 3))
    for value in values:
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert type(back) is type(value) and back == value and hash(back) == hash(value)
        assert repr(back) == repr(value) and copy.deepcopy(value) == value
    reduced = mention.__reduce_ex__(4)
    assert reduced[0] is rebuild and reduced[1] == (Mention, (start, end, text, form, title))


def test_classes_the_builders_cannot_build_pickle_the_attrs_way() -> None:
    back = pickle.loads(pickle.dumps(_Private(3)))
    assert back == _Private(3) and back.visible == 3


def test_values_pickled_by_attrs_still_load() -> None:
    """Pickles of the attrs way (a state dict, as before values pickled as their fields) still load."""

    class AttrsWay(pickle.Pickler):
        def reducer_override(self, obj: object) -> object:
            return object.__reduce_ex__(obj, 4) if isinstance(obj, (Span, Sentence)) else NotImplemented

    buffer = io.BytesIO()
    AttrsWay(buffer, protocol=4).dump((Mention(0, 2, "ab", "name", Span(0, 1, "a")), Sentence(1, 4)))
    assert b"rebuild" not in buffer.getvalue()
    assert pickle.loads(buffer.getvalue()) == (Mention(0, 2, "ab", "name", Span(0, 1, "a")), Sentence(1, 4))


@attrs.frozen
class _Private(Annotation):
    """An annotation with a private field: the trusted builders refuse it, pickling falls back."""

    _hidden: int

    @property
    def visible(self) -> int:
        """The hidden field."""
        return self._hidden


_SPANS = st.tuples(st.integers(-1, 17), st.integers(0, 4), st.sampled_from(["ok", "wrong", 3])).map(
    lambda p: trusted_builder(Span)(p[0], p[0] + p[1], p[2] if p[2] != "ok" else _TEXT[p[0] : p[0] + p[1]])
)
_TEXT = "Talks in Geneva."


@settings(max_examples=400, deadline=None)
@given(
    _SPANS,
    _SPANS,
    st.none() | _SPANS,
    st.lists(_SPANS, max_size=2).map(tuple) | st.just([]),
    st.lists(st.tuples(_SPANS, st.sampled_from([3, 2.5, float("nan"), "3"])), max_size=2),
)
def test_the_fast_check_of_a_claim_says_what_the_full_walk_says(
    cue: Span, content: Span, source: Span | None, parts: object, refs: list[tuple[Span, object]]
) -> None:
    # nested spans are checked by code written out in the claim's check: broken offsets, a wrong
    # text, a list for a tuple, a bad number in a reference are refused there as the walk refuses them
    quantities = tuple(
        trusted_builder(QuantityRef)(s.start, s.end, s.text, value, None, None, None) for s, value in refs
    )
    fields = attrs.fields(Claim)
    values = {f.name: f.default for f in fields if f.default is not attrs.NOTHING}
    values.update(start=0, end=5, text="Talks", cue=cue, content=content, source_text=source)
    values.update(quantities=quantities, content_parts=parts)
    claim = trusted_builder(Claim)(*(values[f.name] for f in fields))
    fast = _fast_check(Claim)(claim, _TEXT, len(_TEXT))
    full = _attrs_error(claim, _TEXT, 0) is None
    assert fast == full


def test_trailing_plain_defaults_may_be_left_out() -> None:
    # a field added with a default (Entity.descriptions, session 18) breaks no builder written before it
    mention = Mention(0, 1, "X", "name", None)
    built = trusted_builder(Entity)("org:x", "ORG", "X", (mention,), FrozenDict(), None)
    assert built == Entity("org:x", "ORG", "X", [mention]) and built.descriptions == ()
    with pytest.raises(TypeError):
        trusted_builder(Entity)("org:x", "ORG", "X")  # mentions has no default

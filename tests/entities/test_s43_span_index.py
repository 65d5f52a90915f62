"""``span_index``: overlap and cover queries answer as a scan of every mention would (session 43)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.resolve import Resolved
from newsparse_entities.span_index import SpanIndex, uncovered

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25)


def _mentions(spans: list[tuple[int, int]]) -> list[Resolved]:
    return [Resolved(s, s + n, f"x:{i}", "ORG", "x" * n, "name", {}) for i, (s, n) in enumerate(spans)]


@given(_SPANS, st.integers(0, 70), st.integers(1, 15))
def test_overlapping_is_every_mention_sharing_a_character(
    spans: list[tuple[int, int]], start: int, n: int
) -> None:
    mentions = _mentions(spans)
    end = start + n
    got = SpanIndex(mentions).overlapping(start, end)
    assert sorted(r.id for r in got) == sorted(r.id for r in mentions if r.start < end and start < r.end)


@given(_SPANS, _SPANS)
def test_uncovered_keeps_what_no_found_mention_lies_around(
    spans: list[tuple[int, int]], cover: list[tuple[int, int]]
) -> None:
    mentions, found = _mentions(spans), _mentions(cover)
    expected = [r for r in mentions if not any(f.start <= r.start and r.end <= f.end for f in found)]
    assert uncovered(mentions, found) == expected


def test_a_cell_around_two_mentions_drops_both() -> None:
    mentions = _mentions([(0, 4), (5, 6), (20, 3)])
    cell = _mentions([(0, 11)])
    assert [r.start for r in uncovered(mentions, cell)] == [20]
    assert [r.start for r in SpanIndex(mentions).overlapping(3, 6)] == [0, 5]

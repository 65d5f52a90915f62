"""Session 35 (issue 19): "around" or "about" before a point in time ("around Nov. 1", "at about 10:35
a.m.", "in about 1985") is inside the span with mod ``APPROX``, as the guidelines put a modifier that
belongs to the expression; "about" naming a topic ("optimistic about 1990") and "get around" a ruling
stay outside, and "at about 1900" is no year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1989-10-26") -> list[tuple[str, str, str | None]]:
    """(text, value, mod) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value, d.mod) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sale is to be completed around Nov. 1, the company said.", ("around Nov. 1", "1989-11-01")),
        ("The blast occurred at about 10:35 a.m. near the embassy.", ("about 10:35 a.m.", "1989-10-26T10:35")),
        ("Prices peaked around 1990 and fell.", ("around 1990", "1990")),
        ("The mill opened in about 1985.", ("about 1985", "1985")),
        ("She left sometime around midnight.", ("around midnight", "1989-10-26T24:00")),
        ("The vote ended about 5 p.m. on the island.", ("about 5 p.m.", "1989-10-26T17:00")),
    ],
)
def test_approximate_point_takes_its_modifier(text: str, expected: tuple[str, str]) -> None:
    """The modifier opens the span, the value is unchanged and the mod is ``APPROX``."""
    assert found(text) == [(*expected, "APPROX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors were optimistic about 1990.", ("1990", "1990")),
        ("Lawyers sought ways to get around Wednesday's ruling.", ("Wednesday", "1989-10-25")),
    ],
)
def test_topic_or_particle_stays_outside(text: str, expected: tuple[str, str]) -> None:
    """"about" as a topic's preposition and "around" as a verb's particle are not modifiers."""
    assert found(text) == [(*expected, None)]


def test_at_about_four_digits_is_no_approximate_year() -> None:
    """"at about 1900 on Sundays" (a clock time in British style) does not become "about 1900"."""
    assert all(not t.startswith("about") for t, _, _ in found("The show may air at about 1900 on Sundays."))


@given(
    word=st.sampled_from(["around", "about", "approximately", "roughly"]),
    prep=st.sampled_from(["", "at ", "in ", "until ", "the deal is near "]),
    point=st.sampled_from(["Nov. 1", "3 p.m.", "1985", "noon", "next year", "the 1980s"]),
)
def test_any_modifier_keeps_value_and_span_shape(word: str, prep: str, point: str) -> None:
    """Whatever the words, the value of the point is the one it has alone, and a widened span starts
    at the modifier and ends where the point does."""
    alone = found(f"It closes {prep}{point}.")
    text = f"It closes {prep}{word} {point}."
    got = found(text)
    assert [v for _, v, _ in got] == [v for _, v, _ in alone]
    for (span, _, mod), (plain, _, _) in zip(got, alone, strict=True):
        assert span.endswith(plain)
        assert span == plain or (span == f"{word} {plain}" and mod == "APPROX")

"""Session 26 (issue 19): a bare weekday that a weak future ("would", "was to", "was scheduled to", "should")
reads a week ahead, the day before publication its other reading, is the one just gone unless its
sentence says the future outright ("will", "next", "until", "tomorrow"). Counted on outside text
(PolNeAR train texts no set names): 7 firings, 7 right."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def values(text: str, published: str) -> dict[str, str]:
    """The value of each time expression of ``text``, by its text."""
    doc: Document = PIPE.parse(text, published=published)
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a plan told in the past: the Monday before a Tuesday story, not the one six days on
        (
            "Mr. Levy was to arrive at the ministry on Monday for his first visit.",
            "2015-11-10",
            "2015-11-09",
        ),
        (
            "He was scheduled to leave the state late Tuesday and head north.",
            "2016-02-10",
            "2016-02-09",
        ),
        (
            "The senator announced on Wednesday he would meet the group to talk about the bill.",
            "2016-06-16",
            "2016-06-15",
        ),
        ("He should also get a boost from the win Tuesday, the senator said.", "2016-02-10", "2016-02-09"),
    ],
)
def test_a_weak_future_a_week_ahead_is_the_day_just_gone(text: str, published: str, expected: str) -> None:
    """ "was to arrive on Monday" in a Tuesday story: the Monday just gone."""
    day = next(v for k, v in values(text, published).items() if k.endswith("day"))
    assert day == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the future said outright: the coming weekday, however far
        ("The ministers will meet in London on Monday to discuss the plan.", "2015-11-10", "2015-11-16"),
        ("He was scheduled to leave the state next Tuesday.", "2016-02-10", "2016-02-16"),
        ("The hearing was postponed until Monday, officials said.", "2015-11-10", "2015-11-16"),
        # five days ahead is not the day before publication: the weak future still looks ahead
        ("The minister would not travel on Monday.", "2016-06-22", "2016-06-27"),
    ],
)
def test_a_firm_or_nearer_future_stays_ahead(text: str, published: str, expected: str) -> None:
    """ "will meet on Monday", "next Tuesday", "postponed until Monday": the coming day."""
    day = next(v for k, v in values(text, published).items() if k.endswith("day"))
    assert day == expected

"""Session 31 (issue 19): an undated story's month takes the one year its lede tells in the past.

In a story with no publication date, a month (or a day) without a year told in the past tense takes
the year of the first sentence, where that sentence names that year alone, in a past-tense clause
(a reporting verb does not count), not as a bound ("since 1981"), and no other year is named before
the month; the month records the lede's year as its anchor (``reference="narrative"``)."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document, TimeExpression
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, expression: str, published: str | None = None) -> TimeExpression:
    """The time expression ``expression`` of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return next(d for d in doc.dates if d.text == expression)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The band, who shot to fame in 2004, have won two awards. In September the album was "
         "named the best of the year.", "September", "2004-09"),
        ("The Tories failed to hold onto power in 1974. Papers released later showed the talks "
         "that followed the February election.", "February", "1974-02"),
        ("Critics have declared two films the milestones of 2004. The jury noted the actor's death "
         "on 1 July.", "1 July", "2004-07-01"),
    ],
)  # fmt: skip
def test_a_past_month_takes_the_ledes_sole_year(text: str, expression: str, expected: str) -> None:
    date = found(text, expression)
    assert date.value == expected
    assert date.reference == "narrative"
    assert date.reference_span is not None
    assert date.reference_span.text == expected[:4]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # the lede's year in a present clause with a reporting verb: "says" dates the report
        ("Consumers are optimistic about 2005, a survey says. Confidence rose in December.", "December"),
        # a bound, not the story's time
        ("Sales fell to the worst level since 1981. Sales dropped in November.", "November"),
        # the month told in the future
        ("The band shot to fame in 2004. The album will be released in March.", "March"),
        # another year named before the month
        ("The band shot to fame in 2004. Its first single came out in 2002. The group has five members. "
         "The album was named the best in May.", "May"),
        # no year in the lede
        ("The band has won two awards. It shot to fame in 2004. The group has five members. "
         "The album was named the best in May.", "May"),
    ],
)  # fmt: skip
def test_the_month_stays_undated(text: str, expression: str) -> None:
    assert found(text, expression).value.startswith("XXXX-")


def test_a_dated_story_keeps_its_publication_year() -> None:
    text = "The band shot to fame in 2004. In September the album was named the best of the year."
    assert found(text, "September", published="2005-03-01").value == "2004-09"  # narrative_month's
    text = "The band shot to fame in 2004. The album was named the best of the year. It toured in May."
    assert found(text, "May", published="2005-06-01").value == "2005-05"

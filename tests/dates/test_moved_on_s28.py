"""Session 28 (issue 19): a day reference after the story moved to another year, month or week.

"the same day", "the next day", "the day before" and "the same night" read the last full date named.
Where a year, month or week that does not hold that day is named between the two ("They met again,
in July 2008"), the story has moved on: the day is not the one named, and the reference stays
unresolved (``XXXX-XX-XX``). A period that holds the day ("that year", "this month", "the third
quarter of 2016") moves nothing."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def value(text: str, published: str, expression: str) -> str:
    """The value of ``expression`` in ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return next(d.value for d in doc.dates if d.text == expression)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The prime minister arrives on Monday. They first met in July 2008 in Jerusalem. "
         "The day before, a bus had been attacked.", "The day before", "XXXX-XX-XX"),
        ("The analyst spoke on Tuesday. He lost his job in 1990 after a dispute. "
         "But the next day, the owner made new demands.", "the next day", "XXXX-XX-XX"),
        ("The fund gave $5,000 on June 27, 2014. The firm was registered in 2010. "
         "Six more donations came the same day.", "the same day", "XXXX-XX-XX"),
    ],
)  # fmt: skip
def test_a_period_that_does_not_hold_the_day_leaves_it_unresolved(
    text: str, expression: str, expected: str
) -> None:
    assert value(text, "2016-07-15", expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The fund gave $5,000 on June 27, 2014. Most of the money that year came from New Jersey. "
         "Six more donations came the same day.", "the same day", "2014-06-27"),
        ("The talks opened on March 3, 2016. The first round ended the next day.", "the next day",
         "2016-03-04"),
        ("The rally was held on Tuesday. The crowd this month was the largest. "
         "The day before, the senator spoke in Ohio.", "The day before", "2016-07-11"),
        ("The plant closed on July 4, 2016. Output in the third quarter of 2016 fell by half. "
         "It reopened the next day.", "the next day", "2016-07-05"),
    ],
)  # fmt: skip
def test_a_period_that_holds_the_day_moves_nothing(text: str, expression: str, expected: str) -> None:
    assert value(text, "2016-07-15", expression) == expected

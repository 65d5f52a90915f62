"""Forms of session 12 (issue 19): "year's end" is "the end of the year", the year with mod END; a
hyphenated surname ending in "May" or "March" is no month; a fixed holiday without a publication
date keeps its day (``XXXX-12-25``); things named after a holiday ("the New Year Honours") are no
days; race times ("7:39.89") are no clock times; "to last two months" is the verb and a length; "at
the time she was ..." opens a clause (no ``PAST_REF``); "Saturday Night Takeaway" is a show."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value, d.mod) for d in doc.dates]


# (sentence, publication date, every expected (span, type, value, mod))
FORMS = [
    # the year the tense points to, with mod END, as the guidelines write "the end of 1986"
    ("Rules should be in place by year's end.", "1989-10-26", [("year's end", "DATE", "1989", "END")]),
    ("It plans to ship 500,000 by year’s end.", "2004-11-02", [("year’s end", "DATE", "2004", "END")]),
    ("At year's end, debt was high.", "1989-10-26", [("year's end", "DATE", "1988", "END")]),
    # without a publication date the year is unknown, the mod stays
    ("It plans to ship them by year's end.", None, [("year's end", "DATE", "XXXX", "END")]),
    # the written forms "year-end" and "year end" keep their day value
    ("Debt fell by year-end.", "1989-10-26", [("year-end", "DATE", "1988-12-31", None)]),
    ("The plan is due by year end.", "1987-06-18", [("year end", "DATE", "1987-12-31", None)]),
    # a possessive "year's" before another noun is no time expression
    ("The year's end-of-term report came out.", "1989-10-26", []),
    # "May" or "March" after a hyphen is a month only after another month ("January-May"), not
    # at the end of a hyphenated surname
    ("It is director Mark Dornford-May's first feature film.", "2005-02-10", []),
    ("It is Dornford-March's film.", "2005-02-10", []),
    (
        "Trade in the January-May period rose.",
        "2005-06-10",
        [("January", "DATE", "2005-01", None), ("May", "DATE", "2005-05", None)],
    ),
    ("Output in the January-to-March quarter fell.", "2005-04-10", [("March", "DATE", "2005-03", None)]),
    ("Prices rose mid-May.", "2005-06-10", [("mid-May", "DATE", "2005-05", "MID")]),
    # a holiday of a fixed day without a publication date: the year unknown, the day known
    ("Sales rose before Christmas.", None, [("Christmas", "DATE", "XXXX-12-25", None)]),
    ("They lost on Boxing Day.", None, [("Boxing Day", "DATE", "XXXX-12-26", None)]),
    ("Rates may rise in the New Year.", None, [("the New Year", "DATE", "XXXX-01-01", None)]),
    # a moving holiday without one stays unknown; with one, the day of that year
    ("Talks resume after Easter.", None, [("Easter", "DATE", "XXXX-XX-XX", None)]),
    ("Sales rose before Christmas.", "2004-12-27", [("Christmas", "DATE", "2004-12-25", None)]),
    # things named after a holiday are no days ("Christmas tree" in the guidelines) ...
    ("He was knighted in the New Year Honours.", None, []),
    ("It is tipped to be the Christmas number one.", None, []),
    ("He wrote a Christmas message and a Christmas single.", None, []),
    ("The Office Christmas Special won.", None, []),
    # ... but a holiday with "pre-" or "post-" still names a time
    (
        "Car sales were fuelled by pre-Christmas special offers.",
        None,
        [("Christmas", "DATE", "XXXX-12-25", None)],
    ),
    # a race time (decimal seconds, or hours, minutes and seconds) is no clock time ...
    ("Cragg won in 7:39.89 as Bekele was second in 7:41.42.", "2005-02-20", []),
    ("She lowered her record of 2:17:18 in Chicago.", "2005-02-20", []),
    # ... but a clock time at the end of a sentence is one
    ("Trading closed at 4:30. Prices fell.", "2005-02-20", [("4:30", "TIME", "2005-02-20T04:30", None)]),
    ("The meeting starts at 10:30.", "2005-02-20", [("10:30", "TIME", "2005-02-20T10:30", None)]),
    # "last" after "to" or a modal is the verb: the length alone is the expression ...
    ("The trial is expected to last two months.", "2005-03-01", [("two months", "DURATION", "P2M", None)]),
    ("The strike will last 10 days.", None, [("10 days", "DURATION", "P10D", None)]),
    # ... but not after "the", nor before a possessive year
    ("Sales rose in the last two months.", "2005-03-01", [("the last two months", "DURATION", "P2M", None)]),
    ("It was sold to last year's winner.", "2005-03-01", [("last year", "DATE", "2004", None)]),
    # "at the time" before a subject pronoun opens a clause ("when"); alone, or after "said", it is PAST_REF
    ("He was in charge at the time she was discussing a job.", "2005-03-01", []),
    ("People should have a drink at the time they want.", "2005-03-01", []),
    ("Prices were high at the time, he said.", "2005-03-01", [("the time", "DATE", "PAST_REF", None)]),
    ("He said at the time they would leave.", "2005-03-01", [("the time", "DATE", "PAST_REF", None)]),
    ("He spoke, saying at the time he was willing.", "2005-03-01", [("the time", "DATE", "PAST_REF", None)]),
    # a weekday's part of the day written with a capital names a show, not a time
    ("It won best comedy for Saturday Night Takeaway.", None, []),
    ("The show airs on Saturday night.", None, [("Saturday night", "TIME", "XXXX-WXX-6TNI", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_form(text: str, published: str | None, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Each form gives exactly the expected expressions."""
    assert found(text, published) == expected

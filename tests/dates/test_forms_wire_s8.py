"""Forms met in unused wire stories (issue 19, session 8): each in a short sentence of its own."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value) for d in doc.dates]


# (sentence, publication date, every expected (span, type, value))
FORMS = [
    # "earlier"/"later" before a deictic day stay inside, as in "later this week"
    ("The group was set to meet later today.", "1987-03-25", [("later today", "DATE", "1987-03-25")]),
    ("In the House earlier today, Bonior spoke.", "1987-03-05", [("earlier today", "DATE", "1987-03-05")]),
    ("Earlier yesterday, trading halted.", "1989-11-01", [("Earlier yesterday", "DATE", "1989-10-31")]),
    ("He said it later.", "1989-11-01", []),
    # a time unit after "per" is a rate's, whatever stands between the amount and "per"
    ("Firms pump 225,083 barrels per\nday there.", "1987-06-02", [("per\nday", "SET", "P1D")]),
    ("It burns 920,000 tons of solid waste per year.", "1987-06-02", [("per year", "SET", "P1Y")]),
    ("Go to three meetings per week.", None, [("per week", "SET", "P1W")]),
    ("It is a per-year fee.", "1987-06-02", []),
    ("It charges a per day fee.", "1987-06-02", []),
    ("The rule per se is fine.", "1987-06-02", []),
    # "in future" as an adverb is the future (British "in the future"); before a noun it is an adjective
    ("In future, banks will offset this tax.", "1987-03-17", [("future", "DATE", "FUTURE_REF")]),
    ("Keep the PSBR at 1.0 pct of GDP in future.", "1987-03-17", [("future", "DATE", "FUTURE_REF")]),
    ("The hub will be used in future to provide video.", None, [("future", "DATE", "FUTURE_REF")]),
    ("It was likely to be copied in future home PCs.", None, []),
    # a programme's name is not a day
    ('Asked on NBC\'s "Today" program if it was ready, he nodded.', "1987-10-20", []),
    ("He told the Today programme he hoped so.", "2005-02-02", []),
    ("Today, the show goes on.", "2005-02-02", [("Today", "DATE", "2005-02-02")]),
    # "earlier/later in the day": the day of the report; "late in the day" is an idiom
    ("It hit a low of 105.17 earlier in the day.", "2005-02-02", [("the day", "DATE", "2005-02-02")]),
    ("He arrived in Philadelphia later in the day.", "1998-02-13", [("the day", "DATE", "1998-02-13")]),
    ("It will be a little late in the day when people notice.", "2005-02-02", []),
    # "at that time" is "at the time": PAST_REF
    ("It was a record for an independent film at that time.", None, [("that time", "DATE", "PAST_REF")]),
    ("He said that time is short.", "2005-02-02", []),
    # an amount after a currency sign is not a year
    ("He organises dinners for € 2000 to raise money.", "2005-03-14", []),
    ("It cost £1999, in 1999.", "2005-03-14", [("1999", "DATE", "1999")]),
    # two zones of one clock time are one instant: the side that names its day decides, else the earlier
    (
        "The quake hit at 11:18 p.m. EDT/0318 Tuesday GMT.",
        "1987-04-07",
        [("11:18 p.m. EDT", "TIME", "1987-04-07T03:18Z"), ("0318 Tuesday GMT", "TIME", "1987-04-07T03:18Z")],
    ),
    (
        "The quake hit at 11:18 p.m. EDT/0318 GMT.",
        "1987-04-07",
        [("11:18 p.m. EDT", "TIME", "1987-04-07T03:18Z"), ("0318 GMT", "TIME", "1987-04-07T03:18Z")],
    ),
    (
        "Volcker testifies at 1000 EDT (1400 GMT).",
        "1987-04-07",
        [("1000 EDT", "TIME", "1987-04-07T14:00Z"), ("1400 GMT", "TIME", "1987-04-07T14:00Z")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_form(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    """Each form gets exactly the expected expressions."""
    assert found(text, published) == expected

"""Forms met in unused news stories (issue 19, session 9): each in a short sentence of its own."""

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
    # a bare plural measuring what follows is a length of unknown count (guidelines: "days" PXD)
    ("The merger follows months of twists and turns.", "1989-11-01", [("months", "DURATION", "PXM")]),
    ("Years of war left the country poor.", None, [("Years", "DURATION", "PXY")]),
    ("It was the product of decades of inflation.", None, [("decades", "DURATION", "PXDE")]),
    ("He has years of political experience.", None, [("years", "DURATION", "PXY")]),
    ("This would allow months of tough talks.", None, [("months", "DURATION", "PXM")]),
    # ... but not after a determiner or an adjective, nor the minutes of a meeting, nor an age
    ("Costs are vast in the early years of membership.", None, []),
    ("Minutes of the last meeting showed it.", None, []),
    ("Aid came in those vital hours of need.", None, []),
    # "soon" names a coming time, but not in "how soon", "too soon to" or "had soon fallen"
    ("He will resign soon.", None, [("soon", "DATE", "FUTURE_REF")]),
    ("He declined to say how soon it might be dissolved.", None, []),
    ("It remains too soon to assess the damage.", None, []),
    ("Early strength had soon fallen prey to the general gloom.", None, []),
    # a day in brackets after a deictic word says which day it meant (a quotation of the day before)
    (
        '"It welcomes the adoption today [Friday] of a resolution."',
        "2007-01-27",
        [("today", "DATE", "2007-01-26"), ("Friday", "DATE", "2007-01-26")],
    ),
    (
        '"At 1830 this evening (Wednesday) we received an alarm," she said.',
        "2006-02-09",
        [("this evening", "TIME", "2006-02-08TEV"), ("Wednesday", "DATE", "2006-02-08")],
    ),
    (
        "He spoke today, Friday.",
        "2007-01-26",
        [("today", "DATE", "2007-01-26"), ("Friday", "DATE", "2007-01-26")],
    ),
    # a part of a period named with its whole is one DATE of the whole (guidelines), weeks as months
    ("The last week of December ran.", "2005-01-15", [("The last week of December", "DATE", "2004-12")]),
    ("It fell in the first two weeks of 2003.", None, [("the first two weeks of 2003", "DATE", "2003")]),
    ("It was the first week of talks.", "2005-01-15", []),
    # "the year ago month" (Reuters writes it without a hyphen) is the reported month a year before,
    # not the month it is compared with ("down from ... in December")
    (
        "Imports in January were 34,663 tonnes, down from 41,365 tonnes in December but above the"
        " 13,375 tonnes in the year ago month.",
        "1987-04-03",
        [
            ("January", "DATE", "1987-01"),
            ("December", "DATE", "1986-12"),
            ("the year ago month", "DATE", "1986-01"),
        ],
    ),
    ("It lost 4m (1m in the year ago period).", "1987-04-03", [("the year ago period", "DATE", "1986")]),
    # the first day of a range written day first is a date of its own, as "March 3-5" gives "5"
    (
        "YouGov polled voters on 16-18 December.",
        "2005-03-01",
        [("16", "DATE", "2004-12-16"), ("18 December", "DATE", "2004-12-18")],
    ),
    ("Scores were 6-4 on 12 December.", "2005-03-01", [("12 December", "DATE", "2004-12-12")]),
    # a bare plural before "later", "after" or "before" is a length counted from an event
    ("Hours later the deal unravelled.", None, [("Hours", "DURATION", "PTXH")]),
    ("Police stopped a march days after the start of the war.", None, [("days", "DURATION", "PXD")]),
    ("The figures were revised years later.", None, [("years", "DURATION", "PXY")]),
    ("In the first days after the attack, police searched.", None, []),
    ("In the days after the attack, police searched.", None, []),
    # trading, business and working days are counted like days
    ("Eight trading days after the crash, it fell.", None, [("Eight trading days", "DURATION", "P8D")]),
    ("It must be paid within two working days.", None, [("two working days", "DURATION", "P2D")]),
    # "fiscal" before a split year is inside its span, as in "fiscal 1987"
    ("His budget for fiscal 1987/88 was cut.", "1987-03-17", [("fiscal 1987/88", "DATE", "FY1987")]),
    ("The 1987/88 budget was cut.", "1987-03-17", [("1987/88", "DATE", "1987")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_form(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    """Each form gives exactly the expected expressions."""
    assert found(text, published) == expected

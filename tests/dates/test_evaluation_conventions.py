"""The gold's stated conventions of ``evaluation/dates_conventions.py`` and the ``--conventions`` figure."""

from __future__ import annotations

import datetime as dt

from evaluation.dates import Doc, Score, Timex, score
from evaluation.dates_conventions import convention_of

MONDAY = dt.date(1998, 3, 23)
SUNDAY = dt.date(1998, 3, 22)


def test_fiscal_periods_are_the_calendar_period_of_their_number() -> None:
    """``FY1989`` is the gold's ``1989``, ``FY1989-Q1`` its ``1989-Q1``; another year is no match."""
    assert convention_of("1989", "FY1989", MONDAY) == "fiscal"
    assert convention_of("1989-Q1", "FY1989-Q1", MONDAY) == "fiscal"
    assert convention_of("1990", "FY1989", MONDAY) is None
    assert convention_of("1989-Q2", "FY1989-Q1", MONDAY) is None


def test_weeks() -> None:
    """An unspecified week of the same year, an unpadded week, and a Sunday counted into the next week."""
    assert convention_of("1989-WXX", "1989-W43", MONDAY) == "week unspecified"
    assert convention_of("1988-WXX", "1989-W43", MONDAY) is None
    assert convention_of("2000-W7", "2000-W07", MONDAY) == "week unpadded"
    assert convention_of("1998-W12", "1998-W11", SUNDAY) == "week from Sunday"
    assert convention_of("1998-W12", "1998-W11", MONDAY) is None
    assert convention_of("1998-W01", "1997-W52", dt.date(1997, 12, 28)) == "week from Sunday"
    assert convention_of("1998-W13", "1998-W11", SUNDAY) is None


def test_equal_values_and_other_values_have_no_convention() -> None:
    """A value equal as written, or different in another way, is counted by the default figure only."""
    assert convention_of("1989", "1989", MONDAY) is None
    assert convention_of("1989-10", "1989", MONDAY) is None
    assert convention_of("1998-W11", "1998-W99", SUNDAY) is None


def test_default_value_figure_is_unchanged() -> None:
    """A fiscal value counts under the conventions only; the default value F1 counts it wrong."""
    text = "Profit rose in fiscal 1989 and last week."
    gold = (Timex(15, 26, "fiscal 1989", "DATE", "1989"), Timex(31, 40, "last week", "DATE", "1998-W12"))
    found = [Timex(15, 26, "fiscal 1989", "DATE", "FY1989"), Timex(31, 40, "last week", "DATE", "1998-W12")]
    s = score(Doc("d", MONDAY, text, gold), found, 0.0)
    assert s.value_ok == 1 and s.conventions["fiscal"] == 1
    assert round(s.figures()["value_f1"], 2) == 50.0 and round(s.convention_f1(), 2) == 100.0
    total = Score()
    total.add(s)
    total.add(s)
    assert total.conventions["fiscal"] == 2 and round(total.convention_f1(), 2) == 100.0

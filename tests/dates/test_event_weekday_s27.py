"""Session 27 (issue 19): a weekday modifying an event noun ("said in a Friday interview").

"a <weekday> <noun>" was any such day (``XXXX-WXX-5``), as "a Sunday morning talk show" is. Where the
syntax layer parses the weekday as a compound of a noun with the article "a" and that noun as an
oblique or an argument of a verb, the tense of that verb's clause dates the event: past, the weekday
just gone (or the publication's own); future, the coming one. An apposition, a present tense or no
tree leaves the day unresolved, as before."""

from __future__ import annotations

import pytest

import newsparse_dates
import newsparse_syntax
from newsparse import Document
from newsparse.testing import pipeline_for

WITH_TREE = pipeline_for(newsparse_dates, newsparse_syntax, only=["dates"])
WITHOUT = pipeline_for(newsparse_dates)


def value(pipe: object, text: str, published: str, expression: str) -> str:
    """The value of ``expression`` in ``text`` parsed by ``pipe``."""
    doc: Document = pipe.parse(text, published=published)  # type: ignore[attr-defined]
    return next(d.value for d in doc.dates if d.text == expression)


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        ("The mayor said in a Friday interview that he would run.", "2016-04-18", "Friday", "2016-04-15"),
        ("The senator unveiled the plan during a Saturday rally.", "2016-04-18", "Saturday", "2016-04-16"),
        ("About 300 people attended a Sunday night vigil for the victims.", "2016-04-18",
         "Sunday night", "2016-04-17TNI"),
        ("The governor will hold a Friday news conference on the budget.", "2016-04-18", "Friday",
         "2016-04-22"),
        ("She told reporters at a Monday briefing that talks had stalled.", "2016-04-18", "Monday",
         "2016-04-18"),  # the publication's own weekday: that day
    ],
)  # fmt: skip
def test_the_clause_of_the_event_noun_dates_the_weekday(
    text: str, published: str, expression: str, expected: str
) -> None:
    assert value(WITH_TREE, text, published, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # an apposition: a recurring show, any Sunday
        ("He hosted Meet the Press, a Sunday morning talk show.", "Sunday morning", "XXXX-WXX-7TMO"),
        # the present of a fixture: no marker of the clause, any such day as before
        ("The two players meet in a Friday night semi-final.", "Friday night", "XXXX-WXX-5TNI"),
    ],
)
def test_no_event_clause_leaves_any_such_day(text: str, expression: str, expected: str) -> None:
    assert value(WITH_TREE, text, "2016-04-18", expression) == expected


def test_without_the_syntax_layer_the_day_stays_unresolved() -> None:
    text = "The mayor said in a Friday interview that he would run."
    assert value(WITHOUT, text, "2016-04-18", "Friday") == "XXXX-WXX-5"

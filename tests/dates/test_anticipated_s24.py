"""Session 24 (issue 19): readings counted on outside text (PolNeAR train texts no set names).

- A possessive weekday after "ahead of", "in the lead-up to", "on the eve of" or "in advance of"
  names an event the clause looks forward to ("ahead of Saturday's Nevada caucus, Sanders and Clinton
  must vie"): the coming day unless the clause is told in the past. It was the most recent one.
- "he’ll", "we’ll" with a typographic apostrophe is a future like "he'll".
- "could not be reached for comment Saturday", "wouldn't say Tuesday": a negated "could"/"would"
  before a verb of saying or of being reached tells of the past, not the future.
- A year named in a relative clause set off by commas (", a contractor who disappeared in Iran in
  2007,") is an aside about a person or a thing: a month told after it keeps the publication's year.
- A future inside a quotation that opens after the expression is the quote's, not the clause's; so
  is one after "how", "what", "whether", "why", "that" or "if" (an embedded clause).
- A month naming an event held on a fixed date ("the November general election") months ahead is
  the coming one unless its clause is told in the past."""

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
        (
            "Still, ahead of Saturday's Nevada caucus, Sanders and Clinton must vie for the Latino vote.",
            "2016-02-18",
            "2016-02-20",
        ),
        ("The Latest on the campaign in the lead up to Tuesday's primary.", "2016-04-14", "2016-04-19"),
        ("Cruz campaigned on the eve of Tuesday's New Hampshire primary.", "2016-02-07", "2016-02-02"),
        ("Ahead of Tuesday's vote, the party was split.", "2016-04-14", "2016-04-12"),
        ("Nestle's share of 7% before Friday's purchases is far below.", "1989-10-30", "1989-10-27"),
    ],
)
def test_a_possessive_weekday_looked_forward_to(text: str, published: str, expected: str) -> None:
    """After "ahead of" (and kin) the coming day, unless the clause is past; "before" keeps the last one."""
    day = next(v for k, v in values(text, published).items() if k.endswith("day"))
    assert day == expected


def test_a_typographic_apostrophe_makes_a_future() -> None:
    """ "he’ll", "We’ll" are futures as "he'll" is, before a possessive weekday and in a clause."""
    text = "He faces questions about whether he’ll drop out before Tuesday’s Florida primary."
    assert values(text, "2016-03-10")["Tuesday"] == "2016-03-15"
    text = "“We’ll be meeting on Friday in St. Louis to air out some things,” she said."
    assert values(text, "2016-06-22")["Friday"] == "2016-06-24"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Representatives for Trump could not be reached for comment Saturday.", "2016-05-29", "2016-05-28"),
        ("Schumer wouldn’t say Tuesday how the party would act.", "2016-06-22", "2016-06-21"),
        ("The minister would not comment on Monday.", "2016-06-22", "2016-06-20"),
        ("The minister would not travel on Monday.", "2016-06-22", "2016-06-27"),
    ],
)
def test_a_negated_could_or_would_tells_the_past(text: str, published: str, expected: str) -> None:
    """ "could not be reached", "wouldn't say": the past; "would not travel" stays a future in the past."""
    day = next(v for k, v in values(text, published).items() if k.endswith("day"))
    assert day == expected


def test_a_year_in_a_relative_aside_moves_no_month() -> None:
    """A month after a year named in a relative clause keeps the publication's year; a year the
    sentence before tells as its own event still moves the month."""
    text = (
        "Robert A. Levinson, a C.I.A. contractor who disappeared in Iran in 2007, was not part of the "
        "swap; Iran insists it does not know his whereabouts. And Siamak Namazi, an Iranian-American "
        "businessman arrested in Tehran in October, was not part of the exchange."
    )
    assert values(text, "2016-01-20")["October"] == "2015-10"
    text = "The contractor disappeared in Iran in 2007. In October, his family appealed for help."
    assert values(text, "2016-01-20")["October"] == "2007-10"


def test_a_future_inside_a_quote_dates_no_weekday_outside_it() -> None:
    """ "acknowledged Monday night "it will be very hard"": the quote's future is not the clause's."""
    text = 'Sanders acknowledged in a forum Monday night "it will be very hard for us to win" now.'
    assert values(text, "2016-04-27")["Monday night"] == "2016-04-25TNI"
    text = "Sanders acknowledged in a forum Monday night it will be very hard for us to win."
    assert values(text, "2016-04-27")["Monday night"] == "2016-05-02TNI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents are not eligible to vote in the November general election.", "2016-11"),
        ("The group aims to spend $900 million before the November elections.", "2016-11"),
        ("Republicans won the November elections by a wide margin.", "2015-11"),
        ("Turnout rose in November.", "2015-11"),
    ],
)
def test_a_month_naming_an_event_is_the_coming_one(text: str, expected: str) -> None:
    """ "the November election" in March is this year's unless told in the past; a bare month is not."""
    assert values(text, "2016-03-01")["November"] == expected


def test_a_future_in_an_embedded_clause_dates_no_weekday_before_it() -> None:
    """ "struggled to answer a question on Sunday about how he would form": the embedded "would"
    is not the weekday's tense; with no "how" the nearer future still decides."""
    text = "Ben Carson struggled to answer a simple question on Sunday about how he would form a coalition."
    assert values(text, "2015-11-17")["Sunday"] == "2015-11-15"
    text = "Ben Carson struggled to answer a simple question on Sunday and would form a coalition."
    assert values(text, "2015-11-17")["Sunday"] == "2015-11-22"

""" "earlier" as the time of a report (session 15, issue 19): "the army said earlier it was preparing"
is ``PAST_REF``, as the guidelines write it; "earlier" that orders events or describes a noun is not
tagged."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def earlier(text: str, published: str | None = "1996-08-23") -> list[tuple[str, str, str | None]]:
    """(text, value, reference) of every expression of ``text`` whose text is "earlier" alone."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value, d.reference) for d in doc.dates if d.text.lower() == "earlier"]


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army said earlier it was preparing to withdraw from the mountains.",
        "A mine exploded on a road in the southeast, Anatolian reported earlier.",
        "PTT earlier announced an 8.5 percent rise in net profit.",
        "The president of parliament had earlier said the debate could be set.",
        "Earlier, the director of the president's office denied a report in the newspaper.",
        "It was calm. Earlier Foreign Secretary Jack Straw said the UK was prepared to act.",
    ],
)
def test_earlier_dates_a_report(text: str) -> None:
    """One PAST_REF, told from publication."""
    assert [(span.lower(), value, ref) for span, value, ref in earlier(text)] == [
        ("earlier", "PAST_REF", "published")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ruerup said the panel's earlier forecast of 1.4% was too optimistic.",  # an adjective
        "Earlier Botham arrived in Portsmouth only to be told he would not play.",  # not a report
        "The company announced earlier in January that it was releasing tools.",  # the date is given
        "Greer had earlier failed to persuade other contestants.",  # orders events
        "Sales rose to 6.2bn yuan, from 3bn yuan a year earlier.",  # part of "a year earlier"
        "The ministry said earlier forecasts were wrong.",  # an adjective after the verb
    ],
)
def test_earlier_that_is_not_a_report_time_is_not_tagged(text: str) -> None:
    """No bare "earlier" expression."""
    assert earlier(text) == []


def test_an_undated_story_still_says_published() -> None:
    """Without a publication date the value stays PAST_REF, relative to publication."""
    assert earlier("The army said earlier it would withdraw.", None) == [("earlier", "PAST_REF", "published")]


@pytest.mark.parametrize("ending", ENDINGS)
def test_line_endings_do_not_change_earlier(ending: str) -> None:
    """A sentence-opening "Earlier," after any line ending, and "said earlier" across a line break."""
    text = (
        f"Talks ended.{ending}{ending}Earlier, Mr Howard said it was over.{ending}"
        f"Police said{ending}earlier it was calm."
    )
    assert earlier(text) == [("Earlier", "PAST_REF", "published"), ("earlier", "PAST_REF", "published")]

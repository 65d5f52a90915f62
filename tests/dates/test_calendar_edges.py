"""Publication dates at the ends of the calendar: expressions come out, never a problem."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse.testing import pipeline_for

PIPELINE = pipeline_for(newsparse_dates)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-07", "9999-12-31"])
@pytest.mark.parametrize(
    "text", ["On Saturday, he left.", "two weeks ago", "next week", "Next year, they will."]
)
def test_extreme_publication_dates_do_not_lose_the_layer(published: str, text: str) -> None:
    doc = PIPELINE.parse(text, published=published)
    assert doc.problems == ()
    assert len(doc.dates) == 1
    expression = doc.dates[0]
    assert text.lower().find(expression.text.lower()) >= 0


def test_out_of_calendar_anchoring_falls_back_to_unanchored() -> None:
    (saturday,) = PIPELINE.parse("On Saturday, he left.", published="0001-01-01").dates
    assert (saturday.value, saturday.anchored) == ("XXXX-WXX-6", False)

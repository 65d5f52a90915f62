"""The dates index the occasion search uses: the dates near a mention, in the layer's order."""

from __future__ import annotations

import newsparse
from newsparse_events.occasions import DatesByStart


def test_near_gives_the_dates_that_start_in_the_window_in_the_layers_order() -> None:
    text = "On Monday the quake hit. On Tuesday rescuers came. By March 5 the toll rose."
    dates = newsparse.parse(text, published="2016-03-10").layers["dates"]
    index = DatesByStart.of(tuple(reversed(dates)))  # the layer's order need not be the text's
    monday, tuesday, march = sorted(dates, key=lambda d: d.start)
    assert index.near(0, len(text)) == list(reversed(dates))
    assert index.near(tuesday.start - 1, tuesday.start) == [tuesday]
    assert index.near(monday.end, tuesday.start - 1) == []
    assert index.near(tuesday.start, march.start) == [march, tuesday]

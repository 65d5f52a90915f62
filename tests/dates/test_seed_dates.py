"""The seed article's expectations from issue 3 (published 2018-02-06)."""

from __future__ import annotations

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def test_seed_dates(seed_text: str) -> None:
    """Every expected expression, with value, anchoring and interval; nothing from the numbers."""
    doc = PIPE.parse(seed_text, published="2018-02-06")
    got = [
        (d.text, d.type, d.value, d.anchored, d.interval and (d.interval.first, d.interval.last))
        for d in doc.dates
    ]
    assert got == [
        ("Saturday", "DATE", "2018-02-03", True, ("2018-02-03", "2018-02-03")),
        ("Saturday", "DATE", "2018-02-03", True, ("2018-02-03", "2018-02-03")),
        ("the last week", "DURATION", "P1W", True, ("2018-01-31", "2018-02-06")),
        ("the last two months", "DURATION", "P2M", True, ("2017-12-07", "2018-02-06")),
        ("January", "DATE", "2018-01", True, ("2018-01-01", "2018-01-31")),
        ("March 2011", "DATE", "2011-03", True, ("2011-03-01", "2018-02-06")),
        ("the last three months", "DURATION", "P3M", True, ("2017-11-07", "2018-02-06")),
        ("October of last year", "DATE", "2017-10", True, ("2017-10-01", "2017-10-31")),
        ("three months", "DURATION", "P3M", False, None),
        ("the last three months", "DURATION", "P3M", True, ("2017-11-07", "2018-02-06")),
    ]
    for d in doc.dates:
        assert seed_text[d.start : d.end] == d.text
    for number in ("Su-25", "211", "1,447", "3,035", "10,000"):
        at = seed_text.index(number)
        assert not any(d.start < at + len(number) and at < d.end for d in doc.dates), number
    assert doc.problems == ()

"""A clock time on a day with its year (session 15, issue 19): "at midnight on June 30, 1997" is one
absolute TIME of that year, not a time of the publication year beside a bare year; and a year after
a month or a day never joins it across a paragraph break, whatever the line endings."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def found(text: str, published: str | None = "1996-08-28") -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value, d.reference) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain hands Hong Kong back to China at midnight on June 30, 1997, as agreed.",
            ("midnight on June 30, 1997", "TIME", "1997-06-30T24:00", None),
        ),
        (
            "The polls closed at 10 p.m. on March 3, 1995.",
            ("10 p.m. on March 3, 1995", "TIME", "1995-03-03T22:00", None),
        ),
        ("It ends at noon on June 30 1997.", ("noon on June 30 1997", "TIME", "1997-06-30T12:00", None)),
        (
            "It ended at 10 p.m. EDT on June 30, 1997.",
            ("10 p.m. EDT on June 30, 1997", "TIME", "1997-07-01T02:00Z", None),
        ),
    ],
)
def test_a_clock_time_takes_the_year_written_after_its_day(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """One absolute TIME (no reference), of the year written, and no separate year."""
    assert found(text) == [expected]


def test_a_clock_time_with_its_year_is_not_anchored() -> None:
    """Absolute: not worked out from the publication date; its interval is that day."""
    (time,) = PIPE.parse("It closed at noon on June 30, 1997.", published="1996-08-28").dates
    assert not time.anchored
    assert time.interval is not None
    assert (time.interval.first, time.interval.last) == ("1997-06-30", "1997-06-30")


def test_without_a_year_the_clock_time_keeps_the_publication_year() -> None:
    """ "at noon on June 30" alone is still resolved against publication."""
    assert found("Trading stopped at noon on June 30.") == [
        ("noon on June 30", "TIME", "1996-06-30T12:00", "published")
    ]


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_year_after_a_line_break_joins_but_not_after_a_paragraph(ending: str) -> None:
    """One line break may fall inside "June 30,\\n1997"; a paragraph break ends the expression."""
    assert found(f"It closed at noon on June 30,{ending}1997.")[0][:3] == (
        f"noon on June 30,{ending}1997",
        "TIME",
        "1997-06-30T12:00",
    )
    assert [d[0] for d in found(f"It closed at noon on June 30{ending}{ending}1997 was calm.")][:2] == [
        "noon on June 30",
        "1997",
    ]
    assert [d[0] for d in found(f"It closed on 30 June{ending}{ending}1997 was calm.")][:2] == [
        "30 June",
        "1997",
    ]
    assert [d[0] for d in found(f"It closed in June{ending}{ending}1997 was calm.")][:2] == ["June", "1997"]

"""A weekday dating a statement (session 15 part 2, issue 19): "its announcement Wednesday that it
planned to pull out" is the Wednesday gone; the plans the statement tells of do not move it. A
statement told in the future keeps the coming day."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def values(text: str, published: str = "1996-08-29") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    return [(d.text, d.value) for d in PIPE.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company was up 2-1/8 after its announcement Wednesday that it planned to pull out.",
            ("Wednesday", "1996-08-28"),
        ),
        (
            "The company said in a statement late on Wednesday it would conduct an assessment.",
            ("Wednesday", "1996-08-28"),
        ),
        (
            "The tirade was sparked by Israel's announcement on Tuesday of plans to expand a settlement.",
            ("Tuesday", "1996-08-27"),
        ),
        ('The minister will make an "important announcement" on Friday.', ("Friday", "1996-08-30")),
    ],
)
def test_statement_weekday(text: str, expected: tuple[str, str]) -> None:
    """The clause before the statement gives the weekday's direction."""
    assert expected in values(text)


@pytest.mark.parametrize("ending", ENDINGS)
def test_statement_weekday_across_line_endings(ending: str) -> None:
    """A future sentence in the paragraph before does not move the statement's day."""
    text = f"Talks resume soon.{ending}{ending}Shares rose on its announcement Wednesday that it planned it."
    assert ("Wednesday", "1996-08-28") in values(text)

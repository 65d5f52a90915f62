"""Session 18 (issue 19): a quarter or a half without a year in a match report is a period of play,
even where its own sentence names no score ("for the first quarter, the Irish pack struggled"): the
story's other sentences tell the game. An earnings story keeps its calendar quarters."""

from __future__ import annotations

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "2016-10-12") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


MATCH = (
    "Italy led 9-8 at half-time but Ireland scored twice.\n\n"
    "The Italians were driving at the heart of the Irish defence and, for the first quarter, the Irish "
    "pack struggled to secure any ball."
)


def test_a_quarter_of_a_match_report_is_no_calendar_quarter() -> None:
    """Its sentence holds no game word; the story holds two."""
    assert found(MATCH) == []
    assert found(MATCH, None) == []


def test_a_quarter_with_its_year_stays_in_a_match_report() -> None:
    """ "the first quarter of 2016" names the year: a calendar quarter whatever the story tells."""
    text = MATCH.replace("for the first quarter,", "in the first quarter of 2016,")
    assert found(text) == [("the first quarter of 2016", "2016-Q1")]


def test_an_earnings_story_keeps_its_quarters() -> None:
    """A business word in the quarter's sentence, or more business words than game words in the
    story, keeps the calendar quarter though a game word is written ("scored", "the match")."""
    text = (
        "The club scored record sales in the third quarter. Profits and revenue rose.\n\n"
        "Fans cheered after the match. For the final quarter, the board expects more of the same."
    )
    assert found(text) == [("the third quarter", "2016-Q3"), ("the final quarter", "2016-Q4")]


def test_one_game_word_is_not_a_game_story() -> None:
    """One cue in another sentence is not enough to call the whole story a game."""
    text = "Fans watched the game on Sunday.\n\nFor the first quarter, output was flat."
    assert ("the first quarter", "2016-Q1") in found(text)

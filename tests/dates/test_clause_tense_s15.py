"""The tense of an expression's own clause first (session 15 part 2, issue 19): in "Yeltsin, who left
for a holiday home on Monday, would hold no meetings on Tuesday" the Monday is the one gone; a
marker across a comma counts only where its own clause has none."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def values(text: str, published: str = "1996-08-27") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    return [(d.text, d.value) for d in PIPE.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tass said Yeltsin, who left for a holiday home near Moscow on Monday, would hold no meetings.",
            ("Monday", "1996-08-26"),
        ),
        ("Talks will resume on Monday, officials said.", ("Monday", "1996-09-02")),
        ("He said on Friday, after the vote, that he would resign.", ("Friday", "1996-08-23")),
    ],
)
def test_own_clause_first(text: str, expected: tuple[str, str]) -> None:
    """The marker of the expression's own clause decides; one across a comma only without it."""
    assert expected in values(text)


@pytest.mark.parametrize("ending", ENDINGS)
def test_own_clause_across_line_endings(ending: str) -> None:
    """The same reading after a paragraph break of any line ending."""
    text = f"Lebed waited.{ending}{ending}Yeltsin, who left for a dacha on Monday, would hold no talks."
    assert ("Monday", "1996-08-26") in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UIC slid 12 percent after reporting a loss after the close on Monday.", ("Monday", "1996-08-26")),
        ("The tournament begins on Monday.", ("Monday", "1996-09-02")),
        ("The market closes on Monday for a holiday.", ("Monday", "1996-09-02")),
    ],
)
def test_noun_after_determiner_is_no_schedule(text: str, expected: tuple[str, str]) -> None:
    """ "the close on Monday" is a noun, no present of a scheduled event; "closes on Monday" is one."""
    assert expected in values(text)

"""Session 19 (issue 19): "most recently" before the occasion it names ("most recently at a forum in
November", "most recently last October") orders occasions and is not tagged, as the real and the
TempEval gold leave it; "recently" alone and "the most recently proposed date" (an adverb of a
participle, the guidelines' "the recently imposed sanctions") stay `PAST_REF`."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1999-02-06") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The row has flared occasionally, most recently at a forum in the capital.", []),
        ("Doctors were killed, most recently last October.", [("last October", "1998-10")]),
        ("Most recently they topped the charts.", []),
    ],
)
def test_most_recently_orders_occasions(text: str, expected: list[tuple[str, str]]) -> None:
    """"most recently" before the latest occasion is not a time expression."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry recently called on chip users.",
        "More recently it has grown.",
        "He almost recently left.",
        "It was the most recently proposed date.",
    ],
)
def test_recently_stays(text: str) -> None:
    """Without "most" before it, or before a participle, "recently" is still `PAST_REF`."""
    assert found(text) == [("recently", "PAST_REF")]

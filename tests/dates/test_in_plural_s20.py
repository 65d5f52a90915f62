"""Session 20 (issue 19): a bare plural after "in" is a length of unknown count wherever the clause goes
on ("publish it in minutes to a global community", "introduced in weeks - which ...", "the first
time in decades while ..."), as the guidelines write "days" (`PXD`); it was taken only before a
stop ("in years."). A plural placed in time ("in days gone by", "in years to come") stays untagged."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published="2004-12-22")
    return [(d.text, d.type, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Users publish it in minutes to a global community.", [("minutes", "DURATION", "PTXM")]),
        ("Rules due to be introduced in weeks - which raise the age.", [("weeks", "DURATION", "PXW")]),
        ("It fell for the first time in decades while exports rose.", [("decades", "DURATION", "PXDE")]),
        ("It rose for the first time in years.", [("years", "DURATION", "PXY")]),
    ],
)
def test_plural_after_in_is_a_length(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "in" before a bare plural measures a length, whatever follows the plural."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the custom in days gone by.",
        "Prices will matter in years to come.",
        "It was common in years past.",
        "Profits rose in months ahead of the vote.",
        "He read it in minutes of the meeting.",
    ],
)
def test_plural_placed_in_time_stays_untagged(text: str) -> None:
    """A plural that the words after it place in time is not a length."""
    assert found(text) == []

"""Session 40 (lead): a place noun that ends the text after a locative cue is no error (issue 16).

Hypothesis found "killed 3 in area" in a fresh clone: the events layer looked for "of" after the
place noun ("in the Municipality of X") past the last token and recorded an IndexError.
"""

from __future__ import annotations

import pytest

import newsparse


@pytest.mark.parametrize(
    "text", ["killed 3 in area", "Three were killed in the village", "killed 3 near district"]
)
def test_a_place_noun_ending_the_text_leaves_no_problem(text: str) -> None:
    doc = newsparse.parse(text)
    assert not doc.problems
    assert any(event.role == "killed" for event in doc.layer("events"))

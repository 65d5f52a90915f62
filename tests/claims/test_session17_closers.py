"""Rules of session 17 (PolNeAR train misses): "continued", "read", "answered" ... closing a quotation.

Each text holds in every line-ending style ("\\n", "\\r\\n", "\\r"): the rules read words, not lines.
"""

from __future__ import annotations

import pytest

from newsparse_claims.shapes import closes_quotation

from .summaries import ENDINGS, in_paragraphs, summary


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win this state," he continued.', [("he", "continued", "We will win this state")]),
        ('"Cyber security remains a challenge," Carson continued.',
         [("Carson", "continued", "Cyber security remains a challenge")]),
        ('"We will not back down," continued Ann Lee.', [("Ann Lee", "continued", "We will not back down")]),
        ('"It is not our policy," the statement read.', [("the statement", "read", "It is not our policy")]),
        ('"Clinton should come to Louisiana," the editorial reads.',
         [("the editorial", "reads", "Clinton should come to Louisiana")]),
        ('"I am still Sanders," it read.', [("it", "read", "I am still Sanders")]),
        ('"We grow stronger," read the email.', [("the email", "read", "We grow stronger")]),
        ('"Denver," he answered.', [("he", "answered", "Denver")]),
        ('"Is it true?" the lawyer pressed.', [("the lawyer", "pressed", "Is it true")]),
        ('"Get out," Oliver barked.', [("Oliver", "barked", "Get out")]),
    ],
)
def test_a_verb_closing_a_quotation_attributes_it(
    text: str, expected: list[tuple[str, str, str]], ending: str
) -> None:
    """ '"...," he continued.', '"...," the statement read.': the quotation is the content."""
    assert summary(in_paragraphs(text, ending)) == expected


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    "text",
    [
        "The fighting continued.",
        "The talks continued on Tuesday, officials in the capital confirmed nothing.",
        "He read the words he had come to deliver.",
        'He read "The Art of the Deal" twice.',
        "The sign read: Hispanics for Trump.",
        "As the judge read his decision, Santilli held his head in his hands.",
        "She said the book was fine. The reviewers read it, the author continued.",
        "He answered the phone and pressed the button.",
        'He repeated "Make America Great Again" at the rally.',
        "The board answered that letter in May.",
    ],
)
def test_the_verbs_elsewhere_attribute_nothing(text: str, ending: str) -> None:
    """ "continued", "read" away from a closed quotation are no cues."""
    cues = {cue for _source, cue, _content in summary(in_paragraphs(text, ending))}
    assert not cues & {"continued", "read", "reads", "answered", "pressed", "repeated"}


@pytest.mark.parametrize(
    ("words", "i", "expected"),
    [
        ([",", '"', "he", "continued", "."], 3, True),
        (["?", "”", "the", "email", "read", "."], 4, True),
        ([",", '"', "continued", "stone"], 2, True),
        (["the", "fighting", "continued", "."], 2, False),
        ([".", '"', "he", "continued", "."], 3, False),  # a quotation closed by a full stop
        ([",", '"', "he", "continued", "to", "speak"], 3, False),  # not the clause's end
        ([",", '"', "a", "b", "c", "d", "e", "continued", "."], 7, False),  # too far from the quote
    ],
)
def test_closes_quotation(words: list[str], i: int, expected: bool) -> None:
    """The shape test itself: a closing quote after ", ? !" and at most four words before the cue."""
    after = words[i + 1] if i + 1 < len(words) else ""
    assert closes_quotation(words, i, after) is expected

"""Content spans of session 13, round 2: the preposition of a prepositional cue and the adverbials of
occasion after a stance's object are not content (found on PolNeAR dev, checked on unused articles)."""

from __future__ import annotations

import pytest

from newsparse_claims.model import Claim

from .layers import document, run


def _contents(text: str) -> list[tuple[str, str]]:
    """(cue, content) of every claim found in ``text``."""
    doc = run(document(text), "claims")
    return [(c.cue.text, c.content.text) for c in doc.layer("claims") if isinstance(c, Claim)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union called for a ban on overtime.", "a ban on overtime"),
        ("The senator has railed against the trade deal.", "the trade deal"),
        ("The judge agreed with the ruling of the lower court.", "the ruling of the lower court"),
        ("The minister pointed to the rise in exports.", "the rise in exports"),
        ("The bank cautioned against reading too much into the data.", "reading too much into the data"),
        ("The charity called on the government to act at once.", "to act at once"),
    ],
)
def test_the_preposition_of_a_prepositional_cue_is_not_content(text: str, content: str) -> None:
    assert [c for _, c in _contents(text)] == [content]


def test_called_on_before_a_weekday_keeps_its_content() -> None:
    assert _contents("A report called on Thursday for urgent changes.") == [
        ("called", "on Thursday for urgent changes")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator attacked the governor in early-morning tweets.", "the governor"),
        ("The minister criticized the budget during a campaign stop in Leeds.", "the budget"),
        ("The actor thanked his family in his speech.", "his family"),
        ("The mayor defended the plan, despite opposition from residents.", "the plan"),
        ("The council rejected the offer on Tuesday.", "the offer"),
    ],
)
def test_an_adverbial_of_occasion_after_a_stance_object_is_not_content(text: str, content: str) -> None:
    assert [c for _, c in _contents(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister criticized the spending on defense.", "the spending on defense"),
        ("The agency denounced the raid on Monday as an act of war.", "the raid on Monday as an act of war"),
        ("The chairman supported the agreement reached in May.", "the agreement reached in May"),
        ("The singer blamed poor sales since Christmas.", "poor sales since Christmas"),
    ],
)
def test_a_phrase_inside_the_object_stays_content(text: str, content: str) -> None:
    assert [c for _, c in _contents(text)] == [content]


def test_a_cue_inside_the_next_quotation_does_not_stop_the_continuation() -> None:
    text = (
        '"Look at the figures," he said in August. "To those I say the following: the plan works." '
        "The talks resumed."
    )
    doc = run(document(text), "claims")
    (claim,) = [c for c in doc.layer("claims") if isinstance(c, Claim)]
    assert [part.text for part in claim.content_parts] == [
        "Look at the figures",
        "To those I say the following: the plan works.",
    ]

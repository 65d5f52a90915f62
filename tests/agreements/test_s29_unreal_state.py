"""Session 29, third round: a suspension, collapse, extension or violation that is only wanted,
foreseen or denied ("the need to scrap the agreement", "would tear up the deal", "has not been
violated") gives the agreement no state (``wished.drop_unreal_states``); one that happened stays."""

from __future__ import annotations

import pytest

from newsparse_agreements.wished import unreal_cue
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "cruz": ("PERSON", "Ted Cruz", ("Cruz",), {}),
    "trump": ("PERSON", "Donald Trump", ("Trump",), {}),
}


@pytest.mark.parametrize(
    "text",
    [
        "Cruz said it showed the need to scrap the nuclear agreement reached last year.",
        "Trump would tear up the Iran nuclear deal signed last year.",
    ],
)
def test_a_wanted_or_foreseen_end_is_no_state(with_tree: None, text: str) -> None:
    """The deal made last year stays signed: its scrapping is only wanted or foreseen."""
    found = agreements_of(parse(text, SPEC))
    assert [a.status for a in found] == ["signed"]


def test_a_denied_violation_is_no_state(with_tree: None) -> None:
    """ "has not been violated": no violation is reported."""
    found = agreements_of(parse("The truce has not been violated, officials said.", SPEC))
    assert [a.status for a in found] != ["violated"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ceasefire collapsed on Monday.", "collapsed"),
        ("Rebels violated the truce on Sunday.", "violated"),
    ],
)
def test_a_reported_end_stays(with_tree: None, text: str, status: str) -> None:
    """A state the text reports as happened is kept."""
    assert [a.status for a in agreements_of(parse(text, SPEC))] == [status]


def test_without_a_tree_nothing_changes(without_tree: None) -> None:
    """With no syntax producer the token rules' state stands."""
    text = "Cruz said it showed the need to scrap the nuclear agreement reached last year."
    assert [a.status for a in agreements_of(parse(text, SPEC))] == ["collapsed"]


def test_the_cheap_look_needs_a_word_before_the_cue() -> None:
    """Only a late state with "to", "for", a modal or a negation shortly before it is parsed."""
    doc = parse("The ceasefire collapsed on Monday.", SPEC)
    assert agreements_of(doc)[0].status == "collapsed"
    assert unreal_cue  # the cue reader is importable without a tree

"""Session 24: a mention no cue word gives a state takes the one its governing making verb's tense,
negation and mood tell (``governing.governing_state``, read from the dependency tree)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "sanders": ("PERSON", "Bernie Sanders", ("Bernie Sanders", "Sanders"), {}),
    "mccain": ("PERSON", "John McCain", ("John McCain", "McCain"), {}),
    "obama": ("PERSON", "Barack Obama", ("Barack Obama", "Obama"), {}),
}


def status_of(text: str) -> str | None:
    """The status of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return found[0].status


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "In 2014, Sanders worked out an accord with John McCain on a bill to expand veterans' care.",
        'The issue had been "overlooked" when a new agreement was drawn up about those responsibilities.',
    ],
)
def test_a_deal_made_in_the_past_is_signed(text: str) -> None:
    """A past making verb whose object is the deal ("worked out", "was drawn up")."""
    assert status_of(text) == "signed"


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "If so, it might be in both parties' interest to reach a deal.",
        "Trump said that his focus would be to broker a historic peace deal.",
    ],
)
def test_a_deal_under_a_modal_is_proposed(text: str) -> None:
    """A making verb under "might" / "would": a deal in prospect, not one made."""
    assert status_of(text) == "proposed"


@pytest.mark.usefixtures("with_tree")
def test_a_wished_deal_is_proposed() -> None:
    """A making verb under a wish ("wants to make a deal"): proposed."""
    assert status_of("Sanders wants to make a deal with McCain on the bill.") == "proposed"


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "Sanders never worked out an accord with McCain on the bill.",
        "Making a deal with McCain on the bill took months.",
    ],
)
def test_a_negated_or_tenseless_making_verb_gives_no_state(text: str) -> None:
    """Negated ("never worked out") or with no tense of its own (a gerund): no state from the verb."""
    assert status_of(text) is None


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_no_state_is_read() -> None:
    """The token rules alone give "worked out an accord" no state: the tree is what reads it."""
    assert status_of("In 2014, Sanders worked out an accord with John McCain on the bill.") is None

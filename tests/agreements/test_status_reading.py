"""The status of an agreement read from its verb's mood and the nouns around it (issue 17, round 2)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "israel": ("GPE", "Israel", ("Israel",), {}),
    "hamas": ("ORG", "Hamas", ("Hamas",), {}),
}


def first(text: str) -> Agreement:
    """The first agreement of ``text`` with the hand-made entities above."""
    found = agreements_of(parse(text, SPEC))
    assert found, text
    return found[0]


@pytest.mark.parametrize("noun", ["collapse", "end", "breakdown"])
def test_a_noun_naming_the_end_of_the_truce_collapses_it(noun: str) -> None:
    text = f"The {noun} of the truce between Israel and Hamas led to new fighting."
    assert first(text).status == "collapsed"


def test_the_end_of_something_else_is_no_state_of_the_deal() -> None:
    assert first("By the end of the year the deal had been signed.").status == "signed"


def test_the_end_of_talks_is_not_a_collapse() -> None:
    assert first("At the end of the talks, Israel and Hamas agreed a truce.").status != "collapsed"


def test_due_to_complete_an_acquisition_is_agreed_not_in_force() -> None:
    assert first("Acme is due to complete its acquisition of Globex next month.").status == "signed"


def test_a_supposed_completion_is_no_state() -> None:
    text = "Acme said that once the acquisition of Globex was completed, it would cut jobs."
    assert not any(e.field == "status" and "completed" in e.text for e in first(text).evidence)


def test_accepting_another_thing_does_not_sign_the_contract() -> None:
    text = "She had a contract with the organisers of the race and we have accepted her apology."
    assert first(text).status == "in_force"


def test_being_on_a_deal_is_running_terms() -> None:
    assert first("Jones is on a one-season deal with Acme.").status == "in_force"


@pytest.mark.parametrize(
    "text",
    ["The rest could come from a five-year emergency loan.", 'The merger "would be a good move," he added.'],
)
def test_a_business_deal_under_a_modal_is_proposed(text: str) -> None:
    assert first(text).status == "proposed"


def test_a_rejected_offer_with_talks_going_on_is_negotiating() -> None:
    text = "Globex rejected a takeover offer from Acme. Globex is expected to hold further talks with Acme."
    assert first(text).status == "negotiating"


def test_a_rejected_offer_without_talks_stays_rejected() -> None:
    assert first("Globex rejected a takeover offer from Acme on Monday.").status == "rejected"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["once", "if", "unless"]), st.sampled_from(["signed", "completed", "broken"]))
def test_a_state_under_a_supposition_is_never_reported(opener: str, verb: str) -> None:
    text = f"Israel said that {opener} the truce was {verb}, Hamas would release prisoners."
    record = first(text)
    assert not any(e.field == "status" and e.text.endswith(verb) for e in record.evidence)

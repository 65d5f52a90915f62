"""Session 33: a deal first named as one told before ("the tentative pact") with no side of its own
takes the named subject of the sentence before, in its paragraph (``subject_before.sides_before``)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "gulf": ("ORG", "Gulf Power", ("Gulf Power",), {}),
    "southern": ("ORG", "Southern", ("Southern",), {}),
    "sprint": ("ORG", "Sprint", ("Sprint",), {}),
    "us": ("GPE", "United States", ("US",), {"iso3166": "US"}),
    "blair": ("PERSON", "Tony Blair", ("Mr Blair",), {}),
}

PLEA = "Southern's Gulf Power unit may plead guilty this week to charges of fraud."


def only(text: str) -> Agreement:
    """The one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.usefixtures("with_tree")
def test_the_subject_before_a_retold_deal_is_its_side() -> None:
    """ "X may plead guilty. The tentative pact would resolve ...": X, never the possessor Southern."""
    record = only(f"{PLEA} The tentative pact would resolve part of the inquiry.")
    assert set(record.parties) == {"gulf"}


@pytest.mark.usefixtures("with_tree")
def test_a_state_naming_the_firm_s_home_is_no_side() -> None:
    """ "US operator Sprint ordered ...": Sprint alone."""
    text = "US operator Sprint ordered an upgrade to its network. The contract was announced in May."
    assert set(only(text).parties) == {"sprint"}


@pytest.mark.usefixtures("with_tree")
def test_a_new_paragraph_takes_nothing_from_the_last() -> None:
    """A blank line between the two sentences: the deal opens another topic."""
    record = only(f"{PLEA}\n\nThe tentative pact would resolve part of the inquiry.")
    assert record.parties == ()


@pytest.mark.usefixtures("with_tree")
def test_a_deal_that_is_an_object_takes_nothing() -> None:
    """ "committed to the roadmap peace plan": the deal's own clause tells who does what."""
    text = "Mr Blair met the press on Monday. He said Israel was committed to the peace plan."
    assert "blair" not in only(text).parties


@pytest.mark.usefixtures("with_tree")
def test_an_indefinite_deal_takes_nothing() -> None:
    """ "A tentative pact": a deal first told here, not one retold."""
    assert only(f"{PLEA} A tentative pact would resolve part of the inquiry.").parties == ()


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_nothing_is_taken() -> None:
    """The subject of the sentence before is read from the tree only."""
    assert only(f"{PLEA} The tentative pact would resolve part of the inquiry.").parties == ()

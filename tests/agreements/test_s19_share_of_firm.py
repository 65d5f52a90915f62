"""Session 19, round 2: a share of a named firm is what a deal verb buys ("wants to buy as much as
15% of Jaguar PLC"), and an owner's named unit after it is the target ("Hexal's US affiliate Eon Labs");
a name typed as a person but described as an organisation is a side ("with literary agency Curtis Brown")."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import given, settings

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

FIRMS = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay")
SPEC = {name.lower(): ("ORG", name, (name,), {}) for name in FIRMS}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with one ORG entity per firm name."""
    return agreements_of(parse(text, SPEC))


def test_a_sought_share_of_a_named_firm_is_a_proposed_acquisition() -> None:
    """ "wants to buy as much as 15% of Globex": the percentage alone was no transaction object."""
    (rec,) = deals("Acme wants to buy as much as 15% of Globex, marking its first move.")
    assert (rec.text, rec.kind, rec.status) == ("wants to buy", "acquisition", "proposed")
    assert rec.acquirer == ("acme",) and rec.target == ("globex",)


def test_a_share_bought_of_an_owners_unit_targets_the_unit() -> None:
    """ "acquired 67.7% of Globex's US affiliate Initech": Initech is bought, not its owner."""
    (rec,) = deals("Acme said profits rose. It also acquired 67.7% of Globex's US affiliate Initech.")
    assert (rec.text, rec.status) == ("acquired", "in_force")
    assert rec.acquirer == ("acme",) and rec.target == ("initech",)


def test_a_share_of_something_unnamed_makes_nothing() -> None:
    """ "sells about 60% of its output to Globex": goods sold, no firm's share."""
    assert deals("Acme sells about 60% of its output to Globex.") == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(FIRMS), min_size=2, max_size=2, unique=True),
    st.sampled_from(("bought", "acquired", "wants to buy", "plans to acquire", "has agreed to buy")),
    st.sampled_from(("15%", "51 pct", "20 percent", "as much as 15%", "more than 50%", "the 50%")),
)
def test_a_share_of_a_firm_keeps_buyer_and_target(firms: list[str], verb: str, share: str) -> None:
    """Any deal verb before a share of a named firm: one acquisition, buyer and target in place."""
    buyer, target = firms
    text = f"Markets were calm. {buyer} {verb} {share} of {target} this week."
    (rec,) = deals(text)
    assert rec.acquirer == (buyer.lower(),) and rec.target == (target.lower(),)
    assert text[rec.start : rec.end] == rec.text and rec.text == verb


PEOPLE_SPEC = {**SPEC, "curtis": ("PERSON", "Curtis Brown", ("Curtis Brown",), {})}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(("literary agency", "public broadcaster", "record label", "the firm")),
    st.sampled_from(("gets a deal with", "signed a contract with")),
)
def test_a_name_described_as_an_organisation_is_a_side(noun: str, verb: str) -> None:
    """ "a deal with literary agency Curtis Brown": a name typed as a person but described as an
    organisation right before it is the deal's side."""
    (rec,) = agreements_of(parse(f"Markets were calm. The winner {verb} {noun} Curtis Brown.", PEOPLE_SPEC))
    assert "curtis" in rec.parties

"""Session 42: a purchase or sale sought or offered whose object names no firm ("is seeking to buy 25%
of the company", "is trying to sell itself", "offered to buy the remaining shares") is a proposed
acquisition (``prospects``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "initech": ("ORG", "Initech", ("Initech",), {}),
    "arland": ("GPE", "Arland", ("Arland",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-built entities."""
    return agreements_of(parse(text, SPEC))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Acme said on Monday that it is seeking to buy up to 25% of the copier company.", "buy"),
        ("Acme said it is continuing to try to sell itself to a larger bank.", "sell"),
        ("Acme is about to acquire 40 percent of the regional carrier.", "acquire"),
        (
            "Acme bought a plant. It also acquired 60% of Globex, and offered to buy the remaining shares.",
            "buy",
        ),
    ],
)
def test_a_sought_purchase_of_no_named_firm_is_a_proposed_acquisition(text: str, verb: str) -> None:
    """The verb of the sought purchase is the mention of a proposed acquisition."""
    records = [a for a in found(text) if a.text == verb]
    assert [(a.kind, a.status) for a in records] == [("acquisition", "proposed")]


def test_selling_itself_makes_the_subject_the_target() -> None:
    """ "it is trying to sell itself": the firm named before "it" is the side and the target."""
    (record,) = found("Acme said it is trying to sell itself.")
    assert record.parties == ("acme",)
    assert record.target == ("acme",)


def test_the_remaining_shares_are_of_the_firm_just_named() -> None:
    """The opening "It" is the firm of the sentence before; the remaining shares are the last firm's."""
    text = "Acme bought a plant. It also acquired 60% of Globex, and offered to buy the remaining shares."
    (record,) = [a for a in found(text) if a.text == "buy"]
    assert record.acquirer == ("acme",)
    assert record.target == ("globex",)


@pytest.mark.parametrize(
    "text",
    [
        "Arland is seeking to buy 25% of the grain harvest.",  # a country's wish, no firm
        "Investors are hoping to buy the remaining shares.",  # nobody named seeks it
        "Acme is trying to sell its cars abroad.",  # goods, no share of a firm
    ],
)
def test_no_firm_or_no_share_of_a_firm_makes_nothing(text: str) -> None:
    """No firm seeks it, or what is sold is no part of a firm: no record."""
    assert found(text) == []


@given(
    st.sampled_from(["is seeking to", "is trying to", "offered to", "plans to", "wants to"]),
    st.sampled_from(["buy", "acquire", "purchase"]),
    st.sampled_from(["up to 25% of the bank", "10 percent of the group", "the rest of the company"]),
)
def test_every_intent_and_purchase_verb_makes_one_record(intent: str, verb: str, obj: str) -> None:
    """Each verb of intent before each purchase verb with a share of a firm makes one proposed record."""
    records = found(f"Acme {intent} {verb} {obj}.")
    assert [(a.kind, a.status, a.text) for a in records] == [("acquisition", "proposed", verb)]

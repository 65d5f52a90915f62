"""Session 39 (issue 17): a sale or a transfer told by a verb the token rules do not read, read from
the parse (:mod:`newsparse_agreements.sales`): in the passive, as a participle modifying what changed
hands, or as a prospect under a modal or an intent word. Passages written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Agreement
from newsparse_agreements.sales import sale_spots
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "microsoft": ("ORG", "Microsoft", ("Microsoft",), {}),
    "mittal": ("ORG", "Mittal Steel", ("Mittal Steel",), {}),
    "rosneft": ("ORG", "Rosneft", ("Rosneft",), {}),
    "gazprom": ("ORG", "Gazprom", ("Gazprom",), {}),
    "changyu": ("ORG", "Changyu", ("Changyu",), {}),
    "liverpool": ("GPE", "Liverpool", ("Liverpool",), {}),
    "rush": ("PERSON", "Ian Rush", ("Ian Rush",), {}),
    "ibm": ("ORG", "IBM", ("IBM",), {}),
    "bidco": ("ORG", "Bidco", ("Bidco",), {}),
}


def told_by(text: str, verb: str) -> list[Agreement]:
    """The records of ``text`` (hand-made entities above) whose mention is ``verb``."""
    return [a for a in agreements_of(parse(text, SPEC)) if a.text == verb]


@pytest.mark.usefixtures("with_tree")
def test_a_business_bought_in_the_passive_names_its_buyer() -> None:
    (deal,) = told_by("Gamers were stunned when the developer was bought by Microsoft last year.", "bought")
    assert deal.kind == "acquisition" and deal.status == "in_force"
    assert deal.parties == ("microsoft",) and deal.acquirer == ("microsoft",)


@pytest.mark.usefixtures("with_tree")
def test_a_mill_sold_to_a_firm_is_a_sale_to_it() -> None:
    (deal,) = told_by("The group owns a steel mill sold to Mittal Steel last year.", "sold")
    assert deal.kind == "acquisition" and deal.acquirer == ("mittal",)


@pytest.mark.usefixtures("with_tree")
def test_a_player_described_and_signed_from_a_club_is_a_transfer() -> None:
    text = "Ian Rush, the Welsh striker signed from Liverpool in the close season, scored twice."
    (deal,) = told_by(text, "signed")
    assert deal.kind == "transfer" and deal.status == "signed"
    assert sorted(deal.parties) == ["liverpool", "rush"]


@pytest.mark.usefixtures("with_tree")
def test_a_merger_due_in_a_relative_clause_is_announced() -> None:
    text = "The bank sued Gazprom, which is due to merge with Rosneft."
    (deal,) = told_by(text, "merge")
    assert deal.kind == "merger" and deal.status == "signed"
    assert sorted(deal.parties) == ["gazprom", "rosneft"]


@pytest.mark.usefixtures("with_tree")
def test_a_stake_to_be_sold_names_the_firm_it_is_in() -> None:
    text = "The state agency will also sell 10% of its stake in Changyu to another overseas company."
    (deal,) = told_by(text, "sell")
    assert deal.kind == "acquisition" and deal.target == ("changyu",)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "IBM has said it will sell a workstation with the chip later this year.",
        "I'll sell to able-bodied people if I have to!",
        "Shoppers queued to buy a DS at Bidco on Friday.",
        "The painting was sold to a private collector.",
        "Bidco did not sell its unit to Microsoft.",
        "The song Takeover was sold to millions of fans.",
    ],
)
def test_what_is_no_business_or_no_sale_makes_nothing(text: str) -> None:
    assert [a for a in agreements_of(parse(text, SPEC)) if a.text in ("sell", "sold", "buy")] == []


@given(
    verb=st.sampled_from(["sold", "bought", "acquired", "purchased", "sell", "buy", "merge", "signed"]),
    gap=st.lists(st.sampled_from(["in", "turn", "also", "quickly", "the", "unit"]), max_size=8),
    prep=st.sampled_from(["to", "by", "from", "with", "for"]),
    before=st.sampled_from(["", "was ", "will ", "plans to ", ", "]),
)
def test_spots_are_verbs_after_their_cue_only(verb: str, gap: list[str], prep: str, before: str) -> None:
    text = f"Acme {before}{verb} {' '.join(gap)} {prep} Bidco."
    at = text.index(verb)
    stem = {"acquired": "acquire", "purchased": "purchase", "sell": "sell ", "merge": "merge "}.get(
        verb, verb
    )
    for spot in sale_spots(text, {stem: [at]}):
        assert spot.start() == at
        assert spot.group("verb") == verb

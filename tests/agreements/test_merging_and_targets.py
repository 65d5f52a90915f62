"""Sides read from the clause: "X and Y have agreed plans to merge" is a merger of X and Y, and who
receives or rejects a takeover offer is its target (read off unused news articles)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "uba": ("ORG", "United Bank of Africa", ("United Bank of Africa",), {}),
    "stb": ("ORG", "Standard Trust Bank", ("Standard Trust Bank",), {}),
    "rosneft": ("ORG", "Rosneft", ("Rosneft",), {}),
    "gazprom": ("ORG", "Gazprom", ("Gazprom",), {}),
    "southcorp": ("ORG", "Southcorp", ("Southcorp",), {}),
    "fosters": ("ORG", "Foster's Group", ("Foster's Group",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_two_banks_that_agreed_plans_to_merge_are_its_sides() -> None:
    text = (
        "United Bank of Africa and Standard Trust Bank have agreed plans to merge. "
        "The merger was announced on Tuesday."
    )
    (rec,) = found(text)
    assert rec.kind == "merger"
    assert rec.status == "signed"
    assert set(rec.parties) == {"uba", "stb"}


def test_agreed_to_merge_with_names_the_partner() -> None:
    (rec,) = found(
        "Rosneft, meanwhile, has agreed to merge with Gazprom, bringing more oil under state control."
    )
    assert set(rec.parties) == {"rosneft", "gazprom"}


def test_a_plan_to_merge_regiments_is_no_deal() -> None:
    assert found("The government reversed its plan to merge the six regiments.") == []


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["rejected", "received", "turned down", "rebuffed"]))
def test_who_receives_or_rejects_a_takeover_offer_is_its_target(verb: str) -> None:
    text = f"Southcorp has {verb} a takeover offer from Foster's Group."
    (rec,) = found(text)
    assert rec.target == ("southcorp",)


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["received", "welcomed"]))
def test_who_receives_a_takeover_offer_is_no_side(verb: str) -> None:
    text = f"Southcorp has {verb} a takeover offer from Foster's Group."
    (rec,) = found(text)
    assert "southcorp" not in rec.parties


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["rejected", "turned down", "rebuffed", "spurned", "snubbed"]))
def test_who_rejects_a_takeover_offer_is_its_counterpart(verb: str) -> None:
    # the guideline: "rejected as the counterpart of a deal" binds the one who rejects it
    text = f"Southcorp has {verb} a takeover offer from Foster's Group."
    (rec,) = found(text)
    assert "southcorp" in rec.parties
    assert rec.target == ("southcorp",)


def test_a_rejecting_target_keeps_the_bidders_later_mention() -> None:
    text = (
        "Australian winemaker Southcorp has rejected a takeover offer worth A$3.1bn from brewing giant "
        "Foster's Group. Southcorp said Foster's Group's takeover offer was opportunistic."
    )
    (rec,) = found(text)
    assert set(rec.parties) == {"southcorp", "fosters"}


def test_a_stake_bought_while_talks_are_held_is_a_deal() -> None:
    text = (
        "The two companies held four days of talks after Foster's Group bought an 18.8% stake in Southcorp."
    )
    (rec,) = found(text)
    assert rec.text == "bought"
    assert rec.acquirer == ("fosters",)
    assert rec.target == ("southcorp",)


def test_a_decimal_percentage_does_not_end_the_clause() -> None:
    (rec,) = found("Rosneft bought a 18.8 pct stake in Gazprom for 4.17 dollars a share.")
    assert rec.target == ("gazprom",)


def test_a_share_buy_back_is_no_deal() -> None:
    assert found("Rosneft has bought back 4.1 mln of its own shares.") == []


def test_a_firm_sold_to_a_named_buyer_is_its_target() -> None:
    (rec,) = found("Gazprom was sold to little-known investment firm Rosneft in December.")
    assert rec.kind == "acquisition"
    assert rec.target == ("gazprom",)
    assert rec.acquirer == ("rosneft",)
    assert rec.status == "in_force"


def test_sold_by_names_the_seller() -> None:
    (rec,) = found("Gazprom was sold by Rosneft to recover tax claims.")
    assert rec.seller == ("rosneft",)


@settings(max_examples=20, deadline=None)
@given(
    tail=st.sampled_from(["to pay off a debt", "to help pay off a debt", "to the public", "out within hours"])
)
def test_a_passive_sale_with_no_buyer_named_after_to_is_none(tail: str) -> None:
    assert found(f"None of the planes have been sold {tail}.") == []


def test_the_customer_of_a_supply_deal_is_a_side() -> None:
    rec = found("Rosneft has struck a deal to supply Russian oil group Gazprom with 30,000 barrels.")[0]
    assert set(rec.parties) == {"rosneft", "gazprom"}


def test_where_a_deal_imports_from_is_a_side() -> None:
    rec = found("Rosneft has signed a $40bn deal to import millions of tonnes of gas from Gazprom.")[0]
    assert set(rec.parties) == {"rosneft", "gazprom"}


def test_a_supposed_merger_after_a_takeover_offer_is_that_offer() -> None:
    text = (
        "Southcorp has rejected a takeover offer from Foster's Group. "
        "A merger would create a global player with sales of 39m cases."
    )
    (rec,) = found(text)
    assert rec.kind == "acquisition"
    assert [m.text for m in rec.mentions] == ["takeover offer", "merger"]


def test_a_merger_agreed_after_a_takeover_is_another_deal() -> None:
    text = (
        "Southcorp has rejected a takeover offer from Foster's Group. Rosneft agreed a merger with Gazprom."
    )
    assert len(found(text)) == 2

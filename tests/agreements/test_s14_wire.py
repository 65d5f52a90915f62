"""Session 14, dated wire stories: "agreed with X and Y to act" is an agreement of all of them; "the
sale of X to Y" names the target and the buyer; a company deal's nationality adjective is no side; a
relative clause's verb tells the state of its own antecedent, not of the agreement before it."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "philips": ("ORG", "Philips", ("Philips",), {}),
    "matsushita": ("ORG", "Matsushita", ("Matsushita",), {}),
    "gakki": ("ORG", "Nippon Gakki", ("Nippon Gakki",), {}),
    "fairchild": ("ORG", "Fairchild", ("Fairchild",), {}),
    "fujitsu": ("ORG", "Fujitsu", ("Fujitsu",), {}),
    "montenay": ("ORG", "Montenay", ("Montenay",), {}),
    "japan": ("GPE", "Japan", ("Japan", "Japanese"), {"iso3166": "JP"}),
    "smith": ("PERSON", "John Smith", ("John Smith",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_agreed_with_named_firms_to_act_is_an_agreement_of_all_of_them() -> None:
    text = (
        "Philips said it had agreed with Matsushita and Nippon Gakki of Japan to jointly produce "
        "the components of the new player."
    )
    (rec,) = deals(text)
    assert (rec.kind, rec.status) == ("agreement", "signed")
    assert set(rec.parties) == {"philips", "matsushita", "gakki"}


def test_agreeing_with_a_view_or_a_person_makes_nothing() -> None:
    assert deals("Philips agreed with Matsushita that prices would rise.") == []
    assert deals("Philips agreed with John Smith to step down.") == []
    assert deals("Analysts agreed with Matsushita to a point.") == []


def test_the_sale_of_a_firm_to_another_names_target_and_buyer() -> None:
    (rec,) = deals("Officials have concerns about the sale of Fairchild to Fujitsu, they said.")
    assert rec.kind == "acquisition"
    assert (rec.target, rec.acquirer, set(rec.parties)) == (("fairchild",), ("fujitsu",), {"fujitsu"})


def test_an_infinitive_after_the_sale_names_no_buyer() -> None:
    (rec,) = deals("Russia forced the sale of Fairchild as part of a campaign to destroy Fujitsu.")
    assert (rec.target, rec.acquirer, rec.parties) == (("fairchild",), (), ())


def test_a_nationality_adjective_before_a_company_deal_is_no_side() -> None:
    text = (
        "Officials asked the White House to block the planned Japanese acquisition of a chip maker. "
        "They have concerns about the sale of Fairchild to Fujitsu."
    )
    (rec,) = deals(text)
    assert "japan" not in rec.parties and rec.acquirer == ("fujitsu",)


def test_a_country_owning_a_company_deal_stays_a_side() -> None:
    (rec,) = deals("Japan's acquisition of Fairchild was completed on Monday.")
    assert "japan" in rec.parties


def test_a_relative_clause_after_another_noun_states_nothing_of_the_deal() -> None:
    text = (
        "Montenay said the contract extends through 2002 its operation of the plant, which began in "
        "1985 when the company took over the plant."
    )
    (rec,) = deals("Montenay said it reached final agreement on a 15-year contract. " + text)
    assert rec.status == "signed"


def test_a_relative_clause_right_after_the_deal_states_its_state() -> None:
    (rec,) = deals("Montenay signed a contract with Fujitsu, which took effect on Monday.")
    assert rec.status == "in_force"


def test_agreed_in_principle_to_buy_or_merge_is_an_agreed_deal() -> None:
    (rec,) = deals("Philips said it agreed in principle to acquire Fairchild for 20 dlrs a share.")
    assert (rec.kind, rec.status) == ("acquisition", "signed")
    assert (rec.acquirer, rec.target) == (("philips",), ("fairchild",))
    (rec,) = deals("Philips and Matsushita have agreed in principle to merge.")
    assert (rec.kind, set(rec.parties)) == ("merger", {"philips", "matsushita"})


def test_agreed_to_be_acquired_by_names_target_and_buyer_as_sides() -> None:
    (rec,) = deals("Fairchild said it has agreed to be acquired by Fujitsu for 300 mln dlrs.")
    assert (rec.kind, rec.status) == ("acquisition", "signed")
    assert (rec.acquirer, rec.target) == (("fujitsu",), ("fairchild",))
    assert set(rec.parties) == {"fujitsu", "fairchild"}


def test_agreed_to_be_acquired_with_no_buyer_named_makes_nothing() -> None:
    assert deals("Fairchild said it has agreed to be acquired in the spring.") == []


def test_every_contract_is_a_class_not_one_deal() -> None:
    assert deals("German rules require that every contract be secured with a separate hedge.") == []
    assert deals("Each deal must be approved by the regulator.") == []


def test_a_contract_near_a_futures_market_is_traded_not_a_deal() -> None:
    text = (
        "An official at the London International Financial Futures Exchange said the exchange has no "
        "plans to introduce more contracts beyond the existing mark-dollar contract."
    )
    assert deals(text) == []
    (rec,) = deals("Philips signed a supply contract with Matsushita on Monday.")
    assert rec.kind == "contract"


def test_a_takeover_by_a_group_led_by_a_named_firm_is_that_firms() -> None:
    spec = {**SPEC, "coniston": ("ORG", "Coniston Partners", ("Coniston Partners",), {})}
    text = "The firm faces a threatened takeover by an investor group led by Coniston Partners."
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.kind, rec.parties) == ("acquisition", ("coniston",))


def test_its_own_merger_or_acquisition_makes_the_firm_a_side() -> None:
    (rec,) = deals("Philips said shareholders approved its merger with Matsushita.")
    assert set(rec.parties) == {"philips", "matsushita"}
    (rec,) = deals("Philips said regulators approved its proposed acquisition of Fairchild.")
    assert (rec.parties, rec.acquirer, rec.target) == (("philips",), ("philips",), ("fairchild",))


def test_its_acquisition_by_another_firm_keeps_the_possessor_out() -> None:
    (rec,) = deals("Fairchild said its acquisition by Fujitsu was completed.")
    assert rec.parties == ("fujitsu",)

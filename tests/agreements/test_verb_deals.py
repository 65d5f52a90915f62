"""Business deals told only by a verb (issue 17): the verb is the mention, its clause gives the roles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "initech": ("ORG", "Initech", ("Initech",), {}),
    "qpr": ("ORG", "QPR", ("QPR",), {}),
    "boro": ("ORG", "Middlesbrough", ("Middlesbrough",), {}),
    "gloucester": ("ORG", "Gloucester", ("Gloucester",), {}),
    "rossi": ("PERSON", "Generoso Rossi", ("Generoso Rossi",), {}),
    "davies": ("PERSON", "Andy Davies", ("Andy Davies", "Davies"), {}),
    "holloway": ("PERSON", "Ian Holloway", ("Holloway",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_sold_to_names_seller_and_buyer() -> None:
    (rec,) = deals("Acme sold its shipping business to Globex for $2bn.")
    assert (rec.text, rec.kind, rec.status) == ("sold", "acquisition", "in_force")
    assert rec.seller == ("acme",) and rec.acquirer == ("globex",)
    assert set(rec.parties) == {"acme", "globex"}


def test_bought_from_names_the_seller() -> None:
    (rec,) = deals("Acme bought a 20 pct stake in Initech from Globex last year.")
    assert rec.acquirer == ("acme",) and rec.seller == ("globex",)
    assert rec.target == ("initech",)


def test_agreed_to_buy_is_signed() -> None:
    (rec,) = deals("Acme has agreed to buy Initech.")
    assert (rec.status, rec.acquirer, rec.target) == ("signed", ("acme",), ("initech",))
    assert rec.parties == ("acme",)


def test_pronoun_subject_takes_the_last_firm_opening_a_sentence() -> None:
    text = "Acme said profits rose. It also sold several buildings for 68 mln dlrs."
    (rec,) = deals(text)
    assert rec.seller == ("acme",)


def test_no_transaction_object_makes_nothing() -> None:
    assert deals("Acme bought time with the court. Globex sold well in May.") == []


def test_prospects_and_participles_make_nothing() -> None:
    assert deals("Acme plans to sell an interest in the complex. The newly acquired complex is large.") == []


def test_a_deal_noun_in_the_sentence_keeps_the_verb_from_making_a_second_record() -> None:
    found = deals(
        "Acme bought the unit from Globex in a forced sale. The takeover of Initech by Acme was completed."
    )
    assert [r.text for r in found] == ["takeover"]


def test_a_club_signing_a_player_is_a_transfer() -> None:
    (rec,) = deals("QPR have also signed Italian Generoso Rossi.")
    assert (rec.kind, rec.status, rec.club, rec.player) == ("transfer", "signed", ("qpr",), ("rossi",))


def test_completing_a_signing_is_negotiating() -> None:
    (rec,) = deals("Holloway is hoping to complete the signing of Middlesbrough defender Andy Davies.")
    assert (rec.text, rec.kind, rec.status) == ("signing", "transfer", "negotiating")
    assert set(rec.parties) == {"boro", "davies"} and rec.player == ("davies",)


def test_a_player_signing_a_paper_is_no_transfer() -> None:
    assert deals("Andy Davies signed autographs for Generoso Rossi.") == []


def test_his_move_to_a_club() -> None:
    (rec,) = deals("Andy Davies was angry before his move to Gloucester.")
    assert (rec.text, rec.kind, rec.club, rec.player) == ("move", "transfer", ("gloucester",), ("davies",))


def test_a_possessor_before_modifiers_is_a_party() -> None:
    (rec,) = agreements_of(parse("Acme's current price and production agreement may need a review.", SPEC))
    assert rec.parties == ("acme",)


def test_a_meeting_place_a_clause_before_the_agreement_is_no_venue() -> None:
    text = "Holloway expects the meeting in Gloucester to be brief and calm"
    text += " and that Acme's pending merger stays."
    found = agreements_of(parse(text, {**SPEC, "gloucester": ("GPE", "Gloucester", ("Gloucester",), {})}))
    assert [r.venue for r in found] == [None]


def test_one_firm_under_two_ids_is_one_side_and_one_record() -> None:
    spec = {
        **SPEC,
        "org:chemical-new-york-corp": ("ORG", "Chemical New York Corp", ("Chemical New York Corp",), {}),
        "org:chemical": ("ORG", "Chemical", ("Chemical",), {}),
    }
    text = "Acme's planned merger with Chemical New York Corp will help. Acme's pending merger with Chemical "
    text += "was praised. The merger may be finalized in May."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.status == "signed"
    assert set(rec.parties) == {"acme", "org:chemical-new-york-corp"}


def test_agreeing_to_merge_in_a_deal_past_an_apposition_and_tickers() -> None:
    text = "One day after the Globex acquisition was announced, Acme <ACM> and Initech <INT>, both based "
    text += "in Dallas, agreed to merge in a deal valued at 570 mln dlrs."
    spec = {**SPEC, "acm": ("ORG", "ACM", ("ACM",), {}), "int": ("ORG", "INT", ("INT",), {})}
    found = agreements_of(parse(text, spec))
    merger = next(r for r in found if r.text == "deal")
    assert merger.kind == "merger"
    assert set(merger.parties) == {"acme", "initech"}


def test_an_indefinite_loan_is_another_deal() -> None:
    text = "Acme took a loan from Globex in May. In June Acme took a loan from Initech."
    found = agreements_of(parse(text, SPEC))
    assert [r.lender for r in found] == [("globex",), ("initech",)]


def test_a_bare_loan_soon_after_restates_the_loan_just_named() -> None:
    text = "The owners want the buyer to pay back a $900m loan. They will ask the buyer to repay a loan "
    text += "that the unit had secured on its assets."
    found = agreements_of(parse(text, SPEC))
    assert [(r.kind, len(r.mentions)) for r in found] == [("loan", 2)]


def test_a_bare_bid_without_sides_after_a_named_bidder_s_offer_is_not_joined() -> None:
    text = "An offer from Acme has been rejected. Rivals have the means to make a bid of $1bn."
    found = agreements_of(parse(text, SPEC))
    assert [len(r.mentions) for r in found] == [1, 1]


def test_a_bare_loan_far_after_another_is_another_deal() -> None:
    text = "The owners want the buyer to pay back a $900m loan. " + "Shares fell on the news. " * 20
    text += "The buyer may later need a loan."
    found = agreements_of(parse(text, SPEC))
    assert [(r.kind, len(r.mentions)) for r in found] == [("loan", 1), ("loan", 1)]


def test_a_copula_makes_two_mentions_one_deal() -> None:
    found = agreements_of(parse("The Acme-Globex merger was the biggest acquisition of the year.", SPEC))
    assert [(r.kind, set(r.parties)) for r in found] == [("merger", {"acme", "globex"})]


def test_his_move_names_the_person_the_story_is_about() -> None:
    text = "Andy Davies stayed. Davies played well. Generoso Rossi watched."
    text += " Davies scored before his move to Gloucester."
    spec = {**SPEC, "gloucester": ("GPE", "Gloucester", ("Gloucester",), {})}
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.player, rec.club) == (("davies",), ("gloucester",))


def test_a_firm_s_acquisition_refers_to_its_merger() -> None:
    text = "Acme's merger with Globex was praised. The Acme acquisition was announced in May."
    found = agreements_of(parse(text, SPEC))
    assert [(r.kind, len(r.mentions)) for r in found] == [("merger", 2)]


def test_a_merger_is_not_an_earlier_acquisition_by_one_of_its_sides() -> None:
    text = "Acme completed the acquisition of Initech. The Acme-Globex merger was praised."
    found = agreements_of(parse(text, SPEC))
    assert [r.kind for r in found] == ["acquisition", "merger"]


def test_but_fell_through_is_said_of_the_sentence_subject() -> None:
    text = "Acme reached a rescheduling agreement with Globex in 1984. "
    text += "This pact was to have been followed by bilateral agreements, but fell through in 1985."
    found = agreements_of(parse(text, SPEC))
    assert [(r.text, r.status) for r in found] == [("agreement", "collapsed")]


def test_talks_adopted_are_talks_not_a_signed_agreement() -> None:
    text = "Holloway criticised a resolution on bilateral trade negotiations adopted by Acme last week."
    found = agreements_of(parse(text, SPEC))
    assert [r.status for r in found] == ["negotiating"]


def test_it_sold_names_the_firm_the_story_is_about_not_a_ticker() -> None:
    spec = {**SPEC, "hk": ("ORG", "HK", ("HK",), {})}
    text = "Acme said profits rose. Acme <ACM.HK> and Globex <GLX.HK> met. Initech watched. "
    text += "It sold off its gloves business for 173 mln dlrs."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.seller == ("acme",)


def test_a_between_list_with_described_names() -> None:
    text = "Acme was formed by a three-way merger between Globex, footwear specialists Initech "
    text += "and condom-maker QPR."
    (rec,) = agreements_of(parse(text, SPEC))
    assert set(rec.parties) == {"globex", "initech", "qpr"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials reviewed Acme's compliance with the supply agreement.",
        "The sanctions stay until Acme is in full compliance with the supply agreement.",
        "Reagan said Acme was adhering to the supply agreement.",
    ],
)
def test_who_complies_with_an_agreement_is_bound_by_it(sentence: str) -> None:
    (rec,) = agreements_of(parse(sentence, SPEC))
    assert rec.parties == ("acme",)


def test_who_is_met_to_reach_agreement_is_a_side_but_not_where() -> None:
    spec = {**SPEC, "gloucester": ("GPE", "Gloucester", ("Gloucester",), {})}
    text = "Acme will meet car giant Globex on Tuesday in an attempt to reach agreement over the unit."
    (rec,) = agreements_of(parse(text, spec))
    assert set(rec.parties) == {"acme", "globex"}
    (talks,) = agreements_of(parse("Acme and Globex met in Gloucester for trade talks.", spec))
    assert set(talks.parties) == {"acme", "globex"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme and Globex agreed to a less formal arrangement than a ceasefire.",
        "Unlike a treaty, the arrangement binds nobody, Acme said.",
        "Acme said anything was better than a truce.",
    ],
)
def test_a_comparison_creates_nothing(sentence: str) -> None:
    assert agreements_of(parse(sentence, SPEC)) == []


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Acme decided to give Andy Davies a short-term contract.", ()),
        ("Andy Davies's contract expires in the summer.", ()),
        ("Andy Davies has a six-month contract with Gloucester.", ("gloucester",)),
    ],
)
def test_a_player_s_contract_names_the_player_and_club(sentence: str, club: tuple[str, ...]) -> None:
    spec = {**SPEC, "gloucester": ("GPE", "Gloucester", ("Gloucester",), {})}
    (rec,) = agreements_of(parse(sentence, spec))
    assert rec.player == ("davies",) and rec.club == club
    assert set(rec.parties) == {"davies", *club}


def test_a_verb_deal_is_dated_by_the_date_in_its_clause() -> None:
    text = "In January, Acme acquired a failed bank in Dallas. Globex said it may buy more by June."
    doc = parse(text, SPEC, {"January": "2018-01", "June": "2018-06"})
    (rec,) = agreements_of(doc)
    assert rec.date is not None and (rec.date.text, rec.date.value) == ("January", "2018-01")


def test_who_lost_deals_with_others_across_a_relative_clause_was_a_side() -> None:
    text = "Acme, which recently lost sponsorship deals with Globex and Initech, said profits rose."
    found = deals(text)  # two deals (session 13, round 3: one plural noun, one deal per counterpart)
    assert sorted(tuple(sorted(r.parties)) for r in found) == [("acme", "globex"), ("acme", "initech")]
    assert {r.status for r in found} == {"collapsed"}


def test_losing_a_contract_to_a_rival_makes_no_side() -> None:
    (rec,) = deals("Acme lost the contract to Globex.")
    assert rec.parties == ()


def test_it_after_said_is_the_reporter_not_the_names_of_a_relative_clause() -> None:
    text = "Acme, which recently lost sponsorship deals with Globex and Initech, said on Thursday it had "
    text += "signed a new four-year agreement."
    found = deals(text)
    assert found[-1].parties == ("acme",)


def test_it_after_said_right_after_the_reporter_is_the_reporter() -> None:
    (rec,) = deals("Acme said it had signed an agreement with Globex.")
    assert set(rec.parties) == {"acme", "globex"}


def test_an_unrecognised_name_opening_the_clause_of_an_agreeing_verb_is_a_text_party() -> None:
    (rec,) = deals("Earlier this week, Fiat reached an agreement with Globex.")
    assert set(rec.parties) == {"text:Fiat", "globex"}


def test_an_unrecognised_name_meeting_for_talks_is_a_text_party() -> None:
    (rec,) = deals("Fiat will meet Globex on Tuesday in an attempt to reach agreement.")
    assert "text:Fiat" in rec.parties


@pytest.mark.parametrize(
    "text",
    [
        "The Board agreed a deal with Globex.",
        "Shares of Fiat agreed a deal with Globex.",
        "On Monday it signed a deal with Globex.",
    ],
)
def test_no_text_party_from_a_common_noun_an_object_or_a_pronoun(text: str) -> None:
    for rec in deals(text):
        assert not [p for p in rec.parties if p.startswith("text:")]


@settings(max_examples=40, deadline=None)
@given(
    name=st.from_regex(r"[A-Z][a-z]{3,8}( [A-Z][a-z]{2,6})?", fullmatch=True),
    verb=st.sampled_from(["signed", "agreed", "reached", "has sealed"]),
    lead=st.sampled_from(["", "Earlier this week, ", "LONDON - ", "On Monday "]),
)
def test_a_text_party_is_the_name_as_written(name: str, verb: str, lead: str) -> None:
    text = f"{lead}{name} {verb} a deal with Globex."
    for rec in deals(text):
        for party in rec.parties:
            if party.startswith("text:"):
                assert name.endswith(party.removeprefix("text:"))  # the name, past "May", "This"


def test_who_secured_a_loan_is_its_borrower_and_a_restating_loan_with_it_joins() -> None:
    text = "The owners want the buyer to pay back a $900m loan. They will ask Acme to repay a loan "
    text += "that Globex had secured on its assets."
    (rec,) = deals(text)
    assert (rec.kind, len(rec.mentions), rec.borrower, rec.parties) == ("loan", 2, ("globex",), ("globex",))
    (rec,) = deals("Initech secured a $900m loan from Globex.")
    assert (rec.borrower, rec.lender) == (("initech",), ("globex",))


def test_a_named_bidder_s_takeover_after_a_sideless_bid_is_another_deal() -> None:
    text = "Rivals are poised to launch a bid for Acme. "
    text += "Last week, Acme rejected a takeover proposal from Globex."
    found = deals(text)
    assert len(found) == 2

"""One test per pattern of the agreements layer, on hand-built entities and dates layers."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import COUNTRIES, agreements_of, parse

SPEC = {
    **{eid: ("GPE", name, (name,), {"iso3166": eid[:2].upper()}) for eid, name in COUNTRIES.items()},
    "hamas": ("GROUP", "Hamas", ("Hamas",), {}),
    "un": ("ORG", "United Nations", ("United Nations", "UN"), {}),
    "au": ("ORG", "African Union", ("African Union",), {}),
    "geneva": ("GPE", "Geneva", ("Geneva",), {}),
    "doha": ("GPE", "Doha", ("Doha",), {}),
    "astana": ("GPE", "Astana", ("Astana",), {}),
    "kazakhstan": ("GPE", "Kazakhstan", ("Kazakh",), {"iso3166": "KZ"}),
    "gaza": ("GPE", "Gaza", ("Gaza",), {}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "initech": ("ORG", "Initech", ("Initech",), {}),
    "hoddle": ("PERSON", "Glenn Hoddle", ("Glenn Hoddle",), {}),
}


def one(text: str, dates: dict[str, str] | None = None) -> Agreement:
    """The only agreement of ``text``."""
    found = agreements_of(parse(text, SPEC, dates))
    assert len(found) == 1, found
    return found[0]


def fields(record: Agreement) -> set[str]:
    """The fields that have evidence."""
    return {e.field for e in record.evidence}


# ---- parties -------------------------------------------------------------------------------


def test_subjects_of_signed_are_parties_with_date() -> None:
    rec = one("Egypt and Israel signed a peace treaty on March 26, 1979.", {"March 26, 1979": "1979-03-26"})
    assert rec.kind == "peace_agreement"
    assert rec.parties == ("egypt", "israel")
    assert rec.status == "signed"
    assert rec.date is not None and rec.date.value == "1979-03-26" and rec.date.text == "March 26, 1979"
    assert {"kind", "parties", "status", "date"} <= fields(rec)


def test_between_names_parties() -> None:
    rec = one("A ceasefire between Israel and Hamas held through the night.")
    assert rec.kind == "ceasefire"
    assert rec.parties == ("israel", "hamas")
    assert rec.status == "in_force"


def test_with_after_signing_names_the_other_party() -> None:
    rec = one("Japan signed a free trade agreement with Canada on Friday.")
    assert rec.kind == "trade_agreement"
    assert set(rec.parties) == {"japan", "canada"}


def test_hyphenated_names_before_the_deal_are_parties() -> None:
    rec = one("The China-Japan trade deal was signed last year.")
    assert set(rec.parties) == {"china", "japan"}


def test_place_modifier_is_not_a_subject() -> None:
    rec = one("The warring parties in Sudan agreed to a truce.")
    assert rec.parties == ()
    assert rec.status == "signed"


# ---- third parties -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "role"),
    [
        ("brokered", "mediators"),
        ("mediated", "mediators"),
        ("guaranteed", "guarantors"),
        ("endorsed", "endorsers"),
        ("monitored", "observers"),
    ],
)
def test_passive_by_gives_the_role(verb: str, role: str) -> None:
    rec = one(f"Kenya and Somalia agreed to a truce {verb} by Norway and the African Union.")
    assert getattr(rec, role) == ("norway", "au")
    assert set(rec.parties) == {"kenya", "somalia"}
    assert role in fields(rec)


def test_hyphenated_broker() -> None:
    rec = one("A Qatar-brokered ceasefire between Israel and Hamas took effect.")
    assert rec.mediators == ("qatar",)
    assert rec.parties == ("israel", "hamas")


def test_acting_as_guarantors() -> None:
    rec = one("Peru and Chile signed a peace accord. Norway and Brazil acted as guarantors of the accord.")
    assert rec.guarantors == ("norway", "brazil")
    assert len(rec.mentions) == 2


def test_with_the_help_of() -> None:
    rec = one("A truce between Israel and Hamas, negotiated with the help of Egypt, began on Friday.")
    assert rec.mediators == ("egypt",)


def test_active_broker_is_mediator_not_party() -> None:
    rec = one("Qatar brokered a ceasefire between Israel and Hamas.")
    assert rec.mediators == ("qatar",)
    assert rec.parties == ("israel", "hamas")


# ---- venue ---------------------------------------------------------------------------------


def test_talks_held_in_capital() -> None:
    rec = one("Iran and Turkey endorsed a truce during talks held in Kazakh capital Astana.")
    assert rec.venue == "astana"
    assert rec.endorsers == ("iran", "turkey")
    assert "venue" in fields(rec)


def test_signed_in_city() -> None:
    rec = one("Ukraine and Serbia signed a memorandum of understanding in Geneva.")
    assert rec.kind == "memorandum"
    assert rec.venue == "geneva"


def test_ceasefire_in_a_place_is_not_its_venue() -> None:
    rec = one("Israel and Hamas agreed to a ceasefire in Gaza.")
    assert rec.venue is None


def test_talks_alone_are_a_talks_record() -> None:
    rec = one("Peace talks between Ethiopia and Eritrea resumed in Doha.")
    assert rec.kind == "talks"
    assert rec.parties == ("ethiopia", "eritrea")
    assert rec.venue == "doha"
    assert rec.status == "negotiating"


# ---- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The truce between India and Pakistan collapsed on Sunday.", "collapsed"),
        ("The ceasefire between India and Pakistan took effect at midnight.", "in_force"),
        ("India and Pakistan extended the ceasefire by a month.", "extended"),
        ("India suspended the trade agreement with Pakistan.", "suspended"),
        ("India and Pakistan refused to sign the peace deal.", "rejected"),
        ("India and Pakistan did not sign the peace deal.", "rejected"),
        ("India and Pakistan would sign a peace deal next month.", "proposed"),
        ("Pakistan called for a ceasefire.", "proposed"),
        ("India and Pakistan are close to a trade deal.", "negotiating"),
        ("India and Pakistan failed to reach a trade deal.", "negotiating"),
        ("India accused Pakistan of violating the ceasefire.", "violated"),
        ("Shelling by Pakistan was a breach of the truce.", "violated"),
    ],
)
def test_status(sentence: str, status: str) -> None:
    rec = one(sentence)
    assert rec.status == status
    assert "status" in fields(rec)


def test_latest_state_wins() -> None:
    rec = one("Sudan and Egypt signed a truce in May. The truce collapsed in June.")
    assert rec.status == "collapsed"


def test_negated_reaching() -> None:
    rec = one("Acme and Globex are in talks over a merger, though no agreement has been reached.")
    assert rec.kind == "merger"
    assert rec.status == "negotiating"
    assert set(rec.parties) == {"acme", "globex"}


def test_modal_scopes_over_announcement() -> None:
    rec = one("Russia and Turkey announced on Monday that they would set up a buffer zone.")
    assert rec.kind == "buffer_zone"
    assert rec.status == "proposed"


# ---- violations ------------------------------------------------------------------------------


def test_violator_is_the_accused() -> None:
    rec = one("India accused Pakistan of violating the ceasefire.")
    assert [v.violator for v in rec.violations] == ["pakistan"]
    assert "violations" in fields(rec)


def test_violated_by() -> None:
    rec = one("The truce was violated by Hamas within hours.")
    assert [v.violator for v in rec.violations] == ["hamas"]


def test_attack_inside_a_zone_violates_it() -> None:
    rec = one("Airstrikes by Russia hit hospitals in the Idlib de-escalation zone.")
    assert rec.kind == "de_escalation_zone"
    assert rec.status == "violated"
    assert [v.violator for v in rec.violations] == ["russia"]


def test_withdrawing_from_a_zone_is_not_a_collapse() -> None:
    rec = one("Fighters withdrew from the buffer zone on Tuesday.")
    assert rec.status is None


# ---- provisions ------------------------------------------------------------------------------


def test_prohibited_provision_clause() -> None:
    rec = one("In the buffer zone — guaranteed by Turkey — heavy weapons are prohibited.")
    assert [p.text for p in rec.provisions] == ["heavy weapons are prohibited"]
    assert rec.guarantors == ("turkey",)


def test_under_the_deal_provision() -> None:
    found = agreements_of(
        parse("Israel and Egypt signed a deal. Under the deal, Egypt will supply gas for ten years.", SPEC)
    )
    assert len(found) == 1
    assert [p.text for p in found[0].provisions] == ["Egypt will supply gas for ten years"]
    assert found[0].status == "signed"  # "supply" in the provision is not a state


# ---- coreference ------------------------------------------------------------------------------


def test_the_deal_refers_back() -> None:
    rec = one("Kenya and Somalia signed a peace agreement on Monday. The deal was brokered by Qatar.")
    assert len(rec.mentions) == 2
    assert rec.mediators == ("qatar",)
    assert rec.text == "peace agreement"


def test_the_truce_refers_to_the_ceasefire() -> None:
    rec = one("Israel and Hamas agreed to a ceasefire. The truce, brokered by Egypt, took effect at 10 p.m.")
    assert rec.kind == "ceasefire"
    assert [m.text for m in rec.mentions] == ["ceasefire", "truce"]
    assert rec.status == "in_force"
    assert rec.mediators == ("egypt",)


def test_the_zone_refers_back() -> None:
    rec = one("Turkey and Russia agreed on a buffer zone. Heavy weapons must leave the zone by October.")
    assert [m.text for m in rec.mentions] == ["buffer zone", "zone"]


def test_same_kind_with_other_parties_is_another_record() -> None:
    found = agreements_of(
        parse(
            "Israel and Hamas agreed to a ceasefire. "
            "Separately, a ceasefire between India and Pakistan collapsed.",
            SPEC,
        )
    )
    assert [(a.kind, a.parties, a.status) for a in found] == [
        ("ceasefire", ("israel", "hamas"), "signed"),
        ("ceasefire", ("india", "pakistan"), "collapsed"),
    ]


def test_plural_mentions_merge() -> None:
    rec = one(
        "The de-escalation zones were declared in May. In the de-escalation zones, attacks are prohibited."
    )
    assert len(rec.mentions) == 2


# ---- what is not an agreement ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will deal with the backlog next week.",
        "Both leaders were in agreement that the economy is improving.",
        "The museum deals with modern art.",
        "Heavy rain closed the schools on Monday.",
        "The team agreed to meet again on Friday.",
        "The area around the border was quiet.",
        "Rebanding will create a great deal of difficulty, the union offered.",
        "Shoppers were offered a better deal than before.",
        "Phone calls over Internet Protocol were signed off by engineers.",
    ],
)
def test_no_agreement(text: str) -> None:
    assert agreements_of(parse(text, SPEC)) == []


def test_generic_deal_without_anything_said_is_dropped() -> None:
    assert agreements_of(parse("It was a big deal for the town.", SPEC)) == []


def test_generic_signed_deal_is_kept() -> None:
    rec = one("Acme and Globex signed a deal on Monday.")
    assert rec.kind == "agreement"
    assert set(rec.parties) == {"acme", "globex"}


def test_named_agreement_kind() -> None:
    rec = one("France rejoined the Paris Agreement and signed it again.")
    assert rec.kind == "climate_accord"


def test_pro_demonym_is_not_the_state() -> None:
    spec = {**SPEC, "russia": ("GPE", "Russia", ("Russian", "Russia"), {"iso3166": "RU"})}
    found = agreements_of(parse("Ukraine and pro-Russian separatists signed a ceasefire.", spec))
    assert found[0].parties == ("ukraine",)


def test_evidence_for_every_filled_field() -> None:
    rec = one(
        "Kenya and Somalia signed a peace deal in Doha on May 2, brokered by Qatar. "
        "Under the deal, troops must withdraw. Kenya later accused Somalia of violating the deal.",
        {"May 2": "2020-05-02"},
    )
    filled = {"kind", "parties", "mediators", "venue", "date", "status", "provisions", "violations"}
    assert filled <= fields(rec)
    for ev in rec.evidence:
        assert ev.text


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Fighting has escalated since a cease-fire ended in January.", "collapsed"),
        ("A ceasefire that ended months of fighting was signed.", "signed"),
        ("The border treaty is scheduled to be signed late this month.", "proposed"),
        ("Russia continues to occupy territory in defiance of the ceasefire agreement.", "violated"),
        ("India and Pakistan continue to work on a trade deal.", "negotiating"),
    ],
)
def test_more_states(sentence: str, status: str) -> None:
    assert one(sentence).status == status


def test_a_baseline_year_does_not_date_the_deal() -> None:
    rec = one(
        "Canada refused to sign the climate pact, which cuts emissions below 1990 levels.", {"1990": "1990"}
    )
    assert rec.status == "rejected"
    assert rec.parties == ()
    assert [e.text for e in rec.evidence if e.field == "status"] == ["Canada refused to sign"]
    assert rec.date is None


def test_spaced_hyphen_broker() -> None:
    rec = one("Troops stayed in defiance of the United Nations -brokered ceasefire agreement.")
    assert rec.mediators == ("un",)


def test_line_breaks_inside_a_sentence() -> None:
    rec = one("Japan and China signed a trade\npact on\nMonday and it took\neffect at once.")
    assert rec.kind == "trade_agreement"
    assert rec.status == "in_force"


def test_compound_with_a_noun_between() -> None:
    rec = one("Officials reviewed the Japan-China semiconductor pact yesterday.")
    assert set(rec.parties) == {"japan", "china"}


def test_verb_before_talks_is_not_a_name_modifier() -> None:
    rec = one("Protest leaders in Sudan suspended peace talks with the army.")
    assert rec.kind == "talks"
    assert rec.parties == ()
    assert rec.status == "suspended"


def test_date_between_deal_and_venue() -> None:
    rec = one("Kenya and Somalia signed the accord on Tuesday in Doha.", {"on Tuesday": "2024-01-02"})
    assert (rec.venue, rec.date.value if rec.date else None) == ("doha", "2024-01-02")


def test_under_a_deal_brokered_by() -> None:
    rec = one("Under a deal brokered by Qatar, Hamas will release 50 hostages in exchange for prisoners.")
    assert rec.mediators == ("qatar",)  # the list ends at the comma: Hamas is the next clause's subject
    assert [p.text for p in rec.provisions] == ["Hamas will release 50 hostages in exchange for prisoners"]


def test_venue_must_follow_the_verb() -> None:
    rec = one("The agreement, signed in 2015, limits Egypt's gas exports.", {"2015": "2015"})
    assert rec.venue is None
    assert rec.date is not None and rec.date.value == "2015"
    assert [p.text for p in rec.provisions] == ["limits Egypt's gas exports"]


@pytest.mark.parametrize(
    ("sentence", "status", "parties", "mediators"),
    [
        ("Turkey suspended the trade deal with Israel.", "suspended", ("turkey", "israel"), ()),
        ("The deal was reached after mediation by Egypt.", "signed", (), ("egypt",)),
        ("The merger between Acme and Globex was blocked by regulators.", "rejected", ("acme", "globex"), ()),
        (
            "Russia and Turkey agreed to hold peace talks in Geneva next week.",
            "negotiating",
            ("russia", "turkey"),
            (),
        ),
    ],
)
def test_more_roles_and_states(
    sentence: str, status: str, parties: tuple[str, ...], mediators: tuple[str, ...]
) -> None:
    rec = one(sentence)
    assert (rec.status, rec.parties, rec.mediators) == (status, parties, mediators)


def test_without_a_deal_is_no_deal() -> None:
    assert agreements_of(parse("The summit ended abruptly without a deal on trade.", SPEC)) == []


def test_control_verb_keeps_the_subject() -> None:
    rec = one("India and Pakistan pledged to work toward a peace treaty.")
    assert (rec.kind, rec.status, rec.parties) == ("peace_agreement", "negotiating", ("india", "pakistan"))


def test_venue_after_a_descriptive_phrase() -> None:
    rec = one("Peru and Chile signed a declaration at the border town of Geneva.")
    assert rec.venue == "geneva"


def test_acquisition_by_names_a_party() -> None:
    rec = one("Shareholders approved the acquisition of Acme by Globex on Monday.")
    assert rec.kind == "acquisition"
    assert (rec.parties, rec.acquirer, rec.target) == (("globex",), ("globex",), ("acme",))


def test_a_loan_names_its_lender_and_borrower() -> None:
    rec = one("Globex repaid a loan from Acme to Initech.")
    assert (rec.kind, rec.lender, rec.borrower) == ("loan", ("acme",), ("initech",))


def test_with_names_the_other_party_without_a_verb() -> None:
    rec = one("Congress will vote next week on a revised peace accord with Peru.")
    assert rec.parties == ("peru",)


def test_general_agreement_is_a_trade_agreement() -> None:
    rec = one("Mexico signed the General Agreement on Tariffs and Trade in 1986.")
    assert rec.kind == "trade_agreement"


def test_those_who_met_for_talks_are_their_parties() -> None:
    rec = one("Negotiators from Kenya and Somalia met in Doha on Tuesday for peace talks hosted by Qatar.")
    assert (rec.kind, rec.parties, rec.mediators, rec.venue) == (
        "talks",
        ("kenya", "somalia"),
        ("qatar",),
        "doha",
    )


def test_under_the_deal_inside_a_sentence_is_not_a_provision() -> None:
    rec = one("Iran stopped complying with limits under the nuclear deal, after Canada abandoned the accord.")
    assert rec.provisions == ()
    assert rec.status == "collapsed"
    assert "canada" in rec.parties


def test_extending_names_the_parties() -> None:
    rec = one("Russia and Ukraine extended the treaty for five years.")
    assert (rec.status, rec.parties) == ("extended", ("russia", "ukraine"))


def test_hostage_deal() -> None:
    rec = one("Talks on a hostage deal stalled on Tuesday.")
    assert (rec.kind, rec.status) == ("prisoner_exchange", "negotiating")


@pytest.mark.parametrize(
    ("sentence", "status", "parties"),
    [
        ("Canada and Mexico are close to a new trade deal.", "negotiating", ("canada", "mexico")),
        (
            "Kenya and Somalia are considering extending their oil output cut pact.",
            "proposed",
            ("kenya", "somalia"),
        ),
        ("Iran had met its commitments under the nuclear agreement.", "in_force", ("iran",)),
        ("Iran said it would stop complying with the nuclear deal.", "suspended", ("iran",)),
        ("Peru's lawmakers are debating the peace agreement.", "negotiating", ("peru",)),
    ],
)
def test_states_with_their_subjects(sentence: str, status: str, parties: tuple[str, ...]) -> None:
    rec = one(sentence)
    assert (rec.status, rec.parties) == (status, parties)


def test_yet_to_be_implemented_is_not_in_force() -> None:
    rec = one("Key provisions of the peace accord have yet to be implemented.")
    assert rec.status == "signed"  # agreed, named as one made, not yet in force


@pytest.mark.parametrize(
    ("sentence", "kind", "status", "parties"),
    [
        ("Peru and Chile signed a joint statement in Geneva.", "agreement", "signed", ("peru", "chile")),
        ("Acme agreed a sponsorship deal with Globex on Monday.", "contract", "signed", ("acme", "globex")),
        (
            "India and China accused each other of violating border agreements.",
            "agreement",
            "violated",
            ("india", "china"),
        ),
        (
            "India will honour the ceasefire that India and Pakistan renewed.",
            "ceasefire",
            "extended",
            ("india", "pakistan"),
        ),
        ("The truce paved the way for a deal to be signed in Doha.", "truce", "signed", ()),
    ],
)
def test_sixth_round_patterns(sentence: str, kind: str, status: str | None, parties: tuple[str, ...]) -> None:
    found = agreements_of(parse(sentence, SPEC))
    rec = found[0]
    assert (rec.kind, rec.status, rec.parties) == (kind, status, parties)


def test_deal_to_be_signed_is_proposed() -> None:
    rec = one("Talks paved the way for a deal to be signed in Doha on Saturday.")
    assert rec.kind == "agreement"
    assert rec.status == "proposed"


def test_talks_about_a_deal_mean_it_is_negotiated() -> None:
    rec = one("Talks in Vienna to revive the nuclear deal with Iran resumed on Thursday.")
    assert (rec.kind, rec.status, rec.venue) == ("nuclear_agreement", "negotiating", None)


def test_could_be_struck_is_proposed() -> None:
    rec = one("Officials held out hope that a trade deal could be struck by Friday.")
    assert rec.status == "proposed"


def test_talks_with_no_aim_are_no_agreement() -> None:
    assert agreements_of(parse("Officials from Peru and Chile held talks on the crisis in Lima.", SPEC)) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Acme Corp made a cash bid for Globex Inc on Monday.", "acquisition"),
        ("Acme Corp agreed the sale of Globex Inc to Initech.", "acquisition"),
        ("The keeper is set to join Acme on a month's loan.", "transfer"),
        ("The coach has been given a six-month contract.", "contract"),
        ("Turkey signed a loan agreement with the IMF.", "loan"),
    ],
)
def test_business_deals_have_their_kinds(text: str, kind: str) -> None:
    assert [a.kind for a in agreements_of(parse(text, SPEC))] == [kind]


@pytest.mark.parametrize(
    "text",
    ["Banks cut loans to farmers.", "The economy will contract this year.", "A bid to end the war failed."],
)
def test_business_words_that_name_no_deal(text: str) -> None:
    assert agreements_of(parse(text, SPEC)) == []


def test_a_business_deal_named_without_a_state_is_in_force() -> None:
    rec = one("The keeper's contract with Acme expires in the summer.")
    assert (rec.kind, rec.status) == ("contract", "in_force")


def test_a_deal_still_to_be_made_is_the_agreement_under_discussion() -> None:
    text = "Peru and Chile are negotiating a trade agreement. Officials said a deal could be struck soon."
    rec = one(text)
    assert (rec.kind, rec.status, len(rec.mentions)) == ("trade_agreement", "negotiating", 2)


def test_a_contract_names_its_club_and_player() -> None:
    rec = one("Acme signed a two-year contract with Glenn Hoddle.")
    assert (rec.kind, rec.club, rec.player) == ("contract", ("acme",), ("hoddle",))

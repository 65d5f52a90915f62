"""Rules from the seventh dev split: roles versus signing, taking effect, named agreements, rejecters."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import COUNTRIES, agreements_of, parse

SPEC = {
    **{eid: ("GPE", name, (name,), {"iso3166": eid[:2].upper()}) for eid, name in COUNTRIES.items()},
    "turkey": ("GPE", "Turkey", ("Turkey", "Ankara", "Turkish"), {"iso3166": "TR"}),
    "russia": ("GPE", "Russia", ("Russia", "Moscow", "Russian"), {"iso3166": "RU"}),
    "iran": ("GPE", "Iran", ("Iran", "Tehran"), {"iso3166": "IR"}),
    "usa": ("GPE", "United States", ("United States", "US"), {"iso3166": "US"}),
    "france": ("GPE", "France", ("France", "French"), {"iso3166": "FR"}),
    "malaysia": ("GPE", "Malaysia", ("Malaysia", "Malaysian"), {"iso3166": "MY"}),
    "thailand": ("GPE", "Thailand", ("Thailand",), {"iso3166": "TH"}),
    "cambodia": ("GPE", "Cambodia", ("Cambodia",), {"iso3166": "KH"}),
    "eu": ("ORG", "European Union", ("European Union", "EU"), {}),
    "un": ("ORG", "United Nations", ("United Nations", "UN"), {}),
    "hamas": ("GROUP", "Hamas", ("Hamas",), {}),
    "qatar": ("GPE", "Qatar", ("Qatar", "Qatari"), {"iso3166": "QA"}),
    "indonesia": ("GPE", "Indonesia", ("Indonesia",), {"iso3166": "ID"}),
    "taliban": ("GROUP", "Taliban", ("Taliban",), {}),
    "hezbollah": ("GROUP", "Hezbollah", ("Hezbollah",), {}),
    "lebanon": ("GPE", "Lebanon", ("Lebanon",), {"iso3166": "LB"}),
    "minsk": ("GPE", "Minsk", ("Minsk",), {}),
    "paris": ("GPE", "Paris", ("Paris",), {}),
    "doha": ("GPE", "Doha", ("Doha",), {}),
    "nairobi": ("GPE", "Nairobi", ("Nairobi",), {}),
    "black_sea": ("LOC", "Black Sea", ("Black Sea",), {}),
    "nissan": ("ORG", "Nissan", ("Nissan",), {}),
    "honda": ("ORG", "Honda", ("Honda",), {}),
    "bahrain": ("GPE", "Bahrain", ("Bahrain",), {"iso3166": "BH"}),
    "uae": ("GPE", "United Arab Emirates", ("United Arab Emirates",), {"iso3166": "AE"}),
}


def one(text: str, dates: dict[str, str] | None = None) -> Agreement:
    """The only agreement of ``text``."""
    found = agreements_of(parse(text, SPEC, dates))
    assert len(found) == 1, found
    return found[0]


def evidence(record: Agreement, field: str) -> list[str]:
    """The evidence texts of ``field``."""
    return [e.text for e in record.evidence if e.field == field]


# ---- third parties do not sign ----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["endorsed", "backed", "guaranteed", "welcomed"])
def test_endorsing_is_not_signing(verb: str) -> None:
    rec = one(f"The ceasefire was {verb} by Ankara, Moscow and Tehran.")
    # the verb gives no state; "the ceasefire", named as one made, is ``signed`` (session 12)
    assert not any(e.field == "status" for e in rec.evidence)
    assert rec.status == "signed"
    assert rec.parties == ()


def test_endorsement_keeps_a_later_state() -> None:
    rec = one("The ceasefire was endorsed by Ankara, Moscow and Tehran and has largely held since.")
    assert rec.endorsers == ("turkey", "russia", "iran")
    assert rec.status == "in_force"


@pytest.mark.parametrize("phrase", ["took hold", "went into effect", "came into force", "took effect"])
def test_hyphen_broker_is_a_mediator_and_taking_hold_is_in_force(phrase: str) -> None:
    rec = one(f"A Russian-brokered ceasefire {phrase}.")
    assert rec.mediators == ("russia",)
    assert rec.parties == ()
    assert rec.status == "in_force"


def test_hyphen_broker_of_a_proposal_does_not_sign_it() -> None:
    rec = one("Hamas rejected a French-brokered ceasefire proposal.")
    assert rec.status == "rejected"
    assert rec.mediators == ("france",)


def test_two_hyphen_brokers() -> None:
    rec = one("A US- and French-brokered ceasefire between Israel and Hezbollah went into effect.")
    assert rec.mediators == ("usa", "france")
    assert rec.parties == ("israel", "hezbollah")
    assert rec.status == "in_force"


def test_intransitive_state_goes_to_the_agreement_before_it() -> None:
    rec = one(
        "Talks on a peace agreement between Peru and Chile broke down after Chile demanded new negotiations."
    )
    assert rec.kind == "peace_agreement"
    assert rec.status == "collapsed"


def test_calling_off_is_a_collapse_by_the_parties() -> None:
    rec = one("Nissan and Honda called off merger talks on Thursday.")
    assert (rec.kind, rec.status, rec.parties) == ("merger", "collapsed", ("nissan", "honda"))


def test_completing_an_acquisition_puts_it_in_force() -> None:
    assert one("Acme completed its acquisition of the plant on Friday.").status == "in_force"


def test_rejoining_puts_in_force_and_binds() -> None:
    rec = one("The United States formally rejoined the Paris climate agreement on Friday.")
    assert rec.status == "in_force"
    assert rec.parties == ("usa",)


# ---- named agreements ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "venue"),
    [
        ("The Minsk agreement was suspended.", "Minsk agreement", "ceasefire", "minsk"),
        ("The Paris agreement was signed in 2016.", "Paris agreement", "climate_accord", "paris"),
        (
            "The Paris climate agreement was signed in 2016.",
            "Paris climate agreement",
            "climate_accord",
            "paris",
        ),
        ("Fighting has violated the Minsk agreements.", "Minsk agreements", "ceasefire", "minsk"),
        ("The Doha agreement was signed in 2020.", "Doha agreement", "agreement", "doha"),
    ],
)
def test_named_agreements_carry_their_name_and_place(sentence: str, text: str, kind: str, venue: str) -> None:
    rec = one(sentence)
    assert (rec.text, rec.kind, rec.venue) == (text, kind, venue)
    assert rec.parties == ()


def test_a_region_in_the_name_is_not_a_venue() -> None:
    rec = one("The Black Sea grain deal collapsed after Moscow refused to extend it.")
    assert rec.text == "Black Sea grain deal"
    assert rec.venue is None
    assert rec.status == "collapsed"
    assert rec.parties == ("russia",)  # refusing to extend presupposes being bound


def test_a_subject_and_verb_are_not_a_name() -> None:
    rec = one("Bahrain and the United Arab Emirates signed accords with Israel on Tuesday.")
    assert rec.text == "accords"
    assert rec.status == "signed"
    assert rec.parties == ("bahrain", "uae", "israel")


def test_a_zone_keeps_its_place_outside_the_mention() -> None:
    rec = one("The Paris buffer zone was set up.")
    assert rec.text == "buffer zone"


def test_a_hyphen_backer_is_not_part_of_the_name() -> None:
    rec = one("The Turkish-backed deal took effect.")
    assert rec.text == "deal"
    assert rec.endorsers == ("turkey",)


# ---- rejecters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Ukraine rejected the peace plan.", "Ukraine rejected"),
        ("The peace plan was rejected by Ukraine.", "rejected by Ukraine"),
        ("Ukraine refused to sign the peace plan.", "Ukraine refused to sign"),
    ],
)
def test_a_rejecter_is_not_a_party_but_stays_in_the_evidence(sentence: str, said: str) -> None:
    rec = one(sentence)
    assert rec.status == "rejected"
    assert rec.parties == ()
    assert evidence(rec, "status") == [said]


# ---- parties and third parties from other phrasings ---------------------------------------------


def test_mutual_accusation_names_the_parties() -> None:
    rec = one("Thailand and Cambodia accused each other of breaching a Malaysian-brokered ceasefire.")
    assert rec.parties == ("thailand", "cambodia")
    assert rec.mediators == ("malaysia",)
    assert rec.status == "violated"


def test_one_sided_accusation_names_no_party() -> None:
    rec = one("Thailand accused Cambodia of breaching the ceasefire.")
    assert rec.parties == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas rejected the ceasefire proposal put forward by French and Russian mediators.",
        "Fighting violated the ceasefire, signed in 2015 with French and Russian mediation.",
    ],
)
def test_nationality_mediators(sentence: str) -> None:
    assert one(sentence).mediators == ("france", "russia")


def test_in_a_deal_restates_a_concluded_agreement() -> None:
    rec = one(
        "Armenia and Azerbaijan agreed to a prisoner exchange, in a deal facilitated by the European Union."
    )
    assert rec.kind == "prisoner_exchange"
    assert rec.mediators == ("eu",)


def test_in_a_declaration_after_a_promise_is_its_own_record() -> None:
    found = agreements_of(
        parse(
            "Peru and Chile pledged to work toward a peace treaty, in a declaration signed in Geneva.", SPEC
        )
    )
    assert [r.kind for r in found] == ["peace_agreement", "agreement"]


def test_under_the_deal_the_pledging_subject_is_a_party() -> None:
    rec = one("Under the Doha agreement signed in 2020, the United States pledged to withdraw its troops.")
    assert rec.parties == ("usa",)


def test_under_the_deal_a_passive_subject_is_not_a_party() -> None:
    rec = one("Under the deal signed by Armenia, Russian peacekeepers will be deployed.")
    assert "russia" not in rec.parties


def test_trade_deal_offered_to_a_country() -> None:
    rec = one("The European Union has proposed a free trade agreement to Indonesia.")
    assert rec.parties == ("eu", "indonesia")
    assert rec.status == "proposed"


def test_a_ceasefire_proposer_is_not_a_party() -> None:
    assert one("Egypt proposed a ceasefire to end the fighting.").parties == ()


def test_venue_after_a_complement() -> None:
    rec = one("Kenya and Ethiopia signed a memorandum on electricity trade in Nairobi on Monday.")
    assert rec.venue == "nairobi"


def test_no_venue_from_a_country_after_a_complement() -> None:
    rec = one("Kenya and Ethiopia signed a memorandum on electricity trade in Somalia.")
    assert rec.venue is None


# ---- rules from the eighth dev split ------------------------------------------------------------


def test_voting_down_a_proposed_merger_rejects_it() -> None:
    rec = one("Shareholders voted down the proposed merger between Nissan and Honda on Tuesday.")
    assert rec.status == "rejected"
    assert rec.parties == ("nissan", "honda")


def test_hyphenated_modifier_before_a_generic_head() -> None:
    rec = one("Japan and India have yet to agree on a new intelligence-sharing pact.")
    assert (rec.text, rec.status, rec.parties) == ("pact", "negotiating", ("japan", "india"))


def test_signed_separate_deals_with_is_a_noun() -> None:
    rec = one("Russia and Ukraine signed separate deals with Turkey and the United Nations in Doha.")
    assert rec.parties == ("russia", "ukraine", "turkey", "un")
    assert rec.venue == "doha"


def test_a_comma_participle_takes_the_sentence_subject() -> None:
    rec = one("Bahrain and Qatar ended a rift on Tuesday, signing a declaration in Doha.")
    assert rec.parties == ("bahrain", "qatar")
    assert rec.status == "signed"


def test_voting_to_ratify_signs_and_binds() -> None:
    rec = one("The European Union voted overwhelmingly to ratify the Paris climate accord.")
    assert (rec.status, rec.parties, rec.venue) == ("signed", ("eu",), "paris")


def test_a_ceasefire_and_hostage_deal_is_one_record() -> None:
    rec = one("Israel and Hamas had agreed to a ceasefire and hostage release deal.")
    assert (rec.kind, rec.text, rec.parties) == ("ceasefire", "ceasefire", ("israel", "hamas"))


# ---- guards found by probing ----------------------------------------------------------------------


def test_a_violation_of_something_else_is_not_a_violation_of_the_pact() -> None:
    rec = one(
        "Kenya and Ethiopia signed a pact on Monday. Somalia called the pact a violation of its sovereignty."
    )
    assert rec.status == "signed"
    assert rec.violations == ()


def test_violating_airspace_in_breach_of_the_truce_still_violates_it() -> None:
    assert one("Russian jets violated Turkish airspace in breach of the ceasefire.").status == "violated"


def test_an_occasion_is_not_a_party() -> None:
    spec = {**SPEC, "easter": ("PERSON", "Easter", ("Easter",), {})}
    found = agreements_of(parse("An Easter truce announced by Moscow was broken repeatedly.", spec))
    assert [(r.kind, r.parties, r.status) for r in found] == [("truce", (), "violated")]


def test_appearing_to_be_holding_is_in_force() -> None:
    assert (
        one("The ceasefire between Israel and Iran appeared to be holding on Wednesday.").status == "in_force"
    )


def test_will_not_renew_is_a_refusal_by_a_party() -> None:
    rec = one("Russia will not renew the Black Sea grain deal.")
    assert (rec.status, rec.parties, rec.text) == ("rejected", ("russia",), "Black Sea grain deal")


def test_a_treaty_name_tagged_as_an_organisation_is_not_a_party() -> None:
    spec = {**SPEC, "new_start": ("ORG", "New START", ("New START",), {})}
    found = agreements_of(parse("Russia suspended its participation in the New START treaty.", spec))
    assert [r.parties for r in found] == [("russia",)]


def test_the_proposer_of_a_plan_others_accept_is_a_mediator() -> None:
    rec = one("Israel and Hamas agreed to the Qatari ceasefire proposal.")
    assert rec.parties == ("israel", "hamas")
    assert rec.mediators == ("qatar",)


def test_a_named_peace_agreement_carries_its_place() -> None:
    rec = one("Mali scrapped the 2015 Doha peace agreement with the rebels.")
    assert (rec.text, rec.venue, rec.status) == ("Doha peace agreement", "doha", "collapsed")


def test_led_talks_are_mediated_but_a_led_pact_has_its_leader_in_it() -> None:
    assert one("Armenia froze its participation in the Russian-led security pact.").parties == (
        "armenia",
        "russia",
    )
    assert one("Peru and Chile joined Russian-led peace talks.").mediators == ("russia",)


def test_under_un_auspices_names_a_mediator() -> None:
    rec = one("The ceasefire in Sudan, signed in Geneva under UN auspices, has broadly held.")
    assert (rec.mediators, rec.status) == (("un",), "in_force")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Israel's ceasefire with Hezbollah entered into effect on Wednesday.", "in_force"),
        ("The ceasefire went into force at dawn.", "in_force"),
        ("The truce did not hold, officials said.", "violated"),
        ("The truce has not held.", "violated"),
    ],
)
def test_more_effect_and_holding_phrases(sentence: str, status: str) -> None:
    assert one(sentence).status == status


# ---- rules from the ninth dev split ------------------------------------------------------------


def test_signed_with_place_and_day_before_by() -> None:
    spec = {**SPEC, "white_house": ("ORG", "White House", ("White House",), {})}
    found = agreements_of(
        parse("The accords were signed at the White House on Tuesday by Israel, Bahrain and Qatar.", spec)
    )
    assert [(r.parties, r.venue) for r in found] == [(("israel", "bahrain", "qatar"), "white_house")]


def test_by_of_a_later_verb_is_not_the_signer() -> None:
    rec = one("Hamas agreed to a ceasefire proposed by Egypt.")
    assert rec.parties == ("hamas",)


def test_brokered_by_then_in_a_city_is_the_venue() -> None:
    rec = one("Peru and Chile agreed to restore ties under a deal brokered by Qatar in Doha.")
    assert (rec.mediators, rec.venue) == (("qatar",), "doha")


def test_pause_in_fighting_is_a_ceasefire() -> None:
    rec = one("The four-day pause in fighting began on Friday under the Qatari-mediated agreement.")
    assert (rec.kind, rec.status, rec.mediators) == ("ceasefire", "in_force", ("qatar",))


def test_the_subject_of_a_sentence_takes_part_in_talks_during_which_it_acts() -> None:
    rec = one("Peru and Chile failed to settle the dispute during EU-mediated peace talks in Doha.")
    assert (rec.kind, rec.parties, rec.mediators, rec.venue) == (
        "talks",
        ("peru", "chile"),
        ("eu",),
        "doha",
    )


def test_between_after_the_broker_names_the_parties() -> None:
    rec = one("A ceasefire brokered by the United States between India and Pakistan came into force.")
    assert (rec.parties, rec.mediators, rec.status) == (("india", "pakistan"), ("usa",), "in_force")
    assert "between India and Pakistan" in evidence(rec, "parties")


def test_a_hyphen_role_describing_a_subject_is_not_the_agreements() -> None:
    rec = one("The Turkish-backed rebels in the north signed a truce with Russia.")
    assert rec.endorsers == ()
    assert "russia" in rec.parties


def test_two_truces_with_overlapping_parties_stay_apart() -> None:
    found = agreements_of(
        parse(
            "Israel and Hamas agreed to a ceasefire in January. Israel and Lebanon extended their truce. "
            "The ceasefire collapsed in March.",
            SPEC,
        )
    )
    assert [(r.kind, r.parties, r.status) for r in found] == [
        ("ceasefire", ("israel", "hamas"), "collapsed"),
        ("truce", ("israel", "lebanon"), "extended"),
    ]


def test_initialling_a_treaty() -> None:
    rec = one("Armenia and Azerbaijan initialled a peace treaty in Doha.")
    assert (rec.parties, rec.status, rec.venue) == (("armenia", "azerbaijan"), "signed", "doha")

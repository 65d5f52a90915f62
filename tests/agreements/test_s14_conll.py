"""Session 14 round 2, dated wire stories of 1996: a truce "observed" or "in place" is in force; a
money-market repurchase pact is no deal; "talks on Thursday between X and Y" names the sides (an envoy
a country describes is the side); "entered into" an agreement and "X, a unit of Y, said it" give the
side; "to buy the unit of X" makes X the seller; "a deal with X's Y" makes Y the side; "despite
striking a deal" is signed; "the Grozny ceasefire" holds in Grozny, it was not agreed there."""

from __future__ import annotations

import newsparse
from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "russia": ("GPE", "Russia", ("Russia", "Russian"), {"iso3166": "RU"}),
    "kenya": ("GPE", "Kenya", ("Kenya",), {"iso3166": "KE"}),
    "uganda": ("GPE", "Uganda", ("Uganda",), {"iso3166": "UG"}),
    "israel": ("GPE", "Israel", ("Israel",), {"iso3166": "IL"}),
    "turkey": ("GPE", "Turkey", ("Turkey",), {"iso3166": "TR"}),
    "petrov": ("PERSON", "Ivan Petrov", ("Ivan Petrov",), {}),
    "umarov": ("PERSON", "Ali Umarov", ("Ali Umarov",), {}),
    "tiger": ("PERSON", "Tom Tiger", ("Tom Tiger",), {}),
    "acme": ("ORG", "Acme Holdings Inc", ("Acme Holdings Inc",), {}),
    "acmeparent": ("ORG", "Acme Group Inc", ("Acme Group Inc",), {}),
    "globex": ("ORG", "Globex Corp", ("Globex Corp",), {}),
    "beta": ("ORG", "Beta Services", ("Beta Services",), {}),
    "lark": ("ORG", "Lark", ("Lark",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def statuses(text: str) -> list[str | None]:
    """The status of every record of ``text`` (the whole pipeline: the state rules need the syntax)."""
    return [rec.status for rec in newsparse.parse(text, published="1996-08-23").agreements]


def test_a_truce_being_observed_or_in_place_is_in_force() -> None:
    agreed = "Kenya and Uganda agreed a truce on Monday. "
    assert statuses(agreed + "The truce was being generally observed on Tuesday.") == ["in_force"]
    assert statuses(agreed + "The truce was respected, officials said.") == ["in_force"]
    assert statuses("Officials said the ceasefire is in place in the north.") == ["in_force"]


def test_a_truce_no_longer_in_place_or_to_be_observed_is_not_in_force() -> None:
    assert statuses("Officials said the ceasefire is no longer in place.") != ["in_force"]
    agreed = "Kenya and Uganda agreed a truce on Monday. "
    assert statuses(agreed + "The truce should be observed, officials said.") == ["signed"]
    assert statuses(agreed + "Observers said the truce was not observed.") == ["signed"]


def test_a_repurchase_pact_is_no_deal() -> None:
    text = (
        "The central bank added 2.1 billion at a securities repurchase tender on Monday. "
        "The previous pact expires on Tuesday and the new pact expires next week."
    )
    assert deals(text) == []
    (rec,) = deals("Kenya and Uganda signed the pact on Monday.")
    assert set(rec.parties) == {"kenya", "uganda"}


def test_talks_on_a_day_between_named_envoys() -> None:
    text = (
        "The truce was agreed in talks on Thursday between Russian envoy Ivan Petrov "
        "and rebel commander Ali Umarov."
    )
    (rec,) = deals(text)
    assert (rec.kind, rec.status, set(rec.parties)) == ("truce", "signed", {"petrov", "umarov"})


def test_entered_into_an_agreement_behind_an_apposition() -> None:
    text = (
        "Acme Holdings Inc, a subsidiary of Acme Group Inc, said it had entered into a definitive "
        "agreement to buy the Beta Services unit of Globex Corp."
    )
    (rec,) = deals(text)
    assert (rec.kind, rec.status) == ("acquisition", "signed")
    assert set(rec.parties) == {"acme", "globex"}
    assert (rec.acquirer, rec.seller) == (("acme",), ("globex",))


def test_the_unit_of_a_firm_right_after_the_verb() -> None:
    (rec,) = deals("Acme Holdings Inc signed an agreement to buy the chemicals unit of Globex Corp.")
    assert rec.seller == ("globex",) and "globex" in rec.parties
    (rec,) = deals("Acme Holdings Inc signed an agreement to buy Globex Corp.")
    assert rec.target == ("globex",) and rec.seller == ()


def test_a_deal_with_someones_firm_is_a_deal_with_the_firm() -> None:
    (rec,) = deals("Kenya is striking a deal with Tom Tiger's Lark, officials said.")
    assert "tiger" not in rec.parties and "lark" in rec.parties
    (rec,) = deals("Turkey signed a deal with Israel's Prime Minister on Monday.")
    assert set(rec.parties) == {"turkey", "israel"}


def test_despite_striking_a_deal_is_signed() -> None:
    (rec,) = deals("Kenya was warned despite striking a deal with Lark.")
    assert rec.status == "signed"
    (rec,) = deals("Kenya is close to striking a deal with Lark.")
    assert rec.status == "negotiating"


def test_a_truce_named_by_its_town_was_not_agreed_there() -> None:
    doc = newsparse.parse("Rebels said the Grozny ceasefire was holding.", published="1996-08-23")
    assert [rec.venue for rec in doc.agreements] == [None]
    doc = newsparse.parse("The Minsk agreement was signed by Russia and Ukraine.", published="2015-02-13")
    assert [rec.venue is not None for rec in doc.agreements] == [True]

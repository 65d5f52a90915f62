"""Session 13, round 2: sides referred back to ("both countries", "the two sides") give a record with
no party the pair named before; a ticker's dot does not end a seller list."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "uk": ("GPE", "United Kingdom", ("UK",), {"iso3166": "GB"}),
    "india": ("GPE", "India", ("India",), {"iso3166": "IN"}),
    "pakistan": ("GPE", "Pakistan", ("Pakistan",), {"iso3166": "PK"}),
    "kashmir": ("GPE", "Kashmir", ("Kashmir",), {}),
    "imf": ("ORG", "International Monetary Fund", ("IMF",), {}),
    "turkey": ("GPE", "Turkey", ("Turkey",), {"iso3166": "TR"}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_both_countries_are_the_pair_named_before() -> None:
    text = (
        "The UK has welcomed the decision by India and Pakistan to open a bus link in Kashmir. "
        "The minister praised the spirit of cooperation. "
        "Media reports in both countries describe the deal as a major step."
    )
    (rec,) = deals(text)
    assert set(rec.parties) == {"india", "pakistan"}
    assert any(e.field == "parties" and e.text == "both countries" for e in rec.evidence)


def test_the_two_sides_may_be_a_state_and_a_lender() -> None:
    text = "Officials from Turkey and the IMF met on Monday. The two sides said the deal would help growth."
    (rec,) = deals(text)
    assert set(rec.parties) == {"turkey", "imf"}


@pytest.mark.parametrize(
    "text",
    [
        # a place: "both sides of the border"
        "India and Pakistan met. Politicians on both sides of the border welcomed the deal.",
        # no pair before it: nobody to stand for
        "Media reports in both countries describe the deal as a major step.",
        # three countries fit and none are joined as a pair
        "The UK, India, Pakistan met. Media reports in both countries describe the deal as a step.",
    ],
)
def test_no_pair_no_parties(text: str) -> None:
    assert [rec.parties for rec in deals(text)] in ([], [()])


def test_a_named_party_is_kept() -> None:
    text = "India and Pakistan met. The UK signed a deal with India, both countries said."
    (rec,) = deals(text)
    assert "pakistan" not in rec.parties


def test_a_tickers_dot_does_not_end_the_seller_list() -> None:
    spec = {
        "veba": ("ORG", "VEBA AG", ("VEBA AG",), {}),
        "hapag": ("ORG", "Hapag-Lloyd", ("Hapag-Lloyd",), {}),
        "deutsche": ("ORG", "Deutsche Bank AG", ("Deutsche Bank AG",), {}),
        "dresdner": ("ORG", "Dresdner Bank AG", ("Dresdner Bank AG",), {}),
    }
    text = (
        "VEBA AG acquired a 12.5 pct stake in Hapag-Lloyd from Deutsche Bank AG <DBKG.F> and "
        "Dresdner Bank AG <DRSD.F>."
    )
    (rec,) = agreements_of(parse(text, spec))
    assert rec.seller == ("deutsche", "dresdner")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Boeing won a $23bn government contract.", "signed"),
        ("Boeing has won a contract to build tankers.", "signed"),
        ("Boeing lost a $23bn government contract after an inquiry.", "collapsed"),
    ],
)
def test_who_won_or_lost_a_contract_is_its_side(text: str, status: str) -> None:
    spec = {"boeing": ("ORG", "Boeing", ("Boeing",), {})}
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.kind, rec.parties, rec.status) == ("contract", ("boeing",), status)


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea won the match after the deal with Umbro was signed.",
        "Ukraine lost territory after the truce was signed.",
    ],
)
def test_won_or_lost_something_else_binds_no_one(text: str) -> None:
    spec = {
        "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
        "ukraine": ("GPE", "Ukraine", ("Ukraine",), {"iso3166": "UA"}),
    }
    (rec,) = agreements_of(parse(text, spec))
    assert "chelsea" not in rec.parties and "ukraine" not in rec.parties


def test_the_agent_of_a_passive_report_is_not_the_side() -> None:
    spec = {
        "everasia": ("ORG", "Everasia", ("Everasia",), {}),
        "reuters": ("ORG", "Reuters", ("Reuters",), {}),
    }
    text = "Everasia is reported by Reuters to have won a contract to develop the field."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.parties == ("everasia",)


def test_the_mediators_are_not_both_sides() -> None:
    spec = {
        "saudi": ("GPE", "Saudi Arabia", ("Saudi",), {"iso3166": "SA"}),
        "us": ("GPE", "United States", ("US",), {"iso3166": "US"}),
    }
    text = "A truce announced by Saudi and US mediators was broken as both sides shelled each other."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.parties == () and set(rec.mediators) == {"saudi", "us"}

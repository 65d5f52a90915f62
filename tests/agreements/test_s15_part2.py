"""Session 15, part 2 (issue 17): rules read off the CoNLL-2003 check set of session 15 (half A):
a subject's first conjunct stranded by a subordinator, talks of another process, a side that is no
outsider, "to close at" a price, a deal sealed in talks, "poised to sign", a "treaty accord"."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
    "grozny": ("GPE", "Grozny", ("Grozny",), {"geonames": "557977"}),
    "israel": ("GPE", "Israel", ("Israel",), {"iso3166": "IL"}),
    "egypt": ("GPE", "Egypt", ("Egypt",), {"iso3166": "EG"}),
    "palestine": ("GPE", "Palestine", ("Palestinians",), {"iso3166": "PS"}),
    "yugoslavia": ("GPE", "Yugoslavia", ("Yugoslavia", "Yugoslav"), {}),
    "croatia": ("GPE", "Croatia", ("Croatia",), {"iso3166": "HR"}),
    "britain": ("GPE", "United Kingdom", ("Britain",), {"iso3166": "GB"}),
    "granic": ("PERSON", "Mate Granic", ("Granic",), {}),
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed",), {}),
    "metro": ("ORG", "Metro Holdings", ("Metro Holdings",), {}),
    "first": ("ORG", "First Capital Corp", ("First Capital Corp",), {}),
    "fiat": ("ORG", "Fiat", ("Fiat",), {}),
    "chrysler": ("ORG", "Chrysler", ("Chrysler",), {}),
}
ENDINGS = ("\n", "\r\n", "\r")
OPENING = "MOSCOW 1996-08-22"


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC, published="1996-08-22"))


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize("newline", ENDINGS)
def test_a_first_conjunct_after_a_subordinator_agrees_too(newline: str) -> None:
    text = f"{OPENING}{newline}{newline}Fighting continued after Russia and the rebels agreed a truce."
    (rec,) = deals(text)
    assert rec.parties == ("russia",)


@pytest.mark.usefixtures("with_tree")
def test_a_place_before_and_is_no_stranded_conjunct() -> None:
    (rec,) = deals("Fighting continued near Grozny and the rebels agreed a truce.")
    assert "grozny" not in rec.parties


@pytest.mark.parametrize("newline", ENDINGS)
def test_talks_of_another_process_give_the_treaty_no_side(newline: str) -> None:
    text = (
        f"{OPENING}{newline}{newline}Weizman, an architect of Israel's peace treaty with Egypt, has"
        " spoken out on the peace process with the Palestinians."
    )
    (rec,) = deals(text)
    assert set(rec.parties) == {"israel", "egypt"}


def test_talks_still_give_a_treaty_its_sides_when_it_names_fewer_than_two() -> None:
    (rec,) = deals("The treaty came out of the peace process with Egypt.")
    assert "egypt" in rec.parties


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_side_is_no_endorser(newline: str) -> None:
    text = (
        f"{OPENING}{newline}{newline}Yugoslavia and Croatia signed the treaty.{newline}"
        "The Yugoslav government endorsed the treaty."
    )
    (rec,) = deals(text)
    assert rec.endorsers == ()
    assert set(rec.parties) == {"yugoslavia", "croatia"}


def test_an_outsider_still_endorses() -> None:
    (rec,) = deals("Yugoslavia and Croatia signed the treaty. Britain endorsed the treaty.")
    assert rec.endorsers == ("britain",)


def test_a_price_to_close_at_is_no_negotiation() -> None:
    text = (
        "Metro Holdings soared by S$ 1.55 to close at S$ 6.05 on market rumours of a takeover bid by"
        " First Capital Corp."
    )
    (rec,) = deals(text)
    assert rec.status == "proposed"


def test_close_to_a_deal_is_still_negotiating() -> None:
    (rec,) = deals("Fiat is close to a deal with Chrysler.")
    assert rec.status == "negotiating"


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_ceasefire_sealed_in_talks_is_signed(newline: str) -> None:
    text = (
        f"{OPENING}{newline}{newline}The talks are aimed at putting the finishing touches to a ceasefire"
        " sealed last week in talks with Alexander Lebed."
    )
    (rec,) = deals(text)
    assert rec.status == "signed"
    assert [e.text for e in rec.evidence if e.field == "status"] == ["sealed"]


def test_talks_towards_a_ceasefire_are_still_negotiating() -> None:
    (rec,) = deals("The talks are aimed at putting the finishing touches to a ceasefire.")
    assert rec.status == "negotiating"


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "sentence",
    [
        "Granic arrives to sign Croatia-Yugoslavia treaty.",
        "Yugoslavia and Croatia were poised on Friday to sign a landmark normalisation treaty.",
    ],
)
def test_poised_to_sign_is_not_yet_signed(sentence: str) -> None:
    (rec,) = deals(sentence)
    assert rec.status == "proposed"


@pytest.mark.usefixtures("with_tree")
def test_signed_is_still_signed() -> None:
    (rec,) = deals("Yugoslavia and Croatia signed a landmark normalisation treaty on Friday.")
    assert rec.status == "signed"


@pytest.mark.parametrize("headline", ["BRITAIN WELCOMES TREATY ACCORD.", "Britain welcomes treaty accord."])
def test_a_treaty_accord_is_one_agreement(headline: str) -> None:
    assert len(deals(headline)) == 1


def test_a_treaty_and_an_accord_are_two() -> None:
    assert len(deals("Croatia signed a treaty with Russia and an accord with Egypt.")) == 2

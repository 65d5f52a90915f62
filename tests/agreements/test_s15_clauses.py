"""Session 15 (issue 17): a possessive's own deal is another agreement; "take a contract" signs it;
a sale of tonnes, goods "sold out", a place described before its name, a nationality before a
player: no deal and no side (each read off unused news or CoNLL-2003 train stories)."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "bbc": ("ORG", "British Broadcasting Corporation", ("British Broadcasting Corporation",), {}),
    "france": ("GPE", "France", ("France",), {"iso3166": "FR"}),
    "neath": ("ORG", "Neath RFC", ("Neath RFC",), {}),
    "davies": ("PERSON", "Mefin Davies", ("Mefin Davies", "Davies"), {}),
    "eu": ("ORG", "European Union", ("European Union",), {}),
    "abuja": ("GPE", "Abuja", ("Abuja",), {"geonames": "2352778"}),
    "nigeria": ("GPE", "Nigeria", ("Nigerian",), {"iso3166": "NG"}),
    "argentina": ("GPE", "Argentina", ("Argentine",), {"iso3166": "AR"}),
    "gabrich": ("PERSON", "Iwan Cesar Gabrich", ("Iwan Cesar Gabrich",), {}),
    "ajax": ("ORG", "Ajax Amsterdam", ("Ajax Amsterdam",), {}),
}
ENDINGS = ("\n", "\r\n", "\r")


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_possessives_own_deal_is_not_the_contract_named_before(newline: str) -> None:
    text = (
        "The present contract with the British Broadcasting Corporation was shared between the four home"
        f" nations.{newline}{newline}France have their own television deal."
    )
    found = deals(text)
    assert [r.text for r in found] == ["contract", "deal"]
    assert [len(r.mentions) for r in found] == [1, 1]


def test_a_deal_without_own_still_refers_back() -> None:
    text = "The present contract with the British Broadcasting Corporation was shared. Their deal runs out."
    assert len(deals(text)) == 1


def test_taking_a_contract_signs_it() -> None:
    text = "The demise of the region forced Mefin Davies to take a semi-professional contract with Neath RFC."
    (rec,) = deals(text)
    assert rec.status == "signed"


@pytest.mark.parametrize("unit", ["tonnes", "barrels", "bushels"])
def test_a_sale_of_tonnes_is_no_acquisition(unit: str) -> None:
    assert deals(f"A European Union sale of 234,324 {unit} of barley is worth some $145 a tonne.") == []


def test_a_sale_of_a_named_firm_is_still_one() -> None:
    (rec,) = deals("The European Union approved the sale of Neath RFC last week.")
    assert rec.kind == "acquisition"


def test_goods_sold_out_in_stores_are_no_sale() -> None:
    assert deals("Shoppers look for presents that are all but sold out in High Street stores.") == []


def test_a_place_described_before_its_name_is_no_side() -> None:
    text = (
        "Faction leaders who agreed a new peace deal in the Nigerian capital Abuja on Saturday have "
        "accused each other of breaking the ceasefire."
    )
    truce = next(r for r in deals(text) if r.kind == "ceasefire")
    assert truce.status == "violated"
    assert "abuja" not in truce.parties


@pytest.mark.usefixtures("with_tree")
def test_a_nationality_before_a_player_is_no_side_of_his_contract() -> None:
    text = (
        "Argentine striker Iwan Cesar Gabrich signed a five year contract with Ajax Amsterdam on"
        " Wednesday."
    )
    (rec,) = deals(text)
    assert "argentina" not in rec.parties
    assert {"gabrich", "ajax"} <= set(rec.parties)


@pytest.mark.usefixtures("with_tree")
def test_a_club_before_a_player_is_still_a_side() -> None:
    text = "Ajax Amsterdam striker Iwan Cesar Gabrich signed a loan deal with Neath RFC on Wednesday."
    (rec,) = deals(text)
    assert {"ajax", "gabrich", "neath"} <= set(rec.parties)


COMPOUND_SPEC = {
    "plo": ("ORG", "Palestine Liberation Organisation", ("PLO",), {}),
    "israel": ("GPE", "Israel", ("Israel",), {"iso3166": "IL"}),
    "plo_israel": ("ORG", "PLO-Israel", ("PLO-Israel",), {}),
    "tikhomirov": ("PERSON", "Vyacheslav Tikhomirov", ("Vyacheslav Tikhomirov",), {}),
    "maskhadov": ("PERSON", "Aslan Maskhadov", ("Aslan Maskhadov",), {}),
    "pair": ("ORG", "Tikhomirov-Maskhadov", ("Tikhomirov-Maskhadov",), {}),
    "syria": ("GPE", "Syria", ("Syria",), {"iso3166": "SY"}),
}


@pytest.mark.parametrize("newline", ENDINGS)
def test_a_compound_name_before_a_deal_stands_for_its_parts(newline: str) -> None:
    text = f"The PLO and Israel met.{newline}The Authority was set up under the 1993 PLO-Israel peace deal."
    (rec,) = agreements_of(parse(text, COMPOUND_SPEC))
    assert set(rec.parties) == {"plo", "israel"}
    assert all(ev.text == text[ev.start : ev.end] for ev in rec.evidence)


def test_a_surname_compound_names_the_two_people() -> None:
    text = "Vyacheslav Tikhomirov met Aslan Maskhadov. The Tikhomirov-Maskhadov truce held."
    (rec,) = agreements_of(parse(text, COMPOUND_SPEC))
    assert set(rec.parties) == {"tikhomirov", "maskhadov"}


def test_a_compound_with_an_unknown_part_stays_one_name() -> None:
    text = "The Tikhomirov-Grozny truce held."
    spec = {"pair": ("ORG", "Tikhomirov-Grozny", ("Tikhomirov-Grozny",), {})}
    (rec,) = agreements_of(parse(text, spec))
    assert rec.parties == ("pair",)


def test_bare_talks_then_peace_talks_are_kept() -> None:
    text = "Israel held negotiations with Syria in 1995. Israel and Syria peace talks have been stuck since."
    found = agreements_of(parse(text, COMPOUND_SPEC))
    assert [r.kind for r in found] == ["talks"]


def test_bare_talks_alone_are_still_no_record() -> None:
    assert agreements_of(parse("Israel held talks with Syria on the crisis.", COMPOUND_SPEC)) == []


TITLED_SPEC = {
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed",), {}),
    "maskhadov": ("PERSON", "Aslan Maskhadov", ("Aslan Maskhadov",), {}),
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
}


def test_a_person_after_and_and_a_title_is_in_the_list_of_signers() -> None:
    text = "Alexander Lebed and rebel chief-of-staff Aslan Maskhadov signed an agreement on Thursday."
    (rec,) = agreements_of(parse(text, TITLED_SPEC))
    assert set(rec.parties) == {"lebed", "maskhadov"}


def test_a_verb_between_and_and_the_person_ends_the_list() -> None:
    text = "Alexander Lebed and then talked Aslan Maskhadov signed an agreement on Thursday."
    (rec,) = agreements_of(parse(text, TITLED_SPEC))
    assert rec.parties == ("maskhadov",)

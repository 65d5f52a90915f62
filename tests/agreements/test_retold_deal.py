"""One deal told twice in other words: a concluded indefinite mention by the same sides right after
a concluded agreement is that agreement (read off unused news articles); a further one stays apart."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "mitsubishi": ("ORG", "Mitsubishi Motors", ("Mitsubishi Motors",), {}),
    "peugeot": ("ORG", "Peugeot", ("Peugeot",), {}),
    "nissan": ("ORG", "Nissan", ("Nissan",), {}),
    "argentina": ("GPE", "Argentina", ("Argentina",), {"iso3166": "AR"}),
    "venezuela": ("GPE", "Venezuela", ("Venezuela",), {"iso3166": "VE"}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_the_two_firms_signing_a_memorandum_retell_the_deal_struck() -> None:
    text = (
        "Mitsubishi Motors has struck a deal to supply Peugeot with 30,000 cars. "
        "The two firms signed a Memorandum of Understanding on Monday."
    )
    (rec,) = found(text)
    assert [m.text for m in rec.mentions] == ["deal", "Memorandum of Understanding"]
    assert rec.status == "signed"


def test_one_side_signing_an_agreement_retells_the_deal_extended() -> None:
    text = (
        "Argentina and Venezuela have extended a food-for-oil deal. "
        "Last April, Argentina signed a $240m agreement to import fuel and this deal has now been extended."
    )
    (rec,) = found(text)
    assert {m.text for m in rec.mentions} == {"deal", "agreement"}
    assert rec.status == "extended"


def test_an_agreement_also_signed_is_another_agreement() -> None:
    text = (
        "Argentina and Venezuela signed a food-for-oil deal on Monday. "
        "Argentina also signed an agreement to import fuel."
    )
    assert len(found(text)) == 2


def test_an_agreement_with_a_side_of_its_own_is_another_agreement() -> None:
    text = (
        "Mitsubishi Motors has struck a deal to supply Peugeot with 30,000 cars. "
        "Mitsubishi Motors signed an agreement with Nissan to supply it with small cars."
    )
    assert len(found(text)) == 2



SALES: Spec = {
    "fosters": ("ORG", "Fosters", ("Fosters",), {}),
    "southcorp": ("ORG", "Southcorp", ("Southcorp",), {}),
    "reline": ("ORG", "Reline Investments", ("Reline Investments",), {}),
    "hardy": ("ORG", "BRL Hardy", ("BRL Hardy",), {}),
}


def sales(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made firms."""
    return agreements_of(parse(text, SALES))


def test_the_buyer_buying_the_stake_again_retells_the_purchase() -> None:
    text = (
        "Fosters bought a large stake in Southcorp on Monday. "
        "Fosters bought the stake from Reline Investments, a family firm."
    )
    (rec,) = sales(text)
    assert [m.text for m in rec.mentions] == ["bought", "bought"]
    assert (rec.acquirer, rec.target, rec.seller) == (("fosters",), ("southcorp",), ("reline",))


def test_the_buyer_buying_something_else_is_another_purchase() -> None:
    text = (
        "Fosters bought a large stake in Southcorp on Monday. "
        "Fosters bought several flats from Reline Investments last year."
    )
    assert len(sales(text)) == 2


def test_a_purchase_the_buyer_also_made_is_another_purchase() -> None:
    text = "Fosters bought a large stake in Southcorp on Monday. Fosters also bought the BRL Hardy brand."
    assert len(sales(text)) == 2


def test_an_agreement_on_a_subject_of_its_own_is_another_agreement() -> None:
    text = (
        "Argentina and Venezuela signed a food-for-oil deal on Monday. "
        "Argentina signed an agreement on nuclear co-operation."
    )
    assert len(found(text)) == 2

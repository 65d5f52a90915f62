"""Rules of session 11 round 2, read off unused news articles (the sentences here are unit tests only)."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_a_joint_venture_is_an_agreement() -> None:
    (rec,) = found("The system is a joint venture between Acme and Globex.")
    assert rec.kind == "agreement"
    assert rec.text == "joint venture"


def test_a_joint_venture_agreement_is_one_mention() -> None:
    (rec,) = found("Acme and Globex will continue a joint venture agreement to make fuel.")
    assert rec.text == "joint venture agreement"


def test_joint_ventures_in_general_are_no_agreement() -> None:
    assert found("Acme is among the firms involved in joint ventures with Chinese players.") == []


def test_agreed_to_buy_a_described_firm_names_the_target() -> None:
    (rec,) = found("Acme agreed to buy its former parent and phone pioneer Globex for about $16bn.")
    assert rec.kind == "acquisition"
    assert rec.target == ("globex",)
    assert rec.acquirer == ("acme",)


def test_agreed_to_buy_from_a_firm_is_not_its_target() -> None:
    recs = found("Acme agreed to buy its remaining shares from Globex.")
    assert all(rec.target != ("globex",) for rec in recs)


def test_bought_a_described_firm_names_the_target() -> None:
    (rec,) = found("During the year Acme bought firms such as Globex for $2bn.")
    assert rec.target == ("globex",)


def test_a_firm_naming_a_product_bought_is_no_target() -> None:
    assert found("Anyone who has purchased an Acme inkjet printer since 2001 may sue.") == []

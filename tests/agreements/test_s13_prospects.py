"""Session 13: a purchase announced or sought ("is to buy", "plans to buy", "is considering taking a
stake in") is an acquisition record; its subject (or the firm a relative clause describes) buys."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "smith": ("PERSON", "John Smith", ("John Smith",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme is to buy Globex for $2bn.", "signed"),
        ("Acme will acquire Globex, the two firms said.", "signed"),
        ("Acme said it would buy Globex.", "signed"),
        ("Acme plans to buy Globex.", "proposed"),
        ("Acme is trying to buy Globex.", "proposed"),
        ("Acme is considering buying Globex.", "proposed"),
    ],
)
def test_a_prospective_purchase_is_an_acquisition(text: str, status: str) -> None:
    (rec,) = deals(text)
    assert (rec.kind, rec.status) == ("acquisition", status)
    assert rec.acquirer == ("acme",) and rec.target == ("globex",) and rec.parties == ("acme",)


def test_considering_a_stake_names_the_target_after_in() -> None:
    (rec,) = deals("Acme is considering taking a stake in Globex but has yet to decide.")
    assert (rec.status, rec.acquirer, rec.target) == ("proposed", ("acme",), ("globex",))


def test_the_firm_a_relative_clause_describes_buys() -> None:
    (rec,) = deals("Acme, the German software firm that is trying to buy Globex, raised its dividend.")
    assert rec.acquirer == ("acme",) and rec.target == ("globex",)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith will take over as chief executive of Acme.",
        "Acme will buy shares in the company.",
        "Acme will buy back shares.",
        "Acme plans to buy new machines.",
    ],
)
def test_no_firm_bought_makes_no_record(text: str) -> None:
    assert deals(text) == []


def test_bought_from_two_sellers_names_both() -> None:
    more = {"initech": ("ORG", "Initech", ("Initech",), {}), "hooli": ("ORG", "Hooli", ("Hooli",), {})}
    spec = {**SPEC, **more}
    (rec,) = agreements_of(parse("Acme bought a 12.5 pct stake in Initech from Globex and Hooli.", spec))
    assert rec.seller == ("globex", "hooli") and set(rec.parties) == {"acme", "globex", "hooli"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme announced plans to buy Globex.", "proposed"),
        ("Acme's plan to buy Globex was approved by the board.", "proposed"),
        ("Acme's decision to buy 20% of Globex's car unit in 2000 was a mistake.", "signed"),
    ],
)
def test_a_purchase_told_by_a_noun_has_its_possessor_as_buyer(text: str, status: str) -> None:
    rec = next(r for r in deals(text) if r.kind == "acquisition")
    assert rec.acquirer == ("acme",) and rec.target == ("globex",) and rec.status == status


def test_a_decision_to_buy_no_named_firm_makes_nothing() -> None:
    assert deals("Acme's decision to buy new jets was criticised.") == []

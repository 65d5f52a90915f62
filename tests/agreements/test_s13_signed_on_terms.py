"""Session 13, round 2: "CLUB have signed PLAYER on a short-term deal (from SELLER)": the contract names
the club and player of the signing; a club the entities layer misses is a text side."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "norwich": ("ORG", "Norwich", ("Norwich",), {}),
    "leeds": ("ORG", "Leeds United", ("Leeds United",), {}),
    "williams": ("PERSON", "Andy Williams", ("Andy Williams", "Williams"), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


@pytest.mark.parametrize("head", ["contract", "deal"])
def test_the_contract_signed_on_names_club_and_player(head: str) -> None:
    text = f"Norwich have signed their former striker Andy Williams on a short-term {head}."
    transfer, contract = deals(text)
    assert transfer.kind == "transfer" and contract.kind == "contract"
    assert set(contract.parties) == {"norwich", "williams"} and contract.status == "signed"
    assert contract.club == ("norwich",) and contract.player == ("williams",)


def test_the_club_he_leaves_after_from_is_a_side() -> None:
    text = "Norwich have signed Andy Williams on a short-term deal from Leeds United."
    transfer = deals(text)[0]
    assert set(transfer.parties) == {"norwich", "leeds", "williams"}


def test_a_club_no_entity_covers_is_a_text_side() -> None:
    (transfer, contract) = deals(
        "Bath have signed their former scrum-half Andy Williams on a short-term deal."
    )
    assert transfer.club == ("text:Bath",) and contract.parties == ("text:Bath", "williams")


@pytest.mark.parametrize(
    "text",
    [
        "He has signed Andy Williams.",
        "The club have signed Andy Williams.",
        "They have signed Andy Williams.",
    ],
)
def test_no_named_club_no_transfer(text: str) -> None:
    assert deals(text) == []


def test_a_later_contract_is_not_the_signing() -> None:
    text = "Norwich have signed Andy Williams. He had a contract with Leeds United."
    contract = next(r for r in deals(text) if r.kind == "contract")
    assert "norwich" not in contract.parties

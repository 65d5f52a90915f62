"""Session 13, round 3: one plural agreement noun followed by "with" and a list of names stands for
one deal per name ("lost sponsorship deals with Chelsea and Celtic"); a singular noun stays one deal."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import SEED_ENTITIES, agreements_of, parse

SPEC = {
    **SEED_ENTITIES,
    "umbro": ("ORG", "Umbro", ("Umbro",), {}),
    "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
    "celtic": ("ORG", "Celtic", ("Celtic",), {}),
    "rangers": ("ORG", "Rangers", ("Rangers",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_plural_deals_with_two_clubs_are_two_deals() -> None:
    found = deals("Umbro, which recently lost sponsorship deals with Chelsea and Celtic, said profits rose.")
    assert sorted(tuple(sorted(r.parties)) for r in found) == [("celtic", "umbro"), ("chelsea", "umbro")]
    assert {r.status for r in found} == {"collapsed"}


def test_plural_deals_with_three_names_are_three_deals() -> None:
    found = deals("Umbro signed supply contracts with Chelsea, Celtic and Rangers last year.")
    assert sorted(tuple(sorted(r.parties)) for r in found) == [
        ("celtic", "umbro"),
        ("chelsea", "umbro"),
        ("rangers", "umbro"),
    ]


def test_a_singular_deal_with_two_names_stays_one() -> None:
    (rec,) = deals("Umbro signed a sponsorship deal with Chelsea and Celtic last year.")
    assert set(rec.parties) == {"umbro", "chelsea", "celtic"}


def test_plural_deals_with_one_name_stay_one() -> None:
    (rec,) = deals("Umbro signed sponsorship deals with Chelsea last year.")
    assert set(rec.parties) == {"umbro", "chelsea"}

"""Session 13: two or more named states, firms or groups that "agreed to" act together make an
agreement (its sides are the coordinated subject); one side, or people, agreeing to act make none."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import SEED_ENTITIES, agreements_of, parse

SPEC = {
    **SEED_ENTITIES,
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "smith": ("PERSON", "John Smith", ("John Smith",), {}),
    "doe": ("PERSON", "Jane Doe", ("Jane Doe",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_two_states_agreeing_to_act_make_an_agreement() -> None:
    (rec,) = deals("Turkey and Russia agreed to exchange prisoners on Friday.")
    assert (rec.kind, rec.status, set(rec.parties)) == ("agreement", "signed", {"turkey", "russia"})


def test_two_firms_that_have_agreed_to_share_a_network() -> None:
    (rec,) = deals("Acme and Globex have agreed to share their pipeline network.")
    assert set(rec.parties) == {"acme", "globex"}


def test_one_side_agreeing_makes_nothing() -> None:
    assert deals("Acme has agreed to pay $28.5m to settle the case.") == []


def test_people_agreeing_or_sides_agreeing_to_meet_make_nothing() -> None:
    assert deals("John Smith and Jane Doe agreed to step down.") == []
    assert deals("Turkey and Russia agreed to meet again next month.") == []

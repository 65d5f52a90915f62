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


def test_a_case_settled_is_an_agreement_with_who_brought_it() -> None:
    spec = {
        "titan": ("ORG", "Titan", ("Titan",), {}),
        "us": ("GPE", "United States", ("US",), {"iso3166": "US"}),
        "sec": ("ORG", "Securities and Exchange Commission", ("Securities and Exchange Commission",), {}),
    }
    text = (
        "Titan agreed to pay $13m in penalties, as well as $15.5m to settle a civil lawsuit brought by "
        "the US financial watchdog, the Securities and Exchange Commission."
    )
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.kind, rec.status, set(rec.parties)) == ("agreement", "signed", {"titan", "sec"})


def test_a_settlement_with_no_one_named_who_brought_it_makes_nothing() -> None:
    spec = {"walmart": ("ORG", "Wal-Mart", ("Wal-Mart",), {})}
    text = "Wal-Mart has agreed to pay $14.5m to settle a lawsuit over gun sales violations."
    assert agreements_of(parse(text, spec)) == []

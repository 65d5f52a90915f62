"""Session 13: "X signed for CLUB", "After signing for CLUB he ..." is a player's transfer to the club;
"initially joined CLUB" reads the subject past the adverb."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "leeds": ("ORG", "Leeds United", ("Leeds United", "Leeds"), {}),
    "smith": ("PERSON", "John Smith", ("John Smith", "Smith"), {}),
    "eu": ("ORG", "European Union", ("European Union",), {}),
    "blair": ("PERSON", "Tony Blair", ("Tony Blair",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def test_signed_for_a_club_is_a_transfer() -> None:
    (rec,) = deals("John Smith signed for Leeds in 2004.")
    assert (rec.kind, rec.text, rec.status) == ("transfer", "signed for", "in_force")
    assert rec.club == ("leeds",) and rec.player == ("smith",)
    assert set(rec.parties) == {"leeds", "smith"}


def test_signing_for_a_club_is_the_story_players_transfer() -> None:
    (rec,) = deals("John Smith scored twice. After signing for Leeds he made 164 appearances.")
    assert rec.kind == "transfer" and rec.player == ("smith",) and rec.club == ("leeds",)


def test_initially_joined_reads_the_subject() -> None:
    (rec,) = deals("John Smith initially joined Leeds as a player in 2001.")
    assert rec.kind == "transfer" and rec.player == ("smith",)


def test_joining_a_union_is_no_transfer() -> None:
    assert deals("Tony Blair said that since joining the European Union, trade had grown.") == []


def test_he_joins_the_club_retells_the_signing() -> None:
    (rec,) = deals(
        "Leeds have signed John Smith until the end of the season. "
        "He joins Leeds with the club second from bottom."
    )
    assert [m.text for m in rec.mentions] == ["signed", "joins"]
    assert rec.status == "signed"


def test_a_later_move_to_another_club_is_its_own_transfer() -> None:
    text = "John Smith signed for Leeds in 1998. Smith joined Everton from Leeds in 2001."
    spec = {**SPEC, "everton": ("ORG", "Everton", ("Everton",), {})}
    recs = agreements_of(parse(text, spec))
    assert [r.club for r in recs] == [("leeds",), ("everton", "leeds")]

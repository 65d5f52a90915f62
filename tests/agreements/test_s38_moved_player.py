"""Session 38 (issue 17): a player's transfer told with the player before the verb ("was signed from",
", the striker signed from", ", who signed for a fee from", ", acquired from", "was sold to"): the
player heads the verb's subject (or is the noun its participle or "who" clause describes), the club is
the firm of its "from" (or, for "sold", "to") phrase."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_agreements.gerunds as gerunds
from newsparse import Agreement
from tests.agreements.conftest import sentence_tree_of
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "rush": ("PERSON", "Ian Rush", ("Ian Rush",), {}),
    "thompson": ("PERSON", "Alan Thompson", ("Alan Thompson",), {}),
    "wickman": ("PERSON", "Bob Wickman", ("Bob Wickman",), {}),
    "gabrich": ("PERSON", "Gabrich", ("Gabrich",), {}),
    "smith": ("PERSON", "Tom Smith", ("Tom Smith",), {}),
    "picasso": ("PERSON", "Pablo Picasso", ("Pablo Picasso",), {}),
    "liverpool": ("ORG", "Liverpool", ("Liverpool",), {}),
    "middlesbrough": ("ORG", "Middlesbrough", ("Middlesbrough",), {}),
    "yankees": ("ORG", "New York Yankees", ("New York Yankees",), {}),
    "newell": ("ORG", "Newell's Old Boys", ("Newell's Old Boys",), {}),
    "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
    "moma": ("ORG", "Museum of Modern Art", ("Museum of Modern Art",), {}),
}


def transfers(text: str) -> list[Agreement]:
    """The transfer records of ``text`` (hand-made entities above)."""
    return [a for a in agreements_of(parse(text, SPEC)) if a.kind == "transfer"]


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "player", "club"),
    [
        ("Alan Thompson was signed from Middlesbrough during the summer.", "thompson", "middlesbrough"),
        ("Ian Rush, the striker signed from Liverpool in the summer, set up the goal.", "rush", "liverpool"),
        ("Gabrich, who signed for a fee from Newell's Old Boys, is set to start.", "gabrich", "newell"),
        ("Bob Wickman, acquired from the New York Yankees on Friday, earned the win.", "wickman", "yankees"),
        ("Tom Smith, sold to Chelsea last year, scored twice.", "smith", "chelsea"),
        ("Bob Wickman (5-1), acquired from the New York Yankees, earned the win.", "wickman", "yankees"),
    ],
)
def test_a_player_before_the_verb_and_the_other_club_are_a_transfer(
    text: str, player: str, club: str
) -> None:
    (moved,) = transfers(text)
    assert moved.player == (player,) and moved.club == (club,)
    assert sorted(moved.parties) == sorted([player, club])
    assert moved.status == "signed"


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "A painting by Pablo Picasso was sold to the Museum of Modern Art.",  # no player heads the subject
        "Tom Smith's house was sold to Chelsea.",  # a possessor sells nothing here
        "Alan Thompson was not signed from Middlesbrough.",  # negated
        "Alan Thompson was signed in the summer.",  # no club named
    ],
)
def test_no_player_or_no_club_makes_no_transfer(text: str) -> None:
    assert transfers(text) == []


@pytest.mark.usefixtures("with_tree")
def test_a_modal_transfer_is_proposed() -> None:
    (moved,) = transfers("Alan Thompson could be signed from Middlesbrough next month.")
    assert moved.status == "proposed"


@pytest.mark.usefixtures("without_tree")
def test_without_a_parse_nothing_is_read() -> None:
    assert transfers("Alan Thompson was signed from Middlesbrough during the summer.") == []


@given(
    verb=st.sampled_from(["signed", "acquired", "bought", "sold"]),
    prep=st.sampled_from(["from", "to", "by", "with"]),
    gap=st.sampled_from(["", " last year", " for a fee", " in June"]),
)
def test_any_verb_and_preposition_reads_without_error(verb: str, prep: str, gap: str) -> None:
    text = f"Alan Thompson was {verb}{gap} {prep} Middlesbrough."
    with pytest.MonkeyPatch.context() as patch:  # a function-scoped fixture would outlive the examples
        patch.setattr(gerunds, "sentence_tree", sentence_tree_of)
        found = transfers(text)
    assert all(a.player == ("thompson",) for a in found)
    if (verb == "sold") != (prep == "to") or prep not in ("from", "to"):
        assert found == []

"""Session 36: a place or nationality that only describes a side is no side.

"bought by a London dealer": a place before a lower-case noun describes the buyer, it buys nothing
(``deals``' passive sale, as a demonym already did). "a contract with English league champions
Manchester United": the parse gives the "with" phrase's side (Manchester United); the name it takes out
of the parties ("English", read as the club after "with" by the token rules) leaves the club role too,
which would otherwise put it back among a player's deal's sides (``structure._drop_roles``).
"""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "london": ("GPE", "London", ("London",), {}),
    "paris": ("GPE", "Paris", ("Paris",), {}),
    "england": ("GPE", "England", ("England", "English"), {}),
    "france": ("GPE", "France", ("France", "French"), {"iso3166": "FR"}),
    "omai": ("ORG", "Omai", ("Omai",), {}),
    "rosneft": ("ORG", "Rosneft", ("Rosneft",), {}),
    "yugansk": ("ORG", "Yugansk", ("Yugansk",), {}),
    "manutd": ("ORG", "Manchester United", ("Manchester United",), {}),
    "preston": ("ORG", "Preston", ("Preston",), {}),
    "keane": ("PERSON", "Roy Keane", ("Roy Keane", "Keane"), {}),
}
PLACES = ("London", "Paris", "English", "French")
NOUNS = ("dealer", "collector", "investor group", "businessman", "firm")


def only(text: str) -> Agreement:
    """The only agreement of ``text``."""
    found = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return found[0]


def test_a_place_describing_the_buyer_is_no_side() -> None:
    """ "It was bought by a London dealer": the dealer is unnamed, London bought nothing."""
    rec = only("Omai was bought by a London dealer.")
    assert rec.kind == "acquisition" and "london" not in rec.parties and "london" not in rec.acquirer


def test_a_named_buyer_after_by_stays() -> None:
    """ "Yugansk was bought by Rosneft": a name, not a description."""
    rec = only("Yugansk was bought by Rosneft.")
    assert rec.parties == ("rosneft",) and rec.acquirer == ("rosneft",)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(NOUNS))
def test_any_place_before_a_noun_buys_nothing(place: str, noun: str) -> None:
    """A place or demonym followed by a lower-case noun after "by" is never the buyer."""
    rec = only(f"Omai was bought by a {place} {noun}.")
    assert rec.parties == () and rec.acquirer == ()


@pytest.mark.usefixtures("with_tree")
def test_a_nationality_describing_the_club_is_no_club() -> None:
    """The parse's "with" phrase names Manchester United; "English" is no club and no side."""
    rec = only("Keane has signed a new four-year contract with English league champions Manchester United.")
    assert set(rec.parties) == {"keane", "manutd"}
    assert "england" not in rec.club


@pytest.mark.usefixtures("with_tree")
def test_a_club_named_after_with_stays() -> None:
    """ "a contract with Preston": the name is the club."""
    rec = only("Roy Keane has signed a two-year contract with Preston.")
    assert set(rec.parties) == {"keane", "preston"} and rec.club == ("preston",)

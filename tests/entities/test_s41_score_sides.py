"""A town after "to", "with", "over" or "by" that follows a match score in its clause is the other
side of the result, its club, at each of its mentions ("crashed 3-0 at home to Motherwell"); a
town opening a longer name, a possessed country and a town with no score before it stay as they were
(session 41)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document
from newsparse_entities.gazetteer import load
from newsparse_entities.recognise import gazetteer_matches
from newsparse_entities.score_sides import score_sides
from newsparse_entities.words import headline_sentences, words_of
from tests.entities.helpers import entity_at, parse


def test_a_town_after_a_score_and_at_home_to_is_the_other_side() -> None:
    doc = parse("The champions crashed 3-0 at home to Motherwell on Saturday, their worst start in years.")
    entity = entity_at(doc, "Motherwell")
    assert entity.type == "ORG"
    assert str(entity.identifiers["place"]).startswith("geonames:")


def test_the_other_side_is_the_club_at_its_other_mentions() -> None:
    doc = parse(
        "The visitors drew 1-1 with Ferencvaros in the second leg of the tie. "
        "Scorers for Ferencvaros were named after the match."
    )
    assert entity_at(doc, "Ferencvaros", 1).type == "ORG"


def test_a_known_venue_after_a_score_and_victory_over_is_the_club() -> None:
    doc = parse("The defender was hurt in Monday's 1-0 victory over Wimbledon at Elland Road.")
    assert entity_at(doc, "Wimbledon").type == "ORG"


def test_a_possessed_country_after_a_score_stays_the_country() -> None:
    doc = parse("She reached the quarter-finals with a 6-4 win over Japan's Kimiko Date on Tuesday.")
    assert entity_at(doc, "Japan").type == "GPE"


def test_a_town_with_no_score_before_it_stays_the_town() -> None:
    doc = parse("The minister flew to Motherwell on Saturday to open the new hospital wing.")
    assert entity_at(doc, "Motherwell").type == "GPE"


def _sides(text: str) -> set[str]:
    """The towns :func:`score_sides` takes in ``text``."""
    doc = Document(text)
    words = words_of(doc)
    matches = gazetteer_matches(words, load(), headline_sentences(words))
    return score_sides(words, [c for c in matches if c.kind == "gaz"], text)


_TOKENS = ["lost", "to", "with", "over", "Motherwell", "Paris", "on", "Saturday", "3", "0", "1996", "."]


@given(st.lists(st.sampled_from(_TOKENS), max_size=25))
def test_no_side_without_a_score(tokens: list[str]) -> None:
    assert not _sides(" ".join(tokens))

"""A county named with no locating word in a cricket report is its side at each of its mentions
("the bowlers sent Gloucestershire reeling"); a county located anywhere in the report ("in
Lancashire", "Preston , Lancashire") and any county outside a cricket report stay the place (session 41)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document
from newsparse_entities.county_clubs import cricket_report
from newsparse_entities.words import words_of
from tests.entities.helpers import entity_at, parse

_REPORT = (
    "The new-ball bowlers took two wickets each and sent Gloucestershire reeling on Saturday. "
    "The spinner bowled unchanged as Gloucestershire slumped to 27 for four at the close."
)


def test_a_county_acted_on_in_a_cricket_report_is_its_side() -> None:
    doc = parse(_REPORT)
    entity = entity_at(doc, "Gloucestershire")
    assert entity.type == "ORG"
    assert str(entity.identifiers["place"]).startswith("iso3166-2:GB-")
    assert len(entity.mentions) == 2  # both mentions: the side


def test_a_county_after_an_apposed_rank_in_a_cricket_report_is_its_side() -> None:
    doc = parse(
        "Fourth-placed Leicestershire had the visitors on the ropes before rain intervened, "
        "their paceman taking three wickets and the spinner two as the batsmen struggled."
    )
    assert entity_at(doc, "Leicestershire").type == "ORG"


def test_a_county_located_in_the_report_stays_the_place() -> None:
    doc = parse(
        "The bowler, born in Lancashire, took three wickets as the batsmen struggled. "
        "Lancashire has had a wet summer and the wickets were slow."
    )
    assert entity_at(doc, "Lancashire").type == "GPE"


def test_a_county_outside_a_cricket_report_stays_the_place() -> None:
    doc = parse(
        "Flooding closed roads across the county after Gloucestershire was hit by heavy rain on Saturday."
    )
    assert entity_at(doc, "Gloucestershire").type == "GPE"


def test_a_football_report_is_no_cricket_report() -> None:
    text = "The striker scored twice and the goalkeeper saved a penalty as the league leaders won."
    assert not cricket_report(words_of(Document(text)))
    assert cricket_report(words_of(Document(_REPORT)))


@given(
    st.lists(
        st.sampled_from(["the", "goal", "wicket", "rain", "bowler", "match", "Lancashire", "."]), max_size=30
    )
)
def test_a_cricket_report_has_two_words_of_cricket(tokens: list[str]) -> None:
    text = " ".join(tokens)
    if cricket_report(words_of(Document(text))):
        assert tokens.count("wicket") + tokens.count("bowler") >= 2

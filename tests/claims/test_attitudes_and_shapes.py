"""Unit tests of issue 15, fifth pass: attitude verbs and sentence shapes (passages written for the tests)."""

from __future__ import annotations

import pytest

from newsparse import Entity
from newsparse_claims.model import Claim

from .layers import document, entity, run
from .test_real_patterns import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most voters think the race is close.", [("Most voters", "think", "the race is close")]),
        ("Rubio wants to emerge as the candidate.", [("Rubio", "wants", "to emerge as the candidate")]),
        ("The union backed the strike on Monday.", [("The union", "backed", "the strike")]),
    ],
)
def test_attitude_verbs_after_a_third_person_source_are_cues(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I think we can win the state.",
        "Do you know the answer?",
        "He should see the results for himself.",
        "The bank would push yields higher if it wanted to borrow again.",
        "The poll measured party support in key seats.",
        "The bank has found itself at the centre of the crisis.",
        "Clinton leads by 270 pledged delegates.",
        "You can say that they became my family.",
    ],
)
def test_asides_nouns_and_conditions_are_no_claims(text: str) -> None:
    assert summary(text) == []


def test_a_cue_verb_is_no_source_of_an_attitude_noun() -> None:
    assert summary("The firms announced plans to cut output.") == [
        ("The firms", "announced", "plans to cut output")
    ]


def test_a_name_in_ly_is_not_an_adverb() -> None:
    assert summary("Kelly said she asked for the interview.") == [
        ("Kelly", "said", "she asked for the interview")
    ]


def test_a_quotation_before_a_source_with_apposition_and_told() -> None:
    text = "“It is going to win,” Senator Jeff Sessions, a close adviser to Trump, told AFP."
    assert summary(text) == [("Senator Jeff Sessions", "told", "It is going to win")]
    text = "“They are principled,” Sarandon, 69, told MSNBC on Monday when asked about it."
    assert summary(text) == [("Sarandon", "told", "They are principled")]


def test_according_to_after_a_conjunction_opens_the_sentence() -> None:
    assert summary("But, according to the poll, 46 percent of voters back him.") == [
        ("the poll", "according to", "46 percent of voters back him")
    ]


def test_according_to_holds_the_attribution_inside_its_content() -> None:
    assert summary("According to ProPublica, Clinton praised her donors in the address.") == [
        ("ProPublica", "According to", "Clinton praised her donors in the address")
    ]


def test_according_to_after_dashes_takes_the_main_clause() -> None:
    text = "The city had 115 crimes — including robbery — according to data from the FBI."
    assert summary(text) == [
        ("data from the FBI", "according to", "The city had 115 crimes — including robbery")
    ]


def test_a_contrast_stays_inside_the_content() -> None:
    assert summary("The latest figures show imports fell 36 pct, while exports plunged 52 pct.") == [
        ("The latest figures", "show", "imports fell 36 pct, while exports plunged 52 pct")
    ]


def sources(text: str, *ents: Entity) -> list[tuple[str | None, str | None]]:
    """(source as written, source entity id) of each claim found in ``text`` with the given entities."""
    doc = run(document(text, entities=ents), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.source)
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]


def test_the_person_in_a_source_phrase_is_its_entity() -> None:
    text = "Acme Bank analyst Chuck Levitt said prices would fall."
    ents = (
        entity(text, "acme-bank", "ORG", "Acme Bank"),
        entity(text, "chuck-levitt", "PERSON", "Chuck Levitt"),
    )
    assert sources(text, *ents) == [("Acme Bank analyst Chuck Levitt", "chuck-levitt")]


def test_a_definite_description_names_the_organisation_before_it() -> None:
    text = "The Electoral Commission met on Monday. The commission said limits should fall."
    ents = (entity(text, "electoral-commission", "ORG", "Electoral Commission"),)
    assert sources(text, *ents) == [("The commission", "electoral-commission")]
    other = "The Electoral Commission met on Monday. The government said limits should fall."
    assert sources(other, entity(other, "electoral-commission", "ORG", "Electoral Commission")) == [
        ("The government", None)
    ]


def test_a_title_inside_an_apposition_and_a_clause_after_an_inverted_cue() -> None:
    text = "Gov. Ann Lee of Ohio, a Republican who refused to back Mr. Reed, said the family deserved better."
    assert ("Gov. Ann Lee of Ohio", "said", "the family deserved better") in summary(text)
    text = "Asked about the vote, Mrs. Lee shook her head and said no deal was near."
    assert "Asked" not in [source for source, _cue, _content in summary(text)]

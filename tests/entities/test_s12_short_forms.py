"""Session 12 round 3: a later mention that opens an organisation's full name, named earlier in the
document, is that organisation ("Texas Commerce" after "Texas Commerce Bancshares")."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Texas Commerce Bancshares Inc agreed to buy the bank. Texas Commerce said the deal was "
            "worth $10 million.",
            "Texas Commerce Bancshares Inc",
            "Texas Commerce",
        ),
        (
            "SSL International, the maker of Durex condoms, said profits rose. SSL said sales in Japan "
            "were weak.",
            "SSL International",
            "SSL",
        ),
        (
            "Portal firm Lycos Europe began the campaign in November. Lycos said it had stopped it.",
            "Lycos Europe",
            "Lycos",
        ),
    ],
)
def test_the_first_words_of_an_organisation_named_before_are_that_organisation(
    text: str, full: str, short: str
) -> None:
    doc = parse(text)
    assert entity_at(doc, short) is entity_at(doc, full)
    assert entity_at(doc, short).type == "ORG"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the short form first: the parent company, not its product or division
        ("Nintendo said sales rose. The Nintendo DS will go on sale in March.", "Nintendo"),
        # two organisations open with the same word: neither is the short form's
        ("Hanson Trust PLC and Hanson Industries Inc reported profits. Hanson said jobs would go.", "Hanson"),
    ],
)
def test_a_short_form_before_its_full_name_or_shared_by_two_stays_apart(text: str, short: str) -> None:
    doc = parse(text)
    assert entity_at(doc, short).canonical == short


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Neath RFC beat Bath 21-10 on Saturday.", "Neath RFC"),
        ("On Saturday Neath RFC beat Bath 21-10.", "Neath RFC"),
        ("Bradford Bulls RLFC lost again.", "Bradford Bulls RLFC"),
    ],
)
def test_a_club_suffix_makes_the_whole_name_one_club(text: str, club: str) -> None:
    entity = entity_at(parse(text), club)
    assert (entity.type, entity.canonical) == ("ORG", club)


def test_a_name_that_said_it_would_do_something_is_an_organisation() -> None:
    doc = parse("Deutsche Boerse said it would merge with the London Stock Exchange.")
    assert entity_at(doc, "Deutsche Boerse").type == "ORG"


def test_said_it_would_be_is_no_evidence_of_an_organisation() -> None:
    doc = parse("Jim Hacker said it would be hard to win the vote.")
    assert entity_at(doc, "Jim Hacker").type == "PERSON"


@pytest.mark.parametrize(
    "text", ["The East-West deal was signed on Monday.", "Talks on the North-South link resumed."]
)
def test_two_compass_points_before_a_noun_are_no_organisation(text: str) -> None:
    assert not parse(text).entities


def test_two_compass_points_that_open_a_name_stay_in_it() -> None:
    doc = parse("East-West Airlines said it would cut fares.")
    assert entity_at(doc, "East-West Airlines").type == "ORG"


def test_a_lone_name_after_a_speaker_s_role_is_the_employer() -> None:
    doc = parse('"There is growth," said Dinesh Keskar, senior vice president Boeing.')
    assert entity_at(doc, "Boeing").type == "ORG"
    assert entity_at(doc, "Dinesh Keskar").type == "PERSON"


@pytest.mark.parametrize("text", ['"We won," said striker Shearer.', "Rapper Eminem said he would tour."])
def test_a_role_before_a_lone_name_outside_an_apposition_is_a_person_s(text: str) -> None:
    doc = parse(text)
    assert {e.type for e in doc.entities} == {"PERSON"}

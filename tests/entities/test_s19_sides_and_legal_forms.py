"""Session 19, round 2: a guessed name playing a team is a team, team nicknames in sports reports,
and a firm written with and without its legal form is one entity."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Newcomers scored their first goals as Chelsea beat Coventry 2-0 on Saturday.", "Chelsea"),
        ("The tie between Tottenham Hotspur and Everton also ended goalless.", "Everton"),
    ],
)
def test_a_guessed_name_playing_a_team_is_a_team(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the other side is a demonym before a player's name, not a team
        ("Australian Nicole Pratt beat Tunisian Selima Sfar 7-5 6-2.", "Nicole Pratt"),
        # the other side is typed by default only (no evidence): an awards story
        ("In the international categories, Morrissey beat Eminem, Usher and Robbie Williams.", "Morrissey"),
        # a row between a club and a person is no match (no match noun in the sentence)
        ("The row between Tottenham Hotspur and Everton went on.", "Everton"),
    ],
)
def test_a_side_against_no_team_stays_a_person(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "PERSON"


_SPORT = "The striker was at the league match. The cup final is in May and the goals came late. "


@pytest.mark.parametrize("nickname", ["Gunners", "Magpies", "Lions"])
def test_a_team_nickname_in_a_sports_report_is_an_organisation(nickname: str) -> None:
    text = _SPORT + f"He joined the {nickname} in the summer."
    assert entity_at(parse(text), nickname).type == "ORG"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ministers met the Greens on Tuesday to talk about it.", "Greens"),  # no sports report
        (_SPORT + "It was the biggest thing since Lord of the Rings.", "Rings"),  # inside a title
        (_SPORT + "The success of Pirates of the Caribbean was noted.", "Pirates"),
        (_SPORT + "He won a medal at the Games.", "Games"),  # an event's head
    ],
)
def test_no_nickname_outside_a_sports_report_or_inside_a_title(text: str, word: str) -> None:
    doc = parse(text)
    assert not [m for e in doc.entities for m in e.mentions if m.text == word and e.type == "ORG"]


def test_a_firm_with_and_without_its_legal_form_is_one_entity() -> None:
    text = (
        "Montedison S.p.A. agreed to buy the shares of Erbamont N.V. for $37 each. Montedison owns 72% "
        "of Erbamont's shares. A committee of Erbamont directors approved the accord."
    )
    doc = parse(text)
    firm = entity_at(doc, "Erbamont N.V.")
    assert entity_at(doc, "Erbamont") is firm
    assert entity_at(doc, "Erbamont", 1) is firm
    assert firm.canonical == "Erbamont"
    assert len({e.id for e in doc.entities if e.canonical == "Erbamont"}) == 1


def test_a_legal_form_variant_typed_otherwise_stays_apart() -> None:
    # "Ford" here is decided a person by its first name: not the short name of "Ford Motor Co"
    doc = parse("Ford Motor Co said sales rose. Gerald Ford said he was pleased.")
    assert entity_at(doc, "Gerald Ford").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("He scored twice. Former Everton midfielder John Smith scored twice.", "Everton"),
        ("He scored twice. Former Aston Villa boss John Smith was sacked.", "Aston Villa"),
    ],
)
def test_former_before_a_club_and_a_role_noun_is_no_title(text: str, club: str) -> None:
    assert entity_at(parse(text), club).type == "ORG"


def test_former_before_a_title_still_marks_the_person() -> None:
    doc = parse("Former President Bill Clinton said no.")
    assert entity_at(doc, "Bill Clinton").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The daily Le Monde reported on Wednesday that talks failed.", "Le Monde"),
        ("The newspaper La Jornada said the group was armed.", "La Jornada"),
    ],
)
def test_a_printed_medium_named_after_its_noun_is_an_organisation(text: str, paper: str) -> None:
    assert entity_at(parse(text), paper).type == "ORG"


def test_a_first_name_still_outweighs_a_broadcaster() -> None:
    assert entity_at(parse("Former broadcaster Peter Kent said no."), "Peter Kent").type == "PERSON"


def test_a_side_typed_person_by_a_town_first_name_only_is_a_team() -> None:
    text = "The double snapped a tie as the Florida Marlins beat the Cincinnati Reds 3-1 for their win."
    assert entity_at(parse(text), "Florida Marlins").type == "ORG"


@pytest.mark.parametrize("possessive", ["Everton's", "Everton 's"])
def test_a_guessed_name_owning_a_player_in_a_sports_report_is_his_club(possessive: str) -> None:
    text = f"In the league match, {possessive} Duncan Ferguson went close with a goal in the cup final."
    assert entity_at(parse(text), "Everton").type == "ORG"


def test_a_possessor_outside_a_sports_report_stays_as_it_was() -> None:
    assert entity_at(parse("Blair's Gordon Brown said no."), "Blair").type == "PERSON"

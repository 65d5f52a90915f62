"""Issue 16, session 17: a later "in the village of X" is the most specific place; joined objects."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def places(text: str, published: str | None = "1996-08-29") -> list[tuple[str, str | None]]:
    """(role, place as written) of each event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [(e.role, e.place_text.text if e.place_text is not None else None) for e in found]


@pytest.mark.parametrize("eol", EOLS)
def test_a_village_named_later_places_a_killing_told_in_a_province(eol: str) -> None:
    """ "shot dead in Serbia's Kosovo province ... He was shot ... in the village of Donje Ljupce"."""
    text = (
        "Policeman shot dead.\n\nBELGRADE 1996-08-29\n\nA policeman has been shot dead in Serbia's "
        "troubled Kosovo province, Serbian police said on Thursday.\n\nIt was the fifth attack on police "
        "this month.\n\nHe was shot on Wednesday afternoon as he stepped off a bus near his home in the "
        "village of Donje Ljupce in the municipality of Podujevo.\n"
    ).replace("\n", eol)
    assert places(text)[0] == ("killed", "Donje Ljupce")


@pytest.mark.parametrize("eol", EOLS)
def test_a_suburb_of_the_city_written_in_the_phrase_places_the_injuries(eol: str) -> None:
    """ "injured ... in the city of Melbourne ... in the north Melbourne suburb of Preston": Preston."""
    text = (
        "Train collides with truck.\n\nFifteen people were injured when a train and a truck collided "
        "in the Australian city of Melbourne on Monday, officials said.\n\nA spokesman said the train "
        "collided with the truck in the north Melbourne suburb of Preston just before 8.30 a.m.\n"
    ).replace("\n", eol)
    assert places(text) == [("wounded", "Preston")]


def test_a_destination_is_no_place_of_the_incident() -> None:
    """ "on its way ... to the nearby town of X": where the bus went, not where it fell."""
    text = (
        "Bus crash.\n\nAt least 16 people were killed on Sunday when a bus fell into a ravine in "
        "Pakistan, police said.\n\nThe bus was on its way to the nearby town of Garhi Habibullah.\n"
    )
    assert places(text)[0] == ("killed", "Pakistan")


def test_a_city_named_in_its_own_sentence_is_kept() -> None:
    """A city of the event's sentence (no ISO code) is not replaced by a town of another phrase."""
    text = (
        "Blast.\n\nThree people were killed by a bomb in Kabul on Monday, police said.\n\n"
        "Police were also sent to the town of Ghazni.\n"
    )
    assert places(text)[0] == ("killed", "Kabul")


def test_another_year_is_no_retelling() -> None:
    """A sentence dated in another year tells another incident: its village is not this one's."""
    text = (
        "Attack.\n\nTwo soldiers were killed in Kosovo on Monday, police said.\n\n"
        "In 1994 a bomb exploded in the village of Orlate.\n"
    )
    assert places(text)[0] == ("killed", "Kosovo")


def test_the_same_place_written_as_a_city_is_no_smaller_place() -> None:
    """ "A man died in Miyazaki prefecture ... the city of Miyazaki": the prefecture stays."""
    text = (
        "Quake.\n\nA man died in Miyazaki prefecture when his truck overturned, police said.\n\n"
        "A police spokesman in the western Kyushu city of Miyazaki said walls cracked.\n"
    )
    found = places(text)
    assert (
        found and found[0][0] == "killed" and found[0][1] is not None and found[0][1].startswith("Miyazaki")
    )
    layer = newsparse.parse(text, published="1996-08-29").layer("events")
    first = next(e for e in layer if isinstance(e, Event))
    assert first.place_text is not None and first.place_text.start < text.index("police said")


@pytest.mark.parametrize("eol", EOLS)
def test_a_town_named_later_places_an_incident_told_near_a_city(eol: str) -> None:
    """ "in a restaurant near Algiers ... in the blast in the town of Staouelli": Staouelli."""
    text = (
        "Blast.\n\nTwo people were killed when a hand grenade exploded in a restaurant near Algiers late "
        "on Friday, Algerian radio reported on Saturday.\n\nThe report quoted security services as saying "
        "six other people were injured in the blast in the town of Staouelli.\n"
    ).replace("\n", eol)
    assert places(text)[0] == ("killed", "Staouelli")


def test_a_town_of_another_day_is_no_retelling() -> None:
    """ "A week ago a bomb exploded in the town of X": another incident, not the province's killing."""
    text = (
        "Blast.\n\nA bomb killed seven people in Algeria on Friday, a newspaper said on Saturday.\n\n"
        "A week ago a home-made bomb exploded in a market in the western coastal town of Bou Haroun.\n"
    )
    assert places(text)[0] == ("killed", "Algeria")


def victims(text: str) -> list[tuple[str, int | None, str | None]]:
    """(role, count, victims) of each event of ``text``."""
    layer = newsparse.parse(text, published="2020-01-01").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [
        (e.role, e.count.value if e.count is not None else None, e.victims.text if e.victims else None)
        for e in found
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_two_single_objects_joined_by_and_are_two_events(eol: str) -> None:
    """ "Gunmen killed a policeman and a teacher": one event per victim group (was: the policeman only)."""
    text = "News.\n\nGunmen killed a policeman and a teacher on Monday.\n".replace("\n", eol)
    assert victims(text) == [("killed", 1, "policeman"), ("killed", 1, "teacher")]


def test_a_joined_possessed_single_is_its_own_victim() -> None:
    """ "killed a policeman and his wife": two victims."""
    assert victims("News.\n\nGunmen killed a policeman and his wife.\n") == [
        ("killed", 1, "policeman"),
        ("killed", 1, "wife"),
    ]


def test_a_joined_verb_is_no_joined_victim() -> None:
    """ "killed a policeman and wounded two others": the second is another event, not a second victim."""
    assert victims("News.\n\nGunmen killed a policeman and wounded two others.\n") == [
        ("killed", 1, "policeman"),
        ("wounded", 2, None),
    ]


def test_a_joined_thing_is_no_victim() -> None:
    """ "killed a man and a dog": the dog is no person."""
    assert victims("News.\n\nHe killed a man and a dog.\n") == [("killed", 1, "man")]


def perpetrators(text: str) -> list[tuple[str, str | None]]:
    """(role, perpetrator as written) of each event of ``text``."""
    layer = newsparse.parse(text, published="2020-01-01").layer("events")
    return [
        (e.role, e.perpetrator_text.text if e.perpetrator_text is not None else None)
        for e in layer
        if isinstance(e, Event)
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_a_person_subject_of_the_main_clause_did_the_participle(eol: str) -> None:
    """ "A farmer opened fire on a crowd, killing three people": the farmer (was: nobody)."""
    text = "News.\n\nA farmer opened fire on a crowd on Friday, killing three people.\n".replace("\n", eol)
    assert perpetrators(text) == [("killed", "A farmer")]


def test_a_plural_person_subject_did_it_too() -> None:
    """ "Two officers opened fire on the crowd, killing three": the officers."""
    assert perpetrators("News.\n\nTwo officers opened fire on the crowd, killing three people.\n") == [
        ("killed", "Two officers")
    ]


def test_a_noun_guessed_by_its_suffix_is_no_actor() -> None:
    """ "Disaster struck ..., killing all 141": "-er" makes no person here."""
    text = "News.\n\nDisaster struck on Thursday when an airliner crashed, killing all 141 people on board.\n"
    assert perpetrators(text) == [("killed", None)]

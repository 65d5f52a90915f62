"""Issue 16, seventh pass: earlier killings told after "after", disease deaths, places after "on"."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Residents attacked police officers after two children were killed by gunmen in the town.",
        "The air strikes came after the rebels killed 10 soldiers in the area earlier that day.",
        "Young men blocked the streets to express their anger following the killing of a trader.",
    ],
)
def test_a_killing_that_an_after_clause_tells_is_the_occasion(text: str) -> None:
    (event,) = events(text)
    assert event.role == "killed" and event.background


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after the blast 12 people were found dead in the market.",
        "The rebels were forced to retreat after incurring 12 fatalities.",
        "Twelve people were killed after a bomb exploded in the market.",
    ],
)
def test_a_killing_timed_by_its_own_attack_is_no_occasion(text: str) -> None:
    (event,) = events(text)
    assert event.role == "killed" and not event.background


def test_a_death_from_a_disease_is_no_casualty() -> None:
    assert events("Officials imposed a lockdown after a resident died from coronavirus on Monday.") == []
    (event,) = events("A resident died in a shooting on Monday.")
    assert event.count is not None and event.count.value == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen shot dead a driver on the road that connects Frontera to Villahermosa.", "Frontera"),
        ("Gunmen killed two soldiers on the Al Fajir front.", "Al Fajir"),
        ("Troops killed a villager on the outskirts of Mrauk-U.", "Mrauk-U"),
        ("Militants killed two civilians 10 km from Arimba.", "Arimba"),
        ("Gunmen killed a hawker in rural Deir-ez-Zor.", "Deir-ez-Zor"),
    ],
)
def test_a_place_after_on_a_bearing_or_rural(text: str, place: str) -> None:
    (event,) = events(text)
    assert event.place_text is not None and place in event.place_text.text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two soldiers on 9 May.",
        "Gunmen opened fire on the convoy, killing two soldiers.",
        "Two soldiers were killed on Monday.",
    ],
)
def test_on_a_date_or_a_convoy_is_no_place(text: str) -> None:
    (event,) = events(text)
    assert event.place_text is None


def test_a_sentence_that_places_the_incident_gives_its_place_and_day() -> None:
    text = (
        "A soldier was wounded by a rubber bullet during the protest. "
        "The shooting took place on July 7 in Nilin, a village near Ramallah."
    )
    (event,) = events(text, "2008-07-20")
    assert event.place_text is not None and event.place_text.text.startswith("Nilin")
    assert event.date is not None and event.date.value == "2008-07-07"


def test_a_more_specific_incident_place_replaces_the_country() -> None:
    text = (
        "A Canadian soldier was killed in Afghanistan on Friday. "
        "The explosion, which happened in the Zhari district, west of Kandahar, Afghanistan, "
        "destroyed the vehicle."
    )
    (event,) = events(text, "2007-05-26")
    assert event.place_text is not None and event.place_text.text.startswith("Zhari")


def test_an_incident_sentence_far_away_or_after_publication_gives_nothing() -> None:
    text = (
        "Two people were killed in a shooting. Talks went on. Ministers met. Officials spoke. "
        "Police said. The attack took place on 9 May in Kabul."
    )
    (event,) = events(text, "2020-05-08")
    assert event.place_text is None and event.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On 9 May 2020, armed men attacked a police patrol in Celaya. "
            "The men drove off in a car. Two officers died.",
            "2020-05-09",
        ),
        (
            "On 9 May 2020, armed men attacked a police patrol in Celaya. "
            "The men drove off in a car. The patrol called for help. Two officers died.",
            "2020-05-09",
        ),
    ],
)
def test_the_narrative_day_of_the_paragraph_dates_a_later_event(text: str, day: str) -> None:
    (event,) = events(text, "2020-05-10")
    assert event.date is not None and event.date.value == day


@pytest.mark.parametrize(
    "text",
    [
        # a year two sentences back is no narrative day
        "The law was passed in 2005. The men fled in a car. Two officers died.",
        # another paragraph's day
        "On 9 May 2020, armed men attacked a patrol.\n\nThe men fled in a car. Two officers died.",
        # too far back
        "On 9 May 2020, armed men attacked a patrol. They fled. Police came. Troops came. Two died.",
        # a toll told as a report's content
        "On 9 May 2020, armed men attacked a patrol. They fled. Reports that two men had been killed "
        "prompted an inquiry.",
    ],
)
def test_no_narrative_day_from_a_year_another_paragraph_or_far_back(text: str) -> None:
    (event,) = [e for e in events(text, "2020-05-10") if e.role == "killed"]
    assert event.date is None


@pytest.mark.parametrize(
    ("text", "perpetrator", "place"),
    [
        (
            "A councilor was shot dead by unidentified assailants in Barangay Piacan, Sirawai.",
            "unidentified assailants",
            "Barangay Piacan",
        ),
        ("A man was beaten to death by a group of men in Amethi over a land dispute.", "group", "Amethi"),
        (
            "A commander was killed during an operation by police forces in the Darraz Gard village.",
            "police forces",  # the "by" phrase of the operation (session 14), no longer the bare noun
            "Darraz Gard",
        ),
    ],
)
def test_a_place_after_the_agent_is_where_never_who(text: str, perpetrator: str, place: str) -> None:
    (event,) = events(text)
    assert event.perpetrator_text is not None and event.perpetrator_text.text == perpetrator
    assert event.place_text is not None and event.place_text.text.startswith(place)


def test_a_named_agent_keeps_its_name() -> None:
    (event,) = events("Three soldiers were killed by Hamas in Gaza.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Hamas"
    assert event.place_text is not None and event.place_text.text == "Gaza"


def test_an_area_after_the_outskirts_of() -> None:
    (event,) = events("A girl was killed by gunmen in Mazen camp in the outskirts of Kelly.")
    assert [a.text for a in event.areas][:1] == ["Kelly"]


def test_who_puts_a_figure_on_a_toll_reported_it() -> None:
    text = "At least 33 people died in protests in Addis Ababa. Reuters put the figure at 23."
    for event in events(text):
        assert event.perpetrator_text is None or event.perpetrator_text.text != "Reuters"


def test_a_unit_of_a_named_force_names_the_force() -> None:
    (event,) = events("Two villagers were killed by a unit of the Revolutionary Guards near the border.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Revolutionary Guards"
    (event,) = events("Two men were shot dead by a group of men in Amethi.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "group"

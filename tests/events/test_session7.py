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

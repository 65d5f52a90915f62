"""Issue 16, session 35: the name after a place noun and "of" ("the Tabbaneh area of Tripoli") is an
area holding the event's place, whatever word follows it and whatever the entities layer types it
(``areas._holder``); "in front of" names no area."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_events.model import Event


def areas(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(trigger, place as written, areas) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="2020-05-08").layer("events")
    return [
        (e.trigger.text, e.place_text.text if e.place_text else None, tuple(a.text for a in e.areas))
        for e in events
        if isinstance(e, Event)
    ]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "On 6 May 2020, a brawl broke out in the Qasr area of Tarbela between two families. "
            "One injury was reported.",
            "Tarbela",
        ),
        (
            "On 2 May 2020, gunmen killed 3 farmers in the Dosta area of Wardan Kalay (Mirza Khel) "
            "district, Kunar.",
            "Wardan Kalay",
        ),
        (
            "On 4 May 2020, police detained 6 protesters in the Celik neighborhood of Bornova "
            "during a march.",
            "Bornova",
        ),
    ],
)
def test_the_name_after_area_of_is_an_area(text: str, area: str) -> None:
    """The holder named after "area of" is among the event's areas (base: none)."""
    found = areas(text)
    assert found and all(area in held for _, _, held in found)


def test_in_front_of_names_no_area() -> None:
    """ "in front of the Ministry of Labour": a compound preposition, no place holding another."""
    text = (
        "On 5 May 2020, relatives of migrants detained in Malta gathered in front of the Ministry of Labour "
        "in Rades to protest."
    )
    for _, _, held in areas(text):
        assert "Ministry" not in held


def test_a_chain_of_district_names_is_kept() -> None:
    """The chain the layer read before is unchanged: "Pir Laka area of Jani Khel district, Paktika"."""
    found = areas("On 8 May 2020, 3 soldiers were killed in Pir Laka area of Jani Khel district, Paktika.")
    assert found == [("killed", "Pir Laka", ("Jani Khel", "Paktika"))]

"""Issue 16, session 20 round 2: a toll placed in a country takes the one place inside it that the
incident's sentence names, decided by the entities layer's country codes."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event

TABLE = (
    "The following are the latest figures as of Monday for the dead and injured in the bombings of the U.S."
    " Embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania.\n\nKENYA:\nTotal Dead: 192\nInjured: 4,877"
    "\n\nTANZANIA:\nTotal dead: 10\nInjured: 74"
)


def events(text: str, published: str | None = "1998-08-10") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def places(text: str) -> list[str | None]:
    """The place text of each event of ``text``."""
    return [e.place_text.text if e.place_text is not None else None for e in events(text)]


def test_a_countrys_toll_takes_the_city_of_the_attacks_sentence() -> None:
    """ "KENYA: ... Injured: 4,877" after "the bombings ... in Nairobi, Kenya, and Dar es Salaam, ..."."""
    found = {e.place for e in events(TABLE)}
    assert {"geonames:184745", "geonames:160263"} <= found  # Nairobi, Dar es Salaam
    assert not found & {"kenya", "tanzania"}


def test_the_inner_place_of_an_earlier_attack_sentence() -> None:
    """The attack's sentence names Garissa, which the gazetteer puts in Kenya: "2 more killed in Kenya"."""
    text = (
        "Gunmen attacked a bus near Garissa, Kenya, on Friday, killing 4 passengers.\n\n"
        "Police said 2 more people were killed in Kenya in the attack."
    )
    assert places(text) == ["Garissa, Kenya", "Garissa"]


def test_two_places_inside_the_country_leave_the_country() -> None:
    """Garissa and Mombasa both lie in Kenya: which one is the toll's is not said."""
    text = (
        "Gunmen attacked buses near Garissa and Mombasa, Kenya, on Friday, killing 4 passengers.\n\n"
        "Police said 2 more people were killed in Kenya in the attack."
    )
    assert places(text)[-1] == "Kenya"


def test_a_place_the_gazetteer_cannot_put_inside_is_not_taken() -> None:
    """A village with no country code is not known to lie inside Kenya: nearness alone decides nothing."""
    text = (
        "Gunmen attacked a bus near the village of Kwa Ndege on Friday, killing 4 passengers.\n\n"
        "Police said 2 more people were killed in Kenya in the attack."
    )
    assert places(text)[-1] == "Kenya"


def test_where_a_source_spoke_is_not_the_inner_place() -> None:
    """ "..., a police official told Reuters in Nairobi": the source's base, not the attack's place."""
    text = (
        "Gunmen killed 4 passengers on a bus, a police official told Reuters in Nairobi.\n\n"
        "Two more people were killed in Kenya in the attack."
    )
    assert places(text)[-1] == "Kenya"

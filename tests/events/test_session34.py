"""Session 34: a joined casualty figure tells its deaths apart ("killing and injuring 12": ``includes``)."""

from __future__ import annotations

import json

import attrs
import pytest

import newsparse
from newsparse.annotations import Event
from newsparse_events.joined import joined_roles


def events(text: str) -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="2020-05-10").layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("trigger", "roles"),
    [
        ("killing and injuring", ("killed", "wounded")),
        ("killed and wounded", ("killed", "wounded")),
        ("Killed and Injured", ("killed", "wounded")),
        ("killed or wounded", ()),
        ("killed, wounded or captured", ()),
        ("casualties", ()),
        ("killed", ()),
    ],
)
def test_joined_roles_read_an_and_never_an_or(trigger: str, roles: tuple[str, ...]) -> None:
    assert joined_roles(trigger) == roles


@pytest.mark.parametrize(
    "text",
    [
        "Government forces repelled the attack, killing and injuring a number of fighters.",
        "Seven militants were killed and wounded during an operation in Ghazni.",
        "A mortar shell fell inside the camp and killed and injured several soldiers.",
    ],
)
def test_a_figure_of_the_dead_and_the_wounded_tells_its_deaths(text: str) -> None:
    (event,) = events(text)
    assert event.role == "casualties" and event.includes == ("killed", "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Twenty soldiers were killed or wounded in the fighting.",
        "The attack caused 30 casualties.",
        "A bomb killed 3 people and injured 12 in Kabul.",
    ],
)
def test_a_figure_that_does_not_say_which_or_a_told_role_names_none(text: str) -> None:
    found = events(text)
    assert found and all(e.includes == () for e in found)


def test_the_field_survives_the_json_round_trip_and_old_json_still_loads() -> None:
    text = "Rebels attacked the post, killing and wounding 12 soldiers."
    doc = newsparse.parse(text, published="2020-05-10")
    (event,) = doc.layer("events")
    assert isinstance(event, Event)
    assert newsparse.read_json(doc.to_json()) == doc
    data = json.loads(doc.to_json())
    assert data["layers"]["events"][0]["includes"] == ["killed", "wounded"]
    for row in data["layers"]["events"]:
        row.pop("includes")
    (old,) = newsparse.Document.from_json(json.dumps(data)).layer("events")
    assert isinstance(old, Event) and old.includes == () and attrs.evolve(event, includes=()) == old


def test_a_role_outside_the_contract_is_refused() -> None:
    (event,) = events("Rebels attacked the post, killing and wounding 12 soldiers.")
    with pytest.raises(ValueError):
        attrs.evolve(event, includes=("killed", "injured"))

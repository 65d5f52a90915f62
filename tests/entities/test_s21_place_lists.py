"""Names listed after a plural place noun and "of" with a known place are places (session 21, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_name_listed_with_a_known_port_after_ports_of_is_a_place() -> None:
    doc = parse("Products would be delivered at the Caspian Sea ports of Anzali and Nowshahr.")
    assert entity_at(doc, "Anzali").type == "GPE"


def test_a_name_listed_after_another_noun_and_of_is_not_made_a_place() -> None:
    doc = parse("The leaders of Zorbank and Paris met on Monday.")
    assert entity_at(doc, "Zorbank").type != "GPE"

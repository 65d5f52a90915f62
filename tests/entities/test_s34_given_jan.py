"""The word "Jan" before a name the chunker found is the given name, not the month ("Jan Kavan", "Jan Ove
Pedersen"); after a day's number or a time preposition it stays the month, session 34."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _mentions(text: str) -> set[str]:
    """Every mention's text in ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_jan_opens_a_persons_name() -> None:
    doc = parse("The Czech foreign minister, Jan Kavan, who lived in London, said he was pleased.")
    assert entity_at(doc, "Jan Kavan").type == "PERSON"
    assert "Kavan" not in {m.text for e in doc.entities for m in e.mentions}


def test_a_surname_left_bare_is_no_longer_an_organisation() -> None:
    doc = parse("Amnesty International's Jan Shaw said the policy was bleakly ironic.")
    assert entity_at(doc, "Jan Shaw").type == "PERSON"


def test_jan_before_two_names_in_a_results_row() -> None:
    found = _mentions("Scorers: Brann - Mons Ivar Mjelde (10th), Jan Ove Pedersen (72nd)")
    assert "Jan Ove Pedersen" in found


def test_jan_after_a_day_or_a_time_preposition_stays_the_month() -> None:
    assert "Tony Blair" in _mentions("On 5 Jan Tony Blair said no to the plan.")
    assert "Jan Smith" not in _mentions("Sales have risen since Jan Smith said on Friday.")


def test_jan_before_a_month_or_a_known_place_stays_out() -> None:
    found = _mentions("Exports rose between Jan and March, while Jan Germany figures were flat.")
    assert not any(m.startswith("Jan") for m in found)

"""tools/outside_event_retold.py: the counted rule's reference to an incident, and the split by position."""

from __future__ import annotations

from types import ModuleType

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/outside_event_retold.py as a module."""
    return tool_module("outside_event_retold")


def test_a_definite_incident_noun_is_a_reference_and_another_is_not() -> None:
    """ "killed in the gangland-style attack" names a told incident; "another attack" starts a new one."""
    found = tool()._REFERS.search("were killed in the gangland-style attack")
    assert found is not None and found.group("noun") == "attack"
    assert tool()._ANOTHER.search("in another ") is not None
    assert tool()._ANOTHER.search("killed in the ") is None


def test_only_calendar_values_are_dates_of_an_incident() -> None:
    """A year, a month or a day; never a duration or an open reference."""
    day = tool()._DAY
    assert day.fullmatch("1998-08-07") and day.fullmatch("1992") and day.fullmatch("2015-11")
    assert not day.fullmatch("P3D") and not day.fullmatch("PRESENT_REF")

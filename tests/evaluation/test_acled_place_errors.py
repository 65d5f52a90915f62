"""tools/acled_place_errors.py: a row's place class from the layer's reading and the coded places."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from evaluation.events_acled import RowResult

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/acled_place_errors.py as a module."""
    return tool_module("acled_place_errors")


ROW: dict[str, Any] = {
    "notes": "On 9 May 2020, a man was found dead in Colonia Norte of Tijuana, Baja California.",
    "location": "Tijuana",
    "admin1": "Baja California",
    "admin2": "Tijuana",
    "admin3": "",
    "country": "Mexico",
}


def _got(place: str | None, areas: tuple[str, ...] = ()) -> RowResult:
    return RowResult(toll=1, killed=True, has_event=True, place=place, areas=areas)


def test_each_class() -> None:
    """The coded town, a province over a written town, a finer place, a canonical name, none."""
    kind = tool().place_class
    assert kind(ROW, _got("Tijuana", ("Tijuana",))) == "right"
    assert kind(ROW, _got("Baja California", ("Baja California",))) == "right_coarser"
    assert kind(ROW, _got("Colonia Norte", ("Colonia Norte", "Tijuana"))) == "finer"
    assert kind(ROW, _got("Tiyuana", ("Tijuana",))) == "written"
    assert kind(ROW, _got("Ensenada", ("Ensenada",))) == "neither"
    assert kind(ROW, _got(None)) == "none"


def test_where_the_coded_location_is_written() -> None:
    """Session 41's ``--where``: convention, inside the place, the opener, another preposition, later toll."""
    where = tool().where_written
    note = "On 9 May 2020, in Tijuana, a man was shot in Colonia Norte. He died in Rosarito."
    spans = [(0, 59), (60, len(note))]
    trigger = note.index("shot")
    colonia = (note.index("Colonia"), note.index("Colonia") + len("Colonia Norte"))
    assert where(note, "Ensenada", spans, trigger, colonia) == "not written (convention)"
    assert where(note, "Colonia Norte", spans, trigger, colonia) == "inside the layer's place text"
    assert where(note, "Tijuana", spans, trigger, colonia) == (
        "same sentence, opener 'On <date>, in X', before the layer's place"
    )
    assert where(note, "Rosarito", spans, trigger, colonia) == "another sentence, after 'in'"
    died = note.index("died")
    assert where(note, "Tijuana", spans, died, None) == "first sentence (trigger later), after 'in'"

"""tools/outside_event_places.py (session 39): every event's place and date as a row, and the halves."""

from __future__ import annotations

from types import ModuleType

import newsparse

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/outside_event_places.py as a module."""
    return tool_module("outside_event_places")


def test_a_row_holds_the_place_the_date_and_the_opening() -> None:
    """A written passage: the row gives the place and the date as written with its value."""
    text = "Gunmen killed three people in Kano on Monday, police said."
    doc = newsparse.parse(text, published="2020-05-06", id="t1")
    rows = [tool().record("t1", doc, event) for event in doc.layer("events")]
    assert [(r["place"], r["date"], r["published"]) for r in rows] == [
        ("Kano", "Monday = 2020-05-04", "2020-05-06")
    ]
    assert rows[0]["opening"].startswith("Gunmen killed")


def test_the_halves_are_the_shared_split() -> None:
    """--half reads the split of outside_event_perpetrators.py: odd and even places of the whole list."""
    texts = [(f"t{k}", "", None) for k in range(5)]
    assert [t[0] for t in tool().at_half(texts, "odd")] == ["t1", "t3"]
    assert [t[0] for t in tool().at_half(texts, "even")] == ["t0", "t2", "t4"]

"""The shipped unit table gives pint's own readings, and a parse falls back to pint without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse_quantities import unit_table, units

_TABLE = unit_table.load()


def test_table_is_built_from_the_installed_pint() -> None:
    # a failure here: run tools/build_unit_table.py (pint's version or the unit policy changed)
    assert _TABLE is not None


def test_every_reading_is_pints_own() -> None:
    assert _TABLE is not None
    ureg = units.registry()
    assert set(_TABLE.units) <= set(ureg._units)
    assert set(_TABLE.prefixes) == set(ureg._prefixes)
    wrong = {c: r for c, r in _TABLE.readings.items() if units.read(ureg, c) != r}
    assert not wrong


@pytest.mark.parametrize(
    ("surface", "glued"),
    [("square kilometers", False), ("months", False), ("km", True), ("barrels per day", False),
     ("patents", False), ("kms", False), ("degrees Celsius", False), ("MB", False), ("th", False)],
)
def test_table_and_pint_agree(surface: str, glued: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    with_table = units.resolve_unit.__wrapped__(surface, glued)
    monkeypatch.setattr(unit_table, "load", lambda: None)
    assert units.resolve_unit.__wrapped__(surface, glued) == with_table


def test_table_of_another_pint_is_not_used(tmp_path: Path) -> None:
    data = json.loads(unit_table.PATH.read_text(encoding="utf-8"))
    data["pint"] = "0.0.1"
    other = tmp_path / "units.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    assert unit_table.load.__wrapped__(other) is None
    assert unit_table.load.__wrapped__(tmp_path / "missing.json") is None
    other.write_text("{not json", encoding="utf-8")
    assert unit_table.load.__wrapped__(other) is None


def test_known_outcomes() -> None:
    assert _TABLE is not None
    assert _TABLE.readings["square kilometers"] == ("km**2", "dimension")
    assert _TABLE.readings["months"] == ("month", "duration")

"""Build the quantities plugin's unit table (``data/units.json``) from pint's own definitions.

A development script, not part of the shipped package.  Run ``python tools/build_unit_table.py``
after changing pint's version or the unit policy of ``newsparse_quantities/units.py`` (a test fails
until the table is rebuilt).  The table keeps the registry's unit names, prefixes and plural
suffixes, and pint's reading (through :func:`newsparse_quantities.units.read`) of every registry
name, its plural, common prefixed forms of the news units, "square"/"cubic" lengths and rates per
unit of time; the plugin uses it only with the pint version it was built from.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsparse_quantities import unit_table, units

# prefixes news writes before a unit (symbols and names), the units rates are written with (by
# name: "megabits per second", and by symbol: "km/h") and the units of time a rate is per
PREFIXES = ("k", "M", "G", "T", "c", "m", "kilo", "mega", "giga", "tera", "centi", "milli")
RATE_NAMES = ("bit", "byte", "watt", "meter", "metre", "liter", "litre", "gram", "tonne", "barrel")
PER = ("second", "minute", "hour", "day", "week", "month", "year")
PER_SYMBOL = ("s", "h", "d", "yr", "year")


def _names(ureg: Any) -> list[str]:
    """Every unit name, symbol and alias of the registry, in its own order."""
    return [name for name in ureg._units if isinstance(name, str)]


def _news_names(ureg: Any, names: Iterable[str]) -> list[str]:
    """The names whose reading is a news unit (what prefixes, powers and rates combine with)."""
    return [name for name in names if isinstance(units.read(ureg, name), tuple)]


def _word(name: str) -> bool:
    """A unit name written as an English word ("kilometre", not "km" or "nautical_mile")."""
    return len(name) > 3 and name.isalpha() and name.islower()


def candidates(ureg: Any) -> Iterator[tuple[str, bool]]:
    """The spellings the table reads, each with whether it is kept only when it reads as a news
    unit: names and plurals, prefixed news units, areas and volumes, rates by name and symbol."""
    names = _names(ureg)
    news = _news_names(ureg, names)
    for name in names:
        yield name, False
        yield name + "s", False
    prefixed = [prefix + name for prefix in PREFIXES for name in news]
    for name in prefixed:
        yield name, True
        yield name + "s", True
    words = [name for name in news + prefixed if _word(name)]
    for name in words + [name + "s" for name in words]:
        for power in ("square", "sq", "cubic"):
            yield f"{power} {name}", True
    rated = [name for name in news if _word(name)]
    rated += [prefix + name for prefix in PREFIXES if len(prefix) > 1 for name in RATE_NAMES]
    for name in rated + [name + "s" for name in rated]:
        for per in PER:
            yield f"{name} per {per}", True
    symbols = [name for name in news + prefixed if len(name) <= 3 and name.isalpha()]
    for name in symbols:
        for per in PER_SYMBOL:
            yield f"{name}/{per}", True


def build(ureg: Any) -> dict[str, Any]:
    """The table's JSON data: pint's version, word lists and the readings it can give."""
    names = _names(ureg)  # before any reading: pint adds the prefixed names it reads to its own
    readings: dict[str, Any] = {}
    for candidate, units_only in candidates(ureg):
        if candidate in readings or not units._may_be_units(ureg, candidate):
            continue
        outcome = units.read(ureg, candidate)
        if isinstance(outcome, tuple) or not units_only:
            readings[candidate] = outcome
    groups: dict[str, list[str]] = {}
    for candidate, outcome in readings.items():
        key = "\t".join(outcome) if isinstance(outcome, tuple) else "" if outcome is None else "\t"
        groups.setdefault(key, []).append(candidate)
    return {
        "pint": unit_table.pint_version(),
        "units": names,
        "prefixes": [name for name in ureg._prefixes if isinstance(name, str)],
        "suffixes": list(ureg._suffixes),
        "readings": groups,
    }


def main() -> None:
    """Write the table next to the plugin (or to ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=unit_table.PATH)
    args = parser.parse_args()
    data = build(units.registry.__wrapped__())
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    count = sum(map(len, data["readings"].values()))
    print(f"{args.out}: {count} readings, pint {data['pint']}")


if __name__ == "__main__":
    main()

"""Class the place errors of one half of the ACLED dev notes by what the layer's place is to the coded one.

Development only (never imported by the package). Session 37, events (issue 16). ACLED dev is the
events layer's tuning set for places; rows at odd line numbers may be read to shape a rule, rows at even
line numbers are counted once (``tools/acled_event_fields.py``). For every row with an event, the
row's place as ``evaluation.events_acled`` reads it (the first event with a place) falls in one class:

- ``right``: the place names the row's location, an admin area or the country (the ``place`` figure);
  ``right_coarser`` among them: it names an admin area or the country while the note writes the coded
  location (a larger area taken where a finer place is written: the class a clause's chain may decide);
- ``finer``: wrong, but one of the event's areas names the row: the layer's place lies inside the coded
  one ("Colonia Libertad" in Acapulco; right by the guideline's most specific place);
- ``written``: wrong, but the place as written names the row: the entities layer's canonical name
  differs ("Diyarbakır" for Diyarbakir, "Mahilyow" for Mogilev) or the chain's first name is finer;
- ``neither``: no name of the event names the row; ``none``: no event has a place.

Usage, from the checkout to read: ``python tools/acled_place_errors.py --half odd [--show CLASS,...]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from acled_event_fields import ACLED, half_rows  # noqa: E402
from evaluation.events_acled import RowResult, place_matches, system_reading  # noqa: E402
from evaluation.real_common import normalise  # noqa: E402

import newsparse  # noqa: E402

CLASSES = ("right", "right_coarser", "finer", "written", "neither", "none")


def place_class(row: Mapping[str, Any], got: RowResult) -> str:
    """The class of one row's place (``CLASSES``), the row having an event."""
    if got.place is None:
        return "none"
    if place_matches(got.place, row):
        location = normalise(row.get("location") or "")
        written = location and f" {location} " in f" {normalise(row['notes'])} "
        coarser = written and not place_matches(got.place, {"location": row["location"]})
        return "right_coarser" if coarser else "right"
    if got.areas and place_matches(got.areas[0], row):
        return "written"
    if any(place_matches(area, row) for area in got.areas):
        return "finer"
    return "neither"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse one half of the ACLED dev rows and print the count of each place class and the rows asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=ACLED)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    parser.add_argument("--show", default="right_coarser,neither,none", help="classes whose rows are printed")
    parser.add_argument("--limit", type=int, help="parse only the first N rows of the half")
    args = parser.parse_args(argv)
    shown = set(args.show.split(",")) if args.show else set()
    counts: Counter[str] = Counter()
    rows = [
        r for r in half_rows(args.acled, args.half) if isinstance(r.get("fatalities"), int) and r.get("notes")
    ]
    for row in rows[: args.limit]:
        doc = newsparse.parse(row["notes"], published=row.get("event_date") or None)
        got = system_reading(doc)
        if not got.has_event:
            continue
        kind = place_class(row, got)
        counts[kind] += 1
        if kind in shown:
            coded = " / ".join(row.get(k) or "-" for k in ("location", "admin3", "admin2", "admin1"))
            print(f"{kind} {row['event_id_cnty']}: {got.place!r} {list(got.areas)[:3]} | coded {coded}")
            print(f"    {' '.join(row['notes'].split())[:300]}")
    print(
        f"{sum(counts.values())} rows with an event ({args.half} lines): "
        + ", ".join(f"{k} {counts[k]}" for k in CLASSES)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

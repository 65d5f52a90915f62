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

Session 41 (evplace) adds ``--where``: every wrong row (finer, written, neither, none) counted by its class
and by where the coded location is written (``where_written``): not at all (ACLED's knowledge: convention),
inside the layer's place text, in the trigger's sentence after a preposition (the note's opener "On
<date>, in X" apart) before or after the layer's place, in the first sentence when the trigger is later,
or in another sentence.

Usage, from the checkout to read: ``python tools/acled_place_errors.py --half odd [--show CLASS,...]
[--where]``.
"""

from __future__ import annotations

import argparse
import re
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
_PREPOSITION = re.compile(
    r"\b(in|at|near|on|around|from|of|to|outside|inside|between)\s+(?:the\s+)?(?:\w+\s+){0,3}$"
)
_OPENER = re.compile(r"\s*(?:On|Around|As reported on|Between)\b[^,]*,\s*(?:in|at|near)\s")


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


def where_written(
    note: str,
    location: str,
    sentences: Sequence[tuple[int, int]],
    trigger: int,
    place: tuple[int, int] | None,
) -> str:
    """Where the coded ``location`` is written in ``note`` against the event's ``trigger`` offset and its
    place's span (``sentences``: the note's sentence spans): the ``--where`` class of a wrong row."""
    found = re.search(r"\b" + re.escape(location) + r"\b", note, re.IGNORECASE) if location else None
    if found is None:
        return "not written (convention)"
    pos = found.start()
    if place is not None and place[0] <= pos < place[1]:
        return "inside the layer's place text"
    here = next((i for i, (a, b) in enumerate(sentences) if a <= pos < b), -1)
    own = next((i for i, (a, b) in enumerate(sentences) if a <= trigger < b), -2)
    after = _PREPOSITION.search(note[max(0, pos - 40) : pos])
    word = after.group(1) if after else "-"
    if here != own:
        return (
            f"first sentence (trigger later), after '{word}'"
            if here == 0
            else f"another sentence, after '{word}'"
        )
    start = sentences[here][0]
    opener = here == 0 and pos - start < 60 and _OPENER.match(note[start : pos + 1])
    where = "same sentence, opener 'On <date>, in X'" if opener else f"same sentence, after '{word}'"
    if place is not None:
        where += ", before the layer's place" if pos < place[0] else ", after the layer's place"
    return where


def _where(doc: newsparse.Document, row: Mapping[str, Any]) -> str:
    """``where_written`` for a parsed row: its first placed event (else its first event)."""
    events = list(doc.events)
    event = next((e for e in events if e.place_text is not None), events[0])
    place = (event.place_text.start, event.place_text.end) if event.place_text is not None else None
    spans = [(s.start, s.end) for s in doc.sentences]
    return where_written(row["notes"], row.get("location") or "", spans, event.trigger.start, place)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse one half of the ACLED dev rows and print the count of each place class and the rows asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=ACLED)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    parser.add_argument("--show", default="right_coarser,neither,none", help="classes whose rows are printed")
    parser.add_argument("--limit", type=int, help="parse only the first N rows of the half")
    parser.add_argument(
        "--where", action="store_true", help="count the wrong rows by where the location is written"
    )
    args = parser.parse_args(argv)
    shown = set(args.show.split(",")) if args.show else set()
    counts: Counter[str] = Counter()
    wheres: Counter[tuple[str, str]] = Counter()
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
        if args.where and kind not in {"right", "right_coarser"}:
            wheres[kind, _where(doc, row)] += 1
        if kind in shown:
            coded = " / ".join(row.get(k) or "-" for k in ("location", "admin3", "admin2", "admin1"))
            print(f"{kind} {row['event_id_cnty']}: {got.place!r} {list(got.areas)[:3]} | coded {coded}")
            print(f"    {' '.join(row['notes'].split())[:300]}")
    for (kind, where), n in wheres.most_common():
        print(f"{n:4d} {kind}: {where}")
    print(
        f"{sum(counts.values())} rows with an event ({args.half} lines): "
        + ", ".join(f"{k} {counts[k]}" for k in CLASSES)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

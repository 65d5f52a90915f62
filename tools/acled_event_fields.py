"""List the events (date, perpetrator) of one half of the ACLED dev notes and the firings against a base run.

Development only (never imported by the package). ACLED dev is the events layer's tuning set for
fatalities and places; session 30 (second round) uses it to **count** date and perpetrator rules:
rows at odd line numbers of ``acled/dev.jsonl`` (1-based) may be read to shape a rule, rows at even
line numbers are where its firings are counted, once. Usage, from the checkout to count (it reads the
package of the checkout it sits in):

    python tools/acled_event_fields.py --half even [--json OUT] [--against JSON] [--limit N]

``--json`` writes every event (row id, role, trigger, date value and text, perpetrator, instrument and
source as written (session 32), sentence, and
the row's coded ``event_date``/``actor1``/``actor2``) one a line; ``--against`` reads such a file
written by another checkout (the base) and prints each event whose date or perpetrator differs
(``FIRING``; ``--fields instrument,source`` compares those instead), with the row's coded fields beside
it, for the counter to judge from the note.
Session 30, events (issue 16).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from evaluation.outside_lists import default_corpora  # noqa: E402
from outside_event_perpetrators import firings  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document, Event  # noqa: E402

ACLED = default_corpora() / "acled" / "dev.jsonl"
CODED = ("event_date", "actor1", "actor2", "event_type")


def half_rows(path: Path, half: str) -> list[dict[str, Any]]:
    """The rows at odd or even 1-based line numbers of the file (a blank line keeps its number)."""
    want = 1 if half == "odd" else 0
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number % 2 == want and line.strip():
            rows.append(json.loads(line))
    return rows


def record(row: dict[str, Any], doc: Document, event: Event) -> dict[str, Any]:
    """One event as a JSON-ready row: the row's id and coded fields, the role, trigger, date, place
    (since session 39) and actor."""
    sentence = next((s for s in doc.sentences if s.start <= event.trigger.start < s.end), None)
    actor = event.perpetrator_text
    date = event.date
    return {
        "id": row["event_id_cnty"],
        "coded": {key: row.get(key, "") for key in CODED},
        "role": event.role,
        "trigger": [event.trigger.start, event.trigger.end, event.trigger.text],
        "date": None if date is None else [date.text, date.value],
        "place": None if event.place_text is None else event.place_text.text,
        "perpetrator": None if actor is None else [actor.start, actor.end, actor.text],
        "instrument": None if event.instrument is None else event.instrument.text,
        "source": None if event.source is None else event.source.source_text,
        "sentence": "" if sentence is None else " ".join(doc.text[sentence.start : sentence.end].split()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Parse one half of the ACLED dev rows, write every event, and print the firings against a base run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=ACLED)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    parser.add_argument("--limit", type=int, help="parse only the first N rows of the half")
    parser.add_argument("--json", type=Path, help="write every event, one JSON object a line")
    parser.add_argument("--against", type=Path, help="another checkout's --json file: print the firings")
    parser.add_argument("--fields", default="date,perpetrator", help="the fields compared, comma-separated")
    args = parser.parse_args(argv)
    rows = half_rows(args.acled, args.half)[: args.limit]
    events: list[dict[str, Any]] = []
    for row in rows:
        doc = newsparse.parse(row["notes"], published=row.get("event_date") or None, id=row["event_id_cnty"])
        events.extend(record(row, doc, event) for event in doc.events)
    print(f"{len(rows)} rows ({args.half} lines), {len(events)} events")
    if args.json:
        args.json.write_text("".join(json.dumps(row) + "\n" for row in events), encoding="utf-8")
    if args.against:
        base = [json.loads(line) for line in args.against.read_text(encoding="utf-8").splitlines() if line]
        for field in args.fields.split(","):
            lines = firings(events, base, field)
            print("\n".join(lines))
            print(f"{len(lines)} {field} firings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

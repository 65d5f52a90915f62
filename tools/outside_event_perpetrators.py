"""List every outside event's perpetrator, and the events whose perpetrator differs from another run's.

Development only (never imported by the package). Usage, with the copy in the checkout to count (it
reads the package of the checkout it sits in):

    python tools/outside_event_perpetrators.py [--unused FILE] [--polnear FILE] [--json OUT] [--against JSON]

Every outside text of ``tools/outside_agreements.py`` (unused news, CoNLL-2003 train, TempEval-3 train,
the PolNeAR counting list) is parsed once. Each event with a perpetrator is printed (``PERP``) with its
sentence, then the counts. ``--json`` writes every event (role, trigger, perpetrator, sentence) one a
line (session 32: also its instrument and source as written); ``--against`` reads such a file written
by another checkout (the base) and prints each event whose perpetrator (or ``--field``: instrument,
source) differs (``FIRING``): the firings a rule must have read, one by one.
Session 30, events (issue 16).
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
Since session 35 the two lists are those ``evaluation.outside_lists`` computes from the checkout and the
corpora, unless ``--unused`` / ``--polnear`` name files.
Since session 36 ``--half odd|even`` keeps the texts at odd or even places (from 0) of the whole list, as
``outside_agreements.py --half`` does (shape a rule on one half, count it once on the other); with
``--against``, the base file's events are compared only for the texts of that half.
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

from outside_agreements import CORPORA, outside_texts, polnear_texts  # noqa: E402
from outside_copies import KEEP_HELP  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document, Event  # noqa: E402

LAYERS = ("syntax", "dates", "quantities", "entities", "agreements", "claims", "events")


def record(text_id: str, doc: Document, event: Event) -> dict[str, Any]:
    """One event as a JSON-ready row: its text id, role, trigger, perpetrator (or None) and sentence."""
    sentence = next((s for s in doc.sentences if s.start <= event.trigger.start < s.end), None)
    actor = event.perpetrator_text
    return {
        "id": text_id,
        "role": event.role,
        "trigger": [event.trigger.start, event.trigger.end, event.trigger.text],
        "perpetrator": None if actor is None else [actor.start, actor.end, actor.text],
        "instrument": None if event.instrument is None else event.instrument.text,
        "source": None if event.source is None else event.source.source_text,
        "sentence": "" if sentence is None else " ".join(doc.text[sentence.start : sentence.end].split()),
    }


def firings(
    rows: Sequence[dict[str, Any]], base: Sequence[dict[str, Any]], field: str = "perpetrator"
) -> list[str]:
    """A line for each event (by text id, role and trigger offset) whose ``field`` differs from base's,
    an event only one side has included; a row's ``coded`` fields (ACLED's) are shown beside it."""

    def key(row: dict[str, Any]) -> tuple[str, str, int]:
        return row["id"], row["role"], row["trigger"][0]

    old = {key(row): row for row in base}
    new = {key(row): row for row in rows}
    lines = []
    for k in sorted(old.keys() | new.keys()):
        before = old[k][field] if k in old else "(no event)"
        after = new[k][field] if k in new else "(no event)"
        if before != after:
            row = new.get(k) or old[k]
            head = f"FIRING {field} {k[0]}: {k[1]} {row['trigger'][2]!r}: {before!r} -> {after!r}"
            coded = f" | coded {row['coded']}" if "coded" in row else ""
            lines.append(f"{head}{coded} | {row['sentence']!r}")
    return lines


def at_half(
    texts: Sequence[tuple[str, str, str | None]], half: str | None
) -> list[tuple[str, str, str | None]]:
    """The texts at odd or even places (from 0) of the whole list; all of them without ``half``."""
    if half is None:
        return list(texts)
    parity = 1 if half == "odd" else 0
    return [text for k, text in enumerate(texts) if k % 2 == parity]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse every outside text, print each perpetrator, then (with ``--against``) every firing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    parser.add_argument("--polnear", type=Path, help="a list of PolNeAR train files (default: computed)")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    parser.add_argument("--json", type=Path, help="write every event, one JSON object a line")
    parser.add_argument("--against", type=Path, help="another checkout's --json file: print the firings")
    parser.add_argument("--field", default="perpetrator", help="the field compared by --against")
    parser.add_argument("--half", choices=("odd", "even"), help="only the texts at odd or even places")
    args = parser.parse_args(argv)
    keep = args.keep_copies
    texts = [
        *outside_texts(CORPORA, args.unused, keep_copies=keep),
        *polnear_texts(CORPORA, args.polnear, keep_copies=keep),
    ]
    texts = at_half(texts, args.half)
    kept = {text_id for text_id, _, _ in texts}
    rows: list[dict[str, Any]] = []
    for text_id, text, published in texts:
        doc = newsparse.parse(text, published=published, id=text_id, only=LAYERS)
        rows.extend(record(text_id, doc, event) for event in doc.events)
    for row in rows:
        if row["perpetrator"] is not None:
            head = f"PERP {row['id']}: {row['role']} {row['trigger'][2]!r}"
            print(f"{head}: {row['perpetrator'][2]!r} | {row['sentence']!r}")
    named = sum(row["perpetrator"] is not None for row in rows)
    print(f"{len(texts)} texts, {len(rows)} events, {named} with a perpetrator")
    if args.json:
        args.json.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    if args.against:
        base = [json.loads(line) for line in args.against.read_text(encoding="utf-8").splitlines() if line]
        lines = firings(rows, [row for row in base if row["id"] in kept], args.field)
        print("\n".join(lines))
        print(f"{len(lines)} firings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

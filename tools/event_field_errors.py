"""List, for a tuning set of the events layer, every matched event's wrong fields: gold, found, sentence.

Development only (never imported by the package). The first step of a field error table: the
scorer's ``--errors`` names the wrong fields; this prints their values beside the gold's, with the
event's sentence, to be classed by hand. Tuning sets only: the real set's ``dev`` split, or check
sets' A halves (``check_events_*_a.jsonl``); a held-out set (untouched, fresh, a B half) is refused.
Usage, from the checkout to read:

    python tools/event_field_errors.py [--corpora PATH] [--gold check_events_s21_a.jsonl ...] [--where]
        [--half odd|even]

Session 31, events (issue 16). ``--where`` (session 36) adds, under a wrong place or date whose gold
span lies in another sentence than the event's trigger, how many sentences away and that sentence:
the input of a table of how the two sentences are tied. ``--half odd|even`` (session 40) keeps each
A half's rows at odd positions (the tuning part) or even ones (the counting part, read only after
its one count).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.events_real import GOLD, HALVES, field_checks, in_half, match_events  # noqa: E402
from evaluation.outside_lists import default_corpora  # noqa: E402
from evaluation.real_common import load_gold, rebuilt_texts  # noqa: E402

FIELDS = ("count", "victims", "perpetrator", "instrument", "place", "date", "scope", "source")
PLACED = frozenset({"place", "date"})  # the fields --where places in the article


def tuning_rows(names: Sequence[str], half: str | None = None) -> list[dict[str, Any]]:
    """The gold rows of the tuning sets named (none: the real set's dev split); a held-out set is refused.

    With ``half`` (session 40), only each A half's rows at odd or even positions (``in_half``).
    """
    if not names:
        if half is not None:
            raise SystemExit("--half splits check sets' A halves, not the real set's dev split")
        return [row for row in load_gold(GOLD) if row["split"] == "dev"]
    for name in names:
        if not Path(name).name.endswith("_a.jsonl"):
            raise SystemExit(f"{name}: not an A half (held-out sets are read as summary figures only)")
    return [row for name in names for row in in_half(load_gold(name), half)]


def gold_value(gold: Mapping[str, Any], name: str) -> object:
    """The gold's value of one field, as written."""
    value = gold[name]
    if name == "count":
        span = value["span"]
        return (value["value"], value["low"], value["high"], span and span["text"])
    if name == "source":
        return value and value["span"]["text"]
    if isinstance(value, Mapping):
        span = value.get("span") or value
        return (span.get("text"), value.get("value") or value.get("name"))
    return value


def found_value(event: Any, name: str) -> object:
    """The found event's value of one field, as written."""
    if name in ("perpetrator", "place"):
        span = getattr(event, f"{name}_text", None)
        return (getattr(span, "text", None), getattr(event, name, None))
    value = getattr(event, name, None)
    if name == "date" and value is not None:
        return (value.text, value.value)
    if name == "count" and value is not None:
        return (value.text, value.value, value.low, value.high)
    if name == "source" and value is not None:
        return value.source_text
    return getattr(value, "text", value)


def told_elsewhere(doc: Any, gold: Mapping[str, Any], found: Any, name: str) -> str | None:
    """For a place or date: the line that shows the sentence the gold's span lies in, when it is not
    the sentence of the event's trigger ("told 2 sentences before: ..."); else None."""
    value = gold.get(name)
    span = value.get("span") if isinstance(value, Mapping) else None
    if not span:
        return None
    here, there = doc.sentence_index(found.trigger.start), doc.sentence_index(span["start"])
    if here == there or there >= len(doc.sentences):
        return None
    sentence = doc.sentences[there]
    side = "before" if there < here else "after"
    words = " ".join(doc.text[sentence.start : sentence.end].split())
    return f"   {name} told {abs(there - here)} sentence(s) {side}: {words}"


def report(
    row: Mapping[str, Any],
    text: str,
    events: Sequence[Any],
    entities: Mapping[str, Any],
    doc: Any = None,
) -> list[str]:
    """The lines of one article: each matched event with a wrong field, its sentence and the values
    (with ``doc``, where a wrong place or date is told in another sentence: :func:`told_elsewhere`)."""
    lines = []
    for g, p in match_events(row["events"], events):
        gold, found = row["events"][g], events[p]
        wrong = [name for name, ok in field_checks(gold, found, entities).items() if not ok]
        if not wrong:
            continue
        lo = max(text.rfind(". ", 0, found.start), text.rfind("\n", 0, found.start)) + 1
        hi = text.find(". ", found.end)
        sentence = " ".join(text[lo : hi + 1 if hi >= 0 else len(text)].split())
        lines.append(f"== {row['id']} {gold['trigger']['text']!r}@{gold['trigger']['start']}: {sentence}")
        for name in wrong:
            lines.append(f"   {name}: gold={gold_value(gold, name)!r} found={found_value(found, name)!r}")
            where = told_elsewhere(doc, gold, found, name) if doc is not None and name in PLACED else None
            if where is not None:
                lines.append(where)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Parse each tuning article once and print its matched events' wrong fields."""
    import newsparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--gold", action="append", default=[], help="a check set's A half (repeatable)")
    parser.add_argument("--where", action="store_true", help="show the sentence of a gold place or date")
    parser.add_argument("--half", choices=HALVES, help="each A half's odd (tuning) or even (counting) rows")
    args = parser.parse_args(argv)
    rows = tuning_rows(args.gold, args.half)
    texts = rebuilt_texts(args.corpora, rows) or {}
    for row in rows:
        published = str(row["published"]) if row["published"] else None
        doc = newsparse.parse(texts[row["id"]], published=published)
        entities = {entity.id: entity for entity in doc.entities}
        events = list(doc.layer("events"))
        for line in report(row, texts[row["id"]], events, entities, doc if args.where else None):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

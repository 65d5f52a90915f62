"""Count, on the outside text, the events whose place a clause-structure rule could change.

Development only (never imported by the package). Usage, from the repository root of the checkout to
count (the base's, for an outside count before building):

    python tools/outside_event_places.py [--unused FILE] [--polnear FILE]

Every outside text of ``tools/outside_agreements.py`` (unused news, CoNLL-2003 train, TempEval-3 train,
the PolNeAR counting list) is parsed once; for each event it prints (a) ``OWN``: a place name of its
own sentence inside an "in/at/near/inside/outside/on" phrase whose noun hangs on the trigger or the
victim phrase (``SAME`` when the event's place already overlaps it), and (b) ``OTHER``: an event
whose place lies in its own sentence but hangs on a verb that is not on the trigger's chain (another
clause's place). Session 29, events third round (issue 16).
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
Since session 35 the two lists are those ``evaluation.outside_lists`` computes from the checkout and the
corpora, unless ``--unused`` / ``--polnear`` name files.
Since session 39 ``--half odd|even`` keeps the texts at odd or even places (from 0) of the whole list,
as ``outside_event_perpetrators.py --half`` does (shape a rule on one half, count it once on the
other); ``--events`` prints every event's place and date (``EVENT``) with its sentence and the text's
opening (its dateline, when it has one); ``--json`` writes every event one a line and ``--against``
reads another checkout's file and prints each event whose place or date differs (``FIRING``).
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
from outside_event_perpetrators import at_half, firings  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document, Event  # noqa: E402
from newsparse.syntax import SyntaxTree, sentence_tree  # noqa: E402

LAYERS = ("syntax", "dates", "quantities", "entities", "agreements", "claims", "events")
PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "on"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def chain(tree: SyntaxTree, index: int | None) -> list[int]:
    """The word and its heads up to the root (a cycle stops it)."""
    out: list[int] = []
    while index is not None and index not in out:
        out.append(index)
        index = tree.words[index].head
    return out


def own_phrase(tree: SyntaxTree, word: int, targets: set[int]) -> bool:
    """Whether ``word`` (a place name) sits, within four steps, in a noun whose preposition is one of
    PREPOSITIONS and whose head is a target word (the trigger or a victim word)."""
    for step in chain(tree, word)[:4]:
        cases = [k for k in tree.children[step] if tree.words[k].deprel == "case"]
        if (
            any(tree.words[k].text.lower() in PREPOSITIONS for k in cases)
            and tree.words[step].head in targets
        ):
            return True
    return False


def other_verbs(tree: SyntaxTree, trigger: int, place: int) -> list[str]:
    """The verbs between the place and its lowest head shared with the trigger (all of them, when the
    two share none): another clause's verb when any."""
    ups, downs = chain(tree, trigger), chain(tree, place)
    common = next((i for i in downs if i in ups), None)
    path = downs[1 : downs.index(common)] if common is not None else downs[1:]
    return [tree.words[i].text for i in path if tree.words[i].upos == "VERB"]


def report(doc: Document, event: Event) -> list[str]:
    """The OWN and OTHER lines of one event."""
    sentence = next((s for s in doc.sentences if s.start <= event.trigger.start < s.end), None)
    tree = sentence_tree(doc, sentence) if sentence is not None else None
    trigger = tree.word_at(event.trigger.start) if tree is not None else None
    if sentence is None or tree is None or trigger is None:
        return []
    targets = {trigger}
    if event.victims is not None:
        targets |= {i for i, w in enumerate(tree.words) if event.victims.start <= w.start < event.victims.end}
    where = event.place_text
    lines = []
    for entity in (e for e in doc.entities if e.type in PLACE_TYPES):
        for mention in (m for m in entity.mentions if sentence.start <= m.start < sentence.end):
            word = tree.word_at(mention.start)
            if word is not None and own_phrase(tree, word, targets):
                same = where is not None and where.start < mention.end and mention.start < where.end
                found = where.text if where is not None else None
                lines.append(f"OWN {'SAME' if same else 'DIFF'} {mention.text!r} (event's place {found!r})")
    place = (
        tree.word_at(where.start)
        if where is not None and sentence.start <= where.start < sentence.end
        else None
    )
    verbs = other_verbs(tree, trigger, place) if place is not None else []
    if verbs and where is not None:
        lines.append(f"OTHER {where.text!r} via {verbs}")
    return [
        f"{line} | {event.role} {event.trigger.text!r} | {doc.text[sentence.start : sentence.end]!r}"
        for line in lines
    ]


def record(text_id: str, doc: Document, event: Event) -> dict[str, Any]:
    """One event as a JSON-ready row: its text id, role, trigger, place, date (text and value), its
    sentence and the text's opening (where a dateline stands)."""
    sentence = next((s for s in doc.sentences if s.start <= event.trigger.start < s.end), None)
    date = event.date
    return {
        "id": text_id,
        "role": event.role,
        "trigger": [event.trigger.start, event.trigger.end, event.trigger.text],
        "place": None if event.place_text is None else event.place_text.text,
        "date": None if date is None else f"{date.text} = {date.value}",
        "published": str(doc.meta.published) if doc.meta.published is not None else None,
        "opening": " ".join(doc.text[:100].split()),
        "sentence": "" if sentence is None else " ".join(doc.text[sentence.start : sentence.end].split()),
    }


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    parser.add_argument("--polnear", type=Path, help="a list of PolNeAR train files (default: computed)")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    parser.add_argument("--half", choices=("odd", "even"), help="only the texts at odd or even places")
    parser.add_argument("--events", action="store_true", help="print every event's place and date")
    parser.add_argument("--json", type=Path, help="write every event, one JSON object a line")
    parser.add_argument("--against", type=Path, help="another checkout's --json file: print the firings")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse every outside text and print each event's OWN and OTHER lines, then the counts."""
    args = arguments(argv)
    keep = args.keep_copies
    texts = at_half(
        [
            *outside_texts(CORPORA, args.unused, keep_copies=keep),
            *polnear_texts(CORPORA, args.polnear, keep_copies=keep),
        ],
        args.half,
    )
    rows: list[dict[str, Any]] = []
    kinds: dict[str, int] = {"OWN SAME": 0, "OWN DIFF": 0, "OTHER": 0}
    for text_id, text, published in texts:
        doc = newsparse.parse(text, published=published, id=text_id, only=LAYERS)
        for event in doc.events:
            rows.append(record(text_id, doc, event))
            for line in report(doc, event):
                kinds[" ".join(line.split()[:2]) if line.startswith("OWN") else "OTHER"] += 1
                print(f"{text_id}: {line}")
    if args.events:
        for row in rows:
            head = f"EVENT {row['id']} ({row['published']}): {row['role']} {row['trigger'][2]!r}"
            fields = f"place {row['place']!r}, date {row['date']!r}"
            print(f"{head}: {fields} | {row['opening']!r} | {row['sentence']!r}")
    print(f"{len(texts)} texts, {len(rows)} events; " + ", ".join(f"{k}: {v}" for k, v in kinds.items()))
    if args.json:
        args.json.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    if args.against:
        kept = {text_id for text_id, _, _ in texts}
        base = [json.loads(line) for line in args.against.read_text(encoding="utf-8").splitlines() if line]
        lines = [
            line
            for field in ("place", "date")
            for line in firings(rows, [row for row in base if row["id"] in kept], field)
        ]
        print("\n".join(lines))
        print(f"{len(lines)} firings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

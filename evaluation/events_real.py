"""Score the ``events`` layer on real news articles: ``evaluation/data/real_events.jsonl``.

The gold (37 articles of the news corpus, 103 casualty events, annotated from written guidelines,
``evaluation/data/guidelines/events.md``, before the system was run on them) is split into ``dev``
(may be looked at while tuning) and ``untouched`` (must not be looked at until the end); figures
are reported per split. The texts are read from the corpus (``--corpora``/news/articles.jsonl);
without it the evaluation is skipped. A check set of CoNLL-2003 train documents (rows with a
``doc`` index, ``check_events_conll_s14_*.jsonl``) has its texts rebuilt from
``conll2003/eng.train`` (:mod:`evaluation.conll_documents`); one of TempEval-3 train files (rows
with a ``tml`` path, ``check_events_wire_s18_*.jsonl``) from ``tempeval3/`` without their tags (both
by ``evaluation.real_common.rebuilt_texts``). The session-21 check set
(``check_events_s21_a.jsonl``, tuned on; ``..._b.jsonl``, summary only) mixes the three sources.
The session-22 check set (``check_events_polnear_s22_a.jsonl``, tuned on; ``..._b.jsonl``, summary
only) holds PolNeAR train texts (rows with a ``polnear`` path under ``polnear/``), as does the
session-23 one (``check_events_polnear_s23_a.jsonl``, tuned on; ``..._b.jsonl``, summary only), drawn
from the train texts reserved for it and annotated before any system run.

Matching (one-to-one, gold events in text order): a predicted event matches a gold one when the
roles are equal and the predicted trigger overlaps the gold trigger, or the predicted event's span
overlaps the gold count's span; among candidates one whose count is right is preferred (joined
counts share a trigger). Fields of a matched pair, each right when:

- ``count``: the gold value (when it has one) equals the predicted value, or the (low, high) bounds
  are equal; an unnumbered single victim needs a predicted count of 1; an unnumbered plural group
  (no count span) is right with no predicted count too;
- ``victims``: None on both sides, or overlapping spans;
- ``instrument``: None on both sides, overlapping spans, or the same means by normalised text (the
  guideline's instrument is a means named in the text, with no canonical name: "the air strike"
  anchored at another mention of the same words is the same value, as a place or perpetrator
  anchored at another mention of its entity is);
- ``perpetrator``, ``place``: None on both sides, or the predicted span (``perpetrator_text``,
  ``place_text``) overlaps the gold span, or the predicted entity id matches the gold name as in
  ``evaluation.real_common.match_names``;
- ``date``: None on both sides; a gold date with an ISO value needs a predicted value that starts
  with it; one without a value needs an overlapping span;
- ``scope``: the predicted ``scope`` equals the gold one (``incident`` or ``cumulative``);
- ``source``: None on both sides, or the predicted ``source_text`` and the gold source phrase (or
  its canonical name) contain one another after normalisation, or the source id matches the name.

Figures: detection P/R/F1; ``all_fields_f1`` (a true positive is a matched event with every field
right); ``core_fields_f1`` (the same without ``instrument`` and ``scope``, which the layer's
contract does not have yet); per-field accuracy over matched events. Two runs in the same process:
``pipeline`` and ``trigger-word baseline`` (every casualty word is an event with the role of the
word and the nearest number in the 30 characters before it as its count, nothing else).
Run as ``python -m evaluation.events_real [--corpora PATH] [--json OUT] [--errors] [--gold SET ...]``;
``--gold`` given more than once scores the sets as one pool (:func:`pooled_gold`), as the A halves of
the check sets are tabled each session; ``--half odd|even`` keeps each set's rows at odd (the tuning
part) or even (the counting part) positions (session 40).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.real_common import (
    Counts,
    accuracy,
    load_gold,
    match_names,
    normalise,
    overlaps,
    rebuilt_texts,
    scored,
    side_by_side,
    span_of,
)

__all__ = [
    "FIELDS",
    "HALVES",
    "Scores",
    "field_checks",
    "in_half",
    "main",
    "match_events",
    "pooled_gold",
    "score_article",
    "trigger_baseline",
]

GOLD = "real_events.jsonl"
FIELDS = ("count", "victims", "perpetrator", "instrument", "place", "date", "scope", "source")
CORE = ("count", "victims", "perpetrator", "place", "date", "source")
TRIGGERS = {
    "killed": "killed",
    "killing": "killed",
    "died": "killed",
    "dead": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "injuring": "wounded",
    "wounding": "wounded",
    "casualties": "casualties",
    "missing": "missing",
    "arrested": "arrested",
    "detained": "arrested",
    "kidnapped": "abducted",
    "abducted": "abducted",
    "displaced": "displaced",
}
TRIGGER_PATTERN = re.compile(r"\b(" + "|".join(TRIGGERS) + r")\b", re.IGNORECASE)
NUMBER = re.compile(r"\b(\d[\d,]*)\b")


@dataclass(frozen=True)
class Amount:
    """A count of the trigger-word baseline."""

    start: int
    end: int
    value: int
    low: int
    high: int


@dataclass(frozen=True)
class BaselineEvent:
    """An event of the trigger-word baseline: role, trigger span and count (other fields None)."""

    start: int
    end: int
    text: str
    role: str
    trigger: Any
    count: Amount | None


@dataclass
class Scores:
    """Everything counted over one run on one split."""

    detection: Counts = field(default_factory=Counts)
    all_fields: Counts = field(default_factory=Counts)
    core_fields: Counts = field(default_factory=Counts)
    per_field: dict[str, list[bool]] = field(default_factory=lambda: {name: [] for name in FIELDS})
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The reported figures."""
        out = {
            "detection_precision": self.detection.precision(),
            "detection_recall": self.detection.recall(),
            "detection_f1": self.detection.f1(),
            "all_fields_f1": self.all_fields.f1(),
            "core_fields_f1": self.core_fields.f1(),
        }
        out.update({f"{name}_accuracy": accuracy(values) for name, values in self.per_field.items()})
        out["matched"] = float(self.detection.tp)
        return out


def _count_ok(gold: Mapping[str, Any], found: Any) -> bool:
    """Whether a predicted count agrees with the gold count (see the module docstring)."""
    value, low, high = gold["value"], gold["low"], gold["high"]
    if found is None:
        return gold["span"] is None and value is None
    f_value, f_low, f_high = (getattr(found, name, None) for name in ("value", "low", "high"))
    if value is not None and f_value is not None and float(f_value) == float(value):
        return True
    return (f_low, f_high) == (low, high)


def _span_field_ok(gold: Any, found: Any) -> bool:
    """A span-valued field: None on both sides, or overlapping spans (strings by normalised text)."""
    if gold is None or found is None:
        return gold is None and found is None
    if isinstance(found, str):
        return normalise(found) == normalise(gold["text"])
    return overlaps(span_of(gold), span_of(found))


def _instrument_ok(gold: Any, found: Any) -> bool:
    """An instrument: as a span-valued field, or the same words at another mention."""
    if _span_field_ok(gold, found):
        return True
    if gold is None or found is None:
        return False
    return normalise(str(getattr(found, "text", found))) == normalise(gold["text"])


def _actor_ok(gold: Any, found_id: Any, found_span: Any, entities: Mapping[str, Any]) -> bool:
    """A perpetrator or place: None on both sides, an overlapping span or a matching entity."""
    if gold is None or (found_id is None and found_span is None):
        return gold is None and found_id is None and found_span is None
    if overlaps(span_of(gold), span_of(found_span)):
        return True
    return found_id is not None and match_names([gold], [found_id], entities)[0] == 1


def _date_ok(gold: Any, found: Any) -> bool:
    """A date: None on both sides, a value starting with the gold value, or an overlapping span."""
    if gold is None or found is None:
        return gold is None and found is None
    if gold["value"]:
        return str(getattr(found, "value", None) or "").startswith(gold["value"])
    return overlaps(span_of(gold), span_of(found))


def _source_ok(gold: Any, found: Any, entities: Mapping[str, Any]) -> bool:
    """A source: None on both sides, phrases containing one another, or a matching source id."""
    if gold is None or found is None:
        return gold is None and found is None
    said = normalise(str(getattr(found, "source_text", None) or ""))
    for wanted in (normalise(gold["span"]["text"]), normalise(gold["name"])):
        if said and wanted and (said in wanted or wanted in said):
            return True
    source_id = getattr(found, "source", None)
    return source_id is not None and match_names([gold], [source_id], entities)[0] == 1


def field_checks(gold: Mapping[str, Any], found: Any, entities: Mapping[str, Any]) -> dict[str, bool]:
    """Whether each field of a matched predicted event is right."""
    return {
        "count": _count_ok(gold["count"], getattr(found, "count", None)),
        "victims": _span_field_ok(gold["victims"], getattr(found, "victims", None)),
        "perpetrator": _actor_ok(
            gold["perpetrator"],
            getattr(found, "perpetrator", None),
            getattr(found, "perpetrator_text", None),
            entities,
        ),
        "instrument": _instrument_ok(gold["instrument"], getattr(found, "instrument", None)),
        "place": _actor_ok(
            gold["place"], getattr(found, "place", None), getattr(found, "place_text", None), entities
        ),
        "date": _date_ok(gold["date"], getattr(found, "date", None)),
        "scope": getattr(found, "scope", None) == gold["scope"],
        "source": _source_ok(gold["source"], getattr(found, "source", None), entities),
    }


def match_events(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, as the module docstring defines."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g_index, event in enumerate(gold):
        trigger, count = span_of(event["trigger"]), span_of(event["count"]["span"])
        candidates = [
            p_index
            for p_index, found in enumerate(predicted)
            if p_index not in used
            and found.role == event["role"]
            and (overlaps(trigger, span_of(found.trigger)) or overlaps(count, span_of(found)))
        ]
        if candidates:
            right = [i for i in candidates if _count_ok(event["count"], getattr(predicted[i], "count", None))]
            best = (right or candidates)[0]
            used.add(best)
            pairs.append((g_index, best))
    return pairs


def score_article(
    article: Mapping[str, Any], predicted: Sequence[Any], entities: Mapping[str, Any], scores: Scores
) -> None:
    """Compare one article's predicted events (with its entities by id) with its gold events."""
    gold = article["events"]
    pairs = match_events(gold, predicted)
    scores.detection.add(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    all_right = core_right = 0
    for g_index, p_index in pairs:
        checks = field_checks(gold[g_index], predicted[p_index], entities)
        for name, ok in checks.items():
            scores.per_field[name].append(ok)
        all_right += all(checks.values())
        core_right += all(checks[name] for name in CORE)
        wrong = [name for name, ok in checks.items() if not ok]
        if wrong:
            scores.errors.append(
                f"{article['id']}: {gold[g_index]['trigger']['text']!r}: wrong {', '.join(wrong)}"
            )
    for counts, right in ((scores.all_fields, all_right), (scores.core_fields, core_right)):
        counts.add(right, len(predicted) - right, len(gold) - right)
    matched = {g for g, _ in pairs}
    for g_index, event in enumerate(gold):
        if g_index not in matched:
            scores.errors.append(f"{article['id']}: missed {event['role']} {event['trigger']['text']!r}")


def trigger_baseline(text: str) -> list[BaselineEvent]:
    """The trigger-word baseline's events for a text (see the module docstring)."""
    from newsparse import Span

    events = []
    for hit in TRIGGER_PATTERN.finditer(text):
        before = list(NUMBER.finditer(text, max(0, hit.start() - 30), hit.start()))
        count = None
        if before:
            number = before[-1]
            value = int(number.group(1).replace(",", "") or 0)
            count = Amount(number.start(), number.end(), value, value, value)
        start = count.start if count else hit.start()
        trigger = Span(hit.start(), hit.end(), hit.group())
        events.append(
            BaselineEvent(
                start, hit.end(), text[start : hit.end()], TRIGGERS[hit.group(1).lower()], trigger, count
            )
        )
    return events


def run(articles: Sequence[Mapping[str, Any]], texts: Mapping[str, str]) -> dict[str, Scores]:
    """Score the pipeline and the baseline on the articles."""
    import newsparse

    runs = {"pipeline": Scores(), "trigger-word baseline": Scores()}
    for article in articles:
        text = texts[article["id"]]
        doc = newsparse.parse(text, published=str(article["published"]) if article["published"] else None)
        for problem in doc.problems:  # a failed extractor leaves its layer empty: never score that silently
            failed = f"{article['id']}: {problem.extractor} failed ({problem.error})"
            print(f"events_real: {failed}", file=sys.stderr)
        entities = {entity.id: entity for entity in doc.entities}
        score_article(article, list(doc.layer("events")), entities, runs["pipeline"])
        score_article(article, trigger_baseline(text), {}, runs["trigger-word baseline"])
    return runs


HALVES = ("odd", "even")


def in_half(rows: Sequence[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    """The rows of one file at odd or even positions (1-based: the first row is odd); None: all.

    Session 40 (issue 16): the A halves split by position within each file into a tuning part (odd)
    and a counting part (even), so a rule is built on one and counted once on the other.
    """
    if half is None:
        return list(rows)
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    first = 0 if half == "odd" else 1
    return list(rows[first::2])


def pooled_gold(names: Sequence[str], half: str | None = None) -> list[dict[str, Any]]:
    """The gold rows of several sets in the order given: the A halves of the check sets scored as one pool.

    The real set (``real_events.jsonl``) holds held-out splits, so it is never pooled with another.
    With ``half``, only each file's rows at odd or even positions (:func:`in_half`).
    """
    if len(names) > 1 and GOLD in (Path(name).name for name in names):
        raise ValueError(f"{GOLD} is scored by split and is not pooled with check sets")
    if half is not None and GOLD in (Path(name).name for name in names):
        raise ValueError(f"{GOLD} is scored by split and is not halved")
    return [row for name in names for row in in_half(load_gold(name), half)]


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation per split and print the tables; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.events_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="list every mismatch of the dev split")
    parser.add_argument(
        "--gold",
        action="append",
        help="a check set under evaluation/data (split 'check'); given more than once, scored as one pool",
    )
    parser.add_argument(
        "--half",
        choices=HALVES,
        help="only each check set's rows at odd (tuning part) or even (counting part) positions",
    )
    args = parser.parse_args(argv)
    names = args.gold or [GOLD]
    gold = pooled_gold(names, args.half)
    texts = rebuilt_texts(Path(args.corpora), gold)
    if texts is None or len(texts) < len({a["id"] for a in gold}):
        print(f"events_real: skipped (news corpus not found under {args.corpora})")
        return 0
    figures: dict[str, dict[str, dict[str, float]]] = {}
    # fresh: annotated in session 4, scored once at the end
    splits = ["check"] if names != [GOLD] else [s for s in ("dev", "untouched", "fresh") if scored(s)]
    for split in splits:
        chosen = [a for a in gold if a["split"] == split]
        runs = run(chosen, texts)
        figures[split] = {name: scores.figures() for name, scores in runs.items()}
        n_gold = sum(len(a["events"]) for a in chosen)
        print(f"\n[{split}: {len(chosen)} articles, {n_gold} gold events]")
        side_by_side(figures[split], label=22, cell=24)
        if args.errors and split in ("dev", "check"):
            print("\n".join(runs["pipeline"].errors))
    if args.json:
        import json

        named = names[0] if len(names) == 1 else names
        args.json.write_text(json.dumps({"figures": figures, "gold": named}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the ``agreements`` layer on our own development set, ``evaluation/data/agreements_dev.jsonl``.

No public gold set and no peer library exist for this task (analysts code agreements by hand:
PA-X, UCDP, ACLED), so the set was written for this project: short news passages in our own words,
each with a publication date, the entities in it, and gold records (kind, trigger text, parties,
guarantors, mediators, endorsers, observers as entity names, venue, status, date).

The set has two splits, reported apart and together: ``dev`` (36 passages, written while the rules
were written, so its figures flatter them) and ``second`` (12 passages written after the rules,
first scored before any change: detection F1 1.00, party F1 .90, third-party F1 .60, venue .73,
status .82 with the pipeline; five general rules were then added from its errors, so it is no
longer blind either) and ``third`` (10 more passages written later still, first scored before any
change: detection F1 .95, party F1 .75, third-party F1 1.00, venue .78, status 1.00 with the
pipeline; four general rules were added from its errors) and ``fourth`` (8 passages, first run:
detection F1 .86, party F1 .57, third-party F1 .86, venue 1.00, status .83, date .33; fixed by
five general rules, two date golds stay missed) and ``fifth`` (10 passages, first run: detection
F1 .93, party F1 .33, third-party F1 1.00, venue .86, status .57; then more state and subject
cues) and ``sixth`` (8 passages, first run: detection F1 .73, party F1 .75, third-party F1 1.00,
venue 1.00, status .50; then joint statements, bare plural heads, relative-clause subjects,
"to be signed") and ``seventh`` (28 passages, 26 gold records, written by a second engineer
after all the rules above, first run before any change: detection F1 .98/.98, party F1 .74/.79,
third-party F1 .82/.82, venue .88/.88, status .81/.81, date 1.00/1.00, pipeline/oracle
entities; twelve general rules were then added from its errors) and ``eighth`` (14 passages, 14
gold records, written by the same engineer after those rules, first run before any change:
detection F1 .85/.85, party F1 .80/.80, third-party F1 .91/.91, venue 1.00/.91, status .82/.82).
After the rules from both (same run, pipeline/oracle entities): ``seventh`` detection 1.00/1.00,
party .93/.97, third-party 1.00/1.00, venue 1.00/1.00, status 1.00/1.00; ``eighth`` detection
.96/.96, party .95/.95, third-party .91/.91, venue 1.00/.92, status 1.00/1.00.  Four golds of
earlier splits were changed with the conventions of that round, not to fit the output: ``ag08``
and ``bl05`` no longer list the rejecter as a party (``bl05`` now lists the bidder, "a bid from
Contoso"), ``bl03`` has venue Minsk ("the Minsk agreements" are named after where they were
signed; Minsk was added to its entities), and ``sv07`` lists Yemen ("Yemen's warring parties
agreed", as ``fi02`` lists South Sudan for "South Sudan's rival leaders").
A ``ninth`` split (13 passages, 12 gold records) was written after all of that and scored once
before any change: detection F1 .92/.92, party F1 .74/.82, third-party F1 .86/.86, venue .82/.91,
status 1.00/1.00; five general rules later (passive signer after a place, "brokered by X in
City", "pause in fighting", talks subjects, a nearer venue before "by"): detection 1.00/1.00, party
.94/1.00, third-party .89/.89, venue 1.00/1.00, status 1.00/1.00.
Each later split scored lower on its first run than the one before did after
tuning, most of all on parties and states: a held-out set written elsewhere is the real test.

Two runs, same rules, reported side by side:

- ``pipeline``: ``newsparse.parse`` with every installed plugin, so the figures include the real
  ``entities`` and ``dates`` layers (a stub layer gives empty names and lowers the role figures);
- ``oracle entities``: the real ``dates`` layer, but the ``entities`` layer built from the gold
  entity list of each passage, which isolates this layer's own errors.

Figures (micro-averaged over the whole set):

- detection P/R/F1: a predicted record matches a gold one when the kinds are equal and the
  trigger spans overlap (one-to-one, in text order);
- party-set F1 over matched records: a predicted entity id matches a gold name when the name is the
  entity's canonical name or one of its mention texts;
- third-party F1: guarantors + mediators + endorsers + observers pooled as one set (who vouches
  for the deal; the verbs that separate them vary between writers); role-exact F1: the same,
  but a name must also be in the right role;
- venue accuracy and status accuracy over matched records (None == None counts as right);
  date accuracy over matched records whose gold has a date (the TIMEX value must start with the
  gold value: "2023-11-24TMO", Friday morning, dates the day 2023-11-24).

The goal is >= 0.85 on detection F1, party F1, third-party F1, venue and status accuracy.
A timing line gives the agreements layer's share of the pipeline's time on the same passages,
and on the news corpus (``--corpora``/news/articles.jsonl, first 300 articles) when present.

Run as ``python -m evaluation.agreements [--corpora PATH] [--json OUT] [--errors]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.news import first_articles
from evaluation.real_common import Counts

__all__ = ["main", "score"]

DEV_SET = Path(__file__).parent / "data" / "agreements_dev.jsonl"
THIRD = ("guarantors", "mediators", "endorsers", "observers")
GOALS = ("detection_f1", "party_f1", "third_party_f1", "venue_accuracy", "status_accuracy")


@dataclass
class Scores:
    """Everything counted over one run."""

    detection: Counts = field(default_factory=Counts)
    parties: Counts = field(default_factory=Counts)
    third: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    venue: list[bool] = field(default_factory=list)
    status: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The reported figures."""

        def acc(values: list[bool]) -> float:
            """The share of true values (1.0 for none)."""
            return sum(values) / len(values) if values else 1.0

        return {
            "detection_precision": self.detection.precision(),
            "detection_recall": self.detection.recall(),
            "detection_f1": self.detection.f1(),
            "party_f1": self.parties.f1(),
            "third_party_f1": self.third.f1(),
            "role_exact_f1": self.roles.f1(),
            "venue_accuracy": acc(self.venue),
            "status_accuracy": acc(self.status),
            "date_accuracy": acc(self.date),
            "matched": float(self.detection.tp),
        }


def _names(doc: Any) -> dict[str, set[str]]:
    """Entity id -> the lower-cased names it goes by in this document."""
    names: dict[str, set[str]] = {}
    for entity in doc.entities:
        forms = {entity.canonical.lower(), entity.id.lower()}
        forms.update(m.text.lower() for m in entity.mentions)
        names.setdefault(entity.id, set()).update(forms)
    return names


def _match_names(
    gold: Iterable[str], predicted: Iterable[str], names: Mapping[str, set[str]]
) -> tuple[int, int, int]:
    """One-to-one matches between gold names and predicted entity ids: (tp, fp, fn)."""
    remaining = list(dict.fromkeys(predicted))
    tp = fn = 0
    for name in dict.fromkeys(gold):
        low = name.lower()
        hit = next((eid for eid in remaining if low in names.get(eid, {eid.lower()})), None)
        if hit is None:
            fn += 1
        else:
            tp += 1
            remaining.remove(hit)
    return tp, len(remaining), fn


def _overlaps(record: Any, gold: Mapping[str, Any], text: str) -> bool:
    """Whether any mention of ``record`` overlaps an occurrence of the gold trigger text."""
    spans = [(m.start, m.end) for m in record.mentions] or [(record.start, record.end)]
    trigger = gold["trigger"]
    for found in re.finditer(re.escape(trigger), text):
        if any(s < found.end() and found.start() < e for s, e in spans):
            return True
    return False


def score_document(item: Mapping[str, Any], doc: Any, scores: Scores) -> None:
    """Compare the agreements of ``doc`` with the gold records of ``item``."""
    names = _names(doc)
    predicted = list(doc.agreements)
    used: set[int] = set()
    for gold in item["agreements"]:
        match = next(
            (
                i
                for i, rec in enumerate(predicted)
                if i not in used and rec.kind == gold["kind"] and _overlaps(rec, gold, doc.text)
            ),
            None,
        )
        if match is None:
            scores.detection.add(0, 0, 1)
            scores.errors.append(f"{item['id']}: missed {gold['kind']} {gold['trigger']!r}")
            continue
        used.add(match)
        rec = predicted[match]
        scores.detection.add(1, 0, 0)
        counts = _match_names(gold["parties"], rec.parties, names)
        scores.parties.add(*counts)
        if counts[1] or counts[2]:
            scores.errors.append(f"{item['id']}: parties {list(rec.parties)} vs gold {gold['parties']}")
        gold_third = [n for role in THIRD for n in gold[role]]
        pred_third = [e for role in THIRD for e in getattr(rec, role)]
        counts = _match_names(gold_third, pred_third, names)
        scores.third.add(*counts)
        if counts[1] or counts[2]:
            found = {role: list(getattr(rec, role)) for role in THIRD if getattr(rec, role)}
            wanted = {role: gold[role] for role in THIRD if gold[role]}
            scores.errors.append(f"{item['id']}: third parties {found} vs gold {wanted}")
        for role in THIRD:
            scores.roles.add(*_match_names(gold[role], getattr(rec, role), names))
        if gold["venue"] is None:
            venue_ok = rec.venue is None
        else:
            venue_ok = rec.venue is not None and gold["venue"].lower() in names.get(rec.venue, {rec.venue})
        scores.venue.append(venue_ok)
        if not venue_ok:
            scores.errors.append(f"{item['id']}: venue {rec.venue} vs gold {gold['venue']}")
        scores.status.append(rec.status == gold["status"])
        if rec.status != gold["status"]:
            scores.errors.append(f"{item['id']}: status {rec.status} vs gold {gold['status']}")
        if gold.get("date"):
            ok = rec.date is not None and str(rec.date.value).startswith(gold["date"])  # 2023-11-24TMO
            scores.date.append(ok)
            if not ok:
                value = rec.date.value if rec.date else None
                scores.errors.append(f"{item['id']}: date {value} vs gold {gold['date']}")
    for i, rec in enumerate(predicted):
        if i not in used:
            scores.detection.add(0, 1, 0)
            scores.errors.append(f"{item['id']}: spurious {rec.kind} {rec.text!r}")


def oracle_entities(text: str, entities: Sequence[Mapping[str, Any]]) -> tuple[Any, ...]:
    """An ``entities`` layer from the gold list: every whole-word occurrence of each form."""
    from newsparse import Entity, Mention

    out = []
    for spec in entities:
        mentions: list[Mention] = []
        for form in sorted(spec["forms"], key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), m.group()))
        if mentions:
            eid = re.sub(r"\W+", "_", spec["canonical"].lower()).strip("_")
            identifiers = {"iso3166": "XX"} if spec.get("country") else {}
            mentions.sort(key=lambda x: x.start)
            found: Any = tuple(mentions)
            out.append(Entity(eid, spec["type"], spec["canonical"], found, identifiers))
    return tuple(out)


def load(path: Path = DEV_SET) -> list[dict[str, Any]]:
    """The development set, one passage per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(items: Sequence[Mapping[str, Any]], *, oracle: bool) -> Scores:
    """Parse every passage (with gold entities when ``oracle``) and score the agreements."""
    import newsparse
    import newsparse_agreements

    scores = Scores()
    for item in items:
        doc = newsparse.parse(item["text"], published=item["published"])
        if oracle:
            doc = doc.with_layer("entities", oracle_entities(doc.text, item["entities"]))
            doc = doc.with_layer("agreements", tuple(newsparse_agreements.extract(doc)))
        score_document(item, doc, scores)
    return scores


def layer_share(texts: Sequence[tuple[str, Any]]) -> tuple[float, float, dict[str, float]]:
    """Seconds per layer over ``texts`` (text, published), running the pipeline's extractors in turn."""
    import attrs

    import newsparse
    from newsparse import Document, Meta

    pipeline = newsparse.default_pipeline()
    spent: dict[str, float] = {e.name: 0.0 for e in pipeline.extractors}
    started = time.perf_counter()
    for text, published in texts:
        try:
            meta = Meta(published=published)
        except Exception:
            meta = Meta()
        doc = Document(text, meta=meta)
        layers: dict[str, Any] = {}
        for extractor in pipeline.extractors:
            current = attrs.evolve(doc, layers=layers)
            t0 = time.perf_counter()
            try:
                layers[extractor.produces] = tuple(extractor.extract(current))
            except Exception:
                layers[extractor.produces] = ()
            spent[extractor.name] += time.perf_counter() - t0
    total = time.perf_counter() - started
    return spent.get("agreements", 0.0), total, spent


def _news(corpora: Path, limit: int = 300) -> list[tuple[str, Any]]:
    """The first ``limit`` articles of the news corpus (text, published), or none when it is absent."""
    records = first_articles(corpora / "news" / "articles.jsonl", limit)
    return [(record["text"], record.get("published")) for record in records]


def _table(figures: Mapping[str, Mapping[str, float]]) -> None:
    """Print the figures of the runs side by side, with the goals."""
    names = list(figures)
    header = f"{'figure':<22}" + "".join(f"{name:>18}" for name in names) + f"{'goal':>8}"
    print(header)
    print("-" * len(header))
    for key in figures[names[0]]:
        goal = ">=.85" if key in GOALS else ""
        cells = "".join(
            f"{figures[name][key]:>18.0f}" if key == "matched" else f"{figures[name][key]:>18.3f}"
            for name in names
        )
        print(f"{key:<22}{cells}{goal:>8}")


def main(argv: list[str] | None = None) -> int:
    """Run both evaluations, print the table, optionally write the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.agreements", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--data", type=Path, default=DEV_SET, help="the development set (JSONL)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--no-timing", action="store_true", help="skip the timing on the news corpus")
    args = parser.parse_args(argv)
    import newsparse

    items = load(args.data)
    n_gold = sum(len(item["agreements"]) for item in items)
    print(
        f"agreements: {len(items)} passages, {n_gold} gold records ({args.data.name}); no peer library exists"
    )
    loaded = [e.name for e in newsparse.default_pipeline().extractors]
    print(f"pipeline extractors: {', '.join(loaded)}")
    splits = {"all": items}
    for item in items:
        splits.setdefault(str(item.get("split", "dev")), []).append(item)
    figures: dict[str, dict[str, dict[str, float]]] = {}
    errors: dict[str, list[str]] = {}
    for split, chosen in splits.items():
        runs = {"pipeline": score(chosen, oracle=False), "oracle entities": score(chosen, oracle=True)}
        figures[split] = {name: run.figures() for name, run in runs.items()}
        if split == "all":
            errors = {name: run.errors for name, run in runs.items()}
        print(
            f"\n[{split}: {len(chosen)} passages, {sum(len(i['agreements']) for i in chosen)} gold records]"
        )
        _table(figures[split])
    timing: dict[str, Any] = {}
    if not args.no_timing:
        sets = {"dev passages": [(item["text"], item["published"]) for item in items]}
        news = _news(Path(args.corpora))
        if news:
            sets["news (first 300)"] = news
        for label, texts in sets.items():
            mine, total, spent = layer_share(texts)
            share = mine / total if total else 0.0
            timing[label] = {"agreements_s": mine, "pipeline_s": total, "share": share, "per_layer_s": spent}
            print(
                f"timing on {label}: agreements {mine:.3f} s of {total:.3f} s pipeline "
                f"({share:.1%}; goal <= 10%)"
            )
    if args.errors:
        for name, lines in errors.items():
            print(f"\n-- mismatches ({name}) --")
            for line in lines:
                print(line)
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "timing": timing, "peer": None}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

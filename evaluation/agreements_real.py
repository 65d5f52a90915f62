"""Score the ``agreements`` layer on real news articles: ``evaluation/data/real_agreements.jsonl``.

The gold (41 articles of the news corpus, 82 agreements, annotated from written guidelines,
``evaluation/data/guidelines/agreements.md``, before the system was run on them) is split into
``dev`` (may be looked at while tuning) and ``untouched`` (must not be looked at until the end);
the figures are reported for each split apart. The article texts are read from the corpus
(``--corpora``/news/articles.jsonl); without it the evaluation is skipped.

Matching (one-to-one, gold records in text order):

- a predicted record matches a gold one when their kinds are compatible (equal, either is the
  generic ``agreement``, or both in one family of ``KIND_FAMILIES``) and one of its mentions (or
  its own span) overlaps one of the gold mentions; a candidate of the same kind is preferred;
- names: a predicted entity id matches a gold name when one of the entity's mentions overlaps the
  gold name's anchored span, or the normalised gold name or anchored text equals the entity's
  canonical name, id or one of its mention texts (``evaluation.real_common.match_names``);
- a text party (``text:PLO``: a name the layer read that no entity covers, so it has no mentions
  to overlap) matches a gold name when its normalised name equals the normalised gold name or the
  gold name's anchored text ("PLO" for "Palestine Liberation Organisation"), in every field (session
  17; before, only the gold name was compared, and only for ``parties``).

The held-out ``fresh`` split (``fresh_agreements.jsonl``: 8 articles, 19 agreements, drawn and
annotated after the rules had been tuned) is scored the same way, apart.

Figures: detection P/R/F1; kind accuracy (exact kind) over matched records; party-set F1 and
third-party F1 (mediators, guarantors, endorsers, observers pooled) over matched records;
business-role F1 (acquirer, target, seller, club, player, lender, borrower: read from attributes
of those names or a ``roles`` mapping when the record has them); venue and status accuracy over
matched records (None == None counts as right); date accuracy over matched records whose gold date
has an ISO value (the predicted value must start with it).

Two runs in the same process: ``pipeline`` (``newsparse.parse`` with every installed plugin) and
``cue-word baseline`` (every agreement noun is a record, the same noun repeated is one record,
kind from the noun, no parties, no venue, status ``signed``), so each figure has a floor beside it.
A check set (``--check NAME [--half A|B]``) is scored the same way; its rows name news ids,
CoNLL-2003 train documents by index (``doc``) or TempEval-3 train files (``tml``, the wire set
``check_agreements_wire_s18.jsonl``), whose text is rebuilt from the corpora at run time
(``evaluation.real_common.rebuilt_texts``, the reader the events scorer uses); a set may mix news ids
and TempEval-3 rows (``check_agreements_s20.jsonl``, splits ``check_s20_A`` and ``check_s20_B``); the
PolNeAR train rows of ``check_agreements_polnear_s22.jsonl`` (``polnear``: the text's path under
corpora/polnear; splits ``check_polnear_s22_A`` and ``check_polnear_s22_B``) are read the same way, as
are those of ``check_agreements_polnear_s23.jsonl`` (splits ``check_polnear_s23_A``, ``check_polnear_s23_B``).
With ``--check NAME --half A --rows odd|even`` (session 42) only the half's articles at odd or even
places in file order are scored (``check_rows``): session 42's tuning and counting parts.
Run as ``python -m evaluation.agreements_real [--corpora PATH] [--json OUT] [--errors]``.
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
    article_texts,
    load_gold,
    match_names,
    overlaps,
    rebuilt_texts,
    scored,
    side_by_side,
    span_of,
)

__all__ = [
    "KIND_FAMILIES",
    "Scores",
    "check_rows",
    "compatible",
    "cue_baseline",
    "main",
    "match_records",
    "score_article",
]

GOLD = "real_agreements.jsonl"
# the held-out split drawn and annotated after the rules were tuned (README_b.md, session 4)
FRESH = "fresh_agreements.jsonl"
THIRD = ("mediators", "guarantors", "endorsers", "observers")
ROLES = ("acquirer", "target", "seller", "club", "player", "lender", "borrower")
KIND_FAMILIES = (
    frozenset({"ceasefire", "truce", "de_escalation_zone", "buffer_zone", "no_fly_zone"}),
    frozenset(
        {
            "peace_agreement",
            "treaty",
            "memorandum",
            "trade_agreement",
            "climate_accord",
            "nuclear_agreement",
            "power_sharing",
            "prisoner_exchange",
            "talks",
        }
    ),
    frozenset({"merger", "acquisition", "contract", "loan", "transfer", "trade_agreement"}),
)
CUES = {
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "truce",
    "treaty": "treaty",
    "accord": "agreement",
    "agreement": "agreement",
    "deal": "agreement",
    "pact": "agreement",
    "memorandum": "memorandum",
    "merger": "merger",
    "takeover": "acquisition",
    "acquisition": "acquisition",
    "bid": "acquisition",
    "contract": "contract",
    "loan": "loan",
    "transfer": "transfer",
}
CUE_PATTERN = re.compile(r"\b(" + "|".join(re.escape(c) for c in CUES) + r")s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class CueRecord:
    """A record of the cue-word baseline: the first mention, its kind and every mention span."""

    start: int
    end: int
    text: str
    kind: str
    mentions: tuple[Any, ...]
    status: str | None = "signed"
    venue: str | None = None
    date: Any = None


@dataclass
class Scores:
    """Everything counted over one run on one split."""

    detection: Counts = field(default_factory=Counts)
    parties: Counts = field(default_factory=Counts)
    third: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    kind: list[bool] = field(default_factory=list)
    venue: list[bool] = field(default_factory=list)
    status: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The reported figures."""
        return {
            "detection_precision": self.detection.precision(),
            "detection_recall": self.detection.recall(),
            "detection_f1": self.detection.f1(),
            "kind_accuracy": accuracy(self.kind),
            "party_f1": self.parties.f1(),
            "third_party_f1": self.third.f1(),
            "business_role_f1": self.roles.f1(),
            "venue_accuracy": accuracy(self.venue),
            "status_accuracy": accuracy(self.status),
            "date_accuracy": accuracy(self.date),
            "matched": float(self.detection.tp),
        }


def compatible(predicted: str, gold: str) -> bool:
    """Whether a predicted kind may match a gold kind (equal, generic, or one family)."""
    if predicted == gold or "agreement" in (predicted, gold):
        return True
    return any(predicted in family and gold in family for family in KIND_FAMILIES)


def _spans(record: Any) -> list[tuple[int, int]]:
    """The mention spans of a predicted record (its own span when it lists none)."""
    spans = [s for s in (span_of(m) for m in getattr(record, "mentions", ())) if s]
    own = span_of(record)
    return spans or ([own] if own else [])


def match_records(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, as the module docstring defines."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g_index, record in enumerate(gold):
        gold_spans = [span_of(m) for m in record["mentions"]]
        candidates = [
            p_index
            for p_index, found in enumerate(predicted)
            if p_index not in used
            and compatible(found.kind, record["kind"])
            and any(overlaps(s, g) for s in _spans(found) for g in gold_spans)
        ]
        if candidates:
            best = next((i for i in candidates if predicted[i].kind == record["kind"]), candidates[0])
            used.add(best)
            pairs.append((g_index, best))
    return pairs


def _role_ids(record: Any, role: str) -> tuple[str, ...]:
    """The entity ids a predicted record gives for a business role (an attribute or ``roles``)."""
    value = getattr(record, role, None)
    if value is None and isinstance(getattr(record, "roles", None), Mapping):
        value = record.roles.get(role)
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class TextParty:
    """A text party ("text:PLO": a name no entity covers) posing as an entity with that one name."""

    id: str
    canonical: str
    mentions: tuple[Any, ...] = ()


def _with_text_parties(entities: Mapping[str, Any], found: Any) -> Mapping[str, Any]:
    """The entities plus a name-only stand-in for each text party the record gives in any field.

    So a text party matches a gold name by its normalised name, whether the gold's name
    ("Palestine Liberation Organisation") or its anchored text ("PLO") (module docstring).
    """
    fields = ("parties", "venue", *THIRD, *ROLES)
    ids = {i for f in fields for i in _role_ids(found, f) if i.startswith("text:") and i not in entities}
    if not ids:
        return entities
    return {**entities, **{i: TextParty(i, i.removeprefix("text:")) for i in ids}}


def _compare_fields(
    gold: Mapping[str, Any], found: Any, entities: Mapping[str, Any], scores: Scores
) -> list[str]:
    """Score the fields of one matched pair; the names of the wrong fields."""
    wrong: list[str] = []
    entities = _with_text_parties(entities, found)
    scores.kind.append(found.kind == gold["kind"])
    counts = match_names(gold["parties"], getattr(found, "parties", ()), entities)
    scores.parties.add(*counts)
    if counts[1] or counts[2]:
        wrong.append(
            f"parties {list(getattr(found, 'parties', ()))} vs {[p['name'] for p in gold['parties']]}"
        )
    gold_third = [n for role in THIRD for n in gold[role]]
    found_third = [i for role in THIRD for i in getattr(found, role, ())]
    counts = match_names(gold_third, found_third, entities)
    scores.third.add(*counts)
    if counts[1] or counts[2]:
        wrong.append(f"third parties {found_third} vs {[p['name'] for p in gold_third]}")
    for role in ROLES:
        scores.roles.add(*match_names(gold["roles"].get(role, []), _role_ids(found, role), entities))
    venue = getattr(found, "venue", None)
    if gold["venue"] is None:
        venue_ok = venue is None
    else:
        venue_ok = venue is not None and match_names([gold["venue"]], [venue], entities)[0] == 1
    scores.venue.append(venue_ok)
    if not venue_ok:
        wrong.append(f"venue {venue} vs {gold['venue'] and gold['venue']['name']}")
    status = getattr(found, "status", None)
    scores.status.append(status == gold["status"])
    if status != gold["status"]:
        wrong.append(f"status {status} vs {gold['status']}")
    if gold["date"] and gold["date"]["value"]:
        value = getattr(getattr(found, "date", None), "value", None)
        scores.date.append(value is not None and str(value).startswith(gold["date"]["value"]))
    return wrong


def score_article(
    article: Mapping[str, Any], predicted: Sequence[Any], entities: Mapping[str, Any], scores: Scores
) -> None:
    """Compare one article's predicted records (with its entities by id) with its gold records."""
    gold = article["agreements"]
    pairs = match_records(gold, predicted)
    matched_gold = {g for g, _ in pairs}
    matched_found = {p for _, p in pairs}
    scores.detection.add(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    for g_index, p_index in pairs:
        for problem in _compare_fields(gold[g_index], predicted[p_index], entities, scores):
            scores.errors.append(f"{article['id']}: {gold[g_index]['trigger']['text']!r}: {problem}")
    for g_index, record in enumerate(gold):
        if g_index not in matched_gold:
            scores.errors.append(f"{article['id']}: missed {record['kind']} {record['trigger']['text']!r}")
    for p_index, found in enumerate(predicted):
        if p_index not in matched_found:
            scores.errors.append(f"{article['id']}: spurious {found.kind} {found.text!r}")


def cue_baseline(text: str) -> list[CueRecord]:
    """The cue-word baseline's records for a text (see the module docstring)."""
    from newsparse import Span

    groups: dict[str, list[Any]] = {}
    for hit in CUE_PATTERN.finditer(text):
        groups.setdefault(hit.group(1).lower(), []).append(Span(hit.start(), hit.end(), hit.group()))
    records = [
        CueRecord(spans[0].start, spans[0].end, spans[0].text, CUES[word], tuple(spans))
        for word, spans in groups.items()
    ]
    return sorted(records, key=lambda r: r.start)


def _published(value: Any) -> str | None:
    """The publication date as the parser takes it (the corpus gives a date or a date-time)."""
    return str(value) if value else None


def run(articles: Sequence[Mapping[str, Any]], texts: Mapping[str, str]) -> dict[str, Scores]:
    """Score the pipeline and the baseline on the articles."""
    import newsparse

    runs = {"pipeline": Scores(), "cue-word baseline": Scores()}
    for article in articles:
        text = texts[article["id"]]
        doc = newsparse.parse(text, published=_published(article["published"]))
        entities = {entity.id: entity for entity in doc.entities}
        score_article(article, list(doc.agreements), entities, runs["pipeline"])
        score_article(article, cue_baseline(text), {}, runs["cue-word baseline"])
    return runs


def check_rows(name: str, half: str | None = None, rows: str | None = None) -> list[dict[str, Any]]:
    """The gold articles of a check set scored by ``--check``: all, one half, or that half's odd or even rows.

    ``rows`` (only with half A, session 42) keeps the articles at odd (1st, 3rd, ...) or even positions
    within the half, in file order: the odd rows are a tuning part, the even rows a counting part.
    """
    if rows is not None and half != "A":
        raise ValueError("--rows needs --half A (half B is held out whole)")
    gold = [a for a in load_gold(name) if half is None or a["split"].endswith(f"_{half}")]
    return gold if rows is None else gold[(0 if rows == "odd" else 1) :: 2]


def _check(name: str, corpora: Path, errors: bool, half: str | None = None, rows: str | None = None) -> int:
    """Score a check set (a file of evaluation/data in the gold format) and print it.

    With ``half`` only the articles whose split ends in ``_<half>`` (a check set's tuned half A or
    its never-read half B), with ``rows`` only that half's odd or even rows (``check_rows``); the
    errors are never printed for half B.
    """
    gold = check_rows(name, half, rows)
    errors = errors and half != "B"
    texts = rebuilt_texts(corpora, gold)
    if texts is None or len(texts) < len(gold):
        print(f"agreements_real: skipped (corpus not found under {corpora})")
        return 0
    runs = run(gold, texts)
    n_gold = sum(len(a["agreements"]) for a in gold)
    part = (" half " + half if half else "") + (f" {rows} rows" if rows else "")
    print(f"\n[{name}{part}: {len(gold)} articles, {n_gold} gold agreements]")
    side_by_side({n: s.figures() for n, s in runs.items()}, label=22, cell=20)
    if errors:
        print("\n".join(runs["pipeline"].errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation per split and print the tables; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.agreements_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="list every mismatch of the dev split")
    parser.add_argument(
        "--split",
        choices=("dev", "untouched", "fresh", "both", "all"),
        default="all",
        help="score only this split (both: dev and untouched; all: the three)",
    )
    parser.add_argument("--check", help="score this check set of evaluation/data instead (all its articles)")
    parser.add_argument("--half", choices=("A", "B"), help="with --check: only this half of the check set")
    parser.add_argument(
        "--rows", choices=("odd", "even"), help="with --check and --half A: only the half's odd or even rows"
    )
    args = parser.parse_args(argv)
    if args.rows and not (args.check and args.half == "A"):
        parser.error("--rows needs --check and --half A")
    if args.check:
        return _check(args.check, Path(args.corpora), args.errors, args.half, args.rows)
    gold = load_gold(GOLD)
    known = {article["id"] for article in gold}  # the core's loader may already append the fresh split
    gold += [article for article in load_gold(FRESH) if article["id"] not in known]
    texts = article_texts(Path(args.corpora), (a["id"] for a in gold))
    if texts is None or len(texts) < len(gold):
        print(f"agreements_real: skipped (news corpus not found under {args.corpora})")
        return 0
    figures: dict[str, dict[str, dict[str, float]]] = {}
    groups = {"both": ("dev", "untouched"), "all": ("dev", "untouched", "fresh")}
    wanted = groups.get(args.split, (args.split,))
    for split in ("dev", "untouched", "fresh"):
        if split not in wanted or not scored(split):
            continue
        chosen = [a for a in gold if a["split"] == split]
        runs = run(chosen, texts)
        figures[split] = {name: scores.figures() for name, scores in runs.items()}
        n_gold = sum(len(a["agreements"]) for a in chosen)
        print(f"\n[{split}: {len(chosen)} articles, {n_gold} gold agreements]")
        side_by_side(figures[split], label=22, cell=20)
        if args.errors and split == "dev":
            print("\n".join(runs["pipeline"].errors))
    if args.json:
        import json

        args.json.write_text(json.dumps({"figures": figures, "gold": [GOLD, FRESH]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Entities on real news: the hand-annotated `real_entities` set (40 articles; data/README_b.md).

Usage: python -m evaluation.entities_real [--corpora PATH] [--json OUT] [--verbose]

Matching (gold mentions are flat and never overlap; only predicted mentions ending at or before the
article's `cut` are scored):
  * a predicted mention is first normalised as the seed scorer does: a leading "the "/"The " and a
    trailing "'s"/"’s" are dropped (a gold name that itself begins with "The", such as a film
    title, also matches the predicted span as written);
  * mention F1 (span): a predicted and a gold mention match when their spans are identical, one to
    one; mention F1 with type: the span identical and the entity types equal;
  * type accuracy: among span-matched mentions, the share whose entity types agree;
  * canonical accuracy: among span-matched mentions, the share whose predicted entity's canonical
    name equals the gold canonical name, accents, case, punctuation and a leading "the" ignored;
  * recall by form: typed recall of the gold mentions marked dateline, demonym and capital, and of
    all other mentions;
  * title accuracy (only when the system's mentions carry a `title`): among span-matched gold
    mentions that have a title, the share whose predicted title text is the same.
Baseline, measured in the same run: every maximal run of capitalised words (joined by "of", "and",
"de") that is not a sentence-opening function word, typed ORG, its surface as canonical name.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from evaluation.real_common import scored
from evaluation.real_sets import (
    FUNCTION_WORDS,
    SPLITS,
    corpus_path,
    limit,
    load_gold,
    normalise_name,
    prf,
    ratio,
    table,
)

FORMS = ("dateline", "demonym", "capital")
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w.&'’-]*(?:[ \t]+(?:(?:of|and|de)[ \t]+)?[A-Z][\w.&'’-]*)*"
)


class Pred(NamedTuple):
    """A predicted mention: normalised span, its entity's type and canonical name, its title."""

    start: int
    end: int
    type: str
    canonical: str
    title: str | None = None
    raw: tuple[int, int] | None = None


def normalise_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from a predicted span."""
    surface = text[start:end]
    if surface[:4] in ("the ", "The "):
        start += 4
    if surface.endswith(("'s", "’s")) and end - 2 > start:
        end -= 2
    return start, end


def system_mentions(doc: Any, text: str, cut: int) -> list[Pred]:
    """The predicted mentions of a parsed document that end before the cut."""
    out = []
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.end > cut:
                continue
            start, end = normalise_span(text, mention.start, mention.end)
            title = getattr(mention, "title", None)
            title_text = getattr(title, "text", title) if title is not None else None
            raw = (mention.start, mention.end)
            out.append(Pred(start, end, entity.type, entity.canonical, title_text, raw))
    return out


def baseline_mentions(text: str, cut: int) -> list[Pred]:
    """The capitalised-runs baseline: every run of capitalised words, typed ORG."""
    out = []
    for match in _CAPITALISED_RUN.finditer(text[:cut]):
        start, end = normalise_span(text, match.start(), match.end())
        surface = text[start:end]
        if surface.endswith(".") and "." not in surface[:-1]:
            end -= 1
            surface = surface[:-1]
        if surface and surface not in FUNCTION_WORDS:
            out.append(Pred(start, end, "ORG", surface, raw=(match.start(), match.end())))
    return out


def gold_mentions(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold mentions of an article, each with its entity's type and canonical name."""
    return [{**m, "type": e["type"], "canonical": e["canonical"]}
            for e in row["entities"] for m in e["mentions"]]


def score_article(gold: Sequence[dict[str, Any]], predicted: Iterable[Pred]) -> dict[str, int]:
    """Counts for one article: totals, span and typed matches, canonical and title hits, by form."""
    by_span: dict[tuple[int, int], Pred] = {}
    by_raw: dict[tuple[int, int], Pred] = {}
    for item in predicted:
        by_span.setdefault((item.start, item.end), item)
        if item.raw is not None:
            by_raw.setdefault(item.raw, item)
    counts = {"gold": len(gold), "pred": len(by_span), "span": 0, "typed": 0, "canonical": 0,
              "titled": 0, "title_hit": 0, "title_offered": 0}
    for form in (*FORMS, "other"):
        counts[f"gold_{form}"] = counts[f"typed_{form}"] = 0
    for g in gold:
        form = g["form"] if g["form"] in FORMS else "other"
        counts[f"gold_{form}"] += 1
        pred = by_span.get((g["start"], g["end"])) or by_raw.get((g["start"], g["end"]))
        if pred is None:
            continue
        counts["span"] += 1
        if pred.type == g["type"]:
            counts["typed"] += 1
            counts[f"typed_{form}"] += 1
        counts["canonical"] += normalise_name(pred.canonical) == normalise_name(g["canonical"])
        if g.get("title"):
            counts["titled"] += 1
            counts["title_offered"] += pred.title is not None
            counts["title_hit"] += pred.title == g["title"]["text"]
    return counts


def summarise(counts: Sequence[dict[str, int]]) -> dict[str, Any]:
    """The figures of a split from its articles' counts."""
    total = {key: sum(c[key] for c in counts) for key in counts[0]} if counts else {}
    if not total:
        return {"articles": 0}
    out: dict[str, Any] = {
        "articles": len(counts), "gold_mentions": total["gold"], "predicted_mentions": total["pred"],
        "mention_span": prf(total["span"], total["pred"], total["gold"]),
        "mention_typed": prf(total["typed"], total["pred"], total["gold"]),
        "type_accuracy": ratio(total["typed"], total["span"]),
        "canonical_accuracy": ratio(total["canonical"], total["span"]),
        "title_accuracy": ratio(total["title_hit"], total["titled"]) if total["title_offered"] else None,
    }
    for form in (*FORMS, "other"):
        out[f"recall_{form}"] = ratio(total[f"typed_{form}"], total[f"gold_{form}"])
    return out


def _explain(row: dict[str, Any], gold: Sequence[dict[str, Any]], predicted: Sequence[Pred]) -> str:
    """The misses and wrong types of one dev article, for --verbose (never for `untouched`)."""
    spans = {(p.start, p.end): p for p in predicted}
    lines = [f"-- {row['id']}"]
    for g in gold:
        pred = spans.get((g["start"], g["end"]))
        if pred is None:
            lines.append(f"   missed   {g['text']!r} {g['type']}")
        elif pred.type != g["type"] or normalise_name(pred.canonical) != normalise_name(g["canonical"]):
            lines.append(f"   wrong    {g['text']!r} {pred.type}/{pred.canonical!r} "
                         f"(gold {g['type']}/{g['canonical']!r})")
        if pred is not None and g.get("title") and pred.title != g["title"]["text"]:
            lines.append(f"   title    {g['text']!r} {pred.title!r} (gold {g['title']['text']!r})")
    gold_spans = {(g["start"], g["end"]) for g in gold}
    lines += [f"   spurious {row['text'][p.start:p.end]!r} {p.type}" for p in predicted
              if (p.start, p.end) not in gold_spans]
    return "\n".join(lines)


def evaluate(rows: Sequence[dict[str, Any]], pipeline: Any, verbose: bool = False) -> dict[str, Any]:
    """Parse every article of the set and score the system and the baseline, per split."""
    counts: dict[str, dict[str, list[dict[str, int]]]] = {
        s: {"system": [], "baseline": []} for s in SPLITS}
    for row in rows:
        cut = limit(row)
        doc = pipeline.parse(row["text"], published=row.get("published"))
        gold = gold_mentions(row)
        predicted = system_mentions(doc, row["text"], cut)
        counts[row["split"]]["system"].append(score_article(gold, predicted))
        counts[row["split"]]["baseline"].append(score_article(gold, baseline_mentions(row["text"], cut)))
        if verbose and row["split"] == "dev":
            print(_explain(row, gold, predicted))
    return {split: {name: summarise(c) for name, c in by.items()} for split, by in counts.items()}


def report_table(split: str, figures: dict[str, Any]) -> str:
    """The table of one split, system beside baseline."""
    sys_, base = figures["system"], figures["baseline"]
    if not sys_.get("articles"):
        return f"real_entities [{split}]: no articles"
    rows = [("articles", sys_["articles"], base["articles"]),
            ("gold mentions", sys_["gold_mentions"], base["gold_mentions"]),
            ("predicted mentions", sys_["predicted_mentions"], base["predicted_mentions"])]
    for key, label in (("mention_span", "mention span"), ("mention_typed", "mention span+type")):
        rows += [(f"{label} {m.upper()}", sys_[key][m], base[key][m])
                 for m in ("p", "r", "f1")]
    rows += [("type accuracy (matched)", sys_["type_accuracy"], base["type_accuracy"]),
             ("canonical accuracy (matched)", sys_["canonical_accuracy"], base["canonical_accuracy"]),
             ("title accuracy (matched, titled)", sys_["title_accuracy"], base["title_accuracy"])]
    rows += [(f"typed recall: {form}", sys_[f"recall_{form}"], base[f"recall_{form}"])
             for form in (*FORMS, "other")]
    return table(f"real_entities [{split}] (hand-annotated real news; data/README_b.md)", rows,
                 ("newsparse", "cap-runs"))


def main(argv: list[str] | None = None) -> int:
    """Score the current system on both splits; skip cleanly without the corpora."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.entities_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="list the errors on the dev split only")
    args = parser.parse_args(argv)
    if not corpus_path(args.corpora).is_file():
        print(f"real_entities: skipped ({corpus_path(args.corpora)} not found)")
        return 0
    from evaluation.claims_events import build_pipeline

    figures = evaluate(load_gold("real_entities", args.corpora), build_pipeline(), args.verbose)
    for split in [s for s in SPLITS if scored(s)]:
        print(report_table(split, figures[split]) + "\n")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

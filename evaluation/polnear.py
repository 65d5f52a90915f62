"""Claims on PolNeAR (attributions in 2016 US election news; corpora/polnear/SOURCE.md), dev split.

Usage: python -m evaluation.polnear [--corpora PATH] [--json OUT] [--split dev|train] [--articles FILE]
[--verbose]

Gold: the brat `E` lines tie one attribution's Source, Cue and Content (a span may have several
pieces). An article annotated by several annotators is scored once, against the first annotator's
file in name order. Matching is issue 15's: a predicted claim pairs with a gold attribution when
their cues overlap (one to one, as in `claims_real`); the attribution is right when, besides, the
predicted source overlaps the gold one (or both are absent). A predicted content is its
`content_parts` when the claim gives them, else its `content` span (as in `claims_real`).
Figures: cue F1 (overlap, exact), source F1 (overlap) = attribution F1, content F1 (overlap; and
the mean token-level F1 of the paired contents), and all-right F1 (source right and content
character F1 >= 0.8).
Baseline, measured in the same run: issue 15's trivial baseline (speech verbs "said", "says",
"told", "according to" + the nearest capitalised name to the left), as in `claims_real`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.claims_real import (
    CONTENT_RIGHT,
    PredClaim,
    baseline_claims,
    content_f1,
    pair_claims,
    source_right,
    system_claims,
)
from evaluation.real_sets import prf, ratio, table

Span = tuple[int, int]
_WORD = re.compile(r"\w+")


def _pieces(field: str) -> tuple[Span, ...]:
    """The character pieces of a brat span field ("12 20;25 30")."""
    out = []
    for piece in field.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return tuple(out)


def _hull(pieces: Sequence[Span]) -> Span:
    """The smallest span covering every piece."""
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def read_ann(text: str) -> list[dict[str, Any]]:
    """The attributions of one brat file as gold claims (cue, source, content pieces)."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _pieces(where))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold: list[dict[str, Any]] = []
    for args in events:
        cue = spans.get(args.get("Cue", ""))
        if cue is None:
            continue
        source = spans.get(args.get("Source", ""))
        content = spans.get(args.get("Content", ""))
        gold.append({"cue": _hull(cue[1]), "source": _hull(source[1]) if source else None,
                     "entities": frozenset(), "content": content[1] if content else (),
                     "kind": None, "negated": False})
    return sorted(gold, key=lambda g: g["cue"])


_Article = tuple[str, str, list[dict[str, Any]]]


def load_split(corpora: str | Path, split: str) -> list[_Article]:
    """(name, text, gold) for every article of a split, one annotator each."""
    root = Path(corpora) / "polnear" / split
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    out = []
    for name, ann in sorted(chosen.items()):
        text_file = root / "text" / f"{name}.txt"
        if text_file.is_file():
            text = text_file.read_text(encoding="utf-8")
            out.append((name, text, read_ann(ann.read_text(encoding="utf-8"))))
    return out


def only_named(articles: list[_Article], names_file: Path) -> list[_Article]:
    """The articles a list names (``name`` or ``name.txt`` a line), so a split's parts score apart."""
    lines = names_file.read_text(encoding="utf-8").split()
    wanted = {line.removesuffix(".txt") for line in lines}
    return [article for article in articles if article[0] in wanted]


def token_f1(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> float:
    """Token-level F1 of a predicted content against the gold one (tokens: runs of word characters)."""
    def tokens(pieces: Sequence[Span]) -> set[Span]:
        return {m.span() for start, end in pieces for m in _WORD.finditer(text, start, end)}

    g, p = tokens(gold), tokens(pred)
    return 2 * len(g & p) / (len(g) + len(p)) if g and p else 0.0


def score(text: str, gold: Sequence[dict[str, Any]], pred: Sequence[PredClaim]) -> dict[str, float]:
    """Counts for one article."""
    counts = {"gold": float(len(gold)), "pred": float(len(pred)), "pairs": 0.0, "cue_exact": 0.0,
              "source": 0.0, "content_overlap": 0.0, "token_f1_sum": 0.0, "right": 0.0}
    for gi, pi in pair_claims(gold, pred):
        g, p = gold[gi], pred[pi]
        f1 = content_f1(text, g["content"], p.content)
        counts["pairs"] += 1
        counts["cue_exact"] += g["cue"] == p.cue
        counts["source"] += source_right(g, p)
        counts["content_overlap"] += f1 > 0
        counts["token_f1_sum"] += token_f1(text, g["content"], p.content)
        counts["right"] += source_right(g, p) and f1 >= CONTENT_RIGHT
    return counts


def summarise(counts: Sequence[dict[str, float]]) -> dict[str, Any]:
    """The figures of the split from its articles' counts."""
    t = {key: sum(c[key] for c in counts) for key in counts[0]} if counts else {}
    if not t:
        return {"articles": 0}
    n_pred, n_gold = int(t["pred"]), int(t["gold"])
    return {"articles": len(counts), "gold": n_gold, "predicted": n_pred,
            "attribution": prf(int(t["source"]), n_pred, n_gold),
            "cue_overlap": prf(int(t["pairs"]), n_pred, n_gold),
            "cue_exact": prf(int(t["cue_exact"]), n_pred, n_gold),
            "content_overlap": prf(int(t["content_overlap"]), n_pred, n_gold),
            "content_token_f1_mean": ratio(t["token_f1_sum"], t["pairs"]),
            "all_right": prf(int(t["right"]), n_pred, n_gold)}


def _explain(name: str, text: str, gold: Sequence[dict[str, Any]], pred: Sequence[PredClaim]) -> str:
    """Missed and wrong attributions of one article, for --verbose."""
    paired = dict(pair_claims(gold, pred))
    used = set(paired.values())
    lines = [f"-- {name}"]
    for gi, g in enumerate(gold):
        cue = text[g["cue"][0]:g["cue"][1]]
        src = text[g["source"][0]:g["source"][1]] if g["source"] else None
        if gi not in paired:
            lines.append(f"   missed  {cue!r} src={src!r}")
        elif not source_right(g, pred[paired[gi]]):
            p = pred[paired[gi]]
            got = text[p.source[0]:p.source[1]] if p.source else None
            lines.append(f"   source  {cue!r} gold={src!r} got={got!r}")
    for pi, p in enumerate(pred):
        if pi not in used:
            got = text[p.source[0]:p.source[1]] if p.source else None
            lines.append(f"   extra   {text[p.cue[0]:p.cue[1]]!r} src={got!r}")
    return "\n".join(lines)


def evaluate(articles: Sequence[tuple[str, str, list[dict[str, Any]]]], pipeline: Any,
             verbose: bool = False) -> dict[str, Any]:
    """Parse every article and score the system and the baseline."""
    system, base = [], []
    for name, text, gold in articles:
        doc = pipeline.parse(text)
        pred = system_claims(doc, len(text))
        system.append(score(text, gold, pred))
        base.append(score(text, gold, baseline_claims(text, len(text))))
        if verbose:
            print(_explain(name, text, gold, pred))
    return {"system": summarise(system), "baseline": summarise(base)}


def report_table(split: str, figures: dict[str, Any]) -> str:
    """The table of the split, system beside baseline."""
    sys_, base = figures["system"], figures["baseline"]
    rows: list[tuple[str, Any, Any]] = [(k, sys_[k], base[k]) for k in ("articles", "gold", "predicted")]
    for key, label in (("attribution", "attribution (cue+source)"), ("cue_overlap", "cue overlap"),
                       ("cue_exact", "cue exact"), ("content_overlap", "content overlap"),
                       ("all_right", "all right (content F1>=.8)")):
        rows += [(f"{label} {m.upper()}", sys_[key][m], base[key][m]) for m in ("p", "r", "f1")]
    rows.append(("content token F1 (mean, paired)", sys_["content_token_f1_mean"],
                 base["content_token_f1_mean"]))
    return table(f"polnear [{split}] (PolNeAR v1.0.0; corpora/polnear/SOURCE.md)", rows,
                 ("newsparse", "baseline"))


def main(argv: list[str] | None = None) -> int:
    """Score the system and the baseline on a PolNeAR split; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.polnear", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--articles", type=Path,
                        help="a file naming the articles to score, one text file name a line")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="list the errors")
    args = parser.parse_args(argv)
    if not (Path(args.corpora) / "polnear" / args.split).is_dir():
        print(f"polnear: skipped ({Path(args.corpora) / 'polnear'} not found)")
        return 0
    from evaluation.claims_events import build_pipeline

    articles = load_split(args.corpora, args.split)
    if args.articles:
        articles = only_named(articles, args.articles)
    if args.limit:
        articles = articles[: args.limit]
    figures = evaluate(articles, build_pipeline(), args.verbose)
    print(report_table(args.split, figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

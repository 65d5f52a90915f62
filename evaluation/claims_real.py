"""Claims on real news: the hand-annotated `real_claims` set (20 articles; data/README_b.md).

Usage: python -m evaluation.claims_real [--corpora PATH] [--gold FILE] [--json OUT] [--verbose]

``--gold FILE [FILE ...]`` scores other gold files of the same format instead (a check set such as
``evaluation/data/check_claims_s14.jsonl``), split by split as its rows name them; its texts are
rebuilt by ``evaluation.real_common.rebuilt_texts`` (news ids, or TempEval-3 ``tml`` files as in
``check_claims_wire_s18.jsonl``); ``--verbose``
then lists the errors of the splits named by ``--explain`` only (a tuning half, never a held-out one).
``--rows odd|even`` keeps, in each A split (a check set's tuning half, split name ending ``_A``), only
the rows at odd or even places (file order, 1-based): session 42's tuning and counting parts; the
other splits keep every row. With several gold files, ``--pooled`` also prints the pooled A and B
halves (splits ``pooled_A`` and ``pooled_B``, so NEWSPARSE_EVAL_SPLITS can leave either out).

Matching (only predicted claims whose cue ends at or before the article's `cut` are scored):
  * a predicted claim is paired with a gold claim when their cues overlap by at least one
    character, one to one: each gold claim in text order takes the free predicted claim whose cue
    overlaps it most;
  * cue F1 (overlap) counts the pairs; cue F1 (exact) the pairs whose cue spans are identical;
  * the source of a pair is right when both are absent, when the predicted source phrase overlaps
    the gold one, or when the predicted source entity's canonical name is one of the gold
    `source_entity` names (accents, case, punctuation and a leading "the" ignored);
  * a predicted content is its `content_parts` when the claim gives them (the content without the
    cue that interrupts it), else its `content` span;
  * content overlap F1 counts the pairs whose contents share a character; the content is right when
    the character-level F1 of the two contents is at least 0.8 (whitespace and quotation marks are
    not counted, so a content with or without its quotes scores the same);
  * attribution P/R/F1 counts the pairs with source and content right: the precision is the share
    of predicted claims with cue, source and content right (issue 15's "precision on real wire
    stories");
  * source-entity accuracy: among pairs whose gold claim names a source entity, the share whose
    predicted source entity is one of them; kind and negation accuracy (over pairs) only when the
    system gives a `kind` / `negated` field.
Baseline, measured in the same run: the trivial baseline of issue 15 — the cues "said", "says",
"told", "according to"; the source the nearest capitalised name to the left of the cue in the same
sentence (to the right for "according to"); the content the rest of the sentence after the cue, or
the part before the source when little follows the cue.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from evaluation.real_common import rebuilt_texts, scored
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

Span = tuple[int, int]
CONTENT_RIGHT = 0.8
_QUOTES = frozenset("\"'“”‘’«»")
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+[\"”’')]*(?=\s|$)|$)", re.S)
_CUE = re.compile(r"\b(?:said|says|told|according to)\b")
_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)*")


class PredClaim(NamedTuple):
    """A predicted claim reduced to what is scored."""

    cue: Span
    source: Span | None
    entities: frozenset[str]
    content: tuple[Span, ...]
    kind: str | None = None
    negated: bool | None = None


def overlap(a: Span, b: Span) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def content_chars(text: str, pieces: Sequence[Span]) -> set[int]:
    """The offsets of a content's characters, whitespace and quotation marks left out."""
    return {i for start, end in pieces for i in range(start, min(end, len(text)))
            if not text[i].isspace() and text[i] not in _QUOTES}


def content_f1(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> float:
    """Character-level F1 of a predicted content against the gold one."""
    g, p = content_chars(text, gold), content_chars(text, pred)
    return 2 * len(g & p) / (len(g) + len(p)) if g and p else 0.0


def gold_claim(row: dict[str, Any], claim: dict[str, Any]) -> dict[str, Any]:
    """A gold claim with spans as tuples and its source entity names normalised."""
    names = claim["source_entity"]
    names = [names] if isinstance(names, str) else (names or [])
    source = claim["source"]
    return {"cue": (claim["cue"]["start"], claim["cue"]["end"]),
            "source": (source["start"], source["end"]) if source else None,
            "entities": frozenset(normalise_name(n) for n in names),
            "content": tuple((p["start"], p["end"]) for p in claim["content"]), "kind": claim["kind"],
            "negated": bool(claim.get("negated", False))}


def pair_claims(gold: Sequence[dict[str, Any]], pred: Sequence[PredClaim]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: cues overlapping, one to one, greatest overlap first."""
    free = set(range(len(pred)))
    pairs = []
    for gi, g in enumerate(gold):
        best = max(free, key=lambda pi: (overlap(g["cue"], pred[pi].cue), -pi), default=None)
        if best is not None and overlap(g["cue"], pred[best].cue) > 0:
            pairs.append((gi, best))
            free.discard(best)
    return pairs


def source_right(g: dict[str, Any], p: PredClaim) -> bool:
    """Whether a predicted source agrees with the gold one (see the module docstring)."""
    if g["source"] is None and p.source is None:
        return True
    if g["source"] is not None and p.source is not None and overlap(g["source"], p.source) > 0:
        return True
    return bool(g["entities"] & p.entities)


def score_article(text: str, gold: Sequence[dict[str, Any]], pred: Sequence[PredClaim]) -> dict[str, float]:
    """Counts for one article (see the module docstring for what each one means)."""
    counts: dict[str, float] = {"gold": len(gold), "pred": len(pred), "pairs": 0, "cue_exact": 0,
                                "source": 0, "content_overlap": 0, "content_f1_sum": 0.0, "right": 0,
                                "with_entity": 0, "entity_hit": 0, "kind_offered": 0, "kind_hit": 0,
                                "negation_offered": 0, "negation_hit": 0}
    for gi, pi in pair_claims(gold, pred):
        g, p = gold[gi], pred[pi]
        f1 = content_f1(text, g["content"], p.content)
        counts["pairs"] += 1
        counts["cue_exact"] += g["cue"] == p.cue
        counts["source"] += source_right(g, p)
        counts["content_overlap"] += f1 > 0
        counts["content_f1_sum"] += f1
        counts["right"] += source_right(g, p) and f1 >= CONTENT_RIGHT
        if g["entities"]:
            counts["with_entity"] += 1
            counts["entity_hit"] += bool(g["entities"] & p.entities)
        if p.kind is not None:
            counts["kind_offered"] += 1
            counts["kind_hit"] += p.kind == g["kind"]
        if p.negated is not None:
            counts["negation_offered"] += 1
            counts["negation_hit"] += p.negated == g["negated"]
    return counts


def summarise(counts: Sequence[dict[str, float]]) -> dict[str, Any]:
    """The figures of a split from its articles' counts."""
    if not counts:
        return {"articles": 0}
    t = {key: sum(c[key] for c in counts) for key in counts[0]}
    n_pred, n_gold = int(t["pred"]), int(t["gold"])
    return {
        "articles": len(counts), "gold_claims": n_gold, "predicted_claims": n_pred,
        "cue_overlap": prf(int(t["pairs"]), n_pred, n_gold),
        "cue_exact": prf(int(t["cue_exact"]), n_pred, n_gold),
        "source": prf(int(t["source"]), n_pred, n_gold),
        "content_overlap": prf(int(t["content_overlap"]), n_pred, n_gold),
        "content_char_f1_mean": ratio(t["content_f1_sum"], int(t["pairs"])),
        "attribution": prf(int(t["right"]), n_pred, n_gold),
        "source_entity_accuracy": ratio(int(t["entity_hit"]), int(t["with_entity"])),
        "kind_accuracy": ratio(int(t["kind_hit"]), int(t["kind_offered"])),
        "negation_accuracy": ratio(int(t["negation_hit"]), int(t["negation_offered"])),
    }


def system_claims(doc: Any, cut: int) -> list[PredClaim]:
    """The predicted claims of a parsed document whose cue ends before the cut."""
    canonical = {e.id: normalise_name(e.canonical) for e in doc.entities}
    out = []
    for claim in doc.layer("claims"):
        if claim.cue.end > cut:
            continue
        source = claim.source_text
        names = {canonical[claim.source]} if claim.source in canonical else set()
        if claim.source and claim.source not in canonical:
            names.add(normalise_name(claim.source))
        parts = getattr(claim, "content_parts", ()) or (claim.content,)  # the pieces, when given
        out.append(PredClaim((claim.cue.start, claim.cue.end),
                             (source.start, source.end) if source is not None else None,
                             frozenset(names), tuple((part.start, part.end) for part in parts),
                             getattr(claim, "kind", None), getattr(claim, "negated", None)))
    return out


def _sentences(text: str) -> list[Span]:
    """Rough sentence spans: enough for the trivial baseline."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _names(text: str, start: int, end: int) -> Iterator[Span]:
    """Capitalised runs between two offsets that are not sentence-opening function words.

    A final full stop is left out unless the name is an abbreviation ("U.S.").
    """
    for match in _NAME.finditer(text, start, end):
        name = match.group()
        if name.endswith(".") and "." not in name[:-1]:
            name = name[:-1]
        if name and name not in FUNCTION_WORDS:
            yield match.start(), match.start() + len(name)


def _baseline_claim(text: str, sent: Span, cue: re.Match[str]) -> PredClaim:
    """One baseline claim: the nearest name beside the cue, the content around them."""
    start, end = sent
    stop = end - 1 if text[end - 1] in ".!?" else end
    if cue.group() == "according to":
        source = next(_names(text, cue.end(), end), None)
        body = (start, cue.start()) if cue.start() - start > 10 else ((source or cue.span())[1], stop)
    else:
        names = list(_names(text, start, cue.start()))
        source = names[-1] if names else None
        after = text[cue.end():stop].split()
        body = (cue.end(), stop) if len(after) > 3 else (start, (source or cue.span())[0])
    surface = text[source[0]:source[1]] if source else ""
    return PredClaim(cue.span(), source, frozenset({normalise_name(surface)} - {""}), (body,))


def baseline_claims(text: str, cut: int) -> list[PredClaim]:
    """The trivial baseline of issue 15 over the annotated part of an article."""
    head = text[:cut]
    return [_baseline_claim(head, sent, cue) for sent in _sentences(head)
            for cue in _CUE.finditer(head, sent[0], sent[1])]


def _explain(row: dict[str, Any], gold: Sequence[dict[str, Any]], pred: Sequence[PredClaim]) -> str:
    """The gold claims of one dev article that are not fully right, for --verbose (never `untouched`)."""
    text = row["text"]
    paired = dict(pair_claims(gold, pred))
    lines = [f"-- {row['id']}"]
    for gi, g in enumerate(gold):
        cue = text[g["cue"][0]:g["cue"][1]]
        if gi not in paired:
            lines.append(f"   missed  cue {cue!r} at {g['cue'][0]}")
            continue
        p = pred[paired[gi]]
        f1 = content_f1(text, g["content"], p.content)
        if g["entities"] and not g["entities"] & p.entities:
            lines.append(f"   entity  cue {cue!r} at {g['cue'][0]}: gold {sorted(g['entities'])} "
                         f"got {sorted(p.entities)}")
        if not source_right(g, p) or f1 < CONTENT_RIGHT:
            src = text[p.source[0]:p.source[1]] if p.source else None
            lines.append(f"   partial cue {cue!r} at {g['cue'][0]}: source {src!r} "
                         f"right={source_right(g, p)}, content F1 {f1:.2f}")
    for pi in sorted(set(range(len(pred))) - set(paired.values())):
        p = pred[pi]
        src = text[p.source[0]:p.source[1]] if p.source else None
        lines.append(f"   extra   cue {text[p.cue[0]:p.cue[1]]!r} at {p.cue[0]}: source {src!r}")
    return "\n".join(lines)


def evaluate(rows: Sequence[dict[str, Any]], pipeline: Any, verbose: bool = False,
             explain: frozenset[str] = frozenset({"dev"})) -> dict[str, Any]:
    """Parse every article of the set and score the system and the baseline, per split."""
    counts: dict[str, dict[str, list[dict[str, float]]]] = {
        s: {"system": [], "baseline": []} for s in dict.fromkeys([*SPLITS, *(r["split"] for r in rows)])}
    for row in rows:
        cut = limit(row)
        doc = pipeline.parse(row["text"], published=row.get("published"))
        gold = [gold_claim(row, c) for c in row["claims"]]
        predicted = system_claims(doc, cut)
        counts[row["split"]]["system"].append(score_article(row["text"], gold, predicted))
        baseline = baseline_claims(row["text"], cut)
        counts[row["split"]]["baseline"].append(score_article(row["text"], gold, baseline))
        if verbose and row["split"] in explain:
            print(_explain(row, gold, predicted))
    figures = {split: {name: summarise(c) for name, c in by.items()} for split, by in counts.items()}
    for name in ("system", "baseline"):
        for split, value in pooled({s: by[name] for s, by in counts.items()}).items():
            if value.get("articles"):
                figures.setdefault(split, {})[name] = value
    return figures


def report_table(split: str, figures: dict[str, Any]) -> str:
    """The table of one split, system beside baseline."""
    sys_, base = figures["system"], figures["baseline"]
    if not sys_.get("articles"):
        return f"real_claims [{split}]: no articles"
    rows = [(label, sys_[key], base[key]) for key, label in (
        ("articles", "articles"), ("gold_claims", "gold claims"), ("predicted_claims", "predicted claims"))]
    for key, label in (("attribution", "attribution (all right)"), ("cue_overlap", "cue overlap"),
                       ("cue_exact", "cue exact"), ("source", "source"),
                       ("content_overlap", "content overlap")):
        rows += [(f"{label} {m.upper()}", sys_[key][m], base[key][m]) for m in ("p", "r", "f1")]
    for key, label in (("content_char_f1_mean", "content char F1 (mean, paired)"),
                       ("source_entity_accuracy", "source-entity accuracy (paired)"),
                       ("kind_accuracy", "kind accuracy (paired)"),
                       ("negation_accuracy", "negation accuracy (paired)")):
        rows.append((label, sys_[key], base[key]))
    return table(f"claims [{split}] (hand-annotated real news)", rows,
                 ("newsparse", "baseline"))


def scored_figures(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures of the splits this run scores: a split NEWSPARSE_EVAL_SPLITS leaves out is not
    printed, so it is not written to ``--json`` either (a held-out split's figures stay unseen)."""
    return {split: value for split, value in figures.items() if scored(split)}


def read_gold(path: Path, corpora: str) -> list[dict[str, Any]] | None:
    """The rows of a gold file given by ``--gold``, each with its article's ``text``, rebuilt by the
    one check-set reader (news ids, CoNLL-2003 ``doc`` indexes, TempEval-3 ``tml`` files); None when
    a source corpus is absent."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = rebuilt_texts(Path(corpora), rows)
    if texts is None or any(row["id"] not in texts for row in rows):
        return None
    return [{**row, "text": texts[row["id"]]} for row in rows]


def read_golds(paths: Sequence[Path], corpora: str) -> list[dict[str, Any]] | None:
    """The rows of every ``--gold`` file, in the order given; None when any source corpus is absent."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        part = read_gold(path, corpora)
        if part is None:
            return None
        rows += part
    return rows


def parity_rows(rows: Sequence[dict[str, Any]], parity: str) -> list[dict[str, Any]]:
    """The rows kept by ``--rows``: an A split's rows at odd or even places (1-based, file order);
    every other split's rows, and every row when ``parity`` is ``all``."""
    if parity == "all":
        return list(rows)
    seen: dict[str, int] = {}
    kept = []
    for row in rows:
        split = row["split"]
        if not split.endswith("_A"):
            kept.append(row)
            continue
        seen[split] = seen.get(split, 0) + 1
        if seen[split] % 2 == (1 if parity == "odd" else 0):
            kept.append(row)
    return kept


def pooled(figures_counts: dict[str, list[dict[str, float]]]) -> dict[str, dict[str, Any]]:
    """The pooled A and B halves: the articles' counts of every split ending ``_A`` / ``_B``."""
    return {f"pooled_{half}": summarise([c for split, counts in figures_counts.items()
                                         if split.endswith(f"_{half}") for c in counts])
            for half in ("A", "B")}


def main(argv: list[str] | None = None) -> int:
    """Score the current system on both splits; skip cleanly without the corpora."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.claims_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="list the errors on the dev split only")
    parser.add_argument("--split", default="all",
                        help="score only this split (tune with `dev`; `untouched` once, at the end)")
    parser.add_argument("--gold", type=Path, nargs="+",
                        help="score these gold files (e.g. the check sets) instead")
    parser.add_argument("--rows", choices=("all", "odd", "even"), default="all",
                        help="in A splits, only the rows at odd or even places (session 42's parts)")
    parser.add_argument("--pooled", action="store_true", help="also print the pooled A and B halves")
    parser.add_argument("--explain", nargs="*", default=["dev"], help="the splits --verbose lists")
    args = parser.parse_args(argv)
    gold = None if args.gold is None else read_golds(args.gold, args.corpora)
    if gold is None and (args.gold is not None or not corpus_path(args.corpora).is_file()):
        print(f"real_claims: skipped (corpus not found under {args.corpora})")
        return 0
    from evaluation.claims_events import build_pipeline

    source = load_gold("real_claims", args.corpora) if gold is None else gold
    rows = [row for row in parity_rows(source, args.rows) if args.split in ("all", row["split"])]
    figures = evaluate(rows, build_pipeline(), args.verbose, frozenset(args.explain))
    named = [s for s in figures if figures[s]["system"].get("articles")
             and (args.pooled or not s.startswith("pooled_"))] if args.gold else list(SPLITS)
    for split in [s for s in (named if args.split == "all" else (args.split,)) if scored(s)]:
        print(report_table(split, figures[split]) + "\n")
    if args.json:
        args.json.write_text(json.dumps(scored_figures(figures), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
